// QoS in the main window, offscreen, against the real iperf3 and perfdeck-probe on loopback:
// the run dock's Bitrate field takes a traffic pattern (checked while typing, the parser's own
// message under the field), the chart draws a pattern's requested rate as a dotted line beside
// the measured one (live and after reopening), and a run marked with DSCP gets a probe flow of
// its class beside it whose verdict the results table and the log show.
#include "gui/combofield.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/throughputchart.h"
#include "qos/qosclassresult.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Perfdeck;

namespace {

bool hasIperf3() {
    return !QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty();
}

QLineSeries *seriesNamed(ThroughputChart *chart, const QString &suffix) {
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->name().endsWith(suffix))
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

// The points of a series in bit/s (the chart draws Mbit/s for these rates).
QList<QPointF> pointsInBps(QLineSeries *series, double scale) {
    QList<QPointF> out;
    for (const QPointF &p : series->points())
        out << QPointF(p.x(), p.y() * scale);
    return out;
}

[[nodiscard]] bool clickRun(MainWindow &window) {
    auto *button = window.runPanel()->findChild<QPushButton *>(QStringLiteral("runButton"));
    [&] {
        QVERIFY(button);
        QVERIFY(button->isEnabled());
    }();
    if (QTest::currentTestFailed())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace

class TstQosGui final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PERFDECK_PROBE", PERFDECK_PROBE_BIN);
    }
    void init() { QSettings().clear(); }

    void bitrateFieldTakesAPattern_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("pattern");  // the spec's pattern; empty: none
        QTest::addColumn<double>("bitrate");   // the spec's -b; 0: none
        QTest::addColumn<QString>("hint");     // shown under the field; empty: hidden
        QTest::addColumn<QString>("runError"); // what Run says; empty: it runs
        QTest::addRow("ramp") << "ramp:10M..100M/10s"
                              << "ramp:10M..100M/10s" << 0.0
                              << "up to 100 Mbit/s, repeating every 10 s"
                              << "";
        QTest::addRow("steps") << "steps:10M/2s,40M/2s"
                               << "steps:10M/2s,40M/2s" << 0.0
                               << "up to 40.0 Mbit/s, repeating every 4 s"
                               << "";
        QTest::addRow("plain rate is iperf3's -b") << "100M"
                                                   << "" << 100e6 << ""
                                                   << "";
        QTest::addRow("pattern grammar") << "ramp:5M"
                                         << "" << 0.0 << "FROM..TO"
                                         << "Bitrate: pattern 'ramp:5M'";
        QTest::addRow("not a rate") << "fast"
                                    << "" << 0.0 << "Not a rate"
                                    << "Bitrate:";
        QTest::addRow("tcp in half seconds") << "onoff:5M,500ms,1s"
                                             << "onoff:5M,500ms,1s" << 0.0 << "up to 5.00 Mbit/s"
                                             << "whole seconds";
    }
    void bitrateFieldTakesAPattern() {
        QFETCH(QString, typed);
        QFETCH(QString, pattern);
        QFETCH(double, bitrate);
        QFETCH(QString, hint);
        QFETCH(QString, runError);
        MainWindow window;
        window.show();
        RunPanel *panel = window.runPanel();
        auto *edit = panel->findChild<QLineEdit *>(QStringLiteral("bitrateEdit"));
        auto *hintLabel = panel->findChild<QLabel *>(QStringLiteral("bitrateHint"));
        QVERIFY(edit && hintLabel);
        QVERIFY(!hintLabel->isVisible());
        // Typed as a user types: the hint follows every key.
        QTest::keyClicks(edit, typed);
        QCOMPARE(hintLabel->isVisible(), !hint.isEmpty());
        QVERIFY2(hintLabel->text().contains(hint), qPrintable(hintLabel->text()));
        const bool problem = !hint.isEmpty() && !hint.startsWith(QLatin1String("up to"));
        const QColor red(0xc0, 0x1c, 0x28);
        if (!hint.isEmpty())
            QCOMPARE(hintLabel->palette().color(QPalette::WindowText) == red, problem);

        TestSpec spec;
        QString error;
        const bool built = panel->buildSpec(&spec, &error);
        QCOMPARE(built, runError.isEmpty());
        if (!built) {
            QVERIFY2(error.contains(runError), qPrintable(error));
            // Run shows the same message under the form and starts nothing.
            QVERIFY(clickRun(window));
            auto *problemLabel = panel->findChild<QLabel *>(QStringLiteral("problemLabel"));
            QVERIFY(problemLabel->isVisible());
            QVERIFY2(problemLabel->text().contains(runError), qPrintable(problemLabel->text()));
            QCOMPARE(window.runModel()->rowCount(), 0);
            return;
        }
        QCOMPARE(spec.pattern, pattern);
        QCOMPARE(spec.bitrateBps.value_or(0), bitrate);

        // A spec with a pattern (a re-run, a reopened session) puts it back into the field.
        edit->clear();
        panel->setSpec(spec);
        QCOMPARE(edit->text(), pattern.isEmpty() ? QStringLiteral("100000000") : pattern);
        QCOMPARE(hintLabel->isVisible(), !pattern.isEmpty());
    }

    // A UDP pattern is sent by perfdeck-probe: the Engine field says so while it is typed,
    // and says iperf3 again for TCP or a plain rate.
    void engineFieldNamesTheProbeForUdpPatterns() {
        MainWindow window;
        window.resize(1024, 700); // the smallest screen the layout is made for
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RunPanel *panel = window.runPanel();
        auto *edit = panel->findChild<QLineEdit *>(QStringLiteral("bitrateEdit"));
        auto *engine = panel->findChild<QComboBox *>(QStringLiteral("engineCombo"));
        auto *protocol = panel->findChild<QComboBox *>(QStringLiteral("protocolCombo"));
        QVERIFY(edit && engine && protocol);
        QCOMPARE(engine->currentText(), QStringLiteral("iperf3"));
        protocol->setCurrentIndex(protocol->findData(int(Protocol::Udp)));
        QTest::keyClicks(edit, QStringLiteral("ramp:10M..50M/4s"));
        QCOMPARE(engine->currentText(), QStringLiteral("perfdeck-probe"));
        QVERIFY(engine->toolTip().contains(QLatin1String("UDP traffic pattern")));
        // The name fits the field (text, frame and arrow) in the run dock's usual width.
        const int room = ComboField::textWidth(engine);
        const int text = engine->fontMetrics().horizontalAdvance(engine->currentText());
        QVERIFY2(text <= room,
                 qPrintable(QStringLiteral("%1 px of text in a %2 px field").arg(text).arg(room)));
        protocol->setCurrentIndex(protocol->findData(int(Protocol::Tcp)));
        QCOMPARE(engine->currentText(), QStringLiteral("iperf3"));
        QVERIFY(engine->toolTip().isEmpty());
        protocol->setCurrentIndex(protocol->findData(int(Protocol::Udp)));
        QCOMPARE(engine->currentText(), QStringLiteral("perfdeck-probe"));
        edit->setText(QStringLiteral("50M"));
        QCOMPARE(engine->currentText(), QStringLiteral("iperf3"));
        TestSpec spec;
        QString error;
        QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
        QVERIFY(spec.engine == Engine::Iperf3);
    }

    void requestedRateStaysThroughFinalData() {
        ThroughputChart chart;
        chart.resize(600, 400);
        chart.show();
        chart.setRun(QStringLiteral("r"), QStringLiteral("#1"), {}, 4);
        // TCP runs a ramp as one iperf3 test per second at its mean: the line steps.
        chart.setRequestedRate(QStringLiteral("r"), QStringLiteral("ramp:20M..100M/4s"),
                               Protocol::Tcp, 4);
        chart.refresh();
        QLineSeries *requested = seriesNamed(&chart, QStringLiteral("#1 requested"));
        QVERIFY(requested);
        QCOMPARE(pointsInBps(requested, 1e6), (QList<QPointF>{{0, 30e6},
                                                              {1, 30e6},
                                                              {1, 50e6},
                                                              {2, 50e6},
                                                              {2, 70e6},
                                                              {3, 70e6},
                                                              {3, 90e6},
                                                              {4, 90e6}}));
        // A requested rate alone is not a measurement: the chart still waits for one.
        QVERIFY(!chart.hasPoints());
        QVERIFY(!chart.emptyHintText().isEmpty());

        // The final data replaces the live samples; the requested line stays.
        IntervalSample i;
        i.startS = 0;
        i.endS = 1;
        i.bps = 29e6;
        chart.setRun(QStringLiteral("r"), QStringLiteral("#1"), {i});
        chart.refresh();
        QVERIFY(chart.hasPoints());
        QVERIFY(chart.hasRequestedRate(QStringLiteral("r")));
        QCOMPARE(seriesNamed(&chart, QStringLiteral("#1 requested"))->count(), 8);

        // UDP follows the pattern itself: a straight ramp; a run without a pattern has none.
        chart.setRequestedRate(QStringLiteral("r"), QStringLiteral("ramp:20M..100M/4s"),
                               Protocol::Udp, 4);
        chart.refresh();
        QCOMPARE(pointsInBps(seriesNamed(&chart, QStringLiteral("#1 requested")), 1e6),
                 (QList<QPointF>{{0, 20e6}, {4, 100e6}}));
        chart.setRequestedRate(QStringLiteral("r"), QString(), Protocol::Udp, 4);
        chart.refresh();
        QVERIFY(!chart.hasRequestedRate(QStringLiteral("r")));
        QVERIFY(!seriesNamed(&chart, QStringLiteral("#1 requested")));
    }

    void chartDrawsTheRequestedRateDotted() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.show();
        TestSpec spec;
        spec.protocol = Protocol::Udp;
        spec.pattern = QStringLiteral("steps:10M/1s,30M/1s");
        spec.durationS = 2;
        spec.intervalS = 0.5;
        window.runPanel()->setSpec(spec);
        QVERIFY(clickRun(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
        const QString id = window.runModel()->records().constFirst().result.id;
        // While it runs, the whole requested pattern is there to compare against.
        QTRY_VERIFY_WITH_TIMEOUT(window.chart()->hasRequestedRate(id), 5000);
        // Per reporting interval, at its end, as measured points are drawn: what the pattern
        // asks for there is what a measured point must read.
        const QList<QPointF> steps{{0.5, 10e6}, {1, 10e6}, {1.5, 30e6}, {2, 30e6}};
        QLineSeries *requested = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (requested = seriesNamed(window.chart(), QStringLiteral(" requested"))) &&
                requested->count() == 4,
            5000);
        QCOMPARE(requested->pen().style(), Qt::DotLine);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const RunRecord &rec = window.runModel()->records().constFirst();
        QVERIFY2(rec.result.status == RunStatus::Ok, qPrintable(rec.result.error));
        QCOMPARE(rec.result.pattern, spec.pattern);

        // The finished run is drawn again from its result: the requested line stays, in the
        // run's colour beside its measured total, and the measured rate follows it.
        window.chart()->refresh();
        requested = seriesNamed(window.chart(), QStringLiteral(" requested"));
        QLineSeries *total = seriesNamed(window.chart(), QStringLiteral(" total"));
        QVERIFY(requested && total);
        // The run's colour, see-through (the measured line shows through where they meet).
        QCOMPARE(requested->pen().color().rgb(), total->pen().color().rgb());
        QVERIFY(requested->pen().color().alpha() < 255);
        QCOMPARE(requested->pen().style(), Qt::DotLine);
        // Both in the axis unit: Mbit/s.
        QCOMPARE(pointsInBps(requested, 1e6), steps);
        for (const IntervalSample &i : rec.result.intervals) {
            if (!i.bps || i.endS > 2.001)
                continue;
            const double wanted = i.endS <= 1.001 ? 10e6 : 30e6;
            QVERIFY2(std::fabs(*i.bps - wanted) < 0.1 * wanted,
                     qPrintable(QStringLiteral("%1 s: %2").arg(i.endS).arg(*i.bps)));
            // The measured point lies where the requested line has its point.
            bool onLine = false;
            for (const QPointF &p : steps)
                onLine = onLine || (std::fabs(p.x() - i.endS) < 0.01 && p.y() == wanted);
            QVERIFY2(onLine, qPrintable(QStringLiteral("no requested point at %1 s").arg(i.endS)));
        }
    }

    void dscpCheckSaysWhatArrived_data() {
        QTest::addColumn<bool>("check");
        QTest::addRow("checked") << true;
        QTest::addRow("not checked") << false;
    }
    void dscpCheckSaysWhatArrived() {
        QFETCH(bool, check);
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.show();
        RunPanel *panel = window.runPanel();
        auto *box = panel->findChild<QCheckBox *>(QStringLiteral("dscpCheck"));
        auto *dscp = panel->findChild<QComboBox *>(QStringLiteral("dscpCombo"));
        QVERIFY(box && dscp);
        // Nothing to check without a marking.
        QVERIFY(!box->isEnabled());
        TestSpec spec;
        spec.durationS = 2;
        spec.intervalS = 0.5;
        spec.bitrateBps = 20e6;
        spec.dscp = QStringLiteral("EF");
        panel->setSpec(spec);
        QVERIFY(box->isEnabled());
        QVERIFY(box->isChecked()); // on by default: a marked run says what arrived
        box->setChecked(check);
        QVERIFY(clickRun(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
        const QModelIndex cell = window.runModel()->index(0, RunTableModel::DscpColumn);
        QCOMPARE(
            window.runModel()->headerData(RunTableModel::DscpColumn, Qt::Horizontal).toString(),
            QStringLiteral("DSCP"));
        // Shown beside how the traffic was sent, not after all the figures.
        const QHeaderView *columns = window.runTable()->horizontalHeader();
        QCOMPARE(columns->visualIndex(RunTableModel::DscpColumn),
                 columns->visualIndex(RunTableModel::DirectionColumn) + 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("EF: checking…"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const QString id = window.runModel()->records().constFirst().result.id;
        if (!check) {
            QCOMPARE(cell.data().toString(), QStringLiteral("EF"));
            QVERIFY(window.runModel()->record(id)->result.qos.isEmpty());
            QVERIFY(!window.logView()->text().contains(QLatin1String("DSCP EF (46)")));
            return;
        }
        // Loopback keeps every mark: the probe's datagrams arrived as EF.
        QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), QStringLiteral("EF: kept"), 15000);
        const RunResult &run = window.runModel()->record(id)->result;
        const QosClassResult q = QosClassResult::fromJson(run.qos);
        QCOMPARE(q.sentDscp, 46);
        QCOMPARE(q.verdict, QosClassResult::Verdict::Kept);
        QVERIFY(q.receivedDscp.value(46) > 0);
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("EF (46) 100")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY2(window.logView()->text().contains(QLatin1String("#1 DSCP EF (46): kept")),
                 qPrintable(window.logView()->text()));
        // What the session saves is the run with its verdict.
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.runModel()->finishedResults().constFirst().qos, run.qos);
    }
};

QTEST_MAIN(TstQosGui)
#include "tst_qosgui.moc"

// The main window as a user drives it, on the offscreen platform against a real iperf3 on
// loopback (the embedded default): Run shows live samples in the chart and lands in the table,
// Stop leaves no iperf3 behind, Save then Open restores the session, autosave is recoverable.
#include "exec/jobrunner.h"
#include "gui/dashboardmodel.h"
#include "gui/dashboardview.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/sessioncontroller.h"
#include "gui/statisticspanel.h"
#include "gui/throughputchart.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#include <csignal>
#include <sys/types.h>

using namespace Perfdeck;

namespace {

bool processAlive(qint64 pid) {
    // Signal 0 only checks existence; ESRCH means the PID is gone (reaped).
    return ::kill(pid_t(pid), 0) == 0;
}

TestSpec loopbackSpec(double durationS, int streams) {
    TestSpec spec; // empty host: the embedded iperf3 server on 127.0.0.1
    spec.durationS = durationS;
    spec.parallel = streams;
    spec.intervalS = 0.5;
    return spec;
}

// Presses Run. Returns false (with the failure recorded) when the button is missing or off, so
// callers write QVERIFY(clickRun(window)) and stop there instead of waiting for nothing.
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

bool hasIperf3() {
    return !QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty();
}

// Only the tests that run iperf3 need it; the others run without it.
#define REQUIRE_IPERF3()                                                                           \
    do {                                                                                           \
        if (!hasIperf3())                                                                          \
            QSKIP("iperf3 is not installed");                                                      \
    } while (false)

// Collects the text of every modal message box shown while it lives, and closes them.
class MessageBoxCatcher final {
public:
    MessageBoxCatcher() {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, qApp, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

// Collects every distinct text the window's status line shows while it lives (it changes as a
// batch's tests start and make progress).
class StatusRecorder final {
public:
    explicit StatusRecorder(const QLabel *status) {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, qApp, [this, status] {
            if (!texts.contains(status->text()))
                texts << status->text();
        });
        m_timer.start();
    }
    QString joined() const { return texts.join(QLatin1Char('\n')); }
    QStringList texts;

private:
    QTimer m_timer;
};

// Writes a profile (or any file) for a test; false when it cannot be written.
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Answers the next modal message box with the given button, from inside its event loop.
void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
    });
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startsOnLoopbackDefault();
    void everyWindowShortcutIsUnique();
    void runShowsLiveChartAndLandsInTable();
    void stopMidRunLeavesNoIperf3();
    void saveThenOpenRestoresSession();
    void closingWithUnsavedChangesAsks();
    void autosaveIsOfferedForRecovery();
    void overlayAndExports();
    void dockLayoutIsRestored();
    void netperfRequestResponseFromThePanel();
    void failedRunShowsItsErrorInsteadOfAnEmptyChart();
    void exportChartNeedsSomethingToExport();
    void runPanelAdaptsToEngineAndTest();
    void runPanelOffersTheCliOptions();
    void rerunOfACliSessionKeepsEngineTestAndTarget();
    void layoutFitsA1024x700Screen();
    void importAddsRunsAndNamesBadFiles();
    void commandLineOpensSessionAndImportsResults();
    void dashboardNamesRunsAsTheTable();
    void profileRunsAsOneBatch();
    void retriesFromThePanelStartARefusedTestAgain();
    void statusNamesEveryTestRunningTogether();

private:
    // One real run shared by the session tests, so the suite stays short.
    [[nodiscard]] bool ensureFinishedRun(MainWindow &window, double durationS = 2, int streams = 2);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init() {
    QSettings().clear();
    QDir(SessionController::autosaveDirectory()).removeRecursively();
}

void TestMainWindow::startsOnLoopbackDefault() {
    MainWindow window;
    window.show();
    TestSpec spec;
    QString error;
    QVERIFY2(window.runPanel()->buildSpec(&spec, &error), qPrintable(error));
    QVERIFY(spec.usesEmbeddedServer());
    QVERIFY(spec.engine == Engine::Iperf3);
    QVERIFY(window.runAction()->isEnabled());
    QVERIFY(!window.stopAction()->isEnabled());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Untitled")));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::everyWindowShortcutIsUnique() {
    // Two actions of the window with the same key make Qt do neither ("Ambiguous shortcut
    // overload"): Ctrl+Shift+P once meant both Run Profile and Generate Report.
    MainWindow window;
    window.show();
    QMap<QString, QStringList> byKey;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut ||
            action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue; // scoped to a dock's widget
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const QString name = action->text().remove(QLatin1Char('&'));
            if (!byKey.value(text).contains(name))
                byKey[text] << name;
        }
    }
    QVERIFY(byKey.contains(QStringLiteral("Ctrl+Shift+P"))); // Run Profile
    QVERIFY(byKey.contains(QStringLiteral("Ctrl+R")));
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        QVERIFY2(it.value().size() == 1,
                 qPrintable(it.key() + QLatin1String(": ") + it.value().join(QLatin1String(", "))));
}

bool TestMainWindow::ensureFinishedRun(MainWindow &window, double durationS, int streams) {
    window.runPanel()->setSpec(loopbackSpec(durationS, streams));
    if (!clickRun(window))
        return false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), int(durationS * 1000) + 20000);
    }();
    return !QTest::currentTestFailed();
}

void TestMainWindow::runShowsLiveChartAndLandsInTable() {
    REQUIRE_IPERF3();
    MainWindow window;
    window.show();
    window.runPanel()->setSpec(loopbackSpec(4, 2));
    QVERIFY(clickRun(window));
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
    const QString id = window.runModel()->records().constFirst().result.id;
    QVERIFY(window.runModel()->records().constFirst().running);
    QVERIFY(!window.runAction()->isEnabled());
    QVERIFY(window.stopAction()->isEnabled());

    // Live: samples reach the chart and are drawn while the test still runs.
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->sampleCount(id) >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->drawnPointCount() >= 2, 2000);
    QVERIFY2(window.isRunning(), "samples arrived only after the run ended");
    QVERIFY(window.chart()->seriesCount() >= 3); // total + two streams
    QTRY_VERIFY_WITH_TIMEOUT(!window.logView()->text().isEmpty(), 5000);
    // One name everywhere: the table's #, the legend, the log.
    QCOMPARE(window.runModel()->index(0, RunTableModel::NumberColumn).data().toString(),
             QStringLiteral("#1"));
    QVERIFY(window.chart()->chart()->series().value(0)->name().startsWith(QLatin1String("#1 ")));
    QVERIFY2(window.logView()->text().contains(QLatin1String("#1 started")),
             qPrintable(window.logView()->text()));
    QVERIFY(!window.logView()->text().contains(id));
    QCOMPARE(window.runModel()->index(0, RunTableModel::TargetColumn).data().toString(),
             QStringLiteral("embedded (127.0.0.1)"));

    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 25000);
    QCOMPARE(window.runModel()->rowCount(), 1);
    const RunRecord &rec = window.runModel()->records().constFirst();
    QVERIFY2(rec.result.status == RunStatus::Ok, qPrintable(rec.result.error));
    QVERIFY(!rec.running);
    QVERIFY(rec.result.summary.throughputBps.value_or(0) > 0);
    QVERIFY(rec.result.intervals.size() >= 4);
    QCOMPARE(rec.result.streams, 2);
    // The table shows it formatted, and the chart holds the final intervals.
    const QString shown =
        window.runModel()->index(0, RunTableModel::ThroughputColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("bit/s")), qPrintable(shown));
    QCOMPARE(window.chart()->sampleCount(id), qint64(rec.result.intervals.size()));
    QTRY_VERIFY(window.isWindowModified());
    QVERIFY(window.rerunAction()->isEnabled());
}

void TestMainWindow::stopMidRunLeavesNoIperf3() {
    REQUIRE_IPERF3();
    MainWindow window;
    window.show();
    window.runPanel()->setSpec(loopbackSpec(60, 1));
    QVERIFY(clickRun(window));
    QList<qint64> pids;
    // Both the embedded server and the client must be up before Stop means anything.
    QTRY_VERIFY_WITH_TIMEOUT((pids = window.jobRunner()->processIds()).size() >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.runModel()->rowCount() == 1 &&
            window.chart()->sampleCount(window.runModel()->records().constFirst().result.id) >= 1,
        10000);
    for (qint64 pid : std::as_const(pids))
        QVERIFY(processAlive(pid));
    window.stopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
    for (qint64 pid : std::as_const(pids))
        QVERIFY2(!processAlive(pid), qPrintable(QStringLiteral("pid %1 still alive").arg(pid)));
    const RunRecord &rec = window.runModel()->records().constFirst();
    QVERIFY(!rec.running);
    // A stopped run keeps what it measured, and its figures are those of the time it ran.
    QVERIFY(!rec.result.intervals.isEmpty());
    QVERIFY(window.runAction()->isEnabled());
    QVERIFY2(rec.result.status == RunStatus::Partial, qPrintable(rec.result.error));
    QVERIFY(rec.result.summary.throughputBps.value_or(0) > 0);
    QVERIFY2(rec.result.durationS.value_or(60) < 30, "the planned 60 s stayed the duration");
    const QString shown =
        window.runModel()->index(0, RunTableModel::ThroughputColumn).data().toString();
    QVERIFY2(shown.contains(QLatin1String("bit/s")), qPrintable(shown));
    QVERIFY(window.runModel()
                ->index(0, RunTableModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("measured")));
    // ... and they survive the session file.
    const Session session = window.currentSession();
    QCOMPARE(session.runs.size(), 1);
    QCOMPARE(session.runs.constFirst().durationS, rec.result.durationS);
    QCOMPARE(session.runs.constFirst().seq, 1);
    QTRY_VERIFY(window.logView()->text().contains(QLatin1String("#1 partial")));
    window.sessionController()->setModified(false);
}

void TestMainWindow::saveThenOpenRestoresSession() {
    REQUIRE_IPERF3();
    const QString path = m_dir.filePath(QStringLiteral("saved.perfdeck"));
    Session saved;
    QStringList chartRuns;
    {
        MainWindow window;
        window.show();
        QVERIFY(ensureFinishedRun(window));
        QVERIFY(ensureFinishedRun(window, 1.5, 1));
        QCOMPARE(window.runModel()->rowCount(), 2);
        // Overlay both runs, and leave the panel on a non-default spec.
        window.selectRuns({window.runModel()->records().at(0).result.id,
                           window.runModel()->records().at(1).result.id});
        TestSpec panel = loopbackSpec(7, 3);
        panel.protocol = Protocol::Udp;
        panel.bitrateBps = 50e6;
        panel.dscp = QStringLiteral("EF");
        panel.direction = Direction::Bidir;
        window.runPanel()->setSpec(panel);
        // The statistics panel follows the selection; its choices are part of the session.
        StatisticsPanel *stats = window.statisticsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!stats->isBusy() && stats->analysis().has_value(), 10000);
        QCOMPARE(stats->analysis()->descriptive.n, 2);
        stats->setConfidence(0.99);
        const QString excludedRun = window.runModel()->records().at(1).result.id;
        stats->setExcluded(QStringLiteral("run:") + excludedRun, true);
        QTRY_VERIFY_WITH_TIMEOUT(!stats->isBusy() && stats->analysis()->descriptive.n == 1, 10000);
        QVERIFY(window.isWindowModified());

        QSignalSpy savedSpy(window.sessionController(), &SessionController::saved);
        window.sessionController()->saveAs(path);
        QTRY_COMPARE_WITH_TIMEOUT(savedSpy.count(), 1, 10000);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("saved.perfdeck")));
        QCOMPARE(window.sessionController()->recentFiles().value(0),
                 QFileInfo(path).absoluteFilePath());
        saved = window.currentSession();
        chartRuns = window.chart()->runIds();
        QCOMPARE(chartRuns.size(), 2);
    }
    MainWindow reopened;
    reopened.show();
    QSignalSpy loaded(reopened.sessionController(), &SessionController::sessionLoaded);
    reopened.sessionController()->open(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    const Session restored = reopened.currentSession();
    QCOMPARE(restored.runs.size(), 2);
    QVERIFY(restored.runs == saved.runs);
    QVERIFY(restored.specs == saved.specs);
    QVERIFY(restored.specs.value(0).protocol == Protocol::Udp);
    QVERIFY(restored.specs.value(0).direction == Direction::Bidir);
    QCOMPARE(restored.uiState, saved.uiState);
    StatisticsPanel *stats = reopened.statisticsPanel();
    QCOMPARE(stats->confidence(), 0.99);
    QCOMPARE(stats->exclusions().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!stats->isBusy() && stats->analysis().has_value(), 10000);
    QCOMPARE(stats->analysis()->descriptive.n, 1);
    QCOMPARE(reopened.selectedRunIds().size(), 2);
    QStringList shown = reopened.chart()->runIds();
    shown.sort();
    chartRuns.sort();
    QCOMPARE(shown, chartRuns);
    QVERIFY(!reopened.isWindowModified());
    QVERIFY(reopened.windowTitle().contains(QStringLiteral("saved.perfdeck")));
}

void TestMainWindow::closingWithUnsavedChangesAsks() {
    MainWindow window;
    window.show();
    window.sessionController()->setModified(true);
    QVERIFY(window.isWindowModified());
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    answerNextMessageBox(QMessageBox::Discard);
    window.close();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::autosaveIsOfferedForRecovery() {
    REQUIRE_IPERF3();
    QString autosave;
    Session before;
    {
        MainWindow window;
        window.show();
        QVERIFY(ensureFinishedRun(window, 1.5, 1));
        QSignalSpy autosaved(window.sessionController(), &SessionController::autosaved);
        window.sessionController()->autosaveNow();
        QTRY_COMPARE_WITH_TIMEOUT(autosaved.count(), 1, 10000);
        autosave = window.sessionController()->autosavePath();
        QVERIFY(autosave.startsWith(SessionController::autosaveDirectory()));
        QVERIFY(QFile::exists(autosave));
        before = window.currentSession();
        // While its owner lives, nobody else may recover it.
        SessionController other;
        QVERIFY(!other.recoverableFiles().contains(autosave));
        // A crash: the window goes away without closeEvent() cleaning up.
        window.sessionController()->setModified(false);
        window.hide();
    }
    QVERIFY(QFile::exists(autosave));
    MainWindow next;
    next.show();
    QCOMPARE(next.sessionController()->recoverableFiles(), QStringList{autosave});
    QSignalSpy loaded(next.sessionController(), &SessionController::sessionLoaded);
    next.sessionController()->recover(autosave);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY(next.currentSession().runs == before.runs);
    QVERIFY(next.isWindowModified()); // recovered work is not in any file yet
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(next.sessionController()->recoverableFiles().isEmpty());
    next.sessionController()->setModified(false);
}

void TestMainWindow::overlayAndExports() {
    REQUIRE_IPERF3();
    MainWindow window;
    window.show();
    QVERIFY(ensureFinishedRun(window, 1.5, 1));
    QVERIFY(ensureFinishedRun(window, 1.5, 1));
    const QString first = window.runModel()->records().at(0).result.id;
    const QString second = window.runModel()->records().at(1).result.id;
    // No selection: the latest run. Selecting both overlays them.
    QCOMPARE(window.chart()->runIds(), QStringList{second});
    window.selectRuns({first, second});
    QCOMPARE(window.chart()->runIds().size(), 2);
    QVERIFY(window.chart()->hasRun(first));

    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(window.chart()->exportPng(png, &error), qPrintable(error));
    QVERIFY2(window.chart()->exportSvg(svg, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));
    window.sessionController()->setModified(false);
}

void TestMainWindow::dockLayoutIsRestored() {
    {
        MainWindow window;
        window.show();
        auto *logDock = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
        QVERIFY(logDock);
        logDock->hide();
        QVERIFY(window.close()); // saves geometry and dock state
    }
    MainWindow again;
    again.show();
    auto *logDock = again.findChild<QDockWidget *>(QStringLiteral("logDock"));
    QVERIFY(logDock);
    QVERIFY(logDock->isHidden());
}

void TestMainWindow::netperfRequestResponseFromThePanel() {
    if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty())
        QSKIP("netperf is not installed (packaging/install-deps.sh installs it)");
    MainWindow window;
    window.show();
    auto *engine = window.runPanel()->findChild<QComboBox *>(QStringLiteral("engineCombo"));
    auto *test = window.runPanel()->findChild<QComboBox *>(QStringLiteral("netperfTestCombo"));
    QVERIFY(engine && test);
    QVERIFY(!test->isEnabled()); // iperf3 is the default engine
    engine->setCurrentIndex(engine->findData(int(Engine::Netperf)));
    QVERIFY(test->isEnabled());
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_RR")));
    auto *duration = window.runPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("durationSpin"));
    QVERIFY(duration);
    duration->setValue(2);
    TestSpec spec;
    QString error;
    QVERIFY2(window.runPanel()->buildSpec(&spec, &error), qPrintable(error));
    QCOMPARE(spec.netperfTest, QStringLiteral("TCP_RR"));
    QVERIFY(clickRun(window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
    QCOMPARE(window.runModel()->rowCount(), 1);
    const RunResult &result = window.runModel()->records().first().result;
    QVERIFY2(result.status == RunStatus::Ok, qPrintable(result.error));
    QVERIFY(result.engine == Engine::Netperf);
    QVERIFY(result.summary.transactionsPerS.value_or(0) > 0);
    QVERIFY(result.summary.latencyUs.p99.has_value());
    const QString shown =
        window.runModel()->index(0, RunTableModel::ThroughputColumn).data().toString();
    QVERIFY2(shown.endsWith(QLatin1String("trans/s")), qPrintable(shown));
    QCOMPARE(window.runModel()->index(0, RunTableModel::DirectionColumn).data().toString(),
             QStringLiteral("Request/response"));
    QCOMPARE(window.runModel()->index(0, RunTableModel::ToolColumn).data().toString(),
             QStringLiteral("netperf TCP_RR"));
    QVERIFY(window.runModel()->index(0, RunTableModel::LatencyP99Column).data().toString() !=
            QStringLiteral("\u2013"));
    QTRY_VERIFY(window.logView()->text().contains(QLatin1String("#1 finished: ")));
    QVERIFY2(!window.logView()->text().contains(QLatin1String("finished: \u2013")),
             qPrintable(window.logView()->text()));
    window.chart()->refresh();
    const auto *axisY =
        qobject_cast<QValueAxis *>(window.chart()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axisY && axisY->titleText().startsWith(QLatin1String("Transactions")));
    QVERIFY(window.chart()->drawnPointCount() > 0);
}

void TestMainWindow::failedRunShowsItsErrorInsteadOfAnEmptyChart() {
    REQUIRE_IPERF3();
    // A port nobody listens on: the client is refused at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    MainWindow window;
    window.show();
    TestSpec spec = loopbackSpec(2, 1);
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = closedPort;
    window.runPanel()->setSpec(spec);
    QVERIFY(clickRun(window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
    const RunResult &result = window.runModel()->records().constFirst().result;
    QVERIFY(result.status == RunStatus::Error);
    window.chart()->refresh();
    QVERIFY2(window.chart()->emptyHintText().startsWith(QLatin1String("#1 measured nothing: ")),
             qPrintable(window.chart()->emptyHintText()));
    QVERIFY(window.chart()->emptyHintText().contains(result.error));
    const auto *axisY =
        qobject_cast<QValueAxis *>(window.chart()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axisY && !axisY->titleText().startsWith(QLatin1String("Transactions")));
    auto *exportPng = window.findChild<QAction *>(QStringLiteral("actionExportPng"));
    QVERIFY(exportPng && !exportPng->isEnabled());
    QVERIFY(window.logView()->text().contains(QLatin1String("#1 failed: ")));
    window.sessionController()->setModified(false);
}

void TestMainWindow::exportChartNeedsSomethingToExport() {
    MainWindow window;
    window.show();
    auto *exportPng = window.findChild<QAction *>(QStringLiteral("actionExportPng"));
    auto *exportSvg = window.findChild<QAction *>(QStringLiteral("actionExportSvg"));
    QVERIFY(exportPng && exportSvg);
    QVERIFY(!exportPng->isEnabled());
    QVERIFY(!exportSvg->isEnabled());
}

void TestMainWindow::runPanelAdaptsToEngineAndTest() {
    MainWindow window;
    window.show();
    RunPanel *panel = window.runPanel();
    // An iperf3 set-up that netperf cannot run: UDP bidir, 4 streams, paced, omitting 2 s.
    TestSpec iperf3 = loopbackSpec(5, 4);
    iperf3.protocol = Protocol::Udp;
    iperf3.direction = Direction::Bidir;
    iperf3.bitrateBps = 100e6;
    iperf3.omitS = 2;
    panel->setSpec(iperf3);
    auto *engine = panel->findChild<QComboBox *>(QStringLiteral("engineCombo"));
    auto *test = panel->findChild<QComboBox *>(QStringLiteral("netperfTestCombo"));
    auto *protocol = panel->findChild<QComboBox *>(QStringLiteral("protocolCombo"));
    auto *direction = panel->findChild<QComboBox *>(QStringLiteral("directionCombo"));
    auto *streams = panel->findChild<QSpinBox *>(QStringLiteral("streamsSpin"));
    auto *embedded = panel->findChild<QCheckBox *>(QStringLiteral("embeddedCheck"));
    QVERIFY(engine && test && protocol && direction && streams && embedded);
    QVERIFY(embedded->text().contains(QLatin1String("iperf3")));
    engine->setCurrentIndex(engine->findData(int(Engine::Netperf)));
    // The first press of Run works: what netperf cannot do was put right as the user picked.
    TestSpec spec;
    QString error;
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QVERIFY(spec.engine == Engine::Netperf);
    QVERIFY(spec.direction == Direction::Send);
    // Streams stay: netperf runs them as that many processes started together.
    QCOMPARE(spec.parallel, 4);
    QVERIFY(!spec.bitrateBps);
    QCOMPARE(spec.omitS, 0.0);
    QVERIFY(streams->isEnabled());
    QVERIFY2(streams->toolTip().contains(QLatin1String("netperf processes")),
             qPrintable(streams->toolTip()));
    QVERIFY2(embedded->text().contains(QLatin1String("netserver")), qPrintable(embedded->text()));
    // A named test fixes protocol and direction.
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_RR")));
    QVERIFY(panel->buildSpec(&spec, &error));
    QVERIFY(spec.protocol == Protocol::Tcp);
    QVERIFY(!protocol->isEnabled());
    QVERIFY(!direction->isEnabled());
    QVERIFY2(direction->currentText().startsWith(QLatin1String("Request/response")),
             qPrintable(direction->currentText()));
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_MAERTS")));
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QVERIFY(spec.direction == Direction::Receive);
    test->setCurrentIndex(test->findData(QStringLiteral("UDP_STREAM")));
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QVERIFY(spec.protocol == Protocol::Udp);
    QVERIFY(spec.direction == Direction::Send);
    // Back to iperf3: everything is open again.
    engine->setCurrentIndex(engine->findData(int(Engine::Iperf3)));
    QVERIFY(streams->isEnabled());
    QVERIFY(protocol->isEnabled());
    QVERIFY(!test->isEnabled());
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QVERIFY(spec.engine == Engine::Iperf3);
}

void TestMainWindow::runPanelOffersTheCliOptions() {
    MainWindow window;
    window.show();
    RunPanel *panel = window.runPanel();
    auto *omit = panel->findChild<QDoubleSpinBox *>(QStringLiteral("omitSpin"));
    auto *length = panel->findChild<QLineEdit *>(QStringLiteral("lengthEdit"));
    auto *windowSize = panel->findChild<QLineEdit *>(QStringLiteral("windowEdit"));
    auto *congestion = panel->findChild<QLineEdit *>(QStringLiteral("congestionEdit"));
    auto *confidence = panel->findChild<QComboBox *>(QStringLiteral("confidenceCombo"));
    auto *width = panel->findChild<QDoubleSpinBox *>(QStringLiteral("confidenceWidthSpin"));
    auto *iterations = panel->findChild<QSpinBox *>(QStringLiteral("iterationsSpin"));
    QVERIFY(omit && length && windowSize && congestion && confidence && width && iterations);
    omit->setValue(2);
    length->setText(QStringLiteral("128K"));
    windowSize->setText(QStringLiteral("4M"));
    congestion->setText(QStringLiteral("cubic"));
    QVERIFY(!confidence->isEnabled()); // netperf only
    TestSpec spec;
    QString error;
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QCOMPARE(spec.omitS, 2.0);
    QCOMPARE(spec.lengthBytes.value_or(0), qint64(128 * 1024));
    QCOMPARE(spec.windowBytes.value_or(0), qint64(4 * 1024 * 1024));
    QCOMPARE(spec.congestion, QStringLiteral("cubic"));
    windowSize->setText(QStringLiteral("lots"));
    QVERIFY(!panel->buildSpec(&spec, &error));
    QVERIFY2(error.startsWith(QLatin1String("Window: ")), qPrintable(error));
    windowSize->clear();
    auto *engine = panel->findChild<QComboBox *>(QStringLiteral("engineCombo"));
    engine->setCurrentIndex(engine->findData(int(Engine::Netperf)));
    QVERIFY(confidence->isEnabled());
    QVERIFY(!width->isEnabled());
    confidence->setCurrentIndex(confidence->findData(99));
    QVERIFY(width->isEnabled());
    width->setValue(4);
    iterations->setValue(15);
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QCOMPARE(spec.confidenceLevel, 99);
    QCOMPARE(spec.confidenceWidthPercent, 4.0);
    QCOMPARE(spec.maxIterations, 15);
    // The session keeps them.
    panel->setSpec(TestSpec());
    panel->setSpec(spec);
    TestSpec again;
    QVERIFY(panel->buildSpec(&again, &error));
    QVERIFY(again == spec);

    // A request/response test: the Length field takes the transaction sizes (netperf -r);
    // the stream test's length waits for the user's return to a stream test.
    auto *test = panel->findChild<QComboBox *>(QStringLiteral("netperfTestCombo"));
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_STREAM")));
    length->setText(QStringLiteral("64K"));
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_RR")));
    QVERIFY(length->isEnabled());
    QVERIFY2(length->text().isEmpty(), qPrintable(length->text()));
    length->setText(QStringLiteral("64,1K"));
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_STREAM")));
    QCOMPARE(length->text(), QStringLiteral("64K"));
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QCOMPARE(spec.lengthBytes.value_or(0), qint64(64 * 1024));
    QVERIFY(!spec.requestSize);
    // TCP_CRR is a request/response test too.
    test->setCurrentIndex(test->findData(QStringLiteral("TCP_CRR")));
    QCOMPARE(length->text(), QStringLiteral("64,1K"));
    QVERIFY2(panel->buildSpec(&spec, &error), qPrintable(error));
    QCOMPARE(spec.requestSize.value_or(0), 64);
    QCOMPARE(spec.responseSize.value_or(0), 1024);
    QVERIFY(!spec.lengthBytes);
    // Saved and reopened with the session.
    panel->setSpec(TestSpec());
    panel->setSpec(spec);
    QCOMPARE(length->text(), QStringLiteral("64,1024"));
    QVERIFY2(panel->buildSpec(&again, &error), qPrintable(error));
    QVERIFY(again == spec);
    length->setText(QStringLiteral("64,1K,9"));
    QVERIFY(!panel->buildSpec(&again, &error));
    QVERIFY2(error.startsWith(QLatin1String("Sizes: ")), qPrintable(error));
}

// The dashboard calls a run what the table calls it: after an imported run (#1) the next
// run is #2 in both (the dashboard counted its own runs and called it #1).
void TestMainWindow::dashboardNamesRunsAsTheTable() {
    MainWindow window;
    window.show();
    window.openFromCommandLine({QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json")});
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
    window.startRuns({loopbackSpec(2, 1)});
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 25000);
    QCOMPARE(window.runModel()->index(1, RunTableModel::NumberColumn).data().toString(),
             QStringLiteral("#2"));
    DashboardModel *panes = window.dashboard()->model();
    QTRY_COMPARE_WITH_TIMEOUT(panes->rowCount(), 1, 5000);
    const QString title = panes->index(0).data(DashboardModel::TitleRole).toString();
    QVERIFY2(title.startsWith(QLatin1String("#2 ")), qPrintable(title));
}

void TestMainWindow::commandLineOpensSessionAndImportsResults() {
    // `perfdeck FILE...`: the session is told by its content, not its extension.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessionPath = dir.filePath(QStringLiteral("lab-run.json"));
    QVERIFY(
        QFile::copy(QStringLiteral(PERFDECK_TEST_DATA "/session/v1-cli-run.json"), sessionPath));
    MainWindow window;
    window.show();
    window.openFromCommandLine(
        {QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json"), sessionPath});
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("lab-run.json")), 10000);
    const auto importedTooAndSessionKept = [&window] {
        bool imported = false;
        bool fromSession = false;
        for (const RunResult &run : window.currentSession().runs) {
            imported |= run.streams == 4 && run.source.contains(QStringLiteral("tcp_p4.json"));
            fromSession |= !run.source.contains(QStringLiteral("tcp_p4.json"));
        }
        return imported && fromSession;
    };
    // The import starts once the session is shown, so opening cannot replace its runs.
    QTRY_VERIFY_WITH_TIMEOUT(importedTooAndSessionKept(), 20000);
}

void TestMainWindow::rerunOfACliSessionKeepsEngineTestAndTarget() {
    // What perfdeck-cli writes: runs without the GUI's per-run specs.
    Session session;
    RunResult rr;
    rr.id = QStringLiteral("run-rr");
    rr.engine = Engine::Netperf;
    rr.test = QStringLiteral("TCP_RR");
    rr.server = QStringLiteral("lab-7:12866");
    rr.durationS = 5;
    rr.summary.transactionsPerS = 1000;
    RunResult embedded;
    embedded.id = QStringLiteral("run-local");
    embedded.server = QStringLiteral("127.0.0.1:43117");
    embedded.embeddedServer = true;
    embedded.streams = 4;
    embedded.direction = Direction::Receive;
    embedded.durationS = 3;
    RunResult unknown;
    unknown.id = QStringLiteral("run-unknown");
    unknown.durationS = 3;
    session.runs = {rr, embedded, unknown};
    MainWindow window;
    window.show();
    window.showSession(session);
    const RunRecord *rrRec = window.runModel()->record(QStringLiteral("run-rr"));
    QVERIFY(rrRec && rrRec->rerunProblem.isEmpty());
    QVERIFY(rrRec->spec.engine == Engine::Netperf);
    QCOMPARE(rrRec->spec.netperfTest, QStringLiteral("TCP_RR"));
    QCOMPARE(rrRec->spec.host, QStringLiteral("lab-7"));
    QCOMPARE(rrRec->spec.port, 12866);
    QCOMPARE(rrRec->spec.durationS, 5.0);
    const RunRecord *localRec = window.runModel()->record(QStringLiteral("run-local"));
    QVERIFY(localRec && localRec->spec.usesEmbeddedServer());
    QCOMPARE(localRec->spec.parallel, 4);
    QVERIFY(localRec->spec.direction == Direction::Receive);
    // A run that does not say where it ran is refused with the reason, not run elsewhere.
    const RunRecord *unknownRec = window.runModel()->record(QStringLiteral("run-unknown"));
    QVERIFY(unknownRec && !unknownRec->rerunProblem.isEmpty());
    window.selectRuns({QStringLiteral("run-unknown")});
    QString shown;
    QTimer::singleShot(0, qApp, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    window.rerunAction()->trigger();
    QVERIFY2(shown.contains(QLatin1String("#3 cannot be run again")), qPrintable(shown));
    QVERIFY(!window.isRunning());
}

void TestMainWindow::layoutFitsA1024x700Screen() {
    // First start on a screen smaller than 1600x900 (the offscreen one): the window takes the
    // work area, so the window manager's title bar cannot push the status bar off the screen.
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    MainWindow window;
    QVERIFY(window.windowState() & Qt::WindowMaximized);
    // Every dock counts, also one tabbed behind another: the History view (~760 px of filters
    // and trend between the run dock and the statistics) once made this 1408 px.
    QVERIFY2(window.minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    window.setWindowState(Qt::WindowNoState); // a 1024x700 screen's work area
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.width(), 1024);
    QTableView *table = window.runTable();
    // The run form fits its dock's default width: no field cut at the right edge.
    auto *runScroll = window.findChild<QScrollArea *>(QStringLiteral("runScroll"));
    QVERIFY(runScroll);
    QTRY_COMPARE(runScroll->horizontalScrollBar()->maximum(), 0);
    // A profile's concurrent runs start in the same second: the table lists them by number.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(RunTableModel::NumberColumn));
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QVERIFY2(table->viewport()->height() >= 3 * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(table->viewport()->height())
                            .arg(rowHeight)));
    // Every dock gets at least the height its contents need.
    for (auto *dock : window.findChildren<QDockWidget *>()) {
        if (!dock->isVisible() || !dock->widget())
            continue;
        QVERIFY2(dock->widget()->height() >= dock->widget()->minimumSizeHint().height(),
                 qPrintable(dock->objectName()));
    }
    QWidget *summary =
        window.statisticsPanel()->findChild<QWidget *>(QStringLiteral("summaryGroup"));
    if (summary) {
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->height() >= summary->minimumSizeHint().height(), "Summary box cut off");
    }
}

void TestMainWindow::importAddsRunsAndNamesBadFiles() {
    const QString bad = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a result\n");
    }
    const QStringList files{
        QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json"),
        QStringLiteral(PERFDECK_TEST_DATA "/netperf/np_tcp_rr_k.txt"),
        QStringLiteral(PERFDECK_TEST_DATA "/flent/tcp_upload-2026-11-24T122827.888669.flent.gz"),
        bad};
    MainWindow window;
    window.show();
    MessageBoxCatcher boxes;
    window.importResultFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isImporting() && !boxes.texts.isEmpty(), 20000);
    QVERIFY(window.runModel()->rowCount() >= 3);
    const QString message = boxes.texts.join(QLatin1Char('\n'));
    QVERIFY2(message.contains(QDir::toNativeSeparators(bad) + QLatin1String(": ")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("tcp_p4.json")), qPrintable(message));
    // Imported runs are numbered like measured ones and named in the log.
    QCOMPARE(window.runModel()->index(0, RunTableModel::NumberColumn).data().toString(),
             QStringLiteral("#1"));
    QTRY_VERIFY(window.logView()->text().contains(QLatin1String("#1 imported from")));
    QCOMPARE(window.runModel()->records().at(0).result.streams, 4);
    bool rr = false;
    for (const RunRecord &rec : window.runModel()->records())
        rr = rr || rec.result.summary.transactionsPerS.has_value();
    QVERIFY(rr);
    QVERIFY(window.isWindowModified());
    window.sessionController()->setModified(false);
}

void TestMainWindow::profileRunsAsOneBatch() {
    REQUIRE_IPERF3();
    const QString path = m_dir.filePath(QStringLiteral("two-quick.yaml"));
    QVERIFY(writeFile(path, "name: two-quick\n"
                            "description: two short loopback tests\n"
                            "defaults:\n"
                            "  engine: iperf3\n"
                            "  duration: 1\n"
                            "tests:\n"
                            "  - name: up\n"
                            "  - name: down\n"
                            "    direction: receive\n"));
    MainWindow window;
    window.show();
    MessageBoxCatcher boxes;
    // The status line names the profile's test that is running: watch it change.
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    StatusRecorder statusTexts(status);
    window.runProfile(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 40000);
    QVERIFY2(boxes.texts.isEmpty(), qPrintable(boxes.texts.join(QLatin1Char('\n'))));
    QCOMPARE(window.runModel()->rowCount(), 2);
    QCOMPARE(window.runModel()->records().at(0).spec.name, QStringLiteral("up"));
    QCOMPARE(window.runModel()->records().at(1).spec.name, QStringLiteral("down"));
    QVERIFY(window.runModel()->records().at(1).result.direction == Direction::Receive);
    for (const RunRecord &rec : window.runModel()->records())
        QVERIFY2(rec.result.status == RunStatus::Ok, qPrintable(rec.result.error));
    QVERIFY(window.logView()->text().contains(QLatin1String("profile two-quick: 2 test(s)")));
    QVERIFY2(statusTexts.joined().contains(QLatin1String("up (two-quick)")),
             qPrintable(statusTexts.joined()));
    QVERIFY(window.logView()->text().contains(QLatin1String("profile two-quick: 2 test(s) done")));
    window.sessionController()->setModified(false);
}

void TestMainWindow::retriesFromThePanelStartARefusedTestAgain() {
    REQUIRE_IPERF3();
    // A port on 127.0.0.1 where nothing listens: "connection refused", a passing reason.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TestSpec refused = loopbackSpec(1, 1);
    refused.host = QStringLiteral("127.0.0.1");
    refused.port = port;
    QVERIFY(!refused.usesEmbeddedServer());
    const QString path = m_dir.filePath(QStringLiteral("retries.perfdeck"));
    {
        MainWindow window;
        window.show();
        auto *spin = window.runPanel()->findChild<QSpinBox *>(QStringLiteral("retriesSpin"));
        QVERIFY(spin);
        QVERIFY(spin->isVisibleTo(&window));
        QCOMPARE(spin->value(), 0); // off unless asked for, as in the CLI
        spin->setValue(2);
        QCOMPARE(window.runPanel()->retries(), 2);
        window.runPanel()->setSpec(refused);
        QVERIFY(clickRun(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const QString log = window.logView()->text();
        QVERIFY2(log.contains(QLatin1String("retry 1 of 2 after:")) &&
                     log.contains(QLatin1String("retry 2 of 2 after:")),
                 qPrintable(log));
        // One run, not one per attempt: an attempt's row once stayed "running" for good.
        QCOMPARE(window.runModel()->rowCount(), 1);
        QVERIFY(window.runModel()->records().at(0).result.status == RunStatus::Error);
        QCOMPARE(window.runModel()->records().at(0).result.seq, 1);
        // The setting is part of the session.
        QSignalSpy savedSpy(window.sessionController(), &SessionController::saved);
        window.sessionController()->saveAs(path);
        QTRY_COMPARE_WITH_TIMEOUT(savedSpy.count(), 1, 10000);

        // Back to none: the same test fails once, without a retry.
        spin->setValue(0);
        window.logView()->clear();
        QVERIFY(clickRun(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QVERIFY2(!window.logView()->text().contains(QLatin1String("retry 1 of")),
                 qPrintable(window.logView()->text()));
        window.sessionController()->setModified(false);
    }
    MainWindow reopened;
    reopened.show();
    QSignalSpy loaded(reopened.sessionController(), &SessionController::sessionLoaded);
    reopened.sessionController()->open(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(reopened.runPanel()->retries(), 2);
}

void TestMainWindow::statusNamesEveryTestRunningTogether() {
    REQUIRE_IPERF3();
    // A concurrent profile once showed "Running 2 of 2: #2 ..." while #1 ran too.
    const QString path = m_dir.filePath(QStringLiteral("two-together.yaml"));
    QVERIFY(writeFile(path, "name: two-together\n"
                            "concurrent: true\n"
                            "defaults:\n"
                            "  engine: iperf3\n"
                            "  duration: 2\n"
                            "tests:\n"
                            "  - name: up\n"
                            "  - name: down\n"
                            "    direction: receive\n"));
    MainWindow window;
    window.show();
    MessageBoxCatcher boxes;
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    StatusRecorder statusTexts(status);
    window.runProfile(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
    QVERIFY2(boxes.texts.isEmpty(), qPrintable(boxes.texts.join(QLatin1Char('\n'))));
    const QString seen = statusTexts.joined();
    QVERIFY2(seen.contains(QLatin1String("Running 2 tests together (#1, #2), 0 of 2 done")),
             qPrintable(seen));
    QVERIFY2(!seen.contains(QLatin1String("Running 2 of 2")), qPrintable(seen));
    window.sessionController()->setModified(false);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

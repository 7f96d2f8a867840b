// The History dock on a real history file: real runs of perfdeck-cli on loopback plus a pair
// with a known drop; the pair with most runs is shown first, the trend chart has the baseline
// band and the regression, filters narrow the table, "Use as Baseline" feeds the statistics
// panel the same comparison `perfdeck-cli stats --baseline history:PAIR` makes, the filters
// survive a session, and the main window stores what it imports.
#include "gui/historyview.h"
#include "gui/mainwindow.h"
#include "gui/statisticscontroller.h"
#include "gui/statisticspanel.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineSeries>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

RunResult labRun(int i, double gbps) {
    RunResult run;
    run.id = QStringLiteral("lab-%1").arg(i);
    run.client = QStringLiteral("10.0.0.1");
    run.server = QStringLiteral("10.0.0.2:5201");
    run.clientHost = QStringLiteral("lab-a");
    run.serverHost = QStringLiteral("lab-b");
    run.durationS = 10;
    run.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addDays(i);
    run.summary.throughputBps = gbps * 1e9;
    return run;
}

template<typename T>
T *seriesOf(QChart *chart) {
    for (QAbstractSeries *series : chart->series()) {
        if (auto *found = qobject_cast<T *>(series))
            return found;
    }
    return nullptr;
}

} // namespace

class TestHistoryView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
        // Four real runs of the embedded default (local..local), tagged.
        QProcess cli;
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                   QStringLiteral("--repeat"), QStringLiteral("4"), QStringLiteral("--quiet"),
                   QStringLiteral("--tag"), QStringLiteral("real"), QStringLiteral("--history-db"),
                   m_db, QStringLiteral("--json"), m_dir.filePath(QStringLiteral("real.json"))});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        // Fourteen days of lab-a..lab-b around 9.4 Gbit/s with one day at 6 Gbit/s.
        const double gbps[] = {9.4, 9.5, 9.3,  9.45, 9.35, 9.4, 9.5,
                               9.3, 9.4, 9.45, 9.35, 9.4,  6.0, 9.4};
        QList<RunResult> lab;
        for (int i = 0; i < int(std::size(gbps)); ++i)
            lab << labRun(i, gbps[i]);
        HistoryStore store(m_db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        HistoryMeta meta;
        meta.profile = QStringLiteral("throughput");
        QCOMPARE(store.add(lab, meta, &error), 14);
    }

    void showsTheBusiestPairWithItsTrend() {
        HistoryView view;
        view.resize(1100, 420);
        view.show();
        view.setDatabasePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.trend().has_value(), 20000);
        QCOMPARE(view.pair(), QStringLiteral("lab-a..lab-b"));
        QCOMPARE(view.runCount(), 14);
        QVERIFY2(view.statusText().contains(QLatin1String("18 run")),
                 qPrintable(view.statusText()));
        QChart *chart = view.chartView()->chart();
        auto *values = seriesOf<QLineSeries>(chart);
        auto *band = seriesOf<QAreaSeries>(chart);
        auto *regressions = seriesOf<QScatterSeries>(chart);
        QVERIFY(values && band && regressions);
        QCOMPARE(values->count(), 14);
        QCOMPARE(regressions->count(), 1);
        QCOMPARE(regressions->at(0).y(), 6.0); // Gbit/s on the axis
        // The band starts with the fourth run (three runs before it) and is the CI of the mean.
        QCOMPARE(band->upperSeries()->count(), 11);
        const HistoryTrendPoint &drop = view.trend()->series.first().points.at(12);
        QVERIFY(drop.regression);
        QCOMPARE(band->lowerSeries()->at(9).y(), *drop.ciLow / 1e9);
        QVERIFY(chart->title().contains(QLatin1String("1 regression")));
        if (qEnvironmentVariableIsSet("PERFDECK_SCREENSHOTS"))
            view.grab().save(qEnvironmentVariable("PERFDECK_SCREENSHOTS") + "/history-view.png");

        // Drawing the trend again (here: choosing its kind again) frees what the last drawing
        // made: its axes and the band's edges (each redraw leaked them; LSan found it).
        QList<QPointer<QObject>> previous{band->upperSeries(), band->lowerSeries()};
        for (QAbstractAxis *axis : chart->axes())
            previous << axis;
        QCOMPARE(previous.size(), 4);
        auto *kind = view.findChild<QComboBox *>(QStringLiteral("historyKind"));
        QVERIFY(kind && kind->count() > 0);
        Q_EMIT kind->currentIndexChanged(kind->currentIndex());
        QVERIFY(seriesOf<QAreaSeries>(chart));
        QCOMPARE(chart->axes().size(), 2);
        for (const QPointer<QObject> &object : previous)
            QVERIFY2(object.isNull(), "an object of the previous drawing is still alive");
    }

    // In a narrow dock (beside the run and statistics docks of a 1024 px window) the view
    // fits without a horizontal scroll bar: filters in two rows, the trend under the table.
    void fitsANarrowDock() {
        HistoryView view;
        QVERIFY2(view.minimumSizeHint().width() <= 560,
                 qPrintable(QString::number(view.minimumSizeHint().width())));
        view.resize(560, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *splitter = view.findChild<QSplitter *>(QStringLiteral("historySplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        view.resize(1100, 420);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    }

    void filtersNarrowTheRuns() {
        HistoryView view;
        view.setDatabasePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() > 0, 20000);
        view.setPair(QStringLiteral("local..local"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 4, 20000);
        QVERIFY(view.trend());
        QCOMPARE(view.trend()->series.size(), 1);
        QCOMPARE(view.trend()->series.first().points.size(), 4);
        view.setTag(QStringLiteral("real"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.runCount(), 4);
        view.setTag(QStringLiteral("nightly"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 0, 20000);
        view.setTag(QString());
        view.setPair(QString()); // all pairs
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 18, 20000);
        view.setProfile(QStringLiteral("throughput"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 14, 20000);
        view.setProfile(QString());
        view.setDateRange(QDate(2026, 11, 10), QDate(2026, 11, 12));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 3, 20000);
        view.setEngine(QStringLiteral("netperf"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 0, 20000);
    }

    void stateSurvivesASession() {
        QJsonObject state;
        {
            HistoryView view;
            view.setDatabasePath(m_db);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() > 0, 20000);
            view.setPair(QStringLiteral("local..local"));
            view.setTag(QStringLiteral("real"));
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 4, 20000);
            state = view.saveState();
        }
        HistoryView restored;
        restored.restoreState(state);
        restored.setDatabasePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!restored.isBusy() && restored.trend().has_value(), 20000);
        QCOMPARE(restored.pair(), QStringLiteral("local..local"));
        QCOMPARE(restored.runCount(), 4);
        QCOMPARE(restored.saveState(), state);
    }

    void useAsBaselineFeedsTheStatisticsPanel() {
        HistoryView view;
        view.setDatabasePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.trend().has_value(), 20000);
        view.setPair(QStringLiteral("local..local"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.runCount() == 4, 20000);
        // No selection: the newest runs of the trend; a selection: the selected ok rows.
        QCOMPARE(view.baselineIds().size(), 4);
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.baselineIds().size(), 2);
        table->clearSelection();
        QSignalSpy chosen(&view, &HistoryView::useAsBaseline);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("historyUseBaseline"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(chosen.size(), 1);
        const QString baselineId = chosen.first().at(0).toString();
        QVERIFY(baselineId.startsWith(QLatin1String("history:")));

        // The panel compares the first two real runs with the history's four: the two being
        // analysed are left out of the baseline (as `stats --baseline history:PAIR` does).
        ResultsDocument real;
        QString error;
        QVERIFY(ResultsDocument::load(m_dir.filePath(QStringLiteral("real.json")), &real, &error));
        StatisticsPanel panel;
        panel.controller()->setHistoryDatabase(m_db);
        panel.setRuns(real.runs.mid(0, 2));
        panel.setBaseline(baselineId);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && panel.comparison().has_value(), 20000);
        bool offered = false;
        for (const auto &offer : panel.controller()->baselineOffers())
            offered = offered || (offer.id == baselineId &&
                                  offer.text.contains(QLatin1String("local..local, 4 run")));
        QVERIFY(offered);
        QCOMPARE(panel.controller()->baselineRuns().size(), 2);
    }

    void mainWindowStoresImports() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("window.sqlite"));
        qputenv("PERFDECK_HISTORY_DB", db.toLocal8Bit());
        {
            MainWindow window;
            window.importResultFiles({QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_basic.json")});
            QTRY_VERIFY_WITH_TIMEOUT(!window.isImporting(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&db] {
                    HistoryStore store(db);
                    QString error;
                    return store.open(&error) && store.count(&error) == 1;
                }(),
                20000);
            window.historyView()->setDatabasePath(db);
            QTRY_VERIFY_WITH_TIMEOUT(
                !window.historyView()->isBusy() && window.historyView()->runCount() == 1, 20000);
        }
        qunsetenv("PERFDECK_HISTORY_DB");
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"

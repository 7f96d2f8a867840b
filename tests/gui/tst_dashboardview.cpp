// The live dashboard against a real JobRunner running two loopback iperf3 tests at once: a
// pane per test with rate, progress, status and CPU; the interfaces table shows lo; the keys
// pause the display (the panes keep what they showed while the runs go on), abort the
// selected test only, zoom the graph and toggle following; the log filters by run, origin
// and level. Models pass QAbstractItemModelTester.
#include "exec/jobrunner.h"
#include "gui/dashboardlogfilter.h"
#include "gui/dashboardlogmodel.h"
#include "gui/dashboardmodel.h"
#include "gui/dashboardview.h"
#include "gui/livegraph.h"
#include "monitor/liveruns.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Perfdeck;

class TstDashboardView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
    }

    // A netperf TCP_RR run measures transactions: its line goes against the trans/s axis and
    // its rate is not added to the total of bits; a bulk run beside it is.
    void requestResponseOnItsOwnAxis() {
        if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty())
            QSKIP("netperf is not installed");
        JobRunner runner;
        runner.setMaxConcurrent(2);
        LiveRuns live;
        live.attach(&runner);
        DashboardView view;
        view.resize(1000, 600);
        view.setLiveRuns(&live);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec rr;
        rr.engine = Engine::Netperf;
        rr.netperfTest = QStringLiteral("TCP_RR");
        rr.durationS = 3;
        rr.intervalS = 0.5;
        TestSpec bulk;
        bulk.durationS = 3;
        bulk.intervalS = 0.5;
        bulk.bitrateBps = 50e6;
        runner.start({rr, bulk});
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        view.tick(); // samples that came with the end are drawn on the next tick
        QCOMPARE(view.graph()->seriesCount(), 2);
        QCOMPARE(view.graph()->transactionSeriesCount(), 1);
        // The total is the bulk run's ~50 Mbit/s, not tens of thousands of "bit/s" of
        // transactions added to it (nor nothing).
        QVERIFY2(view.graph()->highestTotal() > 20e6 && view.graph()->highestTotal() < 80e6,
                 qPrintable(QString::number(view.graph()->highestTotal())));
        QVERIFY(!view.grab().isNull());
    }

    void twoLiveTestsWithKeys() {
        JobRunner runner;
        runner.setMaxConcurrent(2);
        LiveRuns live;
        live.attach(&runner);
        DashboardView view;
        view.resize(1200, 760);
        view.setLiveRuns(&live);
        view.setResourceMonitor(runner.resourceMonitor());
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(QTest::qWaitForWindowActive(&view)); // shortcuts need an active window
        QAbstractItemModelTester paneTester(view.model());
        QAbstractItemModelTester logTester(view.logFilter());

        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec longer;
        longer.durationS = 6;
        longer.intervalS = 0.5;
        longer.name = QStringLiteral("long");
        TestSpec shorter = longer;
        shorter.durationS = 4;
        shorter.name = QStringLiteral("short");
        runner.start({longer, shorter});

        DashboardModel *model = view.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
        // Both panes live: rate, status, CPU of their processes; lo in the interfaces.
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0).data(DashboardModel::RateTextRole).toString().contains("bit/s") &&
                model->index(1).data(DashboardModel::RateTextRole).toString().contains("bit/s"),
            15000);
        QCOMPARE(model->index(0).data(DashboardModel::StatusRole).toString(),
                 QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0).data(DashboardModel::CpuTextRole).toString().contains("client"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view.interfaceTable()->rowCount() > 0, 10000);
        bool lo = false;
        for (int r = 0; r < view.interfaceTable()->rowCount(); ++r)
            lo |= view.interfaceTable()->item(r, 1)->text() == QLatin1String("lo");
        QVERIFY(lo);
        QCOMPARE(view.interfaceTable()->item(0, 4)->text().isEmpty(), false);
        // The graph takes new samples on its next tick.
        QTRY_VERIFY_WITH_TIMEOUT(view.graph()->seriesCount() >= 1, 10000);
        QVERIFY(!view.grab().isNull()); // every pane and the graph paint

        // P pauses the display: the panes keep their text while the runs go on.
        view.paneView()->setFocus();
        QTest::keyClick(view.paneView(), Qt::Key_P);
        QVERIFY(view.isPaused());
        const QString frozen = model->index(0).data(DashboardModel::TimeTextRole).toString();
        const quint64 revision = live.run(0).revision;
        QTest::qWait(1200);
        QVERIFY(live.run(0).revision > revision);
        QCOMPARE(model->index(0).data(DashboardModel::TimeTextRole).toString(), frozen);
        QTest::keyClick(view.paneView(), Qt::Key_P);
        QVERIFY(!view.isPaused());
        QTRY_VERIFY(model->index(0).data(DashboardModel::TimeTextRole).toString() != frozen);

        // + and - zoom the graph; F toggles following.
        const double window = view.graph()->windowSeconds();
        QTest::keyClick(view.paneView(), Qt::Key_Plus);
        QVERIFY(view.graph()->windowSeconds() < window);
        QTest::keyClick(view.paneView(), Qt::Key_Minus);
        QTest::keyClick(view.paneView(), Qt::Key_Minus);
        QVERIFY(view.graph()->windowSeconds() > window);
        QTest::keyClick(view.paneView(), Qt::Key_F);
        QVERIFY(!view.isFollowing());
        QTest::keyClick(view.paneView(), Qt::Key_F);
        QVERIFY(view.isFollowing());

        // Delete aborts the selected test only.
        view.paneView()->setCurrentIndex(model->index(0));
        QTest::keyClick(view.paneView(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(toString(live.run(0).status), toString(LiveStatus::Stopped));
        QCOMPARE(toString(live.run(1).status), toString(LiveStatus::Finished));
        view.tick();
        QCOMPARE(model->index(0).data(DashboardModel::StatusRole).toString(),
                 QStringLiteral("stopped"));

        // The log filters by origin, level and run.
        view.tick();
        QAbstractItemModel *log = view.logFilter();
        const int all = log->rowCount();
        QVERIFY(all > 4);
        view.originFilter()->setCurrentIndex(view.originFilter()->findData("server"));
        QVERIFY(log->rowCount() > 0 && log->rowCount() < all);
        for (int r = 0; r < log->rowCount(); ++r)
            QCOMPARE(log->index(r, 0).data(DashboardLogModel::OriginRole).toString(),
                     QStringLiteral("server"));
        view.originFilter()->setCurrentIndex(0);
        view.runFilter()->setCurrentIndex(view.runFilter()->findData(live.run(1).runId));
        QVERIFY(log->rowCount() > 0 && log->rowCount() < all);
        for (int r = 0; r < log->rowCount(); ++r)
            QCOMPARE(log->index(r, 0).data(DashboardLogModel::RunIdRole).toString(),
                     live.run(1).runId);
        view.runFilter()->setCurrentIndex(0);
        view.levelFilter()->setCurrentIndex(view.levelFilter()->findData("error"));
        for (int r = 0; r < log->rowCount(); ++r)
            QCOMPARE(log->index(r, 0).data(DashboardLogModel::LevelRole).toString(),
                     QStringLiteral("error"));
        view.levelFilter()->setCurrentIndex(0);
        QCOMPARE(log->rowCount(), all);
    }
};

QTEST_MAIN(TstDashboardView)
#include "tst_dashboardview.moc"

// The Test plan view as a user drives it in the main window, offscreen: clients and servers
// picked from the Hosts dock's inventory (four loopback hosts 127.0.0.2-5, run on this
// machine without SSH), tests from the run form or a profile (one tab per test), cells and
// whole rows turned off and given overrides, every edit undoable; a 2x2 plan run with real
// iperf3 shows each cell's status and live rate, then a heat map with a legend; a click on a
// cell selects its runs in the run table; Stop cancels what is queued and leaves no process;
// the plan and its settings come back with the saved session.
#include "exec/jobrunner.h"
#include "gui/heatlegend.h"
#include "gui/inventorydock.h"
#include "gui/mainwindow.h"
#include "gui/plancelldialog.h"
#include "gui/planmodel.h"
#include "gui/planview.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/sessioncontroller.h"
#include "report/pdf/heatscale.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <csignal>
#include <sys/types.h>

using namespace Perfdeck;

namespace {

bool hasIperf3() {
    return !QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty();
}

Host loopbackHost(const QString &name, const QString &address, bool client, bool server) {
    Host h;
    h.name = name;
    h.address = address;
    h.client = client;
    h.server = server;
    h.site = QStringLiteral("lab");
    return h;
}

// Two clients and two servers, all this machine at other loopback addresses.
Inventory loopbackInventory() {
    Inventory inventory;
    inventory.hosts = {
        loopbackHost(QStringLiteral("c1"), QStringLiteral("127.0.0.2"), true, false),
        loopbackHost(QStringLiteral("c2"), QStringLiteral("127.0.0.3"), true, false),
        loopbackHost(QStringLiteral("s1"), QStringLiteral("127.0.0.4"), false, true),
        loopbackHost(QStringLiteral("s2"), QStringLiteral("127.0.0.5"), false, true)};
    return inventory;
}

void check(QListWidget *list, const QString &name) {
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QVERIFY2(items.size() == 1, qPrintable(name));
    items.first()->setCheckState(Qt::Checked);
}

TestSpec shortTest(double durationS) {
    TestSpec spec;
    spec.durationS = durationS;
    spec.intervalS = 0.5;
    return spec;
}

// A window with the loopback inventory and a 2x2 plan of the run form's test.
void setUpPlan(MainWindow &window, double durationS) {
    window.inventoryDock()->setSession(loopbackInventory(), {}, {});
    window.runPanel()->setSpec(shortTest(durationS));
    PlanView *plan = window.planView();
    check(plan->clientList(), QStringLiteral("c1"));
    check(plan->clientList(), QStringLiteral("c2"));
    check(plan->serverList(), QStringLiteral("s1"));
    check(plan->serverList(), QStringLiteral("s2"));
    plan->useRunFormTest();
}

void save(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("PERFDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestPlanView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init() {
        QSettings().clear();
        QDir(SessionController::autosaveDirectory()).removeRecursively();
    }

    void modelPassesTheModelTester() {
        PlanModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TestMatrix m;
        m.clients = {QStringLiteral("a"), QStringLiteral("b")};
        m.servers = {QStringLiteral("c")};
        m.tests = {shortTest(1), shortTest(2)};
        m.tests[0].name = QStringLiteral("one");
        m.tests[1].name = QStringLiteral("two");
        model.setMatrix(m);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, 0).data(PlanModel::CellIdRole).toString(),
                 QStringLiteral("a->c/one"));
        model.setCurrentTest(1);
        QCOMPARE(model.index(1, 0).data(PlanModel::CellIdRole).toString(),
                 QStringLiteral("b->c/two"));
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(1, 0).data(Qt::DisplayRole).toString(), QStringLiteral("off"));
        QVERIFY(model.matrix().isEnabled(QStringLiteral("a"), QStringLiteral("c"), 1));
        QVERIFY(!model.matrix().isEnabled(QStringLiteral("b"), QStringLiteral("c"), 1));
        // Only the current test's cell changed.
        QVERIFY(model.matrix().isEnabled(QStringLiteral("b"), QStringLiteral("c"), 0));
        undo.undo();
        QVERIFY(model.matrix().isEnabled(QStringLiteral("b"), QStringLiteral("c"), 1));
        PlanModel::Live live;
        live.status = CellStatus::Running;
        live.rate = 9.41e9;
        live.elapsedS = 1;
        live.totalS = 2;
        model.setLive(QStringLiteral("a->c/two"), live);
        QVERIFY2(model.index(0, 0).data().toString().contains(QStringLiteral("Gbit/s")),
                 qPrintable(model.index(0, 0).data().toString()));
        m.servers << QStringLiteral("d");
        model.setMatrix(m);
        QCOMPARE(model.columnCount(), 2);
    }

    void hostsTestsAndCellEditsAreUndoable() {
        MainWindow window;
        window.show();
        PlanView *plan = window.planView();
        window.inventoryDock()->setSession(loopbackInventory(), {}, {});
        // Clients list: hosts that may be clients (and `local`, which is both).
        QVERIFY(plan->clientList()->findItems(QStringLiteral("c1"), Qt::MatchExactly).size() == 1);
        QVERIFY(plan->clientList()->findItems(QStringLiteral("s1"), Qt::MatchExactly).isEmpty());
        QVERIFY(plan->serverList()->findItems(QStringLiteral("s2"), Qt::MatchExactly).size() == 1);

        setUpPlan(window, 2);
        QCOMPARE(plan->matrix().clients, (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(plan->matrix().servers, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(plan->matrix().tests.size(), 1);
        QCOMPARE(plan->model()->rowCount(), 2);
        QCOMPARE(plan->model()->columnCount(), 2);
        QTRY_VERIFY(window.isWindowModified());
        const int steps = plan->undoStack()->count();
        QCOMPARE(steps, 5); // four hosts picked one by one, the tests

        // A click on a row header turns the row off; again turns it on.
        QHeaderView *rows = plan->grid()->verticalHeader();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                          QPoint(rows->width() / 2, rows->sectionViewportPosition(0) + 3));
        QVERIFY(!plan->matrix().isEnabled(QStringLiteral("c1"), QStringLiteral("s1"), 0));
        QVERIFY(!plan->matrix().isEnabled(QStringLiteral("c1"), QStringLiteral("s2"), 0));
        QVERIFY(plan->matrix().isEnabled(QStringLiteral("c2"), QStringLiteral("s1"), 0));
        QString error;
        QCOMPARE(plan->runnableSpecs(&error).size(), 2);
        plan->undoStack()->undo();
        QVERIFY(plan->matrix().isEnabled(QStringLiteral("c1"), QStringLiteral("s1"), 0));
        QCOMPARE(plan->runnableSpecs(&error).size(), 4);
        plan->undoStack()->redo();
        QVERIFY(!plan->matrix().isEnabled(QStringLiteral("c1"), QStringLiteral("s2"), 0));
        plan->undoStack()->undo();

        // Overrides through the dialog: a 1 s duration and 2 streams for c2 -> s2.
        const QModelIndex cell = plan->model()->indexOf(QStringLiteral("c2"), QStringLiteral("s2"));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PlanCellDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("durationOverride"))->setValue(1);
            dialog->findChild<QSpinBox *>(QStringLiteral("streamsOverride"))->setValue(2);
            dialog->accept();
        });
        plan->editOverrides({cell});
        const CellOverrides o =
            plan->matrix().overrides(QStringLiteral("c2"), QStringLiteral("s2"), 0);
        QCOMPARE(o.durationS.value_or(0), 1.0);
        QCOMPARE(o.streams.value_or(0), 2);
        QVERIFY(!o.bitrateBps && !o.direction && !o.dscp);
        QVERIFY2(cell.data().toString().contains(QStringLiteral("2 streams")),
                 qPrintable(cell.data().toString()));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overrides")));
        const QList<TestSpec> specs = plan->runnableSpecs(&error);
        const auto overridden = std::find_if(specs.begin(), specs.end(), [](const TestSpec &s) {
            return s.cell == QLatin1String("c2->s2");
        });
        QVERIFY(overridden != specs.end());
        QCOMPARE(overridden->durationS, 1.0);
        QCOMPARE(overridden->parallel, 2);
        QCOMPARE(overridden->clientHost, QStringLiteral("c2"));
        QCOMPARE(overridden->serverHost, QStringLiteral("s2"));
        plan->undoStack()->undo();
        QVERIFY(plan->matrix().overrides(QStringLiteral("c2"), QStringLiteral("s2"), 0).isEmpty());

        // Unpicking a client is a step too; undo brings it back in its place.
        plan->clientList()
            ->findItems(QStringLiteral("c1"), Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Unchecked);
        QCOMPARE(plan->matrix().clients, QStringList{QStringLiteral("c2")});
        plan->undoStack()->undo();
        QCOMPARE(plan->matrix().clients, (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(plan->clientList()
                     ->findItems(QStringLiteral("c1"), Qt::MatchExactly)
                     .first()
                     ->checkState(),
                 Qt::Checked);
        window.sessionController()->setModified(false);
    }

    void profileTestsBecomeTabs() {
        MainWindow window;
        PlanView *plan = window.planView();
        setUpPlan(window, 2);
        plan->useProfile(QStringLiteral("throughput"));
        QTRY_VERIFY_WITH_TIMEOUT(plan->matrix().tests.size() == 4, 10000);
        QCOMPARE(plan->matrix().profile, QStringLiteral("throughput"));
        QCOMPARE(plan->testTabs()->count(), 4);
        QCOMPARE(plan->testTabs()->tabText(1), QStringLiteral("tcp-download"));
        plan->testTabs()->setCurrentIndex(1);
        QCOMPARE(plan->model()->index(0, 0).data(PlanModel::CellIdRole).toString(),
                 QStringLiteral("c1->s1/tcp-download"));
        plan->undoStack()->undo();
        QCOMPARE(plan->matrix().tests.size(), 1);
        QCOMPARE(plan->testTabs()->count(), 1);
        // A profile that does not exist is named in the problem.
        QSignalSpy problems(plan, &PlanView::problem);
        auto *catcher = new QTimer(this);
        connect(catcher, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        catcher->start(20);
        plan->useProfile(QStringLiteral("no-such-profile"));
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10000);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("no-such-profile")));
        delete catcher;
        window.sessionController()->setModified(false);
    }

    void twoByTwoPlanRunsLiveThenShowsHeatMap() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 800);
        window.show();
        window.planDock()->raise();
        PlanView *plan = window.planView();
        setUpPlan(window, 3);
        plan->maxParallelBox()->setValue(2);
        plan->maxPerHostBox()->setValue(1);
        QVERIFY(plan->runButton()->isEnabled());
        QTest::mouseClick(plan->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
        QVERIFY(plan->isRunning());
        QVERIFY(plan->stopButton()->isEnabled());
        QVERIFY(!plan->runButton()->isEnabled());
        // The running plan is not edited under it.
        QVERIFY(!plan->findChild<QToolButton *>(QStringLiteral("planUndo"))->isEnabled());
        QVERIFY(!plan->clientList()->isEnabled());

        // Live: a running cell shows its rate; at most two cells run at once, and no host
        // takes part in two (per host 1).
        const auto running = [plan] {
            QStringList cells;
            for (int r = 0; r < 2; ++r) {
                for (int c = 0; c < 2; ++c) {
                    const QModelIndex i = plan->model()->index(r, c);
                    if (i.data(PlanModel::StatusRole).toString() == QLatin1String("running"))
                        cells << i.data(PlanModel::CellIdRole).toString();
                }
            }
            return cells;
        };
        bool sawRate = false;
        int mostAtOnce = 0;
        QElapsedTimer clock;
        clock.start();
        while (window.isRunning() && clock.elapsed() < 60000) {
            const QStringList now = running();
            mostAtOnce = std::max(mostAtOnce, int(now.size()));
            if (now.size() == 2) // diagonal pairs only: c1->s1 with c2->s2, or the other two
                QVERIFY2(now.at(0).left(2) != now.at(1).left(2) &&
                             now.at(0).right(2) != now.at(1).right(2),
                         qPrintable(now.join(QLatin1Char(' '))));
            for (int r = 0; r < 2 && !sawRate; ++r) {
                for (int c = 0; c < 2 && !sawRate; ++c) {
                    const QString text = plan->model()->index(r, c).data().toString();
                    if (text.contains(QStringLiteral("bit/s")) && plan->isRunning()) {
                        sawRate = true;
                        // The chart lays its axes out for the new samples after this turn of
                        // the event loop: grabbed at once, the rate axis was a column of "...".
                        QTest::qWait(300);
                        save(&window, QStringLiteral("plan-running.png"));
                    }
                }
            }
            QVERIFY2(plan->progressLabel()->text().contains(QStringLiteral("of 4 test")),
                     qPrintable(plan->progressLabel()->text()));
            QTest::qWait(50);
        }
        QVERIFY2(!window.isRunning(), "the plan did not finish within 60 s");
        QVERIFY2(sawRate, "no cell showed a live rate while it ran");
        QCOMPARE(mostAtOnce, 2);
        QVERIFY(!plan->isRunning());
        QVERIFY2(plan->progressLabel()->text().startsWith(QStringLiteral("4 of 4")),
                 qPrintable(plan->progressLabel()->text()));

        // Every cell measured; the view switched to the heat map.
        QCOMPARE(window.runModel()->finishedResults().size(), 4);
        QCOMPARE(plan->model()->display(), PlanModel::Display::Values);
        const auto range = plan->model()->valueRange();
        QVERIFY(range && range->first > 0 && range->second >= range->first);
        QVERIFY(!plan->legend()->lowText().isEmpty() && plan->legend()->isVisible());
        QVERIFY(plan->legend()->highText().contains(QStringLiteral("bit/s")));
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 2; ++c) {
                const QModelIndex i = plan->model()->index(r, c);
                QCOMPARE(i.data(PlanModel::StatusRole).toString(), QStringLiteral("done"));
                QVERIFY(i.data(PlanModel::ValueRole).toDouble() > 0);
                QVERIFY2(i.data().toString().contains(QStringLiteral("bit/s")),
                         qPrintable(i.data().toString()));
                // The cell's colour is the heat scale's at its place between the extremes.
                const double at = HeatScale::position(i.data(PlanModel::ValueRole).toDouble(),
                                                      range->first, range->second);
                QCOMPARE(i.data(Qt::BackgroundRole).value<QBrush>().color(), HeatScale::color(at));
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Mean:")));
            }
        }
        // The runs carry their cell and hosts.
        for (const RunResult &run : window.runModel()->finishedResults()) {
            QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
            QVERIFY(run.cell.contains(QStringLiteral("->")));
            QCOMPARE(run.cell, run.clientHost + QStringLiteral("->") + run.serverHost);
        }
        QTest::qWait(100);
        save(&window, QStringLiteral("plan-heatmap.png"));

        // A click on a cell selects its runs in the run table.
        const QModelIndex cell = plan->model()->indexOf(QStringLiteral("c2"), QStringLiteral("s1"));
        QTest::mouseClick(plan->grid()->viewport(), Qt::LeftButton, {},
                          plan->grid()->visualRect(cell).center());
        const QStringList ids = cell.data(PlanModel::RunIdsRole).toStringList();
        QCOMPARE(ids.size(), 1);
        QCOMPARE(window.selectedRunIds(), ids);

        // Saved with the session and back after opening it: plan, settings, heat map.
        plan->maxParallelBox()->setValue(3);
        const QString path = m_dir.filePath(QStringLiteral("plan.perfdeck"));
        window.sessionController()->saveAs(path);
        window.sessionController()->waitForIdle();
        QTRY_VERIFY(!window.isWindowModified());
        MainWindow other;
        other.sessionController()->open(path);
        other.sessionController()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(other.planView()->matrix(), plan->matrix(), 5000);
        QCOMPARE(other.planView()->maxParallelBox()->value(), 3);
        QCOMPARE(other.planView()->model()->display(), PlanModel::Display::Values);
        QCOMPARE(other.planView()
                     ->model()
                     ->indexOf(QStringLiteral("c2"), QStringLiteral("s1"))
                     .data(PlanModel::RunIdsRole)
                     .toStringList(),
                 ids);
        QCOMPARE(other.planView()->undoStack()->count(), 0);
        QVERIFY(!other.isWindowModified());
    }

    void stopCancelsQueuedCellsAndLeavesNoProcess() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.show();
        PlanView *plan = window.planView();
        setUpPlan(window, 20);
        plan->maxParallelBox()->setValue(1);
        QTest::mouseClick(plan->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobRunner()->processIds().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            plan->model()->index(0, 0).data().toString().contains(QStringLiteral("bit/s")) ||
                plan->model()->index(1, 1).data().toString().contains(QStringLiteral("bit/s")),
            10000);
        const QList<qint64> pids = window.jobRunner()->processIds();
        QTest::mouseClick(plan->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 15000);
        QVERIFY(!plan->isRunning());
        int skipped = 0;
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 2; ++c) {
                const QModelIndex i = plan->model()->index(r, c);
                if (i.data(PlanModel::StatusRole).toString() == QLatin1String("skipped")) {
                    ++skipped;
                    QVERIFY(
                        i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cancelled")));
                }
            }
        }
        QCOMPARE(skipped, 3);
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
        QVERIFY(plan->runButton()->isEnabled());
        window.sessionController()->setModified(false);
    }

    void filterFindsHostsByTagSiteAndWords() {
        MainWindow window;
        Inventory inventory = loopbackInventory();
        inventory.hosts[0].tags = {QStringLiteral("dc-east"), QStringLiteral("10g")};
        inventory.hosts[1].tags = {QStringLiteral("dc-west")};
        inventory.hosts[1].site = QStringLiteral("branch");
        inventory.hosts[2].tags = {QStringLiteral("dc-east")};
        inventory.hosts[3].region = QStringLiteral("eu");
        window.inventoryDock()->setSession(inventory, {}, {});
        PlanView *plan = window.planView();
        auto *filter = plan->findChild<QLineEdit *>(QStringLiteral("planHostFilter"));
        QVERIFY(filter);
        const auto shown = [plan] {
            QStringList names;
            for (QListWidget *list : {plan->clientList(), plan->serverList()})
                for (int i = 0; i < list->count(); ++i)
                    if (!list->item(i)->isHidden())
                        names << list->item(i)->data(Qt::UserRole).toString();
            names.removeAll(QStringLiteral("local"));
            names.sort(); // (the lists order hosts by site)
            return names;
        };
        filter->setText(QStringLiteral("tag:dc-east"));
        QCOMPARE(shown(), (QStringList{QStringLiteral("c1"), QStringLiteral("s1")}));
        filter->setText(QStringLiteral("tag:dc")); // a tag matches whole, not a prefix
        QCOMPARE(shown(), QStringList());
        filter->setText(QStringLiteral("dc-")); // a plain word looks in the tags too
        QCOMPARE(shown(),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("s1")}));
        filter->setText(QStringLiteral("site:lab tag:dc-east")); // every word must match
        QCOMPARE(shown(), (QStringList{QStringLiteral("c1"), QStringLiteral("s1")}));
        filter->setText(QStringLiteral("site:branch"));
        QCOMPARE(shown(), QStringList{QStringLiteral("c2")});
        filter->setText(QStringLiteral("region:EU"));
        QCOMPARE(shown(), QStringList{QStringLiteral("s2")});
        filter->setText(QStringLiteral("127.0.0.3"));
        QCOMPARE(shown(), QStringList{QStringLiteral("c2")});
        // A picked host stays visible whatever the filter says.
        check(plan->clientList(), QStringLiteral("c2"));
        filter->setText(QStringLiteral("tag:dc-east"));
        QCOMPARE(shown(),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("s1")}));
        window.sessionController()->setModified(false);
    }

    void oneCellRunsAloneAndOneCellStopsWhileOthersGoOn() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.show();
        PlanView *plan = window.planView();
        setUpPlan(window, 4);
        const TestMatrix &m = plan->matrix();
        const QString c1s2 = m.cellId(QStringLiteral("c1"), QStringLiteral("s2"), 0);

        // Run just one cell: one run, for that cell only.
        QSignalSpy asked(plan, &PlanView::runRequested);
        plan->runCells({c1s2});
        QCOMPARE(asked.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCOMPARE(window.runModel()->finishedResults().size(), 1);
        QCOMPARE(window.runModel()->finishedResults().first().cell, c1s2);
        QVERIFY(window.runModel()->finishedResults().first().status == RunStatus::Ok);

        // The whole plan with long tests, one at a time; stop the cell that runs first: it
        // keeps what it measured, the other three still run.
        const QString single = window.runModel()->finishedResults().first().id;
        plan->maxParallelBox()->setValue(1);
        QTest::mouseClick(plan->runButton(), Qt::LeftButton);
        QString first;
        QElapsedTimer clock;
        clock.start();
        while (first.isEmpty() && clock.elapsed() < 15000) {
            for (int r = 0; r < 2 && first.isEmpty(); ++r)
                for (int c = 0; c < 2 && first.isEmpty(); ++c) {
                    const QModelIndex i = plan->model()->index(r, c);
                    if (i.data().toString().contains(QStringLiteral("bit/s")))
                        first = i.data(PlanModel::CellIdRole).toString();
                }
            QTest::qWait(50);
        }
        QVERIFY2(!first.isEmpty(), "no cell showed a rate within 15 s");
        plan->stopCells({first});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 40000);
        int ok = 0;
        int stopped = 0;
        for (const RunResult &run : window.runModel()->finishedResults()) {
            if (run.id == single)
                continue; // the single-cell run above
            if (run.cell == first) {
                ++stopped;
                QVERIFY2(run.status != RunStatus::Ok, qPrintable(run.cell));
            } else {
                ++ok;
                QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.cell + run.error));
            }
        }
        QCOMPARE(stopped, 1);
        QCOMPARE(ok, 3);
        window.sessionController()->setModified(false);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"

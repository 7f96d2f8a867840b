// The Hosts dock's Check History tab (issue 8): the checks filed in a real SQLite history
// database are listed for the selected host only, newest first, with level, RTT and summary,
// the whole check on selection, and the RTT trend oldest to newest with warnings and failed
// checks marked;
// a check run from the dock is filed through the HistoryWriter and appears without a manual
// refresh (read only while the tab is shown); looking never creates the database.
#include "gui/hostcheckmodel.h"
#include "gui/hosthistoryview.h"
#include "gui/inventorydock.h"
#include "gui/inventorymodel.h"
#include "inventory/inventoryloader.h"
#include "results/historystore.h"
#include "results/historywriter.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Perfdeck;

namespace {

const QString dataDir = QStringLiteral(PERFDECK_TEST_DATA "/inventory");
const QDateTime T0 = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

Inventory exampleInventory() {
    InventoryLoader loader;
    return loader.load(dataDir + QStringLiteral("/hosts.yaml")).value_or(Inventory{});
}

HostStatus okCheck(const QString &host, const QDateTime &at, double rttMs) {
    HostStatus s;
    s.host = host;
    s.checkedAt = at;
    s.tcpReachable = true;
    s.tcpTarget = host + QStringLiteral(".example.net:22");
    s.tcpConnectMs = rttMs / 2;
    s.sshOk = true;
    s.sshConnectMs = 40;
    s.rttMs = rttMs;
    s.iperf3Path = QStringLiteral("/usr/bin/iperf3");
    s.iperf3Version = QStringLiteral("3.12");
    s.netperfPath = QStringLiteral("/usr/bin/netperf");
    s.netperfVersion = QStringLiteral("2.7.0");
    s.netserverPath = QStringLiteral("/usr/bin/netserver");
    s.diskFreeBytes = qint64(12) << 30;
    s.diskPath = QStringLiteral("/tmp");
    s.load1 = 0.25;
    s.load5 = 0.5;
    s.load15 = 0.75;
    s.cpuCount = 4;
    s.grade();
    return s;
}

HostStatus unreachableCheck(const QString &host, const QDateTime &at) {
    HostStatus s;
    s.host = host;
    s.checkedAt = at;
    s.tcpReachable = false;
    s.tcpTarget = host + QStringLiteral(".example.net:22");
    s.tcpError = QStringLiteral("Connection refused");
    s.grade();
    return s;
}

QStringList column(const HostCheckModel *model, int column, int role = Qt::DisplayRole) {
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row)
        cells << model->index(row, column).data(role).toString();
    return cells;
}

bool waitLoaded(HostHistoryView *view, QSignalSpy &spy) {
    return spy.wait(10000) && !view->isBusy();
}

} // namespace

class TestHostCheckHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelUnderTester();
    void filedChecksOfTheSelectedHostNewestFirst();
    void checkFiledFromTheDockAppears();
    void noDatabaseIsNotCreated();
    void treeShowsTheNewestStoredCheck();
};

void TestHostCheckHistory::modelUnderTester() {
    HostCheckModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChecks({okCheck("a", T0.addSecs(60), 1.5), unreachableCheck("a", T0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HostCheckModel::RttColumn).data(HostCheckModel::RttRole).toDouble(),
             1.5);
    QVERIFY(!model.index(1, HostCheckModel::RttColumn).data(HostCheckModel::RttRole).isValid());
    QCOMPARE(model.index(1, HostCheckModel::LevelColumn).data(HostCheckModel::LevelRole).toInt(),
             int(HostStatus::Level::Error));
    model.setChecks({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHostCheckHistory::filedChecksOfTheSelectedHostNewestFirst() {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.sqlite");
    {
        // Filed out of order and mixed with another host's, as several processes would.
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        HostStatus slow = okCheck("fra-perf1", T0.addSecs(20 * 60), 3.25);
        slow.iperf3Path.clear(); // a warning: iperf3 missing
        slow.iperf3Version.clear();
        slow.grade();
        QVERIFY(slow.level == HostStatus::Level::Warning);
        QCOMPARE(store.addHostChecks({okCheck("fra-perf1", T0.addSecs(10 * 60), 0.75),
                                      okCheck("ams-edge", T0.addSecs(5 * 60), 9.5), slow,
                                      unreachableCheck("fra-perf1", T0.addSecs(15 * 60)),
                                      okCheck("fra-perf1", T0, 1.25)},
                                     &error),
                 5);
    }
    HistoryWriter writer(path);
    InventoryDock dock;
    dock.setInteractive(false);
    dock.setSession(exampleInventory(), {}, {});
    dock.setHistoryWriter(&writer);
    dock.resize(700, 800);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    HostHistoryView *view = dock.checkHistoryView();
    QSignalSpy loaded(view, &HostHistoryView::loaded);
    dock.view()->setCurrentIndex(dock.model()->indexOfHost("fra-perf1"));
    QVERIFY(dock.historyAction()->isEnabled());
    dock.historyAction()->trigger();
    QVERIFY(view->isVisible());
    QVERIFY(waitLoaded(view, loaded));
    QCOMPARE(view->host(), QStringLiteral("fra-perf1"));

    const HostCheckModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    const QLocale locale;
    QStringList times;
    for (int minutes : {20, 15, 10, 0})
        times << locale.toString(T0.addSecs(minutes * 60).toLocalTime(), "yyyy-MM-dd HH:mm:ss");
    QCOMPARE(column(model, HostCheckModel::CheckedColumn), times);
    QCOMPARE(column(model, HostCheckModel::LevelColumn, HostCheckModel::LevelRole),
             QStringList({QString::number(int(HostStatus::Level::Warning)),
                          QString::number(int(HostStatus::Level::Error)),
                          QString::number(int(HostStatus::Level::Ok)),
                          QString::number(int(HostStatus::Level::Ok))}));
    QCOMPARE(column(model, HostCheckModel::RttColumn),
             QStringList({locale.toString(3.25, 'f', 2) + " ms", QStringLiteral("\u2013"),
                          locale.toString(0.75, 'f', 2) + " ms",
                          locale.toString(1.25, 'f', 2) + " ms"}));
    const QStringList summaries = column(model, HostCheckModel::SummaryColumn);
    QCOMPARE(summaries.at(1), unreachableCheck("fra-perf1", T0).summary);
    QCOMPARE(summaries.at(2), QStringLiteral("ok"));
    // The whole check as the row's tooltip.
    const QString tip =
        model->index(1, HostCheckModel::SummaryColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains("Connection refused") && tip.contains("fra-perf1.example.net:22"),
             qPrintable(tip));

    // The trend, oldest to newest: three RTTs and the failed check on the axis.
    const QList<QAbstractSeries *> series = view->chartView()->chart()->series();
    auto *rtt = qobject_cast<QLineSeries *>(series.value(0));
    auto *failed = qobject_cast<QScatterSeries *>(series.value(1));
    QVERIFY(rtt && failed);
    QCOMPARE(rtt->count(), 3);
    QCOMPARE(rtt->at(0), QPointF(double(T0.toMSecsSinceEpoch()), 1.25));
    QCOMPARE(rtt->at(1), QPointF(double(T0.addSecs(600).toMSecsSinceEpoch()), 0.75));
    QCOMPARE(rtt->at(2), QPointF(double(T0.addSecs(1200).toMSecsSinceEpoch()), 3.25));
    QCOMPARE(failed->count(), 1);
    QCOMPARE(failed->at(0), QPointF(double(T0.addSecs(900).toMSecsSinceEpoch()), 0));
    auto *warnings = qobject_cast<QScatterSeries *>(series.value(2));
    QVERIFY(warnings);
    QCOMPARE(warnings->count(), 1);
    QCOMPARE(warnings->at(0), rtt->at(2));

    // Selecting a row shows everything that check found.
    view->table()->selectRow(2);
    const QString details = view->detailsText();
    for (const QString &fact : {QStringLiteral("iperf3 3.12: /usr/bin/iperf3"),
                                QStringLiteral("netserver: /usr/bin/netserver"),
                                QStringLiteral("12.0 GiB"), QStringLiteral("4 CPU")})
        QVERIFY2(details.contains(fact), qPrintable(details));
    QVERIFY2(details.contains(locale.toString(0.75, 'f', 2)), qPrintable(details));

    // Another host: only its checks.
    dock.view()->setCurrentIndex(dock.model()->indexOfHost("ams-edge"));
    QCOMPARE(view->model()->rowCount(), 0); // cleared at once, then read
    QVERIFY(waitLoaded(view, loaded));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->check(0).rttMs, std::optional<double>(9.5));
    QCOMPARE(rtt->count(), 1);
    QCOMPARE(failed->count(), 0);

    // The newest N only.
    dock.view()->setCurrentIndex(dock.model()->indexOfHost("fra-perf1"));
    QVERIFY(waitLoaded(view, loaded));
    view->setLimit(50);
    QVERIFY(waitLoaded(view, loaded));
    QCOMPARE(view->model()->rowCount(), 4);

    // Several hosts selected: none shown.
    dock.view()->selectAll();
    QCOMPARE(view->host(), QString());
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestHostCheckHistory::checkFiledFromTheDockAppears() {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.sqlite");
    HistoryWriter writer(path);
    InventoryDock dock;
    dock.setInteractive(false);
    dock.setSession({}, {}, {});
    dock.setHistoryWriter(&writer);
    dock.resize(700, 800);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    HostHistoryView *view = dock.checkHistoryView();
    QSignalSpy loaded(view, &HostHistoryView::loaded);
    QSignalSpy filed(&writer, &HistoryWriter::hostChecksStored);
    QSignalSpy finished(&dock, &InventoryDock::checkFinished);
    dock.view()->setCurrentIndex(dock.model()->indexOfHost("local"));
    dock.showCheckHistory();
    QVERIFY(waitLoaded(view, loaded));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!QFileInfo::exists(path));

    // A real check of this machine: filed by the dock, shown once the writer says so.
    loaded.clear();
    dock.checkHosts({"local"});
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(filed.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    const HostStatus first = view->model()->check(0);
    QCOMPARE(first.host, QStringLiteral("local"));
    QVERIFY(first.iperf3Found());
    QVERIFY(first == dock.history().latest("local").value());

    // While the Details tab is in front nothing is read; showing the tab again reads.
    dock.findChild<QTabWidget *>("inventoryTabs")->setCurrentIndex(0);
    QVERIFY(!view->isVisible());
    QTest::qWait(1100); // checked_at has ms resolution; keep the two checks apart
    dock.checkHosts({"local"});
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(filed.size(), 2, 10000);
    QTest::qWait(200);
    QCOMPARE(view->model()->rowCount(), 1);
    loaded.clear();
    dock.showCheckHistory();
    QVERIFY(waitLoaded(view, loaded));
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(view->model()->check(0).checkedAt > view->model()->check(1).checkedAt);
    QVERIFY(view->model()->check(1) == first);

    // What the view shows is what the database holds.
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.hostChecks("local", 0, &error) == view->model()->checks());
}

void TestHostCheckHistory::noDatabaseIsNotCreated() {
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/history.sqlite");
    HostHistoryView view;
    view.resize(500, 500);
    view.show();
    QSignalSpy loaded(&view, &HostHistoryView::loaded);
    view.setDatabasePath(path);
    view.setHost("fra-perf1");
    QVERIFY(waitLoaded(&view, loaded));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath("sub")));
    QVERIFY2(view.statusText().contains(QDir::toNativeSeparators(path)),
             qPrintable(view.statusText()));
}

// A host checked only by the CLI (`perfdeck-cli hosts check` files into the same database)
// shows that check's status in the tree; where the session's own check is newer, it wins.
// Stored checks are shown, not copied into the session.
void TestHostCheckHistory::treeShowsTheNewestStoredCheck() {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.sqlite");
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        HostStatus warning = okCheck("fra-perf1", T0.addSecs(20 * 60), 3.25);
        warning.iperf3Path.clear();
        warning.iperf3Version.clear();
        warning.grade();
        QCOMPARE(
            store.addHostChecks(
                {okCheck("fra-perf1", T0, 1.0), warning, okCheck("ams-edge", T0, 9.5)}, &error),
            3);
    }
    HostStatusHistory session;
    session.add(okCheck("fra-perf1", T0.addSecs(-3600), 1.0));
    session.add(unreachableCheck("ams-edge", T0.addSecs(3600)));
    HistoryWriter writer(path);
    InventoryDock dock;
    dock.setInteractive(false);
    dock.setSession(exampleInventory(), session, {});
    const auto level = [&dock](const char *host) {
        return dock.model()->indexOfHost(host).data(InventoryModel::StatusLevelRole).toInt();
    };
    QCOMPARE(level("fra-perf1"), int(HostStatus::Level::Ok)); // the session's, before the read
    dock.setHistoryWriter(&writer);
    QTRY_COMPARE_WITH_TIMEOUT(level("fra-perf1"), int(HostStatus::Level::Warning), 10000);
    QCOMPARE(level("ams-edge"), int(HostStatus::Level::Error));
    QCOMPARE(dock.model()->latest("fra-perf1")->checkedAt, T0.addSecs(20 * 60));
    QCOMPARE(dock.history(), session);

    // A rename takes the stored checks along (the database files them by host name).
    const Inventory &inventory = dock.model()->inventory();
    Host renamed = inventory.hosts.at(inventory.indexOf(QStringLiteral("fra-perf1")));
    renamed.name = QStringLiteral("fra-perf2");
    dock.model()->replaceHost(QStringLiteral("fra-perf1"), renamed);
    QTRY_VERIFY_WITH_TIMEOUT(dock.model()->latest("fra-perf2") &&
                                 dock.model()->latest("fra-perf2")->checkedAt ==
                                     T0.addSecs(20 * 60),
                             10000);
    QCOMPARE(level("fra-perf2"), int(HostStatus::Level::Warning));
    writer.flush();
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QList<HostStatus> moved = store.hostChecks(QStringLiteral("fra-perf2"), 0, &error);
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.first().host, QStringLiteral("fra-perf2"));
    QVERIFY(store.hostChecks(QStringLiteral("fra-perf1"), 0, &error).isEmpty());
    QCOMPARE(store.hostChecks(QStringLiteral("ams-edge"), 0, &error).size(), 1);
}

QTEST_MAIN(TestHostCheckHistory)
#include "tst_hostcheckhistory.moc"

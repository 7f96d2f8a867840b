// The results table model under QAbstractItemModelTester, through the life of runs: started,
// live samples, finished, removed, replaced by a loaded session; plus its sort keys.
#include "gui/runtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Perfdeck;

namespace {

RunResult finishedRun(const QString &id, double bps, RunStatus status = RunStatus::Ok) {
    RunResult r;
    r.id = id;
    r.status = status;
    r.streams = 2;
    r.durationS = 10;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.summary.throughputBps = bps;
    r.summary.sentBps = bps * 1.01;
    r.summary.receivedBps = bps;
    if (status != RunStatus::Ok)
        r.error = QStringLiteral("iperf3: error - unable to connect to server");
    IntervalSample s;
    s.startS = 0;
    s.endS = 1;
    s.bps = bps;
    r.intervals = {s};
    return r;
}

} // namespace

class TestRunTableModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lifecycleUnderModelTester();
    void showsStatusErrorAndFormattedNumbers();
    void sortsNumerically();
    void numbersRunsOncePerSession();
    void requestResponseRowFits();
    void embeddedTargetHidesThrowAwayPort();
    void tooltipShowsTheRunsResources();
    void tooltipShowsBothEndsEnvironment();
};

void TestRunTableModel::lifecycleUnderModelTester() {
    RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TestSpec spec;
    spec.parallel = 2;
    model.addRunning(QStringLiteral("run-a"), spec, QDateTime::currentDateTimeUtc());
    model.addRunning(QStringLiteral("run-b"), spec, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data(RunTableModel::RunningRole).toBool());
    IntervalSample sample;
    sample.endS = 1;
    sample.bps = 5e9;
    model.updateLiveSample(QStringLiteral("run-a"), sample);
    model.updateProgress(QStringLiteral("run-a"), 1.2);
    QCOMPARE(model.index(0, RunTableModel::ThroughputColumn).data().toString(),
             QStringLiteral("5.00 Gbit/s"));
    model.finishRun(QStringLiteral("run-a"), finishedRun(QStringLiteral("run-a"), 9.42e9));
    QVERIFY(!model.index(0, 0).data(RunTableModel::RunningRole).toBool());
    QCOMPARE(model.finishedResults().size(), 1);
    // A running run is not removable; a finished one is.
    model.removeRuns({QStringLiteral("run-a"), QStringLiteral("run-b")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(RunTableModel::RunIdRole).toString(), QStringLiteral("run-b"));
    RunRecord loaded;
    loaded.result = finishedRun(QStringLiteral("run-c"), 1e6);
    model.setRecords({loaded, loaded});
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    // A result for a run the model never saw (cancelled before it started) still gets a row.
    model.finishRun(QStringLiteral("run-d"),
                    finishedRun(QStringLiteral("run-d"), 0, RunStatus::Error));
    QCOMPARE(model.rowCount(), 1);
}

void TestRunTableModel::showsStatusErrorAndFormattedNumbers() {
    RunTableModel model;
    model.finishRun(QStringLiteral("ok"), finishedRun(QStringLiteral("ok"), 9.42e9));
    model.finishRun(QStringLiteral("bad"),
                    finishedRun(QStringLiteral("bad"), 1e3, RunStatus::Error));
    QCOMPARE(model.index(0, RunTableModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model.index(1, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("Error"));
    QVERIFY(model.index(1, RunTableModel::ErrorColumn)
                .data()
                .toString()
                .contains(QStringLiteral("unable to connect")));
    QVERIFY(model.index(1, RunTableModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("unable to connect")));
    QCOMPARE(model.index(0, RunTableModel::ThroughputColumn).data().toString(),
             QStringLiteral("9.42 Gbit/s"));
    // Unknown values show a dash, never 0.
    QCOMPARE(model.index(0, RunTableModel::JitterColumn).data().toString(),
             QStringLiteral("\u2013"));
    QCOMPARE(model.headerData(RunTableModel::ThroughputColumn, Qt::Horizontal).toString(),
             QStringLiteral("Throughput"));
}

void TestRunTableModel::sortsNumerically() {
    RunTableModel model;
    // As text, "900 Mbit/s" > "10.0 Gbit/s"; the table must sort by the number.
    model.finishRun(QStringLiteral("a"), finishedRun(QStringLiteral("a"), 10e9));
    model.finishRun(QStringLiteral("b"), finishedRun(QStringLiteral("b"), 900e6));
    model.finishRun(QStringLiteral("c"), finishedRun(QStringLiteral("c"), 2e9));
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(RunTableModel::SortRole);
    proxy.sort(RunTableModel::ThroughputColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(RunTableModel::RunIdRole).toString());
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
}

void TestRunTableModel::numbersRunsOncePerSession() {
    RunTableModel model;
    TestSpec spec;
    model.addRunning(QStringLiteral("run-a"), spec, QDateTime::currentDateTimeUtc());
    model.addRunning(QStringLiteral("run-b"), spec, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.index(0, RunTableModel::NumberColumn).data().toString(), QStringLiteral("#1"));
    QCOMPARE(model.index(1, RunTableModel::NumberColumn).data().toString(), QStringLiteral("#2"));
    // The result from the runner has no number: the row keeps the one it started with.
    model.finishRun(QStringLiteral("run-b"), finishedRun(QStringLiteral("run-b"), 1e9));
    QCOMPARE(model.record(QStringLiteral("run-b"))->result.seq, 2);
    model.finishRun(QStringLiteral("run-a"), finishedRun(QStringLiteral("run-a"), 1e9));
    model.removeRuns({QStringLiteral("run-a")});
    model.addRunning(QStringLiteral("run-c"), spec, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.record(QStringLiteral("run-c"))->result.seq, 3);
    // An import whose number is taken gets the next one.
    RunResult imported = finishedRun(QStringLiteral("run-i"), 1e9);
    imported.seq = 2;
    model.addFinished(imported);
    QCOMPARE(model.record(QStringLiteral("run-i"))->result.seq, 4);
    // A session written before runs had numbers: numbered in file order.
    RunRecord old;
    old.result = finishedRun(QStringLiteral("old-1"), 1e9);
    RunRecord old2;
    old2.result = finishedRun(QStringLiteral("old-2"), 1e9);
    model.setRecords({old, old2});
    QCOMPARE(model.index(1, RunTableModel::NumberColumn).data().toString(), QStringLiteral("#2"));
    QCOMPARE(model.index(1, RunTableModel::NumberColumn).data(Qt::DecorationRole).typeId(),
             QMetaType::QColor);
}

void TestRunTableModel::requestResponseRowFits() {
    RunTableModel model;
    RunResult rr;
    rr.id = QStringLiteral("rr");
    rr.engine = Engine::Netperf;
    rr.test = QStringLiteral("TCP_RR");
    rr.durationS = 10;
    rr.summary.transactionsPerS = 170631;
    rr.summary.latencyUs.p50 = 5;
    rr.summary.latencyUs.p90 = 7;
    rr.summary.latencyUs.p99 = 12.5;
    rr.summary.cpuLocalPercent = 22.4;
    rr.summary.cpuRemotePercent = 19.6;
    model.finishRun(rr.id, rr);
    const auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(RunTableModel::ThroughputColumn), QStringLiteral("171k trans/s"));
    QCOMPARE(cell(RunTableModel::DirectionColumn), QStringLiteral("Request/response"));
    QCOMPARE(cell(RunTableModel::ToolColumn), QStringLiteral("netperf TCP_RR"));
    QCOMPARE(cell(RunTableModel::LatencyP50Column), QStringLiteral("5.00 \u00b5s"));
    QCOMPARE(cell(RunTableModel::LatencyP99Column), QStringLiteral("12.5 \u00b5s"));
    QCOMPARE(cell(RunTableModel::CpuColumn), QStringLiteral("22 % / 20 %"));
    // The figure fits the width the window gives the column ("999 Mbit/s").
    const QFontMetrics fm(QGuiApplication::font());
    QVERIFY(fm.horizontalAdvance(cell(RunTableModel::ThroughputColumn)) <=
            fm.horizontalAdvance(QStringLiteral("999 Mbit/s")) + 24);
}

void TestRunTableModel::embeddedTargetHidesThrowAwayPort() {
    RunTableModel model;
    TestSpec spec; // no host: the embedded server
    model.addRunning(QStringLiteral("run-e"), spec, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.index(0, RunTableModel::TargetColumn).data().toString(),
             QStringLiteral("embedded (127.0.0.1)"));
    RunResult done = finishedRun(QStringLiteral("run-e"), 1e9);
    done.server = QStringLiteral("127.0.0.1:43817");
    done.embeddedServer = true;
    model.finishRun(done.id, done);
    QCOMPARE(model.index(0, RunTableModel::TargetColumn).data().toString(),
             QStringLiteral("embedded (127.0.0.1)"));
    QCOMPARE(model.index(0, RunTableModel::TargetColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("127.0.0.1:43817"));
    RunResult remote = finishedRun(QStringLiteral("run-r"), 1e9);
    remote.server = QStringLiteral("lab-2:5201");
    model.finishRun(remote.id, remote);
    QCOMPARE(model.index(1, RunTableModel::TargetColumn).data().toString(),
             QStringLiteral("lab-2:5201"));
}

void TestRunTableModel::tooltipShowsBothEndsEnvironment() {
    RunResult r = finishedRun(QStringLiteral("env"), 9.42e9);
    HostEnvironment client;
    client.host = QStringLiteral("local");
    client.peer = QStringLiteral("10.0.0.2");
    client.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    client.kernel = QStringLiteral("6.1.0-18-amd64");
    client.cpuCount = 8;
    client.interfaceName = QStringLiteral("eth0");
    client.mtu = 9000;
    client.linkSpeedMbps = 10000;
    client.congestionControl = QStringLiteral("bbr");
    client.tcpRmem = {4096, 131072, 6291456};
    r.clientEnvironment = client;
    HostEnvironment server;
    server.host = QStringLiteral("fra-perf1");
    server.kernel = QStringLiteral("5.15.0");
    r.serverEnvironment = server;
    RunTableModel model;
    model.finishRun(QStringLiteral("env"), r);
    const QString tip = model.index(0, RunTableModel::ToolColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Client local:")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("OS Debian GNU/Linux 12 (bookworm), kernel "
                                         "6.1.0-18-amd64")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Interface eth0 towards 10.0.0.2: MTU 9000, link 10000 "
                                         "Mbit/s")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("TCP bbr; rmem_max unknown, wmem_max unknown; tcp_rmem "
                                         "4096 131072 6291456")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Server fra-perf1:")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("MTU unknown, link unknown")), qPrintable(tip));
}

void TestRunTableModel::tooltipShowsTheRunsResources() {
    RunResult r = finishedRun(QStringLiteral("res"), 9.42e9);
    ResourceUsage usage;
    ProcessUsage client;
    client.host = QStringLiteral("local");
    client.role = QStringLiteral("client");
    client.program = QStringLiteral("iperf3");
    for (const double cpu : {90.0, 100.0, 98.0})
        client.samples << ProcessSample{client.samples.size() * 0.5, cpu, 8.0 * 1024 * 1024};
    usage.processes << client;
    InterfaceUsage lo;
    lo.host = QStringLiteral("local");
    lo.name = QStringLiteral("lo");
    InterfaceSample s;
    s.rxBps = 9e9;
    s.txBps = 9e9;
    lo.samples << s;
    usage.interfaces << lo;
    usage.notes << QStringLiteral("host lab-b: sampler ended: connection lost");
    r.resources = usage;
    RunTableModel model;
    model.finishRun(QStringLiteral("res"), r);
    const QString tip = model.index(0, RunTableModel::ToolColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("client iperf3 on local: CPU mean 96 %")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("max 100 %; RSS max 8.00 MiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("lo on local: rx mean 9.00 Gbit/s, tx mean 9.00 Gbit/s")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("connection lost")), qPrintable(tip));
    // A run without resources says nothing about them.
    RunTableModel plain;
    plain.finishRun(QStringLiteral("env"), finishedRun(QStringLiteral("env"), 1e9));
    QVERIFY(!plain.index(0, RunTableModel::ToolColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("Resources:")));
}

QTEST_MAIN(TestRunTableModel)
#include "tst_runtablemodel.moc"

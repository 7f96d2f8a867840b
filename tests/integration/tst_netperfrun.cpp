// NetperfRun through JobRunner with the real netperf and netserver on 127.0.0.1: the embedded
// netserver, live samples before the end, RR latency percentiles, the error without a
// netserver, cancel without orphans, and perfdeck-cli run --engine netperf end to end.
#include "exec/jobrunner.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

TestSpec netperfSpec(double seconds = 2) {
    TestSpec spec;
    spec.engine = Engine::Netperf;
    spec.durationS = seconds;
    return spec;
}

bool noToolsLeft(const JobRunner &runner) {
    return runner.processIds().isEmpty() &&
           childrenOf(QCoreApplication::applicationPid()).isEmpty();
}

} // namespace

class TestNetperfRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty())
            QSKIP("netperf/netserver are not installed (run packaging/install-deps.sh; Debian "
                  "ships netperf in non-free)");
    }

    void streamWithLiveSamples() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = netperfSpec(3);
        spec.intervalS = 0.5;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QCOMPARE(r.results.size(), 1);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error + r.log.join('\n')));
        QCOMPARE_ENUM(res.engine, Engine::Netperf);
        QVERIFY(res.summary.throughputBps.value_or(0) > 1e6);
        QVERIFY(res.server.startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(res.command.contains(QStringLiteral("TCP_STREAM")));
        QVERIFY(res.toolVersion.startsWith(QLatin1String("Netperf version")));
        QVERIFY(!r.samples.isEmpty());
        // Live: the first sample arrived well before the run finished.
        QVERIFY2(r.sampleTimes.first() < r.doneAt - 500,
                 qPrintable(QStringLiteral("first sample at %1 ms, done at %2 ms")
                                .arg(r.sampleTimes.first())
                                .arg(r.doneAt)));
        QCOMPARE(res.intervals.size(), r.samples.size());
        for (const IntervalSample &s : res.intervals) {
            QVERIFY(s.bps.value_or(0) > 0);
            QVERIFY(s.endS - s.startS >= 0.25 * spec.intervalS); // no sliver
        }
        QTRY_VERIFY_WITH_TIMEOUT(noToolsLeft(runner), 5000);
    }

    void requestResponseLatency() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = netperfSpec(2);
        spec.netperfTest = QStringLiteral("TCP_RR");
        spec.requestSize = 64;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error + r.log.join('\n')));
        QVERIFY(res.summary.transactionsPerS.value_or(0) > 100);
        QVERIFY(!res.summary.throughputBps);
        const LatencyStats &l = res.summary.latencyUs;
        QVERIFY(l.p50 && l.p90 && l.p99 && l.min && l.max && l.mean);
        QVERIFY(*l.min <= *l.p50);
        QVERIFY(*l.p50 <= *l.p90);
        QVERIFY(*l.p90 <= *l.p99);
        QVERIFY(*l.p99 <= *l.max);
        for (const IntervalSample &s : res.intervals)
            QVERIFY(s.transactionsPerS.value_or(0) > 0);
        QVERIFY(res.command.contains(QStringLiteral("64,64")));
    }

    void noNetserverIsAClearError() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = netperfSpec(2);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = freePort();
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QCOMPARE_ENUM(res.status, RunStatus::Error);
        QVERIFY2(res.error.startsWith(
                     QStringLiteral("no netserver listening on 127.0.0.1:%1").arg(spec.port)),
                 qPrintable(res.error));
        QVERIFY(noToolsLeft(runner));
    }

    void cancelLeavesNoProcess() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        runner.start({netperfSpec(20)});
        QTRY_VERIFY_WITH_TIMEOUT(!r.samples.isEmpty(), 15000);
        const QList<qint64> pids = runner.processIds();
        QCOMPARE(pids.size(), 2); // netserver and netperf
        for (qint64 pid : pids)
            QVERIFY(processExists(pid));
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY(r.doneAt < 10000);
        const RunResult &res = r.results.first();
        QCOMPARE_ENUM(res.status, RunStatus::Partial);
        QVERIFY(!res.intervals.isEmpty());
        QVERIFY(res.error.contains(QLatin1String("cancelled")));
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
        QVERIFY(noToolsLeft(runner));
    }

    void rejectedSpecNeverStartsATool() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = netperfSpec(2);
        spec.direction = Direction::Bidir;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE_ENUM(r.results.first().status, RunStatus::Error);
        QVERIFY(r.results.first().error.contains(QLatin1String("no bidirectional mode")));
    }

    void cliEndToEnd() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("np.json"));
        const CliResult stream = runCli({QStringLiteral("run"), QStringLiteral("--engine"),
                                         QStringLiteral("netperf"), QStringLiteral("--duration"),
                                         QStringLiteral("2"), QStringLiteral("--json"), json});
        QVERIFY2(stream.exitCode == 0, qPrintable(stream.out + stream.err));
        const QJsonObject doc = readJson(json);
        QCOMPARE(doc.value(QLatin1String("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        const QJsonObject run = doc.value(QLatin1String("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QLatin1String("engine")).toString(), QStringLiteral("netperf"));
        QCOMPARE(run.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const QJsonObject summary = run.value(QLatin1String("summary")).toObject();
        QVERIFY(summary.value(QLatin1String("throughput_bps")).toDouble() > 1e6);
        QVERIFY(summary.value(QLatin1String("transactions_per_s")).isNull());
        QVERIFY(stream.out.contains(QLatin1String("netperf tcp send")));

        const CliResult rr =
            runCli({QStringLiteral("run"), QStringLiteral("--engine"), QStringLiteral("netperf"),
                    QStringLiteral("--test"), QStringLiteral("TCP_RR"),
                    QStringLiteral("--duration"), QStringLiteral("2")});
        QVERIFY2(rr.exitCode == 0, qPrintable(rr.out + rr.err));
        QVERIFY2(rr.out.contains(QLatin1String("transactions/s")) &&
                     rr.out.contains(QLatin1String("p99")),
                 qPrintable(rr.out));
        QVERIFY2(rr.err.contains(QLatin1String("Trans/s")), qPrintable(rr.err));

        const CliResult bad = runCli({QStringLiteral("run"), QStringLiteral("--engine"),
                                      QStringLiteral("netperf"), QStringLiteral("--bidir")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("no bidirectional mode")));
        const CliResult misplaced =
            runCli({QStringLiteral("run"), QStringLiteral("--test"), QStringLiteral("TCP_RR")});
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY(misplaced.err.contains(QLatin1String("--engine netperf only")));
    }
};

QTEST_GUILESS_MAIN(TestNetperfRun)
#include "tst_netperfrun.moc"

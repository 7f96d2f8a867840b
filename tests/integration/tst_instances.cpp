// N instances of a test with real iperf3 and netperf on loopback: each instance against its
// own server port, released together behind perfdeck-gate, the measured start skew stored
// with every instance, the aggregate equal to the sum of its instances, netperf streams run
// as instances, clients pinned with an affinity, and `perfdeck-cli run --instances 8`.
#include "exec/jobrunner.h"
#include "model/instanceaggregate.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

struct Batch {
    QList<RunResult> results;
    QStringList log;
    bool done = false;
};

Batch runBatch(const QList<TestSpec> &specs, int maxConcurrent, int timeoutMs = 60000) {
    JobRunner runner;
    runner.setMaxConcurrent(maxConcurrent);
    Recorder r;
    record(runner, r);
    runner.start(specs);
    if (!QTest::qWaitFor([&r] { return r.done; }, timeoutMs))
        runner.cancel();
    Batch b;
    b.results = runner.results();
    b.log = r.log;
    b.done = r.done;
    return b;
}

bool hasNetperf() {
    return !QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty();
}

QString cpusAllowed(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Cpus_allowed_list:"))
            return QString::fromLatin1(line.mid(18).trimmed());
    }
    return {};
}

} // namespace

class TestInstances final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
    }

    void instancesStartTogether_data() {
        QTest::addColumn<int>("instances");
        QTest::addRow("4 instances") << 4;
        QTest::addRow("8 instances") << 8;
    }
    void instancesStartTogether() {
        QFETCH(int, instances);
        TestSpec spec;
        spec.durationS = 1;
        spec.intervalS = 0.5;
        spec.instances = instances;
        // The goal is 20 ms on loopback; the machine running the tests may be shared, so the
        // best of three attempts counts (each attempt's skew is printed).
        QList<double> skews;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Batch b = runBatch({spec}, 64);
            QVERIFY(b.done);
            QCOMPARE(b.results.size(), instances);
            QSet<QString> servers;
            QSet<QString> groups;
            for (int i = 0; i < instances; ++i) {
                const RunResult &r = b.results.at(i);
                QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
                QCOMPARE(r.instance, i + 1);
                QCOMPARE(r.instances, instances);
                QVERIFY(r.summary.throughputBps.value_or(0) > 0);
                QVERIFY(r.startSkewMs.has_value());
                QCOMPARE(*r.startSkewMs, *b.results.first().startSkewMs);
                // The tool's own command, not the gate in front of it.
                QVERIFY2(r.command.value(0).endsWith(QLatin1String("iperf3")),
                         qPrintable(r.command.join(QLatin1Char(' '))));
                servers.insert(r.server);
                groups.insert(r.group);
            }
            QCOMPARE(servers.size(), instances); // one server port per instance
            QCOMPARE(groups.size(), 1);
            skews << *b.results.first().startSkewMs;
            qInfo("%d instances: start skew %.3f ms", instances, skews.last());
            if (skews.last() < 20)
                break;
        }
        QVERIFY2(
            *std::min_element(skews.cbegin(), skews.cend()) < 20,
            qPrintable(QStringLiteral("start skews %1 ms").arg(QString::number(skews.first()))));
    }

    void aggregateIsTheSumOfItsInstances() {
        TestSpec spec;
        spec.durationS = 1;
        spec.instances = 3;
        spec.repeat = 2;
        const Batch b = runBatch({spec}, 64);
        QVERIFY(b.done);
        QCOMPARE(b.results.size(), 6);
        const QList<InstanceAggregate> groups = InstanceAggregate::of(b.results);
        QCOMPARE(groups.size(), 2); // one per repeat
        for (int g = 0; g < 2; ++g) {
            const InstanceAggregate &a = groups.at(g);
            double sum = 0;
            double lo = 1e300;
            double hi = 0;
            for (int i = 0; i < 3; ++i) {
                const RunResult &r = b.results.at(g * 3 + i);
                QCOMPARE(r.group, a.group);
                const double bps = r.summary.throughputBps.value_or(0);
                QVERIFY(bps > 0);
                QCOMPARE(a.perInstance.at(i).value_or(-1), bps);
                sum += bps;
                lo = std::min(lo, bps);
                hi = std::max(hi, bps);
            }
            QCOMPARE(a.measured, 3);
            QVERIFY(qFuzzyCompare(a.totalBps.value_or(0), sum));
            QVERIFY(qFuzzyCompare(a.spreadPercent.value_or(-1), (hi - lo) / (sum / 3) * 100));
            QVERIFY(a.jainIndex.value_or(0) > 0 && *a.jainIndex <= 1.0 + 1e-12);
            QVERIFY(a.startSkewMs.has_value());
        }
        QVERIFY(groups.at(0).group != groups.at(1).group);
    }

    void netperfRequestResponseWithFourInstances() {
        if (!hasNetperf())
            QSKIP("netperf/netserver are not installed");
        TestSpec spec;
        spec.engine = Engine::Netperf;
        spec.netperfTest = QStringLiteral("TCP_RR");
        spec.durationS = 2;
        spec.instances = 4;
        const Batch b = runBatch({spec}, 64);
        QVERIFY(b.done);
        QCOMPARE(b.results.size(), 4);
        double transactions = 0;
        for (const RunResult &r : b.results) {
            QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
            QCOMPARE(r.test, QStringLiteral("TCP_RR"));
            QVERIFY(r.summary.transactionsPerS.value_or(0) > 0);
            transactions += *r.summary.transactionsPerS;
        }
        const InstanceAggregate a = InstanceAggregate::of(b.results).value(0);
        QCOMPARE(a.instances, 4);
        QVERIFY(qFuzzyCompare(a.totalTransactionsPerS.value_or(0), transactions));
        QVERIFY(!a.totalBps);
        QVERIFY(a.latencyMeanUs.value_or(0) > 0);
        QVERIFY(a.startSkewMs.has_value());
    }

    void netperfStreamsBecomeInstances() {
        if (!hasNetperf())
            QSKIP("netperf/netserver are not installed");
        TestSpec spec;
        spec.engine = Engine::Netperf;
        spec.durationS = 1;
        spec.parallel = 2;
        QCOMPARE(JobRunner::expandRuns({spec}).size(), 2);
        const Batch b = runBatch({spec}, 64);
        QVERIFY(b.done);
        QCOMPARE(b.results.size(), 2);
        for (const RunResult &r : b.results) {
            QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
            QCOMPARE(r.streams, 1);
            QCOMPARE(r.instances, 2);
        }
    }

    void affinityPinsTheClients() {
        TestSpec spec;
        spec.durationS = 3;
        spec.instances = 2;
        spec.affinity = QStringLiteral("0");
        JobRunner runner;
        runner.setMaxConcurrent(8);
        Recorder r;
        record(runner, r);
        runner.start({spec});
        // While the clients run: every iperf3 client of this test may use CPU 0 only.
        QStringList pinned;
        const bool seen = QTest::qWaitFor(
            [&] {
                pinned.clear();
                for (const qint64 pid : runner.processIds()) {
                    // The client itself, once its gate has exec'd it.
                    const QString command = commandOf(pid);
                    if (command.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1String("iperf3")) &&
                        command.contains(QLatin1String(" -c ")))
                        pinned << cpusAllowed(pid);
                }
                return pinned.size() == 2 || r.done;
            },
            20000);
        QVERIFY(seen);
        QCOMPARE(pinned, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
        QVERIFY(QTest::qWaitFor([&r] { return r.done; }, 30000));
        for (const RunResult &res : runner.results())
            QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
    }

    // Each client runs under the address-space limit of the test (set by perfdeck-gate before
    // the exec), and a single instance goes through the gate for it too.
    void memoryLimitCapsEachClient_data() {
        QTest::addColumn<int>("instances");
        QTest::addRow("one") << 1;
        QTest::addRow("two") << 2;
    }
    void memoryLimitCapsEachClient() {
        QFETCH(int, instances);
        TestSpec spec;
        spec.durationS = 3;
        spec.instances = instances;
        spec.memoryLimitBytes = qint64(256) << 20;
        JobRunner runner;
        runner.setMaxConcurrent(8);
        Recorder r;
        record(runner, r);
        runner.start({spec});
        QStringList limits;
        const bool seen = QTest::qWaitFor(
            [&] {
                limits.clear();
                for (const qint64 pid : runner.processIds()) {
                    const QString command = commandOf(pid);
                    if (command.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1String("iperf3")) &&
                        command.contains(QLatin1String(" -c ")))
                        limits << addressSpaceLimit(pid);
                }
                return limits.size() == instances || r.done;
            },
            20000);
        QVERIFY(seen);
        QCOMPARE(limits, QStringList(instances, QStringLiteral("268435456")));
        QVERIFY(QTest::qWaitFor([&r] { return r.done; }, 30000));
        for (const RunResult &res : runner.results())
            QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
        // Kept with the results, for whoever compares them later.
        QCOMPARE(runner.results().constFirst().memoryLimitBytes, spec.memoryLimitBytes);
        QCOMPARE(RunResult::fromJson(runner.results().constFirst().toJson()).memoryLimitBytes,
                 spec.memoryLimitBytes);
    }

    // A limit too small for the client: the run fails with the tool's own error and the
    // limit named as the likely cause; the CLI refuses a limit that is not a size.
    void memoryLimitTooSmallIsNamed() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--memory-limit"),
                                    QStringLiteral("8M"), QStringLiteral("--duration"),
                                    QStringLiteral("1"), QStringLiteral("--json"), json,
                                    QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        const QJsonObject run =
            readJson(json).value(QLatin1String("runs")).toArray().first().toObject();
        const QString error = run.value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("memory limit of 8")), qPrintable(error));
        QCOMPARE(run.value(QLatin1String("memory_limit_bytes")).toDouble(), 8.0 * 1024 * 1024);
        const CliResult bad = runCli({QStringLiteral("run"), QStringLiteral("--memory-limit"),
                                      QStringLiteral("lots"), QStringLiteral("--duration"),
                                      QStringLiteral("1")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QLatin1String("--memory-limit 'lots'")), qPrintable(bad.err));
        const CliResult tiny = runCli({QStringLiteral("run"), QStringLiteral("--memory-limit"),
                                       QStringLiteral("1M"), QStringLiteral("--duration"),
                                       QStringLiteral("1")});
        QVERIFY(tiny.exitCode != 0);
        QVERIFY2(tiny.err.contains(QLatin1String("memory limit must be between")),
                 qPrintable(tiny.err));
    }

    void cancelWhileInstancesRunLeavesNothing() {
        TestSpec spec;
        spec.durationS = 20;
        spec.instances = 4;
        JobRunner runner;
        runner.setMaxConcurrent(8);
        Recorder r;
        record(runner, r);
        runner.start({spec});
        QVERIFY(QTest::qWaitFor([&r] { return !r.samples.isEmpty(); }, 20000));
        runner.cancel();
        QVERIFY(QTest::qWaitFor([&r] { return r.done; }, 20000));
        QCOMPARE(runner.results().size(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(childrenOf(QCoreApplication::applicationPid()).isEmpty(), 5000);
    }

    void cliRunsEightInstances() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--instances"), QStringLiteral("8"),
                    QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--json"),
                    json, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("8 instances: total")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("start skew")), qPrintable(r.out));
        const QJsonArray runs = readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 8);
        for (int i = 0; i < 8; ++i) {
            const QJsonObject run = runs.at(i).toObject();
            QCOMPARE(run.value(QLatin1String("instance")).toInt(), i + 1);
            QCOMPARE(run.value(QLatin1String("instances")).toInt(), 8);
            QVERIFY(run.value(QLatin1String("start_skew_ms")).isDouble());
            QVERIFY(run.value(QLatin1String("summary"))
                        .toObject()
                        .value(QLatin1String("throughput_bps"))
                        .toDouble() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"

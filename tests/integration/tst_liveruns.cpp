// LiveRuns against a real JobRunner running short iperf3 tests on loopback: the states a
// dashboard shows (starting -> running -> finished, stopping -> stopped), rates that follow
// the interval samples, one run stopped while another goes on, failures with their reason in
// the log, and rings that stay bounded.
#include "monitor/liveruns.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

QStringList names(const QList<LiveStatus> &statuses) {
    QStringList list;
    for (const LiveStatus status : statuses)
        list << toString(status);
    return list;
}

TestSpec shortSpec(double seconds) {
    TestSpec spec;
    spec.durationS = seconds;
    return spec;
}

} // namespace

class TestLiveRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void boundedRingKeepsTheNewest_data() {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::addRow("empty") << 4 << 0;
        QTest::addRow("not full") << 4 << 3;
        QTest::addRow("exactly full") << 4 << 4;
        QTest::addRow("wrapped once") << 4 << 6;
        QTest::addRow("wrapped many times") << 3 << 100;
        QTest::addRow("zero capacity keeps nothing") << 0 << 5;
    }
    void boundedRingKeepsTheNewest() {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        BoundedRing<int> ring(capacity);
        for (int i = 1; i <= appended; ++i)
            ring.append(i);
        QList<int> expected;
        for (int i = qMax(1, appended - capacity + 1); i <= appended && capacity > 0; ++i)
            expected << i;
        QCOMPARE(ring.toList(), expected);
        QCOMPARE(ring.size(), int(expected.size()));
        // Shrinking keeps the newest ones.
        ring.setCapacity(2);
        QCOMPARE(ring.toList(), expected.mid(qMax<qsizetype>(0, expected.size() - 2)));
    }

    void statesAndRatesFollowARealRun() {
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        QList<LiveStatus> statuses;
        QList<int> activeCounts;
        connect(&live, &LiveRuns::runAdded, this,
                [&](int row) { statuses << live.run(row).status; });
        connect(&live, &LiveRuns::statusChanged, this,
                [&](int, LiveStatus status) { statuses << status; });
        connect(&live, &LiveRuns::activeCountChanged, this,
                [&](int active) { activeCounts << active; });
        // Connected after attach(): LiveRuns has taken each sample when this lambda runs.
        int mismatches = 0;
        int samples = 0;
        double retransmits = 0;
        double lastBps = 0;
        connect(&runner, &JobRunner::intervalSample, this, [&](int, const IntervalSample &s) {
            ++samples;
            retransmits += s.retransmits.value_or(0);
            lastBps = s.bps.value_or(0);
            const LiveRun &run = live.run(0);
            if (run.rateBps != s.bps || run.recentRates.last() != s.bps.value_or(-1) ||
                run.retransmits.value_or(0) != retransmits || run.status != LiveStatus::Running ||
                run.samples != samples)
                ++mismatches;
        });
        double progressSeen = 0;
        bool cpuSeen = false; // both ends' CPU, from the runner's resource sampling
        connect(&live, &LiveRuns::runChanged, this, [&](int row) {
            if (live.run(row).isActive())
                progressSeen = qMax(progressSeen, live.run(row).progressRatio());
            cpuSeen |= live.run(row).isActive() && live.run(row).clientCpuPercent.has_value() &&
                       live.run(row).serverCpuPercent.has_value();
        });
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec spec = shortSpec(3);
        spec.name = QStringLiteral("bulk");
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

        QCOMPARE(live.count(), 1);
        const LiveRun &run = live.run(0);
        QVERIFY2(run.status == LiveStatus::Finished, qPrintable(run.error));
        QCOMPARE(names(statuses),
                 names({LiveStatus::Starting, LiveStatus::Running, LiveStatus::Finished}));
        QCOMPARE(activeCounts, (QList<int>{1, 0}));
        QVERIFY2(samples >= 2, qPrintable(QString::number(samples)));
        QCOMPARE(mismatches, 0);
        QVERIFY(lastBps > 0);
        QCOMPARE(run.recentRates.size(), samples);
        QVERIFY(progressSeen > 0.3 && progressSeen <= 1.0);
        QVERIFY(cpuSeen);
        QCOMPARE(run.progressRatio(), 1.0);
        QCOMPARE(run.runId, runner.results().first().id);
        QCOMPARE(live.rowOf(run.runId), 0);
        QCOMPARE(run.specLabel, QStringLiteral("bulk"));
        QCOMPARE(run.engine, QStringLiteral("iperf3"));
        QCOMPARE(run.protocol, QStringLiteral("tcp"));
        QCOMPARE(run.client, QStringLiteral("local"));
        QCOMPARE(run.server, QStringLiteral("local"));
        QVERIFY(run.result.has_value());
        // The final figure is the run's summary, not the last interval's.
        QCOMPARE(run.rateBps, run.result->summary.throughputBps);
        QCOMPARE(live.activeCount(), 0);
        // The log has the tool's lines with the run's id, and Perfdeck's start/end lines.
        bool toolLine = false;
        bool endLine = false;
        for (int i = 0; i < live.log().size(); ++i) {
            const LiveLogEntry &e = live.log().at(i);
            QCOMPARE(e.runId, run.runId);
            QCOMPARE(e.sequence, quint64(i + 1));
            toolLine |= e.origin == QLatin1String("client");
            endLine |= e.origin == QLatin1String("perfdeck") && e.text.endsWith("finished");
        }
        QVERIFY(toolLine);
        QVERIFY(endLine);
    }

    void stoppingOneRunLeavesTheOtherRunning() {
        JobRunner runner;
        runner.setMaxConcurrent(2);
        LiveRuns live;
        live.attach(&runner);
        QList<LiveStatus> firstStatuses;
        connect(&live, &LiveRuns::statusChanged, this, [&](int row, LiveStatus status) {
            if (row == 0)
                firstStatuses << status;
        });
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        runner.start({shortSpec(4), shortSpec(4)});
        QTRY_VERIFY_WITH_TIMEOUT(live.count() == 2 && live.run(0).samples > 0, 20000);
        QVERIFY(live.stop(0));
        QCOMPARE_ENUM(live.run(0).status, LiveStatus::Stopping);
        QVERIFY(!live.stop(5));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(names(firstStatuses),
                 names({LiveStatus::Running, LiveStatus::Stopping, LiveStatus::Stopped}));
        QCOMPARE_ENUM(live.run(1).status, LiveStatus::Finished);
        // The stopped one kept what it measured and ended before its planned time.
        QVERIFY(live.run(0).result.has_value());
        QVERIFY(live.run(0).result->durationS.value_or(99) < 3.9);
        QVERIFY(live.run(1).result->durationS.value_or(0) > 3.5);
        QVERIFY(!live.stop(0)); // ended
        QVERIFY(runner.processIds().isEmpty());
        QVERIFY(childrenOf(QCoreApplication::applicationPid()).isEmpty());
    }

    // Instances of one test are reported to the runner's followers together (their group and
    // start skew need all of them), but an aborted one must show stopped when IT ends, not
    // when the last of its group does.
    void stoppingOneInstanceShowsStoppedWhileItsGroupRuns() {
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec spec = shortSpec(6);
        spec.instances = 2;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(live.count() == 2 && live.run(0).samples > 0, 20000);
        QVERIFY(live.stop(0));
        QTRY_VERIFY_WITH_TIMEOUT(live.run(0).status == LiveStatus::Stopped, 10000);
        // The other instance is still measuring: the group has not ended yet.
        QCOMPARE_ENUM(live.run(1).status, LiveStatus::Running);
        QVERIFY(!done);
        QCOMPARE(live.activeCount(), 1);
        QVERIFY(live.run(0).result.has_value());
        QVERIFY(live.run(0).result->group.isEmpty()); // not final yet
        QVERIFY(!live.stop(0));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        // Once the group ended, the stopped instance has its final result, on the same row.
        QCOMPARE(live.count(), 2);
        QCOMPARE_ENUM(live.run(0).status, LiveStatus::Stopped);
        QCOMPARE_ENUM(live.run(1).status, LiveStatus::Finished);
        QVERIFY(!live.run(0).result->group.isEmpty());
        QCOMPARE(live.run(0).result->group, live.run(1).result->group);
        QCOMPARE(live.run(0).result->instances, 2);
        QVERIFY(live.run(0).result->durationS.value_or(99) < 5.5);
        QVERIFY(runner.processIds().isEmpty());
    }

    void cancellingTheBatchStopsEveryRun() {
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        // One at a time: the second is still queued when the batch is cancelled.
        runner.start({shortSpec(10), shortSpec(10)});
        QTRY_VERIFY_WITH_TIMEOUT(live.count() == 1 && live.run(0).samples > 0, 20000);
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(live.count(), 2);
        QCOMPARE_ENUM(live.run(0).status, LiveStatus::Stopped);
        // Never started: a row of its own, not silently missing.
        QVERIFY(live.run(1).status == LiveStatus::Failed);
        QVERIFY(live.run(1).error.contains(QLatin1String("cancelled")));
        QCOMPARE(live.activeCount(), 0);
    }

    void refusedRunFailsWithItsReason() {
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec spec = shortSpec(2);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = freePort(); // nobody listens there
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE_ENUM(live.run(0).status, LiveStatus::Failed);
        QVERIFY2(live.run(0).error.contains(QLatin1String("refused")),
                 qPrintable(live.run(0).error));
        QCOMPARE(live.run(0).server, QStringLiteral("127.0.0.1"));
        bool errorLogged = false;
        for (int i = 0; i < live.log().size(); ++i)
            errorLogged |= live.log().at(i).level == LiveLogLevel::Error;
        QVERIFY(errorLogged);
    }

    void ringsAndRowsStayBounded() {
        JobRunner runner;
        LiveRuns live;
        live.setRateHistory(2);
        live.setLogCapacity(5);
        live.setMaxRuns(2);
        live.attach(&runner);
        QSignalSpy resets(&live, &LiveRuns::runsReset);
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec spec = shortSpec(1);
        spec.intervalS = 0.2;
        spec.repeat = 3;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(done, 40000);
        const QList<RunResult> results = runner.results();
        QCOMPARE(results.size(), 3);
        // The oldest ended run was dropped; the newest two are kept, in order.
        QCOMPARE(live.count(), 2);
        QVERIFY(resets.count() >= 1);
        QCOMPARE(live.run(0).runId, results.at(1).id);
        QCOMPARE(live.run(1).runId, results.at(2).id);
        QCOMPARE(live.rowOf(results.at(0).id), -1);
        QCOMPARE(live.rowOf(results.at(2).id), 1);
        QVERIFY(live.run(1).samples >= 3);
        QCOMPARE(live.run(1).recentRates.size(), 2);
        QCOMPARE(live.log().size(), 5);
        QVERIFY(live.lastLogSequence() > 5);
        QCOMPARE(live.log().last().sequence, live.lastLogSequence());
    }

    void aDestroyedRunnerFailsItsActiveRuns() {
        LiveRuns live;
        {
            JobRunner runner;
            live.attach(&runner);
            runner.start({shortSpec(10)});
            QTRY_VERIFY_WITH_TIMEOUT(live.count() == 1 && live.run(0).samples > 0, 20000);
        }
        QVERIFY(!live.run(0).isActive());
        QCOMPARE(live.activeCount(), 0);
        QVERIFY(!live.stop(0));
    }
};

QTEST_GUILESS_MAIN(TestLiveRuns)
#include "tst_liveruns.moc"

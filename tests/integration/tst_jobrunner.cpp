// JobRunner and Iperf3Run with the real iperf3 on loopback: the embedded server, live samples,
// the errors iperf3 reports (refused, busy), cancel without orphans, and partial results when
// the server dies mid-test.
#include "exec/jobrunner.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

TestSpec shortSpec(double seconds = 2) {
    TestSpec spec;
    spec.durationS = seconds;
    return spec;
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void embeddedDefaultRunsAndCleansUp() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = shortSpec(2);
        spec.parallel = 2;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QCOMPARE(r.results.size(), 1);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error + r.log.join('\n')));
        QCOMPARE(res.streams, 2);
        QVERIFY(res.summary.throughputBps.value_or(0) > 1e6);
        QVERIFY(res.intervals.size() >= 2);
        QVERIFY(res.server.startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(res.command.contains(QStringLiteral("-P")));
        QVERIFY(runner.processIds().isEmpty());
        QVERIFY(childrenOf(QCoreApplication::applicationPid()).isEmpty());
    }

    void samplesArriveWhileTheTestRuns() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        runner.start({shortSpec(3)});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QVERIFY2(r.samples.size() >= 2, qPrintable(QString::number(r.samples.size())));
        // The first sample must come about a second into the test, long before the end.
        QVERIFY2(r.sampleTimes.first() < r.doneAt - 1000,
                 qPrintable(QStringLiteral("first sample at %1 ms, done at %2 ms")
                                .arg(r.sampleTimes.first())
                                .arg(r.doneAt)));
        QVERIFY(r.samples.first().bps.value_or(0) > 0);
    }

    void udpRunReportsJitterAndLoss() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = shortSpec(2);
        spec.protocol = Protocol::Udp;
        spec.bitrateBps = 50e6;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
        QCOMPARE_ENUM(res.protocol, Protocol::Udp);
        QVERIFY(res.summary.jitterMs.has_value());
        QVERIFY(res.summary.lostPercent.has_value());
        QVERIFY(!res.summary.retransmits.has_value()); // UDP has none: null, not 0
        QVERIFY(qAbs(res.summary.throughputBps.value_or(0) - 50e6) < 5e6);
    }

    void externalServerFollowedFromClientText() {
        // iperf3 3.12 cannot stream JSON and Perfdeck does not own this server: with
        // liveClientText the client's own text gives the live samples and the result.
        if (Iperf3Info::probe().hasJsonStream())
            QSKIP("this iperf3 streams JSON (>= 3.17): client text is the path of older ones");
        OwnIperf3Server server(freePort());
        QVERIFY(server.waitListening());
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = shortSpec(3);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = server.port();
        spec.parallel = 2;
        spec.liveClientText = true;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
        QVERIFY2(r.samples.size() >= 2, qPrintable(QString::number(r.samples.size())));
        QVERIFY(r.sampleTimes.first() < r.doneAt - 1000);
        QCOMPARE(r.samples.first().streams.size(), 2);
        QVERIFY(res.summary.throughputBps.value_or(0) > 1e6);
        QVERIFY(res.summary.sentBps.value_or(0) > 1e6);
        QCOMPARE(res.intervals.size(), r.samples.size());
        QVERIFY(res.command.contains(QStringLiteral("--forceflush")));
        QVERIFY(!res.warnings.isEmpty());
    }

    void refusedConnectionIsAnError() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = shortSpec(2);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = freePort();
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QCOMPARE_ENUM(res.status, RunStatus::Error);
        QVERIFY2(res.error.contains(QLatin1String("Connection refused")), qPrintable(res.error));
        QVERIFY(res.intervals.isEmpty());
    }

    void busyServerIsReported() {
        OwnIperf3Server server(freePort());
        QVERIFY(server.waitListening());
        TestSpec spec = shortSpec(4);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = server.port();
        JobRunner first;
        Recorder r1;
        record(first, r1);
        first.start({spec});
        // The first test's data stream is connected: the server is busy from now on.
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(" connected to "), 15000);
        JobRunner second;
        Recorder r2;
        record(second, r2);
        spec.durationS = 1;
        second.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r2.done, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(r1.done, 30000);
        QCOMPARE_ENUM(r1.results.first().status, RunStatus::Ok);
        const RunResult &busy = r2.results.first();
        QCOMPARE_ENUM(busy.status, RunStatus::Error);
        QVERIFY2(busy.error.contains(QLatin1String("busy")), qPrintable(busy.error));
    }

    void cancelLeavesNoProcess() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        runner.start({shortSpec(30)});
        QTRY_VERIFY_WITH_TIMEOUT(runner.processIds().size() == 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!r.samples.isEmpty(), 15000); // something measured to keep
        const QList<qint64> pids = runner.processIds();
        QElapsedTimer t;
        t.start();
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QVERIFY2(t.elapsed() < 10000, "cancel must not wait for the test to end");
        for (qint64 pid : pids)
            QVERIFY2(!processExists(pid), qPrintable(QStringLiteral("pid %1 survived").arg(pid)));
        const RunResult &res = r.results.first();
        QCOMPARE_ENUM(res.status, RunStatus::Partial);
        QVERIFY(!res.intervals.isEmpty()); // what was measured is kept
        QVERIFY(!res.error.isEmpty());
    }

    void serverKilledMidTestKeepsData() {
        OwnIperf3Server server(freePort());
        QVERIFY(server.waitListening());
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = shortSpec(8);
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = server.port();
        runner.start({spec});
        // Two intervals done on the server's side: the client has complete ones to keep. A slow
        // machine prints the second one as "1.00-2.01": any interval ending at 2 s or later.
        static const QRegularExpression secondInterval(QStringLiteral(R"(-\s*[2-9]\.\d\d\s+sec)"));
        QTRY_VERIFY2_WITH_TIMEOUT(QString::fromLatin1(server.output()).contains(secondInterval),
                                  server.output().right(600).constData(), 15000);
        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 40000);
        const RunResult &res = r.results.first();
        QCOMPARE_ENUM(res.status, RunStatus::Partial);
        QVERIFY(res.intervals.size() >= 1);
        QVERIFY(!res.error.isEmpty());
    }

    void silentServerTimesOutWithTheReason() {
        // A real listening socket that accepts connections and never answers (a wrong port, a
        // hung server): iperf3 and netperf wait forever, Perfdeck's deadline ends them. The
        // three ways of running the client, at once to keep the test short.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held; // accepted and left unanswered
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        const bool haveNetperf =
            !QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty();
        TestSpec json = shortSpec(1);
        json.name = QStringLiteral("iperf3 -J");
        json.host = QStringLiteral("127.0.0.1");
        json.port = silent.serverPort();
        TestSpec text = json;
        text.name = QStringLiteral("iperf3 text");
        text.liveClientText = true;
        TestSpec netperf = json;
        netperf.name = QStringLiteral("netperf");
        netperf.engine = Engine::Netperf;
        QList<TestSpec> specs{json, text};
        if (haveNetperf)
            specs << netperf;
        JobRunner runner;
        runner.setMaxConcurrent(3);
        Recorder r;
        record(runner, r);
        runner.start(specs);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 90000);
        QVERIFY(held.size() >= specs.size());
        const QStringList servers{QStringLiteral("iperf3 server"), QStringLiteral("iperf3 server"),
                                  QStringLiteral("netserver")};
        for (int i = 0; i < specs.size(); ++i) {
            const RunResult &res = runner.results().at(i);
            const QString expected =
                QStringLiteral("no response from the %1 at 127.0.0.1:%2 within 31 s: the port "
                               "accepts connections but no %1 answers")
                    .arg(servers.at(i))
                    .arg(silent.serverPort());
            QVERIFY2(res.error == expected, qPrintable(specs.at(i).name + ": " + res.error));
            QCOMPARE_ENUM(res.status, RunStatus::Error);
            // Nothing was measured: unknown, not 0 bit/s.
            QVERIFY2(!res.summary.throughputBps.has_value(), qPrintable(specs.at(i).name));
            QVERIFY(!res.summary.sentBps.has_value());
        }
        QVERIFY(runner.processIds().isEmpty());
    }

    void repeatsAndMissingBinary() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        runner.setIperf3Path(QStringLiteral("/nonexistent/iperf3"));
        TestSpec spec = shortSpec(1);
        spec.repeat = 2;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.results.size(), 2);
        for (const RunResult &res : r.results) {
            QCOMPARE_ENUM(res.status, RunStatus::Error);
            QVERIFY2(res.error.contains(QLatin1String("/nonexistent/iperf3")),
                     qPrintable(res.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"

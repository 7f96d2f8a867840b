// The host-launcher seam: a run starts its server through the server host's launcher and its
// client through the client host's, takes the server's port from the server host (also when the
// host answers later, as a remote one does), records both hosts by name, and gives the port
// back only once the server process has been reaped. Real iperf3 and netperf on loopback,
// behind a LocalLauncher that records what it was asked for.
#include "exec/hostprocess.h"
#include "exec/iperf3run.h"
#include "exec/jobrunner.h"
#include "exec/locallauncher.h"
#include "exec/netperfrun.h"
#include "testhelpers.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

// A launcher of this machine under another name that records the processes it started, the
// ports it leased and which of those processes were still alive (or unreaped) at each release.
class RecordingLauncher final : public LocalLauncher {
public:
    explicit RecordingLauncher(const QString &name = LocalLauncher::LocalHostName,
                               int leaseDelayMs = 0)
        : m_name(name)
        , m_leaseDelayMs(leaseDelayMs) {}

    QString hostName() const override { return m_name; }

    HostProcess *createProcess(QObject *parent) override {
        HostProcess *p = LocalLauncher::createProcess(parent);
        QObject::connect(p, &HostProcess::started, this, [this, p] {
            m_pids << p->pid();
            m_programs << p->program();
        });
        return p;
    }

    QFuture<PortLease> leasePort() override {
        ++m_leases;
        if (m_leaseDelayMs == 0)
            return LocalLauncher::leasePort();
        // Like a remote host: the answer comes after a round trip.
        auto promise = std::make_shared<QPromise<PortLease>>();
        promise->start();
        QTimer::singleShot(m_leaseDelayMs, this, [this, promise] {
            const PortLease lease = LocalLauncher::leasePort().result();
            m_lateLeases << lease.port;
            promise->addResult(lease);
            promise->finish();
        });
        return promise->future();
    }

    void releasePort(quint16 port) override {
        m_released << port;
        for (qint64 pid : std::as_const(m_pids)) {
            // kill(pid, 0) succeeds for a zombie too: reaped means gone.
            if (::kill(pid_t(pid), 0) == 0)
                m_aliveAtRelease << pid;
        }
        LocalLauncher::releasePort(port);
    }

    QFuture<Iperf3Info> probeIperf3(const QString &explicitPath) override {
        ++m_iperf3Probes;
        return LocalLauncher::probeIperf3(explicitPath);
    }

    QString m_name;
    int m_leaseDelayMs = 0;
    int m_leases = 0;
    int m_iperf3Probes = 0;
    QList<qint64> m_pids;
    QStringList m_programs;
    QList<quint16> m_released;
    QList<quint16> m_lateLeases;
    QList<qint64> m_aliveAtRelease;
};

bool netperfAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty();
}

TestSpec iperf3Spec(double seconds) {
    TestSpec spec;
    spec.durationS = seconds;
    return spec;
}

} // namespace

class TestHostLauncher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
        m_iperf3 = Iperf3Info::probe();
        QVERIFY2(m_iperf3.found, qPrintable(m_iperf3.error));
    }

    void localProcessReportsLinesAndExit() {
        LocalLauncher launcher;
        QVERIFY(launcher.isLocal());
        QCOMPARE(launcher.hostName(), QStringLiteral("local"));
        QCOMPARE(launcher.address(), QStringLiteral("127.0.0.1"));
        std::unique_ptr<HostProcess> p(launcher.createProcess(nullptr));
        QStringList out;
        QStringList err;
        QSignalSpy finished(p.get(), &HostProcess::finished);
        connect(p.get(), &HostProcess::stdoutLine, this, [&out](const QString &l) { out << l; });
        connect(p.get(), &HostProcess::stderrLine, this, [&err](const QString &l) { err << l; });
        p->setProgram(QStringLiteral(PERFDECK_FAKE_TOOL), {QStringLiteral("partial")});
        p->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(out, (QStringList{"first", "second", "partial"}));
        QCOMPARE(finished.first().at(0).toInt(), 0);

        std::unique_ptr<HostProcess> failing(launcher.createProcess(nullptr));
        QSignalSpy failed(failing.get(), &HostProcess::finished);
        connect(failing.get(), &HostProcess::stderrLine, this,
                [&err](const QString &l) { err << l; });
        failing->setProgram(QStringLiteral(PERFDECK_FAKE_TOOL),
                            {QStringLiteral("exit"), QStringLiteral("3")});
        failing->start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toInt(), 3);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("exited with code 3"));
        QCOMPARE(err, QStringList{QStringLiteral("bye")});
        QCOMPARE(failing->stderrText().trimmed(), QStringLiteral("bye"));
    }

    void localLeasesAreDistinctUntilReleased() {
        LocalLauncher launcher;
        const PortLease a = launcher.leasePort().result();
        const PortLease b = launcher.leasePort().result();
        QVERIFY(a.port > 0 && b.port > 0);
        QVERIFY(a.port != b.port);
        QVERIFY(PortAllocator::isFree(QHostAddress::LocalHost, a.port));
        launcher.releasePort(a.port);
        launcher.releasePort(b.port);
    }

    void serverAndClientComeFromTheirHostsLaunchers() {
        // The server host is another launcher than the client's: the run asks each for its
        // own process and records both names.
        RecordingLauncher client;
        RecordingLauncher server(QStringLiteral("lab-server"));
        JobRunner runner;
        runner.setLauncher(&server);
        Recorder r;
        record(runner, r);
        TestSpec spec = iperf3Spec(1);
        spec.serverHost = QStringLiteral("lab-server");
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error + r.log.join('\n')));
        QCOMPARE(res.clientHost, QStringLiteral("local"));
        QCOMPARE(res.serverHost, QStringLiteral("lab-server"));
        QCOMPARE(server.m_iperf3Probes, 1);
        QCOMPARE(server.m_leases, 1);
        QCOMPARE(server.m_pids.size(), 1); // the iperf3 server, and only it
        QVERIFY(r.log.filter(QStringLiteral("server: $ ")).first().contains(QLatin1String("-s")));
        QVERIFY(res.server.startsWith(QLatin1String("127.0.0.1:")));
        QCOMPARE(server.m_released.size(), 1);
        QVERIFY2(server.m_aliveAtRelease.isEmpty(), "the port went back before the server died");
        const QJsonObject json = res.toJson();
        QCOMPARE(json.value(QLatin1String("server_host")).toString(), QStringLiteral("lab-server"));
        QCOMPARE(json.value(QLatin1String("client_host")).toString(), QStringLiteral("local"));
    }

    void unknownHostIsRefusedByName() {
        JobRunner runner;
        Recorder r;
        record(runner, r);
        TestSpec spec = iperf3Spec(1);
        spec.clientHost = QStringLiteral("nowhere");
        runner.start({spec, iperf3Spec(1)});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QCOMPARE(r.results.size(), 2);
        const RunResult refused = runner.results().at(0);
        QCOMPARE_ENUM(refused.status, RunStatus::Error);
        QVERIFY2(refused.error.contains(QLatin1String("unknown host 'nowhere'")) &&
                     refused.error.contains(QLatin1String("local")),
                 qPrintable(refused.error));
        QCOMPARE_ENUM(runner.results().at(1).status, RunStatus::Ok);
    }

    void portArrivingLaterIsUsed() {
        RecordingLauncher host(QStringLiteral("slow"), 300);
        RunHosts hosts{&host, &host};
        Iperf3Run run(iperf3Spec(1), hosts, m_iperf3, m_iperf3, QStringLiteral("run-late"));
        QSignalSpy finished(&run, &TestRun::finished);
        run.start();
        QCOMPARE(run.state(), TestRun::State::StartingServer);
        QVERIFY(finished.wait(30000));
        const auto res = finished.first().first().value<RunResult>();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
        QCOMPARE(host.m_lateLeases.size(), 1);
        QCOMPARE(res.server, QStringLiteral("127.0.0.1:%1").arg(host.m_lateLeases.first()));
        QCOMPARE(host.m_released, host.m_lateLeases);
    }

    void cancelWhileThePortIsRequestedReleasesItLater() {
        RecordingLauncher host(QStringLiteral("slow"), 400);
        RunHosts hosts{&host, &host};
        Iperf3Run run(iperf3Spec(5), hosts, m_iperf3, m_iperf3, QStringLiteral("run-cancel"));
        QSignalSpy finished(&run, &TestRun::finished);
        run.start();
        run.cancel();
        QCOMPARE(finished.size(), 1); // at once: nothing was started
        QCOMPARE_ENUM(finished.first().first().value<RunResult>().status, RunStatus::Error);
        QTRY_COMPARE_WITH_TIMEOUT(host.m_lateLeases.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(host.m_released, host.m_lateLeases, 5000);
        QVERIFY(host.m_pids.isEmpty()); // no server was started for a cancelled run
    }

    void destroyedRunReapsItsServerBeforeReleasingThePort_data() {
        QTest::addColumn<int>("engine");
        QTest::addRow("iperf3") << int(Engine::Iperf3);
        QTest::addRow("netperf") << int(Engine::Netperf);
    }

    void destroyedRunReapsItsServerBeforeReleasingThePort() {
        QFETCH(int, engine);
        if (Engine(engine) == Engine::Netperf && !netperfAvailable())
            QSKIP("netperf/netserver are not installed (packaging/install-deps.sh)");
        RecordingLauncher host;
        RunHosts hosts{&host, &host};
        TestSpec spec = iperf3Spec(30);
        spec.engine = Engine(engine);
        std::unique_ptr<TestRun> run;
        if (spec.engine == Engine::Netperf) {
            const NetperfInfo netperf = NetperfInfo::probe();
            run = std::make_unique<NetperfRun>(spec, hosts, netperf, netperf,
                                               QStringLiteral("run-np"));
        } else {
            run = std::make_unique<Iperf3Run>(spec, hosts, m_iperf3, m_iperf3,
                                              QStringLiteral("run-ip"));
        }
        run->start();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), TestRun::State::Running, 15000);
        const QList<qint64> pids = run->processIds();
        QCOMPARE(pids.size(), 2);
        run.reset(); // e.g. the window closes mid-test
        QCOMPARE(host.m_released.size(), 1);
        QVERIFY2(host.m_aliveAtRelease.isEmpty(),
                 "a process of the run was still there when its port was released");
        for (qint64 pid : pids)
            QVERIFY(!processExists(pid));
    }

    void finishedRunReleasesAfterReaping_data() {
        QTest::addColumn<bool>("cancel");
        QTest::addRow("completed") << false;
        QTest::addRow("cancelled") << true;
    }

    void finishedRunReleasesAfterReaping() {
        QFETCH(bool, cancel);
        RecordingLauncher host;
        RunHosts hosts{&host, &host};
        Iperf3Run run(iperf3Spec(cancel ? 20 : 1), hosts, m_iperf3, m_iperf3,
                      QStringLiteral("run-rel"));
        QSignalSpy finished(&run, &TestRun::finished);
        QSignalSpy samples(&run, &TestRun::intervalSample);
        run.start();
        if (cancel) {
            QVERIFY(samples.wait(15000));
            run.cancel();
        }
        QVERIFY(finished.wait(30000));
        QCOMPARE(host.m_released.size(), 1);
        QCOMPARE(host.m_pids.size(), 2);
        QVERIFY(host.m_aliveAtRelease.isEmpty());
    }

private:
    Iperf3Info m_iperf3;
};

QTEST_GUILESS_MAIN(TestHostLauncher)
#include "tst_hostlauncher.moc"

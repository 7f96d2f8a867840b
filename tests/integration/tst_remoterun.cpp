// Runs whose server and client start over SSH, end to end: an inventory, HostLaunchers on a
// JobRunner, a real OpenSSH sshd on loopback (two inventory names may point at the same sshd)
// and real iperf3 and netperf on its "remote" side. Live samples arrive before the end, cancel
// and a killed sshd leave no tool behind, and a dropped connection keeps what was measured.
#include "sshdfixture.h"
#include "testhelpers.h"

#include "exec/hostlauncher.h"
#include "exec/jobrunner.h"
#include "inventory/inventory.h"
#include "ssh/hostlaunchers.h"
#include "ssh/sshconnectionpool.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <pwd.h>

using namespace Perfdeck;
using TestHelpers::Recorder;
using TestHelpers::SshdFixture;

namespace {

Host sshHost(const QString &name, const SshdFixture &sshd) {
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.1");
    h.port = sshd.port();
    h.user = sshd.loginUser();
    h.auth = HostAuth::Key;
    h.identityFile = sshd.userKey();
    return h;
}

SshOptions optionsFor(const SshdFixture &sshd) {
    SshOptions o;
    o.knownHostsFile = sshd.writeKnownHosts();
    o.useKeychain = false;
    return o;
}

TestSpec remoteSpec(const QString &client, const QString &server, double seconds) {
    TestSpec spec;
    spec.clientHost = client;
    spec.serverHost = server;
    spec.durationS = seconds;
    spec.intervalS = 0.5;
    return spec;
}

// PIDs of the processes a user runs, with their command names (comm).
QHash<qint64, QString> processesOf(uid_t uid) {
    QHash<qint64, QString> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray status = SshdFixture::readFile(QStringLiteral("/proc/%1/status").arg(pid));
        const qsizetype at = status.indexOf("\nUid:");
        if (at < 0)
            continue;
        const QList<QByteArray> f = status.mid(at + 5, 40).simplified().split(' ');
        if (f.value(0).toUInt() != uid)
            continue;
        found.insert(
            pid, QString::fromUtf8(
                     SshdFixture::readFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed()));
    }
    return found;
}

QStringList toolsOf(uid_t uid) {
    QStringList tools;
    const auto procs = processesOf(uid);
    for (auto it = procs.cbegin(); it != procs.cend(); ++it) {
        if (it.value() == QLatin1String("iperf3") || it.value() == QLatin1String("netserver") ||
            it.value() == QLatin1String("netperf"))
            tools << QStringLiteral("%1 (%2)").arg(it.value()).arg(it.key());
    }
    return tools;
}

} // namespace

class TstRemoteRun final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    Inventory m_inventory;
    uid_t m_uid = 0; // the fixture's throw-away login user (as root), 0: not known

    bool runToEnd(JobRunner &runner, Recorder &rec, const QList<TestSpec> &specs, int ms) {
        TestHelpers::record(runner, rec);
        runner.start(specs);
        return QTest::qWaitFor([&] { return rec.done; }, ms);
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        // Two names for one sshd: a run between "two hosts" that share one pooled connection.
        m_inventory.hosts = {sshHost(QStringLiteral("alpha"), m_sshd),
                             sshHost(QStringLiteral("beta"), m_sshd)};
        if (::geteuid() == 0) {
            if (const passwd *pw = ::getpwnam(m_sshd.loginUser().toLocal8Bit().constData()))
                m_uid = pw->pw_uid;
        }
    }

    void unknownNameListsTheKnownOnes() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        QString error;
        QVERIFY(!launchers.launcher(QStringLiteral("gamma"), &error));
        QVERIFY2(error.contains(QLatin1String("unknown host 'gamma'")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("alpha")) && error.contains(QLatin1String("beta")),
                 qPrintable(error));
        JobRunner runner;
        QVERIFY(
            !launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("gamma")}, &error));
        QVERIFY(!runner.launcher(QStringLiteral("alpha"))); // nothing registered
        QVERIFY(launchers.attach(&runner, {QStringLiteral("local"), QStringLiteral("alpha")}));
        QVERIFY(runner.launcher(QStringLiteral("alpha")));
        QVERIFY(runner.launcher(QStringLiteral("local"))->isLocal());
        QVERIFY(!runner.launcher(QStringLiteral("alpha"))->isLocal());
        QCOMPARE(launchers.launcher(QStringLiteral("alpha")),
                 runner.launcher(QStringLiteral("alpha")));
    }

    void launchersLeaveTheRunnerWithThem() {
        JobRunner runner;
        {
            HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
            QVERIFY(launchers.attach(&runner, {QStringLiteral("beta")}));
            QVERIFY(runner.launcher(QStringLiteral("beta")));
        }
        QVERIFY(!runner.launcher(QStringLiteral("beta")));
        QVERIFY(runner.launcher(QStringLiteral("local")));
    }

    void iperf3BothEndsOverSshFollowedLive() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        Recorder rec;
        bool sawRemoteTools = false;
        qint64 firstSampleWhileRunning = -1;
        connect(&runner, &JobRunner::intervalSample, this, [&] {
            if (firstSampleWhileRunning < 0 && runner.isRunning())
                firstSampleWhileRunning = rec.clock.elapsed();
            // Both tools run as the SSH login user, not as a child of this test.
            if (m_uid && toolsOf(m_uid).size() >= 2)
                sawRemoteTools = true;
        });
        QVERIFY(runToEnd(runner, rec, {remoteSpec("alpha", "beta", 3)}, 60000));
        QCOMPARE(rec.results.size(), 1);
        const RunResult r = rec.results.constFirst();
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + rec.log.join(u'\n')));
        // Live: samples came while the test ran, well before its end.
        QVERIFY(firstSampleWhileRunning >= 0);
        QVERIFY2(firstSampleWhileRunning + 1000 < rec.doneAt,
                 qPrintable(QStringLiteral("first sample at %1 ms, done at %2 ms")
                                .arg(firstSampleWhileRunning)
                                .arg(rec.doneAt)));
        QVERIFY(rec.samples.size() >= 4);
        if (m_uid)
            QVERIFY(sawRemoteTools);
        QVERIFY(r.summary.throughputBps.value_or(0) > 0);
        QVERIFY(r.intervals.size() >= 5);
        QVERIFY2(r.toolVersion.startsWith(QLatin1String("iperf 3.")), qPrintable(r.toolVersion));
        // Recorded by inventory name, the address beside.
        QCOMPARE(r.clientHost, QStringLiteral("alpha"));
        QCOMPARE(r.serverHost, QStringLiteral("beta"));
        QCOMPARE(r.clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.serverAddress, QStringLiteral("127.0.0.1"));
        const QJsonObject json = r.toJsonWithoutIntervals();
        QCOMPARE(json.value(QStringLiteral("client_host")).toString(), QStringLiteral("alpha"));
        QCOMPARE(json.value(QStringLiteral("server_address")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(RunResult::fromJson(r.toJson()).serverAddress, QStringLiteral("127.0.0.1"));
        // The remote server was the one-off kind with an idle timeout.
        QVERIFY2(rec.log.filter(QStringLiteral("server: $ "))
                     .join(u' ')
                     .contains(QLatin1String("--idle-timeout ")),
                 qPrintable(rec.log.join(u'\n')));
        // No tool of this run runs on this machine's side.
        QVERIFY(runner.processIds().isEmpty());
        // The batch is over: the connections close (queued after finished()).
        QTRY_COMPARE_WITH_TIMEOUT(launchers.pool()->size(), 0, 5000);
    }

    // On a remote host the client is pinned with taskset and limited with prlimit, one behind
    // the other, each argument quoted on its own.
    void remoteClientPinnedAndMemoryLimited() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        Recorder rec;
        QStringList limits;
        connect(&runner, &JobRunner::intervalSample, this, [&] {
            if (!m_uid || !limits.isEmpty())
                return;
            const auto procs = processesOf(m_uid);
            for (auto it = procs.cbegin(); it != procs.cend(); ++it) {
                if (it.value() == QLatin1String("iperf3") &&
                    TestHelpers::commandOf(it.key()).contains(QLatin1String(" -c ")))
                    limits << TestHelpers::addressSpaceLimit(it.key());
            }
        });
        TestSpec spec = remoteSpec("alpha", "beta", 2);
        spec.affinity = QStringLiteral("0");
        spec.memoryLimitBytes = qint64(512) << 20;
        QVERIFY(runToEnd(runner, rec, {spec}, 60000));
        const RunResult r = rec.results.constFirst();
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + rec.log.join(u'\n')));
        static const QRegularExpression gated(
            QStringLiteral("client: \\$ taskset -c 0 prlimit --as=536870912 -- \\S*iperf3 -c "));
        QVERIFY2(rec.log.join(u'\n').contains(gated), qPrintable(rec.log.join(u'\n')));
        if (m_uid)
            QCOMPARE(limits, QStringList{QStringLiteral("536870912")});
        QCOMPARE(r.memoryLimitBytes, spec.memoryLimitBytes);
    }

    // Instances whose clients run on another host start behind a barrier there too: each
    // client's wrapper is spawned and waits, then all are let go at once and report the
    // host's clock, so the result has a measured start skew (none was measured before).
    void remoteInstancesStartBehindABarrier() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        Recorder rec;
        TestSpec spec = remoteSpec("alpha", "beta", 2);
        spec.instances = 4;
        QVERIFY(runToEnd(runner, rec, {spec}, 90000));
        QCOMPARE(rec.results.size(), 4);
        qInfo("start skew of 4 clients on the remote host: %.2f ms",
              rec.results.constFirst().startSkewMs.value_or(-1));
        for (const RunResult &r : std::as_const(rec.results)) {
            QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + rec.log.join(u'\n')));
            QVERIFY(r.summary.throughputBps.value_or(0) > 0);
            QVERIFY2(r.startSkewMs.has_value(), "no start skew measured on the remote host");
            // One host's clock: a skew is a difference of stamps taken within the test.
            QVERIFY(*r.startSkewMs >= 0 && *r.startSkewMs < 2000);
        }
        QCOMPARE(
            rec.log.filter(QRegularExpression(QStringLiteral("client: \\$ \\S*iperf3 -c "))).size(),
            4);
    }

    // A run cancelled while its remote clients wait at the barrier runs no client at all and
    // leaves nothing on the host.
    void cancelAtTheRemoteBarrierRunsNoClient() {
        if (!m_uid)
            QSKIP("needs root to see the fixture user's processes");
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        Recorder rec;
        TestHelpers::record(runner, rec);
        TestSpec spec = remoteSpec("alpha", "beta", 2);
        spec.instances = 2;
        // Cancel as soon as the first client is logged: the others are still being set up.
        bool cancelled = false;
        connect(&runner, &JobRunner::logLine, this, [&](int, const QString &, const QString &line) {
            if (!cancelled && line.startsWith(QLatin1String("$ ")) &&
                line.contains(QLatin1String(" -c "))) {
                cancelled = true;
                runner.cancel();
            }
        });
        runner.start({spec});
        QVERIFY(QTest::qWaitFor([&] { return rec.done; }, 60000));
        QVERIFY(cancelled);
        for (const RunResult &r : std::as_const(rec.results))
            QVERIFY2(r.intervals.isEmpty(), qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(toolsOf(m_uid).isEmpty(), 10000);
    }

    void localClientRemoteServer() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("beta")}));
        Recorder rec;
        QVERIFY(runToEnd(runner, rec, {remoteSpec("local", "beta", 2)}, 60000));
        const RunResult r = rec.results.value(0);
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + rec.log.join(u'\n')));
        QCOMPARE(r.clientHost, QStringLiteral("local"));
        QCOMPARE(r.serverHost, QStringLiteral("beta"));
        QVERIFY(r.summary.throughputBps.value_or(0) > 0);
        QVERIFY(!rec.samples.isEmpty());
    }

    void cancelLeavesNoProcessOnTheHost() {
        if (!m_uid)
            QSKIP("needs root: the sshd fixture's own login user tells its processes apart");
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        Recorder rec;
        TestHelpers::record(runner, rec);
        runner.start({remoteSpec("alpha", "beta", 30)});
        QVERIFY(QTest::qWaitFor([&] { return rec.samples.size() >= 2; }, 30000));
        QVERIFY2(toolsOf(m_uid).size() >= 2, qPrintable(toolsOf(m_uid).join(u' ')));
        runner.cancel();
        QVERIFY(QTest::qWaitFor([&] { return rec.done; }, 20000));
        const RunResult r = rec.results.value(0);
        QVERIFY2(r.status != RunStatus::Ok, qPrintable(r.error));
        QVERIFY(!r.intervals.isEmpty()); // what was measured is kept
        QVERIFY(rec.doneAt < 25000);     // long before the 30 s test would have ended
        // Nothing of the run is left on the "remote" host; once the batch's connections are
        // closed, not even their sessions.
        QTRY_VERIFY2_WITH_TIMEOUT(toolsOf(m_uid).isEmpty(), qPrintable(toolsOf(m_uid).join(u' ')),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(processesOf(m_uid).isEmpty(), 10000);
    }

    void netperfTcpStreamOverSsh() {
        if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty())
            QSKIP("netperf is not installed (packaging/install-deps.sh)");
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha"), QStringLiteral("beta")}));
        TestSpec spec = remoteSpec("alpha", "beta", 3);
        spec.engine = Engine::Netperf;
        spec.netperfTest = QStringLiteral("TCP_STREAM");
        Recorder rec;
        qint64 firstSampleWhileRunning = -1;
        connect(&runner, &JobRunner::intervalSample, this, [&] {
            if (firstSampleWhileRunning < 0 && runner.isRunning())
                firstSampleWhileRunning = rec.clock.elapsed();
        });
        QVERIFY(runToEnd(runner, rec, {spec}, 60000));
        const RunResult r = rec.results.value(0);
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + rec.log.join(u'\n')));
        QCOMPARE_ENUM(r.engine, Engine::Netperf);
        QCOMPARE(r.test, QStringLiteral("TCP_STREAM"));
        QVERIFY(r.summary.throughputBps.value_or(0) > 0);
        QVERIFY(!r.intervals.isEmpty());
        QVERIFY(firstSampleWhileRunning >= 0 && firstSampleWhileRunning < rec.doneAt);
        QCOMPARE(r.serverHost, QStringLiteral("beta"));
        QVERIFY2(rec.log.filter(QStringLiteral("server: $ "))
                     .join(u' ')
                     .contains(QLatin1String("netserver -D")),
                 qPrintable(rec.log.join(u'\n')));
        if (m_uid)
            QTRY_VERIFY2_WITH_TIMEOUT(toolsOf(m_uid).isEmpty(),
                                      qPrintable(toolsOf(m_uid).join(u' ')), 10000);
    }

    // Last: it uses its own sshd and kills it.
    void sshdKilledMidRunKeepsPartialData() {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        Inventory inventory;
        inventory.hosts = {sshHost(QStringLiteral("doomed"), sshd)};
        uid_t uid = 0;
        if (::geteuid() == 0) {
            if (const passwd *pw = ::getpwnam(sshd.loginUser().toLocal8Bit().constData()))
                uid = pw->pw_uid;
        }
        HostLaunchers launchers(inventory, optionsFor(sshd));
        JobRunner runner;
        QVERIFY(launchers.attach(&runner, {QStringLiteral("doomed")}));
        Recorder rec;
        TestHelpers::record(runner, rec);
        runner.start({remoteSpec("doomed", "doomed", 30)});
        QVERIFY(QTest::qWaitFor([&] { return rec.samples.size() >= 2; }, 30000));
        sshd.killSshdOnly();
        QVERIFY(QTest::qWaitFor([&] { return rec.done; }, 30000));
        const RunResult r = rec.results.value(0);
        QCOMPARE_ENUM(r.status, RunStatus::Partial);
        QVERIFY(r.intervals.size() >= 2);
        QVERIFY(r.summary.throughputBps.value_or(0) > 0); // the figures of the time it ran
        QVERIFY2(r.error.contains(QLatin1String("doomed")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("lost")), qPrintable(r.error));
        qInfo("error of the run: %s", qPrintable(r.error));
        if (uid)
            QTRY_VERIFY2_WITH_TIMEOUT(toolsOf(uid).isEmpty(), qPrintable(toolsOf(uid).join(u' ')),
                                      10000);
    }
};

QTEST_GUILESS_MAIN(TstRemoteRun)
#include "tst_remoterun.moc"

// Resource sampling of a remote host over the test sshd (a real OpenSSH on loopback, its
// throw-away login user on the "remote" side): a run with both ends on that host gets the
// host's process and interface samples, two concurrent runs there share ONE sampler loop on the
// host, and a sampler whose host disappears (sshd killed) ends with a reason naming it.
#include "sshdfixture.h"
#include "testhelpers.h"

#include "exec/jobrunner.h"
#include "inventory/inventory.h"
#include "monitor/hostresourcesampler.h"
#include "monitor/resourcemonitor.h"
#include "ssh/hostlaunchers.h"

#include <QTest>

#include <pwd.h>

using namespace Perfdeck;
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

// Process groups of a user whose command line is the sampler loop.
QSet<qint64> samplerGroupsOf(uid_t uid) {
    QSet<qint64> groups;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFileInfo info(QStringLiteral("/proc/%1").arg(pid));
        if (info.ownerId() != uid)
            continue;
        if (!SshdFixture::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid))
                 .contains("@snapshot"))
            continue;
        const auto stat = ProcSnapshot::parseStat(
            QString::fromUtf8(SshdFixture::readFile(QStringLiteral("/proc/%1/stat").arg(pid))));
        if (stat)
            groups << stat->pgrp;
    }
    return groups;
}

} // namespace

class TstRemoteResources final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    Inventory m_inventory;
    uid_t m_uid = 0;

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_inventory.hosts = {sshHost(QStringLiteral("alpha"), m_sshd)};
        if (::geteuid() == 0) {
            if (const passwd *pw = ::getpwnam(m_sshd.loginUser().toLocal8Bit().constData()))
                m_uid = pw->pw_uid;
        }
    }

    void remoteRunsGetTheHostsSamplesFromOneSampler() {
        HostLaunchers launchers(m_inventory, optionsFor(m_sshd));
        JobRunner runner;
        runner.setMaxConcurrent(2);
        QVERIFY(launchers.attach(&runner, {QStringLiteral("alpha")}));
        TestHelpers::Recorder rec;
        TestHelpers::record(runner, rec);
        QSet<qint64> samplerGroupsSeen;
        int maxSamplersAtOnce = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (!m_uid)
                return;
            const QSet<qint64> now = samplerGroupsOf(m_uid);
            samplerGroupsSeen += now;
            maxSamplersAtOnce = std::max(maxSamplersAtOnce, int(now.size()));
        });
        watch.start(100);
        TestSpec spec;
        spec.clientHost = QStringLiteral("alpha");
        spec.serverHost = QStringLiteral("alpha");
        spec.durationS = 4;
        spec.intervalS = 0.5;
        runner.start({spec, spec});
        QVERIFY(QTest::qWaitFor([&] { return rec.done; }, 90000));
        watch.stop();
        QCOMPARE(rec.results.size(), 2);
        for (const RunResult &r : std::as_const(rec.results)) {
            QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
            QVERIFY(r.resources);
            QStringList roles;
            for (const ProcessUsage &p : r.resources->processes) {
                roles << p.role;
                QCOMPARE(p.host, QStringLiteral("alpha"));
                QCOMPARE(p.program, QStringLiteral("iperf3"));
                QVERIFY2(p.samples.size() >= 3, qPrintable(QString::number(p.samples.size())));
                QVERIFY(p.cpuMeanPercent().value_or(0) > 1);
                QVERIFY(p.rssMaxBytes().value_or(0) > 0);
            }
            roles.sort();
            QCOMPARE(roles, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
            bool remoteLo = false;
            for (const InterfaceUsage &i : r.resources->interfaces)
                remoteLo = remoteLo || (i.host == QLatin1String("alpha") && i.name == "lo");
            QVERIFY(remoteLo);
            QVERIFY2(r.resources->notes.isEmpty(), qPrintable(r.resources->notes.join(u'\n')));
        }
        if (m_uid) {
            // One loop on the host at a time for both runs (restarted when the PIDs change).
            QCOMPARE(maxSamplersAtOnce, 1);
            QVERIFY(!samplerGroupsSeen.isEmpty());
            // ... and none left once the batch is over.
            QTRY_VERIFY_WITH_TIMEOUT(samplerGroupsOf(m_uid).isEmpty(), 10000);
        }
    }

    void samplerEndsWhenItsHostDisappears() {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        Inventory inventory;
        inventory.hosts = {sshHost(QStringLiteral("doomed"), sshd)};
        HostLaunchers launchers(inventory, optionsFor(sshd));
        QString error;
        HostLauncher *launcher = launchers.launcher(QStringLiteral("doomed"), &error);
        QVERIFY2(launcher, qPrintable(error));
        HostResourceSampler sampler(launcher, 0.5);
        int snapshots = 0;
        QString ended;
        connect(&sampler, &HostResourceSampler::snapshot, this, [&] { ++snapshots; });
        connect(&sampler, &HostResourceSampler::ended, this,
                [&](const QString &reason) { ended = reason; });
        sampler.start();
        QVERIFY(QTest::qWaitFor([&] { return snapshots >= 2; }, 30000));
        QVERIFY(sampler.isRemote());
        sshd.killSshdOnly();
        QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 30000));
        qInfo("%s", qPrintable(ended));
        QVERIFY2(ended.contains(QLatin1String("doomed")), qPrintable(ended));
        QVERIFY(!sampler.isActive());
        const int before = snapshots;
        QTest::qWait(1000);
        QCOMPARE(snapshots, before);
    }
};

QTEST_GUILESS_MAIN(TstRemoteResources)
#include "tst_remoteresources.moc"

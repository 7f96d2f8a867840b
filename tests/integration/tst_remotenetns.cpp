// Remote runs between this machine and a host that is really elsewhere: a network namespace
// created by the test (veth pair, its own addresses) runs a real sshd, so 127.0.0.1 means
// something different on each side. A server on this machine for a client in the namespace
// must bind to the address the namespace reaches this machine at (learned from the SSH
// session), and a server in the namespace binds to its inventory address.
#include "sshdfixture.h"
#include "testhelpers.h"

#include "exec/jobrunner.h"
#include "inventory/inventory.h"
#include "ssh/hostlaunchers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::Recorder;
using TestHelpers::SshdFixture;

namespace {

bool sh(const QStringList &args, QString *error = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(args.value(0), args.mid(1));
    const bool ok =
        p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(p.readAll());
    return ok;
}

} // namespace

class TstRemoteNetns final : public QObject {
    Q_OBJECT
private:
    QString m_ns;
    QString m_hostSide; // this machine's address on the link
    QString m_nsSide;   // the namespace's address
    std::unique_ptr<SshdFixture> m_sshd;
    Inventory m_inventory;

    RunResult runBetween(const QString &client, const QString &server, QStringList *log) {
        SshOptions options;
        options.knownHostsFile = m_sshd->writeKnownHosts();
        options.useKeychain = false;
        HostLaunchers launchers(m_inventory, options);
        JobRunner runner;
        if (!launchers.attach(&runner, {client, server}))
            return {};
        Recorder rec;
        TestHelpers::record(runner, rec);
        TestSpec spec;
        spec.clientHost = client;
        spec.serverHost = server;
        spec.durationS = 2;
        spec.intervalS = 0.5;
        runner.start({spec});
        if (!QTest::qWaitFor([&] { return rec.done; }, 60000))
            log->append(QStringLiteral("the run did not finish within 60 s"));
        *log = rec.log + *log;
        return rec.results.value(0);
    }

private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root");
        if (!SshdFixture::available() || !TestHelpers::iperf3Available())
            QSKIP("needs sshd and iperf3");
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
            QSKIP("needs iproute2 (ip)");
        const quint32 n = QRandomGenerator::global()->bounded(1u, 250u);
        const QString tag = QString::number(QRandomGenerator::global()->bounded(100000u), 36);
        m_ns = QStringLiteral("pdssh_") + tag;
        const QString hostIf = QStringLiteral("pdsh") + tag;
        const QString nsIf = QStringLiteral("pdsn") + tag;
        m_hostSide = QStringLiteral("10.203.%1.1").arg(n);
        m_nsSide = QStringLiteral("10.203.%1.2").arg(n);
        QString error;
        const QString ipBin = QStringLiteral("ip");
        const bool ok =
            sh({ipBin, "netns", "add", m_ns}, &error) &&
            sh({ipBin, "link", "add", hostIf, "type", "veth", "peer", "name", nsIf}, &error) &&
            sh({ipBin, "link", "set", nsIf, "netns", m_ns}, &error) &&
            sh({ipBin, "addr", "add", m_hostSide + "/24", "dev", hostIf}, &error) &&
            sh({ipBin, "link", "set", hostIf, "up"}, &error) &&
            sh({ipBin, "-n", m_ns, "addr", "add", m_nsSide + "/24", "dev", nsIf}, &error) &&
            sh({ipBin, "-n", m_ns, "link", "set", nsIf, "up"}, &error) &&
            sh({ipBin, "-n", m_ns, "link", "set", "lo", "up"}, &error);
        QVERIFY2(ok, qPrintable(error));
        m_sshd = std::make_unique<SshdFixture>();
        m_sshd->setNetworkNamespace(m_ns, m_nsSide);
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        Host h;
        h.name = QStringLiteral("far");
        h.address = m_nsSide;
        h.port = m_sshd->port();
        h.user = m_sshd->loginUser();
        h.auth = HostAuth::Key;
        h.identityFile = m_sshd->userKey();
        m_inventory.hosts = {h};
    }
    void cleanupTestCase() {
        m_sshd.reset();
        if (!m_ns.isEmpty())
            sh({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_ns});
    }

    void serverHereClientThere() {
        QStringList log;
        const RunResult r = runBetween(QStringLiteral("far"), QStringLiteral("local"), &log);
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + u'\n' + log.join(u'\n')));
        // Not 127.0.0.1: that is the namespace's own loopback.
        QCOMPARE(r.serverAddress, m_hostSide);
        QVERIFY2(log.filter(QStringLiteral("server: $ ")).join(u' ').contains(m_hostSide),
                 qPrintable(log.join(u'\n')));
        QVERIFY(r.summary.throughputBps.value_or(0) > 0);
    }

    void serverThereClientHere() {
        QStringList log;
        const RunResult r = runBetween(QStringLiteral("local"), QStringLiteral("far"), &log);
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + u'\n' + log.join(u'\n')));
        QCOMPARE(r.serverAddress, m_nsSide);
        QVERIFY(r.summary.throughputBps.value_or(0) > 0);
    }

    void bothThere() {
        QStringList log;
        const RunResult r = runBetween(QStringLiteral("far"), QStringLiteral("far"), &log);
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error + u'\n' + log.join(u'\n')));
        QCOMPARE(r.clientAddress, m_nsSide);
        QCOMPARE(r.serverAddress, m_nsSide);
    }
};

QTEST_GUILESS_MAIN(TstRemoteNetns)
#include "tst_remotenetns.moc"

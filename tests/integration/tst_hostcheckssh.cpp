// `hosts check` over SSH against a real OpenSSH sshd on loopback: login, the round trip of a
// command, the tools found by the remote shell with their versions, disk and load; host keys
// unknown (refused with the fingerprint, or accepted and saved) and changed (refused with both
// fingerprints); a tool path that does not exist; a closed port; several hosts at once.
#include "sshdfixture.h"

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "inventory/hostchecker.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

QList<HostStatus> runChecks(HostChecker &checker, const Inventory &inventory,
                            const QStringList &names) {
    QList<HostStatus> results;
    QObject context;
    QObject::connect(&checker, &HostChecker::hostChecked, &context,
                     [&results](const HostStatus &s) { results << s; });
    QSignalSpy finished(&checker, &HostChecker::finished);
    checker.start(inventory, names);
    if (!finished.wait(60000))
        qWarning("checks did not finish");
    return results;
}

} // namespace

class TestHostCheckSsh final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;

    Host sshHost(const QString &name) const {
        Host h;
        h.name = name;
        h.address = QStringLiteral("127.0.0.1");
        h.port = m_sshd.port();
        h.user = m_sshd.loginUser();
        h.auth = HostAuth::Key;
        h.identityFile = m_sshd.userKey();
        return h;
    }
    HostChecker::Options options(const QString &knownHosts) const {
        HostChecker::Options o;
        o.knownHostsFile = knownHosts;
        o.useKeychain = false;
        o.timeoutMs = 20000; // a loaded test machine, not a slow host
        return o;
    }
    HostStatus checkOne(const Host &host, const HostChecker::Options &o) {
        Inventory inventory;
        inventory.hosts << host;
        HostChecker checker;
        checker.setOptions(o);
        const QList<HostStatus> results = runChecks(checker, inventory, {host.name});
        return results.value(0);
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    }

    void reachableHostWithTools() {
        const HostStatus s =
            checkOne(sshHost(QStringLiteral("far")), options(m_sshd.writeKnownHosts()));
        QCOMPARE(s.host, QStringLiteral("far"));
        QCOMPARE(s.tcpReachable, std::optional(true));
        QVERIFY2(s.sshOk == true, qPrintable(s.sshError));
        QVERIFY(s.sshError.isEmpty());
        QVERIFY(s.sshConnectMs && *s.sshConnectMs > 0);
        // The RTT is the network's (the TCP connect); the command round trip is a real exec,
        // which takes longer than a loopback connect (a channel, sshd starting a shell).
        QVERIFY(s.rttMs && *s.rttMs > 0);
        QCOMPARE(s.rttMs, s.tcpConnectMs);
        QVERIFY(s.commandRoundTripMs && *s.commandRoundTripMs > *s.rttMs);
        // The "remote" host is this machine seen through sshd: the same tools.
        const Iperf3Info iperf3 = Iperf3Info::probe();
        QCOMPARE(s.iperf3Path, iperf3.path);
        QCOMPARE(s.iperf3Version, iperf3.versionString());
        const NetperfInfo netperf = NetperfInfo::probe();
        if (netperf.found) {
            QCOMPARE(s.netperfVersion, netperf.versionString());
            QCOMPARE(s.netserverPath, netperf.netserverPath);
        }
        QVERIFY(s.load1 && s.load5 && s.load15);
        QVERIFY(s.cpuCount && *s.cpuCount >= 1);
        QVERIFY(s.diskFreeBytes && *s.diskFreeBytes > 0);
        QVERIFY(!s.diskPath.isEmpty());
        QVERIFY2(s.level != HostStatus::Level::Error, qPrintable(s.summary));
        if (netperf.found)
            QVERIFY2(s.level == HostStatus::Level::Ok || s.summary.startsWith("load"),
                     qPrintable(s.summary));
    }

    void toolPathThatDoesNotExist() {
        Host h = sshHost(QStringLiteral("no-iperf3"));
        h.iperf3Path = QStringLiteral("/nonexistent/bin/iperf3");
        const HostStatus s = checkOne(h, options(m_sshd.writeKnownHosts()));
        QVERIFY2(s.sshOk == true, qPrintable(s.sshError));
        QVERIFY(s.iperf3Path.isEmpty());
        QVERIFY(s.iperf3Version.isEmpty());
        QCOMPARE(toString(s.level), QStringLiteral("warning"));
        QVERIFY2(s.summary.contains(QLatin1String("no iperf3")), qPrintable(s.summary));
        QVERIFY(s.notes.contains(QStringLiteral("iperf3 not found on the host's PATH")));
    }

    void unknownKeyRefusedWithFingerprint() {
        const QString empty = m_sshd.path(QStringLiteral("known_hosts_empty"));
        QFile::remove(empty);
        const HostStatus s = checkOne(sshHost(QStringLiteral("new")), options(empty));
        QCOMPARE(s.sshOk, std::optional(false));
        QCOMPARE(toString(s.level), QStringLiteral("error"));
        QVERIFY2(s.sshError.contains(m_sshd.opensshFingerprint()), qPrintable(s.sshError));
        QVERIFY2(s.sshError.contains(QLatin1String("--accept-new-host-keys")),
                 qPrintable(s.sshError));
        QVERIFY(s.summary.startsWith(QLatin1String("SSH failed: ")));
        QVERIFY(s.iperf3Path.isEmpty()); // nothing ran
        QVERIFY(!QFile::exists(empty) || SshdFixture::readFile(empty).isEmpty());
    }

    void unknownKeyAcceptedAndSaved() {
        const QString file = m_sshd.path(QStringLiteral("known_hosts_accept"));
        QFile::remove(file);
        HostChecker::Options o = options(file);
        o.acceptNewHostKeys = true;
        const HostStatus s = checkOne(sshHost(QStringLiteral("new")), o);
        QVERIFY2(s.sshOk == true, qPrintable(s.sshError));
        const QByteArray saved = SshdFixture::readFile(file);
        QVERIFY2(saved.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()).toUtf8()),
                 saved.constData());
        // Known now: a second check without the flag logs in.
        const HostStatus again = checkOne(sshHost(QStringLiteral("new")), options(file));
        QVERIFY2(again.sshOk == true, qPrintable(again.sshError));
    }

    void changedKeyRefusedWithBothFingerprints() {
        QVERIFY(m_sshd.makeKey(QStringLiteral("otherhostkey"), QStringLiteral("ed25519")));
        const QByteArray other =
            SshdFixture::readFile(m_sshd.path(QStringLiteral("otherhostkey.pub"))).trimmed();
        const QString file = m_sshd.path(QStringLiteral("known_hosts_changed"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8() + other + '\n');
        f.close();
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-l"), QStringLiteral("-f"),
                      m_sshd.path(QStringLiteral("otherhostkey.pub"))});
        QVERIFY(keygen.waitForFinished(10000));
        const QString otherFingerprint =
            QString::fromLatin1(keygen.readAllStandardOutput().split(' ').value(1));
        QVERIFY(otherFingerprint.startsWith(QLatin1String("SHA256:")));

        HostChecker::Options o = options(file);
        o.acceptNewHostKeys = true; // never overrides a changed key
        const HostStatus s = checkOne(sshHost(QStringLiteral("moved")), o);
        QCOMPARE(s.sshOk, std::optional(false));
        QCOMPARE(toString(s.level), QStringLiteral("error"));
        QVERIFY2(s.sshError.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(s.sshError));
        QVERIFY2(s.sshError.contains(m_sshd.opensshFingerprint()), qPrintable(s.sshError));
        QVERIFY2(s.sshError.contains(otherFingerprint), qPrintable(s.sshError));
        QCOMPARE(SshdFixture::readFile(file).count('\n'), 1); // nothing appended
    }

    void closedPortIsUnreachable() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        Host h = sshHost(QStringLiteral("down"));
        h.port = probe.serverPort();
        probe.close();
        const HostStatus s = checkOne(h, options(m_sshd.writeKnownHosts()));
        QCOMPARE(s.tcpReachable, std::optional(false));
        QVERIFY(!s.sshOk); // not tried
        QCOMPARE(toString(s.level), QStringLiteral("error"));
        QVERIFY2(s.summary.contains(QLatin1String("refused")), qPrintable(s.summary));
    }

    void notSshOnThePort() {
        // A listener that accepts and never speaks SSH: the handshake times out, named.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Host h = sshHost(QStringLiteral("mute"));
        h.port = silent.serverPort();
        HostChecker::Options o = options(m_sshd.writeKnownHosts());
        o.timeoutMs = 1000;
        const HostStatus s = checkOne(h, o);
        QCOMPARE(s.tcpReachable, std::optional(true));
        QCOMPARE(s.sshOk, std::optional(false));
        QVERIFY2(s.sshError.contains(QLatin1String("mute")), qPrintable(s.sshError));
        QCOMPARE(toString(s.level), QStringLiteral("error"));
    }

    void severalHostsInParallelOverOnePool() {
        Inventory inventory;
        QStringList names;
        for (int i = 0; i < 4; ++i) {
            inventory.hosts << sshHost(QStringLiteral("h%1").arg(i));
            names << inventory.hosts.last().name;
        }
        inventory.hosts[3].iperf3Path = QStringLiteral("/nonexistent/iperf3");
        HostChecker checker;
        HostChecker::Options o = options(m_sshd.writeKnownHosts());
        o.maxParallel = 2;
        checker.setOptions(o);
        int inFlight = 0;
        int maxInFlight = 0;
        QObject context;
        connect(&checker, &HostChecker::hostStarted, &context,
                [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
        connect(&checker, &HostChecker::hostChecked, &context, [&] { --inFlight; });
        const QList<HostStatus> results = runChecks(checker, inventory, names);
        QCOMPARE(results.size(), 4);
        QCOMPARE(maxInFlight, 2);
        for (const HostStatus &s : results) {
            QVERIFY2(s.sshOk == true, qPrintable(s.host + ": " + s.sshError));
            QCOMPARE(s.iperf3Found(), s.host != QLatin1String("h3"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostCheckSsh)
#include "tst_hostcheckssh.moc"

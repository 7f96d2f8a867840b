// The environment of both ends of a run, against independent oracles: this machine's values
// as uname, getconf, sysctl, /sys and `ip route get` report them; the same values collected
// over a real sshd on loopback (the "remote" host is this machine); shell metacharacters in
// the peer executing nothing; and a real iperf3 run through JobRunner carrying both ends.
#include "sshdfixture.h"

#include "engines/iperf3info.h"
#include "exec/environmentcollector.h"
#include "exec/jobrunner.h"
#include "ssh/sshconnection.h"
#include "ssh/sshlauncher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString sysctl(const QString &key) {
    return run(QStringLiteral("sysctl"), {QStringLiteral("-n"), key})
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
}

QList<qint64> numbers(const QString &text) {
    QList<qint64> out;
    for (const QString &f : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << f.toLongLong();
    return out;
}

// What `ip route get` says about the device to address (reads the kernel's FIB; no packet).
QString ipRouteDevice(const QString &address) {
    const QStringList f = run(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("route"),
                                                     QStringLiteral("get"), address})
                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype dev = f.indexOf(QStringLiteral("dev"));
    return dev >= 0 ? f.value(dev + 1) : QString();
}

QString readSys(const QString &path) {
    return QString::fromUtf8(SshdFixture::readFile(path)).trimmed();
}

HostEnvironment await(QFuture<HostEnvironment> f) {
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < 30000)
        QTest::qWait(10);
    return f.isFinished() && f.resultCount() > 0 ? f.result() : HostEnvironment();
}

// The fields that must agree wherever the same machine is read from.
void compareMachine(const HostEnvironment &a, const HostEnvironment &b) {
    QCOMPARE(a.os, b.os);
    QCOMPARE(a.kernel, b.kernel);
    QCOMPARE(a.machine, b.machine);
    QCOMPARE(a.cpuModel, b.cpuModel);
    QCOMPARE(a.cpuCount, b.cpuCount);
    QCOMPARE(a.interfaceName, b.interfaceName);
    QCOMPARE(a.mtu, b.mtu);
    QCOMPARE(a.linkSpeedMbps, b.linkSpeedMbps);
    QCOMPARE(a.congestionControl, b.congestionControl);
    QCOMPARE(a.rmemMax, b.rmemMax);
    QCOMPARE(a.wmemMax, b.wmemMax);
    QCOMPARE(a.tcpRmem, b.tcpRmem);
    QCOMPARE(a.tcpWmem, b.tcpWmem);
}

} // namespace

class TestEnvironmentCollector final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    std::unique_ptr<SshConnection> m_conn;
    std::unique_ptr<SshLauncher> m_launcher;
    bool m_sshReady = false;

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available() || !m_sshd.start())
            return; // the remote cases skip
        SshTarget t;
        t.name = QStringLiteral("far");
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_sshd.port();
        t.user = m_sshd.loginUser();
        t.auth = SshTarget::Auth::Key;
        t.identityFile = m_sshd.userKey();
        SshOptions o;
        o.knownHostsFile = m_sshd.writeKnownHosts();
        o.useKeychain = false;
        m_conn = std::make_unique<SshConnection>(t, o);
        m_conn->open();
        m_launcher = std::make_unique<SshLauncher>(m_conn.get(), QStringLiteral("far"),
                                                   QStringLiteral("127.0.0.1"));
        m_sshReady = true;
    }
    void cleanupTestCase() {
        m_launcher.reset();
        m_conn.reset();
    }

    void localValuesAreTheKernels() {
        const HostEnvironment e = EnvironmentCollector::collectLocal(QStringLiteral("127.0.0.1"));
        QCOMPARE(e.host, QStringLiteral("local"));
        QCOMPARE(e.peer, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.kernel, run(QStringLiteral("uname"), {QStringLiteral("-r")}));
        QCOMPARE(e.machine, run(QStringLiteral("uname"), {QStringLiteral("-m")}));
        QCOMPARE(e.cpuCount,
                 std::optional(run(QStringLiteral("getconf"), {"_NPROCESSORS_ONLN"}).toInt()));
        QVERIFY(!e.os.isEmpty());
        QVERIFY(run(QStringLiteral("sh"), {"-c", ". /etc/os-release; echo \"$PRETTY_NAME\""}) ==
                e.os);
        QCOMPARE(e.interfaceName, QStringLiteral("lo"));
        QCOMPARE(e.mtu, std::optional(readSys("/sys/class/net/lo/mtu").toInt()));
        QVERIFY(!e.linkSpeedMbps); // lo has no link speed: null, not 0
        QCOMPARE(e.congestionControl, sysctl("net.ipv4.tcp_congestion_control"));
        QCOMPARE(e.rmemMax, std::optional(sysctl("net.core.rmem_max").toLongLong()));
        QCOMPARE(e.wmemMax, std::optional(sysctl("net.core.wmem_max").toLongLong()));
        QCOMPARE(e.tcpRmem, numbers(sysctl("net.ipv4.tcp_rmem")));
        QCOMPARE(e.tcpWmem, numbers(sysctl("net.ipv4.tcp_wmem")));
        QCOMPARE(e.tcpRmem.size(), 3);
    }

    void routeAgreesWithIpRouteGet_data() {
        QTest::addColumn<QString>("address");
        QTest::addRow("loopback") << "127.0.0.1";
        QTest::addRow("loopback range") << "127.9.8.7";
        QTest::addRow("documentation net") << "192.0.2.77";
        QTest::addRow("elsewhere") << "198.51.100.20";
        QTest::addRow("ipv6 loopback") << "::1";
        // This host's own first non-loopback address: the kernel routes it through lo.
        const QStringList own =
            run(QStringLiteral("hostname"), {QStringLiteral("-I")}).split(QLatin1Char(' '));
        if (!own.value(0).isEmpty())
            QTest::addRow("own address") << own.value(0);
    }
    void routeAgreesWithIpRouteGet() {
        QFETCH(QString, address);
        const QString expected = ipRouteDevice(address);
        if (expected.isEmpty())
            QSKIP("ip route get knows no route to this address here");
        const HostEnvironment e = EnvironmentCollector::collectLocal(address);
        QCOMPARE(e.interfaceName, expected);
        QCOMPARE(e.mtu, std::optional(readSys("/sys/class/net/" + expected + "/mtu").toInt()));
        const qint64 speed = readSys("/sys/class/net/" + expected + "/speed").toLongLong();
        QCOMPARE(e.linkSpeedMbps, speed > 0 ? std::optional(speed) : std::nullopt);
    }

    void localThroughTheLauncherInterface() {
        JobRunner runner; // owns this machine's launcher
        const HostEnvironment e =
            await(EnvironmentCollector::collect(runner.launcher(QString()), "127.0.0.1"));
        compareMachine(e, EnvironmentCollector::collectLocal(QStringLiteral("127.0.0.1")));
    }

    void remoteOverSshEqualsLocal() {
        if (!m_sshReady)
            QSKIP("no sshd");
        const HostEnvironment remote =
            await(EnvironmentCollector::collect(m_launcher.get(), QStringLiteral("127.0.0.1")));
        QVERIFY2(!remote.kernel.isEmpty(), qPrintable(remote.notes.join('\n')));
        QCOMPARE(remote.host, QStringLiteral("far"));
        compareMachine(remote, EnvironmentCollector::collectLocal(QStringLiteral("127.0.0.1")));
        QVERIFY2(remote.notes.isEmpty() ||
                     remote.notes == QStringList{QStringLiteral("lo reports no link speed")},
                 qPrintable(remote.notes.join('\n')));
    }

    void remotePeerDefaultsToTheSshClient() {
        if (!m_sshReady)
            QSKIP("no sshd");
        const HostEnvironment remote = await(EnvironmentCollector::collect(m_launcher.get(), {}));
        QCOMPARE(remote.interfaceName, QStringLiteral("lo")); // SSH_CLIENT is 127.0.0.1
    }

    void remotePeerIsQuoted() {
        if (!m_sshReady)
            QSKIP("no sshd");
        // A marker in a directory the login user could write to, were anything executed.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const QString marker = dir.filePath(QStringLiteral("pwned"));
        const QString peer =
            QStringLiteral("x; touch %1; $(touch %1) `touch %1` ' \" \n-rf").arg(marker);
        const HostEnvironment remote = await(EnvironmentCollector::collect(m_launcher.get(), peer));
        QVERIFY(!remote.kernel.isEmpty());
        QVERIFY(!QFile::exists(marker));
        QVERIFY(remote.interfaceName.isEmpty());
    }

    void jobRunnerStoresBothEnds() {
        const Iperf3Info iperf3 = Iperf3Info::probe();
        if (!iperf3.found)
            QSKIP("iperf3 is not installed");
        JobRunner runner;
        TestSpec spec;
        spec.durationS = 1;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start({spec});
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner.results().size(), 1);
        const RunResult r = runner.results().first();
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
        QVERIFY(r.clientEnvironment && r.serverEnvironment);
        QCOMPARE(r.clientEnvironment->interfaceName, QStringLiteral("lo"));
        QCOMPARE(r.serverEnvironment->interfaceName, QStringLiteral("lo"));
        QCOMPARE(r.clientEnvironment->iperf3Version, iperf3.versionString());
        QCOMPARE(r.clientEnvironment->kernel, run(QStringLiteral("uname"), {"-r"}));
        const QJsonObject env = r.toJsonWithoutIntervals().value("environment").toObject();
        QCOMPARE(env.value("client").toObject().value("interface").toString(),
                 QStringLiteral("lo"));
        QCOMPARE(env.value("server").toObject().value("host").toString(), QStringLiteral("local"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentCollector)
#include "tst_environmentcollector.moc"

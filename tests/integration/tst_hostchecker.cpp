// Host health checks against real parts: this machine's iperf3/netserver, /proc/loadavg and
// statvfs; TCP probes to loopback listeners that accept, refuse or never answer (a listen
// queue that is full); the concurrency limit; cancel; and the remote probe command run by a
// real /bin/sh, with shell metacharacters in the tool paths executing nothing.
#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "inventory/hostchecker.h"
#include "inventory/hostprobe.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Perfdeck;

namespace {

// A loopback port nobody listens on (taken from the kernel, then released).
quint16 closedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// A loopback listener whose accept queue is full: further SYNs are dropped, so a connect
// neither succeeds nor fails until the caller gives up.
class FullListener {
public:
    FullListener() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(m_fd, 0) != 0)
            return;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        port = ntohs(addr.sin_port);
        for (int i = 0; i < 4; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(c, reinterpret_cast<sockaddr *>(&addr), len);
            m_clients << c;
        }
        QTest::qWait(200);
    }
    ~FullListener() {
        for (int c : std::as_const(m_clients))
            ::close(c);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    quint16 port = 0;

private:
    int m_fd = -1;
    QList<int> m_clients;
};

HostChecker::Options options(int maxParallel, int timeoutMs) {
    HostChecker::Options o;
    o.maxParallel = maxParallel;
    o.timeoutMs = timeoutMs;
    return o;
}

Host remote(const QString &name, quint16 port) {
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.1");
    h.port = port;
    return h;
}

QList<HostStatus> runChecks(HostChecker &checker, const Inventory &inventory,
                            const QStringList &names, int timeoutMs = 20000) {
    QList<HostStatus> results;
    QObject context;
    QObject::connect(&checker, &HostChecker::hostChecked, &context,
                     [&results](const HostStatus &s) { results << s; });
    QSignalSpy finished(&checker, &HostChecker::finished);
    checker.start(inventory, names);
    if (!finished.wait(timeoutMs))
        qWarning("checks did not finish");
    return results;
}

} // namespace

class TestHostChecker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void localHostIsReadDirectly();
    void reachableListener();
    void refusedPort();
    void silentPortTimesOut();
    void concurrencyLimit();
    void unknownHostNamesTheKnownOnes();
    void jumpHostIsTheTcpTarget();
    void cancelStopsWaiting();
    void remoteProbeCommandUnderARealShell();
    void remoteProbeQuotesToolPaths();
    void truncatedProbeOutput();
};

void TestHostChecker::localHostIsReadDirectly() {
    HostChecker checker;
    const QList<HostStatus> results = runChecks(checker, Inventory{}, {QStringLiteral("local")});
    QCOMPARE(results.size(), 1);
    const HostStatus &s = results.first();
    QCOMPARE(s.host, QStringLiteral("local"));
    QVERIFY(!s.tcpReachable); // no SSH for this machine
    const Iperf3Info iperf3 = Iperf3Info::probe();
    QVERIFY(iperf3.found);
    QCOMPARE(s.iperf3Path, iperf3.path);
    QCOMPARE(s.iperf3Version, iperf3.versionString());
    const NetperfInfo netperf = NetperfInfo::probe();
    QCOMPARE(s.netperfVersion, netperf.found ? netperf.versionString() : QString());
    QCOMPARE(s.netserverPath, netperf.netserverPath);
    QVERIFY(s.load1 && s.load5 && s.load15);
    QVERIFY(*s.load1 >= 0);
    QVERIFY(s.cpuCount && *s.cpuCount >= 1);
    QVERIFY(s.diskFreeBytes && *s.diskFreeBytes > 0);
    QCOMPARE(s.diskPath, QDir::homePath());
    QVERIFY(s.checkedAt.isValid());
    QVERIFY2(s.level != HostStatus::Level::Error, qPrintable(s.summary));
}

void TestHostChecker::reachableListener() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("sshd"), server.serverPort());
    HostChecker checker;
    checker.setOptions(options(8, 1500)); // the listener never speaks SSH: do not wait 5 s
    const QList<HostStatus> results = runChecks(checker, inventory, {QStringLiteral("sshd")});
    QCOMPARE(results.size(), 1);
    const HostStatus &s = results.first();
    QCOMPARE(s.tcpReachable, std::optional(true));
    QCOMPARE(s.tcpTarget, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY(s.tcpConnectMs && *s.tcpConnectMs >= 0 && *s.tcpConnectMs < 5000);
    QCOMPARE(s.rttMs, s.tcpConnectMs);
    QVERIFY(s.tcpError.isEmpty());
    QVERIFY(server.waitForNewConnection(2000) || server.hasPendingConnections());
    // Not an SSH server: the handshake fails and says where; the RTT stays the TCP one.
    QCOMPARE(s.sshOk, std::optional(false));
    QVERIFY2(s.sshError.contains(QLatin1String("sshd")), qPrintable(s.sshError));
    QCOMPARE(toString(s.level), QStringLiteral("error"));
}

void TestHostChecker::refusedPort() {
    const quint16 port = closedPort();
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("down"), port);
    HostChecker checker;
    const QList<HostStatus> results = runChecks(checker, inventory, {});
    QCOMPARE(results.size(), 2); // all hosts and local
    const HostStatus down =
        results.first().host == QLatin1String("down") ? results.first() : results.last();
    QCOMPARE(down.tcpReachable, std::optional(false));
    QCOMPARE(toString(down.level), QStringLiteral("error"));
    QVERIFY2(down.summary.startsWith(QStringLiteral("unreachable: 127.0.0.1:%1: ").arg(port)),
             qPrintable(down.summary));
    QVERIFY2(down.summary.contains(QLatin1String("refused")), qPrintable(down.summary));
    QVERIFY(!down.rttMs);
}

void TestHostChecker::silentPortTimesOut() {
    FullListener silent;
    QVERIFY(silent.port);
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("silent"), silent.port);
    HostChecker checker;
    checker.setOptions(options(4, 500));
    QElapsedTimer clock;
    clock.start();
    const QList<HostStatus> results = runChecks(checker, inventory, {QStringLiteral("silent")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().tcpReachable, std::optional(false));
    QVERIFY2(results.first().tcpError.endsWith(QLatin1String("no answer within 0.5 s")),
             qPrintable(results.first().tcpError));
    QVERIFY(clock.elapsed() >= 450);
}

void TestHostChecker::concurrencyLimit() {
    FullListener silent; // every check waits for its timeout: all of a round overlap
    QVERIFY(silent.port);
    Inventory inventory;
    QStringList names;
    for (int i = 0; i < 7; ++i) {
        inventory.hosts << remote(QStringLiteral("h%1").arg(i), silent.port);
        names << inventory.hosts.last().name;
    }
    HostChecker checker;
    checker.setOptions(options(3, 300));
    int inFlight = 0;
    int maxInFlight = 0;
    QObject context;
    connect(&checker, &HostChecker::hostStarted, &context,
            [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
    connect(&checker, &HostChecker::hostChecked, &context, [&] { --inFlight; });
    const QList<HostStatus> results = runChecks(checker, inventory, names);
    QCOMPARE(results.size(), 7);
    QCOMPARE(maxInFlight, 3);
    QCOMPARE(inFlight, 0);
}

void TestHostChecker::unknownHostNamesTheKnownOnes() {
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("web1"), 22);
    HostChecker checker;
    const QList<HostStatus> results = runChecks(checker, inventory, {QStringLiteral("web2")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(toString(results.first().level), QStringLiteral("error"));
    QCOMPARE(results.first().summary,
             QStringLiteral("unknown host 'web2' (did you mean 'web1'?); known hosts: web1, "
                            "local"));
}

void TestHostChecker::jumpHostIsTheTcpTarget() {
    QTcpServer bastion;
    QVERIFY(bastion.listen(QHostAddress::LocalHost, 0));
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("bastion"), bastion.serverPort());
    Host inner = remote(QStringLiteral("inner"), closedPort()); // not reachable directly
    inner.address = QStringLiteral("10.20.1.11");
    inner.jump = QStringLiteral("bastion");
    inventory.hosts << inner;
    HostChecker checker;
    checker.setOptions(options(8, 1500));
    const QList<HostStatus> results = runChecks(checker, inventory, {QStringLiteral("inner")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().tcpReachable, std::optional(true));
    QCOMPARE(results.first().tcpTarget, QStringLiteral("127.0.0.1:%1").arg(bastion.serverPort()));
    QVERIFY(results.first().notes.join('\n').contains(QLatin1String("reached through bastion")));
}

void TestHostChecker::cancelStopsWaiting() {
    FullListener silent;
    Inventory inventory;
    inventory.hosts << remote(QStringLiteral("a"), silent.port)
                    << remote(QStringLiteral("b"), silent.port);
    HostChecker checker;
    checker.setOptions(options(1, 10000));
    QSignalSpy checked(&checker, &HostChecker::hostChecked);
    QSignalSpy finished(&checker, &HostChecker::finished);
    checker.start(inventory, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(checker.isRunning());
    QTest::qWait(100);
    checker.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!checker.isRunning());
    QTest::qWait(300);
    QCOMPARE(checked.size(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestHostChecker::remoteProbeCommandUnderARealShell() {
    Host host = remote(QStringLiteral("me"), 22);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), HostProbe::remoteCommand(host)});
    QVERIFY(sh.waitForFinished(20000));
    HostStatus s;
    HostProbe::parseRemoteOutput(QString::fromUtf8(sh.readAllStandardOutput()), &s);
    const Iperf3Info iperf3 = Iperf3Info::probe();
    QCOMPARE(s.iperf3Path, iperf3.path);
    QCOMPARE(s.iperf3Version, iperf3.versionString());
    const NetperfInfo netperf = NetperfInfo::probe();
    if (netperf.found) {
        QCOMPARE(s.netperfVersion, netperf.versionString());
        QVERIFY(!s.netserverPath.isEmpty());
    }
    QVERIFY(s.load1 && s.load15);
    QVERIFY(s.cpuCount && *s.cpuCount >= 1);
    QVERIFY(s.diskFreeBytes && *s.diskFreeBytes > 0);
    QVERIFY(!s.diskPath.isEmpty());
    QVERIFY2(!s.notes.join('\n').contains(QLatin1String("cut short")),
             qPrintable(s.notes.join('\n')));
}

void TestHostChecker::remoteProbeQuotesToolPaths() {
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("pwned"));
    Host host = remote(QStringLiteral("me"), 22);
    host.iperf3Path =
        QStringLiteral("/nonexistent/x; touch %1; $(touch %1) `touch %1` ' \" \n-rf").arg(marker);
    host.netperfPath = QStringLiteral("-V'; touch %1; echo '").arg(marker);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), HostProbe::remoteCommand(host)});
    QVERIFY(sh.waitForFinished(20000));
    HostStatus s;
    HostProbe::parseRemoteOutput(QString::fromUtf8(sh.readAllStandardOutput()), &s);
    QVERIFY(!QFile::exists(marker));
    QVERIFY(s.iperf3Path.isEmpty());
    QVERIFY(s.netperfPath.isEmpty());
    QVERIFY(s.notes.contains(QStringLiteral("iperf3 not found on the host's PATH")));
}

void TestHostChecker::truncatedProbeOutput() {
    HostStatus s;
    HostProbe::parseRemoteOutput(QStringLiteral("PD_IPERF3_PATH=/usr/bin/iperf3\n"
                                                "PD_IPERF3_VERSION=iperf 3.9 (cJSON 1.7.13)\n"
                                                "PD_LOADAVG=0.10 0.20"),
                                 &s);
    QCOMPARE(s.iperf3Path, QStringLiteral("/usr/bin/iperf3"));
    QCOMPARE(s.iperf3Version, QStringLiteral("3.9"));
    QVERIFY(!s.load1); // incomplete line: unknown, not 0
    QVERIFY(s.notes.contains(QStringLiteral("the host's answer was cut short")));
}

QTEST_GUILESS_MAIN(TestHostChecker)
#include "tst_hostchecker.moc"

// SshLauncher/SshProcess against a real sshd on loopback: free ports from the host's socket
// tables, cached tool probes, and a real iperf3 server and client started over SSH and followed
// live, as a test run uses any HostLauncher.
#include "sshdfixture.h"

#include "exec/hostprocess.h"
#include "ssh/sshconnection.h"
#include "ssh/sshlauncher.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

bool waitFor(const std::function<bool()> &cond, int ms) {
    QElapsedTimer t;
    t.start();
    while (!cond() && t.elapsed() < ms)
        QTest::qWait(10);
    return cond();
}

template<class T>
T await(QFuture<T> f) {
    waitFor([&] { return f.isFinished(); }, 20000);
    return f.result();
}

} // namespace

class TstSshLauncher final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    std::unique_ptr<SshConnection> m_conn;
    std::unique_ptr<SshLauncher> m_launcher;

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
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
        QVERIFY(!m_launcher->isLocal());
    }
    void cleanupTestCase() {
        m_launcher.reset();
        m_conn.reset();
    }

    void portsInUseParsesProcNet() {
        const QString text = QStringLiteral(
            "  sl  local_address rem_address   st tx_queue rx_queue\n"
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000\n"
            "   1: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 "
            "0A\n");
        QCOMPARE(SshLauncher::portsInUse(text), QSet<quint16>({8080, 22}));
    }

    void leasesAFreePort() {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        const PortLease a = await(m_launcher->leasePort());
        const PortLease b = await(m_launcher->leasePort());
        QVERIFY2(a.port != 0, qPrintable(a.error));
        QVERIFY(b.port != 0 && b.port != a.port);
        QVERIFY(a.port != busy.serverPort());
        // Really free there: a server can bind it.
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, a.port));
        m_launcher->releasePort(a.port);
        m_launcher->releasePort(b.port);
    }

    void probesOnceAndCaches() {
        const QFuture<Iperf3Info> f = m_launcher->probeIperf3({});
        const Iperf3Info info = await(f);
        if (!info.found && QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        QVERIFY2(info.found, qPrintable(info.error));
        QVERIFY(info.major == 3);
        QVERIFY(info.path.endsWith(QLatin1String("/iperf3")));
        // Cached: the same probe, already finished, not a new round trip.
        QVERIFY(m_launcher->probeIperf3({}).isFinished());
        const Iperf3Info missing = await(m_launcher->probeIperf3(QStringLiteral("no-iperf3-pd")));
        QVERIFY(!missing.found);
        QVERIFY2(missing.error.contains(QLatin1String("far")), qPrintable(missing.error));
        const NetperfInfo np = await(m_launcher->probeNetperf({}));
        if (!QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty()) {
            QVERIFY2(np.found, qPrintable(np.error));
            QVERIFY(np.hasNetserver());
        }
    }

    void iperf3ServerAndClientOverSsh() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        const PortLease lease = await(m_launcher->leasePort());
        QVERIFY(lease.port);
        HostProcess *server = m_launcher->createProcess(this);
        server->setProgram(QStringLiteral("iperf3"),
                           {QStringLiteral("-s"), QStringLiteral("-1"), QStringLiteral("-B"),
                            m_launcher->address(), QStringLiteral("-p"),
                            QString::number(lease.port), QStringLiteral("--idle-timeout"),
                            QStringLiteral("20"), QStringLiteral("-i"), QStringLiteral("0.5"),
                            QStringLiteral("--forceflush")});
        QStringList serverLines;
        bool serverDone = false;
        connect(server, &HostProcess::stdoutLine, this,
                [&](const QString &l) { serverLines << l; });
        connect(server, &HostProcess::finished, this, [&] { serverDone = true; });
        server->start();
        QVERIFY(waitFor([&] { return serverLines.join(u' ').contains(u"listening"); }, 20000));
        QVERIFY(server->pid() > 0);

        HostProcess *client = m_launcher->createProcess(this);
        client->setCaptureStdout(true);
        client->setProgram(QStringLiteral("iperf3"),
                           {QStringLiteral("-c"), m_launcher->address(), QStringLiteral("-p"),
                            QString::number(lease.port), QStringLiteral("-t"), QStringLiteral("2"),
                            QStringLiteral("-J")});
        int clientCode = -2;
        QString clientDescription;
        connect(client, &HostProcess::finished, this, [&](int code, const QString &d) {
            clientCode = code;
            clientDescription = d;
        });
        const int linesBefore = int(serverLines.size());
        client->start();
        // Followed live: the server's interval lines arrive while the client still runs.
        QVERIFY(waitFor([&] { return serverLines.size() > linesBefore + 2; }, 20000));
        QCOMPARE(clientCode, -2);
        QVERIFY(waitFor([&] { return clientCode != -2; }, 20000));
        QCOMPARE(clientCode, 0);
        QCOMPARE(clientDescription, QString());
        const QJsonObject doc = QJsonDocument::fromJson(client->capturedStdout().join()).object();
        QVERIFY(doc.value(QStringLiteral("end"))
                    .toObject()
                    .value(QStringLiteral("sum_received"))
                    .toObject()
                    .value(QStringLiteral("bits_per_second"))
                    .toDouble() > 0);
        QVERIFY(waitFor([&] { return serverDone; }, 10000)); // -1: one test, then it ends
        m_launcher->releasePort(lease.port);
    }

    void stoppedServerLeavesNothing() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        const PortLease lease = await(m_launcher->leasePort());
        HostProcess *server = m_launcher->createProcess(this);
        server->setProgram(QStringLiteral("iperf3"), {QStringLiteral("-s"), QStringLiteral("-p"),
                                                      QString::number(lease.port)});
        int code = -2;
        QString description;
        connect(server, &HostProcess::finished, this, [&](int c, const QString &d) {
            code = c;
            description = d;
        });
        server->start();
        QVERIFY(waitFor([&] { return server->pid() > 0; }, 20000));
        const qint64 pid = server->pid();
        server->stop();
        QVERIFY(waitFor([&] { return code != -2; }, 15000));
        QVERIFY(!description.isEmpty());
        QVERIFY(waitFor([&] { return !QFile::exists(QStringLiteral("/proc/%1").arg(pid)); }, 5000));
        m_launcher->releasePort(lease.port);
    }
};

QTEST_GUILESS_MAIN(TstSshLauncher)
#include "tst_sshlauncher.moc"

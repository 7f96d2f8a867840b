// Interface counters against bytes really sent: the test moves into a network namespace of
// its own (root: unshare(CLONE_NEWNET) before Qt starts a thread), where lo carries nothing but
// its own traffic, sends N MB over a TCP connection on 127.0.0.1 and compares the lo
// delta of the sampler's snapshots with N.
#include "testhelpers.h"

#include "exec/locallauncher.h"
#include "monitor/hostresourcesampler.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace Perfdeck;

namespace {

QString g_namespaceError; // why the test could not get a namespace of its own

std::optional<NetDevCounters> lo(const ProcSnapshot &s) {
    for (const NetDevCounters &c : s.interfaces)
        if (c.name == QLatin1String("lo"))
            return c;
    return std::nullopt;
}

} // namespace

class TstInterfaceCounters final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!g_namespaceError.isEmpty())
            QSKIP(qPrintable(g_namespaceError));
    }

    void loopbackDeltaMatchesBytesSent_data() {
        QTest::addColumn<int>("megabytes");
        QTest::addRow("16 MB") << 16;
        QTest::addRow("200 MB") << 200;
    }
    void loopbackDeltaMatchesBytesSent() {
        QFETCH(int, megabytes);
        LocalLauncher launcher;
        HostResourceSampler sampler(&launcher, 0.5);
        QList<ProcSnapshot> snaps;
        connect(&sampler, &HostResourceSampler::snapshot, this,
                [&](const ProcSnapshot &s) { snaps << s; });
        sampler.start();
        QTRY_VERIFY(snaps.size() >= 1);
        const ProcSnapshot before = snaps.last();

        // In-process sender and receiver: the receiver reads every byte before the sockets
        // close (a tool's server that closes with unread data resets the connection, and
        // what was still queued never crosses lo).
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const qint64 total = qint64(megabytes) * 1024 * 1024;
        qint64 received = 0;
        QTcpSocket *peer = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, this,
                    [&] { received += peer->readAll().size(); });
        });
        QTcpSocket sender;
        const QByteArray chunk(256 * 1024, 'x');
        qint64 queued = 0;
        auto feed = [&] {
            while (queued < total && sender.bytesToWrite() < 4 * chunk.size()) {
                const qint64 n = std::min<qint64>(chunk.size(), total - queued);
                sender.write(chunk.constData(), n);
                queued += n;
            }
        };
        connect(&sender, &QTcpSocket::connected, this, feed);
        connect(&sender, &QTcpSocket::bytesWritten, this, feed);
        sender.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(QTest::qWaitFor([&] { return received >= total; }, 60000));
        QCOMPARE(received, total);
        sender.disconnectFromHost();
        QTRY_VERIFY(!peer || peer->state() != QAbstractSocket::ConnectedState ||
                    sender.state() == QAbstractSocket::UnconnectedState);
        const qsizetype count = snaps.size();
        QTRY_VERIFY(snaps.size() >= count + 2); // a snapshot wholly after the transfer
        sampler.stop();
        const ProcSnapshot after = snaps.last();

        const double sent = double(megabytes) * 1024 * 1024;
        const auto b = lo(before);
        const auto a = lo(after);
        QVERIFY(a && b);
        const double rx = double(a->rxBytes - b->rxBytes);
        const double tx = double(a->txBytes - b->txBytes);
        qInfo("sent %.0f bytes; lo rx %.0f, tx %.0f (+%.2f %%)", sent, rx, tx,
              100 * (rx - sent) / sent);
        // lo counts each packet once in and once out. On top of the payload: TCP/IP headers,
        // the handshake and ACKs, well under 5 % for these sizes.
        QCOMPARE(rx, tx);
        QVERIFY2(rx >= sent && rx <= sent * 1.05 + 64 * 1024, qPrintable(QString::number(rx)));
        QVERIFY(a->rxPackets - b->rxPackets >= qint64(sent / 65536));
        QCOMPARE(a->rxErrors - b->rxErrors, 0);
    }
};

int main(int argc, char **argv) {
    // Before QCoreApplication: every thread Qt starts later inherits the namespace.
    if (::geteuid() != 0)
        g_namespaceError = QStringLiteral("needs root for a network namespace of its own");
    else if (::unshare(CLONE_NEWNET) != 0)
        g_namespaceError = QStringLiteral("unshare(CLONE_NEWNET) failed: %1")
                               .arg(QString::fromLocal8Bit(strerror(errno)));
    else if (std::system("ip link set lo up") != 0)
        g_namespaceError = QStringLiteral("could not bring lo up in the new namespace");
    QCoreApplication app(argc, argv);
    TstInterfaceCounters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_interfacecounters.moc"

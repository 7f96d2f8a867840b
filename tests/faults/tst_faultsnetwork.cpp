// The fault matrix on a real link: a network namespace created by the test, joined to this
// machine by a veth pair. The link goes down in the middle of a test (against a server the
// test runs in the namespace, and against a server Perfdeck starts there over SSH), and 30 %
// of the packets into the namespace are dropped (nftables numgen). Each case ends by the
// run's deadline + 5 s, keeps what was measured, says which host and why, and leaves no
// process behind on either side.
#include "../integration/sshdfixture.h"
#include "faultfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using Faults::Cli;
using Faults::ToolDir;
using TestHelpers::SshdFixture;

namespace {

QJsonObject firstRun(const QString &jsonPath) {
    return TestHelpers::readJson(jsonPath)
        .value(QStringLiteral("runs"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TstFaultsNetwork final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ToolDir> m_tools;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void verifyNoOrphans(int ms = 5000) {
        const QList<qint64> left = m_tools->orphansAfter(ms);
        m_tools->killLeftovers();
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("left running: ") + ToolDir::describe(left)));
    }

    // An iperf3 server of the test's own in the namespace (killed by the test afterwards).
    bool startServerInside(const Faults::Netns &ns, QProcess &server, quint16 *port) {
        *port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        server.setProcessChannelMode(QProcess::MergedChannels);
        ns.startInside(server, m_tools->iperf3(),
                       {QStringLiteral("-s"), QStringLiteral("-B"), ns.nsSide(),
                        QStringLiteral("-p"), QString::number(*port),
                        QStringLiteral("--forceflush")});
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("Server listening") && t.elapsed() < 5000) {
            server.waitForReadyRead(100);
            out += server.readAll();
        }
        return out.contains("Server listening");
    }

    void stopServer(QProcess &server) {
        server.kill();
        server.waitForFinished(3000);
    }

private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root");
        if (!TestHelpers::iperf3Available() ||
            QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
            QSKIP("needs iperf3 and iproute2");
        QVERIFY(m_dir.isValid());
        Faults::becomeSubreaper();
        m_tools = std::make_unique<ToolDir>();
        qputenv("PERFDECK_HISTORY_DB", path(QStringLiteral("history.sqlite")).toUtf8());
    }
    void cleanup() {
        if (m_tools)
            m_tools->killLeftovers();
    }

    // The veth goes down 2 s into a 6 s test against a server in the namespace: the client
    // cannot finish the test (its control connection is cut), so the run ends by its
    // deadline with the data measured before, and the error names the target.
    void linkDownAgainstExternalServer() {
        Faults::Netns ns;
        QVERIFY2(ns.ok(), qPrintable(ns.error()));
        QProcess server;
        quint16 port = 0;
        QVERIFY(startServerInside(ns, server, &port));
        const QString target = ns.nsSide() + QStringLiteral(":%1").arg(port);
        const QString json = path(QStringLiteral("link-down.json"));
        Cli cli;
        // --live-text: against an external iperf3 3.12 server the live samples come from the
        // client's text; those are what is kept when the link dies.
        cli.start({"run", "--iperf3", m_tools->iperf3(), "--target", target, "-t", "6", "-i", "0.5",
                   "--live-text", "--json", json});
        QVERIFY2(cli.waitForStderr("1.5/6 s", 20000), qPrintable(cli.err()));
        QVERIFY2(ns.setHostLink(false), qPrintable(ns.error()));
        const bool inTime = cli.finish((6 + 30 + 5) * 1000);
        qInfo("took %.1f s: %s", cli.seconds(), qPrintable(cli.said()));
        QVERIFY2(inTime, qPrintable(cli.said()));
        ns.setHostLink(true);
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY(run.value(QStringLiteral("intervals")).toArray().size() >= 3);
        const QString error = run.value(QStringLiteral("error")).toString();
        QVERIFY2(!error.isEmpty(), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(target), qPrintable(cli.said()));
        stopServer(server);
        verifyNoOrphans();
    }

    // 30 % of what enters the namespace is dropped. UDP: 30 % of the datagrams (iperf3's TCP
    // control connection spared: iperf3 3.12 itself may fail the test's end under loss), and
    // the loss is measured within a few points; TCP: every packet, and the test still
    // completes, with retransmits. Neither hangs.
    void thirtyPercentLoss_data() {
        QTest::addColumn<bool>("udp");
        QTest::addRow("UDP 20 Mbit/s") << true;
        QTest::addRow("TCP") << false;
    }
    void thirtyPercentLoss() {
        QFETCH(bool, udp);
        Faults::Netns ns;
        QVERIFY2(ns.ok(), qPrintable(ns.error()));
        if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
            QSKIP("nftables is not installed");
        QProcess server;
        quint16 port = 0;
        QVERIFY(startServerInside(ns, server, &port));
        QVERIFY2(ns.addLoss(30, 0, udp ? QStringLiteral("udp") : QString()),
                 qPrintable(ns.error()));
        const QString json = path(QStringLiteral("loss.json"));
        QStringList args{"run",
                         "--iperf3",
                         m_tools->iperf3(),
                         "--target",
                         ns.nsSide() + QStringLiteral(":%1").arg(port),
                         "-t",
                         "4",
                         "--json",
                         json};
        // iperf3 sends a UDP stream's set-up datagram once (esnet/iperf#862): with 30 % loss
        // towards the server about one start in three fails before measuring. --retries starts
        // it again then, saying why.
        if (udp)
            args << QStringLiteral("--udp") << QStringLiteral("--bitrate") << QStringLiteral("20M")
                 << QStringLiteral("--retries") << QStringLiteral("6");
        Cli cli;
        cli.start(args);
        QVERIFY2(cli.finish((4 + 30 + 5) * 1000 + (udp ? 6 * 12000 : 0)), qPrintable(cli.said()));
        stopServer(server);
        QVERIFY2(cli.exitCode() == 0, qPrintable(cli.said()));
        if (cli.said().contains(QLatin1String("retry 1 of 6")))
            QVERIFY2(cli.said().contains(QLatin1String("set-up datagram")), qPrintable(cli.said()));
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject summary = run.value(QStringLiteral("summary")).toObject();
        if (udp) {
            const double lost = summary.value(QStringLiteral("lost_percent")).toDouble(-1);
            QVERIFY2(lost > 22 && lost < 38, qPrintable(QString::number(lost)));
        } else {
            QVERIFY(summary.value(QStringLiteral("throughput_bps")).toDouble() > 0);
            QVERIFY(summary.value(QStringLiteral("retransmits")).toDouble() > 0);
        }
        verifyNoOrphans();
    }

    // The server host is the namespace, reached over SSH; its link goes down mid-test. SSH
    // and the test die together: the run ends in time, naming the host, with the samples
    // measured before; once the link is back, the remote server is gone too (its watchdog
    // sees the session end).
    void linkDownToSshHost() {
        if (!SshdFixture::available())
            QSKIP("sshd is not installed");
        Faults::Netns ns;
        QVERIFY2(ns.ok(), qPrintable(ns.error()));
        SshdFixture sshd;
        sshd.setNetworkNamespace(ns.name(), ns.nsSide());
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        const QString hosts = path(QStringLiteral("far-hosts.yaml"));
        QVERIFY(Faults::writeFile(
            hosts, QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                                  "  - name: far\n    address: %1\n    port: %2\n"
                                  "    user: %3\n    auth: key\n    identity_file: %4\n"
                                  "    iperf3: %5\n")
                       .arg(ns.nsSide())
                       .arg(sshd.port())
                       .arg(sshd.loginUser(), sshd.userKey(), m_tools->iperf3())
                       .toUtf8()));
        const QString json = path(QStringLiteral("link-down-ssh.json"));
        Cli cli;
        cli.start({"run", "--iperf3", m_tools->iperf3(), "--hosts", hosts, "--clients", "local",
                   "--servers", "far", "--known-hosts", sshd.writeKnownHosts(), "-t", "6", "-i",
                   "0.5", "--json", json});
        QVERIFY2(cli.waitForStderr("1.5/6 s", 30000), qPrintable(cli.err()));
        QVERIFY2(ns.setHostLink(false), qPrintable(ns.error()));
        const bool inTime = cli.finish((6 + 30 + 5) * 1000);
        qInfo("took %.1f s: %s", cli.seconds(), qPrintable(cli.said()));
        QVERIFY2(inTime, qPrintable(cli.said()));
        ns.setHostLink(true);
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY(run.value(QStringLiteral("intervals")).toArray().size() >= 3);
        const QString error = run.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("far")) || error.contains(ns.nsSide()),
                 qPrintable(error));
        // With the link back, the session's end reaches the namespace's sshd.
        verifyNoOrphans(30000);
    }
};

QTEST_GUILESS_MAIN(TstFaultsNetwork)
#include "tst_faultsnetwork.moc"

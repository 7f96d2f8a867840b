// Traffic classes across a real bottleneck (issue 12 item 3): two network namespaces made by
// the test (veth pair, unique names, deleted afterwards); the receiving one runs perfdeck-probe's
// reflector and an iperf3 server, the sending one `perfdeck-cli qos --bulk CS0` with EF, AF41
// and AF11 probe flows, and a 50 Mbit/s limit on its veth egress. Through a tbf (one FIFO) the
// bulk TCP queues in front of every class: none is protected. Through an htb whose EF and AF41
// classes take precedence (nftables sets the packets' priority from their DSCP; this kernel has
// no prio qdisc) those two are protected while AF11, left in the bulk's class, is not.
#include "testhelpers.h"

#include "qos/probeparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

using TestHelpers::runCommand;

} // namespace

class TstQosClasses final : public QObject {
    Q_OBJECT
private:
    QString m_tag;
    int m_row = 0;
    QString m_nsSend;
    QString m_nsReceive;
    QString m_ifSend;
    QString m_addrReceive;

    QStringList inNs(const QString &ns, const QStringList &command) const {
        return QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                           ns} +
               command;
    }
    bool tc(const QString &args, QString *error) {
        return runCommand(inNs(m_nsSend, QStringList{QStringLiteral("tc")} +
                                             args.arg(m_ifSend).split(u' ', Qt::SkipEmptyParts)),
                          error);
    }
    bool nft(const QString &command, QString *error) {
        return runCommand(inNs(m_nsSend, {QStringLiteral("nft"), command}), error);
    }

private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root");
        if (!TestHelpers::iperf3Available())
            QSKIP("needs iperf3");
        for (const char *tool : {"ip", "tc", "nft"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP("needs iproute2 (ip, tc) and nftables (nft)");
        m_tag = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
    }

    void init() {
        ++m_row;
        const QString id = m_tag + QString::number(m_row);
        const quint32 net = QRandomGenerator::global()->bounded(1u, 250u);
        m_nsSend = QStringLiteral("pdcls_%1_s").arg(id);
        m_nsReceive = QStringLiteral("pdcls_%1_r").arg(id);
        m_ifSend = QStringLiteral("pdcs%1").arg(id).left(15);
        const QString ifReceive = QStringLiteral("pdcr%1").arg(id).left(15);
        m_addrReceive = QStringLiteral("10.215.%1.1").arg(net);
        const QString addrSend = QStringLiteral("10.215.%1.2").arg(net);
        const QString ip = QStringLiteral("ip");
        QString error;
        const bool ok =
            runCommand({ip, "netns", "add", m_nsSend}, &error) &&
            runCommand({ip, "netns", "add", m_nsReceive}, &error) &&
            runCommand({ip, "link", "add", m_ifSend, "type", "veth", "peer", "name", ifReceive},
                       &error) &&
            runCommand({ip, "link", "set", m_ifSend, "netns", m_nsSend}, &error) &&
            runCommand({ip, "link", "set", ifReceive, "netns", m_nsReceive}, &error) &&
            runCommand(
                {ip, "-n", m_nsReceive, "addr", "add", m_addrReceive + "/24", "dev", ifReceive},
                &error) &&
            runCommand({ip, "-n", m_nsSend, "addr", "add", addrSend + "/24", "dev", m_ifSend},
                       &error) &&
            runCommand({ip, "-n", m_nsReceive, "link", "set", ifReceive, "up"}, &error) &&
            runCommand({ip, "-n", m_nsSend, "link", "set", m_ifSend, "up"}, &error) &&
            runCommand({ip, "-n", m_nsReceive, "link", "set", "lo", "up"}, &error) &&
            runCommand({ip, "-n", m_nsSend, "link", "set", "lo", "up"}, &error);
        QVERIFY2(ok, qPrintable(error));
    }
    void cleanup() {
        // Deleting a namespace deletes its veth end, the peer, the qdiscs and nft tables.
        runCommand(
            {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_nsSend});
        runCommand(
            {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_nsReceive});
    }

    void protection_data() {
        QTest::addColumn<QString>("bottleneck");
        QTest::addColumn<QStringList>("protectedClasses");
        QTest::addColumn<QStringList>("exposedClasses");
        QTest::addRow("tbf 50 Mbit/s, one queue")
            << "tbf" << QStringList{} << QStringList{"EF", "AF41", "AF11"};
        QTest::addRow("htb 50 Mbit/s, EF and AF41 first")
            << "htb" << QStringList{"EF", "AF41"} << QStringList{"AF11"};
    }
    void protection() {
        QFETCH(QString, bottleneck);
        QFETCH(QStringList, protectedClasses);
        QFETCH(QStringList, exposedClasses);
        QString error;
        if (bottleneck == QLatin1String("tbf")) {
            QVERIFY2(tc(QStringLiteral("qdisc add dev %1 root tbf rate 50mbit burst 64kb "
                                       "latency 200ms"),
                        &error),
                     qPrintable(error));
        } else {
            // One 50 Mbit/s link; EF and AF41 have classes of their own that are served first
            // (prio 0, 1); everything else shares the default class with the bulk test.
            const bool ok =
                tc(QStringLiteral("qdisc add dev %1 root handle 1: htb default 30"), &error) &&
                tc(QStringLiteral("class add dev %1 parent 1: classid 1:1 htb rate 50mbit "
                                  "ceil 50mbit"),
                   &error) &&
                tc(QStringLiteral("class add dev %1 parent 1:1 classid 1:10 htb rate 10mbit "
                                  "ceil 50mbit prio 0"),
                   &error) &&
                tc(QStringLiteral("class add dev %1 parent 1:1 classid 1:20 htb rate 10mbit "
                                  "ceil 50mbit prio 1"),
                   &error) &&
                tc(QStringLiteral("class add dev %1 parent 1:1 classid 1:30 htb rate 30mbit "
                                  "ceil 50mbit prio 2"),
                   &error) &&
                nft(QStringLiteral("add table inet pdcls"), &error) &&
                nft(QStringLiteral("add chain inet pdcls post { type filter hook postrouting "
                                   "priority 0 ; }"),
                    &error) &&
                nft(QStringLiteral("add rule inet pdcls post ip dscp ef meta priority set 1:10"),
                    &error) &&
                nft(QStringLiteral("add rule inet pdcls post ip dscp af41 meta priority set "
                                   "1:20"),
                    &error);
            QVERIFY2(ok, qPrintable(error));
        }

        // The receiving end: a reflector and an iperf3 server, both killed by PID afterwards
        // (and by the kernel if this test dies: PDEATHSIG).
        QProcess reflector;
        QProcess server;
        for (QProcess *p : {&reflector, &server}) {
            p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
            p->setProcessChannelMode(QProcess::MergedChannels);
        }
        const QStringList reflect = inNs(
            m_nsReceive, {QStringLiteral(PERFDECK_PROBE_BIN), "reflect", "--bind", m_addrReceive,
                          "--port", "0", "--idle-timeout", "60", "--max-time", "120"});
        reflector.start(reflect.first(), reflect.mid(1));
        QVERIFY(reflector.waitForStarted(5000));
        Perfdeck::ProbeParser listening;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         while (reflector.canReadLine())
                             listening.addLine(QString::fromUtf8(reflector.readLine()).trimmed());
                         return listening.listeningPort() != 0 ||
                                reflector.state() == QProcess::NotRunning;
                     },
                     10000) &&
                     listening.listeningPort() != 0,
                 "the reflector in the namespace did not start");
        const quint16 iperfPort = TestHelpers::freePort();
        const QStringList serve =
            inNs(m_nsReceive, {"iperf3", "-s", "-1", "-B", m_addrReceive, "-p",
                               QString::number(iperfPort), "--forceflush"});
        server.start(serve.first(), serve.mid(1));
        QVERIFY(server.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return server.readAll().contains("listening") ||
                       server.state() == QProcess::NotRunning;
            },
            5000));

        QProcess cli;
        cli.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        const QStringList command =
            inNs(m_nsSend, {QStringLiteral(PERFDECK_CLI), "qos", "--target",
                            m_addrReceive + u':' + QString::number(listening.listeningPort()),
                            "--classes", "EF,AF41,AF11", "--bulk", "CS0", "--bulk-target",
                            m_addrReceive + u':' + QString::number(iperfPort), "--duration", "10",
                            "--interval", "0.5", "--json"});
        cli.start(command.first(), command.mid(1));
        const bool finished = cli.waitForFinished(90000);
        for (QProcess *p : {&reflector, &server}) {
            if (p->state() != QProcess::NotRunning) {
                ::kill(pid_t(p->processId()), SIGKILL);
                p->waitForFinished(3000);
            }
        }
        if (!finished) {
            cli.kill();
            cli.waitForFinished(3000);
        }
        QVERIFY2(finished, "perfdeck-cli qos did not end");
        const QByteArray out = cli.readAllStandardOutput();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        const QJsonArray runs =
            QJsonDocument::fromJson(out).object().value(QLatin1String("runs")).toArray();
        QMap<QString, QJsonObject> underLoad;
        double bulkBps = 0;
        for (const QJsonValue &v : runs) {
            const QJsonObject r = v.toObject();
            const QString cls = r.value(QLatin1String("class")).toString();
            if (r.value(QLatin1String("engine")).toString() == QLatin1String("iperf3"))
                bulkBps = r.value(QLatin1String("summary"))
                              .toObject()
                              .value(QLatin1String("throughput_bps"))
                              .toDouble();
            else
                underLoad.insert(cls, r.value(QLatin1String("qos"))
                                          .toObject()
                                          .value(QLatin1String("under_load"))
                                          .toObject());
        }
        const QString all =
            QString::fromUtf8(out.left(200)) + QStringLiteral(" ... ") +
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bulk_bps"), bulkBps}})
                                  .toJson(QJsonDocument::Compact));
        // The bulk test filled the bottleneck (50 Mbit/s, TCP goodput below it).
        QVERIFY2(bulkBps > 35e6 && bulkBps < 50e6, qPrintable(all));
        auto describe = [&](const QString &cls) -> QString {
            return cls + QStringLiteral(": ") +
                   QString::fromUtf8(
                       QJsonDocument(underLoad.value(cls)).toJson(QJsonDocument::Compact));
        };
        for (const QString &cls : protectedClasses)
            QVERIFY2(underLoad.value(cls).value(QLatin1String("protected")) == QJsonValue(true),
                     qPrintable(describe(cls)));
        for (const QString &cls : exposedClasses)
            QVERIFY2(underLoad.value(cls).value(QLatin1String("protected")) == QJsonValue(false),
                     qPrintable(describe(cls)));
    }
};

QTEST_GUILESS_MAIN(TstQosClasses)
#include "tst_qosclasses.moc"

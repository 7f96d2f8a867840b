// DSCP validation against a network that really rewrites marks and drops datagrams: a network
// namespace made by the test (veth pair, unique names, deleted afterwards) runs the reflector,
// and an nftables table in that receiving namespace remarks EF to CS0, bleaches every mark, or
// drops 10 % of the probe's datagrams (the kernel here has no netem or tc pedit). The sender
// is `perfdeck-cli qos --target` on this side of the link.
#include "testhelpers.h"

#include "qos/probeparser.h"
#include "qos/qosclassresult.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Perfdeck;

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

struct ClassOutcome {
    QString verdict;
    QosClassResult result;
    double lostPercent = -1;
    double packets = 0;
};

} // namespace

class TstQosNetns final : public QObject {
    Q_OBJECT
private:
    QString m_ns;
    QString m_hostSide;
    QString m_nsSide;
    QProcess m_reflector;
    quint16 m_port = 0;

    bool nft(const QStringList &args, QString *error) {
        return sh(QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                              m_ns, QStringLiteral("nft")} +
                      args,
                  error);
    }

    // Replaces the receiving namespace's rules: a prerouting chain at mangle priority, so the
    // rewrite happens before the reflector reads the TOS byte.
    bool setRules(const QStringList &rules, QString *error) {
        if (!nft({QStringLiteral("flush"), QStringLiteral("ruleset")}, error) ||
            !nft({QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"),
                  QStringLiteral("pdqos")},
                 error) ||
            !nft({QStringLiteral("add chain inet pdqos pre { type filter hook prerouting "
                                 "priority -150 ; }")},
                 error))
            return false;
        for (const QString &rule : rules) {
            if (!nft({QStringLiteral("add rule inet pdqos pre ") + rule}, error))
                return false;
        }
        return true;
    }

    QMap<QString, ClassOutcome> runQos(const QStringList &extra, QString *error) {
        const TestHelpers::CliResult r =
            TestHelpers::runCli(QStringList{QStringLiteral("qos"), QStringLiteral("--target"),
                                            QStringLiteral("%1:%2").arg(m_nsSide).arg(m_port),
                                            QStringLiteral("--json")} +
                                    extra,
                                120000);
        QMap<QString, ClassOutcome> out;
        if (r.exitCode != 0) {
            *error = QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
            return out;
        }
        const QJsonArray runs =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("runs")).toArray();
        for (const QJsonValue &v : runs) {
            const RunResult run = RunResult::fromJson(v.toObject());
            ClassOutcome c;
            c.result = QosClassResult::fromJson(run.qos);
            c.verdict = QosClassResult::toString(c.result.verdict);
            c.lostPercent = run.summary.lostPercent.value_or(-1);
            c.packets = run.summary.packets.value_or(0);
            out.insert(run.trafficClass, c);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root");
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
            QSKIP("needs iproute2 (ip) and nftables (nft)");
        const quint32 n = QRandomGenerator::global()->bounded(1u, 250u);
        const QString tag = QString::number(QRandomGenerator::global()->bounded(100000u), 36);
        m_ns = QStringLiteral("pdqos_") + tag;
        const QString hostIf = QStringLiteral("pdqh") + tag;
        const QString nsIf = QStringLiteral("pdqn") + tag;
        m_hostSide = QStringLiteral("10.204.%1.1").arg(n);
        m_nsSide = QStringLiteral("10.204.%1.2").arg(n);
        QString error;
        const QString ip = QStringLiteral("ip");
        const bool ok =
            sh({ip, "netns", "add", m_ns}, &error) &&
            sh({ip, "link", "add", hostIf, "type", "veth", "peer", "name", nsIf}, &error) &&
            sh({ip, "link", "set", nsIf, "netns", m_ns}, &error) &&
            sh({ip, "addr", "add", m_hostSide + "/24", "dev", hostIf}, &error) &&
            sh({ip, "link", "set", hostIf, "up"}, &error) &&
            sh({ip, "-n", m_ns, "addr", "add", m_nsSide + "/24", "dev", nsIf}, &error) &&
            sh({ip, "-n", m_ns, "link", "set", nsIf, "up"}, &error) &&
            sh({ip, "-n", m_ns, "link", "set", "lo", "up"}, &error);
        QVERIFY2(ok, qPrintable(error));
        // The reflector lives in the namespace for the whole test; `ip netns exec` execs it,
        // so the PID is the probe's own.
        m_reflector.start(ip, {QStringLiteral("netns"), QStringLiteral("exec"), m_ns,
                               QStringLiteral(PERFDECK_PROBE_BIN), QStringLiteral("reflect"),
                               QStringLiteral("--bind"), m_nsSide, QStringLiteral("--port"),
                               QStringLiteral("0"), QStringLiteral("--idle-timeout"),
                               QStringLiteral("120"), QStringLiteral("--max-time"),
                               QStringLiteral("900")});
        QVERIFY(m_reflector.waitForStarted(5000));
        ProbeParser listening;
        QElapsedTimer t;
        t.start();
        while (listening.listeningPort() == 0 && t.elapsed() < 10000) {
            m_reflector.waitForReadyRead(200);
            while (m_reflector.canReadLine())
                listening.addLine(QString::fromUtf8(m_reflector.readLine()));
        }
        m_port = listening.listeningPort();
        QVERIFY2(m_port != 0, m_reflector.readAllStandardError().constData());
    }

    void cleanupTestCase() {
        if (m_reflector.state() != QProcess::NotRunning) {
            m_reflector.terminate();
            if (!m_reflector.waitForFinished(5000)) {
                m_reflector.kill();
                m_reflector.waitForFinished(5000);
            }
        }
        if (!m_ns.isEmpty())
            sh({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_ns});
    }

    void dscpVerdicts_data() {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QString>("ef");
        QTest::addColumn<QString>("af41");
        QTest::addColumn<QString>("cs0");
        QTest::addColumn<int>("efArrivedAs");
        QTest::addRow("untouched") << QStringList{} << "kept"
                                   << "kept"
                                   << "kept" << 46;
        QTest::addRow("EF remarked to CS0")
            << QStringList{QStringLiteral("ip dscp ef ip dscp set cs0")} << "remarked"
            << "kept"
            << "kept" << 0;
        QTest::addRow("EF remarked to AF11")
            << QStringList{QStringLiteral("ip dscp ef ip dscp set af11")} << "remarked"
            << "kept"
            << "kept" << 10;
        QTest::addRow("every mark bleached")
            << QStringList{QStringLiteral("ip dscp != cs0 ip dscp set cs0")} << "bleached"
            << "bleached"
            << "kept" << 0;
    }
    void dscpVerdicts() {
        QFETCH(QStringList, rules);
        QString error;
        QVERIFY2(setRules(rules, &error), qPrintable(error));
        const QMap<QString, ClassOutcome> out =
            runQos({QStringLiteral("--classes"), QStringLiteral("EF,AF41,CS0"),
                    QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--rate"),
                    QStringLiteral("200")},
                   &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), 3);
        QTEST(out.value(QStringLiteral("EF")).verdict, "ef");
        QTEST(out.value(QStringLiteral("AF41")).verdict, "af41");
        QTEST(out.value(QStringLiteral("CS0")).verdict, "cs0");
        QFETCH(int, efArrivedAs);
        const QosClassResult ef = out.value(QStringLiteral("EF")).result;
        QCOMPARE(ef.receivedDscp.value(efArrivedAs), 200);
        if (efArrivedAs != 46) {
            QCOMPARE(ef.remarkedTo, efArrivedAs);
            QCOMPARE(ef.remarkedShare, 1.0);
        }
        // The rules act on the way in only: the echoes came back as they were sent.
        QCOMPARE(ef.returnDscp.value(46), 200);
        for (const ClassOutcome &c : out)
            QCOMPARE(c.lostPercent, 0.0);
    }

    void lossWithinOnePoint() {
        // 10 % random loss on the way to the reflector; 20,000 datagrams make the binomial
        // spread 0.21 points, so 1 point is almost 5 sigma.
        QString error;
        QVERIFY2(
            setRules({QStringLiteral("udp dport %1 numgen random mod 100 < 10 drop").arg(m_port)},
                     &error),
            qPrintable(error));
        const QMap<QString, ClassOutcome> out =
            runQos({QStringLiteral("--classes"), QStringLiteral("AF41"),
                    QStringLiteral("--duration"), QStringLiteral("4"), QStringLiteral("--rate"),
                    QStringLiteral("5000"), QStringLiteral("--size"), QStringLiteral("100")},
                   &error);
        setRules({}, &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        const ClassOutcome af41 = out.value(QStringLiteral("AF41"));
        QCOMPARE(af41.packets, 20000.0);
        QVERIFY2(std::abs(af41.lostPercent - 10.0) <= 1.0,
                 qPrintable(QStringLiteral("measured %1 % loss").arg(af41.lostPercent)));
        QCOMPARE(af41.verdict, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TstQosNetns)
#include "tst_qosnetns.moc"

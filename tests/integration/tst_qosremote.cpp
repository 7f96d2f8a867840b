// QoS across an SSH host: a real sshd on loopback stands for the far host. `hosts deploy
// --tools probe` copies the static perfdeck-probe there over SFTP, then `qos --hosts` runs the
// reflector on the far host (through its launcher, over SSH) with the sender here, and the
// other way round (the reflector here binds to the address the far host reaches us at).
#include "sshdfixture.h"
#include "testhelpers.h"

#include "qos/qosclassresult.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

class TstQosRemote final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_hosts;
    QString m_knownHosts;

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        m_sshd.addConfig(QStringLiteral("Subsystem sftp internal-sftp"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        // The login user's home is the fixture's folder: the probe is deployed into it.
        QVERIFY(QFile::setPermissions(m_sshd.dir(), QFileDevice::Permissions(0x7777)));
        m_knownHosts = m_sshd.writeKnownHosts();
        m_hosts = m_dir.filePath(QStringLiteral("hosts.yaml"));
        QFile f(m_hosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                               "  - name: far\n    address: 127.0.0.1\n    port: %1\n"
                               "    user: %2\n    auth: key\n    identity_file: %3\n")
                    .arg(m_sshd.port())
                    .arg(m_sshd.loginUser(), m_sshd.userKey())
                    .toUtf8());
    }

    void deployCopiesTheProbe() {
        const TestHelpers::CliResult r = TestHelpers::runCli(
            {QStringLiteral("hosts"), QStringLiteral("deploy"), QStringLiteral("--hosts"), m_hosts,
             QStringLiteral("--host"), QStringLiteral("far"), QStringLiteral("--known-hosts"),
             m_knownHosts, QStringLiteral("--tools"), QStringLiteral("probe")},
            120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString copied = m_sshd.dir() + QStringLiteral("/.perfdeck/bin/perfdeck-probe");
        QVERIFY2(QFileInfo(copied).isExecutable(), qPrintable(r.out + r.err));
        QCOMPARE(QFileInfo(copied).size(), QFileInfo(QStringLiteral(PERFDECK_PROBE_BIN)).size());
    }

    void qosAcrossSsh_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addRow("reflector on the SSH host") << "local"
                                                   << "far";
        QTest::addRow("sender on the SSH host") << "far"
                                                << "local";
    }
    void qosAcrossSsh() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        const TestHelpers::CliResult r = TestHelpers::runCli(
            {QStringLiteral("qos"), QStringLiteral("--hosts"), m_hosts, QStringLiteral("--clients"),
             client, QStringLiteral("--servers"), server, QStringLiteral("--known-hosts"),
             m_knownHosts, QStringLiteral("--classes"), QStringLiteral("EF,CS0"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--json")},
            120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray runs =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &v : runs) {
            const RunResult run = RunResult::fromJson(v.toObject());
            QCOMPARE(toString(run.status), toString(RunStatus::Ok));
            QCOMPARE(run.clientHost, client);
            QCOMPARE(run.serverHost, server);
            QCOMPARE(run.summary.packets, 100.0);
            QCOMPARE(run.summary.lostPackets, 0.0);
            QCOMPARE(QosClassResult::toString(QosClassResult::fromJson(run.qos).verdict),
                     QosClassResult::toString(QosClassResult::Verdict::Kept));
        }
        // The command lines went through the launchers: the far host ran its probe from
        // where deploy put it.
        QVERIFY2(r.err.contains(QStringLiteral("far: .perfdeck/bin/perfdeck-probe")),
                 qPrintable(r.err));
    }

    // A UDP traffic pattern with the probe's paced sender on the SSH host (deployed above) and
    // its reflector here, and the other way round: every phase arrives at its requested rate
    // and the results file says so per phase.
    void udpPatternAcrossSsh_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addRow("sender on the SSH host") << "far"
                                                << "local";
        QTest::addRow("reflector on the SSH host") << "local"
                                                   << "far";
    }
    void udpPatternAcrossSsh() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        const QString json = m_dir.filePath(QStringLiteral("pattern-%1.json").arg(client));
        const QString pattern = QStringLiteral("steps:10M/1s,30M/1s,20M/1s");
        const TestHelpers::CliResult r = TestHelpers::runCli(
            {QStringLiteral("run"), QStringLiteral("--hosts"), m_hosts, QStringLiteral("--clients"),
             client, QStringLiteral("--servers"), server, QStringLiteral("--known-hosts"),
             m_knownHosts, QStringLiteral("--udp"), QStringLiteral("--pattern"), pattern,
             QStringLiteral("--interval"), QStringLiteral("0.5"), QStringLiteral("--json"), json,
             QStringLiteral("--no-history"), QStringLiteral("--plain")},
            120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray runs = TestHelpers::readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject json0 = runs.at(0).toObject();
        const RunResult run = RunResult::fromJson(json0);
        QCOMPARE(toString(run.status), toString(RunStatus::Ok));
        QCOMPARE(toString(run.engine), toString(Engine::Probe));
        QCOMPARE(run.clientHost, client);
        QCOMPARE(run.serverHost, server);
        QCOMPARE(run.pattern, pattern);
        const QJsonArray phases = json0.value(QLatin1String("phases")).toArray();
        QCOMPARE(phases.size(), 3);
        const QList<double> requested{10e6, 30e6, 20e6};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject phase = phases.at(i).toObject();
            const double target = phase.value(QLatin1String("target_bps")).toDouble();
            const double achieved = phase.value(QLatin1String("achieved_bps")).toDouble();
            const QString all = QString::fromUtf8(QJsonDocument(phases).toJson());
            QVERIFY2(std::fabs(target - requested[i]) < 1e-6 * requested[i], qPrintable(all));
            QVERIFY2(std::fabs(achieved - target) <= 0.05 * target, qPrintable(all));
            QVERIFY2(phase.value(QLatin1String("lost_percent")).toDouble(100) < 1, qPrintable(all));
        }
        // The CLI said the same per phase; a sender on the far host was the deployed probe.
        QVERIFY2(r.out.contains(QStringLiteral("pattern %1, requested and achieved rate per "
                                               "phase")
                                    .arg(pattern)),
                 qPrintable(r.out + r.err));
        if (client == QLatin1String("far"))
            QCOMPARE(run.command.value(0), QStringLiteral(".perfdeck/bin/perfdeck-probe"));
    }
};

QTEST_GUILESS_MAIN(TstQosRemote)
#include "tst_qosremote.moc"

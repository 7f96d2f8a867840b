// `perfdeck-cli run --hosts FILE --clients A,B --servers C,D` with real iperf3 on loopback:
// four inventory hosts at 127.0.0.2-5 stand for this machine, a 2x2 plan runs under the
// plan's limits with one line per finished cell, a clients x servers table, every run in
// --json with client, server, cell and instance, instances inside cells, the plan saved with
// the session; unknown hosts are refused before any test runs, an SSH host that does not
// answer fails its cell.
#include "results/session.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

const QString InventoryFile = QStringLiteral(PERFDECK_TEST_DATA "/inventory/loopback-plan.yaml");

QStringList planArgs(const QStringList &extra) {
    return QStringList{QStringLiteral("run"),
                       QStringLiteral("--hosts"),
                       InventoryFile,
                       QStringLiteral("--clients"),
                       QStringLiteral("lo2,lo3"),
                       QStringLiteral("--servers"),
                       QStringLiteral("lo4,lo5"),
                       QStringLiteral("--duration"),
                       QStringLiteral("1"),
                       QStringLiteral("--quiet")} +
           extra;
}

} // namespace

class TestCliMatrix final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
    }

    void twoByTwoOnLoopback() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("plan.json"));
        const QString session = dir.filePath(QStringLiteral("plan.perfdeck"));
        const CliResult r =
            runCli(planArgs({QStringLiteral("--max-parallel"), QStringLiteral("2"),
                             QStringLiteral("--max-per-host"), QStringLiteral("1"),
                             QStringLiteral("--json"), json, QStringLiteral("--session"), session}),
                   120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // One progress line per finished cell.
        const QStringList cellLines =
            r.err.split(QLatin1Char('\n'))
                .filter(QRegularExpression(
                    QStringLiteral(R"(^\[\d/4\] lo[23]->lo[45]: done, [0-9.]+ [GM]bit/s$)")));
        QCOMPARE(cellLines.size(), 4);
        // The table: clients as rows, servers as columns.
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral(R"(client \\ server\s+lo4\s+lo5)"))),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral(R"(\nlo2\s+\S+ [GM]bit/s\s+\S+ [GM]bit/s)"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral(R"(\nlo3\s+\S+ [GM]bit/s\s+\S+ [GM]bit/s)"))),
                 qPrintable(r.out));
        const QJsonArray runs = readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 4);
        QSet<QString> cells;
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            const QString client = run.value(QLatin1String("client_host")).toString();
            const QString server = run.value(QLatin1String("server_host")).toString();
            QCOMPARE(run.value(QLatin1String("cell")).toString(), client + "->" + server);
            cells.insert(run.value(QLatin1String("cell")).toString());
            QCOMPARE(run.value(QLatin1String("instance")).toInt(), 1);
            QCOMPARE(run.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
            // The server listened at its host's address, the client sent from its own.
            const QString serverAddress = QStringLiteral("127.0.0.%1").arg(server.right(1));
            QVERIFY2(run.value(QLatin1String("server")).toString().startsWith(serverAddress),
                     qPrintable(run.value(QLatin1String("server")).toString()));
            const QString clientAddress = QStringLiteral("127.0.0.%1:").arg(client.right(1));
            QVERIFY2(run.value(QLatin1String("client")).toString().startsWith(clientAddress),
                     qPrintable(run.value(QLatin1String("client")).toString()));
        }
        QCOMPARE(cells.size(), 4);
        Session s;
        QString error;
        QVERIFY2(Session::load(session, &s, &error), qPrintable(error));
        QCOMPARE(s.matrix.clients, (QStringList{QStringLiteral("lo2"), QStringLiteral("lo3")}));
        QCOMPARE(s.matrix.servers, (QStringList{QStringLiteral("lo4"), QStringLiteral("lo5")}));
        QCOMPARE(s.runs.size(), 4);
    }

    void netperfClientSendsFromItsHostsAddress() {
        if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty())
            QSKIP("netperf is not installed");
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("netperf.json"));
        QProcess cli;
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("run"), QStringLiteral("--hosts"), InventoryFile,
                   QStringLiteral("--clients"), QStringLiteral("lo3"), QStringLiteral("--servers"),
                   QStringLiteral("lo5"), QStringLiteral("--engine"), QStringLiteral("netperf"),
                   QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--quiet"),
                   QStringLiteral("--json"), json});
        QVERIFY(cli.waitForStarted());
        // While the test runs, its connections go from lo3's address to lo5's (control and
        // data), never from 127.0.0.1.
        QSet<QString> sources;
        QElapsedTimer clock;
        clock.start();
        while (cli.state() == QProcess::Running && clock.elapsed() < 30000) {
            QProcess ss;
            ss.start(QStringLiteral("ss"),
                     {QStringLiteral("-tnH"), QStringLiteral("dst"), QStringLiteral("127.0.0.5")});
            ss.waitForFinished(5000);
            for (const QString &line : QString::fromUtf8(ss.readAllStandardOutput())
                                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList f = line.simplified().split(QLatin1Char(' '));
                if (f.size() >= 5 && f.at(0) == QLatin1String("ESTAB"))
                    sources.insert(f.at(3).section(QLatin1Char(':'), 0, 0));
            }
            QTest::qWait(100);
        }
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray runs = readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY2(sources.contains(QStringLiteral("127.0.0.3")),
                 qPrintable(QStringList(sources.values()).join(QLatin1Char(' '))));
        QVERIFY2(!sources.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(QStringList(sources.values()).join(QLatin1Char(' '))));
    }

    void instancesInsideCellsAndSelfPairsSkipped() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("plan.json"));
        const CliResult r = runCli(
            {QStringLiteral("run"), QStringLiteral("--hosts"), InventoryFile,
             QStringLiteral("--clients"), QStringLiteral("lo2,lo4"), QStringLiteral("--servers"),
             QStringLiteral("lo4"), QStringLiteral("--instances"), QStringLiteral("2"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--max-parallel"),
             QStringLiteral("4"), QStringLiteral("--json"), json, QStringLiteral("--quiet")},
            120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(
                     QLatin1String("lo4->lo4: skipped (client and server are the same host)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("[1/1] lo2->lo4: done")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("over 2 instances")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("lo2->lo4: 2 instances: total")), qPrintable(r.out));
        const QJsonArray runs = readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject run = runs.at(i).toObject();
            QCOMPARE(run.value(QLatin1String("cell")).toString(), QStringLiteral("lo2->lo4"));
            QCOMPARE(run.value(QLatin1String("instance")).toInt(), i + 1);
            QCOMPARE(run.value(QLatin1String("instances")).toInt(), 2);
            QVERIFY(run.value(QLatin1String("start_skew_ms")).isDouble());
        }
    }

    void forwardAndReverseRunsArePaired() {
        // The throughput profile measures upload and download with 1 and 4 streams.
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("pairs.json"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--profile"),
                                    QStringLiteral("throughput"), QStringLiteral("--set"),
                                    QStringLiteral("DURATION=2"), QStringLiteral("--json"), json,
                                    QStringLiteral("--quiet")},
                                   120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QStringList pairLines =
            r.out.split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral(
                    R"(^local -> local: forward \S+ [GM]bit/s, reverse \S+ [GM]bit/s, )"
                    R"(asymmetry [0-9.]+$)")));
        QVERIFY2(pairLines.size() == 2, qPrintable(r.out));
        const QJsonArray runs = readJson(json).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 4);
        for (int i = 0; i < 4; i += 2) {
            const QJsonObject up = runs.at(i).toObject();
            const QJsonObject down = runs.at(i + 1).toObject();
            QCOMPARE(up.value(QLatin1String("pair_of")).toString(),
                     down.value(QLatin1String("id")).toString());
            QCOMPARE(down.value(QLatin1String("pair_of")).toString(),
                     up.value(QLatin1String("id")).toString());
        }
    }

    void refusedBeforeAnyTest_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown client")
            << QStringList{QStringLiteral("--hosts"),   InventoryFile,
                           QStringLiteral("--clients"), QStringLiteral("lo9"),
                           QStringLiteral("--servers"), QStringLiteral("lo4")}
            << "unknown host 'lo9'";
        QTest::addRow("clients without servers")
            << QStringList{QStringLiteral("--hosts"), InventoryFile, QStringLiteral("--clients"),
                           QStringLiteral("lo2")}
            << "needs both --clients and --servers";
        QTest::addRow("limit without a plan")
            << QStringList{QStringLiteral("--max-per-host"), QStringLiteral("2")}
            << "--max-per-host applies to a test plan";
        QTest::addRow("missing inventory")
            << QStringList{QStringLiteral("--hosts"),   QStringLiteral("/nonexistent/h.yaml"),
                           QStringLiteral("--clients"), QStringLiteral("lo2"),
                           QStringLiteral("--servers"), QStringLiteral("lo4")}
            << "/nonexistent/h.yaml";
    }
    // An SSH host is reached through HostLaunchers (tst_cliremoterun runs plans over a real
    // sshd); one that does not answer fails its cell, naming the host and why.
    void unreachableSshHostFailsItsCell() {
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--hosts"), InventoryFile,
                    QStringLiteral("--clients"), QStringLiteral("lo2"), QStringLiteral("--servers"),
                    QStringLiteral("sshbox"), QStringLiteral("-t"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        const QString said = r.err + r.out;
        QVERIFY2(said.contains(QLatin1String("sshbox")) &&
                     said.contains(QLatin1String("127.0.0.6")),
                 qPrintable(said));
    }

    void refusedBeforeAnyTest() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{QStringLiteral("run")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "tst_climatrix.moc"

// perfdeck-cli run end to end with the real iperf3 on loopback: the results document equals
// iperf3's own end sums, live progress reaches stderr, exit codes follow the CLI contract and
// Ctrl-C leaves no iperf3 behind.
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TestHelpers;

namespace {

const QString Cli = QStringLiteral(PERFDECK_CLI);

} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void documentEqualsIperf3EndSums() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        const QString raw = dir.filePath(QStringLiteral("raw"));
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("3"),
                    QStringLiteral("--parallel"), QStringLiteral("4"), QStringLiteral("--json"),
                    json, QStringLiteral("--csv"), csv, QStringLiteral("--keep-raw"), raw});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // Live progress: one line per interval with elapsed/total and the rate.
        const QStringList progress =
            r.err.split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral(R"(/3 s\s+\d)")));
        QVERIFY2(progress.size() >= 2, qPrintable(r.err));
        QVERIFY(progress.first().contains(QLatin1String("bit/s")));
        QVERIFY2(r.out.contains(QLatin1String("throughput")), qPrintable(r.out));

        const QJsonObject doc = readJson(json);
        QCOMPARE(doc.value(QStringLiteral("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        const QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first().toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.value(QStringLiteral("streams")).toInt(), 4);
        QCOMPARE(run.value(QStringLiteral("direction")).toString(), QStringLiteral("send"));
        const QJsonObject summary = run.value(QStringLiteral("summary")).toObject();

        const QString rawPath = raw + QLatin1Char('/') +
                                run.value(QStringLiteral("id")).toString() +
                                QStringLiteral(".json");
        const QJsonObject iperf = readJson(rawPath);
        const QJsonObject end = iperf.value(QStringLiteral("end")).toObject();
        QVERIFY2(!end.isEmpty(), qPrintable(rawPath));
        const QJsonObject sent = end.value(QStringLiteral("sum_sent")).toObject();
        const QJsonObject received = end.value(QStringLiteral("sum_received")).toObject();
        QCOMPARE(summary.value(QStringLiteral("throughput_bps")).toDouble(),
                 received.value(QStringLiteral("bits_per_second")).toDouble());
        QCOMPARE(summary.value(QStringLiteral("received_bps")).toDouble(),
                 received.value(QStringLiteral("bits_per_second")).toDouble());
        QCOMPARE(summary.value(QStringLiteral("sent_bps")).toDouble(),
                 sent.value(QStringLiteral("bits_per_second")).toDouble());
        QCOMPARE(summary.value(QStringLiteral("retransmits")).toDouble(),
                 sent.value(QStringLiteral("retransmits")).toDouble());
        QCOMPARE(summary.value(QStringLiteral("cpu_local_percent")).toDouble(),
                 end.value(QStringLiteral("cpu_utilization_percent"))
                     .toObject()
                     .value(QStringLiteral("host_total"))
                     .toDouble());
        QVERIFY(summary.value(QStringLiteral("jitter_ms")).isNull());
        const QJsonArray intervals = run.value(QStringLiteral("intervals")).toArray();
        QCOMPARE(intervals.size(), iperf.value(QStringLiteral("intervals")).toArray().size());
        QCOMPARE(intervals.first().toObject().value(QStringLiteral("streams")).toArray().size(), 4);

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), intervals.size() + 1);
    }

    void reverseAndBidir_data() {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("direction");
        QTest::addRow("reverse") << "--reverse"
                                 << "receive";
        QTest::addRow("bidir") << "--bidir"
                               << "bidir";
    }
    void reverseAndBidir() {
        QFETCH(QString, flag);
        QFETCH(QString, direction);
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("2"), flag,
                    QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // --quiet: no progress
        const QJsonObject run =
            readJson(json).value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("direction")).toString(), direction);
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
        if (direction == QLatin1String("bidir")) {
            QVERIFY(run.value(QStringLiteral("reverse_summary"))
                        .toObject()
                        .value(QStringLiteral("throughput_bps"))
                        .toDouble() > 0);
        }
    }

    void iperf3ShortOptionsWork() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r = runCli(
            {QStringLiteral("run"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-P"),
             QStringLiteral("2"), QStringLiteral("-u"), QStringLiteral("-b"), QStringLiteral("20M"),
             QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject run =
            readJson(json).value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
        QCOMPARE(run.value(QStringLiteral("streams")).toInt(), 2);
        // -b is per stream in iperf3: two streams at 20 Mbit/s each.
        const double bps = run.value(QStringLiteral("summary"))
                               .toObject()
                               .value(QStringLiteral("throughput_bps"))
                               .toDouble();
        QVERIFY2(qAbs(bps - 40e6) < 4e6, qPrintable(QString::number(bps)));
    }

    void badInputExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("too many streams") << QStringList{"--parallel", "500"} << "--parallel";
        QTest::addRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::addRow("bad target") << QStringList{"--target", "a b:1"} << "--target";
        QTest::addRow("bad port") << QStringList{"--target", "localhost:70000"} << "port";
        QTest::addRow("bad bitrate") << QStringList{"--udp", "--bitrate", "fast"} << "--bitrate";
        QTest::addRow("bad dscp") << QStringList{"--dscp", "AF99"} << "DSCP";
        QTest::addRow("reverse and bidir") << QStringList{"--reverse", "--bidir"} << "--bidir";
        QTest::addRow("interval too short") << QStringList{"--interval", "0.01"} << "--interval";
    }
    void badInputExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{QStringLiteral("run")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusedTargetExitsOne() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--target"),
                    QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--duration"),
                    QStringLiteral("1"), QStringLiteral("--json"), json});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("Connection refused")), qPrintable(r.out));
        const QJsonObject run =
            readJson(json).value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    }

    void sigintLeavesNoIperf3() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        QProcess p;
        p.start(Cli, {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("30"),
                      QStringLiteral("--json"), json});
        QVERIFY(p.waitForStarted());
        // Wait for the first interval line so both iperf3 processes are up and measuring.
        const QByteArray err = waitForStderr(p, "bit/s", 15000);
        QVERIFY2(err.contains("bit/s"), err.constData());
        const QList<qint64> children = childrenOf(p.processId());
        QCOMPARE(children.size(), 2);
        for (qint64 pid : children)
            QVERIFY2(commandOf(pid).contains(QLatin1String("iperf3")), qPrintable(commandOf(pid)));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 1);
        for (qint64 pid : children)
            QVERIFY2(!processExists(pid),
                     qPrintable(QStringLiteral("iperf3 %1 survived").arg(pid)));
        const QJsonObject run =
            readJson(json).value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
    }

    void sigkillOfCliTakesItsChildrenAlong() {
        QProcess p;
        p.start(Cli, {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("30")});
        QVERIFY(p.waitForStarted());
        const QByteArray err = waitForStderr(p, "bit/s", 15000);
        QVERIFY2(err.contains("bit/s"), err.constData());
        const QList<qint64> children = childrenOf(p.processId());
        QCOMPARE(children.size(), 2);
        p.kill();
        QVERIFY(p.waitForFinished(5000));
        for (qint64 pid : children)
            QTRY_VERIFY2_WITH_TIMEOUT(!processExists(pid), "iperf3 outlived a killed perfdeck-cli",
                                      5000);
    }

    void sessionAppendsRuns() {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.perfdeck"));
        for (int i = 0; i < 2; ++i) {
            const CliResult r =
                runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                        QStringLiteral("--session"), session, QStringLiteral("--quiet")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QJsonObject s = readJson(session);
        QCOMPARE(s.value(QStringLiteral("format")).toString(), QStringLiteral("perfdeck.session"));
        QCOMPARE(s.value(QStringLiteral("runs")).toArray().size(), 2);
        QCOMPARE(s.value(QStringLiteral("specs")).toArray().size(), 2);

        // A damaged session stops the run before any test: nothing would be saved otherwise.
        QFile f(session);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": \"perfdeck.session\", \"version\": 1, \"runs\": [");
        f.close();
        const CliResult bad = runCli({QStringLiteral("run"), QStringLiteral("--duration"),
                                      QStringLiteral("1"), QStringLiteral("--session"), session});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(session) && bad.err.contains(QLatin1String("line 1")),
                 qPrintable(bad.err));
    }

    void repeatRunsSeveralTimes() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--duration"),
                                    QStringLiteral("1"), QStringLiteral("--repeat"),
                                    QStringLiteral("2"), QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 runs: mean")), qPrintable(r.out));
        const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).toObject().value(QStringLiteral("id")) !=
                runs.at(1).toObject().value(QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"

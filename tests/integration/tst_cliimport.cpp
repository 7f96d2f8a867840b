// Runs the real perfdeck-cli binary: `import FILE... --json OUT` on real iperf3 captures.
#include "results/resultsdocument.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + QLatin1String(name);
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsAllGoodFiles();
    void flentAlongsideIperf3();
    void rrulAndJsonStream();
    void badFileAmongGoodOnes();
    void badArguments_data();
    void badArguments();
    void help();
};

void TestCliImport::importsAllGoodFiles() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r =
        runCli({QStringLiteral("import"), fixture("tcp_basic.json"), fixture("tcp_bidir.json"),
                fixture("udp_100m.json"), QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 3); // one summary line per run
    QVERIFY(r.out.contains(QLatin1String("tcp_bidir: iperf3 tcp bidir")));

    ResultsDocument doc;
    QString error;
    QVERIFY2(ResultsDocument::load(out, &doc, &error), qPrintable(error));
    QCOMPARE(doc.runs.size(), 3);
    const QJsonObject json = readJson(out);
    QCOMPARE(json["format"].toString(), QStringLiteral("perfdeck.results/1"));
    const QJsonObject basic = readJson(fixture("tcp_basic.json"));
    const QJsonObject run0 = json["runs"][0].toObject();
    QCOMPARE(run0["source"].toString(), fixture("tcp_basic.json"));
    QCOMPARE(run0["summary"]["throughput_bps"].toDouble(),
             basic["end"]["sum_received"]["bits_per_second"].toDouble());
    QVERIFY(run0["summary"]["jitter_ms"].isNull());
    QCOMPARE(run0["intervals"].toArray().size(), basic["intervals"].toArray().size());
    QVERIFY(json["runs"][1]["reverse_summary"].isObject());
    QCOMPARE(json["runs"][2]["protocol"].toString(), QStringLiteral("udp"));
    QVERIFY(json["runs"][2]["summary"]["retransmits"].isNull());
}

void TestCliImport::flentAlongsideIperf3() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QString flent =
        QStringLiteral(PERFDECK_TEST_DATA "/flent/tcp_upload-2026-11-24T122827.888669.flent.gz");
    const CliResult r = runCli({QStringLiteral("import"), flent, fixture("tcp_basic.json"),
                                QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = readJson(out);
    QCOMPARE(json["runs"].toArray().size(), 2);
    QCOMPARE(json["runs"][0]["engine"].toString(), QStringLiteral("netperf"));
    QCOMPARE(json["runs"][0]["source"].toString(), flent);
    QCOMPARE(json["runs"][0]["summary"]["throughput_bps"].toDouble(), 18658.08e6);
    QCOMPARE(json["runs"][0]["intervals"].toArray().size(), 26);
    QCOMPARE(json["runs"][1]["engine"].toString(), QStringLiteral("iperf3"));
}

// A flent rrul file is one group of flows with their classes (not 13 runs and 13 warnings),
// and an iperf3 3.21 --json-stream file imports next to it.
void TestCliImport::rrulAndJsonStream() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QString rrul =
        QStringLiteral(PERFDECK_TEST_DATA "/flent/rrul-2026-12-01T214941.650960.loopback.flent.gz");
    const CliResult r = runCli({QStringLiteral("import"), rrul, fixture("3.21/tcp_p2_stream.jsonl"),
                                QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count(QLatin1String("warning:")), 1);
    QVERIFY2(r.out.contains(QLatin1String("group flent rrul 'loopback', 2026-12-01 21:49:41 (12 "
                                          "runs, classes BE BK CS5 EF): upload 2.99 Gbit/s, "
                                          "download 4.33 Gbit/s, total 7.32 Gbit/s")),
             qPrintable(r.out));
    const QJsonArray runs = readJson(out)["runs"].toArray();
    QCOMPARE(runs.size(), 13);
    int pings = 0;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(runs[i]["group"].toString().startsWith(QLatin1String("flent-rrul-")));
        QVERIFY(!runs[i]["class"].toString().isEmpty());
        if (runs[i]["engine"].toString() == QLatin1String("ping")) {
            ++pings; // rrul's ICMP series: once, as a run of its own
            QCOMPARE(runs[i]["protocol"].toString(), QStringLiteral("icmp"));
        }
    }
    QCOMPARE(pings, 1);
    QCOMPARE(runs[12]["engine"].toString(), QStringLiteral("iperf3"));
    QCOMPARE(runs[12]["streams"].toInt(), 2);
    QCOMPARE(runs[12]["status"].toString(), QStringLiteral("ok"));
    QVERIFY(!runs[12].toObject().contains(QLatin1String("group")));
}

void TestCliImport::badFileAmongGoodOnes() {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("cut.json"));
    {
        QFile in(fixture("tcp_p4.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(in.readAll().left(1500));
    }
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r = runCli({QStringLiteral("import"), fixture("tcp_basic.json"), bad,
                                fixture("error_busy.json"), QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(bad + QLatin1String(": line ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("unexpected end of data (the file looks truncated)")));
    const QJsonObject json = readJson(out);
    const QJsonArray runs = json["runs"].toArray();
    QCOMPARE(runs.size(), 2); // the good ones are still written
    QCOMPARE(runs[1]["status"].toString(), QStringLiteral("error"));
    QCOMPARE(runs[1]["error"].toString(),
             QStringLiteral("the server is busy running a test. try again later"));
}

void TestCliImport::badArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no files") << QStringList{QStringLiteral("--json"), QStringLiteral("x.json")}
                              << "no input files";
    QTest::addRow("no --json") << QStringList{fixture("tcp_basic.json")} << "--json OUT";
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), fixture("tcp_basic.json")} << "frobnicate";
}

void TestCliImport::badArguments() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString &a : args)
        if (a == QLatin1String("x.json"))
            a = dir.filePath(a);
    const CliResult r = runCli(QStringList{QStringLiteral("import")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.json"))));
}

void TestCliImport::help() {
    const CliResult r = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--json")));
    QVERIFY(r.out.startsWith(QLatin1String("Usage: perfdeck-cli import")));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"

// End-to-end `perfdeck-cli stats`: results documents and CSV in, the stats --json contract and
// the exit codes out (0 ok, 2 bad input, 3 significant regression), numbers checked against
// scipy (tests/data/stats/reference.json, "cli" section).
#include "testhelpers.h"

#include "results/resultsdocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString Data = QStringLiteral(PERFDECK_TEST_DATA "/stats/");

TestHelpers::CliResult runStats(const QStringList &arguments) {
    return TestHelpers::runCli(QStringList{QStringLiteral("stats")} + arguments);
}

QJsonObject cliReference(const char *name) {
    QFile file(Data + QStringLiteral("reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("cli"))
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}

bool close(double actual, double expected, double rel) {
    return std::fabs(actual - expected) <= rel * std::fabs(expected);
}

#define EXPECT_CLOSE(actual, expected, rel)                                                        \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        QVERIFY2(close(a_, e_, rel), qPrintable(QStringLiteral("%1: got %2, scipy %3")             \
                                                    .arg(QLatin1String(#actual))                   \
                                                    .arg(a_, 0, 'g', 17)                           \
                                                    .arg(e_, 0, 'g', 17)));                        \
    } while (false)

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

// n iperf3 runs as `run` writes them: the command tells the target rate and duration.
QList<Perfdeck::RunResult> iperf3Runs(const QString &prefix, int n, double bps, bool udp,
                                      int streams = 1) {
    QList<Perfdeck::RunResult> runs;
    for (int i = 0; i < n; ++i) {
        Perfdeck::RunResult run;
        run.id = QStringLiteral("%1-%2").arg(prefix).arg(i + 1);
        run.protocol = udp ? Perfdeck::Protocol::Udp : Perfdeck::Protocol::Tcp;
        run.streams = streams;
        run.durationS = 10;
        run.command = {QStringLiteral("iperf3"), QStringLiteral("-c"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("-t"),     QStringLiteral("10"), QStringLiteral("-J")};
        if (udp)
            run.command << QStringLiteral("-u") << QStringLiteral("-b") << QStringLiteral("100M");
        if (streams > 1)
            run.command << QStringLiteral("-P") << QString::number(streams);
        run.summary.throughputBps = bps * (1 + 0.01 * ((i * 7) % 5));
        runs << run;
    }
    return runs;
}

QString writeDocument(const QTemporaryDir &dir, const QString &name,
                      const QList<Perfdeck::RunResult> &runs) {
    Perfdeck::ResultsDocument document;
    document.runs = runs;
    const QString path = dir.filePath(name);
    QString error;
    if (!document.save(path, &error))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

// Stream 1 carries `share` of every interval of a 2-stream run.
void addStreams(Perfdeck::RunResult *run, double share) {
    for (int i = 0; i < 4; ++i) {
        Perfdeck::IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        interval.bps = *run->summary.throughputBps;
        Perfdeck::StreamSample a;
        a.id = 5;
        a.bps = *interval.bps * share;
        Perfdeck::StreamSample b;
        b.id = 7;
        b.bps = *interval.bps * (1 - share);
        interval.streams = {a, b};
        run->intervals << interval;
    }
}

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void regressionExitsThreeWithScipyNumbers() {
        const TestHelpers::CliResult run =
            runStats({Data + QStringLiteral("regressed.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("baseline.json"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        // The failed run and the run without throughput are skipped, and said so.
        QVERIFY2(run.err.contains(QStringLiteral("'failed' skipped")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("'no-throughput' skipped")), qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject ref = cliReference("regressed_vs_baseline");
        QVERIFY(!ref.isEmpty());
        const QJsonObject d = ref[QStringLiteral("describe")].toObject();
        QCOMPARE(json[QStringLiteral("n")].toInt(), 10);
        EXPECT_CLOSE(json[QStringLiteral("mean")].toDouble(), d[QStringLiteral("mean")].toDouble(),
                     1e-12);
        EXPECT_CLOSE(json[QStringLiteral("median")].toDouble(),
                     d[QStringLiteral("median")].toDouble(), 1e-12);
        EXPECT_CLOSE(json[QStringLiteral("stddev")].toDouble(),
                     d[QStringLiteral("stddev")].toDouble(), 1e-9);
        const QJsonArray ci95 = d[QStringLiteral("t_ci")][QStringLiteral("0.95")].toArray();
        EXPECT_CLOSE(json[QStringLiteral("ci")][QStringLiteral("low")].toDouble(),
                     ci95[0].toDouble(), 1e-9);
        EXPECT_CLOSE(json[QStringLiteral("ci")][QStringLiteral("high")].toDouble(),
                     ci95[1].toDouble(), 1e-9);
        EXPECT_CLOSE(json[QStringLiteral("normality")][QStringLiteral("w")].toDouble(),
                     d[QStringLiteral("shapiro")][QStringLiteral("w")].toDouble(), 1e-5);

        const QJsonObject c = json[QStringLiteral("comparison")].toObject();
        const QJsonObject welch = ref[QStringLiteral("welch_t")].toObject();
        EXPECT_CLOSE(c[QStringLiteral("welch_t")][QStringLiteral("t")].toDouble(),
                     welch[QStringLiteral("t")].toDouble(), 1e-9);
        EXPECT_CLOSE(c[QStringLiteral("welch_t")][QStringLiteral("df")].toDouble(),
                     welch[QStringLiteral("df")].toDouble(), 1e-9);
        EXPECT_CLOSE(c[QStringLiteral("welch_t")][QStringLiteral("p")].toDouble(),
                     welch[QStringLiteral("p")].toDouble(), 1e-8);
        const QJsonObject mw = ref[QStringLiteral("mann_whitney")].toObject();
        QCOMPARE(c[QStringLiteral("mann_whitney")][QStringLiteral("u")].toDouble(),
                 mw[QStringLiteral("u")].toDouble());
        EXPECT_CLOSE(c[QStringLiteral("mann_whitney")][QStringLiteral("p")].toDouble(),
                     mw[QStringLiteral("p")].toDouble(), 1e-9);
        EXPECT_CLOSE(c[QStringLiteral("change_percent")].toDouble(),
                     ref[QStringLiteral("change_percent")].toDouble(), 1e-9);
        QCOMPARE(c[QStringLiteral("significant")].toBool(), true);
        QCOMPARE(c[QStringLiteral("verdict")].toString(), QStringLiteral("regressed"));
    }

    void jsonHasExactlyTheContractFields() {
        const TestHelpers::CliResult run =
            runStats({Data + QStringLiteral("similar.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("baseline.json"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(
            keys,
            (QStringList{QStringLiteral("bootstrap_ci"), QStringLiteral("ci"),
                         QStringLiteral("comparison"), QStringLiteral("cv"), QStringLiteral("jain"),
                         QStringLiteral("max"), QStringLiteral("mean"), QStringLiteral("median"),
                         QStringLiteral("min"), QStringLiteral("n"), QStringLiteral("normality"),
                         QStringLiteral("outliers"), QStringLiteral("stddev"),
                         QStringLiteral("variance"), QStringLiteral("warnings")}));
        QVERIFY(json[QStringLiteral("jain")].isNull()); // one stream per run: nothing to judge
        QCOMPARE(json[QStringLiteral("warnings")].toArray(), QJsonArray());
        QCOMPARE(
            json[QStringLiteral("ci")].toObject().keys(),
            (QStringList{QStringLiteral("high"), QStringLiteral("level"), QStringLiteral("low")}));
        QCOMPARE(json[QStringLiteral("bootstrap_ci")].toObject().keys(),
                 (QStringList{QStringLiteral("high"), QStringLiteral("level"),
                              QStringLiteral("low"), QStringLiteral("resamples")}));
        QCOMPARE(
            json[QStringLiteral("outliers")].toObject().keys(),
            (QStringList{QStringLiteral("iqr"), QStringLiteral("mad"), QStringLiteral("zscore")}));
        QCOMPARE(json[QStringLiteral("normality")].toObject().keys(),
                 (QStringList{QStringLiteral("p"), QStringLiteral("test"), QStringLiteral("w")}));
        const QJsonObject c = json[QStringLiteral("comparison")].toObject();
        QCOMPARE(c.keys(),
                 (QStringList{QStringLiteral("change_percent"), QStringLiteral("comparable"),
                              QStringLiteral("mann_whitney"), QStringLiteral("significant"),
                              QStringLiteral("verdict"), QStringLiteral("warnings"),
                              QStringLiteral("welch_t")}));
        QCOMPARE(c[QStringLiteral("comparable")].toBool(), true);
        QCOMPARE(c[QStringLiteral("warnings")].toArray(), QJsonArray());
        QCOMPARE(c[QStringLiteral("verdict")].toString(), QStringLiteral("unchanged"));
        const QJsonObject ref = cliReference("similar_vs_baseline");
        EXPECT_CLOSE(c[QStringLiteral("welch_t")][QStringLiteral("p")].toDouble(),
                     ref[QStringLiteral("welch_t")][QStringLiteral("p")].toDouble(), 1e-9);
    }

    void transactionsAreUsedForLatencyTests() {
        const TestHelpers::CliResult run =
            runStats({Data + QStringLiteral("rr_improved.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("rr_baseline.json"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject c = QJsonDocument::fromJson(run.out.toUtf8())
                                  .object()[QStringLiteral("comparison")]
                                  .toObject();
        QCOMPARE(c[QStringLiteral("verdict")].toString(), QStringLiteral("improved"));
        const QJsonObject ref = cliReference("rr_improved_vs_rr_baseline");
        // 8 vs 8 without ties: scipy's 'auto' takes the exact distribution, and so do we.
        EXPECT_CLOSE(c[QStringLiteral("mann_whitney")][QStringLiteral("p")].toDouble(),
                     ref[QStringLiteral("mann_whitney")][QStringLiteral("p")].toDouble(), 1e-12);
        // Reversed, the same difference is a regression of transactions per second: exit 3.
        const TestHelpers::CliResult reversed =
            runStats({Data + QStringLiteral("rr_baseline.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("rr_improved.json")});
        QCOMPARE(reversed.exitCode, 3);
        // ... unless the user says lower is better.
        const TestHelpers::CliResult lower =
            runStats({Data + QStringLiteral("rr_baseline.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("rr_improved.json"), QStringLiteral("--direction"),
                      QStringLiteral("lower")});
        QCOMPARE(lower.exitCode, 0);
        QVERIFY(lower.out.contains("IMPROVED"));
    }

    void humanOutputHasUnitsAndVerdict() {
        const TestHelpers::CliResult run =
            runStats({Data + QStringLiteral("regressed.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("baseline.json"), QStringLiteral("--resamples"),
                      QStringLiteral("1000")});
        QCOMPARE(run.exitCode, 3);
        const QString out = run.out;
        QVERIFY2(out.contains(QStringLiteral("9.111 Gbit/s")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Mbit/s"))); // the standard deviation
        QVERIFY(out.contains(QStringLiteral("REGRESSED")));
        QVERIFY(out.contains(QStringLiteral("-3.12 %")));
    }

    void csvInput() {
        const TestHelpers::CliResult run =
            runStats({Data + QStringLiteral("values.csv"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("n")].toInt(), 11); // header, comments, blank lines skipped
        const TestHelpers::CliResult human = runStats({Data + QStringLiteral("values.csv")});
        QVERIFY(human.out.contains("Gbit/s")); // the "throughput_bps" header gives the unit
        const QJsonObject d =
            cliReference("similar_vs_baseline")[QStringLiteral("describe")].toObject();
        EXPECT_CLOSE(json[QStringLiteral("mean")].toDouble(), d[QStringLiteral("mean")].toDouble(),
                     1e-12);
        QCOMPARE(json[QStringLiteral("outliers")][QStringLiteral("iqr")].toArray(),
                 d[QStringLiteral("outliers")][QStringLiteral("iqr")].toArray());
    }

    void badInputExitsTwoAndNamesTheFileAndLine() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString badCsv =
            writeFile(dir, QStringLiteral("bad.csv"), "value\n1.5\n\n2.5\nabc\n3\n");
        TestHelpers::CliResult run = runStats({badCsv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(badCsv + QStringLiteral(":5: 'abc' is not a number")),
                 qPrintable(run.err));

        const QString nanCsv = writeFile(dir, QStringLiteral("nan.csv"), "1\n2\nnan\n");
        run = runStats({nanCsv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(nanCsv + QStringLiteral(":3: 'nan' is not a finite number")),
                 qPrintable(run.err));

        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        run = runStats({missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(missing));

        const QString broken =
            writeFile(dir, QStringLiteral("broken.json"),
                      "{\n \"format\": \"perfdeck.results/1\",\n \"runs\": [\n  {\"id\": ,}\n");
        run = runStats({broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(broken) && run.err.contains(QStringLiteral("line 4")),
                 qPrintable(run.err));

        run = runStats(
            {Data + QStringLiteral("baseline.json"), QStringLiteral("--baseline"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(missing));

        run = runStats({Data + QStringLiteral("baseline.json"), QStringLiteral("--confidence"),
                        QStringLiteral("95")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--confidence")));

        const QString empty = writeFile(dir, QStringLiteral("empty.csv"), "# nothing\n\n");
        run = runStats({empty});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no numbers")));
    }

    void tinyAndConstantSamplesGiveDefinedAnswers() {
        QTemporaryDir dir;
        const QString one = writeFile(dir, QStringLiteral("one.csv"), "7.5\n");
        TestHelpers::CliResult run = runStats({one, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("mean")].toDouble(), 7.5);
        QVERIFY(json[QStringLiteral("stddev")].isNull());
        QVERIFY(json[QStringLiteral("ci")].isNull());
        QVERIFY(json[QStringLiteral("normality")].isNull());

        const QString constant = writeFile(dir, QStringLiteral("constant.csv"), "5\n5\n5\n5\n5\n");
        run =
            runStats({constant, QStringLiteral("--json"), QStringLiteral("--baseline"), constant});
        QCOMPARE(run.exitCode, 0);
        json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("stddev")].toDouble(), 0.0);
        QCOMPARE(json[QStringLiteral("ci")][QStringLiteral("low")].toDouble(), 5.0);
        QCOMPARE(json[QStringLiteral("comparison")][QStringLiteral("verdict")].toString(),
                 QStringLiteral("unchanged"));
    }

    void unlikeBaselineIsFlagged() {
        // TCP against a UDP 100M baseline once read "improved, significant, +18,077 %".
        QTemporaryDir dir;
        const QString tcp = writeDocument(dir, QStringLiteral("tcp.json"),
                                          iperf3Runs(QStringLiteral("t"), 5, 9e9, false));
        const QString udp = writeDocument(dir, QStringLiteral("udp.json"),
                                          iperf3Runs(QStringLiteral("u"), 5, 9.9e7, true));
        TestHelpers::CliResult run =
            runStats({tcp, QStringLiteral("--baseline"), udp, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("perfdeck-cli: warning: ")) &&
                     run.err.contains(QStringLiteral("protocol: TCP vs UDP")) &&
                     run.err.contains(QStringLiteral("bitrate: unlimited vs 100 Mbit/s")),
                 qPrintable(run.err));
        const QJsonObject c = QJsonDocument::fromJson(run.out.toUtf8())
                                  .object()[QStringLiteral("comparison")]
                                  .toObject();
        QCOMPARE(c[QStringLiteral("comparable")].toBool(true), false);
        const QJsonArray warnings = c[QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QStringLiteral("protocol: TCP vs UDP")));
        QCOMPARE(c[QStringLiteral("verdict")].toString(), QStringLiteral("improved"));

        // The human report says it beside the verdict.
        run = runStats({tcp, QStringLiteral("--baseline"), udp});
        QVERIFY2(run.out.contains(QStringLiteral("WARNING")) &&
                     run.out.contains(QStringLiteral("not alike")),
                 qPrintable(run.out));

        // Both sides are read for the same metric: bit/s against transactions/s is refused.
        run = runStats({Data + QStringLiteral("regressed.json"), QStringLiteral("--baseline"),
                        Data + QStringLiteral("rr_baseline.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("rr_baseline.json: no run has a value for "
                                                 "throughput_bps")),
                 qPrintable(run.err));

        // Like runs compare without a word.
        const QString tcp2 = writeDocument(dir, QStringLiteral("tcp2.json"),
                                           iperf3Runs(QStringLiteral("s"), 5, 9.1e9, false));
        run = runStats({tcp, QStringLiteral("--baseline"), tcp2, QStringLiteral("--json")});
        QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()[QStringLiteral("comparison")][QStringLiteral("comparable")]
                     .toBool(),
                 true);
    }

    void mixedDocumentIsNamed() {
        QTemporaryDir dir;
        const QString mixed = writeDocument(dir, QStringLiteral("mixed.json"),
                                            iperf3Runs(QStringLiteral("t"), 3, 9e9, false) +
                                                iperf3Runs(QStringLiteral("p"), 3, 9e9, false, 4) +
                                                iperf3Runs(QStringLiteral("u"), 3, 9.9e7, true));
        const TestHelpers::CliResult run = runStats({mixed, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("mixes unlike runs: protocol (TCP, UDP), "
                                            "streams (1, 4), bitrate (unlimited, 100 Mbit/s)")),
            qPrintable(run.err));
        const QJsonArray warnings = QJsonDocument::fromJson(run.out.toUtf8())
                                        .object()[QStringLiteral("warnings")]
                                        .toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QStringLiteral("streams (1, 4)")));
    }

    void jainOverStreams() {
        QTemporaryDir dir;
        QList<Perfdeck::RunResult> runs = iperf3Runs(QStringLiteral("p"), 3, 9e9, false, 2);
        const double shares[] = {0.5, 0.6, 0.7};
        double expected = 0;
        for (int i = 0; i < 3; ++i) {
            addStreams(&runs[i], shares[i]);
            const double a = shares[i];
            const double b = 1 - shares[i];
            expected += (a + b) * (a + b) / (2 * (a * a + b * b)) / 3;
        }
        const QString path = writeDocument(dir, QStringLiteral("streams.json"), runs);
        TestHelpers::CliResult run = runStats({path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject jain =
            QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("jain")].toObject();
        EXPECT_CLOSE(jain[QStringLiteral("index")].toDouble(), expected, 1e-12);
        QCOMPARE(jain[QStringLiteral("streams")].toInt(), 2);
        QCOMPARE(jain[QStringLiteral("runs")].toInt(), 3);
        run = runStats({path});
        QVERIFY2(run.out.contains(QStringLiteral("Jain fairness")) &&
                     run.out.contains(QString::number(expected, 'f', 4) +
                                      QStringLiteral(" over 2 streams")),
                 qPrintable(run.out));
    }

    void partialRunsAreUsedAndMarked() {
        QTemporaryDir dir;
        QList<Perfdeck::RunResult> runs = iperf3Runs(QStringLiteral("t"), 4, 9e9, false);
        runs[2].status = Perfdeck::RunStatus::Partial;
        runs[2].error = QStringLiteral("stopped by the user");
        const QString path = writeDocument(dir, QStringLiteral("partial.json"), runs);
        const TestHelpers::CliResult run = runStats({path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("n")].toInt(),
                 4);
        QVERIFY2(run.err.contains(QStringLiteral("run 't-3' is partial (stopped early: stopped by "
                                                 "the user); its value is used")),
                 qPrintable(run.err));
        const TestHelpers::CliResult human = runStats({path});
        QVERIFY2(human.out.contains(QStringLiteral("4 of 4 runs, throughput_bps, 1 partial; "
                                                   "iperf3 TCP send, 1 stream, 10 s")),
                 qPrintable(human.out));
    }

    void confidenceChangesTheVerdict() {
        // similar.json differs from the baseline with Welch p ~ 0.44: unchanged at 95 %, but
        // significant at 50 % confidence (p < 1 - confidence), and higher is better.
        const TestHelpers::CliResult loose =
            runStats({Data + QStringLiteral("similar.json"), QStringLiteral("--baseline"),
                      Data + QStringLiteral("baseline.json"), QStringLiteral("--confidence"),
                      QStringLiteral("0.5"), QStringLiteral("--json")});
        QCOMPARE(loose.exitCode, 0);
        const QJsonObject c = QJsonDocument::fromJson(loose.out.toUtf8())
                                  .object()[QStringLiteral("comparison")]
                                  .toObject();
        QCOMPARE(c[QStringLiteral("significant")].toBool(), true);
        QCOMPARE(c[QStringLiteral("verdict")].toString(), QStringLiteral("improved"));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"

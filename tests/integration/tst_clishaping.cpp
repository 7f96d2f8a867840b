// End-to-end `perfdeck-cli shaping FILE [--run ID] [--json]` on recorded real runs
// (tests/data/shaping): the JSON contract (one object with --run, {"runs": [...]} without),
// the text form, the run lookup by id and number, iperf3 -J input, and exit 2 with a message
// naming the file for bad input.
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Data = QStringLiteral(PERFDECK_TEST_DATA "/shaping/");

TestHelpers::CliResult shaping(const QStringList &arguments) {
    return TestHelpers::runCli(QStringList{QStringLiteral("shaping")} + arguments);
}

QJsonObject parse(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

class TestCliShaping final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonForOneRun() {
        const auto r =
            shaping({Data + QStringLiteral("tbf50-receive.json"), QStringLiteral("--run"),
                     QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(QLatin1String("shaped")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("shaper"));
        const double wire = o.value(QLatin1String("sustained_wire_bps")).toDouble();
        QVERIFY2(wire > 49e6 && wire < 51e6, qPrintable(QString::number(wire)));
        QVERIFY(o.value(QLatin1String("sustained_bps")).toDouble() > 47.5e6);
        QVERIFY(o.value(QLatin1String("burst_bytes")).toDouble() > 300e3);
        QVERIFY(o.value(QLatin1String("burst_duration_s")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("confidence")).toDouble() >= 0.5);
        QCOMPARE(o.value(QLatin1String("measured_at")).toString(), QStringLiteral("receiver"));
        QCOMPARE(o.value(QLatin1String("seq")).toInt(), 1);
        const QString id = o.value(QLatin1String("run")).toString();
        QVERIFY(!id.isEmpty());

        // The same run by id and by "#1".
        for (const QString &wanted : {id, QStringLiteral("#1")}) {
            const auto again = shaping({Data + QStringLiteral("tbf50-receive.json"),
                                        QStringLiteral("--run"), wanted, QStringLiteral("--json")});
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(parse(again.out), o);
        }
    }

    void jsonForEveryRun() {
        const auto r =
            shaping({Data + QStringLiteral("police6M-send.json"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = parse(r.out).value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("policer"));
        QVERIFY(runs.at(0)
                    .toObject()
                    .value(QLatin1String("evidence"))
                    .toObject()
                    .value(QLatin1String("drop_percent"))
                    .toDouble() > 1);
    }

    void textNamesTheVerdict() {
        const auto r = shaping({Data + QStringLiteral("unshaped-receive.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("shaped            no")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("kind              none")));
        QVERIFY(r.out.contains(QLatin1String("measured at the receiver")));
        QVERIFY(r.out.contains(QLatin1String("reason")));
    }

    void iperf3JsonIsReadToo() {
        // A plain iperf3 -J file (1 s intervals, 10 s): too few to tell, and said so.
        const auto r = shaping({QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_basic.json"),
                                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r.out).value(QLatin1String("runs")).toArray().at(0).toObject();
        QVERIFY(o.contains(QLatin1String("shaped")));
        QVERIFY(!o.value(QLatin1String("reason")).toString().isEmpty());
    }

    void streamComparisonWithoutRun() {
        // One results document with the single- and the four-stream run through a policer.
        QJsonArray runs;
        for (const char *name : {"police6M-send", "police6M-send-p4"}) {
            QFile file(Data + QLatin1String(name) + QStringLiteral(".json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject run = QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(QLatin1String("runs"))
                                  .toArray()
                                  .first()
                                  .toObject();
            run.insert(QStringLiteral("seq"), runs.size() + 1);
            runs.append(run);
        }
        QTemporaryDir dir;
        const QString both =
            writeFile(dir, QStringLiteral("both.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                                 QStringLiteral("perfdeck.results/1")},
                                                {QStringLiteral("runs"), runs}})
                          .toJson());
        const auto json = shaping({both, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray comparisons =
            parse(json.out).value(QLatin1String("stream_comparisons")).toArray();
        QCOMPARE(comparisons.size(), 1);
        const QJsonObject c = comparisons.first().toObject();
        QCOMPARE(c.value(QLatin1String("suggests")).toString(), QStringLiteral("policer"));
        QCOMPARE(c.value(QLatin1String("parallel_streams")).toInt(), 4);
        QVERIFY(c.value(QLatin1String("ratio")).toDouble() >= 1.1);
        const auto text = shaping({both});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("streams #1 vs #2: 4 streams got")),
                 qPrintable(text.out));
        // --run prints the one run's object only.
        const auto one =
            shaping({both, QStringLiteral("--run"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(!parse(one.out).contains(QLatin1String("stream_comparisons")));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTemporaryDir dir;
        QTest::addRow("missing file") << QStringList{QStringLiteral("/nonexistent/r.json")}
                                      << QStringLiteral("/nonexistent/r.json");
        QTest::addRow("no file") << QStringList{} << QStringLiteral("exactly one FILE");
        QTest::addRow("two files") << QStringList{Data + QStringLiteral("tbf50-receive.json"),
                                                  Data + QStringLiteral("tbf20-receive.json")}
                                   << QStringLiteral("exactly one FILE");
        QTest::addRow("unknown run") << QStringList{Data + QStringLiteral("tbf50-receive.json"),
                                                    QStringLiteral("--run"), QStringLiteral("#7")}
                                     << QStringLiteral("no run '#7' (runs: #1 run-");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }
    void badInput() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = shaping(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void malformedAndTruncatedFiles() {
        QTemporaryDir dir;
        QFile original(Data + QStringLiteral("tbf50-receive.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString truncated =
            writeFile(dir, QStringLiteral("truncated.json"), bytes.left(bytes.size() / 2));
        const QString garbage = writeFile(dir, QStringLiteral("garbage.json"), "{\"format\": 1,,}");
        const QString empty = writeFile(dir, QStringLiteral("empty.json"),
                                        R"({"format": "perfdeck.results/1", "runs": []})");
        for (const QString &path : {truncated, garbage, empty}) {
            const auto r = shaping({path});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliShaping)
#include "tst_clishaping.moc"

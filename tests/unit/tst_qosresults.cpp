// QoS results in core: DSCP class names, perfdeck-probe's output read like an engine's
// (fixtures recorded from the real probe on loopback, one edited to show remarking, one cut
// off like a killed probe), the kept/remarked/bleached verdict, and the runs they become.
#include "model/runresult.h"
#include "qos/dscpclass.h"
#include "qos/probeparser.h"
#include "qos/qosclassresult.h"
#include "results/resultsdocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Perfdeck;

namespace {

using Histogram = QMap<int, qint64>;

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(PERFDECK_TEST_DATA "/probe/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QosClassResult judged(int sent, const Histogram &received) {
    QosClassResult q;
    q.sentDscp = sent;
    q.receivedDscp = received;
    q.judge();
    return q;
}

} // namespace

class TstQosResults final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsNoIntegerHoldsAreNotCast() {
        // A damaged reflector line (the fuzz pass's find): "invalid": 3.3e30 was cast to a
        // 64-bit integer (undefined; INT64_MIN here) and summed.
        const QByteArray good = R"({"type":"end","role":"reflector","invalid":5})";
        QCOMPARE(ProbeParser::parse(good + '\n').invalidDatagrams(), qint64(5));
        for (const QByteArray &bad : {QByteArray("3333333333333333333333333333330"),
                                      QByteArray("-7"), QByteArray("2.5"), QByteArray("1e300")}) {
            const QByteArray line = R"({"type":"end","role":"reflector","invalid":)" + bad + "}";
            QCOMPARE(ProbeParser::parse(good + '\n' + line + '\n').invalidDatagrams(), qint64(5));
        }
        QJsonObject stored{{QStringLiteral("class"), QStringLiteral("EF")},
                           {QStringLiteral("tos_unknown"), 1e300}};
        QCOMPARE(QosClassResult::fromJson(stored).tosUnknown, qint64(0));
        stored.insert(QStringLiteral("tos_unknown"), 12);
        QCOMPARE(QosClassResult::fromJson(stored).tosUnknown, qint64(12));
    }
    void classNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addRow("EF") << "EF" << 46 << "EF";
        QTest::addRow("lower case af41") << "af41" << 34 << "AF41";
        QTest::addRow("AF11") << "AF11" << 10 << "AF11";
        QTest::addRow("AF43") << "AF43" << 38 << "AF43";
        QTest::addRow("CS0") << "CS0" << 0 << "CS0";
        QTest::addRow("CS7") << "CS7" << 56 << "CS7";
        QTest::addRow("VA") << "VA" << 44 << "VA";
        QTest::addRow("LE") << "LE" << 1 << "LE";
        QTest::addRow("number") << "46" << 46 << "EF";
        QTest::addRow("unnamed number") << "5" << 5 << "DSCP 5";
        QTest::addRow("hex") << "0x2e" << 46 << "EF";
    }
    void classNames() {
        QFETCH(QString, text);
        QFETCH(int, code);
        const std::optional<DscpClass> c = DscpClass::parse(text);
        QVERIFY(c);
        QCOMPARE(c->code, code);
        QTEST(DscpClass::nameOf(code), "name");
    }

    void classLists_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::addRow("three") << "EF,AF41,CS0" << 3 << "";
        QTest::addRow("spaces") << " EF , AF41 " << 2 << "";
        QTest::addRow("unknown") << "EF,XX9" << 0 << "'XX9' is not a DSCP class";
        QTest::addRow("64") << "EF,64" << 0 << "'64' is not a DSCP class";
        QTest::addRow("same code twice") << "EF,46" << 0 << "same code point";
        QTest::addRow("empty") << "," << 0 << "no classes";
    }
    void classLists() {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, error);
        QString why;
        const auto list = DscpClass::parseList(text, &why);
        QCOMPARE(list ? int(list->size()) : 0, count);
        QVERIFY2(why.contains(error), qPrintable(why));
        QCOMPARE(why.isEmpty(), error.isEmpty());
    }

    void verdicts_data() {
        QTest::addColumn<int>("sent");
        QTest::addColumn<Histogram>("received");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("text");
        QTest::addRow("kept") << 46 << Histogram{{46, 1000}} << "kept"
                              << "kept";
        QTest::addRow("kept with one stray") << 46 << Histogram{{46, 999}, {0, 1}} << "kept"
                                             << "kept";
        QTest::addRow("remarked to CS0") << 46 << Histogram{{0, 1000}} << "remarked"
                                         << "remarked to CS0 (100 %)";
        QTest::addRow("remarked to AF11") << 34 << Histogram{{10, 1000}} << "remarked"
                                          << "remarked to AF11 (100 %)";
        QTest::addRow("partly remarked") << 34 << Histogram{{34, 600}, {10, 400}} << "remarked"
                                         << "remarked to AF11 (40.0 %), 60.0 % kept";
        QTest::addRow("CS0 kept is kept") << 0 << Histogram{{0, 10}} << "kept"
                                          << "kept";
        QTest::addRow("CS0 raised to EF") << 0 << Histogram{{46, 10}} << "remarked"
                                          << "remarked to EF (100 %)";
        QTest::addRow("nothing arrived") << 46 << Histogram{} << "unknown"
                                         << "nothing arrived";
    }
    void verdicts() {
        QFETCH(int, sent);
        QFETCH(Histogram, received);
        const QosClassResult q = judged(sent, received);
        QTEST(QosClassResult::toString(q.verdict), "verdict");
        QTEST(q.verdictText(), "text");
        // The JSON form gives the same verdict back.
        QCOMPARE(QosClassResult::toString(QosClassResult::fromJson(q.toJson()).verdict),
                 QosClassResult::toString(q.verdict));
    }

    void bleachingIsAllMarkedClassesToZero_data() {
        QTest::addColumn<QList<int>>("arrivedAs"); // per class EF, AF41, CS0: all arrived so
        QTest::addColumn<QStringList>("verdicts");
        QTest::addRow("all marks to 0")
            << QList<int>{0, 0, 0} << QStringList{"bleached", "bleached", "kept"};
        QTest::addRow("EF to 0, AF41 kept")
            << QList<int>{0, 34, 0} << QStringList{"remarked", "kept", "kept"};
        QTest::addRow("EF to 0, AF41 to AF11")
            << QList<int>{0, 10, 0} << QStringList{"remarked", "remarked", "kept"};
        QTest::addRow("untouched") << QList<int>{46, 34, 0} << QStringList{"kept", "kept", "kept"};
    }
    void bleachingIsAllMarkedClassesToZero() {
        QFETCH(QList<int>, arrivedAs);
        QList<QosClassResult> classes{judged(46, {{arrivedAs[0], 100}}),
                                      judged(34, {{arrivedAs[1], 100}}),
                                      judged(0, {{arrivedAs[2], 100}})};
        QosClassResult::judgeTogether(classes);
        QStringList verdicts;
        for (const QosClassResult &c : std::as_const(classes)) {
            verdicts << QosClassResult::toString(c.verdict);
            // Saved and read back, the verdict stays.
            QCOMPARE(QosClassResult::toString(QosClassResult::fromJson(c.toJson()).verdict),
                     QosClassResult::toString(c.verdict));
        }
        QTEST(verdicts, "verdicts");
    }

    void loopbackOutput() {
        const ProbeParser p = ProbeParser::parse(fixture(QStringLiteral("sender-loopback.jsonl")));
        QVERIFY(p.started());
        QVERIFY(p.complete());
        QCOMPARE(p.endStatus(), QStringLiteral("ok"));
        QVERIFY2(p.warnings().isEmpty(), qPrintable(p.warnings().join(u'\n')));
        QCOMPARE(p.classes().size(), 3);
        QCOMPARE(p.classes()[0].name, QStringLiteral("EF"));
        QCOMPARE(p.classes()[0].dscp, 46);
        QCOMPARE(p.classes()[0].intervals.size(), 2);
        const RunResult ef = QosClassResult::runFromProbe(p.classes()[0], RunResult());
        QCOMPARE(toString(ef.engine), toString(Engine::Probe));
        QCOMPARE(toString(ef.protocol), toString(Protocol::Udp));
        QCOMPARE(ef.trafficClass, QStringLiteral("EF"));
        QCOMPARE(ef.summary.packets, 100.0);
        QCOMPARE(ef.summary.lostPackets, 0.0);
        QCOMPARE(ef.summary.lostPercent, 0.0);
        QCOMPARE(ef.summary.sentBps, 80000.0);
        QCOMPARE(ef.summary.receivedBps, 80000.0); // 100 x 200 bytes in 2 s
        QVERIFY(ef.summary.rttMeanUs.value_or(0) > 0);
        QVERIFY(ef.summary.jitterMs.has_value());
        QCOMPARE(ef.intervals.size(), 2);
        QCOMPARE(ef.intervals[0].targetBps, 80000.0);
        QCOMPARE(ef.intervals[0].bps, 80000.0);
        const QosClassResult q = QosClassResult::fromJson(ef.qos);
        QCOMPARE(QosClassResult::toString(q.verdict),
                 QosClassResult::toString(QosClassResult::Verdict::Kept));
        QCOMPARE(q.receivedDscp.value(46), 100);
        QCOMPARE(q.returnDscp.value(46), 100);
    }

    void remarkedOutput() {
        const ProbeParser p = ProbeParser::parse(fixture(QStringLiteral("sender-remarked.jsonl")));
        QCOMPARE(p.classes().size(), 3);
        const QList<QosClassResult::Verdict> expected{QosClassResult::Verdict::Remarked,
                                                      QosClassResult::Verdict::Remarked,
                                                      QosClassResult::Verdict::Kept};
        for (int i = 0; i < 3; ++i) {
            const RunResult run = QosClassResult::runFromProbe(p.classes()[i], RunResult());
            const QosClassResult q = QosClassResult::fromJson(run.qos);
            QCOMPARE(QosClassResult::toString(q.verdict), QosClassResult::toString(expected[i]));
        }
        const QosClassResult af41 =
            QosClassResult::fromJson(QosClassResult::runFromProbe(p.classes()[1], RunResult()).qos);
        QCOMPARE(af41.remarkedTo, 10);
        QCOMPARE(af41.remarkedShare, 0.25);
        QCOMPARE(af41.receivedText(), QStringLiteral("AF41 (34) 75.0 %, AF11 (10) 25.0 %"));
    }

    void killedProbeKeepsWhatItMeasured() {
        const ProbeParser p = ProbeParser::parse(fixture(QStringLiteral("sender-killed.jsonl")));
        QVERIFY(!p.complete());
        // The garbage line and the line cut in half, each named by its number.
        QCOMPARE(p.warnings().size(), 2);
        QVERIFY2(p.warnings()[0].startsWith(QStringLiteral("line 6: ")),
                 qPrintable(p.warnings()[0]));
        QVERIFY2(p.warnings()[1].startsWith(QStringLiteral("line 7: ")),
                 qPrintable(p.warnings()[1]));
        QCOMPARE(p.classes().size(), 3);
        QCOMPARE(p.classes()[0].intervals.size(), 2);
        QCOMPARE(p.classes()[1].intervals.size(), 1);
        QVERIFY(p.classes()[0].summary.isEmpty());
        const RunResult ef = QosClassResult::runFromProbe(p.classes()[0], RunResult());
        QCOMPARE(ef.intervals.size(), 2);
        // The verdict from the intervals that did arrive.
        QCOMPARE(QosClassResult::toString(QosClassResult::fromJson(ef.qos).verdict),
                 QosClassResult::toString(QosClassResult::Verdict::Kept));
    }

    void hostileLines_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("not json") << QByteArray("hello");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("unknown type") << QByteArray(R"({"type":"party"})");
        QTest::addRow("interval without times")
            << QByteArray(R"({"type":"interval","role":"sender","class":"EF"})");
        QTest::addRow("listening without port")
            << QByteArray(R"({"type":"listening","role":"reflector","port":70000})");
        QTest::addRow("huge line") << QByteArray(100000, 'x');
    }
    void hostileLines() {
        QFETCH(QByteArray, line);
        ProbeParser p;
        QVERIFY(!p.addLine(QString::fromUtf8(line)));
        QCOMPARE(p.warnings().size(), 1);
        QVERIFY(p.warnings()[0].startsWith(QStringLiteral("line 1: ")));
        QVERIFY(p.warnings()[0].size() < 300); // quotes only the start of the line
        QCOMPARE(p.classes().size(), 0);
        QCOMPARE(p.listeningPort(), 0);
    }

    void reflectorOutput() {
        const ProbeParser p =
            ProbeParser::parse(fixture(QStringLiteral("reflector-loopback.jsonl")));
        QVERIFY(p.listeningPort() > 0);
        QVERIFY(p.complete());
        QCOMPARE(p.endReason(), QStringLiteral("idle timeout"));
        QCOMPARE(p.reflectorFlows().size(), 3);
        QVERIFY2(p.warnings().isEmpty(), qPrintable(p.warnings().join(u'\n')));
    }

    void qosAndTargetRoundTrip() {
        const ProbeParser p = ProbeParser::parse(fixture(QStringLiteral("sender-remarked.jsonl")));
        RunResult base;
        base.id = QStringLiteral("run-1");
        base.seq = 1; // what the document numbers it
        const RunResult run = QosClassResult::runFromProbe(p.classes()[0], base);
        ResultsDocument doc;
        doc.runs = {run};
        doc.generatedAt =
            QDateTime::fromString(QStringLiteral("2026-12-02T04:00:00Z"), Qt::ISODate);
        const QByteArray bytes = doc.toBytes();
        // The streamed writer and the JSON tree agree on the new keys too.
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), doc.toJson());
        QVERIFY(bytes.contains("\"target_bps\": 80000"));
        QVERIFY(bytes.contains("\"qos\": {"));
        QVERIFY(bytes.contains("\"engine\": \"probe\""));
        const RunResult back = RunResult::fromJson(
            doc.toJson().value(QLatin1String("runs")).toArray().first().toObject());
        QVERIFY(back == run);
    }

    void newKeysOnlyWhenSet() {
        RunResult plain;
        plain.id = QStringLiteral("run-2");
        plain.intervals << IntervalSample{};
        ResultsDocument doc;
        doc.runs = {plain};
        const QByteArray bytes = doc.toBytes();
        QVERIFY(!bytes.contains("target_bps"));
        QVERIFY(!bytes.contains("\"qos\""));
    }
};

QTEST_GUILESS_MAIN(TstQosResults)
#include "tst_qosresults.moc"

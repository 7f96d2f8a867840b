// Iperf3StreamParser over --json-stream lines converted from real -J captures (3.12 cannot
// stream; see tests/data/iperf3/README.md and convert_to_json_stream.py).
#include "engines/iperf3jsonparser.h"
#include "engines/iperf3streamparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Perfdeck;

namespace {

QByteArray readFixture(const QString &name) {
    QFile file(QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

QList<QByteArray> lines(const QByteArray &bytes) {
    QList<QByteArray> out = bytes.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestIperf3StreamParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameRunAsJson_data();
    void sameRunAsJson();
    void errorEvent();
    void partialStream();
    void malformedLinesAreCounted();
};

void TestIperf3StreamParser::sameRunAsJson_data() {
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("json");
    QTest::addRow("tcp -P 2 --bidir") << "stream_tcp_p2_bidir.jsonl"
                                      << "tcp_p2_bidir.json";
    QTest::addRow("udp") << "stream_udp.jsonl"
                         << "udp_100m.json";
}

void TestIperf3StreamParser::sameRunAsJson() {
    QFETCH(QString, stream);
    QFETCH(QString, json);
    const QJsonObject reference = QJsonDocument::fromJson(readFixture(json)).object();
    Iperf3StreamParser parser;
    QList<IntervalSample> live;
    for (const QByteArray &line : lines(readFixture(stream))) {
        if (const std::optional<IntervalSample> s = parser.feedLine(QByteArray(line + "\r")))
            live.append(*s);
        if (live.isEmpty())
            QCOMPARE(parser.hasStart(), true);
    }
    QVERIFY(parser.hasEnd());
    QCOMPARE(parser.malformedLines(), 0);
    const QJsonArray intervals = reference["intervals"].toArray();
    QCOMPARE(live.size(), intervals.size());
    for (int i = 0; i < live.size(); ++i)
        QVERIFY(live.at(i) == Iperf3JsonParser::parseInterval(intervals.at(i).toObject()));
    const Iperf3ParseOutcome fromStream =
        Iperf3JsonParser::parseDocument(parser.assembledDocument());
    const Iperf3ParseOutcome fromJson = Iperf3JsonParser::parse(readFixture(json));
    QVERIFY(fromStream.parsed);
    QCOMPARE(fromStream.run.toJson(), fromJson.run.toJson());
}

void TestIperf3StreamParser::errorEvent() {
    Iperf3StreamParser parser;
    for (const QByteArray &line : lines(readFixture(QStringLiteral("stream_error.jsonl"))))
        QVERIFY(!parser.feedLine(line).has_value());
    QVERIFY(parser.hasEnd());
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    QVERIFY(outcome.parsed);
    QCOMPARE(toString(outcome.run.status), QStringLiteral("error"));
    QCOMPARE(outcome.run.error, QStringLiteral("unable to connect to server: Connection refused"));
}

void TestIperf3StreamParser::partialStream() {
    // The process died after the first interval: what arrived is a partial run.
    const QList<QByteArray> all = lines(readFixture(QStringLiteral("stream_tcp_p2_bidir.jsonl")));
    Iperf3StreamParser parser;
    parser.feedLine(all.at(0));
    QVERIFY(parser.feedLine(all.at(1)).has_value());
    QVERIFY(!parser.hasEnd());
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    QVERIFY(outcome.parsed);
    QCOMPARE(toString(outcome.run.status), QStringLiteral("partial"));
    QCOMPARE(outcome.run.intervals.size(), 1);
    QVERIFY(outcome.run.summary.sentBps.has_value());
}

void TestIperf3StreamParser::malformedLinesAreCounted() {
    Iperf3StreamParser parser;
    const QByteArray start = lines(readFixture(QStringLiteral("stream_udp.jsonl"))).first();
    QVERIFY(!parser.feedLine("Connecting to host 127.0.0.1, port 5201").has_value());
    QVERIFY(!parser.feedLine(start.left(start.size() / 2)).has_value());
    QVERIFY(!parser.feedLine(R"({"no_event": 1})").has_value());
    QVERIFY(!parser.feedLine("   ").has_value()); // blank lines are not errors
    QCOMPARE(parser.malformedLines(), 3);
    QVERIFY(!parser.hasStart());
}

QTEST_APPLESS_MAIN(TestIperf3StreamParser)
#include "tst_iperf3streamparser.moc"

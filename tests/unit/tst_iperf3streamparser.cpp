// Iperf3StreamParser over real iperf3 3.21 --json-stream captures (tests/data/iperf3/3.21) and
// over lines converted from real 3.12 -J captures (see tests/data/iperf3/README.md).
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
    void realCaptures_data();
    void realCaptures();
    void realRefusedConnection();
    void plainTextErrorInTheStream();
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

void TestIperf3StreamParser::realCaptures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<int>("streams");
    QTest::addRow("tcp -P 2") << "3.21/tcp_p2_stream.jsonl"
                              << "tcp"
                              << "send" << 2;
    QTest::addRow("udp -b 200M") << "3.21/udp_200m_stream.jsonl"
                                 << "udp"
                                 << "send" << 1;
    QTest::addRow("tcp --bidir") << "3.21/tcp_bidir_stream.jsonl"
                                 << "tcp"
                                 << "bidir" << 1;
    QTest::addRow("tcp --get-server-output") << "3.21/tcp_server_output_stream.jsonl"
                                             << "tcp"
                                             << "send" << 1;
}

// The live parser, fed a real iperf3 3.21 stream line by line as the run would feed it: one
// sample per interval event, equal to the event's own data, and an assembled document whose
// totals are the "end" event's (which equals the end object of a -J document).
void TestIperf3StreamParser::realCaptures() {
    QFETCH(QString, file);
    QFETCH(QString, protocol);
    QFETCH(QString, direction);
    QFETCH(int, streams);
    Iperf3StreamParser parser;
    QList<IntervalSample> live;
    QJsonArray intervalEvents;
    QJsonObject endEvent;
    for (const QByteArray &line : lines(readFixture(file))) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event["event"] == QLatin1String("interval"))
            intervalEvents.append(event["data"]);
        if (event["event"] == QLatin1String("end"))
            endEvent = event["data"].toObject();
        if (const std::optional<IntervalSample> s = parser.feedLine(line))
            live.append(*s);
    }
    QVERIFY(parser.hasStart());
    QVERIFY(parser.hasEnd());
    QCOMPARE(parser.malformedLines(), 0);
    QVERIFY(!intervalEvents.isEmpty());
    QCOMPARE(live.size(), intervalEvents.size());
    for (int i = 0; i < live.size(); ++i) {
        QVERIFY(live.at(i) == Iperf3JsonParser::parseInterval(intervalEvents.at(i).toObject()));
        QVERIFY(live.at(i).bps && *live.at(i).bps > 0);
        QCOMPARE(live.at(i).streams.size() + live.at(i).reverseStreams.size(),
                 direction == QLatin1String("bidir") ? 2 * streams : streams);
    }
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    QVERIFY(outcome.parsed);
    const RunResult &run = outcome.run;
    QCOMPARE(toString(run.status), QStringLiteral("ok"));
    QCOMPARE(run.toolVersion, QStringLiteral("iperf 3.21+"));
    QCOMPARE(toString(run.protocol), protocol);
    QCOMPARE(toString(run.direction), direction);
    QCOMPARE(run.streams, streams);
    QCOMPARE(run.intervals, live);
    QVERIFY(run.warnings.isEmpty());
    const QJsonObject sent = endEvent["sum_sent"].toObject();
    const QJsonObject received = endEvent["sum_received"].toObject();
    QCOMPARE(run.summary.sentBps, OptDouble(sent["bits_per_second"].toDouble()));
    QCOMPARE(run.summary.throughputBps, OptDouble(received["bits_per_second"].toDouble()));
    if (protocol == QLatin1String("udp")) {
        QCOMPARE(run.summary.packets, OptDouble(received["packets"].toDouble()));
        QCOMPARE(run.summary.lostPackets, OptDouble(received["lost_packets"].toDouble()));
    } else {
        QCOMPARE(run.summary.retransmits, OptDouble(sent["retransmits"].toDouble()));
    }
    if (direction == QLatin1String("bidir")) {
        QVERIFY(run.reverseSummary);
        QCOMPARE(run.reverseSummary->throughputBps,
                 OptDouble(endEvent["sum_received_bidir_reverse"]
                               .toObject()
                               .value(QLatin1String("bits_per_second"))
                               .toDouble()));
    }
}

// iperf3 3.21 against a closed port: an error event, an empty end, exit status 0 (esnet/iperf
// #1405): the run is an error whatever the exit status says.
void TestIperf3StreamParser::realRefusedConnection() {
    Iperf3StreamParser parser;
    for (const QByteArray &line : lines(readFixture(QStringLiteral("3.21/refused_stream.jsonl"))))
        QVERIFY(!parser.feedLine(line).has_value());
    QVERIFY(parser.hasEnd());
    QVERIFY(!parser.hasStart());
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    QCOMPARE(toString(outcome.run.status), QStringLiteral("error"));
    QVERIFY2(outcome.run.error.contains(QLatin1String("Connection refused")),
             qPrintable(outcome.run.error));
}

// esnet/iperf#1143: an error printed as text among the events is the run's error, not noise.
void TestIperf3StreamParser::plainTextErrorInTheStream() {
    QList<QByteArray> all = lines(readFixture(QStringLiteral("3.21/tcp_p2_stream.jsonl")));
    all.insert(2, QByteArray("iperf3: error - control socket has closed unexpectedly"));
    all = all.mid(0, 3); // start, one interval, the error: then the process ended
    Iperf3StreamParser parser;
    for (const QByteArray &line : std::as_const(all))
        parser.feedLine(line);
    QCOMPARE(parser.malformedLines(), 0);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    QCOMPARE(toString(outcome.run.status), QStringLiteral("partial"));
    QCOMPARE(outcome.run.error, QStringLiteral("error - control socket has closed unexpectedly"));
    QCOMPARE(outcome.run.intervals.size(), 1);
}

QTEST_APPLESS_MAIN(TestIperf3StreamParser)
#include "tst_iperf3streamparser.moc"

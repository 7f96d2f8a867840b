// Iperf3TextParser over real iperf3 3.12 --forceflush captures, client and server side.
#include "engines/iperf3impossiblevalues.h"
#include "engines/iperf3textparser.h"

#include <QFile>
#include <QTest>

using namespace Perfdeck;

namespace {

QStringList fixtureLines(const QString &name) {
    QFile file(QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Fed {
    QList<IntervalSample> intervals;
    QList<int> emittedAtLine; // line index at which each interval came out
};

Fed feedAll(Iperf3TextParser &parser, const QStringList &lines, const QString &lineSuffix = {}) {
    Fed fed;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<IntervalSample> out = parser.feedLine(QString(lines.at(i) + lineSuffix));
        for (const IntervalSample &s : out) {
            fed.intervals.append(s);
            fed.emittedAtLine.append(i);
        }
    }
    for (const IntervalSample &s : parser.finish()) {
        fed.intervals.append(s);
        fed.emittedAtLine.append(int(lines.size()));
    }
    return fed;
}

QString show(const OptDouble &v) {
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("null");
}

constexpr double GiB = 1024.0 * 1024 * 1024;
constexpr double MiB = 1024.0 * 1024;
constexpr double KiB = 1024.0;

} // namespace

class TestIperf3TextParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void captures_data();
    void captures();
    void tcpClientNumbers();
    void udpNumbers();
    void parallelStreamsEmitAtSum();
    void bidirMapsClientSendingToForward_data();
    void bidirMapsClientSendingToForward();
    void omittedIntervals();
    void interruptedClient();
    void serverLines();
    void carriageReturnsAndTrailingSpaces();
    void errorLine();
    void impossibleValuesAreFlagged();
};

void TestIperf3TextParser::captures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("streams");
    QTest::addColumn<bool>("bidir");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<bool>("server");
    // clang-format off
    QTest::addRow("client tcp") << "tcp_text.txt" << 1 << false << 2 << false;
    QTest::addRow("client udp") << "udp_text.txt" << 1 << false << 2 << false;
    QTest::addRow("client tcp -P 4") << "text_tcp_p4.txt" << 4 << false << 2 << false;
    QTest::addRow("client tcp -R") << "text_tcp_reverse.txt" << 1 << false << 2 << false;
    QTest::addRow("client tcp --bidir") << "text_tcp_bidir.txt" << 1 << true << 2 << false;
    QTest::addRow("client tcp -P 2 --bidir") << "text_tcp_p2_bidir.txt" << 2 << true << 2 << false;
    QTest::addRow("client udp -R") << "text_udp_reverse.txt" << 1 << false << 2 << false;
    QTest::addRow("client udp --bidir") << "text_udp_bidir.txt" << 1 << true << 2 << false;
    QTest::addRow("client tcp -O 1") << "text_tcp_omit.txt" << 1 << false << 3 << false;
    QTest::addRow("server tcp") << "text_srv_tcp.txt" << 1 << false << 3 << true;
    QTest::addRow("server tcp -P 4") << "text_srv_tcp_p4.txt" << 4 << false << 2 << true;
    QTest::addRow("server tcp -R") << "text_srv_tcp_reverse.txt" << 1 << false << 2 << true;
    QTest::addRow("server tcp --bidir") << "text_srv_tcp_bidir.txt" << 1 << true << 2 << true;
    QTest::addRow("server tcp -P 2 --bidir") << "text_srv_tcp_p2_bidir.txt" << 2 << true << 2 << true;
    QTest::addRow("server udp") << "text_srv_udp.txt" << 1 << false << 2 << true;
    QTest::addRow("server udp -R") << "text_srv_udp_reverse.txt" << 1 << false << 2 << true;
    QTest::addRow("server udp --bidir") << "text_srv_udp_bidir.txt" << 1 << true << 2 << true;
    QTest::addRow("server tcp -O 1") << "text_srv_tcp_omit.txt" << 1 << false << 3 << true;
    // clang-format on
}

void TestIperf3TextParser::captures() {
    QFETCH(QString, file);
    QFETCH(int, streams);
    QFETCH(bool, bidir);
    QFETCH(int, intervals);
    QFETCH(bool, server);
    Iperf3TextParser parser(streams, bidir);
    const QStringList lines = fixtureLines(file);
    const Fed fed = feedAll(parser, lines);
    QCOMPARE(fed.intervals.size(), intervals);
    QCOMPARE(parser.serverListening(), server);
    QCOMPARE(parser.connectionAccepted(), server);
    QVERIFY(parser.error().isEmpty());
    QVERIFY(parser.summarySeen());
    for (int i = 0; i < fed.intervals.size(); ++i) {
        const IntervalSample &s = fed.intervals.at(i);
        QVERIFY(s.bps.has_value());
        QVERIFY(s.bytes.has_value());
        QVERIFY(s.endS >= s.startS);
        QCOMPARE(s.streams.size(), streams);
        QCOMPARE(s.reverseStreams.size(), bidir ? streams : 0);
        QCOMPARE(s.reverseBps.has_value(), bidir);
        // Complete intervals come out at their last line, not one line late.
        QVERIFY2(fed.emittedAtLine.at(i) < lines.size(), "interval only emitted by finish()");
        QVERIFY(!lines.at(fed.emittedAtLine.at(i)).startsWith(QLatin1String("- - -")));
    }
    QCOMPARE(parser.reverseSummary().has_value(), bidir);
}

void TestIperf3TextParser::tcpClientNumbers() {
    // [  5]   0.00-1.00   sec  4.90 GBytes  42.1 Gbits/sec    0   1023 KBytes
    Iperf3TextParser parser;
    const Fed fed = feedAll(parser, fixtureLines(QStringLiteral("tcp_text.txt")));
    const IntervalSample &first = fed.intervals.first();
    QCOMPARE(first.startS, 0.0);
    QCOMPARE(first.endS, 1.0);
    QCOMPARE(show(first.bytes), show(4.90 * GiB));
    QCOMPARE(show(first.bps), show(42.1e9));
    QCOMPARE(show(first.retransmits), show(0));
    QCOMPARE(show(first.sndCwndBytes), show(1023 * KiB));
    QCOMPARE(show(first.jitterMs), show(std::nullopt));
    QCOMPARE(first.streams.first().id, 5);
    QVERIFY(first.streams.first().sender);
    const Summary s = parser.summary();
    QCOMPARE(show(s.sentBps), show(42.3e9));
    QCOMPARE(show(s.sentBytes), show(9.84 * GiB));
    QCOMPARE(show(s.retransmits), show(0));
    QCOMPARE(show(s.throughputBps), show(42.3e9));
    QCOMPARE(show(s.receivedBps), show(42.3e9));
    QCOMPARE(show(s.jitterMs), show(std::nullopt));
}

void TestIperf3TextParser::udpNumbers() {
    Iperf3TextParser client;
    const Fed c = feedAll(client, fixtureLines(QStringLiteral("udp_text.txt")));
    QCOMPARE(show(c.intervals.at(0).packets), show(382));
    QCOMPARE(show(c.intervals.at(1).bps), show(99.9e6));
    QCOMPARE(show(c.intervals.at(0).retransmits), show(std::nullopt));
    QCOMPARE(show(c.intervals.at(0).jitterMs), show(std::nullopt));
    // ... 23.8 MBytes   100 Mbits/sec  0.005 ms  0/763 (0%)  receiver
    const Summary s = client.summary();
    QCOMPARE(show(s.throughputBps), show(100e6));
    QCOMPARE(show(s.receivedBytes), show(23.8 * MiB));
    QCOMPARE(show(s.jitterMs), show(0.005));
    QCOMPARE(show(s.lostPackets), show(0));
    QCOMPARE(show(s.packets), show(763));
    QCOMPARE(show(s.lostPercent), show(0));

    // Server side: [  5]   0.00-1.00   sec  5.97 MBytes  50.1 Mbits/sec  0.010 ms  0/191 (0%)
    Iperf3TextParser server;
    const Fed sv = feedAll(server, fixtureLines(QStringLiteral("text_srv_udp.txt")));
    QCOMPARE(show(sv.intervals.at(0).jitterMs), show(0.010));
    QCOMPARE(show(sv.intervals.at(0).lostPackets), show(0));
    QCOMPARE(show(sv.intervals.at(0).packets), show(191));
    QCOMPARE(show(sv.intervals.at(0).lostPercent), show(0));
    QVERIFY(!sv.intervals.at(0).streams.first().sender);
    QCOMPARE(show(server.summary().jitterMs), show(0.012));
    QCOMPARE(show(server.summary().sentBps), show(std::nullopt));
}

void TestIperf3TextParser::parallelStreamsEmitAtSum() {
    // iperf3 3.12 flushes an interval's [SUM] line only with the next interval, a whole
    // interval late: the sample is emitted at the last stream line instead, summed from the
    // streams, and the late [SUM] line does not make a second sample.
    Iperf3TextParser parser(4);
    const QStringList lines = fixtureLines(QStringLiteral("text_srv_tcp_p4.txt"));
    const Fed fed = feedAll(parser, lines);
    QVERIFY(lines.at(fed.emittedAtLine.at(0)).startsWith(QLatin1String("[ 13]   0.00-1.00")));
    // Four streams of "544 MBytes  4.57 Gbits/sec".
    QCOMPARE(show(fed.intervals.at(0).bps), show(4 * 4.57e9));
    QCOMPARE(show(fed.intervals.at(0).bytes), show(4 * 544 * MiB));
    QCOMPARE(show(fed.intervals.at(0).streams.at(3).bps), show(4.57e9));
    QCOMPARE(fed.intervals.at(0).streams.at(3).id, 13);
    QCOMPARE(fed.intervals.size(), lines.filter(QLatin1String("[SUM]")).size() - 1); // - total
    for (qsizetype i = 1; i < fed.intervals.size(); ++i)
        QVERIFY(fed.intervals.at(i).startS > fed.intervals.at(i - 1).startS);
}

void TestIperf3TextParser::bidirMapsClientSendingToForward_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("streams");
    QTest::addColumn<double>("forwardBps");
    QTest::addColumn<double>("reverseBps");
    QTest::addColumn<double>("throughput");
    QTest::addColumn<double>("reverseSent");
    // Client: [TX-C] is what the client sends. Server: [RX-S] is what the server receives.
    QTest::addRow("client tcp") << "text_tcp_bidir.txt" << 1 << 7.90e9 << 10.9e9 << 4.77e9
                                << 13.5e9;
    QTest::addRow("server tcp -P 2")
        << "text_srv_tcp_p2_bidir.txt" << 2 << 1.49e9 << 14.9e9 << 1.53e9 << 15.0e9;
    QTest::addRow("client udp") << "text_udp_bidir.txt" << 1 << 20.2e6 << 20.2e6 << 20.0e6
                                << 20.1e6;
}

void TestIperf3TextParser::bidirMapsClientSendingToForward() {
    QFETCH(QString, file);
    QFETCH(int, streams);
    QFETCH(double, forwardBps);
    QFETCH(double, reverseBps);
    QFETCH(double, throughput);
    QFETCH(double, reverseSent);
    Iperf3TextParser parser(streams, true);
    const Fed fed = feedAll(parser, fixtureLines(file));
    QCOMPARE(show(fed.intervals.at(0).bps), show(forwardBps));
    QCOMPARE(show(fed.intervals.at(0).reverseBps), show(reverseBps));
    QCOMPARE(show(parser.summary().throughputBps), show(throughput));
    QVERIFY(parser.reverseSummary().has_value());
    QCOMPARE(show(parser.reverseSummary()->sentBps), show(reverseSent));
}

void TestIperf3TextParser::omittedIntervals() {
    Iperf3TextParser parser;
    const Fed fed = feedAll(parser, fixtureLines(QStringLiteral("text_tcp_omit.txt")));
    QCOMPARE(fed.intervals.size(), 3);
    QVERIFY(fed.intervals.at(0).omitted);
    QVERIFY(!fed.intervals.at(1).omitted);
    // The omitted second and the first measured second share the time range 0.00-1.00.
    QCOMPARE(fed.intervals.at(0).startS, fed.intervals.at(1).startS);
    QCOMPARE(show(fed.intervals.at(0).bps), show(16.3e9));
    QCOMPARE(show(fed.intervals.at(1).bps), show(20.8e9));
    QCOMPARE(show(fed.intervals.at(1).sndCwndBytes), show(2.37 * MiB));
}

void TestIperf3TextParser::interruptedClient() {
    Iperf3TextParser parser;
    const Fed fed = feedAll(parser, fixtureLines(QStringLiteral("text_client_sigint.txt")));
    QCOMPARE(fed.intervals.size(), 3);
    QCOMPARE(fed.intervals.last().endS, 2.49);
    QCOMPARE(show(fed.intervals.last().bytes), show(695 * MiB));
    QCOMPARE(parser.error(), QStringLiteral("interrupt - the client has terminated"));
    QCOMPARE(show(parser.summary().sentBps), show(17.4e9));
    QCOMPARE(show(parser.summary().retransmits), show(20));
    // "0.00 Bytes 0.00 bits/sec receiver": the server never reported, unknown rather than 0.
    QCOMPARE(show(parser.summary().throughputBps), show(std::nullopt));
}

void TestIperf3TextParser::serverLines() {
    Iperf3TextParser parser;
    QVERIFY(!parser.serverListening());
    parser.feedLine(u"-----------------------------------------------------------");
    parser.feedLine(u"Server listening on 5201 (test #1)");
    QVERIFY(parser.serverListening());
    QCOMPARE(parser.listeningPort(), 5201);
    QVERIFY(!parser.connectionAccepted());
    parser.feedLine(u"Accepted connection from 127.0.0.1, port 41212");
    QVERIFY(parser.connectionAccepted());
}

void TestIperf3TextParser::carriageReturnsAndTrailingSpaces() {
    Iperf3TextParser plain(4);
    const QStringList lines = fixtureLines(QStringLiteral("text_tcp_p4.txt"));
    const Fed a = feedAll(plain, lines);
    Iperf3TextParser crlf(4);
    const Fed b = feedAll(crlf, lines, QStringLiteral("   \r"));
    QCOMPARE(a.intervals.size(), b.intervals.size());
    for (int i = 0; i < a.intervals.size(); ++i)
        QVERIFY(a.intervals.at(i) == b.intervals.at(i));
    QVERIFY(plain.summary() == crlf.summary());
}

void TestIperf3TextParser::errorLine() {
    Iperf3TextParser parser;
    QVERIFY(parser.feedLine(u"iperf3: error - unable to connect to server: Connection refused")
                .isEmpty());
    QCOMPARE(parser.error(), QStringLiteral("unable to connect to server: Connection refused"));
    QVERIFY(parser.finish().isEmpty());
    // A server that cannot bind prints its error and then "iperf3: exiting" (3.12): the
    // error stays, or a taken port would not be recognised and retried.
    Iperf3TextParser server;
    server.feedLine(u"iperf3: error - unable to start listener for connections: Address "
                    u"already in use");
    server.feedLine(u"iperf3: exiting");
    QCOMPARE(server.error(),
             QStringLiteral("unable to start listener for connections: Address already in use"));
}

void TestIperf3TextParser::impossibleValuesAreFlagged() {
    // The --forceflush text carries iperf3's counter bugs as the JSON does: a negative
    // retransmit count printed unsigned (esnet/iperf#725) and negative loss after --omit
    // (#412). A run followed from text must not store them as measured.
    QStringList tcp = fixtureLines(QStringLiteral("tcp_text.txt"));
    tcp[4].replace(QStringLiteral("    0   1023 KBytes"),
                   QStringLiteral("4294967294   1023 KBytes"));
    Iperf3TextParser client;
    RunResult tcpRun;
    tcpRun.intervals = feedAll(client, tcp).intervals;
    tcpRun.summary = client.summary();
    QCOMPARE(show(tcpRun.intervals.at(1).retransmits), show(4294967294.0));
    Iperf3ImpossibleValues::check(tcpRun);
    QCOMPARE(show(tcpRun.intervals.at(1).retransmits), show(std::nullopt));
    QCOMPARE(show(tcpRun.intervals.at(0).retransmits), show(0));
    QVERIFY2(tcpRun.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("#725")),
             qPrintable(tcpRun.warnings.join(QLatin1Char('\n'))));

    QStringList udp = fixtureLines(QStringLiteral("text_srv_udp.txt"));
    udp[6].append(QStringLiteral("(omitted)"));
    udp[7].replace(QStringLiteral("0/191 (0%)"), QStringLiteral("-3/191 (-1.6%)"));
    Iperf3TextParser server;
    RunResult udpRun;
    udpRun.intervals = feedAll(server, udp).intervals;
    udpRun.summary = server.summary();
    QCOMPARE(udpRun.intervals.size(), 2);
    QCOMPARE(show(udpRun.intervals.at(1).lostPackets), show(-3));
    Iperf3ImpossibleValues::check(udpRun);
    QCOMPARE(show(udpRun.intervals.at(1).lostPackets), show(std::nullopt));
    QCOMPARE(show(udpRun.intervals.at(1).lostPercent), show(std::nullopt));
    QCOMPARE(show(udpRun.intervals.at(1).jitterMs), show(0.012)); // the rest is kept
    QVERIFY2(udpRun.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("--omit")),
             qPrintable(udpRun.warnings.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestIperf3TextParser)
#include "tst_iperf3textparser.moc"

// Iperf3JsonParser over real iperf3 3.12 captures (tests/data/iperf3, see its README.md).
// Expected numbers are read from the fixture itself with QJsonDocument, so every assertion is
// "the run carries exactly what iperf3 wrote, in the right place, and null where unknown".
#include "engines/iperf3jsonparser.h"

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

QJsonObject fixtureObject(const QString &name) {
    return QJsonDocument::fromJson(readFixture(name)).object();
}

// "end/sum_received/bits_per_second" -> the number, or null for "" or a missing path.
OptDouble at(const QJsonObject &root, const QString &path) {
    if (path.isEmpty())
        return std::nullopt;
    QJsonValue v = root;
    for (const QString &key : path.split(QLatin1Char('/')))
        v = v.toObject().value(key);
    return optFromJson(v);
}

QString show(const OptDouble &v) {
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

#define COMPARE_OPT(actual, expected) QCOMPARE(show(actual), show(expected))

} // namespace

class TestIperf3JsonParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void intervalsMatchDocument_data() { fixtures_data(); }
    void intervalsMatchDocument();
    void omittedIntervalsAreFlagged();
    void bidirStreamsAreSplitBySender();
    void errorDocuments_data();
    void errorDocuments();
    void partialRuns_data();
    void partialRuns();
    void truncationNeverCrashes_data();
    void truncationNeverCrashes();
    void truncatedEndIsSalvaged();
    void knownOutputDefects_data();
    void knownOutputDefects();
    void printedTwiceReadsAsOnce();
    void impossibleNumbersAreRangeChecked();
    void deepNestingIsRejected_data();
    void deepNestingIsRejected();
    void notIperf3_data();
    void notIperf3();
    void sniffing();
};

void TestIperf3JsonParser::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<int>("streams");
    QTest::addColumn<QString>("throughput"); // path of the receiver's bits_per_second
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("retransmits");
    QTest::addColumn<QString>("jitter");
    QTest::addColumn<bool>("hasRtt");
    QTest::addColumn<bool>("hasRemoteCpu");
    QTest::addColumn<QString>("reverseThroughput");

    const QString recv = QStringLiteral("end/sum_received/bits_per_second");
    const QString sent = QStringLiteral("end/sum_sent/bits_per_second");
    const QString retr = QStringLiteral("end/sum_sent/retransmits");
    const QString jit = QStringLiteral("end/sum_received/jitter_ms");
    const QString revRecv = QStringLiteral("end/sum_received_bidir_reverse/bits_per_second");
    const QString none;

    // clang-format off
    QTest::addRow("tcp client") << "tcp_basic.json" << "tcp" << "send" << 1 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client -P 4") << "tcp_p4.json" << "tcp" << "send" << 4 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client -R") << "tcp_reverse.json" << "tcp" << "receive" << 1 << recv << sent << retr << none << false << true << none;
    QTest::addRow("tcp client --bidir") << "tcp_bidir.json" << "tcp" << "bidir" << 1 << recv << sent << retr << none << true << true << revRecv;
    QTest::addRow("tcp client -P 2 --bidir") << "tcp_p2_bidir.json" << "tcp" << "bidir" << 2 << recv << sent << retr << none << true << true << revRecv;
    QTest::addRow("tcp client -O 1") << "tcp_omit.json" << "tcp" << "send" << 1 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client -C cubic") << "tcp_cubic.json" << "tcp" << "send" << 1 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client --dscp EF") << "tcp_dscp_ef.json" << "tcp" << "send" << 1 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client --get-server-output") << "tcp_server_output.json" << "tcp" << "send" << 1 << recv << sent << retr << none << true << true << none;
    QTest::addRow("tcp client of server capture --bidir") << "client_for_server_tcp_bidir.json" << "tcp" << "bidir" << 2 << recv << sent << retr << none << true << true << revRecv;
    QTest::addRow("udp client") << "udp_100m.json" << "udp" << "send" << 1 << recv << sent << none << jit << false << true << none;
    QTest::addRow("udp client -R") << "udp_reverse.json" << "udp" << "receive" << 1 << recv << sent << none << jit << false << true << none;
    QTest::addRow("udp client --bidir") << "udp_bidir.json" << "udp" << "bidir" << 1 << recv << sent << none << jit << false << true << revRecv;
    QTest::addRow("udp client -P 2") << "udp_p2.json" << "udp" << "send" << 2 << recv << sent << none << jit << false << true << none;
    // Server side: the server never learns the sender's totals nor the client's CPU.
    QTest::addRow("tcp server") << "server_tcp.json" << "tcp" << "send" << 1 << recv << none << none << none << false << false << none;
    QTest::addRow("udp server") << "server_udp.json" << "udp" << "send" << 1 << recv << none << none << jit << false << false << none;
    QTest::addRow("tcp server -R") << "server_tcp_reverse.json" << "tcp" << "receive" << 1 << none << sent << retr << none << true << false << none;
    QTest::addRow("tcp server -P 2 --bidir") << "server_tcp_bidir.json" << "tcp" << "bidir" << 2 << recv << none << none << none << false << false << none;
    QTest::addRow("udp server --bidir") << "server_udp_bidir.json" << "udp" << "bidir" << 1 << recv << none << none << jit << false << false << none;
    // clang-format on
}

void TestIperf3JsonParser::fixtures() {
    QFETCH(QString, file);
    QFETCH(QString, protocol);
    QFETCH(QString, direction);
    QFETCH(int, streams);
    QFETCH(QString, throughput);
    QFETCH(QString, sent);
    QFETCH(QString, retransmits);
    QFETCH(QString, jitter);
    QFETCH(bool, hasRtt);
    QFETCH(bool, hasRemoteCpu);
    QFETCH(QString, reverseThroughput);

    const QByteArray bytes = readFixture(file);
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    QVERIFY2(outcome.parsed, qPrintable(outcome.parseError));
    const RunResult &run = outcome.run;

    QCOMPARE(toString(run.status), toString(RunStatus::Ok));
    QVERIFY(run.error.isEmpty());
    QCOMPARE(toString(run.engine), QStringLiteral("iperf3"));
    QCOMPARE(toString(run.protocol), protocol);
    QCOMPARE(toString(run.direction), direction);
    QCOMPARE(run.streams, streams);
    COMPARE_OPT(run.durationS, at(doc, QStringLiteral("start/test_start/duration")));
    QCOMPARE(run.startedAt.toSecsSinceEpoch(),
             qint64(*at(doc, QStringLiteral("start/timestamp/timesecs"))));
    QCOMPARE(run.toolVersion, doc["start"]["version"].toString());

    const QJsonObject start = doc["start"].toObject();
    const QJsonObject connected = start["connected"].toArray().first().toObject();
    const QString local = connected["local_host"].toString() + QLatin1Char(':') +
                          QString::number(connected["local_port"].toInt());
    if (start.contains(QLatin1String("accepted_connection"))) {
        const QJsonObject a = start["accepted_connection"].toObject();
        QCOMPARE(run.server, local);
        QCOMPARE(run.client,
                 a["host"].toString() + QLatin1Char(':') + QString::number(a["port"].toInt()));
    } else {
        const QJsonObject c = start["connecting_to"].toObject();
        QCOMPARE(run.client, local);
        QCOMPARE(run.server,
                 c["host"].toString() + QLatin1Char(':') + QString::number(c["port"].toInt()));
    }

    const Summary &s = run.summary;
    COMPARE_OPT(s.throughputBps, at(doc, throughput));
    COMPARE_OPT(s.receivedBps, at(doc, throughput));
    COMPARE_OPT(s.sentBps, at(doc, sent));
    COMPARE_OPT(s.retransmits, at(doc, retransmits));
    COMPARE_OPT(s.jitterMs, at(doc, jitter));
    if (!throughput.isEmpty())
        COMPARE_OPT(s.receivedBytes, at(doc, QStringLiteral("end/sum_received/bytes")));
    if (!sent.isEmpty())
        COMPARE_OPT(s.sentBytes, at(doc, QStringLiteral("end/sum_sent/bytes")));
    COMPARE_OPT(s.cpuLocalPercent,
                at(doc, QStringLiteral("end/cpu_utilization_percent/host_total")));
    if (hasRemoteCpu)
        COMPARE_OPT(s.cpuRemotePercent,
                    at(doc, QStringLiteral("end/cpu_utilization_percent/remote_total")));
    else
        COMPARE_OPT(s.cpuRemotePercent, std::nullopt);

    if (protocol == QLatin1String("udp")) {
        COMPARE_OPT(s.lostPackets, at(doc, QStringLiteral("end/sum_received/lost_packets")));
        COMPARE_OPT(s.packets, at(doc, QStringLiteral("end/sum_received/packets")));
        COMPARE_OPT(s.lostPercent, at(doc, QStringLiteral("end/sum_received/lost_percent")));
        QVERIFY(s.outOfOrder.has_value());
        COMPARE_OPT(s.rttMeanUs, std::nullopt);
        COMPARE_OPT(s.maxSndCwndBytes, std::nullopt);
    } else {
        COMPARE_OPT(s.lostPackets, std::nullopt);
        COMPARE_OPT(s.packets, std::nullopt);
        COMPARE_OPT(s.outOfOrder, std::nullopt);
    }

    if (hasRtt) {
        // Mean of mean_rtt, min of min_rtt, max of max_rtt over the locally sending streams.
        double meanSum = 0, minRtt = 1e300, maxRtt = 0, maxCwnd = 0;
        int n = 0;
        const bool wantLocalSender = true;
        for (const QJsonValue &v : doc["end"]["streams"].toArray()) {
            const QJsonObject snd = v["sender"].toObject();
            const bool forward = direction != QLatin1String("bidir") ||
                                 snd["sender"].toBool() == !start.contains("accepted_connection");
            if (!forward || snd["sender"].toBool() != wantLocalSender)
                continue;
            meanSum += snd["mean_rtt"].toDouble();
            minRtt = std::min(minRtt, snd["min_rtt"].toDouble());
            maxRtt = std::max(maxRtt, snd["max_rtt"].toDouble());
            maxCwnd = std::max(maxCwnd, snd["max_snd_cwnd"].toDouble());
            ++n;
        }
        QVERIFY(n > 0);
        COMPARE_OPT(s.rttMeanUs, meanSum / n);
        COMPARE_OPT(s.rttMinUs, minRtt);
        COMPARE_OPT(s.rttMaxUs, maxRtt);
        COMPARE_OPT(s.maxSndCwndBytes, maxCwnd);
    } else {
        COMPARE_OPT(s.rttMeanUs, std::nullopt);
        COMPARE_OPT(s.rttMinUs, std::nullopt);
        COMPARE_OPT(s.rttMaxUs, std::nullopt);
        COMPARE_OPT(s.maxSndCwndBytes, std::nullopt);
    }

    if (direction == QLatin1String("bidir")) {
        QVERIFY(run.reverseSummary.has_value());
        COMPARE_OPT(run.reverseSummary->throughputBps, at(doc, reverseThroughput));
        // The reverse direction is sent by the server: a server document knows that total.
        if (!sent.isEmpty() || start.contains(QLatin1String("accepted_connection")))
            COMPARE_OPT(run.reverseSummary->sentBps,
                        at(doc, QStringLiteral("end/sum_sent_bidir_reverse/bits_per_second")));
        if (protocol == QLatin1String("udp") && !reverseThroughput.isEmpty())
            COMPARE_OPT(run.reverseSummary->jitterMs,
                        at(doc, QStringLiteral("end/sum_received_bidir_reverse/jitter_ms")));
    } else {
        QVERIFY(!run.reverseSummary.has_value());
    }

    // The fast byte parser and the QJsonObject entry point give the same run.
    const Iperf3ParseOutcome viaObject = Iperf3JsonParser::parseDocument(doc);
    QVERIFY(viaObject.parsed);
    QCOMPARE(viaObject.run.toJson(), run.toJson());
    QVERIFY(viaObject.run == run);
}

void TestIperf3JsonParser::intervalsMatchDocument() {
    QFETCH(QString, file);
    QFETCH(QString, protocol);
    const QJsonObject doc = fixtureObject(file);
    const RunResult run = Iperf3JsonParser::parse(readFixture(file)).run;
    const QJsonArray intervals = doc["intervals"].toArray();
    QCOMPARE(run.intervals.size(), intervals.size());
    QVERIFY(!intervals.isEmpty());
    for (int i = 0; i < intervals.size(); ++i) {
        const QJsonObject iv = intervals.at(i).toObject();
        const IntervalSample &got = run.intervals.at(i);
        const QJsonObject sum = iv["sum"].toObject();
        QCOMPARE(got.startS, sum["start"].toDouble());
        QCOMPARE(got.endS, sum["end"].toDouble());
        COMPARE_OPT(got.bps, optFromJson(sum["bits_per_second"]));
        COMPARE_OPT(got.bytes, optFromJson(sum["bytes"]));
        COMPARE_OPT(got.retransmits, optFromJson(sum["retransmits"]));
        COMPARE_OPT(got.jitterMs, optFromJson(sum["jitter_ms"]));
        COMPARE_OPT(got.lostPackets, optFromJson(sum["lost_packets"]));
        COMPARE_OPT(got.packets, optFromJson(sum["packets"]));
        QCOMPARE(got.omitted, sum["omitted"].toBool());
        COMPARE_OPT(got.reverseBps, optFromJson(iv["sum_bidir_reverse"]["bits_per_second"]));
        const QJsonArray streams = iv["streams"].toArray();
        QCOMPARE(got.streams.size() + got.reverseStreams.size(), streams.size());
        if (protocol == QLatin1String("udp")) {
            COMPARE_OPT(got.retransmits, std::nullopt);
            COMPARE_OPT(got.rttUs, std::nullopt);
        } else {
            COMPARE_OPT(got.jitterMs, std::nullopt);
            COMPARE_OPT(got.lostPackets, std::nullopt);
        }
        // Each stream sample carries its socket's numbers.
        for (const StreamSample &st : got.streams + got.reverseStreams) {
            bool found = false;
            for (const QJsonValue &v : streams) {
                if (v["socket"].toInt() != st.id)
                    continue;
                found = true;
                QCOMPARE(st.sender, v["sender"].toBool());
                COMPARE_OPT(st.bps, optFromJson(v["bits_per_second"]));
                COMPARE_OPT(st.bytes, optFromJson(v["bytes"]));
                COMPARE_OPT(st.retransmits, optFromJson(v["retransmits"]));
                const OptDouble rtt = optFromJson(v["rtt"]);
                COMPARE_OPT(st.rttUs, rtt && *rtt > 0 ? rtt : std::nullopt);
            }
            QVERIFY(found);
        }
    }
}

void TestIperf3JsonParser::omittedIntervalsAreFlagged() {
    const QJsonObject doc = fixtureObject(QStringLiteral("tcp_omit.json"));
    const RunResult run = Iperf3JsonParser::parse(readFixture(QStringLiteral("tcp_omit.json"))).run;
    QCOMPARE(doc["start"]["test_start"]["omit"].toInt(), 1);
    QVERIFY(run.intervals.size() >= 2);
    QVERIFY(run.intervals.first().omitted);
    QVERIFY(!run.intervals.last().omitted);
    int omitted = 0;
    for (const IntervalSample &i : run.intervals)
        omitted += i.omitted ? 1 : 0;
    QCOMPARE(omitted, 1);
}

void TestIperf3JsonParser::bidirStreamsAreSplitBySender() {
    // Client: "sum" is what the client sent. Server: "sum" is what the server received.
    // Both are the client->server direction and land in bps/streams.
    const QJsonObject client = fixtureObject(QStringLiteral("tcp_p2_bidir.json"));
    const IntervalSample c = Iperf3JsonParser::parseInterval(client["intervals"][0].toObject());
    QCOMPARE(c.streams.size(), 2);
    QCOMPARE(c.reverseStreams.size(), 2);
    for (const StreamSample &s : c.streams)
        QVERIFY(s.sender);
    for (const StreamSample &s : c.reverseStreams)
        QVERIFY(!s.sender);
    COMPARE_OPT(c.bps, optFromJson(client["intervals"][0]["sum"]["bits_per_second"]));
    COMPARE_OPT(c.reverseBps,
                optFromJson(client["intervals"][0]["sum_bidir_reverse"]["bits_per_second"]));
    QVERIFY(c.sndCwndBytes.has_value());
    QVERIFY(c.rttUs.has_value());

    const QJsonObject server = fixtureObject(QStringLiteral("server_tcp_bidir.json"));
    const IntervalSample s = Iperf3JsonParser::parseInterval(server["intervals"][0].toObject());
    QCOMPARE(s.streams.size(), 2);
    QCOMPARE(s.reverseStreams.size(), 2);
    for (const StreamSample &st : s.streams)
        QVERIFY(!st.sender);
    COMPARE_OPT(s.sndCwndBytes, std::nullopt); // the server receives this direction
}

void TestIperf3JsonParser::errorDocuments_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("connection refused") << "error_refused.json"
                                        << "unable to connect to server: Connection refused";
    QTest::addRow("server busy") << "error_busy.json"
                                 << "the server is busy running a test. try again later";
}

void TestIperf3JsonParser::errorDocuments() {
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(readFixture(file));
    QVERIFY(outcome.parsed);
    QCOMPARE(toString(outcome.run.status), toString(RunStatus::Error));
    QCOMPARE(outcome.run.error, message);
    QVERIFY(outcome.run.intervals.isEmpty());
    QCOMPARE(outcome.run.toolVersion, QStringLiteral("iperf 3.12"));
    QVERIFY(outcome.run.summary == Summary{}); // all null, never 0
    const QJsonObject json = outcome.run.toJson();
    QVERIFY(json["summary"]["throughput_bps"].isNull());
    QCOMPARE(json["status"].toString(), QStringLiteral("error"));
}

void TestIperf3JsonParser::partialRuns_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("endTotals");
    QTest::addRow("client interrupted by SIGINT")
        << "client_sigint.json"
        << "interrupt - the client has terminated" << true;
    QTest::addRow("server killed mid-test, tcp")
        << "server_killed.json"
        << "unable to write to stream socket: Connection reset by peer" << false;
    QTest::addRow("server killed mid-test, udp")
        << "server_killed_udp.json"
        << "control socket has closed unexpectedly" << false;
}

void TestIperf3JsonParser::partialRuns() {
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(bool, endTotals);
    const QJsonObject doc = fixtureObject(file);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(readFixture(file));
    QVERIFY(outcome.parsed);
    const RunResult &run = outcome.run;
    QCOMPARE(toString(run.status), toString(RunStatus::Partial));
    QCOMPARE(run.error, message);
    QCOMPARE(run.intervals.size(), doc["intervals"].toArray().size());
    QVERIFY(!run.intervals.isEmpty());
    // The client only sent: what the receiver got was never reported.
    COMPARE_OPT(run.summary.throughputBps, std::nullopt);
    COMPARE_OPT(run.summary.receivedBps, std::nullopt);
    if (endTotals) {
        COMPARE_OPT(run.summary.sentBps, at(doc, QStringLiteral("end/sum_sent/bits_per_second")));
        COMPARE_OPT(run.summary.cpuRemotePercent, std::nullopt);
    } else {
        double bytes = 0, seconds = 0;
        for (const IntervalSample &i : run.intervals) {
            bytes += *i.bytes;
            seconds += i.endS - i.startS;
        }
        QVERIFY(run.summary.sentBps.has_value());
        QVERIFY(qAbs(*run.summary.sentBps - bytes * 8 / seconds) < 1e-6 * bytes);
        QVERIFY(!run.warnings.isEmpty());
    }
}

void TestIperf3JsonParser::truncationNeverCrashes_data() {
    QTest::addColumn<QString>("file");
    for (const char *f : {"tcp_p4.json", "udp_bidir.json", "server_tcp_bidir.json"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestIperf3JsonParser::truncationNeverCrashes() {
    QFETCH(QString, file);
    const QByteArray bytes = readFixture(file);
    const int total = int(QJsonDocument::fromJson(bytes)["intervals"].toArray().size());
    int recovered = 0;
    int cuts = 0;
    for (qsizetype cut = 1; cut < bytes.size() - 2; cut += (cut < 200 ? 1 : 37)) {
        const QByteArray head = bytes.left(cut);
        const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(head);
        ++cuts;
        QVERIFY2(!outcome.parsed, qPrintable(QStringLiteral("cut at %1 parsed").arg(cut)));
        QVERIFY(outcome.parseError.contains(QLatin1String("line ")));
        QVERIFY2(outcome.truncated, qPrintable(outcome.parseError));
        QVERIFY(outcome.parseError.contains(QLatin1String("truncated")));
        if (outcome.recovered) {
            ++recovered;
            QCOMPARE(toString(outcome.run.status), toString(RunStatus::Partial));
            QVERIFY(!outcome.run.intervals.isEmpty());
            QVERIFY(outcome.run.intervals.size() <= total);
        }
    }
    QVERIFY(cuts > 200);
    QVERIFY(recovered > 0);
}

void TestIperf3JsonParser::truncatedEndIsSalvaged() {
    const QByteArray bytes = readFixture(QStringLiteral("tcp_p4.json"));
    const qsizetype cut = bytes.indexOf("\"cpu_utilization_percent\"");
    QVERIFY(cut > 0);
    const QByteArray head = bytes.left(cut);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(head);
    QVERIFY(!outcome.parsed);
    QVERIFY(outcome.recovered);
    const int lines = int(head.count('\n')) + 1;
    QVERIFY2(outcome.parseError.startsWith(QStringLiteral("line %1, column ").arg(lines)),
             qPrintable(outcome.parseError));
    QVERIFY(outcome.parseError.endsWith(
        QLatin1String("unexpected end of data (the file looks truncated)")));
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(outcome.run.intervals.size(), doc["intervals"].toArray().size());
    QCOMPARE(toString(outcome.run.status), toString(RunStatus::Partial));
    QVERIFY(outcome.run.error.contains(QLatin1String("truncated")));
    // The totals before the cut survive.
    COMPARE_OPT(outcome.run.summary.throughputBps,
                at(doc, QStringLiteral("end/sum_received/bits_per_second")));
}

// Fixtures derived from real captures, one known iperf3 output defect each (see
// tests/data/iperf3/README.md): the run is read, the impossible value is null, the run says
// why in its warnings.
void TestIperf3JsonParser::knownOutputDefects_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("warning");
    QTest::addRow("nan and -nan (#613, #826)") << "defects/nan_values.json"
                                               << "ok"
                                               << "3 value(s) as nan or inf";
    QTest::addRow("negative loss after --omit (#412, #914)")
        << "defects/udp_omit_negative_loss.json"
        << "ok"
        << "--omit bug";
    QTest::addRow("32-bit UDP counters wrapped (#1892)") << "defects/udp_counter_wrap.json"
                                                         << "ok"
                                                         << "--udp-counters-64bit";
    QTest::addRow("retransmits 4294967294 (#725)") << "defects/tcp_retransmits_wrap.json"
                                                   << "ok"
                                                   << "esnet/iperf#725";
    QTest::addRow("error text after the JSON (#1143, #1631)") << "defects/text_after_json.json"
                                                              << "partial"
                                                              << "printed text after its JSON";
    QTest::addRow("printed twice (#1688, #1716)") << "defects/printed_twice.json"
                                                  << "ok"
                                                  << "printed its JSON document twice";
}

void TestIperf3JsonParser::knownOutputDefects() {
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, warning);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(readFixture(file));
    QVERIFY2(outcome.parsed, qPrintable(outcome.parseError));
    const RunResult &run = outcome.run;
    QCOMPARE(toString(run.status), status);
    const QString warnings = run.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    QVERIFY(!run.intervals.isEmpty());
    for (const IntervalSample &i : run.intervals) {
        QVERIFY(!i.lostPackets || *i.lostPackets >= 0);
        QVERIFY(!i.lostPercent || (*i.lostPercent >= 0 && *i.lostPercent <= 100));
        QVERIFY(!i.retransmits || *i.retransmits < 2147483648.0);
        for (const StreamSample &st : i.streams)
            QVERIFY(!st.retransmits || *st.retransmits < 2147483648.0);
    }
    QVERIFY(!run.summary.lostPackets || *run.summary.lostPackets >= 0);

    if (file.endsWith(QLatin1String("nan_values.json"))) {
        QVERIFY(!run.intervals.at(1).lostPercent);
        QVERIFY(!run.intervals.at(1).jitterMs);
        QVERIFY(run.intervals.at(0).jitterMs); // the untouched interval keeps its values
        QVERIFY(run.summary.throughputBps);
    } else if (file.endsWith(QLatin1String("udp_omit_negative_loss.json"))) {
        QVERIFY(run.intervals.at(0).omitted);
        QVERIFY(!run.intervals.at(1).lostPackets);
        QVERIFY(run.summary.lostPackets); // the totals were right
    } else if (file.endsWith(QLatin1String("udp_counter_wrap.json"))) {
        QVERIFY(!run.intervals.at(1).lostPackets);
        QVERIFY(!run.summary.lostPackets);
        QVERIFY(!run.summary.lostPercent);
        QVERIFY(warnings.contains(QLatin1String("the totals")));
    } else if (file.endsWith(QLatin1String("tcp_retransmits_wrap.json"))) {
        QVERIFY(!run.intervals.at(1).retransmits);
        QVERIFY(!run.intervals.at(1).streams.at(0).retransmits);
        QCOMPARE(run.intervals.at(1).streams.at(1).retransmits, OptDouble(1));
        QCOMPARE(run.intervals.at(0).retransmits, OptDouble(0));
    } else if (file.endsWith(QLatin1String("text_after_json.json"))) {
        QCOMPARE(run.error, QStringLiteral("iperf3: error - unable to send control message: "
                                           "Broken pipe"));
        // What was measured before the failure is all there.
        const Iperf3ParseOutcome clean = Iperf3JsonParser::parse(readFixture("tcp_basic.json"));
        QCOMPARE(run.summary, clean.run.summary);
        QCOMPARE(run.intervals, clean.run.intervals);
    }
}

void TestIperf3JsonParser::printedTwiceReadsAsOnce() {
    const Iperf3ParseOutcome twice =
        Iperf3JsonParser::parse(readFixture(QStringLiteral("defects/printed_twice.json")));
    const Iperf3ParseOutcome once =
        Iperf3JsonParser::parse(readFixture(QStringLiteral("3.21/tcp_rev_p2.json")));
    QVERIFY(twice.parsed && once.parsed);
    QVERIFY(once.run.warnings.isEmpty());
    RunResult run = twice.run;
    QCOMPARE(run.warnings.size(), 1);
    run.warnings.clear();
    QCOMPARE(run.toJson(), once.run.toJson());
    QCOMPARE(toString(run.direction), QStringLiteral("receive"));
    QCOMPARE(run.streams, 2);
}

// JSON numbers where integers belong (1e300, negative, fractional): never a wrapped negative.
void TestIperf3JsonParser::impossibleNumbersAreRangeChecked() {
    QByteArray bytes = readFixture(QStringLiteral("tcp_basic.json"));
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QJsonObject start = doc["start"].toObject();
    QJsonObject testStart = start["test_start"].toObject();
    testStart["num_streams"] = 1e300;
    start["test_start"] = testStart;
    QJsonObject timestamp = start["timestamp"].toObject();
    timestamp["timesecs"] = 1e300;
    start["timestamp"] = timestamp;
    QJsonObject connecting = start["connecting_to"].toObject();
    connecting["port"] = 1e300;
    start["connecting_to"] = connecting;
    QJsonArray connected = start["connected"].toArray();
    QJsonObject first = connected.at(0).toObject();
    first["socket"] = 1e300;
    first["local_port"] = -5;
    connected[0] = first;
    start["connected"] = connected;
    QJsonObject edited = doc;
    edited["start"] = start;
    QJsonArray intervals = edited["intervals"].toArray();
    QJsonObject interval = intervals.at(0).toObject();
    QJsonArray streams = interval["streams"].toArray();
    QJsonObject stream = streams.at(0).toObject();
    stream["socket"] = 1e300;
    streams[0] = stream;
    interval["streams"] = streams;
    intervals[0] = interval;
    edited["intervals"] = intervals;

    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(QJsonDocument(edited).toJson());
    QVERIFY(outcome.parsed);
    const RunResult &run = outcome.run;
    QCOMPARE(run.streams, 1); // unchanged default, not INT_MIN
    QVERIFY(!run.startedAt.isValid());
    QCOMPARE(run.server, QStringLiteral("127.0.0.1")); // the port is left out, not negative
    QVERIFY(!run.client.contains(QLatin1Char('-')));
    QCOMPARE(run.intervals.at(0).streams.at(0).id, -1);
    const QString warnings = run.warnings.join(QLatin1Char('\n'));
    for (const char *field : {"num_streams", "timesecs", "connecting_to.port", "local_port",
                              "impossible socket number"})
        QVERIFY2(warnings.contains(QLatin1String(field)), qPrintable(warnings));
}

void TestIperf3JsonParser::deepNestingIsRejected_data() {
    // 400,000 levels took 21 s to reject: the truncation scan copied the whole bracket stack at
    // every closer. It is linear now; these rows would run for minutes without that.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    constexpr int depth = 400000;
    const QByteArray open = "{\"start\":" + QByteArray(depth, '[');
    const QString expected =
        QStringLiteral("line 1, column 1034: nested deeper than 1024 levels (the input limit)");
    QTest::addRow("balanced") << open + QByteArray(depth, ']') + "}" << expected;
    QTest::addRow("closed half way") << open + QByteArray(depth / 2, ']') << expected;
    QByteArray siblings = open;
    for (int i = 0; i < depth / 4; ++i)
        siblings += "[1],";
    QTest::addRow("many closers deep down") << siblings << expected;
}

void TestIperf3JsonParser::deepNestingIsRejected() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    QVERIFY(!outcome.parsed);
    QVERIFY(!outcome.recovered);
    QVERIFY2(outcome.parseError.contains(expected), qPrintable(outcome.parseError));
}

void TestIperf3JsonParser::notIperf3_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("perfdeck results document")
        << QByteArray(R"({"format":"perfdeck.results/1","runs":[]})")
        << R"(not an iperf3 JSON document (no "start" object))";
    QTest::addRow("array") << QByteArray("[1, 2, 3]\n") << "top level is not an object";
    QTest::addRow("iperf3 text output")
        << QByteArray("Connecting to host 127.0.0.1, port 5201\n") << "not JSON (line 1, column";
    QTest::addRow("empty") << QByteArray() << "empty file";
    QTest::addRow("whitespace only") << QByteArray(" \n\t\r\n") << "empty file";
    QTest::addRow("start without data")
        << QByteArray(R"({"start":{"version":"x"}})") << R"(no "intervals", "end" or "error")";
    QTest::addRow("syntax error in the middle")
        << QByteArray("{\n\"start\": {,\n}, \"end\": {}}") << "line 2, column";
}

void TestIperf3JsonParser::notIperf3() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    QVERIFY(!outcome.parsed);
    QVERIFY(!outcome.recovered);
    QVERIFY2(outcome.parseError.contains(expected), qPrintable(outcome.parseError));
}

void TestIperf3JsonParser::sniffing() {
    QVERIFY(Iperf3JsonParser::looksLikeIperf3Json(readFixture(QStringLiteral("tcp_basic.json"))));
    QVERIFY(
        Iperf3JsonParser::looksLikeIperf3Json(readFixture(QStringLiteral("error_refused.json"))));
    QVERIFY(!Iperf3JsonParser::looksLikeIperf3Json(readFixture(QStringLiteral("tcp_text.txt"))));
    QVERIFY(!Iperf3JsonParser::looksLikeIperf3Json(QByteArray(R"({"format":"x"})")));
}

QTEST_APPLESS_MAIN(TestIperf3JsonParser)
#include "tst_iperf3jsonparser.moc"

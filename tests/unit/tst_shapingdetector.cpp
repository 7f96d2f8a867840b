// Shaping detection (qos/ShapingDetector): real runs through a tbf shaper, an nftables policer
// and a plain veth (tests/data/shaping, see its README) are told apart with the tbf's rate,
// and synthetic series pin the arithmetic and the refusals (too few intervals, gaps, nulls,
// a UDP sender's own series).
#include "qos/shapingdetector.h"
#include "results/resultsdocument.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Perfdeck;

namespace {

RunResult loadRun(const QString &name) {
    ResultsDocument document;
    QString error;
    const QString path = QStringLiteral(PERFDECK_TEST_DATA "/shaping/%1.json").arg(name);
    if (!ResultsDocument::load(path, &document, &error) || document.runs.isEmpty())
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return document.runs.first();
}

// A run whose intervals carry the given rates (Mbit/s; NaN: a null rate) of dt seconds each.
RunResult series(const std::vector<double> &mbps, double dt = 0.1, bool sender = false,
                 Protocol protocol = Protocol::Tcp) {
    RunResult run;
    run.protocol = protocol;
    run.direction = sender ? Direction::Send : Direction::Receive;
    for (size_t i = 0; i < mbps.size(); ++i) {
        IntervalSample interval;
        interval.startS = double(i) * dt;
        interval.endS = double(i + 1) * dt;
        if (std::isfinite(mbps[i]))
            interval.bps = mbps[i] * 1e6;
        StreamSample stream;
        stream.sender = sender;
        stream.bps = interval.bps;
        interval.streams << stream;
        run.intervals << interval;
    }
    return run;
}

// An ideal token bucket: rate R, bucket B bytes (full at the start), senders offering peak P.
std::vector<double> tokenBucket(double rateMbps, double bucketBytes, double peakMbps, int n,
                                double dt = 0.1) {
    std::vector<double> out;
    double tokens = bucketBytes;
    for (int i = 0; i < n; ++i) {
        const double offered = peakMbps * 1e6 / 8 * dt;
        const double allowed = rateMbps * 1e6 / 8 * dt + tokens;
        const double sent = std::min(offered, allowed);
        tokens = std::max(0.0, tokens - (sent - rateMbps * 1e6 / 8 * dt));
        out.push_back(sent * 8 / dt / 1e6);
    }
    return out;
}

bool within(double value, double expected, double share) {
    return std::fabs(value - expected) <= share * expected;
}

} // namespace

class TestShapingDetector final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realRuns_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("shaped"); // 1 yes, 0 no, -1 not asserted (sender-side bursts)
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("limitBps");    // tbf rate or policer rate; 0 none
        QTest::addColumn<double>("bucketBytes"); // tbf burst (receiver-side rows); 0 not checked
        // tbf counts Ethernet frames: the wire estimate must match its rate within 2 % at the
        // receiver (5 % at the sender), the TCP goodput within 5 % of 1448/1514 of it.
        QTest::addRow("tbf 20 Mbit/s, receiver")
            << "tbf20-receive" << 1 << "shaper" << 20e6 << 256.0 * 1024;
        QTest::addRow("tbf 50 Mbit/s, receiver")
            << "tbf50-receive" << 1 << "shaper" << 50e6 << 512.0 * 1024;
        QTest::addRow("tbf 100 Mbit/s, receiver")
            << "tbf100-receive" << 1 << "shaper" << 100e6 << 1024.0 * 1024;
        QTest::addRow("tbf 100 Mbit/s, receiver, loaded machine")
            << "tbf100-receive-loaded" << 1 << "shaper" << 100e6 << 1024.0 * 1024;
        QTest::addRow("tbf 100 Mbit/s, receiver stalled 0.8 s")
            << "tbf100-receive-stall" << 1 << "shaper" << 100e6 << 1024.0 * 1024;
        QTest::addRow("tbf 20 Mbit/s, receiver, dip after the burst")
            << "tbf20-receive-dip" << 1 << "shaper" << 20e6 << 256.0 * 1024;
        QTest::addRow("tbf 20 Mbit/s, sender") << "tbf20-send" << -1 << "shaper" << 20e6 << 0.0;
        QTest::addRow("tbf 50 Mbit/s, sender") << "tbf50-send" << -1 << "shaper" << 50e6 << 0.0;
        QTest::addRow("tbf 50 Mbit/s, sender, 4 streams")
            << "tbf50-send-p4" << -1 << "shaper" << 50e6 << 0.0;
        QTest::addRow("unshaped veth, receiver") << "unshaped-receive" << 0 << "none" << 0.0 << 0.0;
        QTest::addRow("unshaped veth slowing down, receiver")
            << "unshaped-receive-slowing" << 0 << "none" << 0.0 << 0.0;
        QTest::addRow("unshaped veth, sender") << "unshaped-send" << 0 << "none" << 0.0 << 0.0;
        QTest::addRow("unshaped veth, receiver, CPU-bound sender")
            << "unshaped-receive-cpubound" << 0 << "none" << 0.0 << 0.0;
        QTest::addRow("nft policer, receiver")
            << "police6M-receive" << 1 << "policer" << 0.0 << 0.0;
        QTest::addRow("nft policer, sender") << "police6M-send" << 1 << "policer" << 0.0 << 0.0;
        QTest::addRow("nft policer, sender, 4 streams")
            << "police6M-send-p4" << 1 << "policer" << 0.0 << 0.0;
    }
    // A plain veth whose sender is CPU-bound starts faster and settles at the host's limit, held
    // as steadily as a bucket holds its rate: only the CPU figures tell the two apart.
    void cpuBoundPlateauIsTheHostsLimit() {
        RunResult run = loadRun(QStringLiteral("unshaped-receive-cpubound"));
        const ShapingResult r = ShapingDetector::analyse(run);
        QVERIFY(r.shaped.has_value());
        QVERIFY2(!*r.shaped, qPrintable(r.reason));
        QVERIFY(r.cpuPercent && *r.cpuPercent >= ShapingDetector::CpuBoundPercent);
        QCOMPARE(r.cpuProcess, QStringLiteral("sending iperf3"));
        QVERIFY2(r.reason.contains(QLatin1String("host's limit")), qPrintable(r.reason));
        QCOMPARE(r.toJson()
                     .value(QLatin1String("evidence"))
                     .toObject()
                     .value(QLatin1String("cpu_process")),
                 QJsonValue(QStringLiteral("sending iperf3")));

        // Without them (an import from a tool that does not report CPU) the same series is
        // read as a bucket: the limit of the method, documented in docs/SHAPING.md.
        run.summary.cpuLocalPercent.reset();
        run.summary.cpuRemotePercent.reset();
        run.resources.reset();
        const ShapingResult blind = ShapingDetector::analyse(run);
        QVERIFY(blind.shaped && *blind.shaped);
        QVERIFY(!blind.cpuPercent);

        // The processes Perfdeck sampled count as well as iperf3's own figures.
        ProcessUsage sender;
        sender.role = QStringLiteral("server");
        sender.program = QStringLiteral("iperf3");
        for (int i = 0; i < 8; ++i)
            sender.samples << ProcessSample{0.5 * i, 97.0, std::nullopt};
        run.resources = ResourceUsage();
        run.resources->processes << sender;
        const ShapingResult sampled = ShapingDetector::analyse(run);
        QVERIFY(sampled.shaped && !*sampled.shaped);
        QCOMPARE(sampled.cpuProcess, QStringLiteral("server iperf3"));
    }

    void realRuns() {
        QFETCH(QString, file);
        QFETCH(int, shaped);
        QFETCH(QString, kind);
        QFETCH(double, limitBps);
        QFETCH(double, bucketBytes);
        const ShapingResult r = ShapingDetector::analyse(loadRun(file));
        QVERIFY2(r.shaped.has_value(), qPrintable(r.reason));
        if (shaped >= 0) {
            QCOMPARE(*r.shaped, shaped == 1);
            QCOMPARE(toString(r.kind), kind);
        } else if (*r.shaped) {
            QCOMPARE(toString(r.kind), kind); // never a policer for a tbf
        }
        QVERIFY(r.sustainedBps);
        if (limitBps > 0) {
            // A sender's tail also fills its growing socket buffer: 5 % there.
            const bool receiver = r.measuredAt == QLatin1String("receiver");
            QVERIFY2(within(*r.sustainedWireBps, limitBps, receiver ? 0.02 : 0.05),
                     qPrintable(QString::number(*r.sustainedWireBps)));
            if (receiver)
                QVERIFY2(within(*r.sustainedBps, limitBps * 1448 / 1514, 0.05),
                         qPrintable(QString::number(*r.sustainedBps)));
        }
        if (bucketBytes > 0) {
            QVERIFY(r.burstBytes && r.burstDurationS && r.peakBps);
            QVERIFY2(*r.burstBytes > 0.6 * bucketBytes && *r.burstBytes < 1.3 * bucketBytes,
                     qPrintable(QString::number(*r.burstBytes)));
            QVERIFY(*r.burstDurationS > 0 && *r.burstDurationS <= 0.5);
            QVERIFY(*r.peakBps > 1.5 * *r.sustainedBps);
        }
        if (*r.shaped)
            QVERIFY2(r.confidence >= 0.5, qPrintable(QString::number(r.confidence)));
        QVERIFY(r.confidence > 0 && r.confidence <= 1);
        QVERIFY(!r.reason.isEmpty());
        QCOMPARE(r.measuredAt, file.contains(QLatin1String("receive")) ? QStringLiteral("receiver")
                                                                       : QStringLiteral("sender"));
    }

    void idealTokenBucketIsMeasuredExactly() {
        // 10 Mbit/s with a 1 MB bucket, offered 100 Mbit/s: 1.125 MB in the first 0.1 s.
        const ShapingResult r = ShapingDetector::analyse(series(tokenBucket(10, 1e6, 100, 60)));
        QCOMPARE(r.shaped, std::optional<bool>(true));
        QCOMPARE(toString(r.kind), QStringLiteral("shaper")); // no drops known, a steady rate
        QVERIFY(within(*r.sustainedBps, 10e6, 1e-9));
        QVERIFY2(within(*r.burstBytes, 1e6, 0.01), qPrintable(QString::number(*r.burstBytes)));
        QVERIFY(within(*r.burstDurationS, 0.1, 1e-9));
        QVERIFY(within(*r.peakBps, 90e6, 0.01));
        QCOMPARE(r.intervals, 60);
    }

    void longerBurstIsTimed() {
        // 20 Mbit/s, 4 MB bucket, 60 Mbit/s offered: the bucket lasts 0.8 s.
        const ShapingResult r = ShapingDetector::analyse(series(tokenBucket(20, 4e6, 60, 50)));
        QCOMPARE(r.shaped, std::optional<bool>(true));
        QVERIFY2(within(*r.burstDurationS, 0.8, 0.13), qPrintable(r.reason));
        QVERIFY(within(*r.burstBytes, 4e6, 0.02));
        QVERIFY(within(*r.peakBps, 60e6, 0.05));
    }

    void flatRateIsNotShaped() {
        std::vector<double> flat;
        for (int i = 0; i < 50; ++i)
            flat.push_back(i % 2 ? 101.0 : 99.0);
        const ShapingResult r = ShapingDetector::analyse(series(flat));
        QCOMPARE(r.shaped, std::optional<bool>(false));
        QCOMPARE(toString(r.kind), QStringLiteral("none"));
        QVERIFY(!r.burstBytes);
        QVERIFY(within(*r.sustainedBps, 100e6, 0.001));
        QVERIFY(r.reason.contains(QLatin1String("No initial burst")));
    }

    void slowStartIsNoBurst() {
        // A ramp up to the rate is the opposite of a burst.
        std::vector<double> ramp{5, 20, 45, 80};
        for (int i = 0; i < 46; ++i)
            ramp.push_back(100);
        QCOMPARE(ShapingDetector::analyse(series(ramp)).shaped, std::optional<bool>(false));
    }

    void tooFewIntervalsSaysSo() {
        const ShapingResult r = ShapingDetector::analyse(series(tokenBucket(10, 1e6, 100, 9)));
        QVERIFY(!r.shaped);
        QVERIFY(r.reason.contains(QLatin1String("Too few intervals")));
        QCOMPARE(r.intervals, 9);
        QVERIFY(r.toJson().value(QLatin1String("shaped")).isNull());
        QVERIFY(r.toJson().value(QLatin1String("kind")).isNull());
    }

    void nullsGapsAndOmittedIntervalsAreSkipped() {
        std::vector<double> rates = tokenBucket(10, 1e6, 100, 60);
        for (size_t i = 7; i < rates.size(); i += 5)
            rates[i] = std::nan("");
        RunResult run = series(rates);
        run.intervals.removeAt(30); // a gap in time
        run.intervals[40].omitted = true;
        const ShapingResult r = ShapingDetector::analyse(run);
        QCOMPARE(r.shaped, std::optional<bool>(true));
        QVERIFY(within(*r.sustainedBps, 10e6, 1e-9));
        QVERIFY(within(*r.burstBytes, 1e6, 0.01));
        QCOMPARE(r.intervals, 60 - 11 - 1 - 1);
    }

    void mostlyNullIsTooFew() {
        std::vector<double> rates(40, std::nan(""));
        rates[0] = 90;
        rates[20] = 10;
        const ShapingResult r = ShapingDetector::analyse(series(rates));
        QVERIFY(!r.shaped);
        QCOMPARE(r.intervals, 2);
    }

    void silentSecondHalfCannotTell() {
        std::vector<double> rates(20, 50.0);
        rates.resize(40, 0.0);
        const ShapingResult r = ShapingDetector::analyse(series(rates));
        QVERIFY(!r.shaped);
        QVERIFY(r.reason.contains(QLatin1String("No traffic")));
    }

    void udpSenderSeriesCannotTell() {
        const ShapingResult r = ShapingDetector::analyse(
            series(tokenBucket(10, 1e6, 100, 50), 0.1, true, Protocol::Udp));
        QVERIFY(!r.shaped);
        QVERIFY(r.reason.contains(QLatin1String("--reverse")));
        QCOMPARE(r.measuredAt, QStringLiteral("sender"));
    }

    void udpLossAtTheReceiverMeansPolicer() {
        RunResult run = series(tokenBucket(10, 1e6, 100, 50), 0.1, false, Protocol::Udp);
        run.summary.lostPercent = 80.0;
        const ShapingResult r = ShapingDetector::analyse(run);
        QCOMPARE(r.shaped, std::optional<bool>(true));
        QCOMPARE(toString(r.kind), QStringLiteral("policer"));
        QVERIFY(!r.sustainedWireBps); // the datagram size is not known
    }

    void retransmitsDecideTheKind_data() {
        QTest::addColumn<double>("retransmitsPerInterval");
        QTest::addColumn<double>("rttTailUs");
        QTest::addColumn<QString>("kind");
        // 10 Mbit/s for 0.1 s is about 86 segments of 1448 bytes.
        QTest::addRow("no retransmits, RTT rises: shaper") << 0.0 << 40000.0 << "shaper";
        QTest::addRow("a few retransmits: shaper") << 0.3 << 40000.0 << "shaper";
        QTest::addRow("many retransmits, flat RTT: policer") << 10.0 << 1000.0 << "policer";
    }
    void retransmitsDecideTheKind() {
        QFETCH(double, retransmitsPerInterval);
        QFETCH(double, rttTailUs);
        QFETCH(QString, kind);
        RunResult run = series(tokenBucket(10, 1e6, 100, 60), 0.1, true);
        run.summary.sentBytes = 10e6 / 8 * 6 + 1e6 + 200e3; // 200 kB still in the socket
        run.summary.receivedBytes = 10e6 / 8 * 6 + 1e6;
        for (qsizetype i = 0; i < run.intervals.size(); ++i) {
            run.intervals[i].retransmits = retransmitsPerInterval;
            run.intervals[i].rttUs = i < 2 ? 1000.0 : rttTailUs;
        }
        // The sender wrote the 200 kB its socket held on top of the bucket at the start.
        run.intervals[0].bps = *run.intervals[0].bps + 200e3 * 8 / 0.1;
        const ShapingResult r = ShapingDetector::analyse(run);
        QCOMPARE(r.shaped, std::optional<bool>(true));
        QCOMPARE(toString(r.kind), kind);
        QVERIFY2(within(*r.burstBytes, 1e6, 0.01), qPrintable(QString::number(*r.burstBytes)));
        QVERIFY(r.reason.contains(QLatin1String("sender")));
        QVERIFY(r.dropPercent);
    }

    void streamComparisons_data() {
        QTest::addColumn<QString>("single");
        QTest::addColumn<QString>("parallel");
        QTest::addColumn<QString>("suggests");
        // Recorded through an nftables policer: 46 Mbit/s with one stream, 55 with four.
        QTest::addRow("nft policer") << "police6M-send"
                                     << "police6M-send-p4"
                                     << "policer";
        // Through a tbf: 48 and 49 Mbit/s.
        QTest::addRow("tbf") << "tbf50-send"
                             << "tbf50-send-p4"
                             << "shaper";
    }
    void streamComparisons() {
        QFETCH(QString, single);
        QFETCH(QString, parallel);
        QFETCH(QString, suggests);
        RunResult one = loadRun(single);
        RunResult four = loadRun(parallel);
        // Separate recordings against throw-away namespaces: one path for the comparison.
        four.server = one.server;
        const QList<StreamComparison> comparisons = ShapingDetector::compareStreams({one, four});
        QCOMPARE(comparisons.size(), 1);
        const StreamComparison &c = comparisons.first();
        QCOMPARE(c.singleRun, one.id);
        QCOMPARE(c.parallelRun, four.id);
        QCOMPARE(c.parallelStreams, 4);
        QCOMPARE(toString(c.suggests), suggests);
        QVERIFY(c.reason.contains(QLatin1String("4 streams")));
        QCOMPARE(c.toJson().value(QLatin1String("suggests")).toString(), suggests);
    }

    void streamComparisonNeedsTheSamePath() {
        RunResult one = loadRun(QStringLiteral("police6M-send"));
        RunResult four = loadRun(QStringLiteral("police6M-send-p4"));
        four.server = QStringLiteral("10.9.9.9:5201");
        QVERIFY(ShapingDetector::compareStreams({one, four}).isEmpty());
        four.server = one.server;
        four.direction = Direction::Receive;
        QVERIFY(ShapingDetector::compareStreams({one, four}).isEmpty());
        four.direction = one.direction;
        four.status = RunStatus::Error;
        QVERIFY(ShapingDetector::compareStreams({one, four}).isEmpty());
    }

    void failedRunWithoutIntervals() {
        RunResult run;
        run.status = RunStatus::Error;
        const ShapingResult r = ShapingDetector::analyse(run);
        QVERIFY(!r.shaped);
        QVERIFY(!r.reason.isEmpty());
    }

    void jsonHasTheContractKeys() {
        const QJsonObject o =
            ShapingDetector::analyse(series(tokenBucket(10, 1e6, 100, 60))).toJson();
        for (const char *key : {"shaped", "kind", "sustained_bps", "burst_bytes",
                                "burst_duration_s", "confidence", "reason", "measured_at"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("shaped")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("shaper"));
        QVERIFY(o.value(QLatin1String("evidence")).isObject());
    }
};

QTEST_GUILESS_MAIN(TestShapingDetector)
#include "tst_shapingdetector.moc"

#include "qos/shapingdetector.h"

#include "model/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Perfdeck {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

struct Point {
    double startS = 0;
    double endS = 0;
    double bytes = 0; // from the interval's rate, so a rate without a byte count still counts
    OptDouble retransmits;
    OptDouble rttUs;
    OptDouble lostPercent;
    double bps() const { return bytes * 8.0 / (endS - startS); }
};

bool usable(const OptDouble &value) {
    return value && std::isfinite(*value);
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    const double upper = *middle;
    if (values.size() % 2 == 1)
        return upper;
    return (upper + *std::max_element(values.begin(), middle)) / 2.0;
}

// Population coefficient of variation; null for fewer than three values or a zero mean.
OptDouble coefficientOfVariation(const std::vector<double> &values) {
    if (values.size() < 3)
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    if (mean <= 0)
        return std::nullopt;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size())) / mean;
}

// Whose view the intervals are: iperf3 marks each stream; otherwise the client sends unless
// the run was reversed.
bool seriesIsSender(const RunResult &run) {
    for (const IntervalSample &interval : run.intervals) {
        if (!interval.streams.isEmpty())
            return interval.streams.first().sender;
    }
    return run.direction != Direction::Receive;
}

// A measuring process that was not scheduled for a while (a loaded machine) reports one long
// interval with little in it, then a sliver with what piled up meanwhile; its flow control
// also held the sender back, so even merged the pair reads less than the path carried. Both
// are left out like a gap. Other slivers (iperf3's closing one) join the interval before.
std::vector<Point> dropStalls(const std::vector<Point> &points, int *stalls) {
    *stalls = 0;
    if (points.size() < 3)
        return points;
    std::vector<double> lengths;
    for (const Point &p : points)
        lengths.push_back(p.endS - p.startS);
    const double nominal = median(lengths);
    std::vector<Point> kept;
    bool afterStall = false;
    for (const Point &p : points) {
        const double length = p.endS - p.startS;
        if (length > 1.5 * nominal) {
            ++*stalls;
            afterStall = true;
            continue;
        }
        if (length < 0.5 * nominal) {
            const bool contiguous =
                !kept.empty() && std::fabs(p.startS - kept.back().endS) < 0.25 * nominal;
            if (!afterStall && contiguous) {
                Point &into = kept.back();
                into.endS = p.endS;
                into.bytes += p.bytes;
                if (p.retransmits)
                    into.retransmits = into.retransmits.value_or(0) + *p.retransmits;
                if (p.rttUs)
                    into.rttUs = p.rttUs;
                if (p.lostPercent)
                    into.lostPercent = std::max(into.lostPercent.value_or(0), *p.lostPercent);
            }
            continue;
        }
        afterStall = false;
        kept.push_back(p);
    }
    return kept;
}

QString seconds(double s) {
    return QString::number(s, 'f', s < 10 ? 2 : 1);
}

QString percentOf(double share) {
    return Format::percent(share * 100.0, 1);
}

} // namespace

QString toString(ShapingKind kind) {
    switch (kind) {
    case ShapingKind::Shaper:
        return QStringLiteral("shaper");
    case ShapingKind::Policer:
        return QStringLiteral("policer");
    case ShapingKind::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject ShapingResult::toJson() const {
    QJsonObject evidence;
    evidence.insert(QLatin1String("burst_z"), optToJson(burstZ));
    evidence.insert(QLatin1String("drop_percent"), optToJson(dropPercent));
    evidence.insert(QLatin1String("rtt_min_ms"), optToJson(rttMinMs));
    evidence.insert(QLatin1String("rtt_median_ms"), optToJson(rttMedianMs));
    evidence.insert(QLatin1String("variability"), optToJson(variability));
    evidence.insert(QLatin1String("windowed_variability"), optToJson(windowedVariability));
    evidence.insert(QLatin1String("tail_wander_s"), optToJson(tailWanderS));
    evidence.insert(QLatin1String("cpu_percent"), optToJson(cpuPercent));
    evidence.insert(QLatin1String("cpu_process"),
                    cpuProcess.isEmpty() ? QJsonValue() : QJsonValue(cpuProcess));

    QJsonObject o;
    o.insert(QLatin1String("shaped"), shaped ? QJsonValue(*shaped) : QJsonValue());
    o.insert(QLatin1String("kind"), shaped ? QJsonValue(toString(kind)) : QJsonValue());
    o.insert(QLatin1String("sustained_bps"), optToJson(sustainedBps));
    o.insert(QLatin1String("sustained_wire_bps"), optToJson(sustainedWireBps));
    o.insert(QLatin1String("burst_bytes"), optToJson(burstBytes));
    o.insert(QLatin1String("burst_duration_s"), optToJson(burstDurationS));
    o.insert(QLatin1String("peak_bps"), optToJson(peakBps));
    o.insert(QLatin1String("confidence"), std::round(confidence * 100.0) / 100.0);
    o.insert(QLatin1String("reason"), reason);
    o.insert(QLatin1String("measured_at"),
             measuredAt.isEmpty() ? QJsonValue() : QJsonValue(measuredAt));
    o.insert(QLatin1String("intervals"), intervals);
    o.insert(QLatin1String("evidence"), evidence);
    return o;
}

QJsonObject StreamComparison::toJson() const {
    return QJsonObject{
        {QStringLiteral("single_run"), singleRun},
        {QStringLiteral("parallel_run"), parallelRun},
        {QStringLiteral("parallel_streams"), parallelStreams},
        {QStringLiteral("single_bps"), singleBps},
        {QStringLiteral("parallel_bps"), parallelBps},
        {QStringLiteral("ratio"), std::round(ratio * 1000.0) / 1000.0},
        {QStringLiteral("suggests"),
         suggests == ShapingKind::None ? QJsonValue() : QJsonValue(toString(suggests))},
        {QStringLiteral("reason"), reason},
    };
}

QString ShapingResult::headline() const {
    const QString conf = QString::number(confidence, 'f', 2);
    if (!shaped)
        return Tr::tr("cannot tell");
    if (!*shaped)
        return Tr::tr("not shaped (confidence %1)").arg(conf);
    return Tr::tr("shaped (%1): %2 sustained, burst %3 over %4 s, confidence %5")
        .arg(toString(kind), Format::bitrate(sustainedBps),
             burstBytes ? Format::bytes(*burstBytes) : QStringLiteral("\u2013"),
             burstDurationS ? seconds(*burstDurationS) : QStringLiteral("\u2013"), conf);
}

namespace ShapingDetector {

ShapingResult analyse(const RunResult &run) {
    ShapingResult result;
    const bool sender = seriesIsSender(run);
    result.measuredAt = sender ? QStringLiteral("sender") : QStringLiteral("receiver");

    if (run.status == RunStatus::Error && run.intervals.isEmpty()) {
        result.reason = Tr::tr("The run failed without intervals: nothing to analyse.");
        return result;
    }
    if (run.protocol == Protocol::Udp && sender) {
        result.reason =
            Tr::tr("A UDP sender reports the rate it sent at, whatever the path did with it: "
                   "run with --reverse (-R) so the receiver's series is analysed.");
        return result;
    }

    std::vector<Point> points;
    points.reserve(size_t(run.intervals.size()));
    for (const IntervalSample &interval : run.intervals) {
        const double length = interval.endS - interval.startS;
        if (interval.omitted || !usable(interval.bps) || *interval.bps < 0 ||
            !std::isfinite(length) || length <= 0)
            continue;
        if (!points.empty() && interval.startS < points.back().endS - 1e-6)
            continue; // out of order or overlapping (a repeated interval): keep time monotonic
        Point p;
        p.startS = interval.startS;
        p.endS = interval.endS;
        p.bytes = *interval.bps * length / 8.0;
        p.retransmits = usable(interval.retransmits) ? interval.retransmits : std::nullopt;
        p.rttUs = usable(interval.rttUs) && *interval.rttUs > 0 ? interval.rttUs : std::nullopt;
        p.lostPercent = usable(interval.lostPercent) ? interval.lostPercent : std::nullopt;
        points.push_back(p);
    }
    result.intervals = int(points.size());
    int stalls = 0;
    points = dropStalls(points, &stalls);
    if (points.size() < size_t(MinIntervals)) {
        result.reason = Tr::tr("Too few intervals (%1 usable of %2; at least %3 needed): run "
                               "for 5 s or longer with -i 0.1.")
                            .arg(points.size())
                            .arg(run.intervals.size())
                            .arg(MinIntervals);
        return result;
    }

    // The second half of the run's time is the sustained part: a bucket that takes longer
    // than half the run to drain is not told from the rate (docs/SHAPING.md).
    const double t0 = points.front().startS;
    const double tEnd = points.back().endS;
    const double tMid = t0 + (tEnd - t0) / 2.0;
    double tailBytes = 0;
    double tailTime = 0;
    size_t firstTail = points.size();
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].startS + 1e-9 < tMid)
            continue;
        firstTail = std::min(firstTail, i);
        tailBytes += points[i].bytes;
        tailTime += points[i].endS - points[i].startS;
    }
    const size_t tailCount = points.size() - firstTail;
    if (tailCount < 5 || tailTime <= 0) {
        result.reason = Tr::tr("Too few intervals in the second half of the run (%1; at least "
                               "5 needed): the intervals leave gaps.")
                            .arg(tailCount);
        return result;
    }
    const double rate = tailBytes * 8.0 / tailTime;
    result.sustainedBps = rate;
    if (run.protocol == Protocol::Tcp)
        result.sustainedWireBps =
            rate * (AssumedSegmentBytes + AssumedFrameOverheadBytes) / AssumedSegmentBytes;
    if (rate <= 0) {
        result.reason = Tr::tr("No traffic in the second half of the run: nothing to tell a "
                               "sustained rate from.");
        return result;
    }

    // Cumulative bytes above the sustained rate. A token bucket that starts full shows as a
    // rise of this excess at the start and a plateau (the bucket size) afterwards; gaps
    // contribute nothing.
    std::vector<double> excess(points.size());
    double running = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        running += points[i].bytes - rate / 8.0 * (points[i].endS - points[i].startS);
        excess[i] = running;
    }
    std::vector<double> tailExcess(excess.begin() + qsizetype(firstTail), excess.end());
    const double plateau = median(tailExcess);
    std::vector<double> deviations;
    deviations.reserve(tailExcess.size());
    for (double e : tailExcess)
        deviations.push_back(std::fabs(e - plateau));
    // Floor: 2 ms of traffic, so a perfectly regular series does not give an infinite z.
    const double noise = std::max(1.4826 * median(deviations), rate / 8.0 * 0.002);

    // A sender's excess also holds what its socket buffered (written but not yet received);
    // at the end of the run that is the sent minus the received total.
    double buffered = 0;
    bool uncorrectedSender = false;
    if (sender) {
        if (usable(run.summary.sentBytes) && usable(run.summary.receivedBytes))
            buffered = std::max(0.0, *run.summary.sentBytes - *run.summary.receivedBytes);
        else
            uncorrectedSender = true;
    }
    const double burst = plateau - buffered;
    const double z = burst / noise;
    result.burstZ = std::round(z * 10.0) / 10.0;

    // The burst is over once the excess reaches the band it keeps in the second half, or
    // three quarters of the burst: TCP's jitter right after the burst, or a rate a fraction
    // of a per cent lower there than later, must not stretch it.
    const auto [lowest, highest] = std::minmax_element(tailExcess.begin(), tailExcess.end());
    const double plateauBand =
        std::min({plateau - 2.0 * noise, *lowest, plateau - 0.25 * std::max(burst, 0.0)});
    size_t burstEnd = 0;
    while (burstEnd + 1 < points.size() && excess[burstEnd] < plateauBand)
        ++burstEnd;
    // ... unless the intervals right after it still run well above the rate.
    while (burstEnd + 1 < points.size() && points[burstEnd + 1].endS <= tMid &&
           points[burstEnd + 1].bps() > 1.2 * rate)
        ++burstEnd;
    const double burstDuration = points[burstEnd].endS - t0;
    const double peak = burst > 0 && burstDuration > 0 ? rate + burst * 8.0 / burstDuration : rate;

    // Tail variability, per interval and over windows of at least 0.5 s (a sender writing
    // 128 KiB buffers reads 0 or 2 buffers per 0.1 s interval at 20 Mbit/s).
    std::vector<double> tailRates;
    std::vector<double> windowRates;
    double windowBytes = 0;
    double windowTime = 0;
    for (size_t i = firstTail; i < points.size(); ++i) {
        tailRates.push_back(points[i].bps());
        windowBytes += points[i].bytes;
        windowTime += points[i].endS - points[i].startS;
        if (windowTime >= 0.5 - 1e-9) {
            windowRates.push_back(windowBytes * 8.0 / windowTime);
            windowBytes = 0;
            windowTime = 0;
        }
    }
    result.variability = coefficientOfVariation(tailRates);
    result.windowedVariability = coefficientOfVariation(windowRates);

    // Drops: TCP retransmits per packet (per interval where the sender reported them, else
    // the summary's total), UDP loss.
    if (run.protocol == Protocol::Udp) {
        if (usable(run.summary.lostPercent)) {
            result.dropPercent = run.summary.lostPercent;
        } else {
            std::vector<double> lost;
            for (const Point &p : points)
                if (p.lostPercent)
                    lost.push_back(*p.lostPercent);
            if (!lost.empty())
                result.dropPercent = median(lost);
        }
    } else {
        double retransmits = 0;
        double bytes = 0;
        bool perInterval = false;
        for (const Point &p : points) {
            if (!p.retransmits)
                continue;
            perInterval = true;
            retransmits += *p.retransmits;
            bytes += p.bytes;
        }
        if (!perInterval && usable(run.summary.retransmits)) {
            retransmits = *run.summary.retransmits;
            bytes = usable(run.summary.sentBytes) ? *run.summary.sentBytes : 0;
            if (bytes <= 0)
                for (const Point &p : points)
                    bytes += p.bytes;
            perInterval = true;
        }
        if (perInterval && bytes > 0)
            result.dropPercent = 100.0 * retransmits / (bytes / AssumedSegmentBytes);
    }

    std::vector<double> tailRtt;
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i].rttUs)
            continue;
        const double ms = *points[i].rttUs / 1000.0;
        result.rttMinMs = result.rttMinMs ? std::min(*result.rttMinMs, ms) : ms;
        if (i >= firstTail)
            tailRtt.push_back(ms);
    }
    if (!tailRtt.empty())
        result.rttMedianMs = median(tailRtt);

    // The busiest measuring process: iperf3 reports its own CPU and the other end's (also an
    // external server's); Perfdeck samples the processes it started. Means over the run.
    auto considerCpu = [&result](const OptDouble &percent, const QString &who) {
        if (usable(percent) && (!result.cpuPercent || *percent > *result.cpuPercent)) {
            result.cpuPercent = percent;
            result.cpuProcess = who;
        }
    };
    if (run.engine == Engine::Iperf3) {
        // Local is the client; the client sends unless the run was reversed.
        const bool clientSends = run.direction != Direction::Receive;
        considerCpu(run.summary.cpuLocalPercent,
                    clientSends ? Tr::tr("sending iperf3") : Tr::tr("receiving iperf3"));
        considerCpu(run.summary.cpuRemotePercent,
                    clientSends ? Tr::tr("receiving iperf3") : Tr::tr("sending iperf3"));
    }
    if (run.resources) {
        for (const ProcessUsage &p : run.resources->processes)
            considerCpu(p.cpuMeanPercent(),
                        QStringLiteral("%1 %2").arg(
                            p.role, p.program.isEmpty() ? QStringLiteral("process") : p.program));
    }
    const bool cpuBound = result.cpuPercent && *result.cpuPercent >= CpuBoundPercent;

    const double lengthFactor = std::min(1.0, 0.5 + double(points.size()) / 80.0);
    // The burst must stand out from the noise of the excess, lift the rate by at least 10 %
    // and by more than twice the tail's own variation (a CPU-bound link that starts a little
    // faster is no bucket), and be over before the tail starts.
    const double lift = peak / rate - 1.0;
    const double variation = result.windowedVariability.value_or(result.variability.value_or(0));
    // A policer's own on/off makes its tail vary; its drops already tell it from noise.
    const bool dropping = result.dropPercent && *result.dropPercent >= PolicerDropPercent;
    const bool burstEndsEarly = points[burstEnd].endS <= tMid + 1e-9;

    QString side;
    if (sender) {
        side = uncorrectedSender
                   ? Tr::tr(" Measured at the sender without a received total: the burst also "
                            "holds what the sender's socket buffered (an upper bound); a "
                            "--reverse run measures it at the receiver.")
                   : Tr::tr(" Measured at the sender: the %1 its socket still held at the end "
                            "(sent minus received) was taken off the burst.")
                         .arg(Format::bytes(buffered));
    }
    if (stalls > 0)
        side += Tr::tr(" Stalled intervals left out (the measuring process was not scheduled "
                       "for a while: a loaded machine): %1.")
                    .arg(stalls);

    // A token bucket holds its rate by the clock: at a receiver the bytes of the second half
    // stay within a few ms of traffic of the straight line at the sustained rate (5-18 ms
    // measured through tbf on a loaded machine), where a CPU-bound or congested path wanders
    // off it (80-250 ms). A sender's view is rougher (buffer-sized writes, a growing socket
    // buffer), but there a shaper's queue shows as a rising RTT.
    const double wander = (*highest - *lowest) / (rate / 8.0);
    result.tailWanderS = wander;
    const bool clocked = !sender && wander <= ClockedWanderS;
    const bool queueing = result.rttMinMs && result.rttMedianMs &&
                          *result.rttMedianMs - *result.rttMinMs >= QueueingRttRiseMs &&
                          *result.rttMedianMs >= 1.5 * *result.rttMinMs;
    const bool onOff = !result.dropPercent && result.variability && *result.variability >= 0.5;

    QString missing;
    if (burst <= 0 || z < BurstZThreshold)
        missing = Tr::tr("No initial burst above the sustained %1 (burst/noise %2, %3 needed).")
                      .arg(Format::bitrate(rate), QString::number(z, 'f', 1),
                           QString::number(BurstZThreshold, 'f', 0));
    else if (lift < 0.1 || (!dropping && lift < 2.0 * variation))
        missing = Tr::tr("The start is only %1 faster than the sustained %2 (the rate itself "
                         "varies by %3): no burst.")
                      .arg(percentOf(lift), Format::bitrate(rate), percentOf(variation));
    else if (!burstEndsEarly)
        missing = Tr::tr("The rate still falls in the second half of the run: no sustained "
                         "rate to measure a burst against (run longer).");
    else if (cpuBound && !dropping)
        missing = Tr::tr("The rate fell from %1 to %2 while the %3 used %4 % of a core: the "
                         "sustained rate is this host's limit, not a token bucket's (a CPU-bound "
                         "path slows down after its first second much as a bucket runs dry; a "
                         "rate limit at or above the host's limit cannot be seen).")
                      .arg(Format::bitrate(peak), Format::bitrate(rate), result.cpuProcess,
                           QString::number(std::lround(*result.cpuPercent)));
    else if (!dropping && !clocked && !queueing && !onOff)
        missing = Tr::tr("The rate fell from %1 to %2, but the second half is not held the way "
                         "a token bucket holds it (its bytes wander %3 ms of traffic off the "
                         "sustained rate; a bucket's stay within %4 ms), with neither drops "
                         "nor a rising RTT: the path slowed down (CPU, cross traffic), no "
                         "rate limit.")
                      .arg(Format::bitrate(peak), Format::bitrate(rate),
                           QString::number(wander * 1000.0, 'f', 0),
                           QString::number(ClockedWanderS * 1000.0, 'f', 0));
    if (!missing.isEmpty()) {
        result.shaped = false;
        result.kind = ShapingKind::None;
        result.confidence = lengthFactor * (z <= 0 ? 1.0 : std::max(0.5, 1.0 - z / 8.0));
        QString why =
            missing + Tr::tr(" A token bucket smaller than about %1 cannot be told from a plain "
                             "bottleneck in this run.")
                          .arg(Format::bytes(BurstZThreshold * noise));
        if (clocked)
            why += Tr::tr(" The rate is held steady (within %1 ms of traffic): a bottleneck, "
                          "or a rate limit without a visible bucket.")
                       .arg(QString::number(wander * 1000.0, 'f', 0));
        result.reason = why + side;
        return result;
    }

    result.shaped = true;
    result.burstBytes = burst;
    result.burstDurationS = burstDuration;
    result.peakBps = peak;

    // Shaper or policer: a policer drops what exceeds the rate (retransmits, loss, an on/off
    // rate); a shaper queues it (few drops, a steady rate, the RTT rises).
    bool policer = false;
    double kindConfidence = 0.6;
    QString evidence;
    if (result.dropPercent) {
        const double drop = *result.dropPercent;
        policer = drop >= PolicerDropPercent;
        kindConfidence =
            drop >= 3 * PolicerDropPercent || drop < 0.3 * PolicerDropPercent ? 1.0 : 0.75;
        evidence = run.protocol == Protocol::Udp
                       ? Tr::tr("%1 of the datagrams lost").arg(Format::percent(drop, 2))
                       : Tr::tr("%1 of the packets retransmitted").arg(Format::percent(drop, 2));
    } else if (result.variability) {
        policer = onOff;
        evidence = Tr::tr("no drop counts; the rate varies by %1 between intervals")
                       .arg(percentOf(*result.variability));
    } else {
        kindConfidence = 0.5;
        evidence = Tr::tr("no drop counts");
    }
    if (clocked)
        evidence += Tr::tr(", the second half within %1 ms of traffic of a steady rate")
                        .arg(QString::number(wander * 1000.0, 'f', 0));
    if (result.rttMinMs && result.rttMedianMs) {
        evidence += Tr::tr(", RTT %1 -> %2 ms")
                        .arg(QString::number(*result.rttMinMs, 'f', 1),
                             QString::number(*result.rttMedianMs, 'f', 1));
        if (queueing && !policer)
            kindConfidence = std::min(1.0, kindConfidence + 0.2);
        else if (queueing && policer)
            kindConfidence *= 0.8;
    }
    result.kind = policer ? ShapingKind::Policer : ShapingKind::Shaper;
    const double burstFactor = std::min(1.0, 0.6 + (z - BurstZThreshold) / 15.0);
    result.confidence =
        lengthFactor * burstFactor * kindConfidence * (uncorrectedSender ? 0.6 : 1.0);

    const QString start =
        Tr::tr("A token bucket: %1 above the sustained %2 in the first %3 s "
               "(peak %4, burst/noise %5).")
            .arg(Format::bytes(burst), Format::bitrate(rate), seconds(burstDuration),
                 Format::bitrate(peak), QString::number(z, 'f', 1));
    const QString kindText =
        policer ? Tr::tr(" A policer: it drops what exceeds the rate (%1).").arg(evidence)
                : Tr::tr(" A shaper: it queues what exceeds the rate (%1).").arg(evidence);
    result.reason = start + kindText + side;
    return result;
}

namespace {

// The server without its port: an embedded server's port changes with every run.
QString pathKey(const RunResult &run) {
    QString server = run.serverHost.isEmpty() ? run.server : run.serverHost;
    if (run.serverHost.isEmpty() && !run.embeddedServer) {
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            server.truncate(colon);
    }
    if (run.embeddedServer)
        server = QStringLiteral("embedded");
    return QStringList{toString(run.engine), toString(run.protocol), toString(run.direction),
                       run.clientHost, server}
        .join(QLatin1Char('|'));
}

OptDouble sustainedOf(const RunResult &run) {
    const ShapingResult r = analyse(run);
    if (r.sustainedBps && *r.sustainedBps > 0)
        return r.sustainedBps;
    if (usable(run.summary.throughputBps) && *run.summary.throughputBps > 0)
        return run.summary.throughputBps;
    return std::nullopt;
}

} // namespace

QList<StreamComparison> compareStreams(const QList<RunResult> &runs) {
    QList<StreamComparison> out;
    for (const RunResult &single : runs) {
        if (single.streams != 1 || single.status == RunStatus::Error)
            continue;
        const QString key = pathKey(single);
        const OptDouble singleBps = sustainedOf(single);
        if (!singleBps)
            continue;
        for (const RunResult &parallel : runs) {
            if (parallel.streams < 2 || parallel.status == RunStatus::Error ||
                pathKey(parallel) != key)
                continue;
            const OptDouble parallelBps = sustainedOf(parallel);
            if (!parallelBps)
                continue;
            StreamComparison c;
            c.singleRun = single.id;
            c.parallelRun = parallel.id;
            c.parallelStreams = parallel.streams;
            c.singleBps = *singleBps;
            c.parallelBps = *parallelBps;
            c.ratio = *parallelBps / *singleBps;
            const QString figures =
                Tr::tr("%1 streams got %2, one stream %3 (x%4)")
                    .arg(parallel.streams)
                    .arg(Format::bitrate(c.parallelBps), Format::bitrate(c.singleBps),
                         QString::number(c.ratio, 'f', 2));
            if (c.ratio >= PolicerStreamRatio) {
                c.suggests = ShapingKind::Policer;
                c.reason = figures + Tr::tr(": several streams fill what one cannot, as under "
                                            "a policer that drops.");
            } else if (c.ratio <= ShaperStreamRatio) {
                c.suggests = ShapingKind::Shaper;
                c.reason = figures + Tr::tr(": the aggregate is held at one rate, as by a "
                                            "shaper (or a plain bottleneck).");
            } else {
                c.reason = figures + Tr::tr(": inconclusive.");
            }
            out << c;
        }
    }
    return out;
}

} // namespace ShapingDetector

} // namespace Perfdeck

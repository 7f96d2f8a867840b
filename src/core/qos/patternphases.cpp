#include "qos/patternphases.h"

#include "model/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// Interval and phase edges are sums of decimal seconds: they meet within this.
constexpr double EdgeS = 1e-3;

} // namespace

QJsonObject PatternPhases::Phase::toJson() const {
    QJsonObject o{{QStringLiteral("start_s"), startS},
                  {QStringLiteral("end_s"), endS},
                  {QStringLiteral("target_bps"), targetBps},
                  {QStringLiteral("achieved_bps"), achievedBps},
                  {QStringLiteral("intervals"), intervals}};
    if (lostPackets)
        o.insert(QStringLiteral("lost_packets"), *lostPackets);
    if (lostPercent)
        o.insert(QStringLiteral("lost_percent"), *lostPercent);
    return o;
}

QList<TrafficPattern::Phase> PatternPhases::judged(const QString &patternSpec, Protocol protocol,
                                                   double durationS, double minimumS) {
    QString error;
    const std::optional<TrafficPattern> pattern = TrafficPattern::parse(patternSpec, &error);
    if (!pattern || !(durationS > 0))
        return {};
    const QList<TrafficPattern::Phase> phases =
        protocol == Protocol::Udp
            ? pattern->segmentsOver(durationS)
            : pattern->tcpPhases(durationS, &error).value_or(QList<TrafficPattern::Phase>());
    if (!(minimumS > 0))
        return phases;
    QList<TrafficPattern::Phase> joined;
    for (const TrafficPattern::Phase &p : phases) {
        if (!joined.isEmpty() && joined.last().durationS < minimumS - 1e-9 &&
            p.durationS < minimumS - 1e-9) {
            TrafficPattern::Phase &last = joined.last();
            const double length = last.durationS + p.durationS;
            last.bps = (last.bps * last.durationS + p.bps * p.durationS) / length;
            last.durationS = length;
        } else {
            joined << p;
        }
    }
    return joined;
}

QList<PatternPhases::Phase> PatternPhases::measure(const QList<TrafficPattern::Phase> &phases,
                                                   const QList<IntervalSample> &intervals) {
    QList<Phase> out;
    qsizetype next = 0; // the first interval that may lie in this phase or a later one
    for (const TrafficPattern::Phase &phase : phases) {
        const double end = phase.startS + phase.durationS;
        while (next < intervals.size() && intervals.at(next).startS < phase.startS - EdgeS)
            ++next;
        double seconds = 0, bits = 0, targetBits = 0, lost = 0, arrived = 0;
        bool lossCounted = true;
        int count = 0;
        for (; next < intervals.size() && intervals.at(next).startS < end - EdgeS; ++next) {
            const IntervalSample &i = intervals.at(next);
            const double length = i.endS - i.startS;
            if (i.endS > end + EdgeS)
                break; // across the phase's end: in neither phase
            if (length <= 0 || !i.bps || i.omitted)
                continue;
            seconds += length;
            bits += *i.bps * length;
            targetBits += i.targetBps.value_or(phase.bps) * length;
            if (i.lostPackets && i.packets) {
                lost += *i.lostPackets;
                arrived += *i.packets;
            } else {
                lossCounted = false;
            }
            ++count;
        }
        if (count == 0)
            continue;
        Phase p;
        p.startS = phase.startS;
        p.endS = end;
        p.targetBps = targetBits / seconds;
        p.achievedBps = bits / seconds;
        p.intervals = count;
        if (lossCounted) {
            p.lostPackets = lost;
            if (lost + arrived > 0)
                p.lostPercent = 100.0 * lost / (lost + arrived);
        }
        out << p;
    }
    return out;
}

QList<PatternPhases::Phase> PatternPhases::of(const RunResult &run) {
    if (run.pattern.isEmpty() || run.intervals.isEmpty())
        return {};
    QList<double> lengths;
    lengths.reserve(run.intervals.size());
    for (const IntervalSample &i : run.intervals)
        lengths << i.endS - i.startS;
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const double interval = lengths.at(lengths.size() / 2);
    // The test's length: a stopped run's intervals end before its planned duration, and the
    // measured duration of a probe run can be a little longer than the last interval.
    double duration = std::max(run.durationS.value_or(0), run.intervals.last().endS);
    // iperf3 phases last whole seconds: a TCP pattern is cut at a whole second.
    if (run.protocol != Protocol::Udp)
        duration = std::ceil(duration - 0.01);
    return measure(judged(run.pattern, run.protocol, duration, interval), run.intervals);
}

QList<QPointF> PatternPhases::requestedCurve(const QString &patternSpec, Protocol protocol,
                                             double durationS, double intervalS, int maxPoints) {
    QString error;
    const std::optional<TrafficPattern> pattern = TrafficPattern::parse(patternSpec, &error);
    if (!pattern || !(durationS > 0))
        return {};
    QList<QPointF> points;
    const auto add = [&points](double t, double bps) {
        // A step is two points at the same time; a repeated point adds nothing.
        if (points.isEmpty() || points.last() != QPointF(t, bps))
            points << QPointF(t, bps);
    };
    const QList<TrafficPattern::Phase> phases =
        protocol == Protocol::Udp ? QList<TrafficPattern::Phase>()
                                  : pattern->tcpPhases(std::ceil(durationS - 0.01), &error)
                                        .value_or(QList<TrafficPattern::Phase>());
    if (intervalS > 0) {
        // TCP: the mean of the iperf3 phases' rates over [from, to).
        const auto tcpMean = [&phases](double from, double to) {
            double bits = 0;
            for (const TrafficPattern::Phase &p : phases) {
                const double a = std::max(from, p.startS);
                const double b = std::min(to, p.startS + p.durationS);
                if (b > a)
                    bits += (b - a) * p.bps;
            }
            return bits / (to - from);
        };
        if (protocol != Protocol::Udp && phases.isEmpty())
            return {};
        for (int k = 1; points.size() < maxPoints; ++k) {
            const double end = std::min(durationS, k * intervalS);
            const double start = (k - 1) * intervalS;
            if (k > 1 && end - start < std::min(0.01, intervalS / 2))
                break; // a test's last interval ends a few ms late: not a new interval
            add(end,
                protocol == Protocol::Udp ? pattern->meanBps(start, end) : tcpMean(start, end));
            if (end >= durationS)
                break;
        }
        return points;
    }
    if (protocol != Protocol::Udp) {
        for (const TrafficPattern::Phase &p : phases) {
            if (points.size() + 2 > maxPoints || p.startS >= durationS - 0.01)
                break;
            add(p.startS, p.bps);
            add(std::min(durationS, p.startS + p.durationS), p.bps);
        }
        return points;
    }
    const QList<TrafficPattern::Segment> &cycle = pattern->cycle();
    if (cycle.isEmpty())
        return {};
    double t = 0;
    for (qsizetype i = 0; t < durationS - 1e-9 && points.size() + 2 <= maxPoints; ++i) {
        const TrafficPattern::Segment &s = cycle.at(i % cycle.size());
        const double length = std::min(s.durationS, durationS - t);
        if (length < s.durationS && length < 0.01 && t > 0)
            break; // a test's last interval ends a few ms late: not a new segment
        add(t, s.fromBps);
        add(t + length, s.fromBps + (s.toBps - s.fromBps) * length / s.durationS);
        t += length;
    }
    return points;
}

QString PatternPhases::describe(const Phase &p) {
    const QString span = QStringLiteral("%1-%2 s").arg(QString::number(p.startS, 'g', 6),
                                                       QString::number(p.endS, 'g', 6));
    QString out = Tr::tr("%1: requested %2, achieved %3")
                      .arg(span, Format::bitrate(p.targetBps), Format::bitrate(p.achievedBps));
    if (p.targetBps > 0)
        out += QStringLiteral(" (%1%2 %)")
                   .arg(p.achievedBps >= p.targetBps ? QStringLiteral("+") : QString())
                   .arg(100.0 * (p.achievedBps - p.targetBps) / p.targetBps, 0, 'f', 1);
    if (p.lostPercent)
        out += Tr::tr(", loss %1 (%2 datagrams)")
                   .arg(Format::percent(*p.lostPercent, 2))
                   .arg(p.lostPackets.value_or(0), 0, 'f', 0);
    return out;
}

QJsonArray PatternPhases::toJson(const QList<Phase> &phases) {
    QJsonArray out;
    for (const Phase &p : phases)
        out.append(p.toJson());
    return out;
}

} // namespace Perfdeck

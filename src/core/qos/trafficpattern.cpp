#include "qos/trafficpattern.h"

#include "model/testspec.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Perfdeck {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

// "2s", "500ms", "1.5", "1m": seconds, nullopt when malformed or not positive.
std::optional<double> parseSeconds(QString text) {
    text = text.trimmed().toLower();
    double scale = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        scale = 0.001;
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('m'))) {
        scale = 60;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('h'))) {
        scale = 3600;
        text.chop(1);
    }
    bool ok = false;
    const double v = text.toDouble(&ok) * scale;
    if (!ok || !std::isfinite(v) || v <= 0 || v > 86400)
        return std::nullopt;
    return v;
}

// The highest rate a pattern may ask for: what perfdeck-probe's paced sender accepts (its
// RatePattern refuses more), far above what one host sends.
constexpr double MaxPatternBps = 1e12;

// A rate as --bitrate takes it ("50M", "1.5G", "0"); nullopt when malformed or negative.
std::optional<double> parseRate(const QString &text) {
    const std::optional<double> v = parseBitrate(text.trimmed());
    if (!v || !std::isfinite(*v) || *v < 0 || *v > MaxPatternBps)
        return std::nullopt;
    return v;
}

// The shortest time a pattern may give (an on time, a step, a sine period): shorter ones are
// below what the probe can pace, and a ramp over 1e-89 s has an infinite slope.
constexpr double MinPatternSeconds = 0.001;

QString secondsText(double s) {
    return QString::number(s, 'g', 12);
}

} // namespace

std::optional<TrafficPattern> TrafficPattern::parse(const QString &specText, QString *error) {
    const QString spec = specText.trimmed();
    TrafficPattern p;
    p.m_spec = spec;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? QStringLiteral("constant") : spec.left(colon).toLower();
    const QString body = colon < 0 ? spec : spec.mid(colon + 1);
    const QStringList args = body.split(QLatin1Char(','));
    auto fail = [&](const QString &what) {
        *error = Tr::tr("pattern '%1': %2").arg(spec, what);
        return std::nullopt;
    };
    auto badRate = [&](const QString &text) {
        const std::optional<double> v = parseBitrate(text.trimmed());
        if (v && *v > MaxPatternBps)
            return fail(Tr::tr("'%1' is above 1T (1 Tbit/s), the highest rate a pattern can "
                               "ask for")
                            .arg(text.trimmed()));
        return fail(Tr::tr("'%1' is not a rate (e.g. 50M, 1.5G, 800k)").arg(text));
    };
    auto badSeconds = [&](const QString &text) {
        return fail(Tr::tr("'%1' is not a duration (e.g. 2s, 500ms, 1.5)").arg(text));
    };
    auto tooShort = [&](const QString &text) {
        return fail(Tr::tr("'%1' is shorter than 1 ms, the shortest time a pattern can pace")
                        .arg(text.trimmed()));
    };
    if (spec.isEmpty())
        return fail(Tr::tr("empty"));

    if (kind == QLatin1String("constant")) {
        p.m_kind = Kind::Constant;
        if (args.size() != 1)
            return fail(Tr::tr("constant takes one rate: constant:50M"));
        const auto rate = parseRate(args[0]);
        if (!rate)
            return badRate(args[0]);
        p.m_cycle << Segment{1.0, *rate, *rate};
    } else if (kind == QLatin1String("onoff")) {
        p.m_kind = Kind::OnOff;
        if (args.size() != 3)
            return fail(Tr::tr("on/off takes a rate, the on time and the off time: "
                               "onoff:50M,1s,2s"));
        const auto rate = parseRate(args[0]);
        if (!rate)
            return badRate(args[0]);
        const auto on = parseSeconds(args[1]);
        if (!on)
            return badSeconds(args[1]);
        if (*on < MinPatternSeconds)
            return tooShort(args[1]);
        const auto off = parseSeconds(args[2]);
        if (!off)
            return badSeconds(args[2]);
        if (*off < MinPatternSeconds)
            return tooShort(args[2]);
        p.m_cycle << Segment{*on, *rate, *rate} << Segment{*off, 0, 0};
    } else if (kind == QLatin1String("ramp") || kind == QLatin1String("steps") ||
               kind == QLatin1String("phases")) {
        p.m_kind = kind == QLatin1String("ramp") ? Kind::Ramp : Kind::Steps;
        if (p.m_kind == Kind::Ramp && args.size() != 1)
            return fail(Tr::tr("ramp takes FROM..TO/DURATION: ramp:10M..100M/10s"));
        for (const QString &arg : args) {
            const qsizetype slash = arg.lastIndexOf(QLatin1Char('/'));
            if (slash < 0)
                return fail(Tr::tr("'%1' needs RATE/DURATION or FROM..TO/DURATION").arg(arg));
            const QString rates = arg.left(slash);
            const auto duration = parseSeconds(arg.mid(slash + 1));
            if (!duration)
                return badSeconds(arg.mid(slash + 1));
            if (*duration < MinPatternSeconds)
                return tooShort(arg.mid(slash + 1));
            const qsizetype dots = rates.indexOf(QLatin1String(".."));
            if (p.m_kind == Kind::Ramp && dots < 0)
                return fail(Tr::tr("ramp takes FROM..TO/DURATION: ramp:10M..100M/10s"));
            const QString fromText = dots < 0 ? rates : rates.left(dots);
            const QString toText = dots < 0 ? rates : rates.mid(dots + 2);
            const auto from = parseRate(fromText);
            if (!from)
                return badRate(fromText);
            const auto to = parseRate(toText);
            if (!to)
                return badRate(toText);
            p.m_cycle << Segment{*duration, *from, *to};
        }
    } else if (kind == QLatin1String("sine")) {
        p.m_kind = Kind::Sine;
        if (args.size() != 3)
            return fail(Tr::tr("sine takes the mean rate, the amplitude and the period: "
                               "sine:50M,20M,4s"));
        const auto mean = parseRate(args[0]);
        if (!mean)
            return badRate(args[0]);
        const auto amplitude = parseRate(args[1]);
        if (!amplitude)
            return badRate(args[1]);
        if (*amplitude > *mean)
            return fail(Tr::tr("the amplitude (%1) must not exceed the mean rate (%2): a rate "
                               "cannot go below 0")
                            .arg(args[1].trimmed(), args[0].trimmed()));
        // Each rate may be 1T, but the peak is their sum (found by fuzz_trafficpattern).
        if (*mean + *amplitude > MaxPatternBps)
            return fail(Tr::tr("the peak rate (%1 + %2) is above 1T (1 Tbit/s), the highest "
                               "rate a pattern can ask for")
                            .arg(args[0].trimmed(), args[1].trimmed()));
        const auto period = parseSeconds(args[2]);
        if (!period)
            return badSeconds(args[2]);
        if (*period < MinPatternSeconds)
            return tooShort(args[2]);
        auto at = [&](int i) {
            return *mean + *amplitude * std::sin(2 * std::numbers::pi * i / SineSegments);
        };
        for (int i = 0; i < SineSegments; ++i)
            p.m_cycle << Segment{*period / SineSegments, at(i), at(i + 1)};
    } else {
        return fail(Tr::tr("unknown kind '%1' (constant, onoff, ramp, sine, steps)").arg(kind));
    }
    if (p.m_cycle.size() > MaxSegments)
        return fail(Tr::tr("more than %1 phases").arg(MaxSegments));

    double t = 0;
    double bits = 0;
    for (const Segment &s : std::as_const(p.m_cycle)) {
        p.m_startS << t;
        p.m_startBits << bits;
        t += s.durationS;
        bits += (s.fromBps + s.toBps) / 2 * s.durationS;
    }
    p.m_cycleS = t;
    p.m_cycleBits = bits;
    if (t > 86400)
        return fail(Tr::tr("one cycle lasts more than a day"));
    if (bits <= 0)
        return fail(Tr::tr("it never sends (every rate is 0)"));
    return p;
}

double TrafficPattern::peakBps() const {
    double peak = 0;
    for (const Segment &s : m_cycle)
        peak = std::max({peak, s.fromBps, s.toBps});
    return peak;
}

double TrafficPattern::rateAt(double t) const {
    if (m_cycle.isEmpty() || t < 0)
        return 0;
    const double within = std::fmod(t, m_cycleS);
    const auto it = std::upper_bound(m_startS.begin(), m_startS.end(), within);
    const qsizetype i = std::max<qsizetype>(0, (it - m_startS.begin()) - 1);
    const Segment &s = m_cycle.at(i);
    const double u = std::clamp(within - m_startS.at(i), 0.0, s.durationS);
    return s.fromBps + (s.toBps - s.fromBps) * u / s.durationS;
}

double TrafficPattern::cumulativeBits(double t) const {
    if (m_cycle.isEmpty() || t <= 0)
        return 0;
    const double cycles = std::floor(t / m_cycleS);
    const double within = t - cycles * m_cycleS;
    const auto it = std::upper_bound(m_startS.begin(), m_startS.end(), within);
    const qsizetype i = std::max<qsizetype>(0, (it - m_startS.begin()) - 1);
    const Segment &s = m_cycle.at(i);
    const double u = std::clamp(within - m_startS.at(i), 0.0, s.durationS);
    const double slope = (s.toBps - s.fromBps) / s.durationS;
    return cycles * m_cycleBits + m_startBits.at(i) + s.fromBps * u + slope * u * u / 2;
}

double TrafficPattern::meanBps(double fromS, double toS) const {
    if (!(toS > fromS))
        return rateAt(fromS);
    return (cumulativeBits(toS) - cumulativeBits(fromS)) / (toS - fromS);
}

std::optional<QList<TrafficPattern::Phase>>
TrafficPattern::tcpPhases(double durationS, QString *error, double stepS) const {
    QList<Phase> phases;
    auto add = [&phases](double start, double length, double bps) {
        if (!phases.isEmpty() && phases.last().bps == bps) {
            phases.last().durationS += length;
            return;
        }
        phases << Phase{start, length, bps};
    };
    double t = 0;
    for (int i = 0; t < durationS - 1e-9 && i < 1000000; ++i) {
        const Segment &s = m_cycle.at(i % m_cycle.size());
        const double length = std::min(s.durationS, durationS - t);
        if (s.fromBps == s.toBps) {
            add(t, length, s.fromBps);
        } else {
            // Whole steps at their mean rate; the last one takes what is left.
            for (double u = 0; u < length - 1e-9; u += stepS) {
                const double piece = std::min(stepS, length - u);
                add(t + u, piece, meanBps(t + u, t + u + piece));
            }
        }
        t += length;
    }
    for (const Phase &p : std::as_const(phases)) {
        if (std::fabs(p.durationS - std::round(p.durationS)) > 1e-6 ||
            std::round(p.durationS) < 1) {
            *error = Tr::tr("pattern '%1': the TCP phase at %2 s lasts %3 s; TCP patterns run "
                            "as a sequence of iperf3 tests, whose -t takes whole seconds "
                            "(use whole seconds, or UDP for the probe's paced sender)")
                         .arg(m_spec, secondsText(p.startS), secondsText(p.durationS));
            return std::nullopt;
        }
    }
    // Exactly whole: 3.1 s + 0.9 s of two phases at one rate add up to 0.9999999999999999 s,
    // and iperf3's -t takes the ceiling (found by fuzz_trafficpattern).
    for (Phase &p : phases) {
        p.startS = std::round(p.startS);
        p.durationS = std::round(p.durationS);
    }
    return phases;
}

QList<TrafficPattern::Phase> TrafficPattern::segmentsOver(double durationS) const {
    QList<Phase> out;
    double t = 0;
    for (int i = 0; t < durationS - 1e-9 && i < 1000000; ++i) {
        const Segment &s = m_cycle.at(i % m_cycle.size());
        const double length = std::min(s.durationS, durationS - t);
        out << Phase{t, length, meanBps(t, t + length)};
        t += length;
    }
    return out;
}

QString TrafficPattern::probeArgument() const {
    QStringList parts;
    // Rates to 15 significant digits, not whole bit/s: "constant:2.7" must not become 3 bit/s
    // (or 0.4 bit/s a pattern that never sends).
    for (const Segment &s : m_cycle)
        parts << secondsText(s.durationS) + QLatin1Char(':') + QString::number(s.fromBps, 'g', 15) +
                     QLatin1Char(':') + QString::number(s.toBps, 'g', 15);
    return parts.join(QLatin1Char(','));
}

} // namespace Perfdeck

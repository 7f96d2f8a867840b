// A traffic pattern: how the requested rate changes over a test (constant, on/off, ramp, sine,
// steps), parsed from the one-line grammar of `run --pattern` and profiles (docs/PATTERNS.md).
// It gives the probe's paced sender its rate segments, TCP its sequence of iperf3 phases, and
// every interval the rate it requested (target_bps).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

class TrafficPattern final {
public:
    enum class Kind { Constant, OnOff, Ramp, Sine, Steps };

    // A stretch of the pattern whose rate goes linearly from fromBps to toBps.
    struct Segment {
        double durationS = 0;
        double fromBps = 0;
        double toBps = 0;
        bool operator==(const Segment &) const = default;
    };
    // One iperf3 test of a TCP pattern: a constant rate (0: nothing is sent) for whole seconds.
    struct Phase {
        double startS = 0;
        double durationS = 0;
        double bps = 0;
        bool operator==(const Phase &) const = default;
    };

    // Sine waves become this many straight segments per period (the probe paces straight
    // lines exactly; the requested rate is that of the segments).
    static constexpr int SineSegments = 32;
    // perfdeck-probe's UDP payload when a test names no length: full-size datagrams that stay
    // below a 1500-byte MTU with IPv6 headers. The probe paces at most MaxPacketsPerS.
    static constexpr int DefaultDatagramBytes = 1200;
    static constexpr double MaxPacketsPerS = 5e6;
    // The most segments one cycle may have.
    static constexpr int MaxSegments = 1000;

    // "constant:50M" (or "50M"), "onoff:50M,1s,2s", "ramp:10M..100M/10s",
    // "sine:50M,20M,4s", "steps:10M/2s,40M/2s,20M/2s" (a step may ramp: "10M..40M/3s").
    // nullopt with *error saying what is wrong and where.
    static std::optional<TrafficPattern> parse(const QString &spec, QString *error);

    Kind kind() const { return m_kind; }
    QString spec() const { return m_spec; }
    // One cycle of the pattern; it repeats until the test ends.
    const QList<Segment> &cycle() const { return m_cycle; }
    double cycleS() const { return m_cycleS; }
    // The highest rate the pattern asks for.
    double peakBps() const;
    // The rate requested at time t (seconds since the start).
    double rateAt(double t) const;
    // The mean requested rate over [from, to): what an interval of a test asked for.
    double meanBps(double fromS, double toS) const;
    // The pattern as iperf3 phases over durationS: constant stretches as they are (equal
    // neighbours merged), ramps and sine segments in steps of stepS at their mean rate. Fails
    // with *error when a phase is not a whole number of seconds (iperf3's -t takes seconds).
    std::optional<QList<Phase>> tcpPhases(double durationS, QString *error,
                                          double stepS = 1.0) const;
    // The pattern's segments over durationS (cycles repeated, the last one cut), each at its
    // mean rate: the phases a UDP run is judged by.
    QList<Phase> segmentsOver(double durationS) const;
    // The probe's --pattern argument: one cycle as "SECONDS:FROM:TO,..." (bit/s).
    QString probeArgument() const;

private:
    double cumulativeBits(double t) const;

    Kind m_kind = Kind::Constant;
    QString m_spec;
    QList<Segment> m_cycle;
    QList<double> m_startS;    // per segment, from the cycle's start
    QList<double> m_startBits; // bits requested before each segment
    double m_cycleS = 0;
    double m_cycleBits = 0;
};

} // namespace Perfdeck

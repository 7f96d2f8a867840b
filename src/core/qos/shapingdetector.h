// Is this path rate-limited by a token bucket, and is that bucket a shaper (queues) or a
// policer (drops)? Pure functions over one run's interval series, read the same way by
// `perfdeck-cli shaping`, the statistics panel and reports; the method is in docs/SHAPING.md.
#pragma once

#include "model/runresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

enum class ShapingKind { None, Shaper, Policer };
QString toString(ShapingKind kind); // "none", "shaper", "policer"

struct ShapingResult {
    // null: the run cannot tell (too few intervals, a UDP sender's own series, a failed run);
    // reason says why.
    std::optional<bool> shaped;
    ShapingKind kind = ShapingKind::None;
    OptDouble sustainedBps; // the rate the path settles at (the run's second half)
    // TCP: the same in Ethernet frame bytes (full segments assumed), what a shaper that
    // counts link-layer bytes (Linux tbf, most routers) is configured with.
    OptDouble sustainedWireBps;
    OptDouble burstBytes;     // bytes delivered above the sustained rate at the start: the bucket
    OptDouble burstDurationS; // from the first interval until that excess stopped growing
    OptDouble peakBps;        // mean rate during the burst
    double confidence = 0;    // 0..1, in the verdict (shaped and kind, or not shaped)
    QString reason;           // one or two sentences a user reads
    // "receiver" or "sender": whose view the intervals are. A sender's series includes what
    // its socket buffered, which is subtracted from the burst where the summary allows.
    QString measuredAt;
    int intervals = 0; // usable intervals (not omitted, with a rate)

    // Evidence behind the kind, null where the run has none.
    OptDouble burstZ;              // the burst over the noise of the cumulative excess
    OptDouble dropPercent;         // TCP retransmits per packet sent, or UDP loss, in %
    OptDouble rttMinMs;            // smallest per-interval RTT of the run
    OptDouble rttMedianMs;         // median per-interval RTT of the second half
    OptDouble variability;         // coefficient of variation of the second half's interval rates
    OptDouble windowedVariability; // the same over windows of at least 0.5 s
    // How far the second half's cumulative bytes stray from the sustained rate's straight
    // line (max - min), in seconds of traffic at that rate.
    OptDouble tailWanderS;
    // The busiest process that measured the run, in % of one core (iperf3's own figures for
    // both ends, and the run's sampled `resources`), and which one it was ("sender iperf3").
    OptDouble cpuPercent;
    QString cpuProcess;

    // {shaped, kind, sustained_bps, burst_bytes, burst_duration_s, peak_bps, confidence,
    //  reason, measured_at, intervals, evidence {...}}; unknown values are null.
    QJsonObject toJson() const;
    // "shaped (shaper): 47.8 Mbit/s sustained, burst 497 KiB over 0.10 s, confidence 0.93"
    QString headline() const;
};

// One stream against several over the same path: a policer's drops keep a single TCP stream
// below the rate while parallel streams fill it; a shaper's queue holds the aggregate, so
// several streams get what one got.
struct StreamComparison {
    QString singleRun; // ids
    QString parallelRun;
    int parallelStreams = 0;
    double singleBps = 0; // sustained rates (the runs' second halves, else their throughput)
    double parallelBps = 0;
    double ratio = 0;                         // parallel / single
    ShapingKind suggests = ShapingKind::None; // None: inconclusive
    QString reason;

    QJsonObject toJson() const;
};

namespace ShapingDetector {

// Several streams getting at least this much more than one: policer-like.
inline constexpr double PolicerStreamRatio = 1.10;
// At most this much more: the aggregate is held (shaper-like, or a plain bottleneck).
inline constexpr double ShaperStreamRatio = 1.05;

// Fewer usable intervals than this and the verdict is null ("too few intervals").
inline constexpr int MinIntervals = 10;
// A burst counts when it stands this many noise units above the cumulative-excess plateau.
inline constexpr double BurstZThreshold = 4.0;
// TCP retransmits (or UDP loss) per packet above this share of packets: a policer drops.
inline constexpr double PolicerDropPercent = 1.0;
// A receiver's second half whose cumulative bytes stay within this many seconds of traffic of
// the straight line at the sustained rate is held by a clock (a token bucket).
inline constexpr double ClockedWanderS = 0.04;
// A measuring process using this much of a core holds the rate itself: the plateau is the
// host's limit (a CPU-bound veth slows down after its first second like a bucket running dry).
inline constexpr double CpuBoundPercent = 80.0;
// A median RTT of the second half this much above the run's smallest: the path queues.
inline constexpr double QueueingRttRiseMs = 2.0;
// Bytes per TCP segment assumed when counting packets from bytes (Ethernet MTU, timestamps).
inline constexpr double AssumedSegmentBytes = 1448.0;
// Ethernet (14), IPv4 (20) and TCP with timestamps (32) headers around such a segment.
inline constexpr double AssumedFrameOverheadBytes = 66.0;

ShapingResult analyse(const RunResult &run);

// Pairs each single-stream run with the runs of the same path, engine, protocol and direction
// that used several streams (failed runs left out) and says what the ratio suggests.
QList<StreamComparison> compareStreams(const QList<RunResult> &runs);

} // namespace ShapingDetector

} // namespace Perfdeck

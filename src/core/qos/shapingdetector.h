// Is this path rate-limited by a token bucket, and is that bucket a shaper (queues) or a
// policer (drops)? Pure functions over one run's interval series, read the same way by
// `perfdeck-cli shaping`, the statistics panel and reports; the method is in docs/SHAPING.md.
#pragma once

#include "model/runresult.h"

#include <QJsonObject>
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

    // {shaped, kind, sustained_bps, burst_bytes, burst_duration_s, peak_bps, confidence,
    //  reason, measured_at, intervals, evidence {...}}; unknown values are null.
    QJsonObject toJson() const;
    // "shaped (shaper): 47.8 Mbit/s sustained, burst 497 KiB over 0.10 s, confidence 0.93"
    QString headline() const;
};

namespace ShapingDetector {

// Fewer usable intervals than this and the verdict is null ("too few intervals").
inline constexpr int MinIntervals = 10;
// A burst counts when it stands this many noise units above the cumulative-excess plateau.
inline constexpr double BurstZThreshold = 4.0;
// TCP retransmits (or UDP loss) per packet above this share of packets: a policer drops.
inline constexpr double PolicerDropPercent = 1.0;
// A receiver's second half whose cumulative bytes stay within this many seconds of traffic of
// the straight line at the sustained rate is held by a clock (a token bucket).
inline constexpr double ClockedWanderS = 0.04;
// A median RTT of the second half this much above the run's smallest: the path queues.
inline constexpr double QueueingRttRiseMs = 2.0;
// Bytes per TCP segment assumed when counting packets from bytes (Ethernet MTU, timestamps).
inline constexpr double AssumedSegmentBytes = 1448.0;
// Ethernet (14), IPv4 (20) and TCP with timestamps (32) headers around such a segment.
inline constexpr double AssumedFrameOverheadBytes = 66.0;

ShapingResult analyse(const RunResult &run);

} // namespace ShapingDetector

} // namespace Perfdeck

// How a run followed its traffic pattern, phase by phase: the rate each phase requested next to
// the rate that arrived (and, for UDP, the loss). The CLI prints it after `run --pattern`, and
// results documents, sessions and reports carry it as a run's "phases" (docs/PATTERNS.md).
#pragma once

#include "model/enums.h"
#include "model/runresult.h"
#include "qos/trafficpattern.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace Perfdeck {

class PatternPhases final {
public:
    // One phase as measured: the requested and achieved mean rates of the intervals that lie
    // wholly inside it (a phase holding no whole interval is left out).
    struct Phase {
        double startS = 0;
        double endS = 0;
        double targetBps = 0;
        double achievedBps = 0;
        int intervals = 0;
        // UDP (perfdeck-probe, whose intervals count the datagrams that arrived): the
        // datagrams lost in the phase and their share of those sent; null where not counted.
        OptDouble lostPackets;
        OptDouble lostPercent;

        // {start_s, end_s, target_bps, achieved_bps, intervals[, lost_packets, lost_percent]}
        QJsonObject toJson() const;
        bool operator==(const Phase &) const = default;
    };

    // The phases a test of pattern is judged by over durationS: TCP's iperf3 phases (whole
    // seconds, ramps and sines in 1 s steps), UDP's pattern segments. Consecutive phases
    // shorter than minimumS are joined until they are at least that long (a sine's 32
    // segments per period are far shorter than a reporting interval). Empty when the pattern
    // does not parse or cannot run over durationS.
    static QList<TrafficPattern::Phase> judged(const QString &pattern, Protocol protocol,
                                               double durationS, double minimumS = 0);
    // Per phase, what the intervals inside it requested (their target_bps, else the phase's
    // rate) and achieved. Phases and intervals in time order.
    static QList<Phase> measure(const QList<TrafficPattern::Phase> &phases,
                                const QList<IntervalSample> &intervals);
    // The phases of a finished run, from its pattern, protocol, duration and intervals (the
    // shortest phase is its median interval long). Empty for a run without a pattern.
    static QList<Phase> of(const RunResult &run);
    static QJsonArray toJson(const QList<Phase> &phases);
    // One phase for people: "0-1 s: requested 10.0 Mbit/s, achieved 9.99 Mbit/s (-0.1 %),
    // loss 0.00 % (0 datagrams)" (the CLI after `run --pattern`, the GUI's log).
    static QString describe(const Phase &phase);
    // The rate a test of pattern asks for over durationS as a line to draw (x: seconds,
    // y: bit/s): UDP follows the pattern's segments exactly, TCP steps from one iperf3 phase
    // to the next. With intervalS > 0, what it asks for per reporting interval instead: the
    // mean over each interval at the interval's end, the same points as the measured rate
    // (a measured point is its interval's mean, drawn at its end), so the two lines meet
    // where the pattern was achieved. At most maxPoints points (a long test of a short cycle
    // is cut there).
    static QList<QPointF> requestedCurve(const QString &pattern, Protocol protocol,
                                         double durationS, double intervalS = 0,
                                         int maxPoints = 20000);
};

} // namespace Perfdeck

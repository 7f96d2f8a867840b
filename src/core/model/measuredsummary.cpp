#include "model/measuredsummary.h"

#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// Adds value * weight to a running sum that starts null.
void addWeighted(OptDouble &sum, const OptDouble &value, double weight) {
    if (!value || !std::isfinite(*value))
        return;
    sum = sum.value_or(0) + *value * weight;
}

OptDouble divided(const OptDouble &sum, double by) {
    if (!sum || !(by > 0))
        return std::nullopt;
    return *sum / by;
}

} // namespace

MeasuredSpan summarizeIntervals(const QList<IntervalSample> &intervals) {
    MeasuredSpan span;
    OptDouble bitsTotal;
    double bitsSeconds = 0;
    OptDouble reverseBits;
    double reverseSeconds = 0;
    OptDouble transactions;
    double transactionSeconds = 0;
    for (const IntervalSample &i : intervals) {
        const double seconds = i.endS - i.startS;
        if (i.omitted || !(seconds > 0) || !std::isfinite(seconds))
            continue;
        span.seconds += seconds;
        if (i.bps && std::isfinite(*i.bps)) {
            addWeighted(bitsTotal, i.bps, seconds);
            bitsSeconds += seconds;
        }
        if (i.reverseBps && std::isfinite(*i.reverseBps)) {
            addWeighted(reverseBits, i.reverseBps, seconds);
            reverseSeconds += seconds;
        }
        if (i.transactionsPerS && std::isfinite(*i.transactionsPerS)) {
            addWeighted(transactions, i.transactionsPerS, seconds);
            transactionSeconds += seconds;
        }
        addWeighted(span.summary.retransmits, i.retransmits, 1);
        addWeighted(span.summary.lostPackets, i.lostPackets, 1);
        addWeighted(span.summary.packets, i.packets, 1);
    }
    span.summary.throughputBps = divided(bitsTotal, bitsSeconds);
    span.summary.transactionsPerS = divided(transactions, transactionSeconds);
    span.reverseBps = divided(reverseBits, reverseSeconds);
    if (span.summary.packets && *span.summary.packets > 0 && span.summary.lostPackets)
        span.summary.lostPercent = 100.0 * *span.summary.lostPackets / *span.summary.packets;
    return span;
}

void completePartialRun(RunResult &run) {
    if (run.status != RunStatus::Partial)
        return;
    const MeasuredSpan span = summarizeIntervals(run.intervals);
    if (!(span.seconds > 0))
        return;
    Summary &s = run.summary;
    const Summary &m = span.summary;
    QStringList filled;
    const auto fill = [&filled](OptDouble &target, const OptDouble &value, const char *what) {
        if (target || !value)
            return;
        target = value;
        filled << QLatin1String(what);
    };
    fill(s.throughputBps, m.throughputBps, "throughput");
    // The client's intervals are what it sent (send tests) or received (-R tests).
    if (run.direction == Direction::Receive)
        fill(s.receivedBps, m.throughputBps, "received");
    else
        fill(s.sentBps, m.throughputBps, "sent");
    fill(s.transactionsPerS, m.transactionsPerS, "transactions/s");
    fill(s.retransmits, m.retransmits, "retransmits");
    if (run.protocol == Protocol::Udp) {
        fill(s.lostPackets, m.lostPackets, "lost packets");
        fill(s.packets, m.packets, "packets");
        fill(s.lostPercent, m.lostPercent, "loss");
    }
    if (run.direction == Direction::Bidir && span.reverseBps) {
        if (!run.reverseSummary)
            run.reverseSummary = Summary{};
        fill(run.reverseSummary->throughputBps, span.reverseBps, "reverse throughput");
    }
    run.durationS = span.seconds;
    QString note = Tr::tr("partial: figures cover the %1 s measured before the run ended")
                       .arg(QString::number(span.seconds, 'f', 1));
    if (!filled.isEmpty())
        note += Tr::tr(" (%1 from its intervals)").arg(filled.join(QLatin1String(", ")));
    run.warnings.append(note);
}

} // namespace Perfdeck

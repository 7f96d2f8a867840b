// The figures of a test run as N simultaneous instances, computed from the instances' own
// runs (never stored beside them, so a total can never drift from what it sums): total
// throughput, each instance's value, Jain's fairness index and the spread across instances,
// transaction totals with mean and worst p99 latency for request/response tests, and the
// measured start skew. The CLI prints it, `--json` consumers recompute it from the runs.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>

namespace Perfdeck {

struct InstanceAggregate {
    QString group; // the runs' shared group id
    QString cell;
    int instances = 0; // as planned
    int measured = 0;  // instances with a figure (ok or partial)
    int failed = 0;    // instances that did not end ok
    // Per instance, by instance number: receiver-side bit/s, or trans/s for RR tests.
    QList<OptDouble> perInstance;
    OptDouble totalBps;
    OptDouble totalTransactionsPerS;
    // Mean latency over all transactions (instances weighted by their transaction rate) and
    // the worst instance's p99: the p99 of the pooled samples is not in any tool's output.
    OptDouble latencyMeanUs;
    OptDouble latencyP99Us;
    OptDouble minValue;
    OptDouble maxValue;
    OptDouble jainIndex;     // 1 = perfectly fair
    OptDouble spreadPercent; // (max - min) / mean
    OptDouble startSkewMs;

    // One entry per instance group (runs with instances > 0 and a group id) in order of
    // first appearance.
    static QList<InstanceAggregate> of(const QList<RunResult> &runs);
};

} // namespace Perfdeck

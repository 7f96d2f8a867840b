#include "model/instanceaggregate.h"

#include "stats/descriptive.h"

#include <algorithm>
#include <vector>

namespace Perfdeck {

namespace {

void add(OptDouble &total, double value) {
    total = total.value_or(0) + value;
}

void finish(InstanceAggregate &a, const QList<const RunResult *> &runs) {
    a.perInstance = QList<OptDouble>(a.instances);
    std::vector<double> values;
    double weightedLatency = 0;
    double latencyWeight = 0;
    for (const RunResult *r : runs) {
        if (r->status != RunStatus::Ok)
            ++a.failed;
        const Summary &s = r->summary;
        OptDouble value = s.throughputBps ? s.throughputBps : s.transactionsPerS;
        if (r->direction == Direction::Bidir && s.throughputBps && r->reverseSummary &&
            r->reverseSummary->throughputBps)
            value = *s.throughputBps + *r->reverseSummary->throughputBps;
        if (value && r->status != RunStatus::Error) {
            ++a.measured;
            values.push_back(*value);
            if (r->instance >= 1 && r->instance <= a.instances)
                a.perInstance[r->instance - 1] = value;
        }
        if (r->status == RunStatus::Error)
            continue;
        if (s.throughputBps)
            add(a.totalBps, *value);
        if (s.transactionsPerS) {
            add(a.totalTransactionsPerS, *s.transactionsPerS);
            if (s.latencyUs.mean && *s.transactionsPerS > 0) {
                weightedLatency += *s.latencyUs.mean * *s.transactionsPerS;
                latencyWeight += *s.transactionsPerS;
            }
            if (s.latencyUs.p99)
                a.latencyP99Us = std::max(a.latencyP99Us.value_or(0), *s.latencyUs.p99);
        }
        if (r->startSkewMs)
            a.startSkewMs = r->startSkewMs;
    }
    if (latencyWeight > 0)
        a.latencyMeanUs = weightedLatency / latencyWeight;
    if (values.empty())
        return;
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    a.minValue = *lo;
    a.maxValue = *hi;
    double sum = 0;
    for (const double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    if (mean > 0)
        a.spreadPercent = (*hi - *lo) / mean * 100.0;
    if (const auto jain = Stats::jainFairness(values); jain.ok())
        a.jainIndex = jain.value();
}

} // namespace

QList<InstanceAggregate> InstanceAggregate::of(const QList<RunResult> &runs) {
    QList<InstanceAggregate> out;
    QList<QList<const RunResult *>> members;
    for (const RunResult &run : runs) {
        if (run.instances <= 0 || run.group.isEmpty())
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&run](const InstanceAggregate &a) { return a.group == run.group; });
        if (it == out.end()) {
            InstanceAggregate a;
            a.group = run.group;
            a.cell = run.cell;
            a.instances = run.instances;
            out.append(a);
            members.append(QList<const RunResult *>());
            it = std::prev(out.end());
        }
        members[std::distance(out.begin(), it)].append(&run);
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        finish(out[i], members.at(i));
    return out;
}

} // namespace Perfdeck

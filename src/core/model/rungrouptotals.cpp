#include "model/rungrouptotals.h"

#include <algorithm>
#include <iterator>

namespace Perfdeck {

namespace {

void add(OptDouble &total, double value) {
    total = total.value_or(0) + value;
}

} // namespace

QList<RunGroupTotals> RunGroupTotals::of(const QList<RunResult> &runs) {
    QList<RunGroupTotals> groups;
    for (const RunResult &run : runs) {
        if (run.group.isEmpty())
            continue;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&run](const RunGroupTotals &g) { return g.group == run.group; });
        if (it == groups.end()) {
            groups.append(RunGroupTotals{});
            it = std::prev(groups.end());
            it->group = run.group;
            it->label = run.groupLabel;
        }
        ++it->runs;
        if (!run.trafficClass.isEmpty() && !it->classes.contains(run.trafficClass))
            it->classes.append(run.trafficClass);
        if (!run.summary.throughputBps)
            continue;
        const double bps = *run.summary.throughputBps;
        if (run.direction == Direction::Receive)
            add(it->downloadBps, bps);
        else if (run.direction == Direction::Send)
            add(it->uploadBps, bps);
        if (run.direction == Direction::Bidir && run.reverseSummary &&
            run.reverseSummary->throughputBps)
            add(it->downloadBps, *run.reverseSummary->throughputBps);
        if (run.direction == Direction::Bidir)
            add(it->uploadBps, bps);
        add(it->totalBps, bps);
        if (run.direction == Direction::Bidir && run.reverseSummary &&
            run.reverseSummary->throughputBps)
            add(it->totalBps, *run.reverseSummary->throughputBps);
    }
    return groups;
}

} // namespace Perfdeck

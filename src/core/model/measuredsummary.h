// A run stopped before its tool printed an end summary still measured something: its figures
// are those of the time it ran. These pure functions compute them from the interval samples,
// so the CLI, the GUI and the statistics all see the same numbers for a partial run.
#pragma once

#include "model/runresult.h"

#include <QList>

namespace Perfdeck {

struct MeasuredSpan {
    double seconds = 0; // measured time: the non-omitted intervals added up
    Summary summary;    // time-weighted means and totals; null where no interval had a value
    OptDouble reverseBps;
};

// Summarises the intervals that were not omitted.
MeasuredSpan summarizeIntervals(const QList<IntervalSample> &intervals);

// For a partial run: fills each summary value the tool did not give from the measured
// intervals, sets duration_s to the measured time and says so in warnings. Runs that are ok or
// failed are left alone.
void completePartialRun(RunResult &run);

} // namespace Perfdeck

// Range and tick interval of a QValueAxis with dynamic ticks, set without the storm of tick
// labels QtCharts makes in between: it lays the axis out at each of the two setters, so for a
// moment it has the new range with the old interval (or the other way round). Going from 0-1 by
// 0.2 to 0-1500 made 7,500 tick labels and froze the window for seconds (the live chart's first
// 1 Gbit/s sample; the statistics values chart going to 36,000 per-interval values).
#pragma once

class QValueAxis;

namespace Perfdeck::AxisTicks {

// Sets axis to min..max with ticks every step, in the order of the two setters that has fewer
// ticks in between.
void setRangeAndTicks(QValueAxis *axis, double min, double max, double step);

} // namespace Perfdeck::AxisTicks

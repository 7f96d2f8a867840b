#include "gui/axisticks.h"

#include <QValueAxis>

namespace Perfdeck::AxisTicks {

void setRangeAndTicks(QValueAxis *axis, double min, double max, double step) {
    const double oldSpan = axis->max() - axis->min();
    const double oldStep = axis->tickInterval() > 0 ? axis->tickInterval() : step;
    // Ticks while the interval is new and the range old, against the other way round.
    if (oldSpan / step <= (max - min) / oldStep) {
        axis->setTickInterval(step);
        axis->setRange(min, max);
    } else {
        axis->setRange(min, max);
        axis->setTickInterval(step);
    }
}

} // namespace Perfdeck::AxisTicks

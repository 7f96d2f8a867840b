// The colour of a run follows its number, not the order in which runs were shown, so a run
// keeps its colour in the chart, the table and the statistics panel whatever is selected.
#pragma once

#include <QColor>

namespace Perfdeck {

// The colour of run number seq (1, 2, ...); a run without a number gets the first colour.
QColor runColor(int seq);
// The colour of stream position (0, 1, ...) of a run drawn in runColor: hues spread around the
// wheel by the golden angle, so neighbouring streams never look alike.
QColor streamColor(const QColor &runColor, int position);

} // namespace Perfdeck

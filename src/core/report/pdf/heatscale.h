// The colour scale of matrix heat maps, shared by the GUI's test plan view and the report's
// matrix chart so a cell reads the same colour on screen and on paper: a sequential scale
// (viridis) from the lowest value of a test to its highest, with a text colour that stays
// readable on each.
#pragma once

#include <QColor>
#include <QString>

namespace Perfdeck {

class HeatScale final {
public:
    // position 0 (lowest) .. 1 (highest); outside is clamped, NaN gives grey.
    static QColor color(double position);
    // Black or white, whichever reads better on color(position).
    static QColor textColor(double position);
    // Where value stands between low and high (0.5 when they are equal).
    static double position(double value, double low, double high);
    // Asymmetry forward/reverse: 1 is white, more blue the more forward exceeds reverse,
    // more orange the more reverse exceeds it; a factor of 2 either way is full colour.
    static QColor asymmetryColor(double ratio);
};

} // namespace Perfdeck

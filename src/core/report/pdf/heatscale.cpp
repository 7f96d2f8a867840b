#include "report/pdf/heatscale.h"

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// Nine stops of matplotlib's viridis: even steps in lightness, readable in grey print and by
// colour-blind readers.
constexpr int Stops[][3] = {{68, 1, 84},    {72, 40, 120},  {62, 74, 137},
                            {49, 104, 142}, {38, 130, 142}, {31, 158, 137},
                            {53, 183, 121}, {110, 206, 88}, {181, 222, 43}};
constexpr int StopCount = int(sizeof(Stops) / sizeof(Stops[0]));

} // namespace

QColor HeatScale::color(double position) {
    if (std::isnan(position))
        return QColor(0xcc, 0xcc, 0xcc);
    const double at = std::clamp(position, 0.0, 1.0) * (StopCount - 1);
    const int i = std::min(int(at), StopCount - 2);
    const double f = at - i;
    auto mix = [&](int k) {
        return int(std::lround(Stops[i][k] + (Stops[i + 1][k] - Stops[i][k]) * f));
    };
    return QColor(mix(0), mix(1), mix(2));
}

QColor HeatScale::textColor(double position) {
    return color(position).lightnessF() > 0.45 ? Qt::black : Qt::white;
}

double HeatScale::position(double value, double low, double high) {
    if (!std::isfinite(value))
        return std::nan("");
    if (!(high > low))
        return 0.5;
    return std::clamp((value - low) / (high - low), 0.0, 1.0);
}

QColor HeatScale::asymmetryColor(double ratio) {
    if (!(ratio > 0) || !std::isfinite(ratio))
        return QColor(0xcc, 0xcc, 0xcc);
    const double t = std::clamp(std::log2(ratio), -1.0, 1.0); // -1: reverse 2x, +1: forward 2x
    const QColor far = t >= 0 ? QColor(0x21, 0x66, 0xac) : QColor(0xd9, 0x5f, 0x0e);
    const double f = std::abs(t);
    return QColor(int(std::lround(255 + (far.red() - 255) * f)),
                  int(std::lround(255 + (far.green() - 255) * f)),
                  int(std::lround(255 + (far.blue() - 255) * f)));
}

} // namespace Perfdeck

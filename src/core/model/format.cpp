#include "model/format.h"

#include <cmath>

namespace Perfdeck::Format {

namespace {

const QString Dash = QStringLiteral("\u2013");

QString significant(double value, int precision) {
    if (value == 0)
        return QStringLiteral("0");
    const int digits = int(std::floor(std::log10(std::fabs(value)))) + 1;
    const int decimals = std::max(0, precision - digits);
    return QString::number(value, 'f', decimals);
}

} // namespace

BitrateUnit bitrateUnit(double bps) {
    static const char *const suffixes[] = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"};
    int index = 0;
    double scale = 1;
    const double magnitude = std::isfinite(bps) ? std::fabs(bps) : 0;
    while (magnitude / scale >= 1000.0 && index < 4) {
        scale *= 1000.0;
        ++index;
    }
    return BitrateUnit{scale, QLatin1String(suffixes[index])};
}

QString bitrateIn(double bps, const BitrateUnit &unit, int decimals) {
    if (!std::isfinite(bps))
        return Dash;
    return QString::number(bps / unit.scale, 'f', decimals) + QLatin1Char(' ') + unit.suffix;
}

QString bitrate(double bps, int precision) {
    if (!std::isfinite(bps))
        return Dash;
    const BitrateUnit unit = bitrateUnit(bps);
    return significant(bps / unit.scale, precision) + QLatin1Char(' ') + unit.suffix;
}

QString bitrate(const std::optional<double> &bps, int precision) {
    return bps ? bitrate(*bps, precision) : Dash;
}

QString bytes(double value) {
    if (!std::isfinite(value))
        return Dash;
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (std::fabs(value) >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    return (unit == 0 ? QString::number(value, 'f', 0) : significant(value, 3)) + QLatin1Char(' ') +
           QLatin1String(units[unit]);
}

QString latencyUs(double us) {
    if (!std::isfinite(us))
        return Dash;
    if (std::fabs(us) >= 1e6)
        return significant(us / 1e6, 3) + QStringLiteral(" s");
    if (std::fabs(us) >= 1e3)
        return significant(us / 1e3, 3) + QStringLiteral(" ms");
    return significant(us, 3) + QStringLiteral(" \u00b5s");
}

QString percent(double value, int decimals) {
    if (!std::isfinite(value))
        return Dash;
    return QString::number(value, 'f', decimals) + QStringLiteral(" %");
}

QString number(const std::optional<double> &value, int decimals) {
    if (!value || !std::isfinite(*value))
        return Dash;
    return QString::number(*value, 'f', decimals);
}

} // namespace Perfdeck::Format

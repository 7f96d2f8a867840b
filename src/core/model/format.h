// Human formatting of measurements, shared by the CLI, the GUI and reports so every surface
// shows the same "9.42 Gbit/s" for the same number.
#pragma once

#include <QString>

#include <optional>

namespace Perfdeck::Format {

// The SI unit in which |bps| reads in [1, 1000): 9.42e9 -> {1e9, "Gbit/s"}; below 1 bit/s,
// and for NaN, plain bit/s. Every bit/s ladder of Perfdeck (tables, charts, statistics, the
// CLI) takes its unit from here.
struct BitrateUnit {
    double scale = 1; // divide bit/s by it
    QString suffix;   // "bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"
};
BitrateUnit bitrateUnit(double bps);
// The number in a given unit with fixed decimals, "9.421 Gbit/s" (en dash for NaN).
QString bitrateIn(double bps, const BitrateUnit &unit, int decimals);

// 9.42e9 -> "9.42 Gbit/s" (SI prefixes, 3 significant digits by default).
QString bitrate(double bps, int precision = 3);
QString bitrate(const std::optional<double> &bps, int precision = 3);
// 1.5 * 1024^3 -> "1.50 GiB".
QString bytes(double bytes);
// 1234.5 us -> "1.23 ms".
QString latencyUs(double us);
// "12.3 %"
QString percent(double value, int decimals = 1);
// A number or an en dash for null.
QString number(const std::optional<double> &value, int decimals = 0);

} // namespace Perfdeck::Format

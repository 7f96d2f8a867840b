// Human formatting of measurements, shared by the CLI, the GUI and reports so every surface
// shows the same "9.42 Gbit/s" for the same number.
#pragma once

#include <QString>

#include <optional>

namespace Perfdeck::Format {

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

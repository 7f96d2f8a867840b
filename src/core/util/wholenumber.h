// Whole numbers read from tool output and imported files, which are untrusted: a JSON number
// such as 1e300, -5 or 2.5 where a port, socket or count belongs has no faithful integer,
// and casting it is undefined behaviour (it printed as a negative number).
#pragma once

#include <cmath>
#include <optional>

namespace Perfdeck {

// The value as an integer when it is finite, whole and within [min, max]; nothing otherwise.
// Callers pass the range the field can really have (a port: 0..65535), which also keeps the
// cast defined.
inline std::optional<long long> wholeNumber(double value, long long min, long long max) {
    if (!std::isfinite(value) || value != std::floor(value) || value < double(min) ||
        value > double(max))
        return std::nullopt;
    return static_cast<long long>(value);
}

} // namespace Perfdeck

#include "ratepattern.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace probe {

namespace {

bool number(const std::string &s, double *v) {
    char *end = nullptr;
    *v = std::strtod(s.c_str(), &end);
    return !s.empty() && end && *end == '\0' && std::isfinite(*v);
}

} // namespace

bool RatePattern::parse(const std::string &text, RatePattern *out, std::string *error) {
    RatePattern p;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = text.find(',', from);
        const std::string part = text.substr(from, comma - from);
        const std::size_t a = part.find(':');
        const std::size_t b = a == std::string::npos ? a : part.find(':', a + 1);
        Segment s;
        if (b == std::string::npos || !number(part.substr(0, a), &s.durationS) ||
            !number(part.substr(a + 1, b - a - 1), &s.fromBps) ||
            !number(part.substr(b + 1), &s.toBps)) {
            *error = "pattern segment '" + part + "': expected SECONDS:FROM_BPS:TO_BPS";
            return false;
        }
        if (s.durationS <= 0 || s.durationS > 86400 || s.fromBps < 0 || s.toBps < 0 ||
            s.fromBps > 1e12 || s.toBps > 1e12) {
            *error = "pattern segment '" + part +
                     "': seconds must be above 0 (at most 86400), rates 0-1e12 bit/s";
            return false;
        }
        p.m_startS.push_back(p.m_cycleS);
        p.m_startBits.push_back(p.m_cycleBits);
        p.m_cycleS += s.durationS;
        p.m_cycleBits += (s.fromBps + s.toBps) / 2 * s.durationS;
        p.m_segments.push_back(s);
        if (p.m_segments.size() > 100000) {
            *error = "pattern: more than 100000 segments";
            return false;
        }
        if (comma == std::string::npos)
            break;
        from = comma + 1;
    }
    if (p.m_cycleBits <= 0) {
        *error = "pattern: every rate is 0, nothing would be sent";
        return false;
    }
    *out = std::move(p);
    return true;
}

double RatePattern::peakBps() const {
    double peak = 0;
    for (const Segment &s : m_segments)
        peak = std::max({peak, s.fromBps, s.toBps});
    return peak;
}

std::size_t RatePattern::locate(double withinS) const {
    const auto it = std::upper_bound(m_startS.begin(), m_startS.end(), withinS);
    return it == m_startS.begin() ? 0 : std::size_t(it - m_startS.begin()) - 1;
}

std::size_t RatePattern::segmentAt(double t) const {
    if (m_segments.empty() || t <= 0)
        return 0;
    return locate(t - std::floor(t / m_cycleS) * m_cycleS);
}

double RatePattern::bitsUntil(double t) const {
    if (m_segments.empty() || t <= 0)
        return 0;
    const double cycles = std::floor(t / m_cycleS);
    const double within = t - cycles * m_cycleS;
    const std::size_t i = locate(within);
    const Segment &s = m_segments[i];
    const double u = std::clamp(within - m_startS[i], 0.0, s.durationS);
    const double slope = (s.toBps - s.fromBps) / s.durationS;
    return cycles * m_cycleBits + m_startBits[i] + s.fromBps * u + slope * u * u / 2;
}

double RatePattern::timeForBits(double bits) const {
    if (m_segments.empty() || bits <= 0)
        return 0;
    const double cycles = std::floor(bits / m_cycleBits);
    double within = bits - cycles * m_cycleBits;
    // The segment whose end reaches `within` bits; a segment at rate 0 adds no bits, so the
    // search passes over it (an off phase sends nothing).
    const auto it = std::lower_bound(m_startBits.begin(), m_startBits.end(), within);
    std::size_t i = it == m_startBits.begin() ? 0 : std::size_t(it - m_startBits.begin()) - 1;
    while (i + 1 < m_segments.size() && m_startBits[i + 1] < within)
        ++i;
    while (i + 1 < m_segments.size() &&
           m_startBits[i] +
                   (m_segments[i].fromBps + m_segments[i].toBps) / 2 * m_segments[i].durationS <
               within)
        ++i;
    const Segment &s = m_segments[i];
    const double d = std::max(0.0, within - m_startBits[i]);
    const double slope = (s.toBps - s.fromBps) / s.durationS;
    // Solve fromBps * u + slope * u^2 / 2 = d in the form that is stable for either sign.
    const double root = std::sqrt(std::max(0.0, s.fromBps * s.fromBps + 2 * slope * d));
    double u = s.fromBps + root > 0 ? 2 * d / (s.fromBps + root) : 0;
    u = std::clamp(u, 0.0, s.durationS);
    return cycles * m_cycleS + m_startS[i] + u;
}

double RatePattern::meanBps(double fromS, double toS) const {
    if (!(toS > fromS))
        return 0;
    return (bitsUntil(toS) - bitsUntil(fromS)) / (toS - fromS);
}

} // namespace probe

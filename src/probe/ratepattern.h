// A rate that changes over the test for the probe's paced sender: one cycle of straight
// segments ("SECONDS:FROM_BPS:TO_BPS,...", what core's TrafficPattern writes), repeated until
// the test ends. The sender asks when the bits of its next datagram are due, so the pacing
// follows the pattern exactly without drift.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace probe {

class RatePattern final {
public:
    struct Segment {
        double durationS = 0;
        double fromBps = 0;
        double toBps = 0;
    };

    // false with *error set when malformed, a rate is negative or the cycle sends nothing.
    static bool parse(const std::string &text, RatePattern *out, std::string *error);

    bool empty() const { return m_segments.empty(); }
    std::size_t size() const { return m_segments.size(); }
    double peakBps() const;
    // Bits requested from the start until t seconds.
    double bitsUntil(double t) const;
    // The earliest time (seconds from the start) by which `bits` bits are requested.
    double timeForBits(double bits) const;
    double meanBps(double fromS, double toS) const;
    // The segment of the cycle that time t falls in (the datagrams' phase field).
    std::size_t segmentAt(double t) const;

private:
    std::size_t locate(double withinS) const;

    std::vector<Segment> m_segments;
    std::vector<double> m_startS;
    std::vector<double> m_startBits;
    double m_cycleS = 0;
    double m_cycleBits = 0;
};

} // namespace probe

// RFC 3550 (section 6.4.1) interarrival jitter, and one-way delay variation: both from the
// difference of receive and send times, so a constant clock offset between the ends cancels.
#pragma once

#include <cstdint>

namespace probe {

class JitterEstimator final {
public:
    // sendNs: the sender's timestamp in the datagram; receiveNs: this end's clock at arrival.
    void add(std::int64_t sendNs, std::int64_t receiveNs);

    double jitterNs() const { return m_jitter; }
    std::uint64_t samples() const { return m_samples; }
    // One-way delay variation: this datagram's transit minus the smallest transit seen so
    // far (the least-delayed datagram stands for the path's base delay).
    double lastDelayVariationNs() const { return double(m_lastTransit - m_minTransit); }
    double meanDelayVariationNs() const;
    double maxDelayVariationNs() const { return double(m_maxTransit - m_minTransit); }

private:
    double m_jitter = 0;
    std::int64_t m_lastTransit = 0;
    std::int64_t m_minTransit = 0;
    std::int64_t m_maxTransit = 0;
    double m_sumTransit = 0; // relative to the first transit, to keep precision
    std::int64_t m_firstTransit = 0;
    std::uint64_t m_samples = 0;
};

} // namespace probe

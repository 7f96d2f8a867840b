#include "jitterestimator.h"

#include <cstdlib>

namespace probe {

void JitterEstimator::add(std::int64_t sendNs, std::int64_t receiveNs) {
    const std::int64_t transit = receiveNs - sendNs;
    if (m_samples == 0) {
        m_firstTransit = m_minTransit = m_maxTransit = transit;
    } else {
        const double d = double(std::llabs(transit - m_lastTransit));
        m_jitter += (d - m_jitter) / 16.0;
        if (transit < m_minTransit)
            m_minTransit = transit;
        if (transit > m_maxTransit)
            m_maxTransit = transit;
    }
    m_sumTransit += double(transit - m_firstTransit);
    m_lastTransit = transit;
    ++m_samples;
}

double JitterEstimator::meanDelayVariationNs() const {
    if (m_samples == 0)
        return 0;
    // mean(transit) - min(transit), with the sum kept relative to the first transit.
    return m_sumTransit / double(m_samples) + double(m_firstTransit - m_minTransit);
}

} // namespace probe

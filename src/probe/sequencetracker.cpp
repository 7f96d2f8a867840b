#include "sequencetracker.h"

namespace probe {

SequenceTracker::SequenceTracker(std::uint64_t window, std::uint64_t maxJump)
    : m_bits((window + 63) / 64, 0)
    , m_window(((window + 63) / 64) * 64)
    , m_maxJump(maxJump) {}

bool SequenceTracker::seen(std::uint64_t s) const {
    const std::uint64_t bit = s % m_window;
    return (m_bits[bit / 64] >> (bit % 64)) & 1u;
}

void SequenceTracker::mark(std::uint64_t s) {
    const std::uint64_t bit = s % m_window;
    m_bits[bit / 64] |= std::uint64_t(1) << (bit % 64);
}

SequenceTracker::Verdict SequenceTracker::accept(std::uint64_t s) {
    if (s >= m_highestPlusOne) {
        const std::uint64_t step = s - m_highestPlusOne; // numbers skipped
        if (step > m_maxJump) {
            ++m_refused;
            return Verdict::Refused;
        }
        // Forget the slots the window slides over (they now stand for newer numbers).
        if (step + 1 >= m_window) {
            for (auto &word : m_bits)
                word = 0;
        } else {
            for (std::uint64_t n = m_highestPlusOne; n < s; ++n) {
                const std::uint64_t bit = n % m_window;
                m_bits[bit / 64] &= ~(std::uint64_t(1) << (bit % 64));
            }
            const std::uint64_t bit = s % m_window;
            m_bits[bit / 64] &= ~(std::uint64_t(1) << (bit % 64));
        }
        mark(s);
        m_highestPlusOne = s + 1;
        ++m_received;
        return Verdict::New;
    }
    if (m_highestPlusOne - s > m_window) {
        // Older than anything remembered: counted as received late (it may be a duplicate).
        ++m_received;
        ++m_reordered;
        return Verdict::Late;
    }
    if (seen(s)) {
        ++m_duplicates;
        return Verdict::Duplicate;
    }
    mark(s);
    ++m_received;
    ++m_reordered;
    return Verdict::Reordered;
}

} // namespace probe

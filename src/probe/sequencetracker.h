// Loss, reordering and duplicates of one flow from the sequence numbers that arrive: a
// bounded window of recently seen numbers tells a duplicate from a late datagram, and a jump
// far ahead of everything seen (a forged or corrupted number) is refused, not believed.
#pragma once

#include <cstdint>
#include <vector>

namespace probe {

class SequenceTracker final {
public:
    enum class Verdict { New, Reordered, Duplicate, Late, Refused };

    // window: how many numbers below the highest are remembered (rounded up to 64);
    // maxJump: the largest step ahead of the highest number that is believed.
    explicit SequenceTracker(std::uint64_t window = 65536, std::uint64_t maxJump = 1u << 24);

    Verdict accept(std::uint64_t sequence);

    std::uint64_t received() const { return m_received; }      // distinct, incl. late ones
    std::uint64_t highest() const { return m_highestPlusOne; } // highest number seen + 1
    std::uint64_t duplicates() const { return m_duplicates; }
    std::uint64_t reordered() const { return m_reordered; }
    std::uint64_t refused() const { return m_refused; }
    // Numbers below the highest never seen (0 before anything arrived).
    std::uint64_t lost() const {
        return m_highestPlusOne > m_received ? m_highestPlusOne - m_received : 0;
    }

private:
    bool seen(std::uint64_t sequence) const;
    void mark(std::uint64_t sequence);

    std::vector<std::uint64_t> m_bits;
    std::uint64_t m_window;
    std::uint64_t m_maxJump;
    std::uint64_t m_highestPlusOne = 0;
    std::uint64_t m_received = 0;
    std::uint64_t m_duplicates = 0;
    std::uint64_t m_reordered = 0;
    std::uint64_t m_refused = 0;
};

} // namespace probe

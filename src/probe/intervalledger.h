// The sender's per-interval accounts of one class, kept by sequence number: an interval owns
// the datagrams due in it (the sender sends those before closing it, late if it fell behind),
// and every echo names the number of the datagram it answers, so it is counted in that
// datagram's interval, however long it took to come back. An interval is reported once all its
// echoes are back or its settle deadline has passed; an echo later than that is counted as late (in
// the summary, never in another interval). No clock is read here: the caller passes the time.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <deque>

namespace probe {

struct RttStats {
    double min = NAN, max = NAN, sum = 0;
    std::uint64_t count = 0;
    void add(double us) {
        min = count == 0 ? us : (us < min ? us : min);
        max = count == 0 ? us : (us > max ? us : max);
        sum += us;
        ++count;
    }
    double mean() const { return count ? sum / double(count) : NAN; }
};

class IntervalLedger final {
public:
    struct Interval {
        double startS = 0;
        double endS = 0;
        std::uint64_t firstSequence = 0; // the datagrams due in it: [first, end)
        std::uint64_t endSequence = 0;
        std::uint64_t sent = 0; // handed to the kernel (a refused one used its number too)
        std::uint64_t sentBytes = 0;
        std::uint64_t echoes = 0; // distinct echoes of its datagrams
        // The reflector's count of distinct arrivals as of its highest-numbered datagram
        // that was echoed (0 when none was): tells a forward arrival whose echo was lost.
        std::uint64_t highestEchoed = 0; // highest sequence echoed + 1; 0: none
        std::uint64_t reflectorCountAtHighest = 0;
        RttStats rtt;
        std::array<std::uint64_t, 64> receivedDscp{};
        std::int64_t deadlineNs = 0; // reported by then even with echoes missing
    };
    // What an interval reports: `received` datagrams of it reached the reflector, `lost`
    // did not (sent - received).
    struct Counts {
        std::uint64_t received = 0;
        std::uint64_t lost = 0;
    };
    enum class Echo { Counted, Late, Unknown };

    // The first interval starts at startS with sequence firstSequence.
    explicit IntervalLedger(double startS = 0, std::uint64_t firstSequence = 0);

    // `numbers` sequence numbers were used for datagrams of the open interval, `sent` of them
    // left (`bytes` in all).
    void recordSent(std::uint64_t numbers, std::uint64_t sent, std::uint64_t bytes);
    // Ends the open interval at endS; it is reported when complete or at deadlineNs. The next
    // one starts where it ended.
    void close(double endS, std::int64_t deadlineNs);
    // The echo of datagram `sequence` (each distinct echo once: the caller drops duplicates).
    // reflectorReceived: the reflector's count of distinct arrivals when it echoed it.
    // rttUs: NaN when unknown; receivedTos: -1 when unknown.
    Echo echo(std::uint64_t sequence, std::uint64_t reflectorReceived, double rttUs,
              int receivedTos);

    // The oldest closed interval is complete (every datagram echoed) or its deadline passed.
    bool ready(std::int64_t nowNs) const;
    bool hasClosed() const { return !m_closed.empty(); }
    std::int64_t nextDeadlineNs() const {
        return m_closed.empty() ? 0 : m_closed.front().deadlineNs;
    }
    // Removes the oldest closed interval and says what it counts (call when ready()).
    Interval take(Counts *counts);

    const Interval &open() const { return m_open; }
    std::uint64_t lateEchoes() const { return m_late; }

private:
    Interval *intervalOf(std::uint64_t sequence);

    Interval m_open;
    std::deque<Interval> m_closed;
    std::uint64_t m_reportedBase = 0; // reflector count at the last reported highest echo
    std::uint64_t m_late = 0;
};

} // namespace probe

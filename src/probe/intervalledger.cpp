#include "intervalledger.h"

#include <algorithm>

namespace probe {

IntervalLedger::IntervalLedger(double startS, std::uint64_t firstSequence) {
    m_open.startS = startS;
    m_open.firstSequence = m_open.endSequence = firstSequence;
}

void IntervalLedger::recordSent(std::uint64_t numbers, std::uint64_t sent, std::uint64_t bytes) {
    m_open.endSequence += numbers;
    m_open.sent += sent;
    m_open.sentBytes += bytes;
}

void IntervalLedger::close(double endS, std::int64_t deadlineNs) {
    m_open.endS = endS;
    m_open.deadlineNs = deadlineNs;
    const std::uint64_t next = m_open.endSequence;
    m_closed.push_back(m_open);
    m_open = Interval();
    m_open.startS = endS;
    m_open.firstSequence = m_open.endSequence = next;
}

IntervalLedger::Interval *IntervalLedger::intervalOf(std::uint64_t sequence) {
    if (sequence >= m_open.firstSequence)
        return sequence < m_open.endSequence ? &m_open : nullptr;
    // Few intervals wait for their echoes: the newest first (most echoes are for it).
    for (auto it = m_closed.rbegin(); it != m_closed.rend(); ++it) {
        if (sequence >= it->firstSequence)
            return sequence < it->endSequence ? &*it : nullptr;
    }
    return nullptr;
}

IntervalLedger::Echo IntervalLedger::echo(std::uint64_t sequence, std::uint64_t reflectorReceived,
                                          double rttUs, int receivedTos) {
    Interval *in = intervalOf(sequence);
    if (!in) {
        // Sent in an interval already reported (its echo came after the deadline), or a
        // number this sender never used.
        const std::uint64_t first =
            m_closed.empty() ? m_open.firstSequence : m_closed.front().firstSequence;
        if (sequence < first) {
            ++m_late;
            return Echo::Late;
        }
        return Echo::Unknown;
    }
    ++in->echoes;
    if (sequence + 1 > in->highestEchoed) {
        in->highestEchoed = sequence + 1;
        in->reflectorCountAtHighest = reflectorReceived;
    }
    if (!std::isnan(rttUs))
        in->rtt.add(rttUs);
    if (receivedTos >= 0 && receivedTos < 256)
        ++in->receivedDscp[std::size_t(receivedTos >> 2)];
    return Echo::Counted;
}

bool IntervalLedger::ready(std::int64_t nowNs) const {
    if (m_closed.empty())
        return false;
    const Interval &front = m_closed.front();
    return front.echoes >= front.sent || nowNs >= front.deadlineNs;
}

IntervalLedger::Interval IntervalLedger::take(Counts *counts) {
    Interval front = m_closed.front();
    m_closed.pop_front();
    // Echoes prove arrivals; the reflector's running count also covers datagrams that
    // arrived but whose echo was lost on the way back. It counts in arrival order, which on
    // one path is send order: the arrivals between the previous interval's highest echoed
    // datagram and this one's are this interval's (bounded by what it sent).
    std::uint64_t received = front.echoes;
    if (front.highestEchoed > 0) {
        if (front.reflectorCountAtHighest > m_reportedBase)
            received = std::max(
                received, std::min(front.sent, front.reflectorCountAtHighest - m_reportedBase));
        m_reportedBase = std::max(m_reportedBase, front.reflectorCountAtHighest);
    }
    counts->received = received;
    counts->lost = front.sent > received ? front.sent - received : 0;
    return front;
}

} // namespace probe

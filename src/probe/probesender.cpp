#include "probesender.h"

#include "controllerwatch.h"
#include "intervalledger.h"
#include "jitterestimator.h"
#include "jsonline.h"
#include "probeclock.h"
#include "probedatagram.h"
#include "sequencetracker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <unistd.h>

namespace probe {

namespace {

constexpr int BatchMax = 64;
constexpr std::size_t RttSampleMax = 200000; // kept for the percentiles of the summary

struct ClassState {
    ProbeClass spec;
    UdpSocket socket;
    std::vector<std::uint8_t> buffers; // BatchMax datagrams of spec.size
    double periodNs = 0;
    double nextDueNs = 0; // monotonic
    std::uint64_t nextSequence = 0;
    bool done = false;
    // Sending.
    std::uint64_t sent = 0, sentBytes = 0;
    double latenessSumNs = 0, latenessMaxNs = 0;
    std::int64_t lastSendNs = 0;
    double gapMean = 0, gapM2 = 0; // Welford over inter-send gaps
    std::uint64_t gaps = 0;
    // Echoes.
    SequenceTracker echoes{65536, 1u << 24};
    RttStats rtt;
    std::vector<float> rttSamples;
    JitterEstimator owd;
    std::array<std::uint64_t, 64> recvDscp{}, returnDscp{};
    std::uint64_t recvTosUnknown = 0;
    std::uint64_t fwdReceived = 0, fwdHighest = 0, fwdDuplicates = 0, fwdReordered = 0;
    double fwdJitterNs = NAN;
    // Intervals by send time: an echo counts where its datagram was sent.
    IntervalLedger intervals;
};

std::string histogram(const std::array<std::uint64_t, 64> &now,
                      const std::array<std::uint64_t, 64> *before) {
    JsonLine h;
    for (std::size_t d = 0; d < 64; ++d) {
        const std::uint64_t n = now[d] - (before ? (*before)[d] : 0);
        if (n > 0)
            h.field(std::to_string(d).c_str(), n);
    }
    return h.object();
}

double percentile(std::vector<float> samples, double q) {
    if (samples.empty())
        return NAN;
    const auto k =
        std::size_t(std::clamp(q * double(samples.size() - 1), 0.0, double(samples.size() - 1)));
    std::nth_element(samples.begin(), samples.begin() + std::ptrdiff_t(k), samples.end());
    return samples[k];
}

void drainEchoes(ClassState &c, std::uint32_t session, std::uint8_t classIndex,
                 std::vector<std::uint8_t> &buffer, std::uint64_t *invalid) {
    for (int n = 0; n < 4096; ++n) {
        ReceivedDatagram r;
        if (!c.socket.receive(buffer.data(), buffer.size(), &r))
            return;
        const std::int64_t monoNow = ProbeClock::monotonicNs();
        ProbeDatagram d;
        if (ProbeDatagram::decode(buffer.data(), r.size, &d) != ProbeDatagram::Error::None ||
            d.kind != ProbeDatagram::Kind::Echo || d.session != session ||
            d.classIndex != classIndex) {
            ++*invalid;
            continue;
        }
        const SequenceTracker::Verdict v = c.echoes.accept(d.sequence);
        if (v == SequenceTracker::Verdict::Refused || v == SequenceTracker::Verdict::Duplicate) {
            if (v == SequenceTracker::Verdict::Refused)
                ++*invalid;
            continue;
        }
        // Same host, same clock: the kernel's receive stamp when there is one (it leaves out
        // the time this loop slept), else the monotonic clock now.
        const double rttUs = r.kernelRealtimeNs
                                 ? double(r.kernelRealtimeNs - std::int64_t(d.sendRealtimeNs)) / 1e3
                                 : double(monoNow - std::int64_t(d.sendMonotonicNs)) / 1e3;
        if (rttUs >= 0) {
            c.rtt.add(rttUs);
            if (c.rttSamples.size() < RttSampleMax)
                c.rttSamples.push_back(float(rttUs));
        }
        if (d.receivedTos != 0xff)
            ++c.recvDscp[d.receivedTos >> 2];
        else
            ++c.recvTosUnknown;
        if (r.tos >= 0)
            ++c.returnDscp[std::size_t(r.tos >> 2)];
        c.intervals.echo(d.sequence, d.reflectorReceived, rttUs >= 0 ? rttUs : NAN,
                         d.receivedTos != 0xff ? int(d.receivedTos) : -1);
        c.owd.add(std::int64_t(d.sendRealtimeNs), std::int64_t(d.receiveRealtimeNs));
        if (d.reflectorReceived >= c.fwdReceived) {
            c.fwdReceived = d.reflectorReceived;
            c.fwdDuplicates = d.reflectorDuplicates;
            c.fwdReordered = d.reflectorReordered;
            c.fwdJitterNs = d.reflectorJitterNs;
        }
        c.fwdHighest = std::max(c.fwdHighest, d.reflectorHighest);
    }
}

// The payload rate a class was asked for over [startS, endS).
double targetBps(const ClassState &c, const RatePattern &pattern, double startS, double endS) {
    if (pattern.empty())
        return c.spec.pps * double(c.spec.size) * 8;
    return pattern.meanBps(startS, endS);
}

// The oldest closed interval of a class, counted by send time: its datagrams that reached the
// reflector, whenever their echoes came back (up to its deadline).
void printInterval(ClassState &c, const RatePattern &pattern) {
    IntervalLedger::Counts counts;
    const IntervalLedger::Interval i = c.intervals.take(&counts);
    const double seconds = i.endS - i.startS;
    JsonLine line;
    line.field("type", "interval").field("role", "sender").field("class", c.spec.name);
    line.field("dscp", c.spec.dscp).field("start_s", i.startS).field("end_s", i.endS);
    line.field("sent", i.sent).field("sent_bytes", i.sentBytes);
    line.field("bps", seconds > 0 ? double(i.sentBytes) * 8 / seconds : NAN);
    line.field("target_bps", targetBps(c, pattern, i.startS, i.endS));
    line.field("echoes", i.echoes);
    line.field("received", counts.received).field("lost", counts.lost);
    line.field("lost_percent", i.sent > 0 ? 100.0 * double(counts.lost) / double(i.sent) : NAN);
    line.field("rtt_min_us", i.rtt.min).field("rtt_mean_us", i.rtt.mean());
    line.field("rtt_max_us", i.rtt.max);
    line.field("jitter_ms", c.fwdJitterNs / 1e6);
    line.field("owd_var_ms", c.owd.samples() ? c.owd.lastDelayVariationNs() / 1e6 : NAN);
    line.raw("recv_dscp", histogram(i.receivedDscp, nullptr));
    line.print();
}

// Prints, oldest first, every interval that all classes have ready (force: all of them).
void printReadyIntervals(std::vector<std::unique_ptr<ClassState>> &classes,
                         const RatePattern &pattern, std::int64_t nowNs, bool force) {
    for (;;) {
        for (const auto &c : classes) {
            if (!c->intervals.hasClosed() || (!force && !c->intervals.ready(nowNs)))
                return;
        }
        for (auto &c : classes)
            printInterval(*c, pattern);
    }
}

void printSummary(ClassState &c, const RatePattern &pattern, double durationS) {
    const std::uint64_t lost = c.sent > c.fwdReceived ? c.sent - c.fwdReceived : 0;
    const std::uint64_t echoes = c.echoes.received();
    JsonLine line;
    line.field("type", "summary").field("role", "sender").field("class", c.spec.name);
    line.field("dscp", c.spec.dscp).field("size", std::uint64_t(c.spec.size));
    line.field("duration_s", durationS);
    line.field("sent", c.sent).field("sent_bytes", c.sentBytes);
    line.field("sent_bps", durationS > 0 ? double(c.sentBytes) * 8 / durationS : NAN);
    line.field("sent_pps", durationS > 0 ? double(c.sent) / durationS : NAN);
    const double target = targetBps(c, pattern, 0, durationS);
    line.field("target_bps", target);
    line.field("target_pps", target / (double(c.spec.size) * 8));
    line.field("received", c.fwdReceived).field("lost", lost);
    line.field("lost_percent", c.sent ? 100.0 * double(lost) / double(c.sent) : NAN);
    line.field("duplicates", c.fwdDuplicates).field("reordered", c.fwdReordered);
    line.field("echoes", echoes);
    line.field("echo_lost", c.fwdReceived > echoes ? c.fwdReceived - echoes : 0);
    line.field("late_echoes", c.intervals.lateEchoes());
    line.field("rtt_min_us", c.rtt.min).field("rtt_mean_us", c.rtt.mean());
    line.field("rtt_p50_us", percentile(c.rttSamples, 0.5));
    line.field("rtt_p99_us", percentile(c.rttSamples, 0.99));
    line.field("rtt_max_us", c.rtt.max);
    line.field("jitter_ms", c.fwdJitterNs / 1e6);
    line.field("owd_var_mean_ms", c.owd.samples() ? c.owd.meanDelayVariationNs() / 1e6 : NAN);
    line.field("owd_var_max_ms", c.owd.samples() ? c.owd.maxDelayVariationNs() / 1e6 : NAN);
    line.raw("recv_dscp", histogram(c.recvDscp, nullptr));
    line.field("recv_tos_unknown", c.recvTosUnknown);
    line.raw("return_dscp", histogram(c.returnDscp, nullptr));
    line.field("late_mean_us", c.sent ? c.latenessSumNs / double(c.sent) / 1e3 : NAN);
    line.field("late_max_us", c.latenessMaxNs / 1e3);
    line.field("gap_mean_us", c.gaps ? c.gapMean / 1e3 : NAN);
    line.field("gap_stddev_us", c.gaps > 1 ? std::sqrt(c.gapM2 / double(c.gaps - 1)) / 1e3 : NAN);
    line.print();
}

} // namespace

bool ProbeClass::parse(const std::string &text, ProbeClass *out, std::string *error) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    for (;;) {
        const std::size_t colon = text.find(':', from);
        parts.push_back(text.substr(from, colon - from));
        if (colon == std::string::npos)
            break;
        from = colon + 1;
    }
    if (parts.size() != 4 || parts[0].empty()) {
        *error = "class '" + text + "': expected NAME:DSCP:PPS:SIZE";
        return false;
    }
    auto number = [](const std::string &s, double *v) {
        char *end = nullptr;
        *v = std::strtod(s.c_str(), &end);
        return !s.empty() && end && *end == '\0' && std::isfinite(*v);
    };
    double dscp = 0, pps = 0, size = 0;
    if (!number(parts[1], &dscp) || dscp < 0 || dscp > 63 || dscp != std::floor(dscp)) {
        *error = "class '" + text + "': DSCP must be 0-63";
        return false;
    }
    if (!number(parts[2], &pps) || pps <= 0 || pps > 5e6) {
        *error = "class '" + text + "': packets per second must be above 0 and at most 5000000";
        return false;
    }
    if (!number(parts[3], &size) || size < double(ProbeDatagram::MinSize) ||
        size > double(ProbeDatagram::MaxSize) || size != std::floor(size)) {
        *error = "class '" + text + "': size must be " + std::to_string(ProbeDatagram::MinSize) +
                 "-" + std::to_string(ProbeDatagram::MaxSize) + " bytes";
        return false;
    }
    out->name = parts[0];
    out->dscp = int(dscp);
    out->pps = pps;
    out->size = std::size_t(size);
    return true;
}

int ProbeSender::run(const SenderOptions &o) {
    // How long a closed interval waits for the echoes of its datagrams: the linger time, or
    // twice the longest round trip seen when that is longer (a deep queue); an echo later
    // than that counts in no interval (late_echoes in the summary), a datagram without one
    // as lost in its interval.
    auto settleNs = [&o](const ClassState &c) {
        const double rttNs = c.rtt.count ? c.rtt.max * 1e3 : 0;
        return std::int64_t(std::min(std::max(o.lingerS * 1e9, 2 * rttNs), 60e9));
    };
    if (o.classes.empty() || o.classes.size() > 64) {
        JsonLine()
            .field("type", "error")
            .field("role", "sender")
            .field("message", "between 1 and 64 classes")
            .print();
        return 2;
    }
    std::vector<std::unique_ptr<ClassState>> classes;
    for (const ProbeClass &spec : o.classes) {
        auto c = std::make_unique<ClassState>();
        c->spec = spec;
        SocketAddress any;
        SocketAddress::parse(o.target.family() == AF_INET6 ? "::" : "0.0.0.0", 0, &any);
        if (!c->socket.bind(any) || !c->socket.setTos(spec.dscp << 2) ||
            !c->socket.enableReceiveInfo()) {
            JsonLine()
                .field("type", "error")
                .field("role", "sender")
                .field("message", c->socket.error())
                .print();
            return 2;
        }
        c->socket.setBuffers(4 << 20);
        c->buffers.assign(spec.size * BatchMax, 0);
        c->periodNs = 1e9 / spec.pps;
        const double pps =
            o.pattern.empty() ? spec.pps : o.pattern.peakBps() / (double(spec.size) * 8);
        c->rttSamples.reserve(
            std::min<std::size_t>(RttSampleMax, std::size_t(pps * o.durationS) + 16));
        classes.push_back(std::move(c));
    }

    JsonLine start;
    start.field("type", "start")
        .field("role", "sender")
        .field("version", unsigned(ProbeDatagram::Version))
        .field("session", std::uint64_t(o.session))
        .field("target", o.target.text())
        .field("duration_s", o.durationS)
        .field("interval_s", o.intervalS)
        // Output format 2: an interval counts the datagrams DUE in it (received, lost, RTT,
        // DSCP from their echoes), whenever the echoes came back; format 1 counted the echoes
        // that came back during the interval.
        .field("output", 2);
    if (!o.pattern.empty())
        start.field("pattern_segments", std::uint64_t(o.pattern.size()));
    std::string list = "[";
    for (const auto &c : classes) {
        JsonLine k;
        k.field("class", c->spec.name)
            .field("dscp", c->spec.dscp)
            .field("pps", c->spec.pps)
            .field("size", std::uint64_t(c->spec.size))
            .field("local", c->socket.localAddress().text());
        list += (list.size() > 1 ? "," : "") + k.object();
    }
    start.raw("classes", list + "]").print();

    std::vector<std::uint8_t> echoBuffer(ProbeDatagram::MaxSize + 1);
    std::uint64_t invalid = 0;
    const std::int64_t t0 = ProbeClock::monotonicNs() + 5000000; // a moment to settle
    const double endNs = double(t0) + o.durationS * 1e9;
    // Datagram k of a class is due when the pattern has asked for k datagrams' bits.
    auto dueNs = [&](const ClassState &c, std::uint64_t k) {
        if (o.pattern.empty())
            return double(t0) + double(k) * c.periodNs;
        return double(t0) + o.pattern.timeForBits(double(k) * double(c.spec.size) * 8) * 1e9;
    };
    for (auto &c : classes)
        c->nextDueNs = double(t0);
    const auto intervalNs = std::int64_t(o.intervalS * 1e9);
    std::int64_t nextReport = t0 + intervalNs;
    std::int64_t nextDrain = t0;
    std::string status = "ok";
    std::int64_t sendDoneNs = 0; // when the last datagram had been sent
    std::uint8_t *batch[BatchMax];

    ProbeClock::sleepUntil(t0);
    for (;;) {
        if (ControllerWatch::shouldStop()) {
            status = "stopped";
            break;
        }
        std::int64_t now = ProbeClock::monotonicNs();
        // A datagram belongs to the interval it was due in: at a boundary, what was due
        // before it is sent first (late, when a busy machine held the sender back), then the
        // interval closes; a datagram due at the boundary belongs to the next one. A closed
        // interval is printed when its echoes are in (printReadyIntervals below).
        const bool boundary = now >= nextReport;
        bool behind = false;
        bool allDone = true;
        for (std::size_t i = 0; i < classes.size(); ++i) {
            ClassState &c = *classes[i];
            int n = 0;
            const auto due = [&] {
                return boundary ? c.nextDueNs < double(nextReport) : c.nextDueNs <= double(now);
            };
            while (!c.done && n < BatchMax && due()) {
                // Half a nanosecond of slack: 300 periods of 1/300 s must end the second.
                if (c.nextDueNs >= endNs - 0.5) {
                    c.done = true;
                    break;
                }
                std::uint8_t *b = c.buffers.data() + std::size_t(n) * c.spec.size;
                ProbeDatagram d;
                d.classIndex = std::uint8_t(i);
                d.dscp = std::uint8_t(c.spec.dscp);
                d.session = o.session;
                d.sequence = c.nextSequence + std::uint64_t(n);
                d.sendRealtimeNs = std::uint64_t(ProbeClock::realtimeNs());
                d.sendMonotonicNs = std::uint64_t(now);
                if (!o.pattern.empty())
                    d.patternPhase =
                        std::uint32_t(o.pattern.segmentAt((c.nextDueNs - double(t0)) / 1e9));
                d.encode(b, c.spec.size);
                batch[n] = b;
                const double late = double(now) - c.nextDueNs;
                c.latenessSumNs += late;
                c.latenessMaxNs = std::max(c.latenessMaxNs, late);
                // From the start, not by adding periods: no rounding drift over millions.
                c.nextDueNs = dueNs(c, c.nextSequence + std::uint64_t(n) + 1);
                ++n;
            }
            if (n > 0) {
                const int sent = c.socket.sendBatch(batch, n, c.spec.size, o.target);
                // Datagrams the kernel refused are not retried (their stamps are stale):
                // they count as not sent, and the sequence moves on.
                c.nextSequence += std::uint64_t(n);
                c.sent += std::uint64_t(sent);
                c.sentBytes += std::uint64_t(sent) * c.spec.size;
                c.intervals.recordSent(std::uint64_t(n), std::uint64_t(sent),
                                       std::uint64_t(sent) * c.spec.size);
                if (c.lastSendNs) {
                    const double gap = double(now - c.lastSendNs);
                    ++c.gaps;
                    const double delta = gap - c.gapMean;
                    c.gapMean += delta / double(c.gaps);
                    c.gapM2 += delta * (gap - c.gapMean);
                }
                c.lastSendNs = now;
            }
            if (c.nextDueNs >= endNs - 0.5)
                c.done = true;
            allDone = allDone && c.done;
            behind = behind || (!c.done && boundary && c.nextDueNs < double(nextReport));
        }
        if (boundary && !behind) {
            const double s = double(nextReport - t0) / 1e9;
            for (auto &c : classes)
                c->intervals.close(s, now + settleNs(*c));
            nextReport += intervalNs;
        }
        now = ProbeClock::monotonicNs();
        // Echoes wait in the socket buffer (4 MiB) between reads: at most every 500 us, so a
        // fast sender does not spend a system call per datagram on an empty queue.
        if (now >= nextDrain) {
            for (std::size_t i = 0; i < classes.size(); ++i)
                drainEchoes(*classes[i], o.session, std::uint8_t(i), echoBuffer, &invalid);
            nextDrain = now + 500000;
        }
        printReadyIntervals(classes, o.pattern, now, false);
        if (allDone && sendDoneNs == 0)
            sendDoneNs = now;
        // A pattern may end with a pause: its intervals are still reported, up to the end.
        if (allDone && (o.pattern.empty() || double(now) >= endNs - 0.5))
            break;
        double wake = std::min(double(nextReport), endNs);
        for (auto &c : classes) {
            if (!c->done)
                wake = std::min(wake, c->nextDueNs);
            if (c->intervals.hasClosed() && c->intervals.nextDeadlineNs() > now)
                wake = std::min(wake, double(c->intervals.nextDeadlineNs()));
        }
        // Wake at least every 10 ms to read echoes and to notice the controller.
        wake = std::min(wake, double(now) + 10e6);
        if (wake > double(now))
            ProbeClock::sleepUntil(std::int64_t(wake));
    }

    // Sent to the end: the planned duration (the last datagram leaves one period before it),
    // or longer when the sender fell behind and caught up late (then the achieved rate shows
    // it); stopped: the time it ran.
    const std::int64_t sendEnd = sendDoneNs ? sendDoneNs : ProbeClock::monotonicNs();
    const double durationS =
        status == "ok" ? std::max(o.durationS, double(sendEnd - t0) / 1e9)
                       : double(std::min<std::int64_t>(sendEnd, std::int64_t(endNs)) - t0) / 1e9;
    // The intervals end with the planned duration: every datagram due before it belongs to
    // one of them (sent late or not), none is due after it. A run that finished late would
    // otherwise get an empty last interval of a few milliseconds asking for the next cycle.
    const double intervalsEndS = status == "ok" ? o.durationS : durationS;
    const double lastReportS = double(nextReport - intervalNs - t0) / 1e9;
    if (intervalsEndS - lastReportS > 1e-3)
        for (auto &c : classes)
            c->intervals.close(intervalsEndS, ProbeClock::monotonicNs() + settleNs(*c));

    // The last echoes: until each class has all its echoes back, or the linger time is over.
    const std::int64_t lingerEnd = ProbeClock::monotonicNs() + std::int64_t(o.lingerS * 1e9);
    while (status == "ok" && ProbeClock::monotonicNs() < lingerEnd) {
        bool complete = true;
        for (std::size_t i = 0; i < classes.size(); ++i) {
            drainEchoes(*classes[i], o.session, std::uint8_t(i), echoBuffer, &invalid);
            complete = complete && classes[i]->echoes.received() >= classes[i]->sent;
        }
        printReadyIntervals(classes, o.pattern, ProbeClock::monotonicNs(), false);
        if (complete || ControllerWatch::shouldStop())
            break;
        ProbeClock::sleepUntil(ProbeClock::monotonicNs() + 2000000);
    }
    printReadyIntervals(classes, o.pattern, ProbeClock::monotonicNs(), true);
    for (auto &c : classes)
        printSummary(*c, o.pattern, durationS);
    JsonLine end;
    end.field("type", "end").field("role", "sender").field("status", status);
    if (status != "ok")
        end.field("reason", ControllerWatch::reason());
    end.field("invalid", invalid).print();
    return status == "ok" ? 0 : 1;
}

} // namespace probe

#include "probereflector.h"

#include "controllerwatch.h"
#include "jitterestimator.h"
#include "jsonline.h"
#include "probeclock.h"
#include "probedatagram.h"
#include "sequencetracker.h"

#include <algorithm>
#include <array>
#include <memory>
#include <poll.h>
#include <unistd.h>
#include <vector>

namespace probe {

namespace {

struct Flow {
    SocketAddress peer;
    std::uint32_t session = 0;
    std::uint8_t classIndex = 0;
    std::uint8_t sentDscp = 0;
    SequenceTracker tracker;
    JitterEstimator jitter;
    std::array<std::uint64_t, 64> dscp{};
    std::uint64_t tosUnknown = 0;
    std::uint64_t bytes = 0;
    // Counters at the start of the current interval.
    std::uint64_t lastReceived = 0, lastLost = 0, lastDuplicates = 0, lastReordered = 0;
    std::uint64_t lastBytes = 0;
    std::array<std::uint64_t, 64> lastDscp{};
};

std::string dscpHistogram(const std::array<std::uint64_t, 64> &now,
                          const std::array<std::uint64_t, 64> *before) {
    JsonLine h;
    for (int d = 0; d < 64; ++d) {
        const std::uint64_t n = now[std::size_t(d)] - (before ? (*before)[std::size_t(d)] : 0);
        if (n > 0)
            h.field(std::to_string(d).c_str(), n);
    }
    return h.object();
}

void printFlow(const char *type, Flow &f, double startS, double endS, bool delta) {
    JsonLine line;
    line.field("type", type).field("role", "reflector").field("peer", f.peer.text());
    line.field("session", std::uint64_t(f.session)).field("class_index", unsigned(f.classIndex));
    line.field("sent_dscp", unsigned(f.sentDscp));
    line.field("start_s", startS).field("end_s", endS);
    const std::uint64_t lost = f.tracker.lost();
    line.field("received", f.tracker.received() - (delta ? f.lastReceived : 0));
    line.field("lost", lost >= (delta ? f.lastLost : 0) ? lost - (delta ? f.lastLost : 0) : 0);
    line.field("duplicates", f.tracker.duplicates() - (delta ? f.lastDuplicates : 0));
    line.field("reordered", f.tracker.reordered() - (delta ? f.lastReordered : 0));
    line.field("bytes", f.bytes - (delta ? f.lastBytes : 0));
    line.field("jitter_ms", f.jitter.jitterNs() / 1e6);
    line.field("owd_var_mean_ms", f.jitter.meanDelayVariationNs() / 1e6);
    line.field("owd_var_max_ms", f.jitter.maxDelayVariationNs() / 1e6);
    line.raw("recv_dscp", dscpHistogram(f.dscp, delta ? &f.lastDscp : nullptr));
    line.field("tos_unknown", f.tosUnknown);
    line.print();
    if (delta) {
        f.lastReceived = f.tracker.received();
        f.lastLost = lost;
        f.lastDuplicates = f.tracker.duplicates();
        f.lastReordered = f.tracker.reordered();
        f.lastBytes = f.bytes;
        f.lastDscp = f.dscp;
    }
}

} // namespace

int ProbeReflector::run(const ReflectorOptions &o) {
    UdpSocket socket;
    if (!socket.bind(o.bind) || !socket.enableReceiveInfo()) {
        JsonLine()
            .field("type", "error")
            .field("role", "reflector")
            .field("message", socket.error())
            .print();
        return 2;
    }
    socket.setBuffers(4 << 20);
    const SocketAddress local = socket.localAddress();
    JsonLine()
        .field("type", "listening")
        .field("role", "reflector")
        .field("version", unsigned(ProbeDatagram::Version))
        .field("address", local.text())
        .field("port", unsigned(local.port()))
        .field("pid", std::int64_t(getpid()))
        .print();

    std::vector<std::unique_ptr<Flow>> flows;
    std::uint64_t invalid = 0, refusedJumps = 0, refusedFlows = 0, wrongKind = 0;
    std::vector<std::uint8_t> buffer(ProbeDatagram::MaxSize + 1);
    const std::int64_t start = ProbeClock::monotonicNs();
    const auto intervalNs = std::int64_t(o.intervalS * 1e9);
    std::int64_t nextReport = start + intervalNs;
    std::int64_t lastDatagram = start;
    std::string reason;

    for (;;) {
        const std::int64_t now = ProbeClock::monotonicNs();
        if (ControllerWatch::shouldStop()) {
            reason = ControllerWatch::reason();
            break;
        }
        if (now - lastDatagram > std::int64_t(o.idleTimeoutS * 1e9)) {
            reason = "idle timeout";
            break;
        }
        if (now - start > std::int64_t(o.maxTimeS * 1e9)) {
            reason = "time limit";
            break;
        }
        if (now >= nextReport) {
            const double s = double(nextReport - start) / 1e9;
            for (auto &f : flows)
                if (f->tracker.received() != f->lastReceived ||
                    f->tracker.duplicates() != f->lastDuplicates)
                    printFlow("interval", *f, s - o.intervalS, s, true);
            nextReport += intervalNs;
            continue;
        }
        const int waitMs = int(std::min<std::int64_t>((nextReport - now) / 1000000 + 1, 50));
        pollfd p{socket.fd(), POLLIN, 0};
        if (poll(&p, 1, waitMs) <= 0)
            continue;
        // Bounded batch, then back to the clock, the reports and the controller.
        for (int batch = 0; batch < 4096; ++batch) {
            ReceivedDatagram r;
            if (!socket.receive(buffer.data(), buffer.size(), &r))
                break;
            lastDatagram = ProbeClock::monotonicNs();
            ProbeDatagram d;
            if (ProbeDatagram::decode(buffer.data(), r.size, &d) != ProbeDatagram::Error::None) {
                ++invalid;
                continue;
            }
            if (d.kind != ProbeDatagram::Kind::Probe) {
                ++wrongKind;
                continue;
            }
            Flow *flow = nullptr;
            for (auto &f : flows)
                if (f->session == d.session && f->classIndex == d.classIndex && f->peer == r.from)
                    flow = f.get();
            if (!flow) {
                if (flows.size() >= o.maxFlows) {
                    ++refusedFlows;
                    continue;
                }
                flows.push_back(std::make_unique<Flow>());
                flow = flows.back().get();
                flow->peer = r.from;
                flow->session = d.session;
                flow->classIndex = d.classIndex;
                flow->sentDscp = d.dscp;
            }
            const SequenceTracker::Verdict v = flow->tracker.accept(d.sequence);
            if (v == SequenceTracker::Verdict::Refused) {
                ++refusedJumps;
                continue;
            }
            const std::int64_t receivedNs =
                r.kernelRealtimeNs ? r.kernelRealtimeNs : ProbeClock::realtimeNs();
            if (v != SequenceTracker::Verdict::Duplicate) {
                flow->jitter.add(std::int64_t(d.sendRealtimeNs), receivedNs);
                flow->bytes += r.size;
                if (r.tos >= 0)
                    ++flow->dscp[std::size_t(r.tos >> 2)];
                else
                    ++flow->tosUnknown;
            }
            if (!o.echo)
                continue;
            d.kind = ProbeDatagram::Kind::Echo;
            d.receivedTos = r.tos >= 0 ? std::uint8_t(r.tos) : 0xff;
            d.receiveRealtimeNs = std::uint64_t(receivedNs);
            d.reflectorReceived = flow->tracker.received();
            d.reflectorHighest = flow->tracker.highest();
            d.reflectorDuplicates = std::uint32_t(flow->tracker.duplicates());
            d.reflectorReordered = std::uint32_t(flow->tracker.reordered());
            const double jitter = flow->jitter.jitterNs();
            d.reflectorJitterNs = jitter > 4e9 ? 4000000000u : std::uint32_t(jitter);
            d.encodeEcho(buffer.data(), r.size);
            // The echo goes back in the class it came in, so both directions see the same
            // treatment (a full send buffer drops it: counted by the sender as echo loss).
            socket.send(buffer.data(), r.size, r.from, int(d.dscp) << 2);
        }
    }

    const double endS = double(ProbeClock::monotonicNs() - start) / 1e9;
    for (auto &f : flows)
        printFlow("summary", *f, 0, endS, false);
    JsonLine()
        .field("type", "end")
        .field("role", "reflector")
        .field("reason", reason)
        .field("invalid", invalid)
        .field("wrong_kind", wrongKind)
        .field("refused_sequence_jumps", refusedJumps)
        .field("refused_flows", refusedFlows)
        .print();
    return 0;
}

} // namespace probe

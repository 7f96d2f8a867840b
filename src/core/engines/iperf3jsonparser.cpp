#include "engines/iperf3jsonparser.h"

#include "engines/iperf3impossiblevalues.h"
#include "util/inputlimits.h"
#include "util/jsonerrorlocation.h"
#include "util/wholenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#ifdef PERFDECK_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Iperf3JsonParser {

namespace {

// The interpretation below is written once, against a tiny JSON access interface, so that the
// QJsonObject entry point and the fast byte parser cannot drift apart.
struct QtJson {
    using Node = QJsonValue;

    static Node child(const Node &node, const char *key) {
        return node.toObject().value(QLatin1String(key));
    }
    static bool isObject(const Node &node) { return node.isObject(); }
    static bool isArray(const Node &node) { return node.isArray(); }
    static bool isEmptyObject(const Node &node) { return node.toObject().isEmpty(); }
    static OptDouble number(const Node &node) {
        if (node.isDouble())
            return node.toDouble();
        return std::nullopt;
    }
    static std::optional<bool> boolean(const Node &node) {
        if (node.isBool())
            return node.toBool();
        if (node.isDouble())
            return node.toDouble() != 0;
        return std::nullopt;
    }
    static bool isString(const Node &node) { return node.isString(); }
    static QString string(const Node &node) { return node.toString(); }
    static qsizetype size(const Node &node) { return node.toArray().size(); }
    template<typename F>
    static void forEach(const Node &node, F &&f) {
        const QJsonArray array = node.toArray();
        for (const QJsonValue &v : array)
            f(v);
    }
    template<typename F>
    static void forEachField(const Node &node, F &&f) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            f(std::string_view(key.constData(), size_t(key.size())), it.value());
        }
    }
};

#ifdef PERFDECK_HAVE_SIMDJSON
struct SimdJson {
    struct Node {
        simdjson::dom::element element;
        bool valid = false;
    };

    static Node child(const Node &node, const char *key) {
        if (!node.valid)
            return {};
        simdjson::dom::object object;
        if (node.element.get_object().get(object) != simdjson::SUCCESS)
            return {};
        simdjson::dom::element value;
        if (object.at_key(std::string_view(key)).get(value) != simdjson::SUCCESS)
            return {};
        return {value, true};
    }
    static bool isObject(const Node &node) { return node.valid && node.element.is_object(); }
    static bool isArray(const Node &node) { return node.valid && node.element.is_array(); }
    static bool isEmptyObject(const Node &node) {
        simdjson::dom::object object;
        if (!node.valid || node.element.get_object().get(object) != simdjson::SUCCESS)
            return true;
        return object.begin() == object.end();
    }
    static OptDouble number(const Node &node) {
        double value = 0;
        if (node.valid && node.element.get_double().get(value) == simdjson::SUCCESS)
            return value;
        return std::nullopt;
    }
    static std::optional<bool> boolean(const Node &node) {
        if (!node.valid)
            return std::nullopt;
        bool value = false;
        if (node.element.get_bool().get(value) == simdjson::SUCCESS)
            return value;
        if (const OptDouble n = number(node))
            return *n != 0;
        return std::nullopt;
    }
    static bool isString(const Node &node) { return node.valid && node.element.is_string(); }
    static QString string(const Node &node) {
        std::string_view view;
        if (!node.valid || node.element.get_string().get(view) != simdjson::SUCCESS)
            return {};
        return QString::fromUtf8(view.data(), qsizetype(view.size()));
    }
    static qsizetype size(const Node &node) {
        simdjson::dom::array array;
        if (!node.valid || node.element.get_array().get(array) != simdjson::SUCCESS)
            return 0;
        return qsizetype(array.size());
    }
    template<typename F>
    static void forEach(const Node &node, F &&f) {
        simdjson::dom::array array;
        if (!node.valid || node.element.get_array().get(array) != simdjson::SUCCESS)
            return;
        for (simdjson::dom::element e : array)
            f(Node{e, true});
    }
    template<typename F>
    static void forEachField(const Node &node, F &&f) {
        simdjson::dom::object object;
        if (!node.valid || node.element.get_object().get(object) != simdjson::SUCCESS)
            return;
        for (const simdjson::dom::key_value_pair field : object)
            f(field.key, Node{field.value, true});
    }
};
#endif

// Socket numbers are file descriptors: small non-negative ints.
constexpr long long MaxSocket = 1 << 30;
// iperf3's -t takes at most 86400 s; a bit of room for -O and odd builds.
constexpr double MaxDurationS = 7 * 86400.0;
// 9999-12-31: QDateTime and every reader of the results file handle it.
constexpr long long MaxEpochSeconds = 253402300799LL;

// The note on the run for a value that cannot be what iperf3 measured.
QString impossible(const QString &field, double value) {
    return Tr::tr("%1 = %2 is impossible (ignored)").arg(field, QString::number(value, 'g', 17));
}

OptDouble positive(OptDouble value) {
    if (value && *value > 0)
        return value;
    return std::nullopt;
}

OptDouble addOpt(OptDouble a, OptDouble b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return *a + *b;
}

template<typename J>
class Reader {
public:
    using Node = typename J::Node;

    static OptDouble num(const Node &object, const char *key) {
        return J::number(J::child(object, key));
    }
    static std::optional<bool> flag(const Node &object, const char *key) {
        return J::boolean(J::child(object, key));
    }

    // Stream and sum objects are the bulk of a big document: one pass over their fields is
    // much cheaper than a lookup per key.
    static StreamSample stream(const Node &s) {
        StreamSample out;
        J::forEachField(s, [&](std::string_view key, const Node &v) {
            if (key == "socket") // a file descriptor; -1 marks one that is not (flagged later)
                out.id = int(wholeNumber(J::number(v).value_or(-1), 0, MaxSocket).value_or(-1));
            else if (key == "sender")
                out.sender = J::boolean(v).value_or(true);
            else if (key == "bits_per_second")
                out.bps = J::number(v);
            else if (key == "bytes")
                out.bytes = J::number(v);
            else if (key == "retransmits")
                out.retransmits = J::number(v);
            // TCP_INFO reports 0 where it measured nothing (a receiving socket): not a value.
            else if (key == "snd_cwnd")
                out.sndCwndBytes = positive(J::number(v));
            else if (key == "rtt")
                out.rttUs = positive(J::number(v));
            else if (key == "jitter_ms")
                out.jitterMs = J::number(v);
            else if (key == "lost_packets")
                out.lostPackets = J::number(v);
            else if (key == "packets")
                out.packets = J::number(v);
        });
        return out;
    }

    static void fillFromSum(IntervalSample &out, const Node &sum) {
        OptDouble start;
        OptDouble end;
        J::forEachField(sum, [&](std::string_view key, const Node &v) {
            if (key == "start")
                start = J::number(v);
            else if (key == "end")
                end = J::number(v);
            else if (key == "bits_per_second")
                out.bps = J::number(v);
            else if (key == "bytes")
                out.bytes = J::number(v);
            else if (key == "retransmits")
                out.retransmits = J::number(v);
            else if (key == "jitter_ms")
                out.jitterMs = J::number(v);
            else if (key == "lost_packets")
                out.lostPackets = J::number(v);
            else if (key == "packets")
                out.packets = J::number(v);
            else if (key == "lost_percent")
                out.lostPercent = J::number(v);
            else if (key == "omitted")
                out.omitted = J::boolean(v).value_or(false);
        });
        out.startS = start.value_or(0);
        out.endS = end.value_or(out.startS);
    }

    static IntervalSample interval(const Node &node, std::optional<bool> *forwardBySender = nullptr,
                                   std::optional<bool> *reverseBySender = nullptr,
                                   qsizetype *streamsFound = nullptr) {
        IntervalSample out;
        const Node sum = J::child(node, "sum");
        const Node reverse = J::child(node, "sum_bidir_reverse");
        const Node streams = J::child(node, "streams");
        const bool bidir = J::isObject(reverse);
        const std::optional<bool> forwardSender = flag(sum, "sender");
        if (forwardBySender)
            *forwardBySender = forwardSender;
        if (reverseBySender && bidir)
            *reverseBySender = flag(reverse, "sender");

        const qsizetype streamCount = J::size(streams);
        if (streamsFound)
            *streamsFound = std::max(*streamsFound, streamCount);
        out.streams.reserve(std::min(streamCount, InputLimits::MaxStreams));
        J::forEach(streams, [&](const Node &s) {
            // More sockets than iperf3 can open: a hostile or broken document (InputLimits).
            if (out.streams.size() + out.reverseStreams.size() >= InputLimits::MaxStreams)
                return;
            StreamSample sample = stream(s);
            if (bidir && forwardSender && sample.sender != *forwardSender)
                out.reverseStreams.append(sample);
            else
                out.streams.append(sample);
        });

        if (J::isObject(sum)) {
            fillFromSum(out, sum);
        } else if (out.streams.size() == 1) {
            // Very old versions wrote no "sum" for a single stream.
            const Node first = [&] {
                Node f{};
                J::forEach(streams, [&](const Node &s) { f = s; });
                return f;
            }();
            fillFromSum(out, first);
        }
        if (bidir)
            out.reverseBps = num(reverse, "bits_per_second");

        // The window in flight is the sum over streams; the RTT is their mean.
        OptDouble cwnd;
        double rttTotal = 0;
        int rttCount = 0;
        for (const StreamSample &s : std::as_const(out.streams)) {
            cwnd = addOpt(cwnd, s.sndCwndBytes);
            if (s.rttUs) {
                rttTotal += *s.rttUs;
                ++rttCount;
            }
        }
        out.sndCwndBytes = cwnd;
        if (rttCount > 0)
            out.rttUs = rttTotal / rttCount;
        return out;
    }

    // One entry of end.streams: {"sender":{...},"receiver":{...}} for TCP, {"udp":{...}} for UDP.
    struct EndStream {
        Node sender;
        Node receiver;
        Node udp;
        std::optional<bool> localSends;
    };

    static QList<EndStream> endStreams(const Node &end) {
        QList<EndStream> list;
        J::forEach(J::child(end, "streams"), [&](const Node &entry) {
            if (list.size() >= InputLimits::MaxStreams)
                return;
            EndStream es;
            es.sender = J::child(entry, "sender");
            es.receiver = J::child(entry, "receiver");
            es.udp = J::child(entry, "udp");
            if (J::isObject(es.sender))
                es.localSends = flag(es.sender, "sender");
            else if (J::isObject(es.udp))
                es.localSends = flag(es.udp, "sender");
            else if (J::isObject(es.receiver))
                es.localSends = flag(es.receiver, "sender");
            list.append(es);
        });
        return list;
    }

    // A side writes 0 for totals it never learnt; zero next to a counterpart with data is unknown.
    static bool totalKnown(const Node &sum, const Node &counterpart) {
        if (!J::isObject(sum))
            return false;
        const double bytes = num(sum, "bytes").value_or(0);
        const double bps = num(sum, "bits_per_second").value_or(0);
        if (bytes == 0 && bps == 0 && num(counterpart, "bytes").value_or(0) > 0)
            return false;
        return true;
    }

    static Summary summary(const Node &sent, const Node &received, const Node &udpLegacySum,
                           const QList<EndStream> &streams, bool udp, const Node &cpu) {
        Summary s;
        const bool sentKnown = totalKnown(sent, received);
        const bool receivedKnown = totalKnown(received, sent);
        if (sentKnown) {
            s.sentBps = num(sent, "bits_per_second");
            s.sentBytes = num(sent, "bytes");
            if (!udp)
                s.retransmits = num(sent, "retransmits");
        }
        if (receivedKnown) {
            s.receivedBps = num(received, "bits_per_second");
            s.receivedBytes = num(received, "bytes");
            s.throughputBps = s.receivedBps;
        }
        if (udp) {
            // The receiver's view of loss and jitter: sum_received, or "sum" before 3.?? split.
            Node view = receivedKnown ? received : Node{};
            if (!J::isObject(view) && !J::isObject(received) && J::isObject(udpLegacySum)) {
                view = udpLegacySum;
                s.throughputBps = num(view, "bits_per_second");
                s.receivedBps = s.throughputBps;
            }
            if (J::isObject(view)) {
                s.jitterMs = num(view, "jitter_ms");
                s.lostPackets = num(view, "lost_packets");
                s.packets = num(view, "packets");
                s.lostPercent = num(view, "lost_percent");
                for (const EndStream &es : streams)
                    s.outOfOrder = addOpt(s.outOfOrder, num(es.udp, "out_of_order"));
            }
        }
        if (!udp) {
            double rttTotal = 0;
            int rttCount = 0;
            for (const EndStream &es : streams) {
                if (!es.localSends.value_or(false))
                    continue; // RTT/cwnd are the receiving socket's here, not the sender's
                if (const OptDouble mean = positive(num(es.sender, "mean_rtt"))) {
                    rttTotal += *mean;
                    ++rttCount;
                }
                if (const OptDouble v = positive(num(es.sender, "min_rtt")))
                    s.rttMinUs = s.rttMinUs ? std::min(*s.rttMinUs, *v) : *v;
                if (const OptDouble v = positive(num(es.sender, "max_rtt")))
                    s.rttMaxUs = s.rttMaxUs ? std::max(*s.rttMaxUs, *v) : *v;
                if (const OptDouble v = positive(num(es.sender, "max_snd_cwnd")))
                    s.maxSndCwndBytes = s.maxSndCwndBytes ? std::max(*s.maxSndCwndBytes, *v) : *v;
            }
            if (rttCount > 0)
                s.rttMeanUs = rttTotal / rttCount;
        }
        if (J::isObject(cpu)) {
            s.cpuLocalPercent = num(cpu, "host_total");
            const OptDouble remote = num(cpu, "remote_total");
            // A server never learns the client's CPU and writes zeros.
            const bool remoteUnknown = remote.value_or(0) == 0 &&
                                       num(cpu, "remote_user").value_or(0) == 0 &&
                                       num(cpu, "remote_system").value_or(0) == 0;
            if (!remoteUnknown)
                s.cpuRemotePercent = remote;
        }
        return s;
    }

    // For documents that stop before "end": totals from the complete, non-omitted intervals.
    static bool summaryFromIntervals(Summary &s, const QList<IntervalSample> &intervals,
                                     bool reverse, std::optional<bool> bySender) {
        double bytes = 0;
        double seconds = 0;
        OptDouble retransmits;
        int used = 0;
        for (const IntervalSample &i : intervals) {
            if (i.omitted)
                continue;
            double b = 0;
            if (reverse) {
                if (!i.reverseBps)
                    continue;
                b = *i.reverseBps * (i.endS - i.startS) / 8;
            } else {
                if (!i.bytes)
                    continue;
                b = *i.bytes;
                retransmits = addOpt(retransmits, i.retransmits);
            }
            bytes += b;
            seconds += i.endS - i.startS;
            ++used;
        }
        if (used == 0 || seconds <= 0)
            return false;
        const double bps = bytes * 8 / seconds;
        if (bySender.value_or(true)) {
            s.sentBps = bps;
            s.sentBytes = bytes;
            if (!reverse)
                s.retransmits = retransmits;
        } else {
            s.receivedBps = bps;
            s.receivedBytes = bytes;
            s.throughputBps = bps;
        }
        return true;
    }

    static QString hostPort(const QString &host, OptDouble port) {
        if (host.isEmpty())
            return {};
        const QString h = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
                              ? QLatin1Char('[') + host + QLatin1Char(']')
                              : host;
        const auto number = port ? wholeNumber(*port, 0, 65535) : std::nullopt;
        if (!number)
            return h;
        return h + QLatin1Char(':') + QString::number(*number);
    }

    static Iperf3ParseOutcome document(const Node &root) {
        Iperf3ParseOutcome outcome;
        if (!J::isObject(root)) {
            outcome.parseError =
                Tr::tr("not an iperf3 JSON document (the top level is not an object)");
            return outcome;
        }
        const Node start = J::child(root, "start");
        if (!J::isObject(start)) {
            outcome.parseError = Tr::tr("not an iperf3 JSON document (no \"start\" object)");
            return outcome;
        }
        const Node intervalsNode = J::child(root, "intervals");
        const Node end = J::child(root, "end");
        const Node errorNode = J::child(root, "error");
        if (!J::isArray(intervalsNode) && !J::isObject(end) && !J::isString(errorNode)) {
            outcome.parseError =
                Tr::tr("not an iperf3 JSON document (no \"intervals\", \"end\" or \"error\")");
            return outcome;
        }
        outcome.parsed = true;
        RunResult &run = outcome.run;
        run.engine = Engine::Iperf3;
        run.toolVersion = J::string(J::child(start, "version"));

        const Node accepted = J::child(start, "accepted_connection");
        const bool serverSide = J::isObject(accepted);
        const Node testStart = J::child(start, "test_start");
        const QString protocolName = J::string(J::child(testStart, "protocol"));
        const bool udp = protocolName.compare(QLatin1String("UDP"), Qt::CaseInsensitive) == 0;
        run.protocol = udp ? Protocol::Udp : Protocol::Tcp;
        if (!protocolName.isEmpty() && !udp &&
            protocolName.compare(QLatin1String("TCP"), Qt::CaseInsensitive) != 0)
            run.warnings << Tr::tr("protocol %1 recorded as tcp").arg(protocolName);

        const bool reverse = flag(testStart, "reverse").value_or(false);
        bool bidir = flag(testStart, "bidir").value_or(false) ||
                     J::isObject(J::child(end, "sum_sent_bidir_reverse"));
        {
            // 3.12 does not write test_start.bidir: the interval sums tell.
            Node firstInterval{};
            bool seen = false;
            J::forEach(intervalsNode, [&](const Node &n) {
                if (!seen)
                    firstInterval = n;
                seen = true;
            });
            if (seen && J::isObject(J::child(firstInterval, "sum_bidir_reverse")))
                bidir = true;
        }
        run.direction = bidir ? Direction::Bidir : (reverse ? Direction::Receive : Direction::Send);
        if (const OptDouble n = num(testStart, "num_streams")) {
            // iperf3 allows -P 1..128; --bidir doubles the sockets, not num_streams.
            if (const auto streams = wholeNumber(*n, 1, 128))
                run.streams = int(*streams);
            else
                run.warnings << impossible(QStringLiteral("start.test_start.num_streams"), *n);
        }
        if (const OptDouble d = num(testStart, "duration"); d && *d > 0) {
            if (std::isfinite(*d) && *d <= MaxDurationS)
                run.durationS = d;
            else
                run.warnings << impossible(QStringLiteral("start.test_start.duration"), *d);
        }
        if (const OptDouble t = num(J::child(start, "timestamp"), "timesecs")) {
            if (const auto secs = wholeNumber(std::floor(*t), 0, MaxEpochSeconds))
                run.startedAt = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
            else
                run.warnings << impossible(QStringLiteral("start.timestamp.timesecs"), *t);
        }
        for (const char *key : {"local_port", "remote_port"}) {
            J::forEach(J::child(start, "connected"), [&](const Node &c) {
                const OptDouble port = num(c, key);
                if (port && !wholeNumber(*port, 0, 65535))
                    run.warnings << impossible(
                        QStringLiteral("start.connected[].%1").arg(QLatin1String(key)), *port);
            });
        }
        if (const OptDouble port = num(J::child(start, "connecting_to"), "port");
            port && !wholeNumber(*port, 0, 65535))
            run.warnings << impossible(QStringLiteral("start.connecting_to.port"), *port);

        Node firstConnected{};
        bool haveConnected = false;
        J::forEach(J::child(start, "connected"), [&](const Node &c) {
            if (!haveConnected)
                firstConnected = c;
            haveConnected = true;
        });
        const QString local = haveConnected
                                  ? hostPort(J::string(J::child(firstConnected, "local_host")),
                                             num(firstConnected, "local_port"))
                                  : QString();
        const QString remote = haveConnected
                                   ? hostPort(J::string(J::child(firstConnected, "remote_host")),
                                              num(firstConnected, "remote_port"))
                                   : QString();
        if (serverSide) {
            run.server = local;
            run.client = hostPort(J::string(J::child(accepted, "host")), num(accepted, "port"));
            if (run.client.isEmpty())
                run.client = remote;
        } else {
            const Node connecting = J::child(start, "connecting_to");
            run.client = local;
            run.server = hostPort(J::string(J::child(connecting, "host")), num(connecting, "port"));
            if (run.server.isEmpty())
                run.server = remote;
        }

        std::optional<bool> forwardBySender;
        std::optional<bool> reverseBySender;
        const qsizetype intervalCount = J::size(intervalsNode);
        qsizetype streamsFound = J::size(J::child(end, "streams"));
        run.intervals.reserve(std::min(intervalCount, InputLimits::MaxIntervals));
        J::forEach(intervalsNode, [&](const Node &n) {
            if (run.intervals.size() < InputLimits::MaxIntervals)
                run.intervals.append(
                    interval(n, &forwardBySender, &reverseBySender, &streamsFound));
        });
        QStringList limitErrors;
        if (intervalCount > InputLimits::MaxIntervals)
            limitErrors << InputLimits::tooManyIntervals() + QLatin1String(": the first ") +
                               InputLimits::count(InputLimits::MaxIntervals) +
                               QLatin1String(" are kept");
        if (streamsFound > InputLimits::MaxStreams)
            limitErrors << InputLimits::tooManyStreams(streamsFound) +
                               QLatin1String(": the first ") +
                               InputLimits::count(InputLimits::MaxStreams) +
                               QLatin1String(" are kept");

        const QList<EndStream> allStreams = endStreams(end);
        QList<EndStream> forwardStreams;
        QList<EndStream> reverseStreams;
        for (const EndStream &es : allStreams) {
            // Client->server streams are the client's sending ones and the server's receiving.
            if (bidir && es.localSends && *es.localSends == serverSide)
                reverseStreams.append(es);
            else
                forwardStreams.append(es);
        }
        const Node cpu = J::child(end, "cpu_utilization_percent");
        const Node sumSent = J::child(end, "sum_sent");
        const Node sumReceived = J::child(end, "sum_received");
        const Node legacySum = J::child(end, "sum");
        const bool endHasTotals =
            J::isObject(sumSent) || J::isObject(sumReceived) || J::isObject(legacySum);
        run.summary = summary(sumSent, sumReceived, legacySum, forwardStreams, udp, cpu);
        if (bidir) {
            run.reverseSummary =
                summary(J::child(end, "sum_sent_bidir_reverse"),
                        J::child(end, "sum_received_bidir_reverse"),
                        J::child(end, "sum_bidir_reverse"), reverseStreams, udp, cpu);
        }
        if (!endHasTotals && !run.intervals.isEmpty()) {
            if (summaryFromIntervals(run.summary, run.intervals, false, forwardBySender))
                run.warnings << Tr::tr("no end totals in the document: summary computed "
                                       "from %1 intervals")
                                    .arg(run.intervals.size());
            if (bidir)
                summaryFromIntervals(*run.reverseSummary, run.intervals, true, reverseBySender);
        }
        if (serverSide && reverse && !run.summary.throughputBps)
            run.warnings << Tr::tr("server side of a -R test: the receiver's totals are "
                                   "not in this document (sent_bps is the sender's)");

        const QString error = J::string(errorNode);
        if (!error.isEmpty()) {
            run.error = error;
            run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
        } else if (!endHasTotals) {
            run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
            run.error = run.intervals.isEmpty() ? Tr::tr("iperf3 reported no results")
                                                : Tr::tr("the test did not finish (no end totals)");
        }
        if (!limitErrors.isEmpty()) {
            // Past a limit the run keeps what was read but is no longer complete.
            limitErrors.prepend(run.error);
            limitErrors.removeAll(QString());
            run.error = limitErrors.join(QLatin1String("; "));
            if (run.status == RunStatus::Ok)
                run.status = RunStatus::Partial;
        }
        Iperf3ImpossibleValues::check(run);
        return outcome;
    }
};

#ifdef PERFDECK_HAVE_SIMDJSON
// Documents up to this size (a 10-minute -P 8 run is about 8 MB) reuse the thread's buffers.
constexpr size_t MaxRetainedParserCapacity = size_t(16) << 20;
#endif

int trailingContentEnd(const QByteArray &bytes) {
    int n = int(bytes.size());
    while (n > 0 && (bytes.at(n - 1) == ' ' || bytes.at(n - 1) == '\n' || bytes.at(n - 1) == '\r' ||
                     bytes.at(n - 1) == '\t'))
        --n;
    return n;
}

// What a scan of the brackets says about a document that failed to parse.
struct BracketScan {
    bool open = false;            // the data ends inside a string, object or array
    qsizetype lastStructural = 0; // offset of the last { [ , : ] } outside strings
    QByteArray closed;            // cut after the last complete nested value, brackets closed
};

// Cutting after the last complete nested value and closing the open brackets lets the
// complete intervals before a truncation still be read. Linear in the data however deep it
// nests: the closers at the cut are the bottom of the stack, which only grows after the cut.
BracketScan scanBrackets(const QByteArray &bytes) {
    BracketScan scan;
    std::string stack;
    qsizetype cut = -1;
    size_t depthAtCut = 0;
    // A closer that empties the stack would let later openers overwrite the bottom that the
    // cut needs; those closers (at most one level deep) are kept aside then.
    std::string closersKept;
    bool kept = false;
    bool inString = false;
    bool escaped = false;
    bool balanced = true;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            stack.push_back(c == '{' ? '}' : ']');
            scan.lastStructural = i;
            break;
        case ',':
        case ':':
            scan.lastStructural = i;
            break;
        case '}':
        case ']':
            scan.lastStructural = i;
            if (stack.empty() || stack.back() != c) {
                balanced = false;
                break;
            }
            if (stack.size() == 1 && cut > 0) {
                closersKept.assign(stack.rend() - qsizetype(depthAtCut), stack.rend());
                kept = true;
            }
            stack.pop_back();
            if (!stack.empty()) {
                cut = i + 1;
                depthAtCut = stack.size();
                kept = false;
            }
            break;
        default:
            break;
        }
        if (!balanced)
            break;
    }
    scan.open = balanced && (inString || !stack.empty());
    if (scan.open && cut > 0) {
        const std::string closers =
            kept ? closersKept : std::string(stack.rend() - qsizetype(depthAtCut), stack.rend());
        scan.closed = bytes.left(cut) + QByteArray::fromStdString(closers);
    }
    return scan;
}

Iperf3ParseOutcome parseWithQt(const QByteArray &bytes) {
    Iperf3ParseOutcome outcome;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error == QJsonParseError::NoError)
        return Reader<QtJson>::document(doc.isObject() ? QJsonValue(doc.object())
                                                       : QJsonValue(QJsonValue::Null));

    const int contentEnd = trailingContentEnd(bytes);
    const BracketScan scan = scanBrackets(bytes.left(contentEnd));
    // Open brackets at the end and an error in the last token: the data stops early.
    outcome.truncated = scan.open && pe.offset >= scan.lastStructural;
    const bool startsLikeJson = contentEnd > 0 && (bytes.trimmed().startsWith('{'));
    if (outcome.truncated && startsLikeJson) {
        outcome.parseError = Tr::tr("%1: unexpected end of data (the file looks "
                                    "truncated)")
                                 .arg(jsonErrorLocation(bytes, int(bytes.size())));
        const QByteArray &closed = scan.closed;
        if (!closed.isEmpty()) {
            const QJsonDocument repaired = QJsonDocument::fromJson(closed);
            if (repaired.isObject()) {
                Iperf3ParseOutcome salvage =
                    Reader<QtJson>::document(QJsonValue(repaired.object()));
                if (salvage.parsed && !salvage.run.intervals.isEmpty()) {
                    outcome.recovered = true;
                    outcome.run = std::move(salvage.run);
                    outcome.run.status = RunStatus::Partial;
                    const QString cut =
                        Tr::tr("the document is truncated at %1; %2 complete intervals "
                               "kept")
                            .arg(jsonErrorLocation(bytes, int(bytes.size())))
                            .arg(outcome.run.intervals.size());
                    outcome.run.error = outcome.run.error.isEmpty()
                                            ? cut
                                            : outcome.run.error + QLatin1String("; ") + cut;
                }
            }
        }
    } else if (!startsLikeJson) {
        outcome.parseError = QStringLiteral("not JSON (%1: %2)")
                                 .arg(jsonErrorLocation(bytes, pe.offset), jsonErrorText(pe));
    } else {
        outcome.parseError =
            QStringLiteral("%1: %2").arg(jsonErrorLocation(bytes, pe.offset), jsonErrorText(pe));
    }
    return outcome;
}

} // namespace

namespace {

Iperf3ParseOutcome parseBytes(const QByteArray &bytes) {
#ifdef PERFDECK_HAVE_SIMDJSON
    // One parser per thread keeps its buffers between calls, as simdjson recommends; a big
    // document's buffers (several times its size) are released once it has been read, so a
    // worker thread does not hold hundreds of MB for its whole life.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    const bool padded = bytes.capacity() - bytes.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const simdjson::error_code error =
        parser.parse(bytes.constData(), size_t(bytes.size()), !padded).get(root);
    if (error == simdjson::SUCCESS) {
        Iperf3ParseOutcome outcome = Reader<SimdJson>::document(SimdJson::Node{root, true});
        if (parser.capacity() > MaxRetainedParserCapacity)
            parser = simdjson::dom::parser();
        return outcome;
    }
    if (parser.capacity() > MaxRetainedParserCapacity)
        parser = simdjson::dom::parser();
        // Failures are rare: Qt's parser tells where the problem is.
#endif
    return parseWithQt(bytes);
}

// The offset just past the first complete top-level object, or -1 when there is none.
qsizetype firstObjectEnd(const QByteArray &bytes) {
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        } else if (depth < 0) {
            return -1;
        }
    }
    return -1;
}

// iperf3 builds with old cJSON print nan, -nan, inf for divisions by zero (esnet/iperf#613,
// #826), which is not JSON. Outside strings they become null; returns how many.
int nullNonFiniteTokens(QByteArray *bytes) {
    QByteArray out;
    out.reserve(bytes->size());
    int replaced = 0;
    bool inString = false;
    bool escaped = false;
    const qsizetype n = bytes->size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes->at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            out.append(c);
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        const qsizetype j = i + (c == '-' || c == '+' ? 1 : 0);
        const char lead = j < n ? char(std::tolower(uchar(bytes->at(j)))) : '\0';
        if (lead != 'n' && lead != 'i') {
            out.append(c);
            continue;
        }
        const QByteArray word = bytes->mid(j, 8).toLower();
        qsizetype length = 0;
        if (word.startsWith("nan"))
            length = 3;
        else if (word.startsWith("infinity"))
            length = 8;
        else if (word.startsWith("inf"))
            length = 3;
        const bool boundary =
            length > 0 && (j + length >= n || !std::isalnum(uchar(bytes->at(j + length))));
        if (boundary) {
            out.append("null");
            ++replaced;
            i = j + length - 1;
            continue;
        }
        out.append(c);
    }
    if (replaced > 0)
        *bytes = out;
    return replaced;
}

} // namespace

Iperf3ParseOutcome parse(const QByteArray &bytes) {
    if (trailingContentEnd(bytes) == 0) {
        Iperf3ParseOutcome outcome;
        outcome.parseError =
            Tr::tr("empty file (iperf3 printed nothing: was it killed before the end?)");
        return outcome;
    }
    Iperf3ParseOutcome outcome = parseBytes(bytes);
    if (outcome.parsed || outcome.truncated)
        return outcome;

    // Defects of iperf3's own output that users meet: repaired, and said on the run.
    QStringList notes;
    QByteArray repaired = bytes;
    const qsizetype end = firstObjectEnd(repaired);
    if (end > 0 && end < trailingContentEnd(repaired)) {
        const QByteArray rest = repaired.mid(end).trimmed();
        const QByteArray first = repaired.left(end);
        if (rest.startsWith('{')) {
            notes << (rest == first.trimmed()
                          ? Tr::tr("iperf3 printed its JSON document twice (a bug of "
                                   "3.16 and 3.17, esnet/iperf#1688 and #1716); the "
                                   "second copy was ignored")
                          : Tr::tr("a second JSON document follows the first one at "
                                   "%1; only the first was read")
                                .arg(jsonErrorLocation(bytes, end)));
        } else {
            // esnet/iperf#1143, #1631: an error printed as plain text after the JSON.
            QString text = QString::fromUtf8(rest.left(512)).simplified();
            notes << Tr::tr("iperf3 printed text after its JSON (esnet/iperf#1143, "
                            "#1631): \"%1\"")
                         .arg(text);
        }
        repaired = first;
    }
    if (const int count = nullNonFiniteTokens(&repaired); count > 0)
        notes << Tr::tr("iperf3 wrote %1 value(s) as nan or inf, which is not JSON "
                        "(esnet/iperf#613, #826); they are null")
                     .arg(count);
    if (notes.isEmpty())
        return outcome;
    Iperf3ParseOutcome second = parseBytes(repaired);
    if (!second.parsed)
        return outcome; // the original error says where the real problem is
    for (const QString &note : std::as_const(notes)) {
        second.run.warnings << note;
        // A failure iperf3 only printed as text still is a failure of the run.
        if (note.contains(QLatin1String("error -")) && !note.contains(QLatin1String("no error")) &&
            second.run.error.isEmpty()) {
            second.run.error = note.section(QLatin1String(": \""), 1).chopped(1);
            if (second.run.status == RunStatus::Ok)
                second.run.status =
                    second.run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
        }
    }
    return second;
}

Iperf3ParseOutcome parseDocument(const QJsonObject &document) {
    return Reader<QtJson>::document(QJsonValue(document));
}

IntervalSample parseInterval(const QJsonObject &interval) {
    return Reader<QtJson>::interval(QJsonValue(interval));
}

bool looksLikeIperf3Json(const QByteArray &bytes) {
    const QByteArray head = bytes.left(4096);
    const int brace = int(head.indexOf('{'));
    if (brace < 0 || !head.left(brace).trimmed().isEmpty())
        return false;
    return head.contains("\"start\"") &&
           (head.contains("\"version\"") || head.contains("\"connected\""));
}

} // namespace Perfdeck::Iperf3JsonParser

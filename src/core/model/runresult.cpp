#include "model/runresult.h"

#include "qos/patternphases.h"
#include "util/inputlimits.h"
#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QJsonValue optToJson(const OptDouble &value) {
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*value);
}

OptDouble optFromJson(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

namespace {

void putOpt(QJsonObject &o, const char *key, const OptDouble &value) {
    o.insert(QLatin1String(key), optToJson(value));
}

OptDouble getOpt(const QJsonObject &o, const char *key) {
    return optFromJson(o.value(QLatin1String(key)));
}

} // namespace

bool LatencyStats::isEmpty() const {
    return !mean && !p50 && !p90 && !p99 && !min && !max && !stddev;
}

QJsonObject LatencyStats::toJson() const {
    QJsonObject o;
    putOpt(o, "mean", mean);
    putOpt(o, "p50", p50);
    putOpt(o, "p90", p90);
    putOpt(o, "p99", p99);
    putOpt(o, "min", min);
    putOpt(o, "max", max);
    putOpt(o, "stddev", stddev);
    return o;
}

// Keys in QJsonObject's order (sorted), so the text equals QJsonDocument's.
void LatencyStats::writeJson(JsonWriter &w) const {
    w.beginObject();
    w.optionalMember(QLatin1StringView("max"), max);
    w.optionalMember(QLatin1StringView("mean"), mean);
    w.optionalMember(QLatin1StringView("min"), min);
    w.optionalMember(QLatin1StringView("p50"), p50);
    w.optionalMember(QLatin1StringView("p90"), p90);
    w.optionalMember(QLatin1StringView("p99"), p99);
    w.optionalMember(QLatin1StringView("stddev"), stddev);
    w.endObject();
}

LatencyStats LatencyStats::fromJson(const QJsonObject &o) {
    LatencyStats l;
    l.mean = getOpt(o, "mean");
    l.p50 = getOpt(o, "p50");
    l.p90 = getOpt(o, "p90");
    l.p99 = getOpt(o, "p99");
    l.min = getOpt(o, "min");
    l.max = getOpt(o, "max");
    l.stddev = getOpt(o, "stddev");
    return l;
}

QJsonObject Summary::toJson() const {
    QJsonObject o;
    putOpt(o, "throughput_bps", throughputBps);
    putOpt(o, "sent_bps", sentBps);
    putOpt(o, "received_bps", receivedBps);
    putOpt(o, "sent_bytes", sentBytes);
    putOpt(o, "received_bytes", receivedBytes);
    putOpt(o, "retransmits", retransmits);
    putOpt(o, "jitter_ms", jitterMs);
    putOpt(o, "lost_packets", lostPackets);
    putOpt(o, "packets", packets);
    putOpt(o, "lost_percent", lostPercent);
    putOpt(o, "out_of_order", outOfOrder);
    putOpt(o, "rtt_mean_us", rttMeanUs);
    putOpt(o, "rtt_min_us", rttMinUs);
    putOpt(o, "rtt_max_us", rttMaxUs);
    putOpt(o, "max_snd_cwnd_bytes", maxSndCwndBytes);
    putOpt(o, "cpu_local_percent", cpuLocalPercent);
    putOpt(o, "cpu_remote_percent", cpuRemotePercent);
    putOpt(o, "transactions_per_s", transactionsPerS);
    o.insert(QLatin1String("latency_us"),
             latencyUs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(latencyUs.toJson()));
    return o;
}

void Summary::writeJson(JsonWriter &w) const {
    w.beginObject();
    w.optionalMember(QLatin1StringView("cpu_local_percent"), cpuLocalPercent);
    w.optionalMember(QLatin1StringView("cpu_remote_percent"), cpuRemotePercent);
    w.optionalMember(QLatin1StringView("jitter_ms"), jitterMs);
    w.key(QLatin1StringView("latency_us"));
    if (latencyUs.isEmpty())
        w.null();
    else
        latencyUs.writeJson(w);
    w.optionalMember(QLatin1StringView("lost_packets"), lostPackets);
    w.optionalMember(QLatin1StringView("lost_percent"), lostPercent);
    w.optionalMember(QLatin1StringView("max_snd_cwnd_bytes"), maxSndCwndBytes);
    w.optionalMember(QLatin1StringView("out_of_order"), outOfOrder);
    w.optionalMember(QLatin1StringView("packets"), packets);
    w.optionalMember(QLatin1StringView("received_bps"), receivedBps);
    w.optionalMember(QLatin1StringView("received_bytes"), receivedBytes);
    w.optionalMember(QLatin1StringView("retransmits"), retransmits);
    w.optionalMember(QLatin1StringView("rtt_max_us"), rttMaxUs);
    w.optionalMember(QLatin1StringView("rtt_mean_us"), rttMeanUs);
    w.optionalMember(QLatin1StringView("rtt_min_us"), rttMinUs);
    w.optionalMember(QLatin1StringView("sent_bps"), sentBps);
    w.optionalMember(QLatin1StringView("sent_bytes"), sentBytes);
    w.optionalMember(QLatin1StringView("throughput_bps"), throughputBps);
    w.optionalMember(QLatin1StringView("transactions_per_s"), transactionsPerS);
    w.endObject();
}

Summary Summary::fromJson(const QJsonObject &o) {
    Summary s;
    s.throughputBps = getOpt(o, "throughput_bps");
    s.sentBps = getOpt(o, "sent_bps");
    s.receivedBps = getOpt(o, "received_bps");
    s.sentBytes = getOpt(o, "sent_bytes");
    s.receivedBytes = getOpt(o, "received_bytes");
    s.retransmits = getOpt(o, "retransmits");
    s.jitterMs = getOpt(o, "jitter_ms");
    s.lostPackets = getOpt(o, "lost_packets");
    s.packets = getOpt(o, "packets");
    s.lostPercent = getOpt(o, "lost_percent");
    s.outOfOrder = getOpt(o, "out_of_order");
    s.rttMeanUs = getOpt(o, "rtt_mean_us");
    s.rttMinUs = getOpt(o, "rtt_min_us");
    s.rttMaxUs = getOpt(o, "rtt_max_us");
    s.maxSndCwndBytes = getOpt(o, "max_snd_cwnd_bytes");
    s.cpuLocalPercent = getOpt(o, "cpu_local_percent");
    s.cpuRemotePercent = getOpt(o, "cpu_remote_percent");
    s.transactionsPerS = getOpt(o, "transactions_per_s");
    s.latencyUs = LatencyStats::fromJson(o.value(QLatin1String("latency_us")).toObject());
    return s;
}

QJsonObject StreamSample::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("sender"), sender);
    putOpt(o, "bps", bps);
    putOpt(o, "bytes", bytes);
    putOpt(o, "retransmits", retransmits);
    putOpt(o, "snd_cwnd_bytes", sndCwndBytes);
    putOpt(o, "rtt_us", rttUs);
    putOpt(o, "jitter_ms", jitterMs);
    putOpt(o, "lost_packets", lostPackets);
    putOpt(o, "packets", packets);
    return o;
}

void StreamSample::writeJson(JsonWriter &w) const {
    w.beginObject(JsonWriter::Layout::Line);
    w.optionalMember(QLatin1StringView("bps"), bps);
    w.optionalMember(QLatin1StringView("bytes"), bytes);
    w.member(QLatin1StringView("id"), id);
    w.optionalMember(QLatin1StringView("jitter_ms"), jitterMs);
    w.optionalMember(QLatin1StringView("lost_packets"), lostPackets);
    w.optionalMember(QLatin1StringView("packets"), packets);
    w.optionalMember(QLatin1StringView("retransmits"), retransmits);
    w.optionalMember(QLatin1StringView("rtt_us"), rttUs);
    w.member(QLatin1StringView("sender"), sender);
    w.optionalMember(QLatin1StringView("snd_cwnd_bytes"), sndCwndBytes);
    w.endObject();
}

StreamSample StreamSample::fromJson(const QJsonObject &o) {
    StreamSample s;
    s.id = o.value(QLatin1String("id")).toInt();
    s.sender = o.value(QLatin1String("sender")).toBool(true);
    s.bps = getOpt(o, "bps");
    s.bytes = getOpt(o, "bytes");
    s.retransmits = getOpt(o, "retransmits");
    s.sndCwndBytes = getOpt(o, "snd_cwnd_bytes");
    s.rttUs = getOpt(o, "rtt_us");
    s.jitterMs = getOpt(o, "jitter_ms");
    s.lostPackets = getOpt(o, "lost_packets");
    s.packets = getOpt(o, "packets");
    return s;
}

namespace {

QJsonArray streamsToJson(const QList<StreamSample> &streams) {
    QJsonArray a;
    for (const StreamSample &s : streams)
        a.append(s.toJson());
    return a;
}

QList<StreamSample> streamsFromJson(const QJsonValue &value) {
    QList<StreamSample> list;
    const QJsonArray a = value.toArray();
    // RunResult::fromJson refuses more; they are never held in memory.
    const qsizetype n = std::min(a.size(), InputLimits::MaxStreams);
    list.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        list.append(StreamSample::fromJson(a.at(i).toObject()));
    return list;
}

} // namespace

QJsonObject IntervalSample::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("start_s"), startS);
    o.insert(QLatin1String("end_s"), endS);
    putOpt(o, "bps", bps);
    putOpt(o, "bytes", bytes);
    putOpt(o, "retransmits", retransmits);
    putOpt(o, "snd_cwnd_bytes", sndCwndBytes);
    putOpt(o, "rtt_us", rttUs);
    putOpt(o, "jitter_ms", jitterMs);
    putOpt(o, "lost_packets", lostPackets);
    putOpt(o, "packets", packets);
    putOpt(o, "lost_percent", lostPercent);
    putOpt(o, "transactions_per_s", transactionsPerS);
    putOpt(o, "reverse_bps", reverseBps);
    if (targetBps)
        putOpt(o, "target_bps", targetBps);
    o.insert(QLatin1String("omitted"), omitted);
    if (!streams.isEmpty())
        o.insert(QLatin1String("streams"), streamsToJson(streams));
    if (!reverseStreams.isEmpty())
        o.insert(QLatin1String("reverse_streams"), streamsToJson(reverseStreams));
    return o;
}

namespace {

void writeStreams(JsonWriter &w, const QList<StreamSample> &streams) {
    w.beginArray();
    for (const StreamSample &s : streams)
        s.writeJson(w);
    w.endArray();
}

} // namespace

void IntervalSample::writeJson(JsonWriter &w) const {
    // One line per interval (and per stream sample below it): a long run is thousands of them.
    // The stream lists come last, so the interval's own figures stay together on its line.
    w.beginObject(JsonWriter::Layout::Line);
    w.optionalMember(QLatin1StringView("bps"), bps);
    w.optionalMember(QLatin1StringView("bytes"), bytes);
    w.member(QLatin1StringView("end_s"), endS);
    w.optionalMember(QLatin1StringView("jitter_ms"), jitterMs);
    w.optionalMember(QLatin1StringView("lost_packets"), lostPackets);
    w.optionalMember(QLatin1StringView("lost_percent"), lostPercent);
    w.member(QLatin1StringView("omitted"), omitted);
    w.optionalMember(QLatin1StringView("packets"), packets);
    w.optionalMember(QLatin1StringView("retransmits"), retransmits);
    w.optionalMember(QLatin1StringView("reverse_bps"), reverseBps);
    w.optionalMember(QLatin1StringView("rtt_us"), rttUs);
    w.optionalMember(QLatin1StringView("snd_cwnd_bytes"), sndCwndBytes);
    w.member(QLatin1StringView("start_s"), startS);
    if (targetBps)
        w.optionalMember(QLatin1StringView("target_bps"), targetBps);
    w.optionalMember(QLatin1StringView("transactions_per_s"), transactionsPerS);
    if (!reverseStreams.isEmpty()) {
        w.key(QLatin1StringView("reverse_streams"));
        writeStreams(w, reverseStreams);
    }
    if (!streams.isEmpty()) {
        w.key(QLatin1StringView("streams"));
        writeStreams(w, streams);
    }
    w.endObject();
}

IntervalSample IntervalSample::fromJson(const QJsonObject &o) {
    IntervalSample s;
    s.startS = o.value(QLatin1String("start_s")).toDouble();
    s.endS = o.value(QLatin1String("end_s")).toDouble();
    s.bps = getOpt(o, "bps");
    s.bytes = getOpt(o, "bytes");
    s.retransmits = getOpt(o, "retransmits");
    s.sndCwndBytes = getOpt(o, "snd_cwnd_bytes");
    s.rttUs = getOpt(o, "rtt_us");
    s.jitterMs = getOpt(o, "jitter_ms");
    s.lostPackets = getOpt(o, "lost_packets");
    s.packets = getOpt(o, "packets");
    s.lostPercent = getOpt(o, "lost_percent");
    s.transactionsPerS = getOpt(o, "transactions_per_s");
    s.reverseBps = getOpt(o, "reverse_bps");
    s.targetBps = getOpt(o, "target_bps");
    s.omitted = o.value(QLatin1String("omitted")).toBool(false);
    s.streams = streamsFromJson(o.value(QLatin1String("streams")));
    s.reverseStreams = streamsFromJson(o.value(QLatin1String("reverse_streams")));
    return s;
}

QJsonObject RunResult::toJson() const {
    QJsonObject o = toJsonWithoutIntervals();
    QJsonArray ints;
    for (const IntervalSample &i : intervals)
        ints.append(i.toJson());
    o.insert(QLatin1String("intervals"), ints);
    return o;
}

QJsonObject RunResult::toJsonWithoutIntervals() const {
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    if (seq > 0)
        o.insert(QLatin1String("seq"), seq);
    o.insert(QLatin1String("engine"), toString(engine));
    if (!test.isEmpty())
        o.insert(QLatin1String("test"), test);
    o.insert(QLatin1String("protocol"), toString(protocol));
    o.insert(QLatin1String("direction"), toString(direction));
    o.insert(QLatin1String("client"), client);
    o.insert(QLatin1String("server"), server);
    if (!clientHost.isEmpty())
        o.insert(QLatin1String("client_host"), clientHost);
    if (!serverHost.isEmpty())
        o.insert(QLatin1String("server_host"), serverHost);
    if (!clientAddress.isEmpty())
        o.insert(QLatin1String("client_address"), clientAddress);
    if (!serverAddress.isEmpty())
        o.insert(QLatin1String("server_address"), serverAddress);
    if (embeddedServer)
        o.insert(QLatin1String("embedded_server"), true);
    o.insert(QLatin1String("streams"), streams);
    putOpt(o, "duration_s", durationS);
    o.insert(QLatin1String("started_at"),
             startedAt.isValid() ? QJsonValue(startedAt.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("status"), toString(status));
    o.insert(QLatin1String("error"),
             error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    o.insert(QLatin1String("summary"), summary.toJson());
    if (reverseSummary)
        o.insert(QLatin1String("reverse_summary"), reverseSummary->toJson());
    if (!toolVersion.isEmpty())
        o.insert(QLatin1String("tool_version"), toolVersion);
    if (!command.isEmpty())
        o.insert(QLatin1String("command"), QJsonArray::fromStringList(command));
    if (!phaseCommands.isEmpty()) {
        QJsonArray phases;
        for (const QStringList &phase : phaseCommands)
            phases.append(QJsonArray::fromStringList(phase));
        o.insert(QLatin1String("phase_commands"), phases);
    }
    if (!source.isEmpty())
        o.insert(QLatin1String("source"), source);
    if (!warnings.isEmpty())
        o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(warnings));
    if (!group.isEmpty()) {
        o.insert(QLatin1String("group"), group);
        o.insert(QLatin1String("group_label"), groupLabel);
    }
    if (!trafficClass.isEmpty())
        o.insert(QLatin1String("class"), trafficClass);
    if (!pattern.isEmpty()) {
        o.insert(QLatin1String("pattern"), pattern);
        // Derived, never read back: how each phase of the pattern went (qos/PatternPhases).
        if (const QJsonArray phases = PatternPhases::toJson(PatternPhases::of(*this));
            !phases.isEmpty())
            o.insert(QLatin1String("phases"), phases);
    }
    if (!cell.isEmpty())
        o.insert(QLatin1String("cell"), cell);
    if (!pairOf.isEmpty())
        o.insert(QLatin1String("pair_of"), pairOf);
    if (instances > 0) {
        o.insert(QLatin1String("instance"), instance);
        o.insert(QLatin1String("instances"), instances);
        putOpt(o, "start_skew_ms", startSkewMs);
    }
    if (memoryLimitBytes)
        o.insert(QLatin1String("memory_limit_bytes"), double(*memoryLimitBytes));
    if (clientEnvironment || serverEnvironment) {
        auto side = [](const std::optional<HostEnvironment> &e) {
            return e ? QJsonValue(e->toJson()) : QJsonValue(QJsonValue::Null);
        };
        o.insert(QLatin1String("environment"),
                 QJsonObject{{QLatin1String("client"), side(clientEnvironment)},
                             {QLatin1String("server"), side(serverEnvironment)}});
    }
    if (resources)
        o.insert(QLatin1String("resources"), resources->toJson());
    if (!qos.isEmpty())
        o.insert(QLatin1String("qos"), qos);
    return o;
}

void RunResult::writeJson(JsonWriter &w) const {
    // The intervals are nearly all the bytes: streamed; the rest is small.
    w.objectWith(toJsonWithoutIntervals(), QLatin1StringView("intervals"), [&] {
        w.beginArray();
        for (const IntervalSample &i : intervals)
            i.writeJson(w);
        w.endArray();
    });
}

qsizetype RunResult::estimatedJsonSize() const {
    // One line per interval and per stream sample: up to about 400 and 260 bytes.
    qsizetype size = 4096;
    for (const IntervalSample &i : intervals)
        size += 400 + 260 * (i.streams.size() + i.reverseStreams.size());
    return size;
}

RunResult RunResult::fromJson(const QJsonObject &o, QString *error) {
    RunResult r;
    QStringList problems;
    r.id = o.value(QLatin1String("id")).toString();
    // Out of range (negative, fractional, huge): unnumbered, numberRuns() gives it one.
    if (const double seq = o.value(QLatin1String("seq")).toDouble(0);
        seq >= 1 && seq <= 1e9 && seq == std::floor(seq))
        r.seq = int(seq);
    r.test = o.value(QLatin1String("test")).toString();
    r.embeddedServer = o.value(QLatin1String("embedded_server")).toBool(false);
    if (const QJsonValue v = o.value(QLatin1String("engine")); !v.isUndefined()) {
        if (auto e = engineFromString(v.toString()))
            r.engine = *e;
        else
            problems << Tr::tr("unknown engine '%1'").arg(v.toString());
    }
    if (const QJsonValue v = o.value(QLatin1String("protocol")); !v.isUndefined()) {
        if (auto p = protocolFromString(v.toString()))
            r.protocol = *p;
        else
            problems << Tr::tr("unknown protocol '%1'").arg(v.toString());
    }
    if (const QJsonValue v = o.value(QLatin1String("direction")); !v.isUndefined()) {
        if (auto d = directionFromString(v.toString()))
            r.direction = *d;
        else
            problems << Tr::tr("unknown direction '%1'").arg(v.toString());
    }
    if (const QJsonValue v = o.value(QLatin1String("status")); !v.isUndefined()) {
        if (auto s = runStatusFromString(v.toString()))
            r.status = *s;
        else
            problems << Tr::tr("unknown status '%1'").arg(v.toString());
    }
    r.client = o.value(QLatin1String("client")).toString();
    r.server = o.value(QLatin1String("server")).toString();
    r.clientHost = o.value(QLatin1String("client_host")).toString();
    r.serverHost = o.value(QLatin1String("server_host")).toString();
    r.clientAddress = o.value(QLatin1String("client_address")).toString();
    r.serverAddress = o.value(QLatin1String("server_address")).toString();
    r.streams = o.value(QLatin1String("streams")).toInt(1);
    r.durationS = optFromJson(o.value(QLatin1String("duration_s")));
    const QString started = o.value(QLatin1String("started_at")).toString();
    if (!started.isEmpty())
        r.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    r.error = o.value(QLatin1String("error")).toString();
    r.summary = Summary::fromJson(o.value(QLatin1String("summary")).toObject());
    if (o.value(QLatin1String("reverse_summary")).isObject())
        r.reverseSummary = Summary::fromJson(o.value(QLatin1String("reverse_summary")).toObject());
    const QJsonArray ints = o.value(QLatin1String("intervals")).toArray();
    if (ints.size() > InputLimits::MaxIntervals)
        problems << QStringLiteral("%1 intervals, more than the input limit of %2")
                        .arg(InputLimits::count(ints.size()),
                             InputLimits::count(InputLimits::MaxIntervals));
    r.intervals.reserve(std::min(ints.size(), InputLimits::MaxIntervals));
    for (const QJsonValue &v : ints) {
        if (r.intervals.size() == InputLimits::MaxIntervals)
            break;
        const QJsonObject interval = v.toObject();
        for (const char *key : {"streams", "reverse_streams"}) {
            const qsizetype streams = interval.value(QLatin1String(key)).toArray().size();
            if (streams > InputLimits::MaxStreams && problems.size() < 10)
                problems << QStringLiteral("interval %1: %2")
                                .arg(r.intervals.size() + 1)
                                .arg(InputLimits::tooManyStreams(streams));
        }
        r.intervals.append(IntervalSample::fromJson(interval));
    }
    r.toolVersion = o.value(QLatin1String("tool_version")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("command")).toArray())
        r.command << v.toString();
    for (const QJsonValue &phase : o.value(QLatin1String("phase_commands")).toArray()) {
        QStringList args;
        for (const QJsonValue &v : phase.toArray())
            args << v.toString();
        r.phaseCommands << args;
    }
    r.source = o.value(QLatin1String("source")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("warnings")).toArray())
        r.warnings << v.toString();
    r.group = o.value(QLatin1String("group")).toString();
    r.groupLabel = o.value(QLatin1String("group_label")).toString();
    r.trafficClass = o.value(QLatin1String("class")).toString();
    r.pattern = o.value(QLatin1String("pattern")).toString();
    r.cell = o.value(QLatin1String("cell")).toString();
    r.pairOf = o.value(QLatin1String("pair_of")).toString();
    if (const double n = o.value(QLatin1String("instances")).toDouble(0);
        n >= 1 && n <= 100000 && n == std::floor(n)) {
        r.instances = int(n);
        const double i = o.value(QLatin1String("instance")).toDouble(0);
        r.instance = i >= 1 && i <= n && i == std::floor(i) ? int(i) : 0;
        r.startSkewMs = optFromJson(o.value(QLatin1String("start_skew_ms")));
    }
    if (const double limit = o.value(QLatin1String("memory_limit_bytes")).toDouble(0);
        limit >= 1 && limit <= 9.0e18 && limit == std::floor(limit))
        r.memoryLimitBytes = qint64(limit);
    const QJsonObject environment = o.value(QLatin1String("environment")).toObject();
    if (const QJsonValue v = environment.value(QLatin1String("client")); v.isObject())
        r.clientEnvironment = HostEnvironment::fromJson(v.toObject());
    if (const QJsonValue v = environment.value(QLatin1String("server")); v.isObject())
        r.serverEnvironment = HostEnvironment::fromJson(v.toObject());
    if (const QJsonValue v = o.value(QLatin1String("resources")); v.isObject())
        r.resources = ResourceUsage::fromJson(v.toObject());
    r.qos = o.value(QLatin1String("qos")).toObject();
    if (error)
        *error = problems.join(QLatin1String("; "));
    return r;
}

} // namespace Perfdeck

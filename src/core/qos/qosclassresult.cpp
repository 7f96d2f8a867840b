#include "qos/qosclassresult.h"

#include "qos/dscpclass.h"
#include "util/wholenumber.h"

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

namespace {

QMap<int, qint64> histogramFromJson(const QJsonValue &value) {
    QMap<int, qint64> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        const double n = it.value().toDouble(-1);
        if (ok && code >= 0 && code <= 63 && n > 0 && n < double(ProbeParser::MaxCount))
            out.insert(code, qint64(n));
    }
    return out;
}

QJsonObject histogramToJson(const QMap<int, qint64> &h) {
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it)
        o.insert(QString::number(it.key()), double(it.value()));
    return o;
}

OptDouble number(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QString percent(double share) {
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', share >= 0.995 || share < 0.1 ? 0 : 1);
}

} // namespace

qint64 QosClassResult::receivedTotal() const {
    qint64 total = 0;
    for (const qint64 n : receivedDscp)
        total += n;
    return total;
}

void QosClassResult::judge() {
    const qint64 total = receivedTotal();
    verdict = Verdict::Unknown;
    remarkedTo = -1;
    remarkedShare = keptShare = 0;
    if (total <= 0)
        return;
    keptShare = double(receivedDscp.value(sentDscp)) / double(total);
    qint64 best = 0;
    for (auto it = receivedDscp.begin(); it != receivedDscp.end(); ++it) {
        if (it.key() != sentDscp && it.value() > best) {
            best = it.value();
            remarkedTo = it.key();
        }
    }
    remarkedShare = double(best) / double(total);
    verdict = keptShare >= Threshold ? Verdict::Kept : Verdict::Remarked;
}

void QosClassResult::judgeTogether(QList<QosClassResult> &classes) {
    bool allZero = false;
    for (const QosClassResult &c : std::as_const(classes)) {
        if (c.sentDscp == 0 || c.verdict == Verdict::Unknown)
            continue;
        if (c.verdict != Verdict::Remarked || c.remarkedTo != 0 || c.remarkedShare < Threshold)
            return;
        allZero = true;
    }
    if (!allZero)
        return;
    for (QosClassResult &c : classes) {
        if (c.sentDscp != 0 && c.verdict == Verdict::Remarked)
            c.verdict = Verdict::Bleached;
    }
}

QString QosClassResult::toString(Verdict v) {
    switch (v) {
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Kept:
        return QStringLiteral("kept");
    case Verdict::Remarked:
        return QStringLiteral("remarked");
    case Verdict::Bleached:
        return QStringLiteral("bleached");
    }
    return {};
}

QString QosClassResult::verdictText() const {
    switch (verdict) {
    case Verdict::Unknown:
        return Tr::tr("nothing arrived");
    case Verdict::Kept:
        return QStringLiteral("kept");
    case Verdict::Bleached:
        return Tr::tr("bleached to %1 (%2)").arg(DscpClass::nameOf(0), percent(remarkedShare));
    case Verdict::Remarked: {
        QString text = Tr::tr("remarked to %1 (%2)")
                           .arg(DscpClass::nameOf(remarkedTo), percent(remarkedShare));
        if (keptShare > 0)
            text += QStringLiteral(", %1 kept").arg(percent(keptShare));
        return text;
    }
    }
    return {};
}

QString QosClassResult::receivedText() const {
    const qint64 total = receivedTotal();
    if (total <= 0)
        return QStringLiteral("-");
    QList<QPair<qint64, int>> byCount;
    for (auto it = receivedDscp.begin(); it != receivedDscp.end(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList parts;
    for (const auto &[count, code] : std::as_const(byCount))
        parts << QStringLiteral("%1 %2").arg(DscpClass::label(code),
                                             percent(double(count) / double(total)));
    return parts.join(QStringLiteral(", "));
}

QJsonObject QosClassResult::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("class"), className);
    o.insert(QLatin1String("sent_dscp"), sentDscp);
    o.insert(QLatin1String("received_dscp"), histogramToJson(receivedDscp));
    o.insert(QLatin1String("tos_unknown"), double(tosUnknown));
    if (!returnDscp.isEmpty())
        o.insert(QLatin1String("return_dscp"), histogramToJson(returnDscp));
    o.insert(QLatin1String("verdict"), toString(verdict));
    o.insert(QLatin1String("remarked_to"),
             remarkedTo >= 0 ? QJsonValue(remarkedTo) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("remarked_share"), remarkedShare);
    o.insert(QLatin1String("kept_share"), keptShare);
    return o;
}

QosClassResult QosClassResult::fromJson(const QJsonObject &o) {
    QosClassResult r;
    r.className = o.value(QLatin1String("class")).toString();
    r.sentDscp = std::clamp(o.value(QLatin1String("sent_dscp")).toInt(), 0, 63);
    r.receivedDscp = histogramFromJson(o.value(QLatin1String("received_dscp")));
    // A count no integer holds (1e300, NaN from a damaged file) is unknown: 0.
    r.tosUnknown =
        wholeNumber(o.value(QLatin1String("tos_unknown")).toDouble(), 0, ProbeParser::MaxCount)
            .value_or(0);
    r.returnDscp = histogramFromJson(o.value(QLatin1String("return_dscp")));
    // The verdict is recomputed from the counts, so a file cannot contradict itself; only
    // "bleached", which needs the other classes of the test, is taken where the counts allow it.
    r.judge();
    if (o.value(QLatin1String("verdict")).toString() == QLatin1String("bleached") &&
        r.verdict == Verdict::Remarked && r.remarkedTo == 0 && r.remarkedShare >= Threshold)
        r.verdict = Verdict::Bleached;
    return r;
}

RunResult QosClassResult::runFromProbe(const ProbeParser::ClassOutput &c, RunResult run) {
    run.engine = Engine::Probe;
    run.protocol = Protocol::Udp;
    run.direction = Direction::Send;
    run.trafficClass = c.name;
    const QJsonObject &s = c.summary;
    const double size = s.value(QLatin1String("size")).toDouble(0);
    for (const QJsonObject &i : c.intervals) {
        IntervalSample sample;
        sample.startS = i.value(QLatin1String("start_s")).toDouble();
        sample.endS = i.value(QLatin1String("end_s")).toDouble();
        const double seconds = sample.endS - sample.startS;
        const OptDouble received = number(i, "received");
        const OptDouble sentBytes = number(i, "sent_bytes");
        const OptDouble sent = number(i, "sent");
        // Bytes that arrived: datagrams counted by the reflector times the datagram size.
        const double datagram = sent && *sent > 0 && sentBytes ? *sentBytes / *sent : size;
        if (received && seconds > 0 && datagram > 0) {
            sample.bps = *received * datagram * 8 / seconds;
            sample.bytes = *received * datagram;
        } else if (received && *received == 0 && seconds > 0) {
            // Nothing arrived (an off phase sent nothing): 0, also live, before the summary
            // gives the datagram size; a gap would join the on phases around it.
            sample.bps = 0;
            sample.bytes = 0;
        }
        sample.targetBps = number(i, "target_bps");
        sample.packets = received;
        sample.lostPackets = number(i, "lost");
        sample.lostPercent = number(i, "lost_percent");
        sample.jitterMs = number(i, "jitter_ms");
        sample.rttUs = number(i, "rtt_mean_us");
        run.intervals << sample;
    }
    Summary &sum = run.summary;
    if (!s.isEmpty()) {
        run.durationS = number(s, "duration_s");
        sum.sentBps = number(s, "sent_bps");
        sum.sentBytes = number(s, "sent_bytes");
        const OptDouble received = number(s, "received");
        if (received && size > 0) {
            sum.receivedBytes = *received * size;
            if (run.durationS && *run.durationS > 0)
                sum.receivedBps = *sum.receivedBytes * 8 / *run.durationS;
        }
        sum.throughputBps = sum.receivedBps;
        sum.packets = number(s, "sent");
        sum.lostPackets = number(s, "lost");
        sum.lostPercent = number(s, "lost_percent");
        sum.outOfOrder = number(s, "reordered");
        sum.jitterMs = number(s, "jitter_ms");
        sum.rttMeanUs = number(s, "rtt_mean_us");
        sum.rttMinUs = number(s, "rtt_min_us");
        sum.rttMaxUs = number(s, "rtt_max_us");
        sum.latencyUs.mean = sum.rttMeanUs;
        sum.latencyUs.min = sum.rttMinUs;
        sum.latencyUs.max = sum.rttMaxUs;
        sum.latencyUs.p50 = number(s, "rtt_p50_us");
        sum.latencyUs.p99 = number(s, "rtt_p99_us");
    }
    QosClassResult q;
    q.className = c.name;
    q.sentDscp = std::clamp(c.dscp, 0, 63);
    q.receivedDscp = histogramFromJson(s.value(QLatin1String("recv_dscp")));
    if (s.isEmpty()) {
        // No summary (the probe was killed): what the intervals counted so far.
        for (const QJsonObject &i : c.intervals) {
            const QMap<int, qint64> h = histogramFromJson(i.value(QLatin1String("recv_dscp")));
            for (auto it = h.begin(); it != h.end(); ++it)
                q.receivedDscp[it.key()] += it.value();
        }
    }
    q.tosUnknown =
        wholeNumber(s.value(QLatin1String("recv_tos_unknown")).toDouble(), 0, ProbeParser::MaxCount)
            .value_or(0);
    q.returnDscp = histogramFromJson(s.value(QLatin1String("return_dscp")));
    q.judge();
    QJsonObject qos = q.toJson();
    for (const char *key : {"duplicates", "echo_lost", "owd_var_mean_ms", "owd_var_max_ms",
                            "rtt_p99_us", "target_bps", "sent_pps", "target_pps", "size"}) {
        if (const OptDouble v = number(s, key))
            qos.insert(QLatin1String(key), *v);
    }
    run.qos = qos;
    return run;
}

} // namespace Perfdeck

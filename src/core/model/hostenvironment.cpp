#include "model/hostenvironment.h"
#include "util/wholenumber.h"

#include <QJsonArray>

namespace Perfdeck {

namespace {

QJsonValue text(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template<class T>
QJsonValue number(const std::optional<T> &v) {
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue triple(const QList<qint64> &values) {
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray a;
    for (qint64 v : values)
        a.append(double(v));
    return a;
}

// A number from a file: only a whole one within +-2^53 (what a JSON double holds exactly); 1e300
// or 2.5 is left out, as casting it would be undefined (found by fuzz_results).
std::optional<qint64> integer(const QJsonValue &v) {
    constexpr qint64 Exact = qint64(1) << 53;
    return v.isDouble() ? wholeNumber(v.toDouble(), -Exact, Exact) : std::nullopt;
}

QList<qint64> integers(const QJsonValue &v) {
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        if (const std::optional<qint64> n = integer(x))
            out << *n;
    return out;
}

} // namespace

QString HostEnvironment::summaryLine() const {
    QStringList parts;
    if (!os.isEmpty())
        parts << os;
    if (!kernel.isEmpty())
        parts << QStringLiteral("kernel %1").arg(kernel);
    if (!cpuModel.isEmpty() || cpuCount)
        parts << QStringLiteral("%1 x %2").arg(
            cpuCount ? QString::number(*cpuCount) : QStringLiteral("?"),
            cpuModel.isEmpty() ? QStringLiteral("CPU") : cpuModel);
    if (!interfaceName.isEmpty()) {
        QString nic = interfaceName;
        if (mtu)
            nic += QStringLiteral(" MTU %1").arg(*mtu);
        if (linkSpeedMbps)
            nic += QStringLiteral(" %1 Mbit/s").arg(*linkSpeedMbps);
        parts << nic;
    }
    if (!congestionControl.isEmpty())
        parts << congestionControl;
    return parts.join(QLatin1String(", "));
}

QStringList HostEnvironment::detailLines() const {
    const QString unknown = QStringLiteral("unknown");
    auto orUnknown = [&](const QString &s) { return s.isEmpty() ? unknown : s; };
    auto num = [&](const std::optional<qint64> &v) { return v ? QString::number(*v) : unknown; };
    auto triple = [&](const QList<qint64> &v) {
        QStringList parts;
        for (qint64 x : v)
            parts << QString::number(x);
        return v.isEmpty() ? unknown : parts.join(QLatin1Char(' '));
    };
    QStringList lines;
    lines << QStringLiteral("OS %1, kernel %2%3")
                 .arg(orUnknown(os), orUnknown(kernel),
                      machine.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(machine));
    lines << QStringLiteral("CPU %1 x %2")
                 .arg(cpuCount ? QString::number(*cpuCount) : QStringLiteral("?"),
                      orUnknown(cpuModel));
    QStringList tools;
    if (!iperf3Version.isEmpty())
        tools << QStringLiteral("iperf3 %1").arg(iperf3Version);
    if (!netperfVersion.isEmpty())
        tools << QStringLiteral("netperf %1").arg(netperfVersion);
    if (!tools.isEmpty())
        lines << tools.join(QLatin1String(", "));
    lines << QStringLiteral("Interface %1%2: MTU %3, link %4")
                 .arg(orUnknown(interfaceName),
                      peer.isEmpty() ? QString() : QStringLiteral(" towards %1").arg(peer),
                      mtu ? QString::number(*mtu) : unknown,
                      linkSpeedMbps ? QStringLiteral("%1 Mbit/s").arg(*linkSpeedMbps) : unknown);
    lines << QStringLiteral("TCP %1; rmem_max %2, wmem_max %3; tcp_rmem %4; tcp_wmem %5")
                 .arg(orUnknown(congestionControl), num(rmemMax), num(wmemMax), triple(tcpRmem),
                      triple(tcpWmem));
    return lines;
}

QJsonObject HostEnvironment::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("host"), text(host));
    o.insert(QLatin1String("peer"), text(peer));
    o.insert(QLatin1String("collected_at"),
             collectedAt.isValid() ? QJsonValue(collectedAt.toUTC().toString(Qt::ISODateWithMs))
                                   : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("os"), text(os));
    o.insert(QLatin1String("kernel"), text(kernel));
    o.insert(QLatin1String("machine"), text(machine));
    o.insert(QLatin1String("cpu_model"), text(cpuModel));
    o.insert(QLatin1String("cpu_count"), number(cpuCount));
    o.insert(QLatin1String("iperf3_version"), text(iperf3Version));
    o.insert(QLatin1String("netperf_version"), text(netperfVersion));
    o.insert(QLatin1String("interface"), text(interfaceName));
    o.insert(QLatin1String("mtu"), number(mtu));
    o.insert(QLatin1String("link_speed_mbps"), number(linkSpeedMbps));
    o.insert(QLatin1String("tcp_congestion_control"), text(congestionControl));
    o.insert(QLatin1String("rmem_max"), number(rmemMax));
    o.insert(QLatin1String("wmem_max"), number(wmemMax));
    o.insert(QLatin1String("tcp_rmem"), triple(tcpRmem));
    o.insert(QLatin1String("tcp_wmem"), triple(tcpWmem));
    if (!notes.isEmpty())
        o.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
    return o;
}

HostEnvironment HostEnvironment::fromJson(const QJsonObject &o) {
    HostEnvironment e;
    e.host = o.value(QLatin1String("host")).toString();
    e.peer = o.value(QLatin1String("peer")).toString();
    const QString at = o.value(QLatin1String("collected_at")).toString();
    if (!at.isEmpty())
        e.collectedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    e.os = o.value(QLatin1String("os")).toString();
    e.kernel = o.value(QLatin1String("kernel")).toString();
    e.machine = o.value(QLatin1String("machine")).toString();
    e.cpuModel = o.value(QLatin1String("cpu_model")).toString();
    if (const auto n = integer(o.value(QLatin1String("cpu_count"))))
        e.cpuCount = int(*n);
    e.iperf3Version = o.value(QLatin1String("iperf3_version")).toString();
    e.netperfVersion = o.value(QLatin1String("netperf_version")).toString();
    e.interfaceName = o.value(QLatin1String("interface")).toString();
    if (const auto n = integer(o.value(QLatin1String("mtu"))))
        e.mtu = int(*n);
    e.linkSpeedMbps = integer(o.value(QLatin1String("link_speed_mbps")));
    e.congestionControl = o.value(QLatin1String("tcp_congestion_control")).toString();
    e.rmemMax = integer(o.value(QLatin1String("rmem_max")));
    e.wmemMax = integer(o.value(QLatin1String("wmem_max")));
    e.tcpRmem = integers(o.value(QLatin1String("tcp_rmem")));
    e.tcpWmem = integers(o.value(QLatin1String("tcp_wmem")));
    for (const QJsonValue &n : o.value(QLatin1String("notes")).toArray())
        e.notes << n.toString();
    return e;
}

} // namespace Perfdeck

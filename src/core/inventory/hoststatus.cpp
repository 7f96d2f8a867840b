#include "inventory/hoststatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString toString(HostStatus::Level level) {
    switch (level) {
    case HostStatus::Level::Unknown:
        return QStringLiteral("unknown");
    case HostStatus::Level::Ok:
        return QStringLiteral("ok");
    case HostStatus::Level::Warning:
        return QStringLiteral("warning");
    case HostStatus::Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<HostStatus::Level> hostStatusLevelFromString(const QString &text) {
    for (auto level : {HostStatus::Level::Unknown, HostStatus::Level::Ok,
                       HostStatus::Level::Warning, HostStatus::Level::Error}) {
        if (toString(level) == text)
            return level;
    }
    return std::nullopt;
}

void HostStatus::grade() {
    constexpr qint64 lowDisk = qint64(1) << 30;
    if (tcpReachable == false) {
        level = Level::Error;
        summary = QStringLiteral("unreachable: %1").arg(tcpError);
        return;
    }
    if (sshOk == false) {
        level = Level::Error;
        summary = QStringLiteral("SSH failed: %1").arg(sshError);
        return;
    }
    QStringList warnings;
    const bool toolsChecked = sshOk == true || !tcpReachable.has_value();
    if (toolsChecked) {
        if (!iperf3Found())
            warnings << Tr::tr("no iperf3");
        if (!netserverFound())
            warnings << Tr::tr("no netserver");
        if (diskFreeBytes && *diskFreeBytes < lowDisk)
            warnings << Tr::tr("disk nearly full");
        if (load1 && cpuCount && *load1 > *cpuCount)
            warnings << QStringLiteral("load %1 on %2 CPUs").arg(*load1).arg(*cpuCount);
    } else {
        warnings << Tr::tr("SSH not checked");
    }
    level = warnings.isEmpty() ? Level::Ok : Level::Warning;
    summary = warnings.isEmpty() ? QStringLiteral("ok") : warnings.join(QLatin1String(", "));
}

namespace {

QJsonValue number(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> number(const QJsonValue &v) {
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject HostStatus::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("host"), host);
    o.insert(QLatin1String("checked_at"), checkedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("level"), toString(level));
    o.insert(QLatin1String("summary"), summary);
    o.insert(QLatin1String("tcp_reachable"),
             tcpReachable ? QJsonValue(*tcpReachable) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("tcp_target"), tcpTarget);
    o.insert(QLatin1String("tcp_connect_ms"), number(tcpConnectMs));
    o.insert(QLatin1String("tcp_error"), tcpError);
    o.insert(QLatin1String("ssh_ok"), sshOk ? QJsonValue(*sshOk) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("ssh_connect_ms"), number(sshConnectMs));
    o.insert(QLatin1String("ssh_error"), sshError);
    o.insert(QLatin1String("rtt_ms"), number(rttMs));
    o.insert(QLatin1String("command_round_trip_ms"), number(commandRoundTripMs));
    o.insert(QLatin1String("iperf3_path"), iperf3Path);
    o.insert(QLatin1String("iperf3_version"), iperf3Version);
    o.insert(QLatin1String("netperf_path"), netperfPath);
    o.insert(QLatin1String("netperf_version"), netperfVersion);
    o.insert(QLatin1String("netserver_path"), netserverPath);
    o.insert(QLatin1String("disk_free_bytes"),
             diskFreeBytes ? QJsonValue(double(*diskFreeBytes)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("disk_path"), diskPath);
    o.insert(QLatin1String("load"), QJsonArray{number(load1), number(load5), number(load15)});
    o.insert(QLatin1String("cpu_count"),
             cpuCount ? QJsonValue(*cpuCount) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
    return o;
}

HostStatus HostStatus::fromJson(const QJsonObject &o) {
    HostStatus s;
    s.host = o.value(QLatin1String("host")).toString();
    s.checkedAt =
        QDateTime::fromString(o.value(QLatin1String("checked_at")).toString(), Qt::ISODateWithMs);
    s.level = hostStatusLevelFromString(o.value(QLatin1String("level")).toString())
                  .value_or(Level::Unknown);
    s.summary = o.value(QLatin1String("summary")).toString();
    if (const QJsonValue v = o.value(QLatin1String("tcp_reachable")); v.isBool())
        s.tcpReachable = v.toBool();
    s.tcpTarget = o.value(QLatin1String("tcp_target")).toString();
    s.tcpConnectMs = number(o.value(QLatin1String("tcp_connect_ms")));
    s.tcpError = o.value(QLatin1String("tcp_error")).toString();
    if (const QJsonValue v = o.value(QLatin1String("ssh_ok")); v.isBool())
        s.sshOk = v.toBool();
    s.sshConnectMs = number(o.value(QLatin1String("ssh_connect_ms")));
    s.sshError = o.value(QLatin1String("ssh_error")).toString();
    s.rttMs = number(o.value(QLatin1String("rtt_ms")));
    s.commandRoundTripMs = number(o.value(QLatin1String("command_round_trip_ms")));
    s.iperf3Path = o.value(QLatin1String("iperf3_path")).toString();
    s.iperf3Version = o.value(QLatin1String("iperf3_version")).toString();
    s.netperfPath = o.value(QLatin1String("netperf_path")).toString();
    s.netperfVersion = o.value(QLatin1String("netperf_version")).toString();
    s.netserverPath = o.value(QLatin1String("netserver_path")).toString();
    if (const QJsonValue v = o.value(QLatin1String("disk_free_bytes")); v.isDouble())
        s.diskFreeBytes = qint64(v.toDouble());
    s.diskPath = o.value(QLatin1String("disk_path")).toString();
    const QJsonArray load = o.value(QLatin1String("load")).toArray();
    s.load1 = number(load.at(0));
    s.load5 = number(load.at(1));
    s.load15 = number(load.at(2));
    if (const QJsonValue v = o.value(QLatin1String("cpu_count")); v.isDouble())
        s.cpuCount = v.toInt();
    for (const QJsonValue &n : o.value(QLatin1String("notes")).toArray())
        s.notes << n.toString();
    return s;
}

} // namespace Perfdeck

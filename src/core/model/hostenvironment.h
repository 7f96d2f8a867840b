// What one end of a run ran on: OS and kernel, CPU, tool versions, the interface that carried
// the test (towards the peer) with its MTU and link speed, and the TCP settings that bound a
// transfer. Kept per run in results documents and sessions under "environment"; what was not
// found stays null (never 0) and notes says why.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct HostEnvironment {
    QString host; // inventory name ("local" for this machine)
    QString peer; // the address the interface was looked up towards
    QDateTime collectedAt;
    QString os;                  // PRETTY_NAME of /etc/os-release
    QString kernel;              // /proc/sys/kernel/osrelease
    QString machine;             // uname -m
    QString cpuModel;            // "model name" of /proc/cpuinfo
    std::optional<int> cpuCount; // online CPUs
    QString iperf3Version;
    QString netperfVersion;
    QString interfaceName; // the interface the kernel routes the peer's address through
    std::optional<int> mtu;
    std::optional<qint64> linkSpeedMbps; // /sys/class/net/IF/speed; null when not reported
    QString congestionControl;           // net.ipv4.tcp_congestion_control
    std::optional<qint64> rmemMax;       // net.core.rmem_max
    std::optional<qint64> wmemMax;       // net.core.wmem_max
    QList<qint64> tcpRmem;               // net.ipv4.tcp_rmem: min default max (empty: unknown)
    QList<qint64> tcpWmem;
    QStringList notes;

    bool isEmpty() const { return host.isEmpty() && kernel.isEmpty(); }
    // A line for a tooltip or the details pane: "Debian 12, 6.1.0-18-amd64, 4 x Xeon ...".
    QString summaryLine() const;
    // Several lines (OS, CPU, tools, interface, TCP) for a run's details; unknown values are
    // said to be unknown.
    QStringList detailLines() const;

    QJsonObject toJson() const;
    static HostEnvironment fromJson(const QJsonObject &o);
    bool operator==(const HostEnvironment &) const = default;
};

} // namespace Perfdeck

// What one health check found on one host: TCP reachability of its SSH port, the SSH
// handshake and login, round-trip time, iperf3/netperf presence and versions, free disk and
// load. Unknown values stay empty (null in JSON), never 0.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct HostStatus {
    enum class Level { Unknown, Ok, Warning, Error };

    QString host;
    QDateTime checkedAt;
    Level level = Level::Unknown;
    QString summary; // one line for a table cell or the CLI: "ok", "unreachable: ...", ...

    // TCP connect to the SSH port (of the first jump host when there is one).
    std::optional<bool> tcpReachable;
    QString tcpTarget; // "address:port" that was tried
    std::optional<double> tcpConnectMs;
    QString tcpError;

    // SSH handshake and authentication; empty when not checked.
    std::optional<bool> sshOk;
    std::optional<double> sshConnectMs;
    QString sshError;
    // The network round trip: the TCP connect to the SSH port (SYN to SYN-ACK, after the name
    // lookup), what ping and tcping show. Behind jump hosts, where only the first hop is
    // reached from here, the SSH command round trip below instead (notes say so).
    std::optional<double> rttMs;
    // The round trip of a command that does nothing over the logged-in SSH connection (a
    // channel, sshd starting the login shell): what every remote step pays at least.
    std::optional<double> commandRoundTripMs;

    QString iperf3Path; // empty: not found
    QString iperf3Version;
    QString netperfPath;
    QString netperfVersion;
    QString netserverPath;

    std::optional<qint64> diskFreeBytes;
    QString diskPath;
    std::optional<double> load1;
    std::optional<double> load5;
    std::optional<double> load15;
    std::optional<int> cpuCount;

    QStringList notes; // what was not checked and why, warnings

    bool iperf3Found() const { return !iperf3Path.isEmpty(); }
    bool netserverFound() const { return !netserverPath.isEmpty(); }

    // Sets level and summary from the fields: Error when the host cannot be reached or
    // logged into; Warning when a tool is missing, the disk is nearly full (< 1 GiB) or the
    // load is above the CPU count; else Ok.
    void grade();

    QJsonObject toJson() const;
    static HostStatus fromJson(const QJsonObject &o);

    bool operator==(const HostStatus &) const = default;
};

QString toString(HostStatus::Level level);
std::optional<HostStatus::Level> hostStatusLevelFromString(const QString &text);

} // namespace Perfdeck

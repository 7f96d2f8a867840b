#include "ssh/sshlauncher.h"

#include "ssh/sshchannel.h"
#include "ssh/sshconnection.h"
#include "ssh/sshconnectionpool.h"
#include "ssh/sshprocess.h"
#include "ssh/sshremoteprocess.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QPromise>
#include <QRandomGenerator>

#include <memory>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// Runs one short command and hands its stdout (and the error, if any) to done.
void runShort(SshConnection *connection, const QString &command, QObject *context,
              std::function<void(const QString &out, const QString &error)> done) {
    SshChannel *ch = connection->exec(command, 15000, context);
    auto out = std::make_shared<QStringList>();
    QObject::connect(ch, &SshChannel::stdoutLine, ch, [out](const QString &l) { *out << l; });
    QObject::connect(ch, &SshChannel::stderrLine, ch, [out](const QString &l) { *out << l; });
    QObject::connect(ch, &SshChannel::finished, context,
                     [ch, out, done](const SshChannel::Exit &exit) {
                         done(out->join(QLatin1Char('\n')), exit.error);
                         ch->deleteLater();
                     });
}

// A connection error names the host by address; the run's error should name it as the user
// does, by its inventory name.
QString onHost(const QString &hostName, const QString &error) {
    return error.contains(hostName) ? error : QStringLiteral("%1: %2").arg(hostName, error);
}

// Every probe also says where this machine's SSH connection comes from, as the host sees it.
const QLatin1String kPeerEcho("echo \"@peer ${SSH_CONNECTION%% *}\"; ");

// The tool's own output, without the probe's "@name value" lines.
QString withoutMarkers(const QString &out) {
    QStringList lines = out.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1Char('@')); });
    return lines.join(QLatin1Char('\n'));
}

QString quoted(const QString &s) {
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

SshLauncher::SshLauncher(SshConnection *connection, const QString &hostName, const QString &address,
                         QObject *parent)
    : HostLauncher(parent)
    , m_connection(connection)
    , m_hostName(hostName)
    , m_address(address) {}

SshLauncher::SshLauncher(SshConnectionPool *pool, const SshTarget &target, const QString &hostName,
                         const QString &address, QObject *parent)
    : HostLauncher(parent)
    , m_pool(pool)
    , m_target(target)
    , m_hostName(hostName)
    , m_address(address) {}

void SshLauncher::setToolPaths(const QString &iperf3Path, const QString &netperfPath) {
    m_iperf3Path = iperf3Path;
    m_netperfPath = netperfPath;
    forgetProbes();
}

void SshLauncher::forgetProbes() {
    m_iperf3Probes.clear();
    m_netperfProbes.clear();
}

SshConnection *SshLauncher::connection() {
    if (m_pool)
        return m_pool->connection(m_target);
    return m_connection;
}

void SshLauncher::learnAddressOfThisMachine(const QString &probeOutput) {
    const qsizetype at = probeOutput.indexOf(QLatin1String("@peer "));
    if (at < 0)
        return;
    const QString text = probeOutput.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!QHostAddress(text).isNull()) // empty without $SSH_CONNECTION
        m_addressOfThisMachine = text;
}

HostProcess *SshLauncher::createProcess(QObject *parent) {
    return new SshProcess(connection(), parent);
}

QSet<quint16> SshLauncher::portsInUse(const QString &procNetText) {
    QSet<quint16> ports;
    const QStringList lines = procNetText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        // "sl local_address rem_address ..."; local_address is HEXADDR:HEXPORT.
        if (f.size() < 3 || !f.at(0).endsWith(QLatin1Char(':')))
            continue;
        const qsizetype colon = f.at(1).lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = f.at(1).mid(colon + 1).toUInt(&ok, 16);
        if (ok && port > 0 && port < 65536)
            ports.insert(quint16(port));
    }
    return ports;
}

QFuture<PortLease> SshLauncher::leasePort() {
    auto promise = std::make_shared<QPromise<PortLease>>();
    promise->start();
    QFuture<PortLease> future = promise->future();
    SshConnection *conn = connection();
    if (!conn) {
        promise->addResult(PortLease{0, Tr::tr("no connection to %1").arg(m_hostName)});
        promise->finish();
        return future;
    }
    runShort(conn,
             QStringLiteral("cat /proc/net/tcp /proc/net/tcp6 /proc/net/udp "
                            "/proc/net/udp6 2>/dev/null"),
             this, [this, promise](const QString &out, const QString &error) {
                 PortLease lease;
                 if (!error.isEmpty()) {
                     lease.error = Tr::tr("cannot list the ports of %1: %2").arg(m_hostName, error);
                 } else {
                     // A random port of the dynamic range that is free for TCP and UDP there
                     // and not leased to another of our runs.
                     const QSet<quint16> used = portsInUse(out);
                     for (int i = 0; i < 200 && lease.port == 0; ++i) {
                         const auto p = quint16(QRandomGenerator::global()->bounded(49152, 65535));
                         if (!used.contains(p) && !m_leased.contains(p))
                             lease.port = p;
                     }
                     if (lease.port == 0)
                         lease.error = Tr::tr("no free port on %1").arg(m_hostName);
                     else
                         m_leased.insert(lease.port);
                 }
                 promise->addResult(lease);
                 promise->finish();
             });
    return future;
}

void SshLauncher::releasePort(quint16 port) {
    m_leased.remove(port);
}

QFuture<Iperf3Info> SshLauncher::probeIperf3(const QString &requestedPath) {
    const QString explicitPath = requestedPath.isEmpty() ? m_iperf3Path : requestedPath;
    if (m_iperf3Probes.contains(explicitPath))
        return m_iperf3Probes.value(explicitPath);
    auto promise = std::make_shared<QPromise<Iperf3Info>>();
    promise->start();
    QFuture<Iperf3Info> future = promise->future();
    m_iperf3Probes.insert(explicitPath, future);
    const QString program = explicitPath.isEmpty() ? QStringLiteral("iperf3") : explicitPath;
    // command -v gives the path the host's PATH resolves; --version the version and features.
    const QString command = kPeerEcho + QStringLiteral("p=$(command -v %1) && "
                                                       "echo \"@path $p\" && \"$p\" --version 2>&1")
                                            .arg(quoted(program));
    SshConnection *conn = connection();
    if (!conn) {
        Iperf3Info info;
        info.error = Tr::tr("no connection to %1").arg(m_hostName);
        promise->addResult(info);
        promise->finish();
        return future;
    }
    runShort(conn, command, this,
             [this, promise, program](const QString &out, const QString &error) {
                 learnAddressOfThisMachine(out);
                 Iperf3Info info = Iperf3Info::fromVersionOutput(withoutMarkers(out));
                 const qsizetype at = out.indexOf(QLatin1String("@path "));
                 info.path = at >= 0 ? out.mid(at + 6).section(QLatin1Char('\n'), 0, 0) : program;
                 if (!error.isEmpty())
                     info.error = onHost(m_hostName, error);
                 else if (!info.found)
                     info.error = QStringLiteral("no %1 on %2").arg(program, m_hostName);
                 info.found = info.found && error.isEmpty();
                 promise->addResult(info);
                 promise->finish();
             });
    return future;
}

QFuture<NetperfInfo> SshLauncher::probeNetperf(const QString &requestedPath) {
    const QString explicitPath = requestedPath.isEmpty() ? m_netperfPath : requestedPath;
    if (m_netperfProbes.contains(explicitPath))
        return m_netperfProbes.value(explicitPath);
    auto promise = std::make_shared<QPromise<NetperfInfo>>();
    promise->start();
    QFuture<NetperfInfo> future = promise->future();
    m_netperfProbes.insert(explicitPath, future);
    const QString program = explicitPath.isEmpty() ? QStringLiteral("netperf") : explicitPath;
    const QString command =
        kPeerEcho +
        QStringLiteral("p=$(command -v %1) && echo \"@path $p\" && "
                       "{ s=\"$(dirname \"$p\")/netserver\"; [ -x \"$s\" ] || "
                       "s=$(command -v netserver); echo \"@netserver $s\"; } && \"$p\" -V 2>&1")
            .arg(quoted(program));
    SshConnection *conn = connection();
    if (!conn) {
        NetperfInfo info;
        info.error = Tr::tr("no connection to %1").arg(m_hostName);
        promise->addResult(info);
        promise->finish();
        return future;
    }
    runShort(conn, command, this,
             [this, promise, program](const QString &out, const QString &error) {
                 learnAddressOfThisMachine(out);
                 NetperfInfo info = NetperfInfo::fromVersionOutput(withoutMarkers(out));
                 const qsizetype at = out.indexOf(QLatin1String("@path "));
                 info.path = at >= 0 ? out.mid(at + 6).section(QLatin1Char('\n'), 0, 0) : program;
                 const qsizetype ns = out.indexOf(QLatin1String("@netserver "));
                 if (ns >= 0)
                     info.netserverPath = out.mid(ns + 11).section(QLatin1Char('\n'), 0, 0);
                 if (!error.isEmpty())
                     info.error = onHost(m_hostName, error);
                 else if (!info.found)
                     info.error = QStringLiteral("no %1 on %2").arg(program, m_hostName);
                 info.found = info.found && error.isEmpty();
                 promise->addResult(info);
                 promise->finish();
             });
    return future;
}

} // namespace Perfdeck

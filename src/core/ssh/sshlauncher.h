// The HostLauncher of a remote host: processes run over the host's shared SSH connection (from
// the batch's SshConnectionPool); free ports are chosen from the host's own socket tables, and
// tool probes run once per batch and are cached until forgetProbes().
#pragma once

#include "exec/hostlauncher.h"
#include "ssh/sshtarget.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace Perfdeck {

class SshConnection;
class SshConnectionPool;

class SshLauncher final : public HostLauncher {
    Q_OBJECT
public:
    // hostName: the inventory name; address: what clients on other hosts connect to.
    SshLauncher(SshConnection *connection, const QString &hostName, const QString &address,
                QObject *parent = nullptr);
    // Takes the target's connection from the pool whenever it needs one, so a connection that
    // was closed at the end of a batch (or dropped) is opened again for the next.
    SshLauncher(SshConnectionPool *pool, const SshTarget &target, const QString &hostName,
                const QString &address, QObject *parent = nullptr);

    // The host's own tool paths (inventory `iperf3`, `netperf`), used when a probe names none.
    void setToolPaths(const QString &iperf3Path, const QString &netperfPath);
    // Drops the cached probes: the next batch probes the host again.
    void forgetProbes();

    QString hostName() const override { return m_hostName; }
    QString address() const override { return m_address; }
    bool isLocal() const override { return false; }
    // The first field of the SSH session's $SSH_CONNECTION, once a probe has run.
    QString addressOfThisMachine() const override { return m_addressOfThisMachine; }
    HostProcess *createProcess(QObject *parent) override;
    QFuture<PortLease> leasePort() override;
    void releasePort(quint16 port) override;
    QFuture<Iperf3Info> probeIperf3(const QString &explicitPath) override;
    QFuture<NetperfInfo> probeNetperf(const QString &explicitPath) override;

    // Ports in use in /proc/net/{tcp,tcp6,udp,udp6} text (local address column). Pure.
    static QSet<quint16> portsInUse(const QString &procNetText);

private:
    SshConnection *connection();
    void learnAddressOfThisMachine(const QString &probeOutput);

    QPointer<SshConnection> m_connection;
    QPointer<SshConnectionPool> m_pool;
    SshTarget m_target;
    QString m_iperf3Path;
    QString m_netperfPath;
    QString m_hostName;
    QString m_addressOfThisMachine;
    QString m_address;
    QSet<quint16> m_leased;
    QHash<QString, QFuture<Iperf3Info>> m_iperf3Probes;
    QHash<QString, QFuture<NetperfInfo>> m_netperfProbes;
};

} // namespace Perfdeck

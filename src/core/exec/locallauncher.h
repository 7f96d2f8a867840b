// The launcher of this machine: processes are ManagedProcess children in their own process
// group, ports come from the PortAllocator on its address (127.0.0.1, or another loopback
// address when several inventory hosts stand for this machine), tools are probed on a worker
// thread.
#pragma once

#include "exec/hostlauncher.h"
#include "inventory/host.h"

namespace Perfdeck {

class LocalLauncher : public HostLauncher {
    Q_OBJECT
public:
    // The name of this machine in inventories and run records.
    static const QString LocalHostName;

    explicit LocalLauncher(QObject *parent = nullptr);
    // This machine under another inventory name, its servers bound to address (a loopback
    // address such as 127.0.0.2: a 2x2 plan on one machine).
    LocalLauncher(const QString &hostName, const QString &address, QObject *parent = nullptr);
    // Whether an inventory host is this machine reached without SSH: `local`, or a host at a
    // loopback address (127.0.0.0/8, ::1) that names no SSH user, port, key or jump host.
    static bool servesHost(const Host &host);

    QString hostName() const override { return m_hostName; }
    QString address() const override;
    bool isLocal() const override { return true; }
    HostProcess *createProcess(QObject *parent) override;
    QFuture<PortLease> leasePort() override;
    void releasePort(quint16 port) override;
    QFuture<Iperf3Info> probeIperf3(const QString &explicitPath) override;
    QFuture<NetperfInfo> probeNetperf(const QString &explicitPath) override;

private:
    QString m_hostName;
    QString m_address;
};

} // namespace Perfdeck

// The launcher of this machine: processes are ManagedProcess children in their own process
// group, ports come from the PortAllocator on 127.0.0.1, tools are probed on a worker thread.
#pragma once

#include "exec/hostlauncher.h"

namespace Perfdeck {

class LocalLauncher : public HostLauncher {
    Q_OBJECT
public:
    // The name of this machine in inventories and run records.
    static const QString LocalHostName;

    using HostLauncher::HostLauncher;

    QString hostName() const override { return LocalHostName; }
    QString address() const override;
    bool isLocal() const override { return true; }
    HostProcess *createProcess(QObject *parent) override;
    QFuture<PortLease> leasePort() override;
    void releasePort(quint16 port) override;
    QFuture<Iperf3Info> probeIperf3(const QString &explicitPath) override;
    QFuture<NetperfInfo> probeNetperf(const QString &explicitPath) override;
};

} // namespace Perfdeck

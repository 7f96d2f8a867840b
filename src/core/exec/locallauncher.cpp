#include "exec/locallauncher.h"

#include "exec/localprocess.h"
#include "exec/portallocator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Perfdeck {

const QString LocalLauncher::LocalHostName = QStringLiteral("local");

QString LocalLauncher::address() const {
    return QStringLiteral("127.0.0.1");
}

HostProcess *LocalLauncher::createProcess(QObject *parent) {
    return new LocalProcess(parent);
}

QFuture<PortLease> LocalLauncher::leasePort() {
    PortLease lease;
    lease.port = PortAllocator::instance().allocate(QHostAddress::LocalHost);
    if (lease.port == 0)
        lease.error = QStringLiteral("no free port on %1").arg(address());
    return QtFuture::makeReadyFuture(lease);
}

void LocalLauncher::releasePort(quint16 port) {
    PortAllocator::instance().release(port);
}

QFuture<Iperf3Info> LocalLauncher::probeIperf3(const QString &explicitPath) {
    return QtConcurrent::run([explicitPath] { return Iperf3Info::probe(explicitPath); });
}

QFuture<NetperfInfo> LocalLauncher::probeNetperf(const QString &explicitPath) {
    return QtConcurrent::run([explicitPath] { return NetperfInfo::probe(explicitPath); });
}

} // namespace Perfdeck

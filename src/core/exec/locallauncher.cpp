#include "exec/locallauncher.h"
#include "util/threadhandoff.h"

#include "exec/localprocess.h"
#include "exec/portallocator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

const QString LocalLauncher::LocalHostName = QStringLiteral("local");

LocalLauncher::LocalLauncher(QObject *parent)
    : LocalLauncher(LocalHostName, QStringLiteral("127.0.0.1"), parent) {}

LocalLauncher::LocalLauncher(const QString &hostName, const QString &address, QObject *parent)
    : HostLauncher(parent)
    , m_hostName(hostName)
    , m_address(address) {}

bool LocalLauncher::servesHost(const Host &host) {
    if (host.isLocal())
        return true;
    const QHostAddress address(host.address);
    return !address.isNull() && address.isLoopback() && host.user.isEmpty() &&
           host.port == Host::DefaultSshPort && host.identityFile.isEmpty() && host.jump.isEmpty();
}

QString LocalLauncher::address() const {
    return m_address;
}

HostProcess *LocalLauncher::createProcess(QObject *parent) {
    return new LocalProcess(parent);
}

QFuture<PortLease> LocalLauncher::leasePort() {
    PortLease lease;
    lease.port = PortAllocator::instance().allocate(QHostAddress(m_address));
    if (lease.port == 0)
        lease.error = Tr::tr("no free port on %1").arg(address());
    return QtFuture::makeReadyFuture(lease);
}

void LocalLauncher::releasePort(quint16 port) {
    PortAllocator::instance().release(port);
}

QFuture<Iperf3Info> LocalLauncher::probeIperf3(const QString &explicitPath) {
    return runInPool([explicitPath] { return Iperf3Info::probe(explicitPath); });
}

QFuture<NetperfInfo> LocalLauncher::probeNetperf(const QString &explicitPath) {
    return runInPool([explicitPath] { return NetperfInfo::probe(explicitPath); });
}

} // namespace Perfdeck

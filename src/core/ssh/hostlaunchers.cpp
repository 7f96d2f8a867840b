#include "ssh/hostlaunchers.h"

#include "exec/jobrunner.h"
#include "exec/locallauncher.h"
#include "ssh/sshconnectionpool.h"
#include "ssh/sshlauncher.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

HostLaunchers::HostLaunchers(const Inventory &inventory, const SshOptions &options, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_pool(new SshConnectionPool(options, this)) {
    connect(m_pool, &SshConnectionPool::hostKeyQuestion, this, &HostLaunchers::hostKeyQuestion);
    connect(m_pool, &SshConnectionPool::secretRequested, this, &HostLaunchers::secretRequested);
}

HostLaunchers::~HostLaunchers() {
    for (const QPointer<JobRunner> &runner : std::as_const(m_runners)) {
        if (!runner)
            continue;
        for (HostLauncher *launcher : std::as_const(m_launchers)) {
            if (runner->launcher(launcher->hostName()) == launcher)
                runner->removeLauncher(launcher->hostName());
        }
    }
    // The launchers (children) go before the pool's connections they may still point at.
    qDeleteAll(m_launchers);
    m_launchers.clear();
    m_pool->closeAll();
}

const SshOptions &HostLaunchers::options() const {
    return m_pool->options();
}

HostLauncher *HostLaunchers::launcher(const QString &hostName, QString *error) {
    if (HostLauncher *existing = m_launchers.value(hostName))
        return existing;
    QString why;
    const std::optional<Host> host = m_inventory.resolve(hostName, &why);
    if (host && host->isLocal())
        why = Tr::tr("'%1' is this machine: its runs need no SSH").arg(hostName);
    if (host && !host->isLocal() && LocalLauncher::servesHost(*host)) {
        auto *launcher = new LocalLauncher(host->name, host->address, this);
        m_launchers.insert(hostName, launcher);
        return launcher;
    }
    std::optional<SshTarget> target;
    if (host && !host->isLocal())
        target = SshTarget::fromHost(*host, m_inventory, &why);
    if (!target) {
        if (error)
            *error = why;
        return nullptr;
    }
    const QString address = host->address.isEmpty() ? host->name : host->address;
    auto *launcher = new SshLauncher(m_pool, *target, host->name, address, this);
    launcher->setToolPaths(host->iperf3Path, host->netperfPath);
    m_launchers.insert(hostName, launcher);
    return launcher;
}

bool HostLaunchers::isRemote(const QString &hostName) const {
    if (const HostLauncher *launcher = m_launchers.value(hostName))
        return !launcher->isLocal();
    QString unknown;
    const std::optional<Host> host = m_inventory.resolve(hostName, &unknown);
    return host && !LocalLauncher::servesHost(*host);
}

bool HostLaunchers::attach(JobRunner *runner, const QStringList &hosts, QString *error) {
    QList<HostLauncher *> launchers;
    for (const QString &name : hosts) {
        if (name.isEmpty() || name == Host::localName())
            continue;
        HostLauncher *l = launcher(name, error);
        if (!l)
            return false;
        launchers << l;
    }
    for (HostLauncher *l : std::as_const(launchers))
        runner->setLauncher(l);
    if (!m_runners.contains(runner)) {
        m_runners << runner;
        // Queued: finished() comes from inside a run's last signal, which a connection being
        // deleted must not be under. A batch started meanwhile (on any attached runner)
        // keeps the connections.
        connect(
            runner, &JobRunner::finished, this,
            [this] {
                for (const QPointer<JobRunner> &r : std::as_const(m_runners)) {
                    if (r && r->isRunning())
                        return;
                }
                closeAll();
            },
            Qt::QueuedConnection);
    }
    return true;
}

void HostLaunchers::closeAll() {
    // Connections still used by a process are closed under it; its run ends with the reason.
    for (HostLauncher *launcher : std::as_const(m_launchers)) {
        if (auto *ssh = qobject_cast<SshLauncher *>(launcher))
            ssh->forgetProbes();
    }
    m_pool->closeAll();
}

} // namespace Perfdeck

#include "ssh/sshconnectionpool.h"

#include <algorithm>
#include <utility>

namespace Perfdeck {

namespace {
bool refusedForTheBatch(SshConnection::Error error) {
    switch (error) {
    case SshConnection::Error::HostKeyUnknown:
    case SshConnection::Error::HostKeyChanged:
    case SshConnection::Error::HostKeyRevoked:
    case SshConnection::Error::Auth:
        return true;
    default:
        return false;
    }
}
} // namespace

SshConnectionPool::SshConnectionPool(const SshOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

SshConnectionPool::~SshConnectionPool() {
    closeAll();
}

SshConnection *SshConnectionPool::connection(const SshTarget &target) {
    const QString key = target.key();
    if (SshConnection *existing = m_connections.value(key)) {
        const auto state = existing->state();
        if (state != SshConnection::State::Failed && state != SshConnection::State::Closed)
            return existing;
        // A host key or a login the host (or the user) refused is refused again: the batch
        // keeps that connection, whose channels fail at once with the same error, instead of
        // logging in again for every process of every run (sshd counts failed logins;
        // fail2ban bans). A lost or timed-out connection is replaced.
        if (state == SshConnection::State::Failed && refusedForTheBatch(existing->error()))
            return existing;
        // A failed or dropped connection is replaced; channels still holding it keep it alive
        // until they are gone.
        m_connections.remove(key);
        existing->deleteLater();
    }
    auto *conn = new SshConnection(target, m_options, this);
    connect(conn, &SshConnection::hostKeyQuestion, this, &SshConnectionPool::hostKeyQuestion);
    connect(conn, &SshConnection::secretRequested, this, &SshConnectionPool::secretRequested);
    if (target.jump)
        conn->setJumpConnection(connection(*target.jump));
    m_connections.insert(key, conn);
    conn->open();
    return conn;
}

void SshConnectionPool::closeAll() {
    // Inner connections first: their tunnels run through the jump hosts. The order is taken
    // from the targets before anything is deleted (a deleted connection's target() must not
    // be read again).
    QList<std::pair<int, SshConnection *>> byDepth;
    for (SshConnection *c : std::as_const(m_connections)) {
        int depth = 0;
        for (const SshTarget *t = &c->target(); t->jump; t = t->jump.get())
            ++depth;
        byDepth.append({depth, c});
    }
    m_connections.clear();
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &entry : std::as_const(byDepth))
        delete entry.second;
}

} // namespace Perfdeck

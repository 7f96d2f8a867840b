#include "ssh/sshconnectionpool.h"

namespace Perfdeck {

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
    const auto connections = m_connections;
    m_connections.clear();
    // Inner connections first: their tunnels run through the jump hosts.
    for (SshConnection *c : connections)
        if (c->target().jump)
            delete c;
    for (SshConnection *c : connections)
        if (!c->target().jump)
            delete c;
}

} // namespace Perfdeck

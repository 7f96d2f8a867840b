// Shares one SSH connection per target (user, address, port, auth, key, jump chain) across the
// runs of a batch, so each host pays for connect and authentication once. Jump hosts are
// pooled too. Questions of every pooled connection (host keys, secrets) come out here.
#pragma once

#include "ssh/sshconnection.h"

#include <QHash>
#include <QObject>

namespace Perfdeck {

class SshConnectionPool final : public QObject {
    Q_OBJECT
public:
    explicit SshConnectionPool(const SshOptions &options, QObject *parent = nullptr);
    ~SshConnectionPool() override;

    const SshOptions &options() const { return m_options; }
    // The shared connection to target, opened if new or if the previous one dropped or could
    // not connect. One whose host key or login was refused stays (failed) until closeAll():
    // the batch does not log in again with what was refused. Owned by the pool; valid until
    // closeAll() or the pool's destruction.
    SshConnection *connection(const SshTarget &target);
    int size() const { return int(m_connections.size()); }
    // Ends the batch: closes every connection.
    void closeAll();

Q_SIGNALS:
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

private:
    SshOptions m_options;
    QHash<QString, SshConnection *> m_connections;
};

} // namespace Perfdeck

// The remote hosts of a user's runs: one SshLauncher per inventory host asked for, all over one
// SshConnectionPool, registered on a JobRunner beside its own `local` launcher. Connections open
// on first use and close when the runner's batch ends; the questions they ask (an unknown host
// key under SshOptions::UnknownHostKey::Ask, a password or passphrase) come out of here.
#pragma once

#include "inventory/inventory.h"
#include "ssh/sshconnection.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace Perfdeck {

class HostLauncher;
class JobRunner;
class SshConnectionPool;
class SshLauncher;

class RemoteLaunchers final : public QObject {
    Q_OBJECT
public:
    RemoteLaunchers(const Inventory &inventory, const SshOptions &options,
                    QObject *parent = nullptr);
    // Takes its launchers off every runner it was attached to and closes the connections.
    // Must not happen while one of those runners is running.
    ~RemoteLaunchers() override;

    const Inventory &inventory() const { return m_inventory; }
    const SshOptions &options() const;
    // The pool, to answer a question on the connection it names.
    SshConnectionPool *pool() const { return m_pool; }

    // The launcher of an inventory host, made on first use (no connection is opened until a
    // run needs one). nullptr with *error for `local` (the runner's own launcher) and for an
    // unknown name ("unknown host 'X' (did you mean ...; known hosts: ...)"), or a host whose
    // jump hosts cannot be resolved.
    HostLauncher *launcher(const QString &hostName, QString *error = nullptr);

    // Registers the launchers of hosts (inventory names; `local` and empty names are skipped)
    // on runner, and closes every connection when the runner's batch has finished. False with
    // *error at the first name that has no launcher; nothing is registered then.
    bool attach(JobRunner *runner, const QStringList &hosts, QString *error = nullptr);

    // Ends a batch: closes every connection and forgets the tools probed. Launchers stay
    // registered and reconnect when the next batch needs them.
    void closeAll();

Q_SIGNALS:
    // Answer on the connection given: SshConnection::answerHostKey().
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    // Answer on the connection given: provideSecret() or refuseSecret().
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

private:
    Inventory m_inventory;
    SshConnectionPool *m_pool;
    QMap<QString, SshLauncher *> m_launchers; // by inventory name
    QList<QPointer<JobRunner>> m_runners;
};

} // namespace Perfdeck

// The inventory hosts of a user's runs, each with the launcher that starts its processes: an
// SshLauncher over one shared SshConnectionPool, or a LocalLauncher for a host that is this
// machine under another loopback address without SSH settings (LocalLauncher::servesHost: a
// 2x2 plan on 127.0.0.2-5). Registered on a JobRunner beside its own `local` launcher; the one
// place where the GUI, the CLI's plans and QoS runs and the web dashboard turn host names into
// launchers. Connections open on first use and close when the runner's batch ends; the
// questions they ask (an unknown host key under SshOptions::UnknownHostKey::Ask, a password or
// passphrase) come out of here.
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

class HostLaunchers final : public QObject {
    Q_OBJECT
public:
    HostLaunchers(const Inventory &inventory, const SshOptions &options, QObject *parent = nullptr);
    // Takes its launchers off every runner it was attached to and closes the connections.
    // Must not happen while one of those runners is running.
    ~HostLaunchers() override;

    const Inventory &inventory() const { return m_inventory; }
    const SshOptions &options() const;
    // The pool, to answer a question on the connection it names.
    SshConnectionPool *pool() const { return m_pool; }

    // The launcher of an inventory host, made on first use (no connection is opened until a
    // run needs one): a LocalLauncher for a loopback host without SSH settings, else an
    // SshLauncher. nullptr with *error for `local` (the runner's own launcher) and for an
    // unknown name ("unknown host 'X' (did you mean ...; known hosts: ...)"), or a host whose
    // jump hosts cannot be resolved.
    HostLauncher *launcher(const QString &hostName, QString *error = nullptr);
    // Whether hostName's launcher starts processes over SSH (false for `local`, loopback hosts
    // without SSH settings and unknown names).
    bool isRemote(const QString &hostName) const;

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
    // By inventory name: SshLaunchers, and LocalLaunchers for loopback hosts without SSH.
    QMap<QString, HostLauncher *> m_launchers;
    QList<QPointer<JobRunner>> m_runners;
};

} // namespace Perfdeck

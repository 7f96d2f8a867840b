// Health checks of inventory hosts, several at a time up to a limit, never blocking the
// caller's thread: TCP reachability of the SSH port with a timeout and its connect time, then
// SSH handshake and login, the round trip of a trivial command and the tools, disk and load on
// the host (HostProbe's remote command). `local` is read directly (PATH, /proc, statvfs).
#pragma once

#include "inventory/hoststatus.h"
#include "inventory/inventory.h"
#include "ssh/sshconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace Perfdeck {

class SshConnectionPool;

class HostChecker final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxParallel = 8;
        int timeoutMs = 5000;   // per step (TCP connect, SSH login, probe command)
        QString knownHostsFile; // empty: ~/.ssh/known_hosts
        bool acceptNewHostKeys = false;
        // Unknown host keys: refused (or accepted with acceptNewHostKeys) unless this is set;
        // then hostKeyQuestion() asks and the listener answers on the connection.
        bool askHostKeys = false;
        // Passwords and passphrases: refused unless this is set (then secretRequested()).
        bool askSecrets = false;
        bool useKeychain = true;
        QString agentSocket; // empty: $SSH_AUTH_SOCK
    };

    explicit HostChecker(QObject *parent = nullptr);
    ~HostChecker() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Checks the named hosts (all of the inventory and `local` when names is empty). Unknown
    // names are reported as an Error status. Does nothing while a check is running.
    void start(const Inventory &inventory, const QStringList &names = {});
    // Stops waiting: running probes are dropped, finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void hostStarted(const QString &name);
    void hostChecked(const Perfdeck::HostStatus &status);
    void finished();
    // Only with Options::askHostKeys / askSecrets: answer on the connection given.
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

private:
    struct Pending {
        HostStatus status;
        QPointer<QTcpSocket> socket;
        QPointer<QTimer> timer;
        QElapsedTimer clock;
        QPointer<QObject> sshContext; // owns the SSH step's channels and connections
    };

    void pump();
    void startHost(const QString &name);
    void checkLocal(const Host &host);
    void checkTcp(const Host &host);
    void tcpDone(const QString &name, bool reachable, const QString &error);
    // Handshake and login (on the check's pool), then the round trip and the remote probe.
    void checkOverSsh(const Host &host, HostStatus status);
    void sshConnected(const QString &name, SshConnection *connection);
    void sshFailed(const QString &name, const QString &message);
    void runProbe(const QString &name, SshConnection *connection);
    void finishSsh(const QString &name);
    void complete(HostStatus status);
    SshConnectionPool *pool();
    void releasePool();

    Options m_options;
    Inventory m_inventory;
    QStringList m_queue;
    QHash<QString, Pending> m_pending;
    QPointer<SshConnectionPool> m_pool; // one per start(): jump hosts are shared
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0; // results of a cancelled run are dropped
};

} // namespace Perfdeck

// One SSH connection (libssh2) to one host, driven on its own worker thread with non-blocking
// I/O: host key check against known_hosts, authentication (agent, key file, password),
// keepalives, and any number of exec channels and tunnels over it. The caller's thread never
// blocks; questions for the user (unknown host key, password, passphrase) arrive as signals.
#pragma once

#include "ssh/sshchannel.h"
#include "ssh/sshhostkey.h"
#include "ssh/sshtarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;

namespace Perfdeck {

class SshConnection final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Authenticating, Connected, Failed, Closed };
    Q_ENUM(State)
    enum class Error {
        None,
        Connect,        // address, TCP connect or the jump host
        Timeout,        // connect or authentication took too long
        HostKeyUnknown, // refused by policy or by the user
        HostKeyChanged,
        HostKeyRevoked,
        Auth,
        Protocol,
        Disconnected, // the connection dropped after it was up
        Cancelled,
    };
    Q_ENUM(Error)
    enum class HostKeyDecision { Refuse, AcceptOnce, AcceptAndSave };

    struct HostKeyQuestion {
        QString host; // as known_hosts names it: host or [host]:port
        QString displayName;
        SshHostKey key;
        QString knownHostsFile;
        QStringList otherKnownTypes; // the host is known with keys of these other types
    };
    enum class SecretKind { Password, Passphrase };
    struct SecretRequest {
        SecretKind kind = SecretKind::Password;
        QString prompt;      // ready to show: "Password for root@127.0.0.1:2222"
        QString keychainKey; // where a "remember" answer is stored in Qt Keychain
        int attempt = 1;
    };

    SshConnection(const SshTarget &target, const SshOptions &options, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshTarget &target() const { return m_target; }
    const SshOptions &options() const { return m_options; }
    State state() const { return m_state; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isConnected() const { return m_state == State::Connected; }
    // Milliseconds from open() to Connected.
    qint64 connectDurationMs() const { return m_connectMs; }

    // Uses an existing connection to the jump host (the pool shares them); otherwise a jump
    // connection is created and owned.
    void setJumpConnection(SshConnection *jump);

    // Starts connecting; connected() or failed() follows. Does nothing unless Idle.
    void open();
    // Closes every channel and the connection. finished() of running channels follows.
    void close();

    // Runs a command (a shell command line: quote every argument). May be called before the
    // connection is up: it starts once connected. timeoutMs 0: no limit.
    SshChannel *exec(const QString &command, int timeoutMs = 0, QObject *parent = nullptr);

    // A TCP connection from the remote host to host:port (direct-tcpip), handed over as one end
    // of a local socket pair; done(fd, error) runs in context's thread. fd < 0 on error.
    void openTunnel(const QString &host, int port, QObject *context,
                    std::function<void(int fd, const QString &error)> done);

    // Runs job on the connection's worker thread with its libssh2 session (for protocols
    // beside exec, such as SFTP). The other channels of the connection wait while it runs:
    // keep it bounded. Inside, retry(f, deadlineMs) calls f again while it would block
    // (LIBSSH2_ERROR_EAGAIN), until nowMs() reaches deadlineMs (then -1000; -1001 when the
    // connection is closing). done(error) runs in context's thread; error is empty on success.
    // Only on a connected connection (else done() gets the reason at once).
    using SessionRetry = std::function<int(const std::function<int()> &f, qint64 deadlineMs)>;
    using SessionJob = std::function<QString(LIBSSH2_SESSION *session, const SessionRetry &retry)>;
    void runOnSession(SessionJob job, QObject *context, std::function<void(QString)> done);
    // The clock retry's deadlines count in (milliseconds, monotonic).
    static qint64 monotonicMs();

    void answerHostKey(HostKeyDecision decision);
    void provideSecret(const QString &secret);
    void refuseSecret();

Q_SIGNALS:
    void stateChanged(Perfdeck::SshConnection::State state);
    void connected();
    void failed(Perfdeck::SshConnection::Error error, const QString &message);
    // The connection was up and dropped (or was closed): running channels have finished.
    void disconnected(const QString &reason);
    // Answer with answerHostKey() on the connection given (a jump host asks for itself).
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    // Answer with provideSecret()/refuseSecret() on the connection given.
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

protected:
    // Runs the worker's calls (posted as events, see Worker::toOwner).
    bool event(QEvent *event) override;

private:
    class Worker;
    friend class SshChannel;
    friend class Worker;

    void startWorker(int tunnelFd);
    void onWorkerState(State state);
    void onWorkerFailed(Error error, const QString &message);
    void onHostKeyQuestion(const HostKeyQuestion &question);
    void onSecretRequest(const SecretRequest &request);
    void channelStarted(int id);
    void channelLines(int id, const QStringList &lines, bool isStderr);
    void channelFinished(int id, const SshChannel::Exit &exit);
    void channelDestroyed(int id);
    void channelWrite(int id, const QByteArray &data);
    void channelCloseStdin(int id);
    void channelClose(int id);
    void setState(State state);

    SshTarget m_target;
    SshOptions m_options;
    State m_state = State::Idle;
    Error m_error = Error::None;
    QString m_errorString;
    qint64 m_connectMs = -1;
    qint64 m_openedAtMs = 0;
    std::unique_ptr<Worker> m_worker;
    QPointer<SshConnection> m_jump;
    QHash<int, QPointer<SshChannel>> m_channels;
    int m_nextId = 1;
    bool m_closeRequested = false;
    bool m_keychainTried = false;
};

} // namespace Perfdeck

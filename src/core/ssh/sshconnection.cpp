#include "ssh/sshconnection.h"

#include "ssh/knownhosts.h"
#include "ssh/sshkeychain.h"
#include "util/threadhandoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QtEndian>
#include <QTimer>

#include <libssh2.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <limits>
#include <map>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr int kTimedOut = -1000;
constexpr int kStopped = -1001;
constexpr qsizetype kTunnelBuffer = 256 * 1024;

qint64 nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void setNonBlocking(int fd) {
    const int flags = ::fcntl(fd, F_GETFL, 0);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

QString sessionErrorText(LIBSSH2_SESSION *s, int rc) {
    if (rc == kTimedOut)
        return Tr::tr("timed out");
    if (rc == kStopped)
        return QStringLiteral("cancelled");
    char *msg = nullptr;
    int len = 0;
    if (s)
        libssh2_session_last_error(s, &msg, &len, 0);
    if (msg && len > 0)
        return QString::fromUtf8(msg, len);
    return QStringLiteral("libssh2 error %1").arg(rc);
}

// libssh2's message names the step that failed ("Failed waiting for channel success"); the
// code says why (the server hung up, no reply in time, a read failed), so a lost connection
// reports both.
QString lostText(LIBSSH2_SESSION *s, int rc) {
    const int err = errno; // what the failed read or write left
    const QString text = sessionErrorText(s, rc);
    switch (rc) {
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
        return Tr::tr("%1 (the server closed the connection)").arg(text);
    case LIBSSH2_ERROR_TIMEOUT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
        return Tr::tr("%1 (no reply in time)").arg(text);
    case LIBSSH2_ERROR_SOCKET_RECV:
        return Tr::tr("%1 (reading from the connection failed: %2)")
            .arg(text, QString::fromLocal8Bit(std::strerror(err)));
    case LIBSSH2_ERROR_SOCKET_SEND:
        return Tr::tr("%1 (writing to the connection failed: %2)")
            .arg(text, QString::fromLocal8Bit(std::strerror(err)));
    case kTimedOut:
    case kStopped:
        return text;
    default:
        return QStringLiteral("%1 (libssh2 error %2)").arg(text).arg(rc);
    }
}

// Errors that belong to one channel; anything else means the whole connection is gone.
bool isChannelError(int rc) {
    switch (rc) {
    case LIBSSH2_ERROR_CHANNEL_OUTOFORDER:
    case LIBSSH2_ERROR_CHANNEL_FAILURE:
    case LIBSSH2_ERROR_CHANNEL_REQUEST_DENIED:
    case LIBSSH2_ERROR_CHANNEL_UNKNOWN:
    case LIBSSH2_ERROR_CHANNEL_WINDOW_EXCEEDED:
    case LIBSSH2_ERROR_CHANNEL_PACKET_EXCEEDED:
    case LIBSSH2_ERROR_CHANNEL_CLOSED:
    case LIBSSH2_ERROR_CHANNEL_EOF_SENT:
    case LIBSSH2_ERROR_BAD_USE:
    case LIBSSH2_ERROR_INVAL:
        return true;
    default:
        return false;
    }
}

// Is this private key file protected by a passphrase? (PEM "ENCRYPTED", or an OpenSSH-format
// key whose cipher is not "none".)
bool keyFileEncrypted(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (from < 0 || to < 0)
        return false;
    const QByteArray blob =
        QByteArray::fromBase64(text.mid(from + begin.size(), to - from - begin.size()));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const quint32 len = qFromBigEndian<quint32>(blob.constData() + magic.size());
    return blob.mid(magic.size() + 4, qsizetype(len)) != "none";
}

const QStringList &supportedHostKeyTypes() {
    static const QStringList types{
        QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("ssh-rsa")};
    return types;
}

void splitLines(QByteArray &buffer, QStringList &lines, bool flushAll) {
    qsizetype start = 0;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const char c = buffer.at(i);
        if (c == '\n' || c == '\r') {
            // "\r\n" is one line end.
            if (!(c == '\n' && i > 0 && buffer.at(i - 1) == '\r' && i - 1 < start))
                lines << QString::fromUtf8(buffer.constData() + start, i - start);
            start = i + 1;
        }
    }
    buffer.remove(0, start);
    if (flushAll && !buffer.isEmpty()) {
        lines << QString::fromUtf8(buffer);
        buffer.clear();
    }
}

// A call from the worker to its SshConnection, run on the connection's thread. Posted to the
// connection itself, so Qt drops it (and deletes it) if the connection is gone first.
class OwnerCall final : public QEvent {
public:
    explicit OwnerCall(std::function<void(SshConnection *)> f)
        : QEvent(type())
        , call(std::move(f)) {}
    static QEvent::Type type() {
        static const auto t = QEvent::Type(QEvent::registerEventType());
        return t;
    }
    std::function<void(SshConnection *)> call;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// The worker owns the socket and the libssh2 session and is the only thread that touches them.
// The caller's thread talks to it through a command queue (woken by an eventfd); the worker
// answers with queued calls on the SshConnection, which are dropped if it is gone.
class SshConnection::Worker final {
public:
    Worker(SshConnection *owner, const SshTarget &target, const SshOptions &options)
        : m_owner(owner)
        , m_target(target)
        , m_options(options)
        , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

    ~Worker() {
        stop();
        if (m_wakeFd >= 0)
            ::close(m_wakeFd);
    }

    void start(int tunnelFd) {
        m_sock = tunnelFd;
        m_isTunnel = tunnelFd >= 0;
        m_thread = std::thread([this] { run(); });
    }

    void stop() {
        m_stop = true;
        wake();
        if (m_thread.joinable())
            m_thread.join();
    }

    // False once the worker has ended: nothing will run f.
    bool post(std::function<void()> f) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_exited)
                return false;
            m_queue.push_back(std::move(f));
        }
        wake();
        return true;
    }

    // Called on the caller's thread; the work is done on the worker's.
    void addChannel(int id, const QByteArray &command, int timeoutMs) {
        const bool queued = post([this, id, command, timeoutMs] {
            Channel c;
            c.id = id;
            c.command = command;
            c.deadline = timeoutMs > 0 ? nowMs() + timeoutMs : 0;
            m_channels.emplace(id, std::move(c));
        });
        // The worker failed (or closed) before the owner heard of it: the command ends with
        // the same reason as those that were queued in time.
        if (!queued) {
            SshChannel::Exit exit;
            exit.error = exitReason();
            toOwner([id, exit](SshConnection *o) { o->channelFinished(id, exit); });
        }
    }
    void writeStdin(int id, const QByteArray &data) {
        post([this, id, data] {
            if (auto it = m_channels.find(id); it != m_channels.end())
                it->second.stdinPending += data;
        });
    }
    void closeStdin(int id) {
        post([this, id] {
            if (auto it = m_channels.find(id); it != m_channels.end())
                it->second.stdinEof = true;
        });
    }
    void closeChannel(int id, bool quiet) {
        post([this, id, quiet] {
            if (auto it = m_channels.find(id); it != m_channels.end()) {
                it->second.closeRequested = true;
                it->second.quiet = it->second.quiet || quiet;
            }
        });
    }
    void addTunnel(int id, const QString &host, int port,
                   std::function<void(int fd, const QString &error)> reply) {
        const bool queued = post([this, id, host, port, reply] {
            Tunnel t;
            t.id = id;
            t.host = host.toUtf8();
            t.port = port;
            t.reply = reply;
            m_tunnels.emplace(id, std::move(t));
        });
        if (!queued)
            reply(-1, exitReason());
    }
    void runJob(SessionJob job, std::function<void(const QString &)> reply) {
        post([this, job = std::move(job), reply = std::move(reply)] {
            if (!m_session || m_failed) {
                reply(Tr::tr("not connected to %1").arg(m_target.displayName()));
                return;
            }
            reply(job(m_session, [this](const std::function<int()> &f, qint64 deadline) {
                return retry(f, deadline);
            }));
        });
    }
    void answerHostKey(HostKeyDecision d) {
        post([this, d] { m_hostKeyAnswer = d; });
    }
    void answerSecret(std::optional<QString> secret) {
        post([this, secret] { m_secretAnswer = secret; });
    }
    void requestClose() {
        post([this] { m_closeRequested = true; });
    }

private:
    struct Channel {
        int id = 0;
        QByteArray command;
        LIBSSH2_CHANNEL *ch = nullptr;
        enum class Phase {
            Opening,
            Exec,
            Running,
            Closing,
            WaitClosed,
            Done
        } phase = Phase::Opening;
        QByteArray outBuf, errBuf, stdinPending;
        bool stdinEof = false, eofSent = false;
        bool closeRequested = false, quiet = false;
        qint64 deadline = 0, closingSince = 0;
        SshChannel::Exit exit;
    };
    // A libssh2 call that may send, by who made it (a channel's id, a tunnel's -id, or the
    // session's keepalive).
    enum class Op { None, Open, Exec, Read, Write, Eof, Close, Keepalive };
    struct Outbound {
        int actor = 0;
        Op op = Op::None;
    };
    static constexpr int kSessionActor = std::numeric_limits<int>::min();

    struct Tunnel {
        int id = 0;
        QByteArray host;
        int port = 0;
        LIBSSH2_CHANNEL *ch = nullptr;
        int fd = -1;
        bool open = false, localEof = false, remoteEof = false, eofSent = false, done = false;
        QByteArray toRemote, toLocal;
        std::function<void(int, const QString &)> reply;
    };

    // The event is complete before it is posted; SshConnection::event() acquires what this
    // releases (Qt's event queue is a futex TSan cannot see).
    template<class F>
    void toOwner(F f) {
        auto *call = new OwnerCall(std::move(f));
        Tsan::release(call);
        QCoreApplication::postEvent(m_owner, call);
    }

    void wake() {
        if (m_wakeFd >= 0) {
            const quint64 one = 1;
            [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
        }
    }

    void processQueue() {
        quint64 value = 0;
        [[maybe_unused]] const auto n = ::read(m_wakeFd, &value, sizeof value);
        std::deque<std::function<void()>> queue;
        {
            const std::lock_guard lock(m_mutex);
            queue.swap(m_queue);
        }
        for (auto &f : queue)
            f();
    }

    bool stopping() const { return m_stop.load(); }

    // Waits for the session socket in the directions libssh2 needs (or a command). Returns 1
    // when something may have happened, 0 at the deadline, -1 when stopping.
    int waitSocket(qint64 deadline) {
        const qint64 left = deadline - nowMs();
        if (left <= 0)
            return 0;
        pollfd fds[2] = {};
        fds[0].fd = m_sock;
        fds[0].events = POLLIN;
        if (m_session &&
            (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND))
            fds[0].events |= POLLOUT;
        fds[1].fd = m_wakeFd;
        fds[1].events = POLLIN;
        ::poll(fds, 2, int(qMin<qint64>(left, 1000)));
        if (fds[1].revents)
            processQueue();
        return stopping() ? -1 : 1;
    }

    int retry(const std::function<int()> &f, qint64 deadline) {
        for (;;) {
            const int rc = f();
            if (rc != LIBSSH2_ERROR_EAGAIN)
                return rc;
            const int w = waitSocket(deadline);
            if (w < 0)
                return kStopped;
            if (w == 0)
                return kTimedOut;
        }
    }

    // Waits (without a deadline: a person is answering) until done() or stopping.
    bool waitForAnswer(const std::function<bool()> &done) {
        while (!done()) {
            if (stopping())
                return false;
            pollfd fd{m_wakeFd, POLLIN, 0};
            ::poll(&fd, 1, 500);
            processQueue();
        }
        return !stopping();
    }

    QString exitReason() {
        const std::lock_guard lock(m_mutex);
        return m_exitReason;
    }

    void fail(Error error, const QString &message) {
        m_failed = true;
        // Commands queued before the connection was up end with why it never came up.
        if (m_lostReason.isEmpty())
            m_lostReason = message;
        toOwner([error, message](SshConnection *o) { o->onWorkerFailed(error, message); });
    }

    void run() {
        // A send() on a socket the peer closed must give EPIPE here, not kill the process.
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, nullptr);

        if (establish()) {
            toOwner([](SshConnection *o) { o->onWorkerState(State::Connected); });
            mainLoop();
        }
        // Whatever is still queued or running ends here, with the reason; later commands are
        // refused by post() and end with the same reason (exitReason()).
        const QString reason = m_lostReason.isEmpty()
                                   ? Tr::tr("connection to %1 closed").arg(m_target.displayName())
                                   : m_lostReason;
        {
            const std::lock_guard lock(m_mutex);
            m_exitReason = reason;
            m_exited = true;
        }
        processQueue();
        for (auto &[id, c] : m_channels) {
            if (c.phase != Channel::Phase::Done) {
                if (c.exit.error.isEmpty() && !c.closeRequested)
                    c.exit.error = reason;
                c.exit.closedByUs = c.exit.closedByUs || c.closeRequested;
                finishChannel(c);
            }
        }
        for (auto &[id, t] : m_tunnels)
            finishTunnel(t, reason);
        teardown();
    }

    int tcpConnect(qint64 deadline, QString *error) {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *res = nullptr;
        const QByteArray host = m_target.host.toUtf8();
        const QByteArray port = QByteArray::number(m_target.port);
        if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &res)) {
            *error = Tr::tr("cannot resolve %1: %2")
                         .arg(m_target.host, QString::fromLocal8Bit(::gai_strerror(rc)));
            return -1;
        }
        QString lastError = Tr::tr("no address");
        int sock = -1;
        for (addrinfo *ai = res; ai && sock < 0 && !stopping(); ai = ai->ai_next) {
            const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
            if (fd < 0)
                continue;
            setNonBlocking(fd);
            int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
            if (rc < 0 && errno == EINPROGRESS) {
                for (;;) {
                    const qint64 left = deadline - nowMs();
                    if (left <= 0 || stopping()) {
                        lastError =
                            stopping() ? QStringLiteral("cancelled") : Tr::tr("connect timed out");
                        m_connectTimedOut = !stopping();
                        break;
                    }
                    pollfd fds[2] = {{fd, POLLOUT, 0}, {m_wakeFd, POLLIN, 0}};
                    ::poll(fds, 2, int(qMin<qint64>(left, 500)));
                    if (fds[1].revents)
                        processQueue();
                    if (fds[0].revents) {
                        int err = 0;
                        socklen_t len = sizeof err;
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                        rc = err ? -1 : 0;
                        errno = err;
                        break;
                    }
                }
            }
            if (rc == 0) {
                sock = fd;
            } else {
                if (!m_connectTimedOut && !stopping())
                    lastError = QString::fromLocal8Bit(::strerror(errno));
                ::close(fd);
            }
        }
        ::freeaddrinfo(res);
        if (sock < 0)
            *error = Tr::tr("cannot connect to %1 port %2: %3")
                         .arg(m_target.host)
                         .arg(m_target.port)
                         .arg(lastError);
        return sock;
    }

    bool establish() {
        const qint64 connectDeadline = nowMs() + m_options.connectTimeoutMs;
        if (m_sock < 0) {
            QString error;
            m_sock = tcpConnect(connectDeadline, &error);
            if (m_sock < 0) {
                fail(stopping()          ? Error::Cancelled
                     : m_connectTimedOut ? Error::Timeout
                                         : Error::Connect,
                     error);
                return false;
            }
            const int one = 1;
            ::setsockopt(m_sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::setsockopt(m_sock, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
            // Unacknowledged data (our keepalives) for this long means the peer is gone.
            const unsigned userTimeout =
                unsigned(qMax(3 * m_options.keepaliveIntervalS, 10)) * 1000;
            ::setsockopt(m_sock, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
        }
        setNonBlocking(m_sock);

        m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
        if (!m_session) {
            fail(Error::Protocol, Tr::tr("cannot create an SSH session"));
            return false;
        }
        libssh2_session_set_blocking(m_session, 0);

        const QString khPath = m_options.effectiveKnownHostsFile();
        const KnownHosts knownHosts = KnownHosts::load(khPath);
        // Like ssh: prefer the key types already known for this host, so a server with
        // several host keys is not asked for one we have never seen.
        QStringList pref;
        for (const QString &t : knownHosts.knownKeyTypes(m_target.host, m_target.port))
            if (supportedHostKeyTypes().contains(t))
                pref << t;
        for (const QString &t : supportedHostKeyTypes())
            if (!pref.contains(t))
                pref << t;
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY,
                                    pref.join(QLatin1Char(',')).toLatin1().constData());

        const int rc =
            retry([this] { return libssh2_session_handshake(m_session, m_sock); }, connectDeadline);
        if (rc != 0) {
            fail(rc == kTimedOut  ? Error::Timeout
                 : rc == kStopped ? Error::Cancelled
                                  : Error::Protocol,
                 Tr::tr("SSH handshake with %1 failed: %2")
                     .arg(m_target.displayName(), sessionErrorText(m_session, rc)));
            return false;
        }
        if (!checkHostKey(knownHosts, khPath))
            return false;
        toOwner([](SshConnection *o) { o->onWorkerState(State::Authenticating); });
        if (!authenticate())
            return false;
        libssh2_keepalive_config(m_session, 1, unsigned(qMax(1, m_options.keepaliveIntervalS)));
        return true;
    }

    bool checkHostKey(const KnownHosts &knownHosts, const QString &khPath) {
        size_t len = 0;
        int type = 0;
        const char *raw = libssh2_session_hostkey(m_session, &len, &type);
        const SshHostKey key(raw ? QByteArray(raw, qsizetype(len)) : QByteArray());
        const QString name = KnownHosts::hostName(m_target.host, m_target.port);
        if (!key.isValid()) {
            fail(Error::Protocol, Tr::tr("%1 sent no usable host key").arg(m_target.displayName()));
            return false;
        }
        const KnownHosts::Result r = knownHosts.check(m_target.host, m_target.port, key);
        switch (r.status) {
        case KnownHosts::Status::Known:
            return true;
        case KnownHosts::Status::Revoked:
            fail(Error::HostKeyRevoked,
                 Tr::tr("the host key of %1 (%2 %3) is marked @revoked in %4:%5")
                     .arg(name, key.type(), key.sha256Fingerprint(), khPath)
                     .arg(r.line));
            return false;
        case KnownHosts::Status::Changed:
            fail(Error::HostKeyChanged,
                 Tr::tr("HOST KEY CHANGED for %1: the server offers %2 %3, but %4:%5 "
                        "holds %6. Someone may be intercepting the connection, or the "
                        "host was reinstalled. If the change is expected, remove line "
                        "%5 from %4 (ssh-keygen -R '%1' -f '%4') and connect again.")
                     .arg(name, key.type(), key.sha256Fingerprint(), khPath)
                     .arg(r.line)
                     .arg(r.knownKey.sha256Fingerprint()));
            return false;
        case KnownHosts::Status::Unknown:
            break;
        }
        bool save = false;
        switch (m_options.unknownHostKey) {
        case SshOptions::UnknownHostKey::Refuse:
            fail(Error::HostKeyUnknown,
                 Tr::tr("the host key of %1 is not known (%2 %3, not in %4); %5")
                     .arg(name, key.type(), key.sha256Fingerprint(), khPath,
                          m_options.unknownHostKeyHint));
            return false;
        case SshOptions::UnknownHostKey::AcceptAndSave:
            save = true;
            break;
        case SshOptions::UnknownHostKey::Ask: {
            HostKeyQuestion q;
            q.host = name;
            q.displayName = m_target.displayName();
            q.key = key;
            q.knownHostsFile = khPath;
            q.otherKnownTypes = r.otherKnownTypes;
            m_hostKeyAnswer.reset();
            toOwner([q](SshConnection *o) { o->onHostKeyQuestion(q); });
            if (!waitForAnswer([this] { return m_hostKeyAnswer.has_value(); })) {
                fail(Error::Cancelled, QStringLiteral("cancelled"));
                return false;
            }
            if (*m_hostKeyAnswer == HostKeyDecision::Refuse) {
                fail(Error::HostKeyUnknown, Tr::tr("the host key of %1 (%2 %3) was refused")
                                                .arg(name, key.type(), key.sha256Fingerprint()));
                return false;
            }
            save = *m_hostKeyAnswer == HostKeyDecision::AcceptAndSave;
            break;
        }
        }
        if (save) {
            QString error;
            // Saving under the lock keeps two connections accepting keys at once from
            // interleaving their lines.
            static std::mutex fileMutex;
            const std::lock_guard lock(fileMutex);
            if (!KnownHosts::append(khPath, m_target.host, m_target.port, key, &error)) {
                fail(Error::HostKeyUnknown,
                     Tr::tr("cannot save the host key of %1: %2").arg(name, error));
                return false;
            }
        }
        return true;
    }

    std::optional<QString> askSecret(SecretKind kind, const QString &prompt,
                                     const QString &keychainKey, int attempt) {
        SecretRequest req;
        req.kind = kind;
        req.prompt = prompt;
        req.keychainKey = keychainKey;
        req.attempt = attempt;
        m_secretAnswer.reset();
        toOwner([req](SshConnection *o) { o->onSecretRequest(req); });
        const bool ok = waitForAnswer([this] { return m_secretAnswer.has_value(); });
        if (!ok)
            return std::nullopt;
        std::optional<QString> answer = *m_secretAnswer;
        m_secretAnswer.reset();
        return answer;
    }

    bool authenticate() {
        const qint64 startedAt = nowMs();
        auto deadline = [&] { return startedAt + m_options.authTimeoutMs + m_waitedForUserMs; };
        const QByteArray user = m_target.effectiveUser().toUtf8();
        const QString who = m_target.displayName();

        const char *list = nullptr;
        int rc = retry(
            [&] {
                list = libssh2_userauth_list(m_session, user.constData(), unsigned(user.size()));
                if (list)
                    return 0;
                if (libssh2_userauth_authenticated(m_session))
                    return 1;
                return libssh2_session_last_errno(m_session);
            },
            deadline());
        if (rc == 1)
            return true;
        if (rc != 0) {
            fail(rc == kTimedOut  ? Error::Timeout
                 : rc == kStopped ? Error::Cancelled
                                  : Error::Auth,
                 Tr::tr("authentication with %1 failed: %2")
                     .arg(who, sessionErrorText(m_session, rc)));
            return false;
        }
        const QStringList methods = QString::fromLatin1(list).split(QLatin1Char(','));
        QStringList notes;
        const auto auth = m_target.auth;
        const bool publicKey = methods.contains(QLatin1String("publickey"));

        auto finishFailed = [&](int code) {
            if (code == kTimedOut || code == kStopped) {
                fail(code == kTimedOut ? Error::Timeout : Error::Cancelled,
                     Tr::tr("authentication with %1 %2")
                         .arg(who,
                              code == kTimedOut ? Tr::tr("timed out") : Tr::tr("was cancelled")));
                return true;
            }
            return false;
        };

        if ((auth == SshTarget::Auth::Auto || auth == SshTarget::Auth::Agent) && publicKey) {
            const int r = tryAgent(user, deadline, notes);
            if (r == 0)
                return true;
            if (finishFailed(r))
                return false;
        }
        if ((auth == SshTarget::Auth::Auto || auth == SshTarget::Auth::Key) && publicKey) {
            const int r = tryKeyFiles(user, deadline, notes);
            if (r == 0)
                return true;
            if (finishFailed(r))
                return false;
        }
        if (auth == SshTarget::Auth::Password) {
            if (!methods.contains(QLatin1String("password"))) {
                notes << Tr::tr("the server does not accept passwords");
            } else {
                const int r = tryPassword(user, deadline, notes);
                if (r == 0)
                    return true;
                if (finishFailed(r))
                    return false;
            }
        }
        if (!publicKey && auth != SshTarget::Auth::Password)
            notes << Tr::tr("the server does not accept public keys");
        fail(Error::Auth, Tr::tr("authentication with %1 failed (%2; the server accepts: "
                                 "%3)")
                              .arg(who, notes.join(QStringLiteral("; ")), methods.join(u", ")));
        return false;
    }

    int tryAgent(const QByteArray &user, const std::function<qint64()> &deadline,
                 QStringList &notes) {
        const QString socketPath = m_options.agentSocket.isEmpty()
                                       ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                       : m_options.agentSocket;
        if (socketPath.isEmpty()) {
            notes << Tr::tr("no ssh-agent (SSH_AUTH_SOCK is not set)");
            return -1;
        }
        LIBSSH2_AGENT *agent = libssh2_agent_init(m_session);
        if (!agent)
            return -1;
        const QByteArray path = QFile::encodeName(socketPath);
        libssh2_agent_set_identity_path(agent, path.constData());
        int result = -1;
        if (libssh2_agent_connect(agent) != 0) {
            notes << Tr::tr("cannot reach the ssh-agent at %1").arg(socketPath);
        } else if (libssh2_agent_list_identities(agent) != 0) {
            notes << Tr::tr("the ssh-agent did not list its keys");
        } else {
            libssh2_agent_publickey *identity = nullptr, *prev = nullptr;
            int tried = 0;
            while (libssh2_agent_get_identity(agent, &identity, prev) == 0) {
                ++tried;
                const int rc =
                    retry([&] { return libssh2_agent_userauth(agent, user.constData(), identity); },
                          deadline());
                if (rc == 0 || rc == kTimedOut || rc == kStopped) {
                    result = rc;
                    break;
                }
                prev = identity;
            }
            if (result != 0 && result != kTimedOut && result != kStopped)
                notes << (tried == 0 ? Tr::tr("the ssh-agent holds no keys")
                                     : Tr::tr("the server refused the %1 key(s) of "
                                              "the ssh-agent")
                                           .arg(tried));
            libssh2_agent_disconnect(agent);
        }
        libssh2_agent_free(agent);
        return result;
    }

    int tryKeyFiles(const QByteArray &user, const std::function<qint64()> &deadline,
                    QStringList &notes) {
        QStringList files;
        if (!m_target.identityFile.isEmpty()) {
            QString f = m_target.identityFile;
            if (f.startsWith(QLatin1String("~/")))
                f = QDir::homePath() + f.mid(1);
            files << f;
        } else {
            for (const char *n : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString f = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(n);
                if (QFileInfo::exists(f))
                    files << f;
            }
            if (files.isEmpty() && m_target.auth == SshTarget::Auth::Key)
                notes << Tr::tr("no key file in ~/.ssh");
        }
        for (const QString &file : files) {
            if (!QFileInfo::exists(file)) {
                notes << Tr::tr("key file %1 does not exist").arg(file);
                continue;
            }
            const bool encrypted = keyFileEncrypted(file);
            const QByteArray path = QFile::encodeName(file);
            for (int attempt = 1; attempt <= (encrypted ? 3 : 1); ++attempt) {
                QByteArray passphrase;
                if (encrypted) {
                    const qint64 askedAt = nowMs();
                    const auto secret = askSecret(
                        SecretKind::Passphrase, Tr::tr("Passphrase for key %1").arg(file),
                        QStringLiteral("passphrase:") + QFileInfo(file).absoluteFilePath(),
                        attempt);
                    m_waitedForUserMs += nowMs() - askedAt;
                    if (stopping())
                        return kStopped;
                    if (!secret) {
                        notes << Tr::tr("no passphrase for %1").arg(file);
                        break;
                    }
                    passphrase = secret->toUtf8();
                }
                const int rc = retry(
                    [&] {
                        return libssh2_userauth_publickey_fromfile_ex(
                            m_session, user.constData(), unsigned(user.size()), nullptr,
                            path.constData(), passphrase.constData());
                    },
                    deadline());
                passphrase.fill('\0');
                if (rc == 0 || rc == kTimedOut || rc == kStopped)
                    return rc;
                if (rc == LIBSSH2_ERROR_FILE) {
                    notes << (encrypted ? Tr::tr("wrong passphrase for %1").arg(file)
                                        : Tr::tr("cannot read key %1 (%2)")
                                              .arg(file, sessionErrorText(m_session, rc)));
                    continue;
                }
                notes << Tr::tr("the server refused key %1").arg(file);
                QFile pub(file + QStringLiteral(".pub"));
                if (pub.open(QIODevice::ReadOnly) && pub.read(8) == "ssh-rsa ")
                    notes << Tr::tr("RSA keys need a server that accepts ssh-rsa "
                                    "signatures with this libssh2 (%1); use an ed25519 "
                                    "or ecdsa key")
                                 .arg(QLatin1String(LIBSSH2_VERSION));
                break;
            }
        }
        return -1;
    }

    int tryPassword(const QByteArray &user, const std::function<qint64()> &deadline,
                    QStringList &notes) {
        const QString key = QStringLiteral("password:") + m_target.effectiveUser() +
                            QLatin1Char('@') + m_target.host + QLatin1Char(':') +
                            QString::number(m_target.port);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const qint64 askedAt = nowMs();
            const auto secret =
                askSecret(SecretKind::Password,
                          Tr::tr("Password for %1").arg(m_target.displayName()), key, attempt);
            m_waitedForUserMs += nowMs() - askedAt;
            if (stopping())
                return kStopped;
            if (!secret) {
                notes << Tr::tr("no password given");
                return -1;
            }
            QByteArray password = secret->toUtf8();
            const int rc = retry(
                [&] {
                    return libssh2_userauth_password_ex(m_session, user.constData(),
                                                        unsigned(user.size()), password.constData(),
                                                        unsigned(password.size()), nullptr);
                },
                deadline());
            password.fill('\0');
            if (rc == 0 || rc == kTimedOut || rc == kStopped)
                return rc;
            if (rc != LIBSSH2_ERROR_AUTHENTICATION_FAILED && rc != LIBSSH2_ERROR_PASSWORD_EXPIRED) {
                notes << QStringLiteral("password: %1").arg(sessionErrorText(m_session, rc));
                return -1;
            }
        }
        notes << Tr::tr("wrong password (3 attempts)");
        return -1;
    }

    // ---- the connected state ----------------------------------------------------------------

    void mainLoop() {
        qint64 hangupSince = 0;
        while (!stopping() && !m_failed) {
            processQueue();
            if (m_closeRequested) {
                closeGracefully();
                return;
            }
            bool progress = false;
            for (auto it = m_channels.begin(); it != m_channels.end() && !m_failed;) {
                progress |= pumpChannel(it->second);
                if (it->second.phase == Channel::Phase::Done)
                    it = m_channels.erase(it);
                else
                    ++it;
            }
            for (auto it = m_tunnels.begin(); it != m_tunnels.end() && !m_failed;) {
                progress |= pumpTunnel(it->second);
                if (it->second.done)
                    it = m_tunnels.erase(it);
                else
                    ++it;
            }
            if (m_failed)
                return;
            int nextKeepalive = 60;
            if (mayCall(kSessionActor, Op::Keepalive)) {
                const int krc = libssh2_keepalive_send(m_session, &nextKeepalive);
                afterCall(kSessionActor, Op::Keepalive, krc == LIBSSH2_ERROR_EAGAIN);
                if (krc != 0 && krc != LIBSSH2_ERROR_EAGAIN) {
                    lost(lostText(m_session, krc));
                    return;
                }
            }
            if (progress)
                continue;

            qint64 timeout = qMin<qint64>(qMax(nextKeepalive, 1) * 1000LL, 1000);
            const qint64 now = nowMs();
            for (const auto &[id, c] : m_channels)
                if (c.deadline > 0 && c.phase < Channel::Phase::Closing)
                    timeout = qMin(timeout, qMax<qint64>(0, c.deadline - now));
            std::vector<pollfd> fds;
            pollfd sockFd{m_sock, POLLIN, 0};
            if (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND)
                sockFd.events |= POLLOUT;
            fds.push_back(sockFd);
            fds.push_back({m_wakeFd, POLLIN, 0});
            for (const auto &[id, t] : m_tunnels) {
                if (t.fd < 0)
                    continue;
                short ev = 0;
                if (!t.localEof && t.toRemote.size() < kTunnelBuffer)
                    ev |= POLLIN;
                if (!t.toLocal.isEmpty())
                    ev |= POLLOUT;
                fds.push_back({t.fd, ev, 0});
            }
            ::poll(fds.data(), nfds_t(fds.size()), int(timeout));
            // A socket that keeps reporting hang-up while libssh2 reads nothing is dead.
            if (fds[0].revents & (POLLHUP | POLLERR)) {
                if (hangupSince == 0)
                    hangupSince = nowMs();
                else if (nowMs() - hangupSince > 200) {
                    lost(Tr::tr("the connection was closed"));
                    return;
                }
            } else {
                hangupSince = 0;
            }
        }
    }

    // libssh2 1.10 keeps one half-sent packet per session: after a call returns EAGAIN with
    // the socket full, only that same call may finish the packet; any other call that sends
    // (another channel's write, a window adjust inside a read, an EOF, a keepalive) fails
    // with LIBSSH2_ERROR_BAD_USE meanwhile. So the call that left it owns the outbound side
    // until it has gone out, and the others wait their turn.
    // Called right before the call it asks for.
    bool mayCall(int actor, Op op) {
        m_halfSentBefore = outboundBlocked();
        return m_outbound.op == Op::None || (m_outbound.actor == actor && m_outbound.op == op);
    }
    void afterCall(int actor, Op op, bool eagain) {
        const bool halfSent = outboundBlocked();
        if (eagain && halfSent) {
            // Only the call that left the packet owns it (a packet left by a call that is not
            // gated, such as freeing a channel, is nobody's: the others get BAD_USE, as
            // before, rather than wait for it forever).
            if (m_outbound.op == Op::None && !m_halfSentBefore)
                m_outbound = {actor, op};
        } else if (m_outbound.actor == actor && m_outbound.op == op) {
            m_outbound = {};
        }
    }
    bool outboundBlocked() const {
        return libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND;
    }
    bool ownsOutbound(int actor) const {
        return m_outbound.op != Op::None && m_outbound.actor == actor;
    }

    void lost(const QString &why) {
        m_lostReason = Tr::tr("connection to %1 lost: %2").arg(m_target.displayName(), why);
        fail(Error::Disconnected, m_lostReason);
    }

    // Returns true when something moved (so the loop goes round again before sleeping).
    bool pumpChannel(Channel &c) {
        using Phase = Channel::Phase;
        const qint64 now = nowMs();
        if (c.phase < Phase::Closing && c.deadline > 0 && now >= c.deadline) {
            c.exit.timedOut = true;
            c.exit.error = Tr::tr("command on %1 timed out").arg(m_target.displayName());
            c.closeRequested = true;
        }
        // An open or an exec request in flight is finished first (below, in the switch):
        // libssh2 keeps its state in the session, and a reply left unread would be taken
        // for the next channel's.
        const bool requestInFlight = (c.phase == Phase::Opening && m_openBusy == c.id) ||
                                     (c.phase == Phase::Exec && m_execBusy == c.id);
        if (c.closeRequested && c.phase < Phase::Closing && !requestInFlight) {
            c.exit.closedByUs = !c.exit.timedOut;
            if (!c.ch) {
                // Not open yet: it never ran.
                finishChannel(c);
                return true;
            }
            c.phase = Phase::Closing;
        }
        switch (c.phase) {
        case Phase::Opening: {
            if ((m_openBusy && m_openBusy != c.id) || !mayCall(c.id, Op::Open))
                return false;
            c.ch = libssh2_channel_open_session(m_session);
            afterCall(c.id, Op::Open,
                      !c.ch && libssh2_session_last_errno(m_session) == LIBSSH2_ERROR_EAGAIN);
            if (!c.ch) {
                const int rc = libssh2_session_last_errno(m_session);
                if (rc == LIBSSH2_ERROR_EAGAIN) {
                    m_openBusy = c.id;
                    return false;
                }
                m_openBusy = 0;
                return channelError(c, rc, Tr::tr("cannot open a channel"));
            }
            m_openBusy = 0;
            c.phase = Phase::Exec;
            return true;
        }
        case Phase::Exec: {
            // One exec request at a time per session: libssh2 1.10 waits for its reply with
            // _libssh2_packet_requirev, which fails (-1, "Failed waiting for channel
            // success") when the next CHANNEL_SUCCESS read off the socket is another
            // channel's.
            if ((m_execBusy && m_execBusy != c.id) || !mayCall(c.id, Op::Exec))
                return false;
            const int rc = libssh2_channel_exec(c.ch, c.command.constData());
            afterCall(c.id, Op::Exec, rc == LIBSSH2_ERROR_EAGAIN);
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                m_execBusy = c.id;
                return false;
            }
            m_execBusy = 0;
            if (rc == LIBSSH2_ERROR_SOCKET_NONE) {
                // The reply mix-up above (should the server answer out of turn): this
                // channel failed, the session is fine.
                c.exit.error = Tr::tr("cannot start the command on %1: %2")
                                   .arg(m_target.displayName(), sessionErrorText(m_session, rc));
                c.phase = Phase::Closing; // the request went out: close what may run
                return true;
            }
            if (rc != 0)
                return channelError(c, rc, Tr::tr("cannot start the command"));
            c.phase = Phase::Running;
            const int id = c.id;
            toOwner([id](SshConnection *o) { o->channelStarted(id); });
            return true;
        }
        case Phase::Running:
            return pumpRunning(c);
        case Phase::Closing: {
            if (c.closingSince == 0)
                c.closingSince = now;
            drainOutput(c); // what arrived before the close still counts
            flushOwnedWrite(c);
            if (mayCall(c.id, Op::Close)) {
                const int rc = libssh2_channel_close(c.ch);
                afterCall(c.id, Op::Close, rc == LIBSSH2_ERROR_EAGAIN);
                if (rc == LIBSSH2_ERROR_EAGAIN && now - c.closingSince < 3000)
                    return false;
            } else if (now - c.closingSince < 3000) {
                return false; // another call's packet goes first
            }
            // After 3 s the close is given up (as it was when the server did not answer). A
            // packet of this channel's still half-sent could never be finished once the
            // channel is freed, and libssh2 could send nothing else: the socket has not
            // drained for 3 s, the connection is as good as gone.
            if (ownsOutbound(c.id)) {
                lost(Tr::tr("nothing could be sent for 3 s"));
                return false;
            }
            c.phase = Phase::WaitClosed;
            return true;
        }
        case Phase::WaitClosed: {
            drainOutput(c);
            const int rc = libssh2_channel_wait_closed(c.ch);
            if (rc == LIBSSH2_ERROR_EAGAIN && now - c.closingSince < 3000)
                return false;
            collectExit(c);
            finishChannel(c);
            return true;
        }
        case Phase::Done:
            return false;
        }
        return false;
    }

    bool channelError(Channel &c, int rc, const QString &what) {
        if (!isChannelError(rc) && rc != LIBSSH2_ERROR_EAGAIN) {
            lost(lostText(m_session, rc));
            return false;
        }
        c.exit.error = QStringLiteral("%1 on %2: %3")
                           .arg(what, m_target.displayName(), sessionErrorText(m_session, rc));
        if (c.ch && c.phase >= Channel::Phase::Running) {
            c.phase = Channel::Phase::Closing;
        } else {
            finishChannel(c);
        }
        return true;
    }

    // Reads whatever is there on both streams; returns whether bytes arrived, <0 on error.
    int drainOutput(Channel &c) {
        char buf[32 * 1024];
        int got = 0;
        for (int stream : {0, 1}) {
            QByteArray &buffer = stream == 0 ? c.outBuf : c.errBuf;
            for (;;) {
                if (!mayCall(c.id, Op::Read))
                    break;
                const ssize_t n = libssh2_channel_read_ex(c.ch, stream, buf, sizeof buf);
                afterCall(c.id, Op::Read, n == LIBSSH2_ERROR_EAGAIN);
                if (n > 0) {
                    buffer.append(buf, n);
                    got = 1;
                    continue;
                }
                if (n < 0 && n != LIBSSH2_ERROR_EAGAIN)
                    return int(n);
                break;
            }
            QStringList lines;
            splitLines(buffer, lines, false);
            if (!lines.isEmpty()) {
                const int id = c.id;
                const bool isStderr = stream == 1;
                toOwner([id, lines, isStderr](SshConnection *o) {
                    o->channelLines(id, lines, isStderr);
                });
            }
        }
        return got;
    }

    bool pumpRunning(Channel &c) {
        bool progress = false;
        const int got = drainOutput(c);
        if (got < 0)
            return channelError(c, got, Tr::tr("reading the output failed"));
        progress = got > 0;
        while (!c.stdinPending.isEmpty() && mayCall(c.id, Op::Write)) {
            const ssize_t n = writeStdinOnce(c);
            if (n == LIBSSH2_ERROR_EAGAIN)
                break;
            if (n < 0)
                return channelError(c, int(n), Tr::tr("writing to the command failed"));
            progress = true;
        }
        if (c.stdinEof && c.stdinPending.isEmpty() && !c.eofSent && mayCall(c.id, Op::Eof))
            progress |= sendEofOnce(c) == 0;
        if (libssh2_channel_eof(c.ch) == 1) {
            c.phase = Channel::Phase::Closing;
            progress = true;
        }
        return progress;
    }

    // One write of the pending stdin (what went is dropped from it); libssh2's result.
    ssize_t writeStdinOnce(Channel &c) {
        const ssize_t n = libssh2_channel_write_ex(c.ch, 0, c.stdinPending.constData(),
                                                   size_t(c.stdinPending.size()));
        afterCall(c.id, Op::Write, n == LIBSSH2_ERROR_EAGAIN);
        if (n > 0)
            c.stdinPending.remove(0, n);
        return n;
    }

    int sendEofOnce(Channel &c) {
        const int rc = libssh2_channel_send_eof(c.ch);
        afterCall(c.id, Op::Eof, rc == LIBSSH2_ERROR_EAGAIN);
        if (rc != LIBSSH2_ERROR_EAGAIN)
            c.eofSent = true; // on an error too: the command may have closed its stdin itself
        return rc;
    }

    // A channel being closed finishes the write or EOF whose packet it left half-sent (the
    // bytes are on their way anyway; only that call can finish the packet).
    void flushOwnedWrite(Channel &c) {
        if (m_outbound.actor != c.id)
            return;
        if (m_outbound.op == Op::Write && !c.stdinPending.isEmpty())
            writeStdinOnce(c);
        else if (m_outbound.op == Op::Eof)
            sendEofOnce(c);
    }

    void collectExit(Channel &c) {
        char *signal = nullptr;
        size_t signalLen = 0;
        libssh2_channel_get_exit_signal(c.ch, &signal, &signalLen, nullptr, nullptr, nullptr,
                                        nullptr);
        if (signal && signalLen > 0) {
            c.exit.exitSignal = QString::fromLatin1(signal, qsizetype(signalLen));
        } else if (!c.exit.closedByUs && !c.exit.timedOut && c.exit.error.isEmpty()) {
            c.exit.exitStatus = libssh2_channel_get_exit_status(c.ch);
        }
        if (signal)
            libssh2_free(m_session, signal);
    }

    // An actor that ends while it owns the half-sent packet gives the ownership up: the
    // others then get BAD_USE (a clear error) rather than wait for a call no one will make.
    void releaseOutbound(int actor) {
        if (ownsOutbound(actor))
            m_outbound = {};
    }

    void finishChannel(Channel &c) {
        releaseOutbound(c.id);
        if (c.ch) {
            libssh2_channel_free(c.ch);
            c.ch = nullptr;
        }
        QStringList out, err;
        splitLines(c.outBuf, out, true);
        splitLines(c.errBuf, err, true);
        const int id = c.id;
        const SshChannel::Exit exit = c.exit;
        const bool quiet = c.quiet;
        toOwner([id, out, err, exit, quiet](SshConnection *o) {
            if (!quiet) {
                if (!out.isEmpty())
                    o->channelLines(id, out, false);
                if (!err.isEmpty())
                    o->channelLines(id, err, true);
            }
            o->channelFinished(id, exit);
        });
        c.phase = Channel::Phase::Done;
    }

    bool pumpTunnel(Tunnel &t) {
        if (t.done)
            return false;
        if (!t.open) {
            if ((m_openBusy && m_openBusy != -t.id) || !mayCall(-t.id, Op::Open))
                return false;
            t.ch = libssh2_channel_direct_tcpip_ex(m_session, t.host.constData(), t.port,
                                                   "127.0.0.1", 22);
            afterCall(-t.id, Op::Open,
                      !t.ch && libssh2_session_last_errno(m_session) == LIBSSH2_ERROR_EAGAIN);
            if (!t.ch) {
                const int rc = libssh2_session_last_errno(m_session);
                if (rc == LIBSSH2_ERROR_EAGAIN) {
                    m_openBusy = -t.id;
                    return false;
                }
                m_openBusy = 0;
                if (!isChannelError(rc) && rc != LIBSSH2_ERROR_CHANNEL_FAILURE) {
                    lost(lostText(m_session, rc));
                    return false;
                }
                finishTunnel(t, Tr::tr("%1 cannot reach %2 port %3: %4")
                                    .arg(m_target.displayName(), QString::fromUtf8(t.host))
                                    .arg(t.port)
                                    .arg(sessionErrorText(m_session, rc)));
                return true;
            }
            m_openBusy = 0;
            int pair[2];
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
                finishTunnel(t, Tr::tr("socketpair failed"));
                return true;
            }
            setNonBlocking(pair[0]);
            t.fd = pair[0];
            t.open = true;
            const int peer = pair[1];
            auto reply = std::move(t.reply);
            t.reply = nullptr;
            reply(peer, QString());
            return true;
        }
        bool progress = false;
        char buf[32 * 1024];
        if (!t.localEof && t.toRemote.size() < kTunnelBuffer) {
            const ssize_t n = ::read(t.fd, buf, sizeof buf);
            if (n > 0) {
                t.toRemote.append(buf, n);
                progress = true;
            } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                t.localEof = true;
                progress = true;
            }
        }
        while (!t.toRemote.isEmpty() && mayCall(-t.id, Op::Write)) {
            const ssize_t n =
                libssh2_channel_write(t.ch, t.toRemote.constData(), size_t(t.toRemote.size()));
            afterCall(-t.id, Op::Write, n == LIBSSH2_ERROR_EAGAIN);
            if (n == LIBSSH2_ERROR_EAGAIN)
                break;
            if (n < 0) {
                if (!isChannelError(int(n)))
                    lost(lostText(m_session, int(n)));
                finishTunnel(t, {});
                return true;
            }
            t.toRemote.remove(0, n);
            progress = true;
        }
        if (t.localEof && t.toRemote.isEmpty() && !t.eofSent && mayCall(-t.id, Op::Eof)) {
            const int rc = libssh2_channel_send_eof(t.ch);
            afterCall(-t.id, Op::Eof, rc == LIBSSH2_ERROR_EAGAIN);
            if (rc != LIBSSH2_ERROR_EAGAIN)
                t.eofSent = true;
        }
        while (t.toLocal.size() < kTunnelBuffer && mayCall(-t.id, Op::Read)) {
            const ssize_t n = libssh2_channel_read(t.ch, buf, sizeof buf);
            afterCall(-t.id, Op::Read, n == LIBSSH2_ERROR_EAGAIN);
            if (n > 0) {
                t.toLocal.append(buf, n);
                progress = true;
                continue;
            }
            if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
                if (!isChannelError(int(n)))
                    lost(lostText(m_session, int(n)));
                finishTunnel(t, {});
                return true;
            }
            break;
        }
        while (!t.toLocal.isEmpty()) {
            const ssize_t n =
                ::send(t.fd, t.toLocal.constData(), size_t(t.toLocal.size()), MSG_NOSIGNAL);
            if (n > 0) {
                t.toLocal.remove(0, n);
                progress = true;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            t.localEof = true; // the inner session is gone
            t.toLocal.clear();
            break;
        }
        if (!t.remoteEof && libssh2_channel_eof(t.ch) == 1 && t.toLocal.isEmpty()) {
            t.remoteEof = true;
            ::shutdown(t.fd, SHUT_WR);
            progress = true;
        }
        if (t.localEof && (t.remoteEof || t.eofSent)) {
            finishTunnel(t, {});
            progress = true;
        }
        return progress;
    }

    void finishTunnel(Tunnel &t, const QString &error) {
        if (t.done)
            return;
        t.done = true;
        releaseOutbound(-t.id);
        if (t.reply) {
            t.reply(-1, error.isEmpty()
                            ? Tr::tr("connection to %1 closed").arg(m_target.displayName())
                            : error);
            t.reply = nullptr;
        }
        if (t.ch) {
            libssh2_channel_close(t.ch);
            libssh2_channel_free(t.ch);
            t.ch = nullptr;
        }
        if (t.fd >= 0) {
            ::close(t.fd);
            t.fd = -1;
        }
    }

    void closeGracefully() {
        for (auto &[id, c] : m_channels)
            c.closeRequested = true;
        const qint64 deadline = nowMs() + 2000;
        while (!m_channels.empty() && nowMs() < deadline && !m_failed) {
            bool progress = false;
            for (auto it = m_channels.begin(); it != m_channels.end();) {
                progress |= pumpChannel(it->second);
                it =
                    it->second.phase == Channel::Phase::Done ? m_channels.erase(it) : std::next(it);
            }
            if (!progress)
                waitSocket(qMin(deadline, nowMs() + 50));
        }
        for (auto &[id, t] : m_tunnels)
            finishTunnel(t, {});
        m_tunnels.clear();
        if (!m_failed)
            retry([this] { return libssh2_session_disconnect(m_session, "closed by Perfdeck"); },
                  nowMs() + 1000);
    }

    void teardown() {
        if (m_session) {
            // Shut the socket first: a free on a dead peer then fails fast instead of waiting.
            if (m_sock >= 0)
                ::shutdown(m_sock, SHUT_RDWR);
            for (int i = 0; i < 10 && libssh2_session_free(m_session) == LIBSSH2_ERROR_EAGAIN;
                 ++i) {
            }
            m_session = nullptr;
        }
        if (m_sock >= 0) {
            ::close(m_sock);
            m_sock = -1;
        }
    }

    SshConnection *m_owner;
    SshTarget m_target;
    SshOptions m_options;
    int m_wakeFd = -1;
    int m_sock = -1;
    bool m_isTunnel = false;
    LIBSSH2_SESSION *m_session = nullptr;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    bool m_exited = false; // under m_mutex: run() has ended, post() refuses
    QString m_exitReason;  // under m_mutex
    std::deque<std::function<void()>> m_queue;
    std::map<int, Channel> m_channels;
    std::map<int, Tunnel> m_tunnels;
    int m_openBusy = 0;            // libssh2 opens one channel at a time: channel id, or -tunnel id
    int m_execBusy = 0;            // the channel whose exec request awaits its reply
    Outbound m_outbound;           // the call whose packet is half-sent, if any
    bool m_halfSentBefore = false; // the socket was blocked outbound before the current call
    bool m_failed = false;
    bool m_closeRequested = false;
    bool m_connectTimedOut = false;
    QString m_lostReason;
    qint64 m_waitedForUserMs = 0;
    std::optional<HostKeyDecision> m_hostKeyAnswer;
    std::optional<std::optional<QString>> m_secretAnswer;
};

// ---------------------------------------------------------------------------------------------

SshConnection::SshConnection(const SshTarget &target, const SshOptions &options, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_options(options) {
    static std::once_flag once;
    std::call_once(once, [] { libssh2_init(0); });
    m_worker = std::make_unique<Worker>(this, m_target, m_options);
}

SshConnection::~SshConnection() {
    m_worker.reset(); // joins the thread: nothing is posted to us after this
    for (const auto &ch : std::as_const(m_channels))
        if (ch)
            ch->m_connection = nullptr;
}

bool SshConnection::event(QEvent *event) {
    if (event->type() != OwnerCall::type())
        return QObject::event(event);
    Tsan::acquire(event);
    static_cast<OwnerCall *>(event)->call(this);
    return true;
}

void SshConnection::setJumpConnection(SshConnection *jump) {
    m_jump = jump;
}

void SshConnection::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SshConnection::open() {
    if (m_state != State::Idle)
        return;
    m_openedAtMs = nowMs();
    setState(State::Connecting);
    if (!m_target.jump) {
        startWorker(-1);
        return;
    }
    if (!m_jump) {
        m_jump = new SshConnection(*m_target.jump, m_options, this);
        // The jump host's questions go to whoever listens to us; the answer goes back to it.
        connect(m_jump, &SshConnection::hostKeyQuestion, this, &SshConnection::hostKeyQuestion);
        connect(m_jump, &SshConnection::secretRequested, this, &SshConnection::secretRequested);
    }
    auto throughJump = [this] {
        m_jump->openTunnel(
            m_target.host, m_target.port, this, [this](int fd, const QString &error) {
                if (fd < 0)
                    onWorkerFailed(Error::Connect, Tr::tr("through jump host %1: %2")
                                                       .arg(m_jump->target().displayName(), error));
                else
                    startWorker(fd);
            });
    };
    if (m_jump->isConnected()) {
        throughJump();
        return;
    }
    connect(m_jump, &SshConnection::connected, this, throughJump, Qt::SingleShotConnection);
    connect(
        m_jump, &SshConnection::failed, this,
        [this](Error error, const QString &message) {
            if (m_state == State::Connecting)
                onWorkerFailed(
                    error == Error::Timeout ? Error::Timeout : Error::Connect,
                    Tr::tr("jump host %1: %2").arg(m_jump->target().displayName(), message));
        },
        Qt::SingleShotConnection);
    if (m_jump->state() == State::Idle)
        m_jump->open();
    else if (m_jump->state() == State::Failed)
        onWorkerFailed(
            Error::Connect,
            Tr::tr("jump host %1: %2").arg(m_jump->target().displayName(), m_jump->errorString()));
}

void SshConnection::startWorker(int tunnelFd) {
    if (m_state != State::Connecting) {
        if (tunnelFd >= 0)
            ::close(tunnelFd);
        return;
    }
    m_worker->start(tunnelFd);
}

void SshConnection::close() {
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_closeRequested = true;
    m_worker->requestClose();
    if (m_state == State::Idle || m_state == State::Connecting)
        m_worker->stop();
    const bool wasConnected = m_state == State::Connected;
    if (!wasConnected) {
        // Channels that never started end now, with the reason.
        m_worker.reset();
        m_worker = std::make_unique<Worker>(this, m_target, m_options);
        setState(State::Closed);
        const auto channels = m_channels;
        for (const auto &ch : channels) {
            if (ch && !ch->hasFinished()) {
                SshChannel::Exit exit;
                exit.closedByUs = true;
                exit.error = Tr::tr("connection to %1 closed").arg(m_target.displayName());
                ch->deliverFinished(exit);
            }
        }
    }
}

SshChannel *SshConnection::exec(const QString &command, int timeoutMs, QObject *parent) {
    const int id = m_nextId++;
    auto *channel = new SshChannel(this, id, command);
    channel->setParent(parent ? parent : this);
    m_channels.insert(id, channel);
    if (m_state == State::Failed || m_state == State::Closed) {
        const QString reason = m_state == State::Failed
                                   ? m_errorString
                                   : Tr::tr("connection to %1 closed").arg(m_target.displayName());
        QTimer::singleShot(0, channel, [channel, reason] {
            SshChannel::Exit exit;
            exit.error = reason;
            channel->deliverFinished(exit);
        });
        return channel;
    }
    m_worker->addChannel(id, command.toUtf8(), timeoutMs);
    return channel;
}

void SshConnection::openTunnel(const QString &host, int port, QObject *context,
                               std::function<void(int fd, const QString &error)> done) {
    const int id = m_nextId++;
    // The fd is closed if the context is gone before it could take it.
    struct FdHolder {
        int fd = -1;
        ~FdHolder() {
            if (fd >= 0)
                ::close(fd);
        }
    };
    QPointer<QObject> ctx(context);
    auto reply = [ctx, done](int fd, const QString &error) {
        auto holder = std::make_shared<FdHolder>();
        holder->fd = fd;
        if (!ctx)
            return;
        QMetaObject::invokeMethod(
            ctx.data(),
            [holder, done, error] {
                const int taken = holder->fd;
                holder->fd = -1;
                done(taken, error);
            },
            Qt::QueuedConnection);
    };
    if (m_state == State::Failed || m_state == State::Closed) {
        reply(-1, m_errorString.isEmpty() ? Tr::tr("connection closed") : m_errorString);
        return;
    }
    m_worker->addTunnel(id, host, port, reply);
}

void SshConnection::runOnSession(SessionJob job, QObject *context,
                                 std::function<void(QString)> done) {
    if (m_state != State::Connected) {
        const QString why = m_errorString.isEmpty()
                                ? Tr::tr("not connected to %1").arg(m_target.displayName())
                                : m_errorString;
        QMetaObject::invokeMethod(
            context, [done, why] { done(why); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> ctx(context);
    m_worker->runJob(std::move(job), [ctx, done](const QString &error) {
        if (ctx)
            QMetaObject::invokeMethod(
                ctx.data(), [done, error] { done(error); }, Qt::QueuedConnection);
    });
}

qint64 SshConnection::monotonicMs() {
    return nowMs();
}

void SshConnection::answerHostKey(HostKeyDecision decision) {
    m_worker->answerHostKey(decision);
}

void SshConnection::provideSecret(const QString &secret) {
    m_worker->answerSecret(secret);
}

void SshConnection::refuseSecret() {
    m_worker->answerSecret(std::nullopt);
}

void SshConnection::onWorkerState(State state) {
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    if (state == State::Connected)
        m_connectMs = nowMs() - m_openedAtMs;
    setState(state);
    if (state == State::Connected)
        Q_EMIT connected();
}

void SshConnection::onWorkerFailed(Error error, const QString &message) {
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    const bool wasConnected = m_state == State::Connected;
    m_error = error;
    m_errorString = message;
    setState(m_closeRequested ? State::Closed : State::Failed);
    if (wasConnected)
        Q_EMIT disconnected(message);
    else
        Q_EMIT failed(error, message);
}

void SshConnection::onHostKeyQuestion(const HostKeyQuestion &question) {
    Q_EMIT hostKeyQuestion(this, question);
}

void SshConnection::onSecretRequest(const SecretRequest &request) {
    if (m_options.useKeychain && request.attempt == 1 && !request.keychainKey.isEmpty()) {
        SshKeychain::read(request.keychainKey, this,
                          [this, request](const QString &secret, const QString &) {
                              if (!secret.isEmpty())
                                  m_worker->answerSecret(secret);
                              else
                                  Q_EMIT secretRequested(this, request);
                          });
        return;
    }
    Q_EMIT secretRequested(this, request);
}

void SshConnection::channelStarted(int id) {
    if (const auto ch = m_channels.value(id))
        ch->deliverStarted();
}

void SshConnection::channelLines(int id, const QStringList &lines, bool isStderr) {
    if (const auto ch = m_channels.value(id))
        ch->deliverLines(lines, isStderr);
}

void SshConnection::channelFinished(int id, const SshChannel::Exit &exit) {
    const auto ch = m_channels.take(id);
    if (ch)
        ch->deliverFinished(exit);
}

void SshConnection::channelDestroyed(int id) {
    m_channels.remove(id);
    if (m_worker)
        m_worker->closeChannel(id, true);
}

void SshConnection::channelWrite(int id, const QByteArray &data) {
    m_worker->writeStdin(id, data);
}

void SshConnection::channelCloseStdin(int id) {
    m_worker->closeStdin(id);
}

void SshConnection::channelClose(int id) {
    m_worker->closeChannel(id, false);
}

} // namespace Perfdeck

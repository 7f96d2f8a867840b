#include "inventory/hostchecker.h"
#include "util/threadhandoff.h"

#include "inventory/hostprobe.h"
#include "ssh/sshconnectionpool.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QTcpSocket>
#include <QTimer>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

HostChecker::HostChecker(QObject *parent)
    : QObject(parent) {}

HostChecker::~HostChecker() {
    cancel();
}

void HostChecker::start(const Inventory &inventory, const QStringList &names) {
    if (m_running)
        return;
    m_inventory = inventory;
    m_queue = names.isEmpty() ? inventory.names() : names;
    m_queue.removeDuplicates();
    m_running = true;
    ++m_generation;
    if (m_queue.isEmpty()) {
        // Asynchronously, as when there is work: callers connect after start().
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished();
        });
        return;
    }
    pump();
}

void HostChecker::cancel() {
    if (!m_running)
        return;
    ++m_generation;
    m_queue.clear();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->socket) {
            it->socket->disconnect(this);
            it->socket->abort();
            it->socket->deleteLater();
        }
        if (it->timer)
            it->timer->deleteLater();
        delete it->sshContext.data(); // closes its channels
    }
    m_pending.clear();
    m_inFlight = 0;
    m_running = false;
    releasePool();
    Q_EMIT finished();
}

SshConnectionPool *HostChecker::pool() {
    if (!m_pool) {
        SshOptions ssh;
        ssh.knownHostsFile = m_options.knownHostsFile;
        ssh.unknownHostKey = m_options.askHostKeys ? SshOptions::UnknownHostKey::Ask
                             : m_options.acceptNewHostKeys
                                 ? SshOptions::UnknownHostKey::AcceptAndSave
                                 : SshOptions::UnknownHostKey::Refuse;
        ssh.connectTimeoutMs = m_options.timeoutMs;
        ssh.authTimeoutMs = m_options.timeoutMs;
        ssh.useKeychain = m_options.useKeychain;
        ssh.agentSocket = m_options.agentSocket;
        m_pool = new SshConnectionPool(ssh, this);
        connect(m_pool, &SshConnectionPool::hostKeyQuestion, this, &HostChecker::hostKeyQuestion);
        connect(m_pool, &SshConnectionPool::secretRequested, this,
                [this](SshConnection *connection, const SshConnection::SecretRequest &request) {
                    // Nobody to ask (the CLI, a scheduled check): the login fails and says so.
                    if (m_options.askSecrets)
                        Q_EMIT secretRequested(connection, request);
                    else
                        connection->refuseSecret();
                });
    }
    return m_pool;
}

void HostChecker::releasePool() {
    // Later: the pool's connections may be the senders of the signal being handled.
    if (m_pool)
        m_pool->deleteLater();
    m_pool = nullptr;
}

void HostChecker::pump() {
    while (m_running && m_inFlight < qMax(1, m_options.maxParallel) && !m_queue.isEmpty())
        startHost(m_queue.takeFirst());
    if (m_running && m_inFlight == 0 && m_queue.isEmpty()) {
        m_running = false;
        releasePool();
        Q_EMIT finished();
    }
}

void HostChecker::startHost(const QString &name) {
    ++m_inFlight;
    Q_EMIT hostStarted(name);
    QString error;
    const std::optional<Host> host = m_inventory.resolve(name, &error);
    if (!host) {
        HostStatus status;
        status.host = name;
        status.checkedAt = QDateTime::currentDateTimeUtc();
        status.level = HostStatus::Level::Error;
        status.summary = error;
        // Reported from the event loop so that start() never emits before returning.
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, status, generation] {
            if (generation == m_generation)
                complete(status);
        });
        return;
    }
    if (host->isLocal())
        checkLocal(*host);
    else
        checkTcp(*host);
}

void HostChecker::checkLocal(const Host &host) {
    auto *watcher = new QFutureWatcher<HostStatus>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<HostStatus>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            complete(watcher->result());
    });
    watcher->setFuture(runInPool([host] {
        HostStatus status;
        status.host = host.name;
        HostProbe::probeLocal(host, &status);
        status.checkedAt = QDateTime::currentDateTimeUtc();
        return status;
    }));
}

void HostChecker::checkTcp(const Host &host) {
    // Behind jump hosts only the first hop can be reached from here.
    const QStringList chain = m_inventory.jumpChain(host.name);
    const Host entry = chain.isEmpty() ? host : m_inventory.find(chain.last()).value_or(host);
    Pending pending;
    pending.status.host = host.name;
    pending.status.tcpTarget = (entry.address.contains(QLatin1Char(':'))
                                    ? QLatin1Char('[') + entry.address + QLatin1Char(']')
                                    : entry.address) +
                               QLatin1Char(':') + QString::number(entry.port);
    if (!chain.isEmpty())
        pending.status.notes << Tr::tr("reached through %1; TCP checked to %2")
                                    .arg(chain.join(QLatin1String(" <- ")), entry.name);
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending.socket = socket;
    pending.timer = timer;
    pending.clock.start();
    const QString name = host.name;
    m_pending.insert(name, pending);

    // The connect is timed from its SYN: a name's lookup comes first and is not the network's
    // round trip.
    connect(socket, &QTcpSocket::stateChanged, this, [this, name](QAbstractSocket::SocketState s) {
        if (s != QAbstractSocket::ConnectingState)
            return;
        if (auto it = m_pending.find(name); it != m_pending.end())
            it->clock.start();
    });
    connect(socket, &QTcpSocket::connected, this, [this, name] { tcpDone(name, true, {}); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, name, socket] { tcpDone(name, false, socket->errorString()); });
    connect(timer, &QTimer::timeout, this, [this, name] {
        tcpDone(name, false, Tr::tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0));
    });
    timer->start(m_options.timeoutMs);
    socket->connectToHost(entry.address, quint16(entry.port));
}

void HostChecker::tcpDone(const QString &name, bool reachable, const QString &error) {
    auto it = m_pending.find(name);
    if (it == m_pending.end())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    if (pending.timer)
        pending.timer->deleteLater();
    if (pending.socket) {
        pending.socket->disconnect(this);
        pending.socket->abort();
        pending.socket->deleteLater();
    }
    HostStatus status = pending.status;
    status.tcpReachable = reachable;
    if (reachable) {
        status.tcpConnectMs = pending.clock.nsecsElapsed() / 1e6;
        status.rttMs = status.tcpConnectMs;
    } else {
        status.tcpError = QStringLiteral("%1: %2").arg(status.tcpTarget, error);
    }
    status.checkedAt = QDateTime::currentDateTimeUtc();
    if (!reachable) {
        complete(status);
        return;
    }
    checkOverSsh(*m_inventory.find(name), status);
}

void HostChecker::checkOverSsh(const Host &host, HostStatus status) {
    QString error;
    const std::optional<SshTarget> target = SshTarget::fromHost(host, m_inventory, &error);
    if (!target) {
        status.sshOk = false;
        status.sshError = error;
        complete(status);
        return;
    }
    const QString name = host.name;
    Pending pending;
    pending.status = status;
    pending.sshContext = new QObject(this);
    m_pending.insert(name, pending);
    QObject *context = pending.sshContext;
    SshConnection *connection = pool()->connection(*target);
    if (connection->isConnected()) {
        // Shared with an earlier host of this check (its jump host, say): already logged in.
        QTimer::singleShot(0, context,
                           [this, name, connection] { sshConnected(name, connection); });
        return;
    }
    if (connection->state() == SshConnection::State::Failed) {
        const QString why = connection->errorString();
        QTimer::singleShot(0, context, [this, name, why] { sshFailed(name, why); });
        return;
    }
    connect(connection, &SshConnection::connected, context,
            [this, name, connection] { sshConnected(name, connection); });
    connect(connection, &SshConnection::failed, context,
            [this, name](SshConnection::Error error, const QString &message) {
                QString text = message;
                if (error == SshConnection::Error::HostKeyUnknown && !m_options.askHostKeys)
                    text += Tr::tr(" ('perfdeck-cli hosts check --accept-new-host-keys' "
                                   "accepts and saves it)");
                sshFailed(name, text);
            });
}

void HostChecker::sshConnected(const QString &name, SshConnection *connection) {
    auto it = m_pending.find(name);
    if (it == m_pending.end())
        return;
    it->status.sshOk = true;
    it->status.sshConnectMs = double(connection->connectDurationMs());
    // The round trip of a command that does nothing: what every remote step pays at least.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    SshChannel *channel =
        connection->exec(QStringLiteral(":"), m_options.timeoutMs, it->sshContext);
    connect(channel, &SshChannel::finished, it->sshContext,
            [this, name, connection, clock](const SshChannel::Exit &exit) {
                auto it = m_pending.find(name);
                if (it == m_pending.end())
                    return;
                if (exit.exitStatus == 0) {
                    it->status.commandRoundTripMs = clock->nsecsElapsed() / 1e6;
                    // Behind jump hosts the TCP connect timed only the first hop.
                    if (!m_inventory.jumpChain(name).isEmpty()) {
                        it->status.rttMs = it->status.commandRoundTripMs;
                        it->status.notes << Tr::tr("RTT through the jump hosts is the round "
                                                   "trip of an SSH command");
                    }
                } else
                    it->status.notes
                        << Tr::tr("round-trip command failed: %1")
                               .arg(exit.error.isEmpty() ? exit.exitSignal : exit.error);
                runProbe(name, connection);
            });
}

void HostChecker::runProbe(const QString &name, SshConnection *connection) {
    auto it = m_pending.find(name);
    if (it == m_pending.end())
        return;
    const Host host = m_inventory.find(name).value_or(Host());
    auto output = std::make_shared<QStringList>();
    SshChannel *channel =
        connection->exec(HostProbe::remoteCommand(host), m_options.timeoutMs, it->sshContext);
    connect(channel, &SshChannel::stdoutLine, it->sshContext,
            [output](const QString &line) { *output << line; });
    connect(channel, &SshChannel::finished, it->sshContext,
            [this, name, output](const SshChannel::Exit &exit) {
                auto it = m_pending.find(name);
                if (it == m_pending.end())
                    return;
                HostProbe::parseRemoteOutput(output->join(QLatin1Char('\n')), &it->status);
                if (exit.timedOut)
                    it->status.notes << Tr::tr("the tool check did not finish within "
                                               "%1 s")
                                            .arg(m_options.timeoutMs / 1000.0);
                else if (!exit.error.isEmpty())
                    it->status.notes << exit.error;
                finishSsh(name);
            });
}

void HostChecker::sshFailed(const QString &name, const QString &message) {
    auto it = m_pending.find(name);
    if (it == m_pending.end())
        return;
    it->status.sshOk = false;
    it->status.sshError = message;
    finishSsh(name);
}

void HostChecker::finishSsh(const QString &name) {
    auto it = m_pending.find(name);
    if (it == m_pending.end())
        return;
    HostStatus status = it->status;
    if (it->sshContext)
        it->sshContext->deleteLater(); // we may be inside one of its channels' signals
    m_pending.erase(it);
    status.checkedAt = QDateTime::currentDateTimeUtc();
    complete(status);
}

void HostChecker::complete(HostStatus status) {
    if (status.level == HostStatus::Level::Unknown)
        status.grade();
    --m_inFlight;
    Q_EMIT hostChecked(status);
    pump();
}

} // namespace Perfdeck

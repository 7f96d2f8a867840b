#include "exec/toolrun.h"

#include "exec/startbarrier.h"

#include "exec/hostlauncher.h"
#include "exec/hostprocess.h"
#include "model/format.h"
#include "util/fileio.h"
#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>

#include <memory>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr int MaxServerAttempts = 3;
constexpr double SliverShare = 0.25;

QString hostForUrl(const QString &host) {
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

QString ToolRun::lastNonEmptyLine(const QString &text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    }
    return QString();
}

ToolRun::ToolRun(const TestSpec &spec, const RunHosts &hosts, const QString &runId, QObject *parent)
    : TestRun(parent)
    , m_spec(spec)
    , m_hosts(hosts) {
    Q_ASSERT(hosts.client && (hosts.server || !spec.usesEmbeddedServer()));
    m_result.id = runId;
    m_result.durationS = spec.durationS;
    m_result.server = spec.targetLabel();
    m_result.client =
        m_hosts.client->isLocal() ? QStringLiteral("localhost") : m_hosts.client->address();
    m_result.clientHost = m_hosts.client->hostName();
    if (spec.usesEmbeddedServer())
        m_result.serverHost = m_hosts.server->hostName();
    // Where an end is reached over SSH, the inventory names go with the addresses used.
    const bool remoteServer = spec.usesEmbeddedServer() && !m_hosts.server->isLocal();
    if (!m_hosts.client->isLocal() || remoteServer) {
        m_result.clientAddress = m_hosts.client->address();
        m_result.serverAddress = spec.usesEmbeddedServer() ? serverAddress() : spec.host;
    }
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { Q_EMIT progress(m_clientClock.elapsed() / 1000.0, expectedSeconds()); });
    m_serverStartTimer.setSingleShot(true);
    connect(&m_serverStartTimer, &QTimer::timeout, this, [this] {
        fail(Tr::tr("the %1 on %2:%3 did not start listening within %4 s")
                 .arg(serverName(), serverAddress())
                 .arg(m_serverPort)
                 .arg(m_serverStartTimeoutMs / 1000.0));
    });
}

ToolRun::~ToolRun() {
    // The processes end (killed and reaped) before the server's port goes back to its host:
    // released earlier, another run could be handed a port that the dying server still holds.
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr; // releaseLeasedPort() asks serverRunning()
    releaseLeasedPort();
}

void ToolRun::describeRun(Engine engine, Protocol protocol, Direction direction, int streams,
                          const QString &toolVersion) {
    m_result.engine = engine;
    m_result.protocol = protocol;
    m_result.direction = direction;
    m_result.streams = streams;
    m_result.toolVersion = toolVersion;
}

QString ToolRun::serverAddress() const {
    if (!m_hosts.server)
        return QString();
    // A server on this machine for a client on another host binds to the address that host
    // reaches this machine at: 127.0.0.1 there would be the client's own loopback.
    if (m_hosts.server->isLocal() && !m_hosts.client->isLocal()) {
        const QString seen = m_hosts.client->addressOfThisMachine();
        if (!seen.isEmpty())
            return seen;
    }
    return m_hosts.server->address();
}

QString ToolRun::clientTargetHost() const {
    return m_spec.usesEmbeddedServer() ? serverAddress() : m_spec.host;
}

QString ToolRun::loopbackSourceAddress(const QString &targetHost) const {
    const QString clientAddress = m_hosts.client->address();
    if (m_hosts.client->isLocal() && clientAddress != QLatin1String("127.0.0.1") &&
        QHostAddress(clientAddress).isLoopback() && QHostAddress(targetHost).isLoopback())
        return clientAddress;
    return QString();
}

int ToolRun::clientTargetPort() const {
    return m_spec.usesEmbeddedServer() ? m_serverPort : m_spec.port;
}

QList<qint64> ToolRun::processIds() const {
    QList<qint64> pids;
    if (m_server && m_hosts.server->isLocal() && m_server->isRunning() && m_server->pid() > 0)
        pids << m_server->pid();
    if (m_client && m_hosts.client->isLocal() && m_client->isRunning() && m_client->pid() > 0)
        pids << m_client->pid();
    return pids;
}

QList<TestRun::Process> ToolRun::processes() const {
    QList<Process> out;
    if (m_server && m_hosts.server && m_server->pid() > 0)
        out << Process{m_hosts.server->hostName(), QStringLiteral("server"), m_server->pid()};
    if (m_client && m_hosts.client && m_client->pid() > 0)
        out << Process{m_hosts.client->hostName(), QStringLiteral("client"), m_client->pid()};
    return out;
}

ChunkedBuffer ToolRun::clientStdout() const {
    return m_client ? m_client->capturedStdout() : ChunkedBuffer();
}

QString ToolRun::clientStderr() const {
    return m_client ? m_client->stderrText() : QString();
}

bool ToolRun::clientTimedOut() const {
    return m_client && m_client->timedOut();
}

bool ToolRun::serverRunning() const {
    return m_server && m_server->isRunning();
}

void ToolRun::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ToolRun::start() {
    if (m_state != State::Idle)
        return;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = m_spec.validate(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (const QString problem = preflightError(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (m_spec.usesEmbeddedServer()) {
        startServer();
        return;
    }
    // A name that does not resolve gets only "Invalid argument" from iperf3 3.12: resolve it
    // here first when the client runs on this machine (a remote client resolves on its own
    // host, with its own resolver).
    if (m_hosts.client->isLocal() && QHostAddress(m_spec.host).isNull()) {
        QHostInfo::lookupHost(m_spec.host, this, [this](const QHostInfo &info) {
            if (m_state != State::Idle)
                return; // cancelled meanwhile
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                fail(Tr::tr("cannot resolve the host name '%1': %2")
                         .arg(m_spec.host, info.error() == QHostInfo::NoError
                                               ? Tr::tr("it has no address")
                                               : info.errorString()));
                return;
            }
            startClient();
        });
        return;
    }
    startClient();
}

void ToolRun::startServer() {
    setState(State::StartingServer);
    releaseLeasedPort();
    if (m_spec.port > 0) {
        launchServer(quint16(m_spec.port));
        return;
    }
    // A remote host answers after a round trip: the lease arrives through the event loop.
    if (!m_leaseWatcher) {
        m_leaseWatcher = new QFutureWatcher<PortLease>(this);
        connect(m_leaseWatcher, &QFutureWatcher<PortLease>::finished, this, [this] {
            if (m_leaseWatcher->future().resultCount() > 0)
                onPortLeased(m_leaseWatcher->result());
            else
                onPortLeased(PortLease{0, Tr::tr("the port request was cancelled")});
        });
    }
    m_leaseWatcher->setFuture(m_hosts.server->leasePort());
}

void ToolRun::onPortLeased(const PortLease &lease) {
    if (m_state != State::StartingServer) {
        // Cancelled or failed meanwhile: nobody will use it.
        if (lease.port)
            m_hosts.server->releasePort(lease.port);
        return;
    }
    if (lease.port == 0) {
        fail(Tr::tr("no free port on %1 for the %2%3")
                 .arg(m_hosts.server->hostName(), serverName(),
                      lease.error.isEmpty() ? QString() : QLatin1String(": ") + lease.error));
        return;
    }
    m_leasedPort = lease.port;
    launchServer(lease.port);
}

void ToolRun::launchServer(quint16 port) {
    m_serverPort = port;
    m_serverStopRequested = false;
    ++m_serverAttempts;
    m_serverOutputTail.clear();
    if (m_server)
        m_server->deleteLater(); // a previous attempt, finished already
    const QStringList command = serverCommand(m_serverPort);
    m_server = m_hosts.server->createProcess(this);
    m_server->setProgram(command.value(0), command.mid(1));
    // The server ends with the run; the deadline only guards against a stuck one.
    m_server->setTimeout((clientTimeoutSeconds() + 30) * 1000);
    m_server->setGracePeriod(2000);
    connect(m_server, &HostProcess::stdoutLine, this, &ToolRun::handleServerLine);
    connect(m_server, &HostProcess::stderrLine, this, &ToolRun::handleServerLine);
    HostProcess *server = m_server;
    connect(m_server, &HostProcess::finished, this,
            [this, server](int exitCode, const QString &description) {
                if (server == m_server)
                    onServerFinished(exitCode, description);
            });
    Q_EMIT logLine(QStringLiteral("server"), QLatin1String("$ ") + m_server->commandLine());
    m_serverStartTimer.start(m_serverStartTimeoutMs);
    m_server->start();
}

void ToolRun::handleServerLine(const QString &line) {
    Q_EMIT logLine(QStringLiteral("server"), line);
    if (!line.trimmed().isEmpty()) {
        m_serverOutputTail += line + QLatin1Char('\n');
        if (m_serverOutputTail.size() > 4000)
            m_serverOutputTail = m_serverOutputTail.right(2000);
    }
    onServerLine(line);
}

void ToolRun::serverIsListening() {
    if (m_state != State::StartingServer)
        return;
    m_serverStartTimer.stop();
    startClient();
}

QString ToolRun::serverStartFailure() const {
    return lastNonEmptyLine(m_serverOutputTail);
}

void ToolRun::onServerFinished(int exitCode, const QString &description) {
    if (m_state == State::StartingServer) {
        m_serverStartTimer.stop();
        const QString why = serverStartFailure();
        if (portTaken(why) && m_spec.port == 0 && m_serverAttempts < MaxServerAttempts &&
            !m_cancelled) {
            Q_EMIT logLine(QStringLiteral("server"),
                           Tr::tr("port %1 is taken, trying another").arg(m_serverPort));
            startServer();
            return;
        }
        fail(Tr::tr("the %1 could not start on %2:%3: %4")
                 .arg(serverName(), hostForUrl(serverAddress()))
                 .arg(m_serverPort)
                 .arg(why.isEmpty() ? description : why));
        return;
    }
    // A server that dies by a signal nobody here sent (killed, crashed, its SSH session
    // gone) explains a failed run, also when its client noticed first (the order of the two
    // finished() signals is the kernel's and the network's). One we stopped does not. The
    // run being Stopping is not enough: the server lingers 2 s after its client ended, and a
    // connection lost then (the client saw "the server has terminated" first) is the cause.
    // Locally the process says "stopped" only when it died of the signal we sent: a netserver
    // SIGKILLed by someone else just before we asked it to stop (its netperf ended first) is
    // still named. Remotely, a loss after we asked is ours to ignore.
    const bool stoppedByUs = (m_serverStopRequested && !m_hosts.server->isLocal()) ||
                             description == QLatin1String("stopped") ||
                             (m_server && m_server->timedOut());
    if (!stoppedByUs && !m_cancelled && !m_failed && exitCode == -1 && !description.isEmpty()) {
        m_serverLostWhy = description;
        QString why = description;
        if (why.startsWith(QLatin1String("was ")))
            why = why.mid(4); // "killed by signal 9 (SIGKILL)"
        m_serverLost = Tr::tr("the %1 on %2 ended during the test: %3")
                           .arg(serverName(), m_hosts.server->hostName(), why);
    }
    if (!m_clientDone && !m_cancelled && !m_failed && exitCode != 0) {
        Q_EMIT logLine(QStringLiteral("server"),
                       Tr::tr("the %1 ended during the test: %2")
                           .arg(serverName(), description.isEmpty()
                                                  ? Tr::tr("exit code %1").arg(exitCode)
                                                  : description));
    }
    if ((m_clientDone && !m_awaitingResult) || !m_client)
        complete();
}

void ToolRun::setStartBarrier(StartBarrier *barrier, int slot, const QList<int> &cpus) {
    m_barrier = barrier;
    m_barrierSlot = slot;
    m_cpus = cpus;
}

void ToolRun::launchClient(const QString &program, const QStringList &arguments, int graceMs,
                           bool captureStdout) {
    m_client = m_hosts.client->createProcess(this);
    QString runProgram = program;
    QStringList runArguments = arguments;
    bool waitForRelease = false;
    bool holdRemote = false;
    if (m_barrier && m_hosts.client->isLocal() && m_barrier->canGate()) {
        runArguments = m_barrier->gatedCommand(
            m_barrierSlot, m_cpus, m_spec.memoryLimitBytes.value_or(0), program, arguments);
        runProgram = runArguments.takeFirst();
        m_client->setInheritedFds(m_barrier->inheritedFds());
    } else {
        if (m_spec.memoryLimitBytes && !m_hosts.client->isLocal()) {
            // util-linux's prlimit sets RLIMIT_AS and execs the tool (a plain argument list:
            // the remote command line is quoted as a whole).
            runArguments = QStringList{QStringLiteral("--as=%1").arg(*m_spec.memoryLimitBytes),
                                       QStringLiteral("--"), runProgram} +
                           runArguments;
            runProgram = QStringLiteral("prlimit");
        }
        if (!m_cpus.isEmpty() && !m_hosts.client->isLocal()) {
            QStringList cpuText;
            for (const int cpu : std::as_const(m_cpus))
                cpuText << QString::number(cpu);
            runArguments =
                QStringList{QStringLiteral("-c"), cpuText.join(QLatin1Char(',')), runProgram} +
                runArguments;
            runProgram = QStringLiteral("taskset");
        }
        // A client on another host waits in its SSH wrapper; a local one without a gate
        // program is spawned when the barrier opens.
        holdRemote = m_barrier && !m_barrier->isReleased() && m_client->canHoldStart();
        waitForRelease = m_barrier && !m_barrier->isReleased() && !holdRemote;
        if (m_barrier && m_hosts.client->isLocal())
            m_result.warnings << m_barrier->error();
    }
    m_client->setProgram(runProgram, runArguments);
    m_client->setCaptureStdout(captureStdout);
    m_client->setTimeout(clientTimeoutSeconds() * 1000);
    m_client->setGracePeriod(graceMs);
    connect(m_client, &HostProcess::stdoutLine, this, &ToolRun::onClientStdout);
    connect(m_client, &HostProcess::stderrLine, this, &ToolRun::onClientStderr);
    connect(m_client, &HostProcess::finished, this, &ToolRun::handleClientFinished);
    // What the tool was asked to do, without the gate in front of it (for re-runs).
    m_result.command = QStringList{program} + arguments;
    setState(State::Running);
    if (holdRemote) {
        m_client->setHoldStart(true);
        connect(m_client, &HostProcess::startHeld, this, [this] {
            if (m_barrier && !m_arrived) {
                m_arrived = true;
                m_barrier->arrive();
            }
        });
        connect(m_barrier.data(), &StartBarrier::released, this, [this] {
            if (m_cancelled || m_failed || !m_client || !m_client->isRunning())
                return;
            m_client->releaseStart();
            // The test's time starts now, not when the wrapper was spawned.
            m_result.startedAt = QDateTime::currentDateTimeUtc();
            m_clientClock.start();
            m_progressTimer.start();
        });
        connect(m_client, &HostProcess::startReleased, this, [this](qint64 realtimeNs) {
            if (m_barrier)
                m_barrier->addStamp(m_hosts.client->hostName(), realtimeNs);
        });
        Q_EMIT logLine(QStringLiteral("client"), QLatin1String("$ ") + m_client->commandLine());
        m_client->start();
        return;
    }
    if (waitForRelease) {
        connect(m_barrier.data(), &StartBarrier::released, this, [this] {
            if (!m_cancelled && !m_failed && m_state == State::Running && m_client &&
                !m_client->isRunning())
                startClientProcess();
        });
        m_arrived = true;
        m_barrier->arrive();
        return;
    }
    startClientProcess();
    if (m_barrier && !m_arrived) {
        // Spawned and blocked in its gate: the last one to arrive opens the barrier.
        m_arrived = true;
        m_barrier->arrive();
    }
}

void ToolRun::startClientProcess() {
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT logLine(QStringLiteral("client"), QLatin1String("$ ") + m_client->commandLine());
    m_clientClock.start();
    m_progressTimer.start();
    m_client->start();
}

void ToolRun::onClientStderr(const QString &line) {
    Q_EMIT logLine(QStringLiteral("client"), line);
}

void ToolRun::handleClientFinished(int exitCode, const QString &description) {
    m_clientDone = true;
    if (!m_cancelled && exitCode == -1 && !m_hosts.client->isLocal() && !description.isEmpty()) {
        m_clientLostWhy = description;
        m_clientLost =
            Tr::tr("the client on %1 ended: %2").arg(m_hosts.client->hostName(), description);
    }
    m_progressTimer.stop();
    if (m_state == State::Finished)
        return;
    if (m_failed) {
        // The run has failed already (fail() keeps its message): just wait for the processes.
        if (!serverRunning())
            complete();
        return;
    }
    m_awaitingResult = true;
    onClientFinished(exitCode, description);
}

void ToolRun::emitSamples(const QList<IntervalSample> &samples) {
    for (const IntervalSample &s : samples) {
        if (s.endS - s.startS < SliverShare * m_spec.intervalS)
            continue;
        // A tool that never stops printing intervals must not take the machine's memory.
        if (m_liveSamples.size() >= InputLimits::MaxIntervals)
            return;
        m_liveSamples.append(s);
        Q_EMIT intervalSample(s);
        if (m_liveSamples.size() == InputLimits::MaxIntervals)
            Q_EMIT logLine(QStringLiteral("client"),
                           InputLimits::tooManyIntervals() +
                               QLatin1String(": later intervals are not kept"));
    }
}

void ToolRun::keepRawOutput(const QByteArray &bytes) {
    if (m_rawOutputPath.isEmpty() || bytes.isEmpty())
        return;
    QString error;
    if (!FileIo::writeAtomically(m_rawOutputPath, bytes, &error))
        Q_EMIT logLine(QStringLiteral("client"),
                       Tr::tr("cannot keep the raw output: %1").arg(error));
}

void ToolRun::explainSilentServer(int defaultPort, std::function<void(const QString &)> done) {
    const QString host = clientTargetHost();
    const int port = clientTargetPort() > 0 ? clientTargetPort() : defaultPort;
    const QString prefix = Tr::tr("no response from the %1 at %2:%3 within %4 s")
                               .arg(serverName(), hostForUrl(host))
                               .arg(port)
                               .arg(clientTimeoutSeconds());
    if (!m_hosts.client->isLocal()) {
        done(prefix + Tr::tr(": the test never started"));
        return;
    }
    // One connection attempt tells a silent listener from a hanging connect.
    auto *socket = new QTcpSocket(this);
    auto *limit = new QTimer(socket);
    limit->setSingleShot(true);
    auto reported = std::make_shared<bool>(false);
    auto report = [socket, limit, reported, prefix, done](const QString &why) {
        if (*reported)
            return;
        *reported = true;
        limit->stop();
        socket->abort();
        socket->deleteLater();
        done(prefix + QStringLiteral(": ") + why);
    };
    connect(socket, &QTcpSocket::connected, this, [report, this] {
        report(Tr::tr("the port accepts connections but no %1 answers").arg(serverName()));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [report, socket] {
        report(socket->error() == QAbstractSocket::ConnectionRefusedError
                   ? Tr::tr("nothing listens on that port now")
                   : Tr::tr("connecting to it fails: %1").arg(socket->errorString()));
    });
    connect(limit, &QTimer::timeout, this, [report] {
        report(Tr::tr("connecting to it hangs (are packets dropped on the way?)"));
    });
    limit->start(3000);
    socket->connectToHost(host, quint16(port));
}

QString ToolRun::deadlineReason(int defaultPort) const {
    const int port = clientTargetPort() > 0 ? clientTargetPort() : defaultPort;
    return Tr::tr("the test did not end: no end of test from the %1 at %2:%3 within "
                  "the client's deadline of %4 s (did the link or the server go down?)")
        .arg(serverName(), hostForUrl(clientTargetHost()))
        .arg(port)
        .arg(clientTimeoutSeconds());
}

void ToolRun::finishWith(const RunResult &run, int serverLingerMs) {
    m_awaitingResult = false;
    if (m_state == State::Finished)
        return;
    m_result = run;
    if (serverRunning()) {
        setState(State::Stopping);
        // A client stopped at its deadline never ended its test: the server will not end by
        // itself either.
        QTimer::singleShot(clientTimedOut() ? 0 : serverLingerMs, this, &ToolRun::stopServer);
        return;
    }
    complete();
}

void ToolRun::cancel() {
    if (m_state == State::Finished)
        return;
    m_cancelled = true;
    const bool clientWaiting = m_client && !m_clientClock.isValid(); // at a start barrier
    if (m_state == State::Idle || m_state == State::StartingServer || clientWaiting) {
        fail(Tr::tr("cancelled by the user before the test started"));
        return;
    }
    setState(State::Stopping);
    if (m_client && m_client->isRunning())
        m_client->stop();
    else
        stopServer();
}

void ToolRun::stopServer() {
    if (!serverRunning())
        return;
    m_serverStopRequested = true;
    m_server->stop();
}

void ToolRun::fail(const QString &message) {
    m_failed = true;
    m_serverStartTimer.stop();
    m_progressTimer.stop();
    m_result.status = m_liveSamples.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    m_result.error = message;
    m_result.intervals = m_liveSamples;
    if (m_client && !m_clientClock.isValid())
        m_clientDone = true; // waited at a start barrier and never started
    bool waiting = false;
    if (m_client && m_client->isRunning()) {
        m_client->stop();
        waiting = true;
    }
    if (serverRunning()) {
        stopServer();
        waiting = true;
    }
    if (waiting) {
        setState(State::Stopping);
        return;
    }
    m_clientDone = true;
    complete();
}

void ToolRun::releaseLeasedPort() {
    if (m_leasedPort == 0)
        return;
    Q_ASSERT(!serverRunning());
    m_hosts.server->releasePort(m_leasedPort);
    m_leasedPort = 0;
}

void ToolRun::complete() {
    if (m_state == State::Finished)
        return;
    if (m_barrier && !m_arrived) {
        // Failed before its client was ready: the other instances must not wait for it.
        m_arrived = true;
        m_barrier->withdraw();
    }
    m_progressTimer.stop();
    m_serverStartTimer.stop();
    // Every path here comes after the server's finished(): its process has been reaped.
    releaseLeasedPort();
    if (m_result.status != RunStatus::Ok) {
        // The client's end explains the failure; an error that only wraps its description
        // ("the iperf3 client <why> without a result") gives way to it.
        if (!m_clientLost.isEmpty()) {
            if (m_result.error.isEmpty() || m_result.error.contains(m_clientLostWhy))
                m_result.error = m_clientLost;
            else
                m_result.error += QStringLiteral("; ") + m_clientLost;
        }
        if (!m_serverLost.isEmpty() && !m_result.error.contains(m_serverLostWhy))
            m_result.error +=
                (m_result.error.isEmpty() ? QString() : QStringLiteral("; ")) + m_serverLost;
        // A client out of memory says "Cannot allocate memory" or "failed to map segment":
        // name the limit Perfdeck set, the likely cause.
        if (m_spec.memoryLimitBytes && !m_cancelled && !m_result.error.isEmpty())
            m_result.error += Tr::tr(" (the client ran with a memory limit of %1)")
                                  .arg(Format::bytes(double(*m_spec.memoryLimitBytes)));
    }
    setState(State::Finished);
    Q_EMIT finished(m_result);
}

} // namespace Perfdeck

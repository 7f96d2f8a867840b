#include "exec/localtoolrun.h"

#include "exec/managedprocess.h"
#include "exec/portallocator.h"
#include "util/fileio.h"

namespace Perfdeck {

namespace {

constexpr int MaxServerAttempts = 3;
constexpr double SliverShare = 0.25;

} // namespace

const QString LocalToolRun::LocalHostAddress = QStringLiteral("127.0.0.1");

QString LocalToolRun::lastNonEmptyLine(const QString &text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    }
    return QString();
}

LocalToolRun::LocalToolRun(const TestSpec &spec, const QString &runId, QObject *parent)
    : TestRun(parent)
    , m_spec(spec) {
    m_result.id = runId;
    m_result.durationS = spec.durationS;
    m_result.server = spec.targetLabel();
    m_result.client = QStringLiteral("localhost");
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { Q_EMIT progress(m_clientClock.elapsed() / 1000.0, expectedSeconds()); });
    m_serverStartTimer.setSingleShot(true);
    connect(&m_serverStartTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the %1 on %2:%3 did not start listening within %4 s")
                 .arg(serverName(), LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(m_serverStartTimeoutMs / 1000.0));
    });
}

LocalToolRun::~LocalToolRun() {
    if (m_serverPort && m_spec.port == 0)
        PortAllocator::instance().release(m_serverPort);
}

QList<qint64> LocalToolRun::processIds() const {
    QList<qint64> pids;
    for (const ManagedProcess *p : {m_server, m_client}) {
        if (p && p->isRunning() && p->pid() > 0)
            pids << p->pid();
    }
    return pids;
}

void LocalToolRun::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LocalToolRun::start() {
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
    if (m_spec.usesEmbeddedServer())
        startServer();
    else
        startClient();
}

void LocalToolRun::startServer() {
    setState(State::StartingServer);
    if (m_serverPort && m_spec.port == 0)
        PortAllocator::instance().release(m_serverPort);
    m_serverPort = m_spec.port > 0 ? quint16(m_spec.port)
                                   : PortAllocator::instance().allocate(QHostAddress::LocalHost);
    if (m_serverPort == 0) {
        fail(QStringLiteral("no free port on %1 for the %2").arg(LocalHostAddress, serverName()));
        return;
    }
    ++m_serverAttempts;
    m_serverOutputTail.clear();
    if (m_server)
        m_server->deleteLater();
    const QStringList command = serverCommand(m_serverPort);
    m_server = new ManagedProcess(this);
    m_server->setProgram(command.value(0), command.mid(1));
    // The server ends with the run; the deadline only guards against a stuck one.
    m_server->setTimeout((clientTimeoutSeconds() + 30) * 1000);
    m_server->setGracePeriod(2000);
    connect(m_server, &ManagedProcess::stdoutLine, this, &LocalToolRun::handleServerLine);
    connect(m_server, &ManagedProcess::stderrLine, this, &LocalToolRun::handleServerLine);
    ManagedProcess *server = m_server;
    connect(m_server, &ManagedProcess::finished, this,
            [this, server](int exitCode, QProcess::ExitStatus, const QString &description) {
                if (server == m_server)
                    onServerFinished(exitCode, description);
            });
    Q_EMIT logLine(QStringLiteral("server"), QLatin1String("$ ") + m_server->commandLine());
    m_serverStartTimer.start(m_serverStartTimeoutMs);
    m_server->start();
}

void LocalToolRun::handleServerLine(const QString &line) {
    Q_EMIT logLine(QStringLiteral("server"), line);
    if (!line.trimmed().isEmpty()) {
        m_serverOutputTail += line + QLatin1Char('\n');
        if (m_serverOutputTail.size() > 4000)
            m_serverOutputTail = m_serverOutputTail.right(2000);
    }
    onServerLine(line);
}

void LocalToolRun::serverIsListening() {
    if (m_state != State::StartingServer)
        return;
    m_serverStartTimer.stop();
    startClient();
}

QString LocalToolRun::serverStartFailure() const {
    return lastNonEmptyLine(m_serverOutputTail);
}

void LocalToolRun::onServerFinished(int exitCode, const QString &description) {
    if (m_state == State::StartingServer) {
        m_serverStartTimer.stop();
        const QString why = serverStartFailure();
        if (portTaken(why) && m_spec.port == 0 && m_serverAttempts < MaxServerAttempts &&
            !m_cancelled) {
            Q_EMIT logLine(QStringLiteral("server"),
                           QStringLiteral("port %1 is taken, trying another").arg(m_serverPort));
            startServer();
            return;
        }
        fail(QStringLiteral("the %1 could not start on %2:%3: %4")
                 .arg(serverName(), LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(why.isEmpty() ? description : why));
        return;
    }
    if (!m_clientDone && !m_cancelled && !m_failed && exitCode != 0) {
        Q_EMIT logLine(QStringLiteral("server"),
                       QStringLiteral("the %1 ended during the test: %2")
                           .arg(serverName(), description.isEmpty()
                                                  ? QStringLiteral("exit code %1").arg(exitCode)
                                                  : description));
    }
    if (m_clientDone || !m_client)
        complete();
}

void LocalToolRun::launchClient(const QString &program, const QStringList &arguments, int graceMs,
                                bool captureStdout) {
    m_client = new ManagedProcess(this);
    m_client->setProgram(program, arguments);
    m_client->setCaptureStdout(captureStdout);
    m_client->setTimeout(clientTimeoutSeconds() * 1000);
    m_client->setGracePeriod(graceMs);
    connect(m_client, &ManagedProcess::stdoutLine, this, &LocalToolRun::onClientStdout);
    connect(m_client, &ManagedProcess::stderrLine, this, &LocalToolRun::onClientStderr);
    connect(m_client, &ManagedProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus, const QString &description) {
                handleClientFinished(exitCode, description);
            });
    m_result.command = QStringList{program} + arguments;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT logLine(QStringLiteral("client"), QLatin1String("$ ") + m_client->commandLine());
    setState(State::Running);
    m_clientClock.start();
    m_progressTimer.start();
    m_client->start();
}

void LocalToolRun::onClientStderr(const QString &line) {
    Q_EMIT logLine(QStringLiteral("client"), line);
}

void LocalToolRun::handleClientFinished(int exitCode, const QString &description) {
    m_clientDone = true;
    m_progressTimer.stop();
    if (m_state == State::Finished)
        return;
    if (m_failed) {
        // The run has failed already (fail() keeps its message): just wait for the processes.
        if (!m_server || !m_server->isRunning())
            complete();
        return;
    }
    onClientFinished(exitCode, description);
}

void LocalToolRun::emitSamples(const QList<IntervalSample> &samples) {
    for (const IntervalSample &s : samples) {
        if (s.endS - s.startS < SliverShare * m_spec.intervalS)
            continue;
        m_liveSamples.append(s);
        Q_EMIT intervalSample(s);
    }
}

void LocalToolRun::keepRawOutput(const QByteArray &bytes) {
    if (m_rawOutputPath.isEmpty() || bytes.isEmpty())
        return;
    QString error;
    if (!FileIo::writeAtomically(m_rawOutputPath, bytes, &error))
        Q_EMIT logLine(QStringLiteral("client"),
                       QStringLiteral("cannot keep the raw output: %1").arg(error));
}

void LocalToolRun::finishWith(const RunResult &run, int serverLingerMs) {
    m_result = run;
    if (m_server && m_server->isRunning()) {
        setState(State::Stopping);
        QTimer::singleShot(serverLingerMs, m_server, &ManagedProcess::stop);
        return;
    }
    complete();
}

void LocalToolRun::cancel() {
    if (m_state == State::Finished)
        return;
    m_cancelled = true;
    if (m_state == State::Idle || m_state == State::StartingServer) {
        fail(QStringLiteral("cancelled by the user before the test started"));
        return;
    }
    setState(State::Stopping);
    if (m_client && m_client->isRunning())
        m_client->stop();
    else if (m_server && m_server->isRunning())
        m_server->stop();
}

void LocalToolRun::fail(const QString &message) {
    m_failed = true;
    m_serverStartTimer.stop();
    m_progressTimer.stop();
    m_result.status = m_liveSamples.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    m_result.error = message;
    m_result.intervals = m_liveSamples;
    bool waiting = false;
    for (ManagedProcess *p : {m_client, m_server}) {
        if (p && p->isRunning()) {
            p->stop();
            waiting = true;
        }
    }
    if (waiting) {
        setState(State::Stopping);
        return;
    }
    m_clientDone = true;
    complete();
}

void LocalToolRun::complete() {
    if (m_state == State::Finished)
        return;
    m_progressTimer.stop();
    m_serverStartTimer.stop();
    if (m_serverPort && m_spec.port == 0) {
        PortAllocator::instance().release(m_serverPort);
        m_serverPort = 0;
    }
    setState(State::Finished);
    Q_EMIT finished(m_result);
}

} // namespace Perfdeck

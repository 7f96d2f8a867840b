#include "exec/netperfrun.h"

#include "engines/netperfcommand.h"
#include "exec/managedprocess.h"
#include "exec/portallocator.h"
#include "results/fileio.h"

namespace Perfdeck {

namespace {

constexpr int MaxServerAttempts = 3;
constexpr int NetperfDefaultPort = 12865;
// An interim interval shorter than this share of -D is the sliver netperf prints as the test
// ends: its rate is noise, so it is neither shown live nor kept.
constexpr double SliverShare = 0.25;
const QString LocalHostAddress = QStringLiteral("127.0.0.1");

QString lastNonEmptyLine(const QString &text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    }
    return QString();
}

} // namespace

NetperfRun::NetperfRun(const TestSpec &spec, const NetperfInfo &netperf, const QString &runId,
                       QObject *parent)
    : TestRun(parent)
    , m_spec(spec)
    , m_netperf(netperf) {
    m_result.id = runId;
    m_result.engine = Engine::Netperf;
    m_result.protocol = NetperfCommand::protocolOf(spec);
    m_result.direction = NetperfCommand::directionOf(spec);
    m_result.streams = 1;
    m_result.durationS = spec.durationS;
    m_result.server = spec.targetLabel();
    m_result.client = QStringLiteral("localhost");
    m_result.toolVersion = netperf.versionText;
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        Q_EMIT progress(m_clientClock.elapsed() / 1000.0, NetperfCommand::expectedSeconds(m_spec));
    });
    m_serverStartTimer.setSingleShot(true);
    connect(&m_serverStartTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the netserver on %1:%2 did not start listening within %3 s")
                 .arg(LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(m_serverStartTimeoutMs / 1000.0));
    });
}

NetperfRun::~NetperfRun() {
    if (m_serverPort && m_spec.port == 0)
        PortAllocator::instance().release(m_serverPort);
}

QList<qint64> NetperfRun::processIds() const {
    QList<qint64> pids;
    for (const ManagedProcess *p : {m_server, m_client}) {
        if (p && p->isRunning() && p->pid() > 0)
            pids << p->pid();
    }
    return pids;
}

void NetperfRun::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NetperfRun::start() {
    if (m_state != State::Idle)
        return;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = m_spec.validate(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (!m_netperf.found) {
        fail(m_netperf.error.isEmpty() ? QStringLiteral("netperf is not available")
                                       : m_netperf.error);
        return;
    }
    if (m_spec.usesEmbeddedServer()) {
        if (!m_netperf.hasNetserver()) {
            fail(QStringLiteral("netserver was not found beside %1 nor in PATH; install netperf "
                                "(packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a "
                                "--target running netserver")
                     .arg(m_netperf.path));
            return;
        }
        startServer();
    } else {
        startClient();
    }
}

void NetperfRun::startServer() {
    setState(State::StartingServer);
    if (m_serverPort && m_spec.port == 0)
        PortAllocator::instance().release(m_serverPort);
    m_serverPort = m_spec.port > 0 ? quint16(m_spec.port)
                                   : PortAllocator::instance().allocate(QHostAddress::LocalHost);
    if (m_serverPort == 0) {
        fail(QStringLiteral("no free TCP port on %1 for the netserver").arg(LocalHostAddress));
        return;
    }
    ++m_serverAttempts;
    m_serverOutputTail.clear();
    if (m_server)
        m_server->deleteLater();
    m_server = new ManagedProcess(this);
    m_server->setProgram(m_netperf.netserverPath,
                         NetperfCommand::serverArguments(m_serverPort, LocalHostAddress));
    // netserver -D runs until stopped; the deadline only guards against a forgotten one.
    m_server->setTimeout((NetperfCommand::clientTimeoutSeconds(m_spec) + 30) * 1000);
    m_server->setGracePeriod(2000);
    connect(m_server, &ManagedProcess::stdoutLine, this, &NetperfRun::onServerLine);
    connect(m_server, &ManagedProcess::stderrLine, this, &NetperfRun::onServerLine);
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

void NetperfRun::onServerLine(const QString &line) {
    Q_EMIT logLine(QStringLiteral("server"), line);
    if (!line.trimmed().isEmpty()) {
        m_serverOutputTail += line + QLatin1Char('\n');
        if (m_serverOutputTail.size() > 4000)
            m_serverOutputTail = m_serverOutputTail.right(2000);
    }
    if (m_state == State::StartingServer && line.contains(QLatin1String("Starting netserver"))) {
        m_serverStartTimer.stop();
        startClient();
    }
}

void NetperfRun::onServerFinished(int exitCode, const QString &description) {
    if (m_state == State::StartingServer) {
        m_serverStartTimer.stop();
        const QString why = lastNonEmptyLine(m_serverOutputTail);
        const bool portTaken = why.contains(QLatin1String("in use"), Qt::CaseInsensitive) ||
                               why.contains(QLatin1String("bind"), Qt::CaseInsensitive);
        if (portTaken && m_spec.port == 0 && m_serverAttempts < MaxServerAttempts && !m_cancelled) {
            Q_EMIT logLine(QStringLiteral("server"),
                           QStringLiteral("port %1 is taken, trying another").arg(m_serverPort));
            startServer();
            return;
        }
        fail(QStringLiteral("the netserver could not start on %1:%2: %3")
                 .arg(LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(why.isEmpty() ? description : why));
        return;
    }
    if (!m_clientDone && !m_cancelled) {
        Q_EMIT logLine(QStringLiteral("server"),
                       QStringLiteral("the netserver ended during the test: %1")
                           .arg(description.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode)
                                                      : description));
    }
    if (m_clientDone || !m_client)
        complete();
}

void NetperfRun::startClient() {
    if (m_state == State::Finished || m_state == State::Stopping)
        return;
    const QString host = m_spec.usesEmbeddedServer() ? LocalHostAddress : m_spec.host;
    const int port = m_spec.usesEmbeddedServer() ? m_serverPort : m_spec.port;
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    m_result.server =
        QStringLiteral("%1:%2").arg(shownHost).arg(port > 0 ? port : NetperfDefaultPort);
    const QStringList args = NetperfCommand::clientArguments(m_spec, host, port);
    m_client = new ManagedProcess(this);
    m_client->setProgram(m_netperf.path, args);
    m_client->setTimeout(NetperfCommand::clientTimeoutSeconds(m_spec) * 1000);
    // netperf prints nothing more on SIGTERM: its interim lines so far are the partial result.
    m_client->setGracePeriod(1000);
    connect(m_client, &ManagedProcess::stdoutLine, this, &NetperfRun::onClientLine);
    connect(m_client, &ManagedProcess::stderrLine, this, &NetperfRun::onClientLine);
    connect(m_client, &ManagedProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus, const QString &description) {
                onClientFinished(exitCode, description);
            });
    m_result.command = QStringList{m_netperf.path} + args;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT logLine(QStringLiteral("client"), QLatin1String("$ ") + m_client->commandLine());
    setState(State::Running);
    m_clientClock.start();
    m_progressTimer.start();
    m_client->start();
}

void NetperfRun::onClientLine(const QString &line) {
    Q_EMIT logLine(QStringLiteral("client"), line);
    if (m_rawOutput.size() < 4 * 1024 * 1024)
        m_rawOutput += line.toUtf8() + '\n';
    const auto sample = m_parser.feedLine(line);
    if (!sample || sample->endS - sample->startS < SliverShare * m_spec.intervalS)
        return;
    m_liveSamples.append(*sample);
    Q_EMIT intervalSample(*sample);
}

void NetperfRun::onClientFinished(int exitCode, const QString &description) {
    m_clientDone = true;
    m_progressTimer.stop();
    if (m_state == State::Finished)
        return;
    if (!m_rawOutputPath.isEmpty() && !m_rawOutput.isEmpty()) {
        QString error;
        if (!FileIo::writeAtomically(m_rawOutputPath, m_rawOutput, &error))
            Q_EMIT logLine(QStringLiteral("client"),
                           QStringLiteral("cannot keep the raw output: %1").arg(error));
    }
    RunResult run = m_parser.result();
    run.intervals = m_liveSamples;
    if (!m_parser.hasSummary()) {
        QString why = m_parser.error();
        if (m_cancelled)
            why = QStringLiteral("cancelled by the user");
        else if (m_client->timedOut())
            why = QStringLiteral("the netperf client %1").arg(description);
        else if (why.isEmpty())
            why = QStringLiteral("the netperf client %1 without a result%2")
                      .arg(description.isEmpty() ? QStringLiteral("ended") : description,
                           exitCode == 0 ? QString()
                                         : QStringLiteral(" (exit code %1)").arg(exitCode));
        run.error = why;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    } else if (exitCode != 0) {
        run.warnings.append(
            QStringLiteral("netperf exited with code %1 after printing its result").arg(exitCode));
    }
    // Identity and provenance come from what we ran.
    run.id = m_result.id;
    run.engine = Engine::Netperf;
    run.protocol = m_result.protocol;
    run.direction = m_result.direction;
    run.streams = 1;
    run.server = m_result.server;
    run.client = m_result.client;
    run.command = m_result.command;
    run.startedAt = m_result.startedAt;
    run.toolVersion = m_result.toolVersion;
    if (!run.durationS)
        run.durationS = m_spec.durationS;
    m_result = run;
    stopServerThenComplete();
}

void NetperfRun::stopServerThenComplete() {
    if (m_server && m_server->isRunning()) {
        // netserver -D serves until stopped: this run owns it, so it ends with the run.
        setState(State::Stopping);
        m_server->stop();
        return;
    }
    complete();
}

void NetperfRun::cancel() {
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

void NetperfRun::fail(const QString &message) {
    m_serverStartTimer.stop();
    m_progressTimer.stop();
    m_result.status = m_liveSamples.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    m_result.error = message;
    m_result.intervals = m_liveSamples;
    m_clientDone = true;
    bool waiting = false;
    for (ManagedProcess *p : {m_client, m_server}) {
        if (p && p->isRunning()) {
            p->stop();
            waiting = true;
        }
    }
    if (waiting) {
        setState(State::Stopping);
        if (m_client && m_client->isRunning()) {
            // onClientFinished would parse: it is a failure already, so just wait for exit.
            disconnect(m_client, &ManagedProcess::finished, this, nullptr);
            connect(m_client, &ManagedProcess::finished, this, [this] {
                if (!m_server || !m_server->isRunning())
                    complete();
            });
        }
        return;
    }
    complete();
}

void NetperfRun::complete() {
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

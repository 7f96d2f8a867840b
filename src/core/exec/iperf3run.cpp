#include "exec/iperf3run.h"

#include "engines/iperf3command.h"
#include "engines/iperf3jsonparser.h"
#include "exec/managedprocess.h"
#include "exec/portallocator.h"
#include "results/fileio.h"

#include <QJsonDocument>

namespace Perfdeck {

namespace {

constexpr int MaxServerAttempts = 3;
constexpr int ServerLingerMs = 2000;
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

Iperf3Run::Iperf3Run(const TestSpec &spec, const Iperf3Info &iperf3, const QString &runId,
                     QObject *parent)
    : TestRun(parent)
    , m_spec(spec)
    , m_iperf3(iperf3) {
    m_result.id = runId;
    m_result.engine = Engine::Iperf3;
    m_result.protocol = spec.protocol;
    m_result.direction = spec.direction;
    m_result.streams = spec.parallel;
    m_result.durationS = spec.durationS;
    m_result.server = spec.targetLabel();
    m_result.client = QStringLiteral("localhost");
    m_result.toolVersion = iperf3.versionText;
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        Q_EMIT progress(m_clientClock.elapsed() / 1000.0, m_spec.durationS + m_spec.omitS);
    });
    m_serverStartTimer.setSingleShot(true);
    connect(&m_serverStartTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the iperf3 server on %1:%2 did not start listening within %3 s")
                 .arg(LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(m_serverStartTimeoutMs / 1000.0));
    });
}

Iperf3Run::~Iperf3Run() {
    if (m_serverPort)
        PortAllocator::instance().release(m_serverPort);
}

QList<qint64> Iperf3Run::processIds() const {
    QList<qint64> pids;
    for (const ManagedProcess *p : {m_server, m_client}) {
        if (p && p->isRunning() && p->pid() > 0)
            pids << p->pid();
    }
    return pids;
}

void Iperf3Run::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Iperf3Run::start() {
    if (m_state != State::Idle)
        return;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = m_spec.validate(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (!m_iperf3.found) {
        fail(m_iperf3.error.isEmpty() ? QStringLiteral("iperf3 is not available") : m_iperf3.error);
        return;
    }
    if (m_spec.direction == Direction::Bidir && !m_iperf3.hasBidir()) {
        fail(QStringLiteral("iperf3 %1 has no --bidir (needs 3.7 or newer)")
                 .arg(m_iperf3.versionString()));
        return;
    }
    if (m_spec.usesEmbeddedServer())
        startServer();
    else
        startClient();
}

void Iperf3Run::startServer() {
    setState(State::StartingServer);
    if (m_serverPort)
        PortAllocator::instance().release(m_serverPort);
    m_serverPort = m_spec.port > 0 ? quint16(m_spec.port)
                                   : PortAllocator::instance().allocate(QHostAddress::LocalHost);
    if (m_serverPort == 0) {
        fail(QStringLiteral("no free TCP/UDP port on %1 for the iperf3 server")
                 .arg(LocalHostAddress));
        return;
    }
    ++m_serverAttempts;
    m_serverParser =
        std::make_unique<Iperf3TextParser>(m_spec.parallel, m_spec.direction == Direction::Bidir);
    m_serverOutputTail.clear();
    if (m_server)
        m_server->deleteLater();
    m_server = new ManagedProcess(this);
    m_server->setProgram(m_iperf3.path, Iperf3Command::serverArguments(
                                            m_serverPort, LocalHostAddress,
                                            Iperf3Command::Output::Text, 0, m_spec.intervalS));
    // A one-off server exits after its test; the deadline only guards against a stuck one.
    m_server->setTimeout((Iperf3Command::clientTimeoutSeconds(m_spec) + 30) * 1000);
    m_server->setGracePeriod(2000);
    connect(m_server, &ManagedProcess::stdoutLine, this, &Iperf3Run::onServerLine);
    connect(m_server, &ManagedProcess::stderrLine, this, &Iperf3Run::onServerLine);
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

void Iperf3Run::onServerLine(const QString &line) {
    Q_EMIT logLine(QStringLiteral("server"), line);
    if (!line.trimmed().isEmpty()) {
        m_serverOutputTail += line + QLatin1Char('\n');
        if (m_serverOutputTail.size() > 4000)
            m_serverOutputTail = m_serverOutputTail.right(2000);
    }
    if (!m_serverParser)
        return;
    const QList<IntervalSample> samples = m_serverParser->feedLine(line);
    if (m_state == State::StartingServer && m_serverParser->serverListening()) {
        m_serverStartTimer.stop();
        startClient();
        return;
    }
    if (m_liveSource == LiveSource::ServerText && !m_clientDone) {
        emitTextSamples(samples);
    }
}

void Iperf3Run::onServerFinished(int exitCode, const QString &description) {
    if (m_state == State::StartingServer) {
        m_serverStartTimer.stop();
        const QString why = m_serverParser && !m_serverParser->error().isEmpty()
                                ? m_serverParser->error()
                                : lastNonEmptyLine(m_serverOutputTail);
        const bool portTaken = why.contains(QLatin1String("Address already in use"));
        if (portTaken && m_spec.port == 0 && m_serverAttempts < MaxServerAttempts && !m_cancelled) {
            Q_EMIT logLine(QStringLiteral("server"),
                           QStringLiteral("port %1 is taken, trying another").arg(m_serverPort));
            startServer();
            return;
        }
        fail(QStringLiteral("the iperf3 server could not start on %1:%2: %3")
                 .arg(LocalHostAddress)
                 .arg(m_serverPort)
                 .arg(why.isEmpty() ? description : why));
        return;
    }
    if (!m_clientDone && exitCode != 0) {
        Q_EMIT logLine(QStringLiteral("server"),
                       QStringLiteral("the iperf3 server ended during the test: %1")
                           .arg(description.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode)
                                                      : description));
    }
    if (m_clientDone || !m_client)
        complete();
}

void Iperf3Run::startClient() {
    if (m_state == State::Finished || m_state == State::Stopping)
        return;
    const bool jsonStream = m_iperf3.hasJsonStream();
    auto output = jsonStream ? Iperf3Command::Output::JsonStream : Iperf3Command::Output::Json;
    if (jsonStream) {
        m_liveSource = LiveSource::JsonStream;
    } else if (m_spec.usesEmbeddedServer()) {
        m_liveSource = LiveSource::ServerText;
    } else if (m_spec.liveClientText) {
        m_liveSource = LiveSource::ClientText;
        output = Iperf3Command::Output::Text;
        m_clientTextParser = std::make_unique<Iperf3TextParser>(
            m_spec.parallel, m_spec.direction == Direction::Bidir);
    } else {
        m_liveSource = LiveSource::None;
    }

    const QString host = m_spec.usesEmbeddedServer() ? LocalHostAddress : m_spec.host;
    const int port = m_spec.usesEmbeddedServer() ? m_serverPort : m_spec.port;
    if (m_spec.usesEmbeddedServer())
        m_result.server = QStringLiteral("%1:%2").arg(LocalHostAddress).arg(m_serverPort);
    const QStringList args = Iperf3Command::clientArguments(m_spec, host, port, output);
    m_client = new ManagedProcess(this);
    m_client->setProgram(m_iperf3.path, args);
    m_client->setCaptureStdout(output == Iperf3Command::Output::Json);
    m_client->setTimeout(Iperf3Command::clientTimeoutSeconds(m_spec) * 1000);
    // iperf3 writes its JSON (with the data so far) when it gets SIGTERM: give it time.
    m_client->setGracePeriod(3000);
    connect(m_client, &ManagedProcess::stdoutLine, this, &Iperf3Run::onClientLine);
    connect(m_client, &ManagedProcess::stderrLine, this,
            [this](const QString &line) { Q_EMIT logLine(QStringLiteral("client"), line); });
    connect(m_client, &ManagedProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus, const QString &description) {
                onClientFinished(exitCode, description);
            });
    m_result.command = QStringList{m_iperf3.path} + args;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT logLine(QStringLiteral("client"), QLatin1String("$ ") + m_client->commandLine());
    setState(State::Running);
    m_clientClock.start();
    m_progressTimer.start();
    m_client->start();
}

void Iperf3Run::onClientLine(const QString &line) {
    if (m_liveSource == LiveSource::ClientText) {
        Q_EMIT logLine(QStringLiteral("client"), line);
        emitTextSamples(m_clientTextParser->feedLine(line));
        return;
    }
    if (m_liveSource != LiveSource::JsonStream)
        return; // -J output is parsed whole at the end
    Q_EMIT logLine(QStringLiteral("client"), line);
    if (const auto sample = m_streamParser.feedLine(line.toUtf8()))
        emitSample(*sample);
}

void Iperf3Run::emitTextSamples(const QList<IntervalSample> &samples) {
    for (const IntervalSample &s : samples) {
        if (s.endS - s.startS >= 0.25 * m_spec.intervalS)
            emitSample(s);
    }
}

void Iperf3Run::emitSample(const IntervalSample &sample) {
    m_liveSamples.append(sample);
    Q_EMIT intervalSample(sample);
}

void Iperf3Run::onClientFinished(int exitCode, const QString &description) {
    m_clientDone = true;
    m_progressTimer.stop();
    if (m_state == State::Finished)
        return;

    if (m_liveSource == LiveSource::ClientText) {
        emitTextSamples(m_clientTextParser->finish());
        m_result = resultFromClientText();
        complete();
        return;
    }
    QByteArray document;
    if (m_liveSource == LiveSource::JsonStream) {
        if (m_streamParser.hasStart())
            document = QJsonDocument(m_streamParser.assembledDocument()).toJson();
    } else {
        document = m_client->capturedStdout();
    }
    const QString stderrTail = lastNonEmptyLine(m_client->stderrText());
    if (!m_rawOutputPath.isEmpty() && !document.isEmpty()) {
        QString error;
        if (!FileIo::writeAtomically(m_rawOutputPath, document, &error))
            Q_EMIT logLine(QStringLiteral("client"),
                           QStringLiteral("cannot keep the raw output: %1").arg(error));
    }
    RunResult run = m_result;
    const Iperf3ParseOutcome outcome =
        document.trimmed().isEmpty() ? Iperf3ParseOutcome{} : Iperf3JsonParser::parse(document);
    if (outcome.parsed) {
        run = outcome.run;
        if (run.intervals.isEmpty() && !m_liveSamples.isEmpty())
            run.intervals = m_liveSamples;
    } else {
        run.intervals = m_liveSamples;
        QString why;
        if (m_client->timedOut())
            why = QStringLiteral("the iperf3 client %1").arg(description);
        else if (!stderrTail.isEmpty())
            why = stderrTail;
        else if (!outcome.parseError.isEmpty())
            why = QStringLiteral("unreadable iperf3 output: %1").arg(outcome.parseError);
        else
            why = QStringLiteral("the iperf3 client %1 without a result")
                      .arg(description.isEmpty() ? QStringLiteral("ended") : description);
        run.error = why;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    }
    if (m_cancelled && run.status == RunStatus::Ok && exitCode != 0) {
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    }
    if (m_cancelled && run.status != RunStatus::Ok && run.error.isEmpty())
        run.error = QStringLiteral("cancelled by the user");
    if (m_client->timedOut() && run.status == RunStatus::Ok) {
        run.status = RunStatus::Partial;
        run.error = QStringLiteral("the iperf3 client %1").arg(description);
    }
    // Identity and provenance come from what we ran, whatever the document says.
    run.id = m_result.id;
    run.engine = Engine::Iperf3;
    run.command = m_result.command;
    run.startedAt = run.startedAt.isValid() ? run.startedAt : m_result.startedAt;
    if (run.toolVersion.isEmpty())
        run.toolVersion = m_result.toolVersion;
    if (!outcome.parsed || run.server.isEmpty())
        run.server = m_result.server;
    if (!outcome.parsed || run.client.isEmpty())
        run.client = m_result.client;
    if (!outcome.parsed) {
        run.protocol = m_spec.protocol;
        run.direction = m_spec.direction;
        run.streams = m_spec.parallel;
    }
    if (!run.durationS)
        run.durationS = m_spec.durationS;
    m_result = run;

    if (m_server && m_server->isRunning()) {
        setState(State::Stopping);
        // The one-off server normally exits right after its client; stop it if it lingers.
        QTimer::singleShot(m_cancelled ? 0 : ServerLingerMs, m_server, &ManagedProcess::stop);
        return;
    }
    complete();
}

RunResult Iperf3Run::resultFromClientText() {
    RunResult run = m_result;
    run.intervals = m_liveSamples;
    run.summary = m_clientTextParser->summary();
    run.reverseSummary = m_clientTextParser->reverseSummary();
    run.warnings << QStringLiteral("followed from iperf3's text output: figures are rounded "
                                   "to the 3 significant digits iperf3 prints");
    QString error = m_clientTextParser->error();
    if (error.isEmpty() && !m_clientTextParser->summarySeen()) {
        const QString stderrTail = lastNonEmptyLine(m_client->stderrText());
        if (m_client->timedOut())
            error = QStringLiteral("the iperf3 client timed out");
        else if (m_cancelled)
            error = QStringLiteral("cancelled by the user");
        else if (!stderrTail.isEmpty())
            error = stderrTail;
        else
            error = QStringLiteral("the iperf3 client ended without its summary");
    }
    if (error.isEmpty() && m_cancelled)
        error = QStringLiteral("cancelled by the user");
    if (!error.isEmpty()) {
        run.error = error;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    }
    return run;
}

void Iperf3Run::cancel() {
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

void Iperf3Run::fail(const QString &message) {
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

void Iperf3Run::complete() {
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

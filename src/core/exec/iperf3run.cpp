#include "exec/iperf3run.h"

#include "engines/iperf3command.h"
#include "engines/iperf3jsonparser.h"
#include "exec/managedprocess.h"

#include <QJsonDocument>

namespace Perfdeck {

namespace {

// The one-off server exits right after its client; this is how long it may take to.
constexpr int ServerLingerMs = 2000;

} // namespace

Iperf3Run::Iperf3Run(const TestSpec &spec, const Iperf3Info &iperf3, const QString &runId,
                     QObject *parent)
    : LocalToolRun(spec, runId, parent)
    , m_iperf3(iperf3) {
    m_result.engine = Engine::Iperf3;
    m_result.protocol = spec.protocol;
    m_result.direction = spec.direction;
    m_result.streams = spec.parallel;
    m_result.toolVersion = iperf3.versionText;
}

QString Iperf3Run::preflightError() const {
    if (!m_iperf3.found)
        return m_iperf3.error.isEmpty() ? QStringLiteral("iperf3 is not available")
                                        : m_iperf3.error;
    if (m_spec.direction == Direction::Bidir && !m_iperf3.hasBidir())
        return QStringLiteral("iperf3 %1 has no --bidir (needs 3.7 or newer)")
            .arg(m_iperf3.versionString());
    if (!m_spec.dscp.isEmpty() && !m_iperf3.hasDscp())
        return QStringLiteral("iperf3 %1 has no --dscp (needs 3.1 or newer)")
            .arg(m_iperf3.versionString());
    return QString();
}

double Iperf3Run::expectedSeconds() const {
    return m_spec.durationS + m_spec.omitS;
}

int Iperf3Run::clientTimeoutSeconds() const {
    return Iperf3Command::clientTimeoutSeconds(m_spec);
}

QStringList Iperf3Run::serverCommand(quint16 port) {
    m_serverParser =
        std::make_unique<Iperf3TextParser>(m_spec.parallel, m_spec.direction == Direction::Bidir);
    // Text at the test's interval: on iperf3 < 3.17 this is the live source.
    return QStringList{m_iperf3.path} + Iperf3Command::serverArguments(port, LocalHostAddress,
                                                                       Iperf3Command::Output::Text,
                                                                       0, m_spec.intervalS);
}

void Iperf3Run::onServerLine(const QString &line) {
    const QList<IntervalSample> samples = m_serverParser->feedLine(line);
    if (state() == State::StartingServer) {
        if (m_serverParser->serverListening())
            serverIsListening();
        return;
    }
    if (m_liveSource == LiveSource::ServerText && !m_clientDone)
        emitSamples(samples);
}

QString Iperf3Run::serverStartFailure() const {
    if (m_serverParser && !m_serverParser->error().isEmpty())
        return m_serverParser->error();
    return LocalToolRun::serverStartFailure();
}

bool Iperf3Run::portTaken(const QString &reason) const {
    return reason.contains(QLatin1String("Address already in use"));
}

void Iperf3Run::startClient() {
    if (state() == State::Finished || state() == State::Stopping)
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
    // iperf3 writes its JSON (with the data so far) when it gets SIGTERM: give it time.
    launchClient(m_iperf3.path, Iperf3Command::clientArguments(m_spec, host, port, output), 3000,
                 output == Iperf3Command::Output::Json);
}

void Iperf3Run::onClientStdout(const QString &line) {
    switch (m_liveSource) {
    case LiveSource::ClientText:
        Q_EMIT logLine(QStringLiteral("client"), line);
        emitSamples(m_clientTextParser->feedLine(line));
        break;
    case LiveSource::JsonStream:
        Q_EMIT logLine(QStringLiteral("client"), line);
        if (const auto sample = m_streamParser.feedLine(line.toUtf8()))
            emitSamples({*sample});
        break;
    case LiveSource::ServerText:
    case LiveSource::None:
        break; // -J output is parsed whole at the end
    }
}

void Iperf3Run::onClientFinished(int exitCode, const QString &description) {
    if (m_liveSource == LiveSource::ClientText) {
        emitSamples(m_clientTextParser->finish());
        finishWith(resultFromClientText(), 0);
        return;
    }
    finishWith(resultFromDocument(exitCode, description), m_cancelled ? 0 : ServerLingerMs);
}

RunResult Iperf3Run::resultFromDocument(int exitCode, const QString &description) {
    QByteArray document;
    if (m_liveSource == LiveSource::JsonStream) {
        if (m_streamParser.hasStart())
            document = QJsonDocument(m_streamParser.assembledDocument()).toJson();
    } else {
        document = m_client->capturedStdout();
    }
    keepRawOutput(document);
    RunResult run = m_result;
    const Iperf3ParseOutcome outcome =
        document.trimmed().isEmpty() ? Iperf3ParseOutcome{} : Iperf3JsonParser::parse(document);
    if (outcome.parsed) {
        run = outcome.run;
        if (run.intervals.isEmpty() && !m_liveSamples.isEmpty())
            run.intervals = m_liveSamples;
    } else {
        run.intervals = m_liveSamples;
        const QString stderrTail = lastNonEmptyLine(m_client->stderrText());
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
    if (m_cancelled && run.status == RunStatus::Ok && exitCode != 0)
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
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
    return run;
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

} // namespace Perfdeck

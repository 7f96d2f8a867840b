#include "exec/iperf3run.h"
#include "util/threadhandoff.h"

#include "engines/iperf3command.h"
#include "engines/iperf3impossiblevalues.h"
#include "engines/iperf3jsonparser.h"
#include "exec/hostlauncher.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// The one-off server exits right after its client; this is how long it may take to.
constexpr int ServerLingerMs = 2000;
constexpr int DefaultPort = 5201;

} // namespace

Iperf3Run::Iperf3Run(const TestSpec &spec, const RunHosts &hosts, const Iperf3Info &clientIperf3,
                     const Iperf3Info &serverIperf3, const QString &runId, QObject *parent)
    : ToolRun(spec, hosts, runId, parent)
    , m_iperf3(clientIperf3)
    , m_serverIperf3(serverIperf3) {
    describeRun(Engine::Iperf3, spec.protocol, spec.direction, spec.parallel,
                clientIperf3.versionText);
}

QString Iperf3Run::preflightError() const {
    if (!m_iperf3.found)
        return m_iperf3.error.isEmpty() ? Tr::tr("iperf3 is not available") : m_iperf3.error;
    if (spec().usesEmbeddedServer() && !m_serverIperf3.found) {
        const QString why = m_serverIperf3.error.isEmpty() ? Tr::tr("iperf3 is not available")
                                                           : m_serverIperf3.error;
        return hosts().server == hosts().client
                   ? why
                   : Tr::tr("on the server host %1: %2").arg(hosts().server->hostName(), why);
    }
    // Which binary on which host is too old: the one to upgrade, or to point Perfdeck away from.
    const QString which =
        QStringLiteral("iperf3 %1 (%2 on %3)")
            .arg(m_iperf3.versionString(), m_iperf3.path, hosts().client->hostName());
    if (spec().direction == Direction::Bidir && !m_iperf3.hasBidir())
        return Tr::tr("%1 has no --bidir (needs 3.7 or newer)").arg(which);
    if (!spec().dscp.isEmpty() && !m_iperf3.hasDscp())
        return Tr::tr("%1 has no --dscp (needs 3.1 or newer)").arg(which);
    return QString();
}

double Iperf3Run::expectedSeconds() const {
    return spec().durationS + spec().omitS;
}

int Iperf3Run::clientTimeoutSeconds() const {
    return Iperf3Command::clientTimeoutSeconds(spec());
}

QStringList Iperf3Run::serverCommand(quint16 port) {
    m_serverParser =
        std::make_unique<Iperf3TextParser>(spec().parallel, spec().direction == Direction::Bidir);
    // Text at the test's interval: on iperf3 < 3.17 this is the live source. A remote server
    // also ends by itself if it is left without a client (its watchdog is the first guard).
    // (--idle-timeout came with iperf3 3.3.)
    const bool remote = !hosts().server->isLocal() && m_serverIperf3.atLeast(3, 3);
    const int idleTimeoutS = remote ? clientTimeoutSeconds() + 30 : 0;
    return QStringList{m_serverIperf3.path} +
           Iperf3Command::serverArguments(port, serverAddress(), Iperf3Command::Output::Text,
                                          idleTimeoutS, spec().intervalS);
}

void Iperf3Run::onServerLine(const QString &line) {
    const QList<IntervalSample> samples = m_serverParser->feedLine(line);
    if (state() == State::StartingServer) {
        if (m_serverParser->serverListening())
            serverIsListening();
        return;
    }
    if (m_liveSource == LiveSource::ServerText && !clientDone())
        emitSamples(samples);
}

QString Iperf3Run::serverStartFailure() const {
    if (m_serverParser && !m_serverParser->error().isEmpty())
        return m_serverParser->error();
    return ToolRun::serverStartFailure();
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
    } else if (spec().usesEmbeddedServer()) {
        m_liveSource = LiveSource::ServerText;
    } else if (spec().liveClientText) {
        m_liveSource = LiveSource::ClientText;
        output = Iperf3Command::Output::Text;
        m_clientTextParser = std::make_unique<Iperf3TextParser>(
            spec().parallel, spec().direction == Direction::Bidir);
    } else {
        m_liveSource = LiveSource::None;
    }
    const QString host = clientTargetHost();
    const int port = clientTargetPort();
    if (spec().usesEmbeddedServer()) {
        const QString shown =
            host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        setServerLabel(QStringLiteral("%1:%2").arg(shown).arg(port));
    }
    QStringList arguments = Iperf3Command::clientArguments(spec(), host, port, output, nullptr,
                                                           m_iperf3.hasUdpCounters64Bit());
    // A client standing for this machine at another loopback address (a plan's "lo2" at
    // 127.0.0.2) sends from that address, so the server sees the plan's host.
    const QString source = loopbackSourceAddress(host);
    if (!source.isEmpty())
        arguments << QStringLiteral("-B") << source;
    // iperf3 writes its JSON (with the data so far) when it gets SIGTERM: give it time.
    launchClient(m_iperf3.path, arguments, 3000, output == Iperf3Command::Output::Json);
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

namespace {

// The end of a -J run, built off the UI thread: a long -P run's document is tens of MB.
struct ParsedDocument {
    Iperf3ParseOutcome outcome;
    QString rawOutputError; // why the raw document could not be kept
};

ParsedDocument parseClientDocument(const ChunkedBuffer &stdoutBytes, const QJsonObject &assembled,
                                   const QString &rawOutputPath) {
    ParsedDocument parsed;
    // Joined here, not on the UI thread: tens of MB are copied.
    const QByteArray document =
        assembled.isEmpty() ? stdoutBytes.join() : QJsonDocument(assembled).toJson();
    if (!rawOutputPath.isEmpty() && !document.isEmpty())
        FileIo::writeAtomically(rawOutputPath, document, &parsed.rawOutputError);
    if (!document.trimmed().isEmpty())
        parsed.outcome = Iperf3JsonParser::parse(document);
    return parsed;
}

} // namespace

void Iperf3Run::onClientFinished(int exitCode, const QString &description) {
    if (m_liveSource == LiveSource::ClientText) {
        emitSamples(m_clientTextParser->finish());
        if (clientTimedOut() && liveSamples().isEmpty()) {
            explainSilentServer(DefaultPort, [this](const QString &why) {
                RunResult run = resultFromClientText();
                run.error = why;
                finishWith(run, 0);
            });
            return;
        }
        finishWith(resultFromClientText(), 0);
        return;
    }
    ChunkedBuffer document;
    QJsonObject assembled;
    if (m_liveSource == LiveSource::JsonStream) {
        if (m_streamParser.hasStart())
            assembled = m_streamParser.assembledDocument();
    } else {
        document = clientStdout();
    }
    auto *watcher = new QFutureWatcher<ParsedDocument>(this);
    connect(watcher, &QFutureWatcher<ParsedDocument>::finished, this,
            [this, watcher, exitCode, description] {
                watcher->deleteLater();
                const ParsedDocument parsed = watcher->result();
                if (!parsed.rawOutputError.isEmpty())
                    Q_EMIT logLine(
                        QStringLiteral("client"),
                        Tr::tr("cannot keep the raw output: %1").arg(parsed.rawOutputError));
                RunResult run = resultFromDocument(parsed.outcome, exitCode, description);
                const int linger = isCancelled() ? 0 : ServerLingerMs;
                if (!clientTimedOut() || !run.intervals.isEmpty()) {
                    finishWith(run, linger);
                    return;
                }
                // Nothing measured before the deadline: say why rather than iperf3's
                // "interrupt - the client has terminated" and a zero rate.
                explainSilentServer(DefaultPort, [this, run, linger](const QString &why) {
                    RunResult silent = run;
                    silent.status = RunStatus::Error;
                    silent.error = why;
                    silent.summary = Summary{};
                    silent.reverseSummary.reset();
                    finishWith(silent, linger);
                });
            });
    watcher->setFuture(runInPool(
        [document = std::move(document), assembled = std::move(assembled), path = rawOutputPath()] {
            return parseClientDocument(document, assembled, path);
        }));
}

RunResult Iperf3Run::resultFromDocument(const Iperf3ParseOutcome &outcome, int exitCode,
                                        const QString &description) {
    RunResult run = draftResult();
    if (outcome.parsed) {
        run = outcome.run;
        // iperf3 gave up without its intervals ("the server has terminated"): what was
        // seen live was measured all the same.
        if (run.intervals.isEmpty() && !liveSamples().isEmpty())
            run.intervals = liveSamples();
        // Measured intervals make a failed run partial, not an error (DESIGN: a failed test
        // keeps whatever data it produced).
        if (run.status == RunStatus::Error && !run.intervals.isEmpty())
            run.status = RunStatus::Partial;
    } else {
        run.intervals = liveSamples();
        // The live samples came from the server's --forceflush text: the same bugs show there.
        Iperf3ImpossibleValues::check(run);
        const QString stderrTail = lastNonEmptyLine(clientStderr());
        QString why;
        if (clientTimedOut())
            why = deadlineReason(DefaultPort);
        else if (!stderrTail.isEmpty())
            why = stderrTail;
        else if (!outcome.parseError.isEmpty())
            why = Tr::tr("unreadable iperf3 output: %1").arg(outcome.parseError);
        else
            why = Tr::tr("the iperf3 client %1 without a result")
                      .arg(description.isEmpty() ? QStringLiteral("ended") : description);
        run.error = why;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    }
    if (isCancelled() && run.status == RunStatus::Ok && exitCode != 0)
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    if (isCancelled() && run.status != RunStatus::Ok && run.error.isEmpty())
        run.error = Tr::tr("cancelled by the user");
    if (clientTimedOut() && outcome.parsed && !isCancelled()) {
        // iperf3's own words on SIGTERM ("interrupt - the client has terminated") say
        // nothing of the cause.
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
        run.error = deadlineReason(DefaultPort) +
                    (run.error.isEmpty() ? QString() : QStringLiteral("; iperf3: ") + run.error);
    }
    // iperf3 sends a UDP stream's set-up datagram once and gives up when it or its answer is
    // lost (esnet/iperf#862); its words alone suggest a local socket problem.
    if (spec().protocol == Protocol::Udp && run.intervals.isEmpty() &&
        run.error.contains(QLatin1String("unable to read from stream socket")))
        run.error += Tr::tr(" (iperf3 sends a UDP stream's set-up datagram once: it or its "
                            "answer was lost on the way; start the test again)");
    // Identity and provenance come from what we ran, whatever the document says.
    run.id = draftResult().id;
    run.engine = Engine::Iperf3;
    run.command = draftResult().command;
    run.clientHost = draftResult().clientHost;
    run.serverHost = draftResult().serverHost;
    run.clientAddress = draftResult().clientAddress;
    run.serverAddress = draftResult().serverAddress;
    run.startedAt = run.startedAt.isValid() ? run.startedAt : draftResult().startedAt;
    if (run.toolVersion.isEmpty())
        run.toolVersion = draftResult().toolVersion;
    if (!outcome.parsed || run.server.isEmpty())
        run.server = draftResult().server;
    if (!outcome.parsed || run.client.isEmpty())
        run.client = draftResult().client;
    if (!outcome.parsed) {
        run.protocol = spec().protocol;
        run.direction = spec().direction;
        run.streams = spec().parallel;
    }
    if (!run.durationS)
        run.durationS = spec().durationS;
    return run;
}

RunResult Iperf3Run::resultFromClientText() {
    RunResult run = draftResult();
    run.intervals = liveSamples();
    run.summary = m_clientTextParser->summary();
    run.reverseSummary = m_clientTextParser->reverseSummary();
    run.warnings << Tr::tr("followed from iperf3's text output: figures are rounded "
                           "to the 3 significant digits iperf3 prints");
    Iperf3ImpossibleValues::check(run);
    QString error = m_clientTextParser->error();
    if (error.isEmpty() && !m_clientTextParser->summarySeen()) {
        const QString stderrTail = lastNonEmptyLine(clientStderr());
        if (clientTimedOut())
            error = deadlineReason(DefaultPort);
        else if (isCancelled())
            error = Tr::tr("cancelled by the user");
        else if (!stderrTail.isEmpty())
            error = stderrTail;
        else
            error = Tr::tr("the iperf3 client ended without its summary");
    }
    if (error.isEmpty() && isCancelled())
        error = Tr::tr("cancelled by the user");
    // Stopped at its deadline, iperf3 still prints a summary of what it measured: the run did
    // not end, whatever the summary says.
    if (clientTimedOut() && !isCancelled() &&
        !error.startsWith(
            QCoreApplication::translate("Perfdeck", "the test did not finish (no end totals)")))
        error = deadlineReason(DefaultPort) +
                (error.isEmpty() ? QString() : QStringLiteral("; iperf3: ") + error);
    if (!error.isEmpty()) {
        run.error = error;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    }
    return run;
}

} // namespace Perfdeck

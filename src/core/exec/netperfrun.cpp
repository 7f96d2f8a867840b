#include "exec/netperfrun.h"

#include "engines/netperfcommand.h"
#include "exec/managedprocess.h"

namespace Perfdeck {

namespace {

constexpr int NetperfDefaultPort = 12865;
constexpr qsizetype MaxRawOutputBytes = 4 * 1024 * 1024;

} // namespace

NetperfRun::NetperfRun(const TestSpec &spec, const NetperfInfo &netperf, const QString &runId,
                       QObject *parent)
    : LocalToolRun(spec, runId, parent)
    , m_netperf(netperf) {
    m_result.engine = Engine::Netperf;
    m_result.protocol = NetperfCommand::protocolOf(spec);
    m_result.direction = NetperfCommand::directionOf(spec);
    m_result.streams = 1;
    m_result.toolVersion = netperf.versionText;
}

QString NetperfRun::preflightError() const {
    if (!m_netperf.found)
        return m_netperf.error.isEmpty() ? QStringLiteral("netperf is not available")
                                         : m_netperf.error;
    if (m_spec.usesEmbeddedServer() && !m_netperf.hasNetserver())
        return QStringLiteral("netserver was not found beside %1 nor in PATH; install netperf "
                              "(packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a "
                              "--target running netserver")
            .arg(m_netperf.path);
    return QString();
}

double NetperfRun::expectedSeconds() const {
    return NetperfCommand::expectedSeconds(m_spec);
}

int NetperfRun::clientTimeoutSeconds() const {
    return NetperfCommand::clientTimeoutSeconds(m_spec);
}

QStringList NetperfRun::serverCommand(quint16 port) {
    return QStringList{m_netperf.netserverPath} +
           NetperfCommand::serverArguments(port, LocalHostAddress);
}

void NetperfRun::onServerLine(const QString &line) {
    if (line.contains(QLatin1String("Starting netserver")))
        serverIsListening();
}

bool NetperfRun::portTaken(const QString &reason) const {
    return reason.contains(QLatin1String("in use"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("bind"), Qt::CaseInsensitive);
}

void NetperfRun::startClient() {
    if (state() == State::Finished || state() == State::Stopping)
        return;
    const QString host = m_spec.usesEmbeddedServer() ? LocalHostAddress : m_spec.host;
    const int port = m_spec.usesEmbeddedServer() ? m_serverPort : m_spec.port;
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    m_result.server =
        QStringLiteral("%1:%2").arg(shownHost).arg(port > 0 ? port : NetperfDefaultPort);
    // netperf prints nothing more on SIGTERM: its interim lines so far are the partial result.
    launchClient(m_netperf.path, NetperfCommand::clientArguments(m_spec, host, port), 1000, false);
}

void NetperfRun::onClientStdout(const QString &line) {
    Q_EMIT logLine(QStringLiteral("client"), line);
    if (m_rawOutput.size() < MaxRawOutputBytes)
        m_rawOutput += line.toUtf8() + '\n';
    if (const auto sample = m_parser.feedLine(line))
        emitSamples({*sample});
}

void NetperfRun::onClientFinished(int exitCode, const QString &description) {
    keepRawOutput(m_rawOutput);
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
    // netserver -D serves until stopped: this run owns it, so it ends with the run.
    finishWith(run, 0);
}

} // namespace Perfdeck

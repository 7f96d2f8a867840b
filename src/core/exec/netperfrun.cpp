#include "exec/netperfrun.h"

#include "engines/netperfcommand.h"
#include "exec/hostlauncher.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr int NetperfDefaultPort = 12865;
constexpr qsizetype MaxRawOutputBytes = 4 * 1024 * 1024;

} // namespace

NetperfRun::NetperfRun(const TestSpec &spec, const RunHosts &hosts,
                       const NetperfInfo &clientNetperf, const NetperfInfo &serverNetperf,
                       const QString &runId, QObject *parent)
    : ToolRun(spec, hosts, runId, parent)
    , m_netperf(clientNetperf)
    , m_serverNetperf(serverNetperf) {
    describeRun(Engine::Netperf, NetperfCommand::protocolOf(spec),
                NetperfCommand::directionOf(spec), 1, clientNetperf.versionText);
}

QString NetperfRun::preflightError() const {
    if (!m_netperf.found)
        return m_netperf.error.isEmpty() ? Tr::tr("netperf is not available") : m_netperf.error;
    if (!spec().usesEmbeddedServer())
        return QString();
    if (hosts().server != hosts().client && !m_serverNetperf.found)
        return Tr::tr("on the server host %1: %2")
            .arg(hosts().server->hostName(), m_serverNetperf.error.isEmpty()
                                                 ? Tr::tr("netperf is not available")
                                                 : m_serverNetperf.error);
    if (!m_serverNetperf.hasNetserver())
        return Tr::tr("netserver was not found beside %1 nor in PATH; install netperf "
                      "(packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a "
                      "--target running netserver")
            .arg(m_serverNetperf.path);
    return QString();
}

double NetperfRun::expectedSeconds() const {
    return NetperfCommand::expectedSeconds(spec());
}

int NetperfRun::clientTimeoutSeconds() const {
    return NetperfCommand::clientTimeoutSeconds(spec());
}

QStringList NetperfRun::serverCommand(quint16 port) {
    return QStringList{m_serverNetperf.netserverPath} +
           NetperfCommand::serverArguments(port, serverAddress());
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
    const QString host = clientTargetHost();
    const int port = clientTargetPort();
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    setServerLabel(
        QStringLiteral("%1:%2").arg(shownHost).arg(port > 0 ? port : NetperfDefaultPort));
    QStringList arguments = NetperfCommand::clientArguments(spec(), host, port);
    // A client standing for this machine at another loopback address (a plan's "lo2" at
    // 127.0.0.2) sends from that address, control and data connection alike (the global -L
    // before "--", the test's -L after it), so the server sees the plan's host.
    const QString source = loopbackSourceAddress(host);
    const qsizetype split = arguments.indexOf(QStringLiteral("--"));
    if (!source.isEmpty() && split > 0) {
        arguments.insert(split, source);
        arguments.insert(split, QStringLiteral("-L"));
        arguments << QStringLiteral("-L") << source;
    }
    // netperf prints nothing more on SIGTERM: its interim lines so far are the partial result.
    launchClient(m_netperf.path, arguments, 1000, false);
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
    run.intervals = liveSamples();
    if (!m_parser.hasSummary()) {
        QString why = m_parser.error();
        if (isCancelled())
            why = Tr::tr("cancelled by the user");
        else if (clientTimedOut())
            why = Tr::tr("the netperf client %1").arg(description);
        else if (why.isEmpty())
            why = Tr::tr("the netperf client %1 without a result%2")
                      .arg(description.isEmpty() ? QStringLiteral("ended") : description,
                           exitCode == 0 ? QString() : Tr::tr(" (exit code %1)").arg(exitCode));
        run.error = why;
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
    } else if (exitCode != 0) {
        run.warnings.append(
            Tr::tr("netperf exited with code %1 after printing its result").arg(exitCode));
    }
    // Identity and provenance come from what we ran.
    run.id = draftResult().id;
    run.engine = Engine::Netperf;
    run.protocol = draftResult().protocol;
    run.direction = draftResult().direction;
    run.streams = 1;
    run.server = draftResult().server;
    run.client = draftResult().client;
    run.clientHost = draftResult().clientHost;
    run.serverHost = draftResult().serverHost;
    run.clientAddress = draftResult().clientAddress;
    run.serverAddress = draftResult().serverAddress;
    run.command = draftResult().command;
    run.startedAt = draftResult().startedAt;
    run.toolVersion = draftResult().toolVersion;
    if (!run.durationS)
        run.durationS = spec().durationS;
    // netserver -D serves until stopped: this run owns it, so it ends with the run.
    if (clientTimedOut() && !m_parser.hasSummary() && run.intervals.isEmpty()) {
        explainSilentServer(NetperfDefaultPort, [this, run](const QString &why) {
            RunResult silent = run;
            silent.error = why;
            finishWith(silent, 0);
        });
        return;
    }
    finishWith(run, 0);
}

} // namespace Perfdeck

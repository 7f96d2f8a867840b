// perfdeck-cli qos [--target HOST[:PORT] | --hosts FILE --clients A --servers B]
//                  --classes EF,AF41,CS0 [--duration S] [--rate PPS] [--size BYTES] [--json]:
// sends perfdeck-probe traffic marked with each class and prints, per class, the DSCP that
// arrived (kept, remarked to X, bleached), loss, jitter and RTT. With no target the reflector
// runs on 127.0.0.1 (or ::1 with --ipv6), started by Perfdeck like the embedded iperf3 server.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/historyoptions.h"
#include "cli/signalbridge.h"
#include "cli/terminalprompter.h"

#include "exec/jobrunner.h"
#include "exec/locallauncher.h"
#include "inventory/inventoryloader.h"
#include "model/format.h"
#include "model/testspec.h"
#include "qos/dscpclass.h"
#include "qos/qosclassresult.h"
#include "qos/qosrun.h"
#include "results/resultsdocument.h"
#include "ssh/hostlaunchers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cmath>
#include <memory>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

QString qosTable(const QList<RunResult> &runs) {
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("class"),    QStringLiteral("sent"),
                        QStringLiteral("received"), QStringLiteral("verdict"),
                        QStringLiteral("loss"),     QStringLiteral("jitter"),
                        QStringLiteral("RTT mean"), QStringLiteral("RTT p99")};
    for (const RunResult &run : runs) {
        if (run.engine != Engine::Probe) {
            // The bulk test of --bulk: its throughput, not a DSCP verdict.
            rows << QStringList{
                run.trafficClass,
                DscpClass::label(parseDscp(run.trafficClass).value_or(0)),
                QStringLiteral("-"),
                run.status == RunStatus::Ok
                    ? QStringLiteral("bulk TCP %1").arg(Format::bitrate(run.summary.throughputBps))
                    : QStringLiteral("bulk TCP failed: ") + run.error,
                QStringLiteral("-"),
                QStringLiteral("-"),
                QStringLiteral("-"),
                QStringLiteral("-")};
            continue;
        }
        const QosClassResult q = QosClassResult::fromJson(run.qos);
        const Summary &s = run.summary;
        auto latency = [](const OptDouble &us) {
            return us ? Format::latencyUs(*us) : QStringLiteral("-");
        };
        QString verdict = q.verdictText();
        if (run.status == RunStatus::Error)
            verdict = QStringLiteral("failed: ") + run.error;
        rows << QStringList{
            run.trafficClass,
            DscpClass::label(q.sentDscp),
            q.receivedText(),
            verdict,
            s.lostPercent ? Format::percent(*s.lostPercent, 2) : QStringLiteral("-"),
            s.jitterMs ? QStringLiteral("%1 ms").arg(*s.jitterMs, 0, 'f', 3) : QStringLiteral("-"),
            latency(s.rttMeanUs),
            latency(s.latencyUs.p99)};
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i] + 2);
        out += terminalSafe(line.trimmed()) + QLatin1Char('\n');
    }
    return out;
}

bool splitHostPort(const QString &text, QString *host, quint16 *port) {
    QString h = text.trimmed();
    QString p;
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        p = h.mid(close + 1);
        h = h.mid(1, close - 1);
        if (!p.isEmpty() && !p.startsWith(QLatin1Char(':')))
            return false;
        p = p.mid(1);
    } else if (h.count(QLatin1Char(':')) == 1) {
        p = h.section(QLatin1Char(':'), 1);
        h = h.section(QLatin1Char(':'), 0, 0);
    }
    if (h.isEmpty())
        return false;
    *host = h;
    if (p.isEmpty()) {
        *port = 0;
        return true;
    }
    bool ok = false;
    const int n = p.toInt(&ok);
    if (!ok || n < 1 || n > 65535)
        return false;
    *port = quint16(n);
    return true;
}

} // namespace

int qosCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Sends perfdeck-probe traffic marked with each DSCP class and reports, per class, the "
        "code point that arrived (kept, remarked to X, bleached to 0), loss, jitter and RTT. "
        "With no --target and no --hosts, the reflector runs on 127.0.0.1 (::1 with --ipv6)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("classes"),
         QStringLiteral("DSCP classes: EF, AF11..AF43, CS0..CS7, VA, "
                        "LE or 0-63, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("target"),
         Tr::tr("A reflector already running there "
                "(perfdeck-probe reflect --port PORT)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("hosts"), Tr::tr("Host inventory (YAML)."), QStringLiteral("FILE")},
        {QStringLiteral("clients"), Tr::tr("The host that sends (inventory name)."),
         QStringLiteral("A")},
        {QStringLiteral("servers"), Tr::tr("The host that reflects (inventory name)."),
         QStringLiteral("B")},
        {QStringLiteral("duration"), Tr::tr("Seconds of traffic (default 5)."), QStringLiteral("S"),
         QStringLiteral("5")},
        {QStringLiteral("rate"), Tr::tr("Packets per second per class (default 100)."),
         QStringLiteral("PPS"), QStringLiteral("100")},
        {QStringLiteral("size"), Tr::tr("UDP payload bytes (80-65507, default 200)."),
         QStringLiteral("BYTES"), QStringLiteral("200")},
        {QStringLiteral("interval"), Tr::tr("Seconds per interval (default 1)."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("ipv6"), Tr::tr("The local reflector listens on ::1.")},
        {QStringLiteral("bulk"),
         Tr::tr("Bulk TCP (iperf3) marked with this class between the same hosts in "
                "the middle of the test; says whether the higher classes were "
                "protected (needs --duration >= 5)."),
         QStringLiteral("CLASS")},
        {QStringLiteral("bulk-streams"), Tr::tr("Parallel streams of the bulk test."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("bulk-target"),
         Tr::tr("The bulk test's iperf3 server, already running there (needed with "
                "--target; default: one started beside the reflector)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("json"), Tr::tr("Print a results document instead of the table.")},
        {QStringLiteral("results"), Tr::tr("Also save the results document there."),
         QStringLiteral("FILE")},
        {QStringLiteral("probe-path"),
         Tr::tr("perfdeck-probe on SSH hosts (default .perfdeck/bin/perfdeck-probe, "
                "where hosts deploy --tools probe copies it)."),
         QStringLiteral("PATH")},
        {QStringLiteral("known-hosts"), Tr::tr("known_hosts file for SSH hosts."),
         QStringLiteral("FILE")},
        {QStringLiteral("accept-new-host-keys"),
         Tr::tr("Accept and save the key of an SSH host seen for the first time.")},
    });
    addHistoryOptions(parser);
    if (const auto code = parseCommandLine(parser, arguments))
        return *code;

    QString error;
    HistoryOptions history;
    if (!readHistoryOptions(parser, &history, &error)) {
        printError(QStringLiteral("qos: ") + error);
        return ExitBadInput;
    }
    if (!parser.isSet(QStringLiteral("classes"))) {
        printError(Tr::tr("qos: --classes is required (e.g. --classes EF,AF41,CS0)"));
        return ExitBadInput;
    }
    std::optional<QList<DscpClass>> classes =
        DscpClass::parseList(parser.value(QStringLiteral("classes")), &error);
    if (!classes) {
        printError(QStringLiteral("qos: --classes: %1").arg(error));
        return ExitBadInput;
    }
    auto number = [&](const char *name, double low, double high, double *out) {
        bool ok = false;
        const double v = parser.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < low || v > high) {
            printError(Tr::tr("qos: --%1 must be between %2 and %3 (got '%4')")
                           .arg(QLatin1String(name))
                           .arg(low)
                           .arg(high)
                           .arg(parser.value(QLatin1String(name))));
            return false;
        }
        *out = v;
        return true;
    };
    QosRequest request;
    double pps = 0, size = 0;
    if (!number("duration", 0.1, 86400, &request.durationS) ||
        !number("interval", 0.1, 60, &request.intervalS) || !number("rate", 0.1, 1e6, &pps) ||
        !number("size", 80, 65507, &size))
        return ExitBadInput;
    for (DscpClass &c : *classes) {
        c.pps = pps;
        c.sizeBytes = int(size);
    }
    request.classes = *classes;
    if (parser.isSet(QStringLiteral("bulk"))) {
        request.bulkClass = parser.value(QStringLiteral("bulk")).trimmed().toUpper();
        double streams = 1;
        if (!parseDscp(request.bulkClass)) {
            printError(Tr::tr("qos: --bulk: '%1' is not a DSCP class").arg(request.bulkClass));
            return ExitBadInput;
        }
        if (!number("bulk-streams", 1, 128, &streams))
            return ExitBadInput;
        request.bulkStreams = int(streams);
        // Several intervals in the quiet baseline and under load.
        if (!parser.isSet(QStringLiteral("interval")))
            request.intervalS = std::min(request.intervalS, request.bulkDelayS() / 2);
        if (request.durationS < 5) {
            printError(Tr::tr("qos: --bulk needs --duration of at least 5 s (a quiet "
                              "baseline, the bulk test, a quiet end)"));
            return ExitBadInput;
        }
        if (parser.isSet(QStringLiteral("bulk-target"))) {
            if (!splitHostPort(parser.value(QStringLiteral("bulk-target")), &request.bulkTargetHost,
                               &request.bulkTargetPort) ||
                request.bulkTargetPort == 0 ||
                request.bulkTargetHost.startsWith(QLatin1Char('-'))) {
                printError(Tr::tr("qos: --bulk-target needs HOST:PORT (an iperf3 server "
                                  "running there)"));
                return ExitBadInput;
            }
        } else if (parser.isSet(QStringLiteral("target"))) {
            printError(Tr::tr("qos: --bulk with --target needs --bulk-target HOST:PORT "
                              "(an iperf3 server running there): nothing of ours runs "
                              "on that host to start one"));
            return ExitBadInput;
        }
    } else if (parser.isSet(QStringLiteral("bulk-target"))) {
        printError(Tr::tr("qos: --bulk-target goes with --bulk CLASS"));
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("probe-path")))
        request.remoteProbePath = parser.value(QStringLiteral("probe-path"));

    const bool viaHosts = parser.isSet(QStringLiteral("hosts")) ||
                          parser.isSet(QStringLiteral("clients")) ||
                          parser.isSet(QStringLiteral("servers"));
    if (viaHosts && parser.isSet(QStringLiteral("target"))) {
        printError(Tr::tr("qos: give either --target or --hosts/--clients/--servers"));
        return ExitBadInput;
    }
    QObject owner;
    HostLauncher *sender = new LocalLauncher(&owner);
    HostLauncher *reflector = sender;
    HostLaunchers *hosts = nullptr;
    if (parser.isSet(QStringLiteral("ipv6")))
        reflector = new LocalLauncher(LocalLauncher::LocalHostName, QStringLiteral("::1"), &owner);
    if (parser.isSet(QStringLiteral("target"))) {
        if (!splitHostPort(parser.value(QStringLiteral("target")), &request.targetHost,
                           &request.targetPort) ||
            request.targetPort == 0) {
            printError(Tr::tr("qos: --target needs HOST:PORT (a reflector started with "
                              "perfdeck-probe reflect --port PORT)"));
            return ExitBadInput;
        }
        reflector = nullptr;
    } else if (viaHosts) {
        const QStringList clients =
            parser.value(QStringLiteral("clients")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList servers =
            parser.value(QStringLiteral("servers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (clients.size() != 1 || servers.size() != 1) {
            printError(Tr::tr("qos: name one sending host with --clients and one "
                              "reflecting host with --servers"));
            return ExitBadInput;
        }
        Inventory inventory;
        if (parser.isSet(QStringLiteral("hosts"))) {
            InventoryLoader loader;
            std::optional<Inventory> loaded = loader.load(parser.value(QStringLiteral("hosts")));
            if (!loaded) {
                printError(loader.errorString());
                return ExitBadInput;
            }
            inventory = *loaded;
        }
        SshOptions ssh;
        ssh.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
        ssh.unknownHostKey = parser.isSet(QStringLiteral("accept-new-host-keys"))
                                 ? SshOptions::UnknownHostKey::AcceptAndSave
                                 : SshOptions::UnknownHostKey::Refuse;
        ssh.unknownHostKeyHint = Tr::tr("if it is the right key, pass "
                                        "--accept-new-host-keys to accept and save it");
        // `local` is this machine; every inventory host (SSH, or this machine under a
        // loopback address without SSH settings) comes from HostLaunchers.
        auto launcherFor = [&](const QString &name) -> HostLauncher * {
            const std::optional<Host> host = inventory.resolve(name, &error);
            if (!host)
                return nullptr;
            if (host->isLocal())
                return new LocalLauncher(&owner);
            if (!hosts) {
                hosts = new HostLaunchers(inventory, ssh, &owner);
                // Asked on the terminal as ssh does; without one the prompter says what works.
                auto *prompter = new TerminalPrompter(&owner);
                QObject::connect(hosts, &HostLaunchers::secretRequested, prompter,
                                 &TerminalPrompter::ask);
            }
            return hosts->launcher(name, &error);
        };
        sender = launcherFor(clients.first());
        reflector = sender ? launcherFor(servers.first()) : nullptr;
        if (!sender || !reflector) {
            printError(QStringLiteral("qos: %1").arg(error));
            return ExitBadInput;
        }
    }

    QosRun run(request, sender, reflector);
    // The bulk test runs through a JobRunner that knows both hosts.
    JobRunner runner;
    if (!request.bulkClass.isEmpty()) {
        QStringList names;
        for (HostLauncher *l : {sender, reflector}) {
            if (l && l->hostName() != LocalLauncher::LocalHostName)
                names << l->hostName();
        }
        if (hosts && !names.isEmpty() && !hosts->attach(&runner, names, &error)) {
            printError(QStringLiteral("qos: %1").arg(error));
            return ExitBadInput;
        }
        run.setJobRunner(&runner);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QObject::connect(&run, &QosRun::message, &owner,
                     [](const QString &text) { printErr(terminalSafe(text) + QLatin1Char('\n')); });
    QObject::connect(&run, &QosRun::finished, &owner, [] { QCoreApplication::quit(); });
    SignalBridge signals;
    QObject::connect(&signals, &SignalBridge::terminationRequested, &run,
                     [&run](int, int) { run.cancel(); });
    QTimer::singleShot(0, &run, &QosRun::start);
    QCoreApplication::exec();

    const QList<RunResult> results = run.results();
    if (!run.error().isEmpty())
        printError(QStringLiteral("qos: %1").arg(run.error()));
    ResultsDocument doc;
    doc.runs = results;
    doc.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
    bool ok = true;
    if (parser.isSet(QStringLiteral("results"))) {
        if (!doc.save(parser.value(QStringLiteral("results")), &error)) {
            printError(error);
            ok = false;
        }
    }
    // Stored like the runs of `run` (origin "run", profile "qos"): history list and the GUI's
    // History view find them; a database that cannot be written is said, not fatal.
    storeInHistory(history, results, QStringLiteral("run"), QStringLiteral("qos"), json);
    if (json)
        printOut(QString::fromUtf8(doc.toBytes()));
    else if (!results.isEmpty())
        printOut(qosTable(results));
    if (!json) {
        for (const QString &line : run.protectionSummary())
            printOut(terminalSafe(line) + QLatin1Char('\n'));
    }
    bool allMeasured = !results.isEmpty();
    for (const RunResult &r : results)
        allMeasured = allMeasured && r.status == RunStatus::Ok;
    return allMeasured && ok ? ExitOk : ExitTestFailure;
}

} // namespace Perfdeck::Cli

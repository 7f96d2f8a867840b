#include "cli/runoptions.h"

#include "cli/reportfile.h"

#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"
#include "qos/trafficpattern.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

// Exporters while the tests run (docs/MONITORING.md).
void addExporterOptions(QCommandLineParser &p) {
    p.addOptions({
        {QStringLiteral("metrics-listen"),
         Tr::tr("Serve Prometheus metrics at http://ADDR:PORT/metrics while the tests "
                "run (ADDR: 127.0.0.1 if omitted; port 0: a free one, printed)."),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("statsd"), Tr::tr("Push the live figures to a StatsD daemon over UDP."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("influx-file"),
         Tr::tr("Append the live figures to FILE in InfluxDB line protocol."),
         QStringLiteral("FILE")},
    });
}

bool buildExporterOptions(const QCommandLineParser &p, RunOptions *o, QString *error) {
    o->exporters.metricsListen = p.value(QStringLiteral("metrics-listen"));
    o->exporters.statsd = p.value(QStringLiteral("statsd"));
    o->exporters.influxFile = p.value(QStringLiteral("influx-file"));
    for (const char *option : {"metrics-listen", "statsd", "influx-file"}) {
        if (p.isSet(QLatin1String(option)) && p.value(QLatin1String(option)).isEmpty()) {
            *error = Tr::tr("--%1 needs a value").arg(QLatin1String(option));
            return false;
        }
    }
    const QString invalid = Exporters::validate(o->exporters);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    return true;
}

void addRunOptions(QCommandLineParser &p) {
    p.setApplicationDescription(Tr::tr(
        "Runs iperf3 tests. Without --target, Perfdeck starts its own iperf3 server on "
        "127.0.0.1 on a free port. iperf3's short options (-c -t -P -R -u -b -i -O -l -w -C) "
        "are accepted too.\n"
        "With --profile, every test of the profile runs in turn: --target becomes ${HOST} and "
        "every test's server, --set NAME=VALUE overrides a profile variable (e.g. --set "
        "DURATION=5), and any test option given explicitly (--duration, --parallel, --udp, "
        "--bitrate, --dscp, --repeat, ...) overrides that field in every test of the profile; "
        "the netperf options apply to its netperf tests only. 'perfdeck-cli profile list' "
        "shows the profiles."));
    p.addHelpOption();
    p.addOptions({
        {{QStringLiteral("c"), QStringLiteral("target")},
         Tr::tr("Server to test against."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("engine"), Tr::tr("iperf3 (default) or netperf."),
         QStringLiteral("ENGINE")},
        {QStringLiteral("profile"),
         Tr::tr("Run the tests of a YAML profile (a name from 'profile list', or a "
                "file)."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("set"), Tr::tr("With --profile: set a profile variable (repeatable)."),
         QStringLiteral("NAME=VALUE")},
        {{QStringLiteral("t"), QStringLiteral("duration")},
         Tr::tr("Test duration in seconds (default 10)."),
         QStringLiteral("S")},
        {{QStringLiteral("P"), QStringLiteral("parallel")},
         Tr::tr("Parallel streams, 1-128 (default 1)."),
         QStringLiteral("N")},
        {{QStringLiteral("R"), QStringLiteral("reverse")},
         Tr::tr("Server sends, client receives (-R).")},
        {QStringLiteral("bidir"), Tr::tr("Both directions at once (--bidir).")},
        {{QStringLiteral("u"), QStringLiteral("udp")}, Tr::tr("UDP instead of TCP.")},
        {{QStringLiteral("b"), QStringLiteral("bitrate")},
         Tr::tr("Target bitrate, e.g. 100M or 1G/32 (burst)."),
         QStringLiteral("RATE")},
        {QStringLiteral("dscp"), QStringLiteral("DSCP class: 0-63 or EF, AF41, CS1, ..."),
         QStringLiteral("CLASS")},
        {{QStringLiteral("i"), QStringLiteral("interval")},
         Tr::tr("Seconds between reports (default 1)."),
         QStringLiteral("S")},
        {{QStringLiteral("O"), QStringLiteral("omit")},
         Tr::tr("Omit the first S seconds (TCP slow start)."),
         QStringLiteral("S")},
        {{QStringLiteral("l"), QStringLiteral("length")},
         Tr::tr("Buffer length, e.g. 128K."),
         QStringLiteral("SIZE")},
        {QStringLiteral("pattern"),
         QStringLiteral("Traffic pattern the rate follows: constant:50M, onoff:50M,1s,2s, "
                        "ramp:10M..100M/10s, sine:50M,20M,4s, steps:10M/2s,40M/2s "
                        "(docs/PATTERNS.md). UDP: perfdeck-probe's paced sender; TCP: one "
                        "iperf3 test per phase."),
         QStringLiteral("SPEC")},
        {{QStringLiteral("w"), QStringLiteral("window")},
         Tr::tr("Socket buffer size, e.g. 4M."),
         QStringLiteral("SIZE")},
        {{QStringLiteral("C"), QStringLiteral("congestion")},
         Tr::tr("TCP congestion algorithm, e.g. bbr."),
         QStringLiteral("ALGO")},
        {QStringLiteral("live-text"),
         Tr::tr("iperf3 < 3.17 against a server Perfdeck did not start: follow the "
                "client's text output live (figures rounded to 3 digits).")},
        {QStringLiteral("get-server-output"), Tr::tr("Include the server's output.")},
        {QStringLiteral("test"),
         Tr::tr("netperf test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, "
                "UDP_RR or OMNI (default: from --udp/--reverse)."),
         QStringLiteral("NAME")},
        {QStringLiteral("request-size"),
         Tr::tr("netperf _RR tests: request size in bytes (default 1)."), QStringLiteral("SIZE")},
        {QStringLiteral("response-size"),
         Tr::tr("netperf _RR tests: response size (default: the request size)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("confidence-level"),
         Tr::tr("netperf -I: repeat the test until the result is within the width at "
                "this confidence, 95 or 99."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("confidence-width"),
         Tr::tr("netperf -I: width of the confidence interval in percent (default 5, "
                "i.e. +/-2.5 %)."),
         QStringLiteral("PERCENT")},
        {QStringLiteral("max-iterations"), Tr::tr("netperf -i: at most N iterations (default 10)."),
         QStringLiteral("N")},
        {QStringLiteral("min-iterations"), Tr::tr("netperf -i: at least N iterations (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("netperf"), Tr::tr("Path of the netperf binary."), QStringLiteral("PATH")},
        {QStringLiteral("concurrency"),
         Tr::tr("Run up to N tests at the same time, each against its own server "
                "(default 1; a profile with 'concurrent: true' runs all its tests at "
                "once)."),
         QStringLiteral("N")},
        {QStringLiteral("repeat"), Tr::tr("Run the test N times (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("retries"),
         Tr::tr("Start a test again up to N times, 1 s apart, when it failed before measuring "
                "anything for a passing reason (connection refused, server busy, port taken, a "
                "lost UDP set-up datagram; default 0, 2 with --hosts)."),
         QStringLiteral("N")},
        {QStringLiteral("instances"),
         Tr::tr("Run N copies of each test at the same time, each against its own "
                "server, released together (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("affinity"),
         Tr::tr("Pin the clients to CPUs: 'auto' (instance i on CPU i) or a list such "
                "as 0,2-3 that the instances take in turn."),
         QStringLiteral("CPUS")},
        {QStringLiteral("memory-limit"),
         Tr::tr("Limit each client process's address space to SIZE, such as 512M or 2G "
                "(RLIMIT_AS; prlimit on remote hosts)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("json"),
         Tr::tr("Write the results document to FILE (- for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"),
         Tr::tr("Write one row per interval to FILE (- for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("session"), Tr::tr("Append the runs to session FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("iperf3"), Tr::tr("Path of the iperf3 binary."), QStringLiteral("PATH")},
        {QStringLiteral("keep-raw"), Tr::tr("Keep each run's raw iperf3 output in DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("quiet"), Tr::tr("No live progress on stderr.")},
        {QStringLiteral("plain"),
         Tr::tr("Plain progress lines even when stderr is a terminal (no dashboard).")},
        {QStringLiteral("no-dscp-probe"),
         Tr::tr("With --dscp: do not run a perfdeck-probe flow of the class beside the "
                "test (it reports the DSCP that arrived).")},
        {QStringLiteral("hosts"),
         Tr::tr("Host inventory (perfdeck.hosts/1 YAML) naming --clients and --servers."),
         QStringLiteral("FILE")},
        {QStringLiteral("clients"),
         Tr::tr("Run a test plan: every test from each of these hosts (comma-separated "
                "inventory names)..."),
         QStringLiteral("A,B")},
        {QStringLiteral("servers"),
         Tr::tr("...to each of these hosts (a host is not its own server)."),
         QStringLiteral("C,D")},
        {QStringLiteral("known-hosts"),
         Tr::tr("known_hosts file that the SSH host keys of inventory hosts are checked "
                "against (default ~/.ssh/known_hosts)."),
         QStringLiteral("FILE")},
        {QStringLiteral("accept-new-host-keys"),
         Tr::tr("Accept the key of a host not yet in known_hosts and append it there "
                "(a changed key is always refused).")},
        {QStringLiteral("max-parallel"),
         Tr::tr("Test plan: at most N tests at the same time (default 1)."), QStringLiteral("N")},
        {QStringLiteral("max-per-host"),
         Tr::tr("Test plan: a host takes part in at most N tests at once (default: no "
                "limit)."),
         QStringLiteral("N")},
        {QStringLiteral("report"),
         Tr::tr("Write a report of the runs: .pdf, .html, .md, .txt or .csv (see "
                "perfdeck-cli report)."),
         QStringLiteral("FILE")},
        {QStringLiteral("template"),
         Tr::tr("The report's template NAME or FILE (default: summary)."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("baseline"),
         Tr::tr("The report compares the runs with this results or session file."),
         QStringLiteral("FILE")},
    });
    addHistoryOptions(p);
    addExporterOptions(p);
}

// "host", "host:port", "[v6]:port", "v6" (no brackets: no port).
bool parseTarget(const QString &text, QString *host, int *port, QString *error) {
    static const QRegularExpression bracketed(QStringLiteral(R"(^\[([^\]]+)\](?::(\d+))?$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^([^:\s]+)(?::(\d+))?$)"));
    QRegularExpressionMatch m = bracketed.match(text);
    if (!m.hasMatch())
        m = plain.match(text);
    if (!m.hasMatch()) {
        if (text.count(QLatin1Char(':')) >= 2 && !text.contains(QLatin1Char(' '))) {
            *host = text; // bare IPv6 address
            *port = 0;
            return true;
        }
        *error = Tr::tr("--target '%1' is not HOST, HOST:PORT or [IPv6]:PORT").arg(text);
        return false;
    }
    *host = m.captured(1);
    *port = 0;
    if (!m.captured(2).isEmpty()) {
        *port = m.captured(2).toInt();
        if (*port < 1 || *port > 65535) {
            *error = Tr::tr("--target port %1 is out of range 1-65535").arg(m.captured(2));
            return false;
        }
    }
    return true;
}

bool parseNumber(const QCommandLineParser &p, const QString &name, double min, double max,
                 double *out, QString *error) {
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        *error = Tr::tr("--%1 '%2' must be a number from %3 to %4")
                     .arg(name, p.value(name))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = v;
    return true;
}

bool parseInt(const QCommandLineParser &p, const QString &name, int min, int max, int *out,
              QString *error) {
    double value = *out;
    if (!parseNumber(p, name, min, max, &value, error))
        return false;
    if (value != std::floor(value)) {
        *error = Tr::tr("--%1 '%2' must be a whole number").arg(name, p.value(name));
        return false;
    }
    *out = int(value);
    return true;
}

// The netperf-only options (--test, request/response sizes, confidence).
// With a profile (mixed engines), they apply to its netperf tests and skip the others.
bool buildNetperfOptions(const QCommandLineParser &p, TestSpec *s, bool fromProfile,
                         QString *error) {
    const QStringList netperfOnly = {
        QStringLiteral("test"),
        QStringLiteral("request-size"),
        QStringLiteral("response-size"),
        QStringLiteral("confidence-level"),
        QStringLiteral("confidence-width"),
        QStringLiteral("max-iterations"),
        QStringLiteral("min-iterations"),
    };
    if (s->engine != Engine::Netperf) {
        if (fromProfile)
            return true;
        for (const QString &name : netperfOnly) {
            if (p.isSet(name)) {
                *error = QStringLiteral("--%1 applies to --engine netperf only").arg(name);
                return false;
            }
        }
        return true;
    }
    if (p.isSet(QStringLiteral("test")))
        s->netperfTest = p.value(QStringLiteral("test")).toUpper();
    for (const char *name : {"request-size", "response-size"}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        const auto size = parseByteSize(p.value(QLatin1String(name)));
        if (!size || *size < 1 || *size > 64 * 1024 * 1024) {
            *error = Tr::tr("--%1 '%2' is not a size such as 64 or 1K")
                         .arg(QLatin1String(name), p.value(QLatin1String(name)));
            return false;
        }
        (QByteArrayView(name) == "request-size" ? s->requestSize : s->responseSize) = int(*size);
    }
    if (!parseInt(p, QStringLiteral("confidence-level"), 0, 99, &s->confidenceLevel, error))
        return false;
    double width = s->confidenceWidthPercent;
    if (!parseNumber(p, QStringLiteral("confidence-width"), 0.1, 50, &width, error))
        return false;
    s->confidenceWidthPercent = width;
    if (!parseInt(p, QStringLiteral("max-iterations"), 1, 30, &s->maxIterations, error) ||
        !parseInt(p, QStringLiteral("min-iterations"), 1, 30, &s->minIterations, error))
        return false;
    if (s->confidenceLevel == 0 &&
        (p.isSet(QStringLiteral("confidence-width")) || p.isSet(QStringLiteral("max-iterations")) ||
         p.isSet(QStringLiteral("min-iterations")))) {
        *error = QStringLiteral("--confidence-width and --min/max-iterations need "
                                "--confidence-level 95 or 99");
        return false;
    }
    if (p.isSet(QStringLiteral("min-iterations")) && !p.isSet(QStringLiteral("max-iterations")))
        s->maxIterations = qMax(s->maxIterations, s->minIterations);
    if (p.isSet(QStringLiteral("max-iterations")) && !p.isSet(QStringLiteral("min-iterations")))
        s->minIterations = qMin(s->minIterations, s->maxIterations);
    return true;
}

// Lays the options given on the command line over s (a profile's test, or the defaults).
bool applyTestOptions(const QCommandLineParser &p, TestSpec &s, bool fromProfile, QString *error) {
    if (p.isSet(QStringLiteral("engine"))) {
        const auto engine = engineFromString(p.value(QStringLiteral("engine")));
        if (!engine) {
            *error = Tr::tr("--engine must be iperf3 or netperf");
            return false;
        }
        s.engine = *engine;
    }
    if (p.isSet(QStringLiteral("target"))) {
        if (!parseTarget(p.value(QStringLiteral("target")), &s.host, &s.port, error))
            return false;
    }
    double value = 0;
    value = s.durationS;
    if (!parseNumber(p, QStringLiteral("duration"), 1, 86400, &value, error))
        return false;
    s.durationS = value;
    if (!parseInt(p, QStringLiteral("parallel"), 1, 128, &s.parallel, error))
        return false;
    value = s.intervalS;
    if (!parseNumber(p, QStringLiteral("interval"), 0.1, 60, &value, error))
        return false;
    s.intervalS = value;
    value = s.omitS;
    if (!parseNumber(p, QStringLiteral("omit"), 0, 600, &value, error))
        return false;
    s.omitS = value;
    if (!parseInt(p, QStringLiteral("repeat"), 1, 10000, &s.repeat, error))
        return false;
    if (!parseInt(p, QStringLiteral("instances"), 1, 128, &s.instances, error))
        return false;
    if (p.isSet(QStringLiteral("affinity"))) {
        const QString cpus = p.value(QStringLiteral("affinity")).trimmed();
        if (cpus.isEmpty() || (cpus != QLatin1String("auto") && !parseCpuList(cpus))) {
            *error = Tr::tr("--affinity '%1' is not 'auto' or a CPU list such as 0,2-3").arg(cpus);
            return false;
        }
        s.affinity = cpus;
    }
    if (p.isSet(QStringLiteral("memory-limit"))) {
        s.memoryLimitBytes = parseByteSize(p.value(QStringLiteral("memory-limit")));
        if (!s.memoryLimitBytes) {
            *error = Tr::tr("--memory-limit '%1' is not a size such as 512M")
                         .arg(p.value(QStringLiteral("memory-limit")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("reverse")) && p.isSet(QStringLiteral("bidir"))) {
        *error = QStringLiteral("--reverse and --bidir cannot be combined");
        return false;
    }
    if (p.isSet(QStringLiteral("reverse")))
        s.direction = Direction::Receive;
    if (p.isSet(QStringLiteral("bidir")))
        s.direction = Direction::Bidir;
    if (p.isSet(QStringLiteral("udp")))
        s.protocol = Protocol::Udp;
    if (p.isSet(QStringLiteral("bitrate"))) {
        // RATE[/BURST], iperf3's syntax: K/M/G are powers of 1000.
        const QStringList parts = p.value(QStringLiteral("bitrate")).split(QLatin1Char('/'));
        const auto rate = parseBitrate(parts.value(0));
        if (!rate || parts.size() > 2) {
            *error = Tr::tr("--bitrate '%1' is not a rate such as 100M, 1.5G or 500k")
                         .arg(p.value(QStringLiteral("bitrate")));
            return false;
        }
        s.bitrateBps = *rate;
        if (parts.size() == 2) {
            bool ok = false;
            const int burst = parts.at(1).toInt(&ok);
            if (!ok || burst < 1) {
                *error = Tr::tr("--bitrate burst '%1' must be a packet count").arg(parts.at(1));
                return false;
            }
            s.burstPackets = burst;
        }
    }
    if (p.isSet(QStringLiteral("dscp")))
        s.dscp = p.value(QStringLiteral("dscp"));
    if (p.isSet(QStringLiteral("length"))) {
        s.lengthBytes = parseByteSize(p.value(QStringLiteral("length")));
        if (!s.lengthBytes) {
            *error = Tr::tr("--length '%1' is not a size such as 128K")
                         .arg(p.value(QStringLiteral("length")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("window"))) {
        s.windowBytes = parseByteSize(p.value(QStringLiteral("window")));
        if (!s.windowBytes) {
            *error = Tr::tr("--window '%1' is not a size such as 4M")
                         .arg(p.value(QStringLiteral("window")));
            return false;
        }
    }
    if (!buildNetperfOptions(p, &s, fromProfile, error))
        return false;
    if (p.isSet(QStringLiteral("congestion")))
        s.congestion = p.value(QStringLiteral("congestion"));
    if (p.isSet(QStringLiteral("live-text")))
        s.liveClientText = true;
    if (p.isSet(QStringLiteral("get-server-output")))
        s.getServerOutput = true;
    if (p.isSet(QStringLiteral("pattern"))) {
        s.pattern = p.value(QStringLiteral("pattern")).trimmed();
        // A ramp or a list of steps lasts what its phases add up to, unless told otherwise.
        QString patternError;
        const std::optional<TrafficPattern> pattern =
            TrafficPattern::parse(s.pattern, &patternError);
        if (pattern && !p.isSet(QStringLiteral("duration")) &&
            (pattern->kind() == TrafficPattern::Kind::Ramp ||
             pattern->kind() == TrafficPattern::Kind::Steps))
            s.durationS = pattern->cycleS();
    }
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        *error = fromProfile ? QStringLiteral("test '%1': %2").arg(s.name, problem) : problem;
        return false;
    }
    return true;
}

// --profile NAME|FILE: its tests with --target as ${HOST} and as every test's host.
bool loadProfile(const QCommandLineParser &p, RunOptions *o, QString *error) {
    if (p.isSet(QStringLiteral("engine"))) {
        *error = QStringLiteral("--engine cannot be combined with --profile: each test of a "
                                "profile names its engine");
        return false;
    }
    QHash<QString, QString> variables;
    for (const QString &value : p.values(QStringLiteral("set"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("--set '%1' is not NAME=VALUE").arg(value);
            return false;
        }
        variables.insert(value.left(eq), value.mid(eq + 1));
    }
    if (p.isSet(QStringLiteral("target"))) {
        QString host;
        int port = 0;
        if (!parseTarget(p.value(QStringLiteral("target")), &host, &port, error))
            return false;
        variables.insert(QStringLiteral("HOST"), host);
    }
    const QStringList dirs = ProfileLibrary::searchPaths();
    const QString name = p.value(QStringLiteral("profile"));
    const QString path = ProfileLibrary::resolve(name, dirs);
    if (path.isEmpty()) {
        *error = QStringLiteral("--profile: no profile '%1' (not a file, and not found in: %2; "
                                "see 'perfdeck-cli profile list')")
                     .arg(name, dirs.join(QLatin1String(", ")));
        return false;
    }
    ProfileLoader loader;
    loader.setSearchPaths(dirs);
    loader.setVariables(variables);
    const std::optional<Profile> profile = loader.load(path);
    if (!profile) {
        *error = loader.errorString();
        return false;
    }
    o->profileName = profile->name;
    o->specs = profile->tests;
    if (profile->concurrent) {
        // All tests at once is what the profile means (e.g. latency under load): running
        // only some of them at a time would measure something else, so refuse instead.
        if (o->specs.size() > MaxConcurrency) {
            *error = Tr::tr("profile %1 runs its %2 tests at the same time "
                            "(concurrent: true), more than the %3 Perfdeck allows")
                         .arg(profile->name)
                         .arg(o->specs.size())
                         .arg(MaxConcurrency);
            return false;
        }
        o->concurrency = int(std::max<qsizetype>(1, o->specs.size()));
    }
    for (TestSpec &spec : o->specs) {
        if (!applyTestOptions(p, spec, true, error)) {
            *error = QStringLiteral("profile %1, %2").arg(profile->name, *error);
            return false;
        }
    }
    return true;
}

QStringList hostList(const QString &text) {
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(','))) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names << name.trimmed();
    }
    return names;
}

// --hosts/--clients/--servers and the plan's limits; the names are checked against the
// inventory when it is read (runcommand).
bool buildPlanOptions(const QCommandLineParser &p, RunOptions *o, QString *error) {
    o->hostsPath = p.value(QStringLiteral("hosts"));
    o->knownHostsPath = p.value(QStringLiteral("known-hosts"));
    o->acceptNewHostKeys = p.isSet(QStringLiteral("accept-new-host-keys"));
    o->clients = hostList(p.value(QStringLiteral("clients")));
    o->servers = hostList(p.value(QStringLiteral("servers")));
    for (const char *name : {"clients", "servers"}) {
        if (p.isSet(QLatin1String(name)) && hostList(p.value(QLatin1String(name))).isEmpty()) {
            *error = Tr::tr("--%1 needs at least one host name").arg(QLatin1String(name));
            return false;
        }
    }
    if (o->isMatrix() && (o->clients.isEmpty() || o->servers.isEmpty())) {
        *error = Tr::tr("a test plan needs both --clients and --servers");
        return false;
    }
    if (!o->isMatrix()) {
        for (const char *name : {"max-parallel", "max-per-host"}) {
            if (p.isSet(QLatin1String(name))) {
                *error = QStringLiteral("--%1 applies to a test plan (--clients and --servers)")
                             .arg(QLatin1String(name));
                return false;
            }
        }
        return true;
    }
    if (p.isSet(QStringLiteral("hosts")) && o->hostsPath.isEmpty()) {
        *error = Tr::tr("--hosts needs a file name");
        return false;
    }
    for (const TestSpec &spec : std::as_const(o->specs)) {
        if (!spec.host.isEmpty()) {
            *error = QStringLiteral("--target and a test plan cannot be combined: the plan's "
                                    "servers are started on the --servers hosts");
            return false;
        }
    }
    if (p.isSet(QStringLiteral("max-parallel")) &&
        !parseInt(p, QStringLiteral("max-parallel"), 1, MaxConcurrency, &o->concurrency, error))
        return false;
    return parseInt(p, QStringLiteral("max-per-host"), 0, MaxConcurrency, &o->maxPerHost, error);
}

bool buildOptions(const QCommandLineParser &p, RunOptions *o, QString *error) {
    if (p.isSet(QStringLiteral("report"))) {
        o->reportPath = p.value(QStringLiteral("report"));
        if (p.isSet(QStringLiteral("template")))
            o->reportTemplate = p.value(QStringLiteral("template"));
        o->baselinePath = p.value(QStringLiteral("baseline"));
        // Checked before any test runs: a typo must not cost a long test its report.
        ReportFileOptions report;
        report.templateArg = o->reportTemplate;
        report.outPath = o->reportPath;
        QString why;
        if (!checkReportOptions(report, &why)) {
            *error = QStringLiteral("--report ") + why;
            return false;
        }
        if (!o->baselinePath.isEmpty() && !QFileInfo(o->baselinePath).isFile()) {
            *error = Tr::tr("--baseline '%1' is not a file").arg(o->baselinePath);
            return false;
        }
    } else {
        for (const char *needsReport : {"template", "baseline"}) {
            if (p.isSet(QLatin1String(needsReport))) {
                *error = QStringLiteral("--%1 applies to a --report FILE")
                             .arg(QLatin1String(needsReport));
                return false;
            }
        }
    }
    if (p.isSet(QStringLiteral("profile"))) {
        if (!loadProfile(p, o, error))
            return false;
    } else {
        if (p.isSet(QStringLiteral("set"))) {
            *error = QStringLiteral("--set applies to the variables of a --profile");
            return false;
        }
        TestSpec spec;
        if (!applyTestOptions(p, spec, false, error))
            return false;
        o->specs = {spec};
    }
    o->jsonPath = p.value(QStringLiteral("json"));
    o->csvPath = p.value(QStringLiteral("csv"));
    o->sessionPath = p.value(QStringLiteral("session"));
    o->iperf3Path = p.value(QStringLiteral("iperf3"));
    o->netperfPath = p.value(QStringLiteral("netperf"));
    o->rawDir = p.value(QStringLiteral("keep-raw"));
    for (const auto &[option, path] :
         {std::pair{"json", &o->jsonPath}, {"csv", &o->csvPath}, {"session", &o->sessionPath}}) {
        if (p.isSet(QLatin1String(option)) && path->isEmpty()) {
            *error = Tr::tr("--%1 needs a file name (or - for standard output)")
                         .arg(QLatin1String(option));
            return false;
        }
    }
    if (FileIo::isStandardOutput(o->sessionPath)) {
        *error = Tr::tr("--session needs a file: a session is read before it is "
                        "written, standard output cannot be");
        return false;
    }
    if (FileIo::isStandardOutput(o->jsonPath) && FileIo::isStandardOutput(o->csvPath)) {
        *error = QStringLiteral("--json - and --csv - cannot both write to standard output");
        return false;
    }
    if (!parseInt(p, QStringLiteral("concurrency"), 1, MaxConcurrency, &o->concurrency, error))
        return false;
    if (p.isSet(QStringLiteral("retries")) &&
        !parseInt(p, QStringLiteral("retries"), 0, 10, &o->retries, error))
        return false;
    o->quiet = p.isSet(QStringLiteral("quiet"));
    o->plain = p.isSet(QStringLiteral("plain"));
    o->dscpProbe = !p.isSet(QStringLiteral("no-dscp-probe"));
    if (!readHistoryOptions(p, &o->history, error))
        return false;
    if (!buildExporterOptions(p, o, error))
        return false;
    return buildPlanOptions(p, o, error);
}

} // namespace

bool RunOptions::writesToStandardOutput() const {
    return FileIo::isStandardOutput(jsonPath) || FileIo::isStandardOutput(csvPath);
}

RunOptionsParse parseRunOptions(const QStringList &arguments) {
    RunOptionsParse result;
    QCommandLineParser p;
    addRunOptions(p);
    if (!p.parse(arguments)) {
        result.error = p.errorText();
        return result;
    }
    if (p.isSet(QStringLiteral("help"))) {
        result.outcome = RunOptionsParse::Outcome::Help;
        result.helpText = p.helpText();
        return result;
    }
    if (!p.positionalArguments().isEmpty()) {
        result.error = Tr::tr("unexpected argument '%1' (see --help)")
                           .arg(p.positionalArguments().constFirst());
        return result;
    }
    if (!buildOptions(p, &result.options, &result.error))
        return result;
    result.outcome = RunOptionsParse::Outcome::Run;
    return result;
}

bool prepareRunOutputs(const RunOptions &options, QString *error) {
    for (const auto &[option, path] : {std::pair{"json", options.jsonPath},
                                       {"csv", options.csvPath},
                                       {"session", options.sessionPath}}) {
        QString why;
        if (!path.isEmpty() && !FileIo::checkWritable(path, &why)) {
            *error = QStringLiteral("--%1: %2").arg(QLatin1String(option), why);
            return false;
        }
    }
    if (!options.rawDir.isEmpty() && !QDir().mkpath(options.rawDir)) {
        *error = QStringLiteral("--keep-raw: cannot create directory %1").arg(options.rawDir);
        return false;
    }
    return true;
}

} // namespace Perfdeck::Cli

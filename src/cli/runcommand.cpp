// perfdeck-cli run: runs iperf3 or netperf tests against one target (by default a server that
// Perfdeck starts on 127.0.0.1), shows live progress on stderr and writes the results.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/signalbridge.h"

#include "engines/netperfcommand.h"
#include "exec/jobrunner.h"
#include "model/format.h"
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"
#include "results/csvexport.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace Perfdeck::Cli {

namespace {

struct RunOptions {
    // One spec without --profile; the profile's tests (options applied) with it.
    QList<TestSpec> specs;
    QString profileName;
    QString jsonPath;
    QString csvPath;
    QString sessionPath;
    QString iperf3Path;
    QString netperfPath;
    QString rawDir;
    int concurrency = 1; // tests running at the same time
    bool quiet = false;
};

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
        *error = QStringLiteral("--target '%1' is not HOST, HOST:PORT or [IPv6]:PORT").arg(text);
        return false;
    }
    *host = m.captured(1);
    *port = 0;
    if (!m.captured(2).isEmpty()) {
        *port = m.captured(2).toInt();
        if (*port < 1 || *port > 65535) {
            *error = QStringLiteral("--target port %1 is out of range 1-65535").arg(m.captured(2));
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
        *error = QStringLiteral("--%1 '%2' must be a number from %3 to %4")
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
        *error = QStringLiteral("--%1 '%2' must be a whole number").arg(name, p.value(name));
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
            *error = QStringLiteral("--%1 '%2' is not a size such as 64 or 1K")
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
            *error = QStringLiteral("--engine must be iperf3 or netperf");
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
    value = s.parallel;
    if (!parseNumber(p, QStringLiteral("parallel"), 1, 128, &value, error))
        return false;
    s.parallel = int(value);
    value = s.intervalS;
    if (!parseNumber(p, QStringLiteral("interval"), 0.1, 60, &value, error))
        return false;
    s.intervalS = value;
    value = s.omitS;
    if (!parseNumber(p, QStringLiteral("omit"), 0, 600, &value, error))
        return false;
    s.omitS = value;
    value = s.repeat;
    if (!parseNumber(p, QStringLiteral("repeat"), 1, 10000, &value, error))
        return false;
    s.repeat = int(value);
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
            *error = QStringLiteral("--bitrate '%1' is not a rate such as 100M, 1.5G or 500k")
                         .arg(p.value(QStringLiteral("bitrate")));
            return false;
        }
        s.bitrateBps = *rate;
        if (parts.size() == 2) {
            bool ok = false;
            const int burst = parts.at(1).toInt(&ok);
            if (!ok || burst < 1) {
                *error =
                    QStringLiteral("--bitrate burst '%1' must be a packet count").arg(parts.at(1));
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
            *error = QStringLiteral("--length '%1' is not a size such as 128K")
                         .arg(p.value(QStringLiteral("length")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("window"))) {
        s.windowBytes = parseByteSize(p.value(QStringLiteral("window")));
        if (!s.windowBytes) {
            *error = QStringLiteral("--window '%1' is not a size such as 4M")
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
            *error = QStringLiteral("--set '%1' is not NAME=VALUE").arg(value);
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
    if (profile->concurrent)
        o->concurrency = int(std::max<qsizetype>(1, o->specs.size()));
    for (TestSpec &spec : o->specs) {
        if (!applyTestOptions(p, spec, true, error)) {
            *error = QStringLiteral("profile %1, %2").arg(profile->name, *error);
            return false;
        }
    }
    return true;
}

bool buildOptions(const QCommandLineParser &p, RunOptions *o, QString *error) {
    for (const char *unsupported :
         {"hosts", "clients", "servers", "report", "template", "baseline"}) {
        if (p.isSet(QLatin1String(unsupported))) {
            *error = QStringLiteral("--%1 is not available in this version yet")
                         .arg(QLatin1String(unsupported));
            return false;
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
    if (!o->rawDir.isEmpty() && !QDir().mkpath(o->rawDir)) {
        *error = QStringLiteral("--keep-raw: cannot create directory %1").arg(o->rawDir);
        return false;
    }
    if (p.isSet(QStringLiteral("concurrency"))) {
        double concurrency = 1;
        if (!parseNumber(p, QStringLiteral("concurrency"), 1, 64, &concurrency, error))
            return false;
        o->concurrency = int(concurrency);
    }
    o->quiet = p.isSet(QStringLiteral("quiet"));
    return true;
}

QString describeRun(const RunResult &r) {
    QString head =
        QStringLiteral("%1  %2 %3 %4  %5  %6 stream%7")
            .arg(r.id, toString(r.engine), toString(r.protocol), toString(r.direction), r.server)
            .arg(r.streams)
            .arg(r.streams == 1 ? QString() : QStringLiteral("s"));
    if (r.durationS)
        head += QStringLiteral("  %1 s").arg(*r.durationS);
    QStringList parts;
    const Summary &s = r.summary;
    if (s.transactionsPerS) {
        parts << QStringLiteral("%1 transactions/s").arg(Format::number(s.transactionsPerS, 1));
        const LatencyStats &l = s.latencyUs;
        if (l.p50 || l.p90 || l.p99)
            parts << QStringLiteral("latency p50 %1, p90 %2, p99 %3")
                         .arg(l.p50 ? Format::latencyUs(*l.p50) : QStringLiteral("-"),
                              l.p90 ? Format::latencyUs(*l.p90) : QStringLiteral("-"),
                              l.p99 ? Format::latencyUs(*l.p99) : QStringLiteral("-"));
        if (l.mean)
            parts << QStringLiteral("mean %1").arg(Format::latencyUs(*l.mean));
        if (l.min && l.max)
            parts << QStringLiteral("min %1, max %2")
                         .arg(Format::latencyUs(*l.min), Format::latencyUs(*l.max));
    }
    if (s.throughputBps || !s.transactionsPerS)
        parts << QStringLiteral("throughput %1").arg(Format::bitrate(s.throughputBps));
    if (s.sentBps)
        parts << QStringLiteral("sent %1").arg(Format::bitrate(s.sentBps));
    if (s.retransmits)
        parts << QStringLiteral("retransmits %1").arg(Format::number(s.retransmits));
    if (s.rttMeanUs)
        parts << QStringLiteral("rtt %1").arg(Format::latencyUs(*s.rttMeanUs));
    if (s.jitterMs)
        parts << QStringLiteral("jitter %1 ms").arg(Format::number(s.jitterMs, 3));
    if (s.lostPercent)
        parts << QStringLiteral("lost %1").arg(Format::percent(*s.lostPercent, 2));
    if (s.cpuLocalPercent && s.cpuRemotePercent)
        parts << QStringLiteral("cpu %1 local / %2 remote")
                     .arg(Format::percent(*s.cpuLocalPercent),
                          Format::percent(*s.cpuRemotePercent));
    QString text = head + QStringLiteral("\n  ") + parts.join(QStringLiteral(", "));
    if (r.reverseSummary) {
        text += QStringLiteral("\n  reverse: throughput %1")
                    .arg(Format::bitrate(r.reverseSummary->throughputBps));
        if (r.reverseSummary->retransmits)
            text += QStringLiteral(", retransmits %1")
                        .arg(Format::number(r.reverseSummary->retransmits));
    }
    if (r.engine == Engine::Netperf) {
        for (const QString &warning : r.warnings)
            text += QStringLiteral("\n  note: ") + warning;
    }
    if (r.status != RunStatus::Ok)
        text += QStringLiteral("\n  %1: %2").arg(toString(r.status).toUpper(), r.error);
    return text + QLatin1Char('\n');
}

} // namespace

int runCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
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
         QStringLiteral("Server to test against."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("engine"), QStringLiteral("iperf3 (default) or netperf."),
         QStringLiteral("ENGINE")},
        {QStringLiteral("profile"),
         QStringLiteral("Run the tests of a YAML profile (a name from 'profile list', or a "
                        "file)."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("set"),
         QStringLiteral("With --profile: set a profile variable (repeatable)."),
         QStringLiteral("NAME=VALUE")},
        {{QStringLiteral("t"), QStringLiteral("duration")},
         QStringLiteral("Test duration in seconds (default 10)."),
         QStringLiteral("S")},
        {{QStringLiteral("P"), QStringLiteral("parallel")},
         QStringLiteral("Parallel streams, 1-128 (default 1)."),
         QStringLiteral("N")},
        {{QStringLiteral("R"), QStringLiteral("reverse")},
         QStringLiteral("Server sends, client receives (-R).")},
        {QStringLiteral("bidir"), QStringLiteral("Both directions at once (--bidir).")},
        {{QStringLiteral("u"), QStringLiteral("udp")}, QStringLiteral("UDP instead of TCP.")},
        {{QStringLiteral("b"), QStringLiteral("bitrate")},
         QStringLiteral("Target bitrate, e.g. 100M or 1G/32 (burst)."),
         QStringLiteral("RATE")},
        {QStringLiteral("dscp"), QStringLiteral("DSCP class: 0-63 or EF, AF41, CS1, ..."),
         QStringLiteral("CLASS")},
        {{QStringLiteral("i"), QStringLiteral("interval")},
         QStringLiteral("Seconds between reports (default 1)."),
         QStringLiteral("S")},
        {{QStringLiteral("O"), QStringLiteral("omit")},
         QStringLiteral("Omit the first S seconds (TCP slow start)."),
         QStringLiteral("S")},
        {{QStringLiteral("l"), QStringLiteral("length")},
         QStringLiteral("Buffer length, e.g. 128K."),
         QStringLiteral("SIZE")},
        {{QStringLiteral("w"), QStringLiteral("window")},
         QStringLiteral("Socket buffer size, e.g. 4M."),
         QStringLiteral("SIZE")},
        {{QStringLiteral("C"), QStringLiteral("congestion")},
         QStringLiteral("TCP congestion algorithm, e.g. bbr."),
         QStringLiteral("ALGO")},
        {QStringLiteral("live-text"),
         QStringLiteral("iperf3 < 3.17 against a server Perfdeck did not start: follow the "
                        "client's text output live (figures rounded to 3 digits).")},
        {QStringLiteral("get-server-output"), QStringLiteral("Include the server's output.")},
        {QStringLiteral("test"),
         QStringLiteral("netperf test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, "
                        "UDP_RR or OMNI (default: from --udp/--reverse)."),
         QStringLiteral("NAME")},
        {QStringLiteral("request-size"),
         QStringLiteral("netperf _RR tests: request size in bytes (default 1)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("response-size"),
         QStringLiteral("netperf _RR tests: response size (default: the request size)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("confidence-level"),
         QStringLiteral("netperf -I: repeat the test until the result is within the width at "
                        "this confidence, 95 or 99."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("confidence-width"),
         QStringLiteral("netperf -I: width of the confidence interval in percent (default 5, "
                        "i.e. +/-2.5 %)."),
         QStringLiteral("PERCENT")},
        {QStringLiteral("max-iterations"),
         QStringLiteral("netperf -i: at most N iterations (default 10)."), QStringLiteral("N")},
        {QStringLiteral("min-iterations"),
         QStringLiteral("netperf -i: at least N iterations (default 3)."), QStringLiteral("N")},
        {QStringLiteral("netperf"), QStringLiteral("Path of the netperf binary."),
         QStringLiteral("PATH")},
        {QStringLiteral("concurrency"),
         QStringLiteral("Run up to N tests at the same time, each against its own server "
                        "(default 1; a profile with 'concurrent: true' runs all its tests at "
                        "once)."),
         QStringLiteral("N")},
        {QStringLiteral("repeat"), QStringLiteral("Run the test N times (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Write the results document to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"), QStringLiteral("Write one row per interval to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("session"), QStringLiteral("Append the runs to session FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("iperf3"), QStringLiteral("Path of the iperf3 binary."),
         QStringLiteral("PATH")},
        {QStringLiteral("keep-raw"), QStringLiteral("Keep each run's raw iperf3 output in DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("quiet"), QStringLiteral("No live progress on stderr.")},
        {QStringLiteral("hosts"), QStringLiteral("Host inventory (not available yet)."),
         QStringLiteral("FILE")},
        {QStringLiteral("clients"), QStringLiteral("Client hosts (not available yet)."),
         QStringLiteral("A,B")},
        {QStringLiteral("servers"), QStringLiteral("Server hosts (not available yet)."),
         QStringLiteral("C,D")},
        {QStringLiteral("report"), QStringLiteral("Report output (not available yet)."),
         QStringLiteral("FILE")},
        {QStringLiteral("template"), QStringLiteral("Report template (not available yet)."),
         QStringLiteral("FILE")},
        {QStringLiteral("baseline"), QStringLiteral("Baseline results (not available yet)."),
         QStringLiteral("FILE")},
    });
    if (!p.parse(arguments)) {
        printError(p.errorText());
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printOut(p.helpText());
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1' (see --help)")
                       .arg(p.positionalArguments().constFirst()));
        return ExitBadInput;
    }
    RunOptions options;
    QString error;
    if (!buildOptions(p, &options, &error)) {
        printError(error);
        return ExitBadInput;
    }

    // A session that cannot be read must stop us before any test runs: the runs would be lost.
    Session session;
    if (!options.sessionPath.isEmpty() && QFileInfo::exists(options.sessionPath)) {
        if (!Session::load(options.sessionPath, &session, &error)) {
            printError(error);
            return ExitBadInput;
        }
    }

    JobRunner runner;
    runner.setIperf3Path(options.iperf3Path);
    runner.setNetperfPath(options.netperfPath);
    runner.setRawOutputDirectory(options.rawDir);
    runner.setMaxConcurrent(options.concurrency);
    SignalBridge signals;
    bool interrupted = false;
    QObject::connect(&signals, &SignalBridge::terminationRequested, &runner,
                     [&runner, &interrupted](int, int count) {
                         interrupted = true;
                         if (count == 1) {
                             printErr(QStringLiteral("\nperfdeck-cli: stopping the test (press "
                                                     "Ctrl-C again to kill it now)...\n"));
                             runner.cancel();
                         } else {
                             QCoreApplication::exit(130);
                         }
                     });
    // One entry per run, repeats expanded as JobRunner does, so an index finds its spec.
    QList<TestSpec> runSpecs;
    for (const TestSpec &spec : std::as_const(options.specs)) {
        for (int i = 0; i < qMax(1, spec.repeat); ++i)
            runSpecs.append(spec);
    }
    const int totalRuns = int(runSpecs.size());
    if (!options.profileName.isEmpty() && !options.quiet)
        printErr(QStringLiteral("profile %1: %2 test%3, %4 run%5\n")
                     .arg(options.profileName)
                     .arg(options.specs.size())
                     .arg(options.specs.size() == 1 ? QString() : QStringLiteral("s"))
                     .arg(totalRuns)
                     .arg(totalRuns == 1 ? QString() : QStringLiteral("s")));
    QList<int> samplesSeen(totalRuns, 0);
    QObject::connect(
        &runner, &JobRunner::runStarted, &runner,
        [&](int index, const QString &id, const TestSpec &spec) {
            if (!options.quiet)
                printErr(QStringLiteral("[%1/%2] %3: %4 test against %5 for %6 s\n")
                             .arg(index + 1)
                             .arg(totalRuns)
                             .arg(spec.name.isEmpty() ? id : id + QStringLiteral(" ") + spec.name,
                                  spec.engine == Engine::Netperf
                                      ? QStringLiteral("netperf ") + NetperfCommand::testName(spec)
                                      : toString(spec.protocol).toUpper(),
                                  spec.targetLabel())
                             .arg(spec.durationS));
        });
    QObject::connect(
        &runner, &JobRunner::intervalSample, &runner, [&](int index, const IntervalSample &s) {
            ++samplesSeen[index];
            if (options.quiet)
                return;
            QString line =
                QStringLiteral("[%1/%2] %3/%4 s  %5")
                    .arg(index + 1)
                    .arg(totalRuns)
                    .arg(s.endS, 5, 'f', 1)
                    .arg(runSpecs.at(index).engine == Engine::Netperf
                             ? NetperfCommand::expectedSeconds(runSpecs.at(index))
                             : runSpecs.at(index).durationS + runSpecs.at(index).omitS)
                    .arg((s.transactionsPerS ? QStringLiteral("%1 Trans/s")
                                                   .arg(Format::number(s.transactionsPerS, 1))
                                             : Format::bitrate(s.bps))
                             .rightJustified(13));
            if (s.reverseBps)
                line += QStringLiteral("  reverse %1").arg(Format::bitrate(s.reverseBps));
            if (s.retransmits && *s.retransmits > 0)
                line += QStringLiteral("  retr %1").arg(*s.retransmits);
            if (s.lostPercent)
                line += QStringLiteral("  lost %1").arg(Format::percent(*s.lostPercent, 2));
            if (s.omitted)
                line += QStringLiteral("  (omitted)");
            printErr(line + QLatin1Char('\n'));
        });
    // Without a live source (iperf3 < 3.17 against a server we did not start), show time.
    QList<int> lastSecondShown(totalRuns, -1);
    QObject::connect(
        &runner, &JobRunner::runProgress, &runner, [&](int index, double elapsed, double total) {
            if (options.quiet || samplesSeen[index] > 0)
                return;
            const int second = int(elapsed);
            // Live samples normally arrive about one interval in; only say
            // "waiting" when none came well after that.
            if (second == lastSecondShown[index] || second < runSpecs.at(index).intervalS + 1.5)
                return;
            lastSecondShown[index] = second;
            if (second > total + 2)
                return;
            printErr(QStringLiteral("[%1/%2] %3/%4 s  (waiting for the result)\n")
                         .arg(index + 1)
                         .arg(totalRuns)
                         .arg(std::min<double>(second, total), 5, 'f', 1)
                         .arg(total));
        });
    QObject::connect(&runner, &JobRunner::runFinished, &runner,
                     [&](int index, const RunResult &result) {
                         // A profile's runs say which of its tests they are.
                         const QString &name = runSpecs.at(index).name;
                         printOut((name.isEmpty() ? QString() : name + QStringLiteral(": ")) +
                                  describeRun(result));
                     });
    QObject::connect(&runner, &JobRunner::finished, &runner, [] { QCoreApplication::exit(0); });

    QMetaObject::invokeMethod(
        &runner, [&runner, &options] { runner.start(options.specs); }, Qt::QueuedConnection);
    const int loopCode = QCoreApplication::exec();
    const QList<RunResult> results = runner.results();
    if (loopCode == 130) {
        printError(QStringLiteral("killed the running test on a second interrupt"));
        return 130; // runner's destructor kills and reaps the tools
    }

    QList<RunResult> finishedRuns;
    for (const RunResult &r : results) {
        if (!r.id.isEmpty())
            finishedRuns.append(r);
    }
    if (runner.iperf3Info().found == false && !runner.iperf3Info().error.isEmpty())
        printError(runner.iperf3Info().error);
    const bool usesNetperf =
        std::any_of(options.specs.cbegin(), options.specs.cend(),
                    [](const TestSpec &spec) { return spec.engine == Engine::Netperf; });
    if (usesNetperf && !runner.netperfInfo().found && !runner.netperfInfo().error.isEmpty())
        printError(runner.netperfInfo().error);

    // Aggregate over the repeats of each test (a profile's tests are not averaged together).
    qsizetype first = 0;
    for (const TestSpec &spec : std::as_const(options.specs)) {
        const int runs = qMax(1, spec.repeat);
        QList<double> values;
        QList<double> transactions; // netperf _RR runs
        for (const RunResult &r : results.mid(first, runs)) {
            if (r.id.isEmpty() || r.status != RunStatus::Ok)
                continue;
            if (r.summary.throughputBps)
                values << *r.summary.throughputBps;
            else if (r.summary.transactionsPerS)
                transactions << *r.summary.transactionsPerS;
        }
        first += runs;
        const QString prefix = spec.name.isEmpty() ? QString() : spec.name + QStringLiteral(": ");
        if (values.size() > 1) {
            double sum = 0;
            for (double v : values)
                sum += v;
            const double mean = sum / values.size();
            double ss = 0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            const double sd = std::sqrt(ss / (values.size() - 1));
            printOut(prefix +
                     QStringLiteral("%1 runs: mean %2, stddev %3, min %4, max %5\n")
                         .arg(values.size())
                         .arg(Format::bitrate(mean), Format::bitrate(sd),
                              Format::bitrate(*std::min_element(values.begin(), values.end())),
                              Format::bitrate(*std::max_element(values.begin(), values.end()))));
        }
        if (transactions.size() > 1) {
            double sum = 0;
            for (double v : transactions)
                sum += v;
            printOut(prefix +
                     QStringLiteral("%1 runs: mean %2 transactions/s, min %3, max %4\n")
                         .arg(transactions.size())
                         .arg(Format::number(sum / transactions.size(), 1),
                              Format::number(
                                  *std::min_element(transactions.begin(), transactions.end()), 1),
                              Format::number(
                                  *std::max_element(transactions.begin(), transactions.end()), 1)));
        }
    }

    int exitCode = ExitOk;
    for (const RunResult &r : finishedRuns) {
        if (r.status != RunStatus::Ok)
            exitCode = ExitTestFailure;
    }
    if (interrupted || finishedRuns.isEmpty())
        exitCode = ExitTestFailure;

    if (!options.jsonPath.isEmpty()) {
        ResultsDocument doc;
        doc.runs = finishedRuns;
        doc.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
        if (!doc.save(options.jsonPath, &error)) {
            printError(error);
            exitCode = ExitBadInput;
        }
    }
    if (!options.csvPath.isEmpty()) {
        if (!CsvExport::writeFile(options.csvPath, CsvExport::intervals(finishedRuns), &error)) {
            printError(error);
            exitCode = ExitBadInput;
        }
    }
    if (!options.sessionPath.isEmpty()) {
        session.specs.append(options.specs);
        session.runs.append(finishedRuns);
        if (!session.save(options.sessionPath, &error)) {
            printError(error);
            exitCode = ExitBadInput;
        }
    }
    return exitCode;
}

} // namespace Perfdeck::Cli

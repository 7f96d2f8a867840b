#include "model/testspec.h"

#include "model/runlabel.h"
#include "qos/trafficpattern.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

std::optional<double> parseScaled(const QString &text, double k) {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([0-9]*\.?[0-9]+)\s*([kKmMgGtT]?)\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = m.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        value *= k;
    else if (unit == QLatin1String("m"))
        value *= k * k;
    else if (unit == QLatin1String("g"))
        value *= k * k * k;
    else if (unit == QLatin1String("t"))
        value *= k * k * k * k;
    return value;
}

} // namespace

std::optional<double> parseBitrate(const QString &text) {
    return parseScaled(text, 1000.0);
}

std::optional<qint64> parseByteSize(const QString &text) {
    const auto v = parseScaled(text, 1024.0);
    if (!v || *v > 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*v));
}

std::optional<int> parseDscp(const QString &text) {
    static const QHash<QString, int> names = {
        {QStringLiteral("cs0"), 0},   {QStringLiteral("be"), 0},    {QStringLiteral("cs1"), 8},
        {QStringLiteral("af11"), 10}, {QStringLiteral("af12"), 12}, {QStringLiteral("af13"), 14},
        {QStringLiteral("cs2"), 16},  {QStringLiteral("af21"), 18}, {QStringLiteral("af22"), 20},
        {QStringLiteral("af23"), 22}, {QStringLiteral("cs3"), 24},  {QStringLiteral("af31"), 26},
        {QStringLiteral("af32"), 28}, {QStringLiteral("af33"), 30}, {QStringLiteral("cs4"), 32},
        {QStringLiteral("af41"), 34}, {QStringLiteral("af42"), 36}, {QStringLiteral("af43"), 38},
        {QStringLiteral("cs5"), 40},  {QStringLiteral("va"), 44},   {QStringLiteral("ef"), 46},
        {QStringLiteral("cs6"), 48},  {QStringLiteral("cs7"), 56},  {QStringLiteral("le"), 1},
    };
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (auto it = names.constFind(t); it != names.cend())
        return *it;
    bool ok = false;
    const int value = t.startsWith(QLatin1String("0x")) ? t.mid(2).toInt(&ok, 16) : t.toInt(&ok);
    if (!ok || value < 0 || value > 63)
        return std::nullopt;
    return value;
}

std::optional<QList<int>> parseCpuList(const QString &text) {
    QList<int> cpus;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("auto"))
        return cpus;
    for (const QString &part : t.split(QLatin1Char(','))) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        if (range.size() > 2)
            return std::nullopt;
        bool ok1 = false;
        bool ok2 = false;
        const int first = range.at(0).trimmed().toInt(&ok1);
        const int last = range.size() == 2 ? range.at(1).trimmed().toInt(&ok2) : first;
        if (!ok1 || (range.size() == 2 && !ok2) || first < 0 || last > 1023 || last < first)
            return std::nullopt;
        for (int cpu = first; cpu <= last; ++cpu) {
            if (!cpus.contains(cpu))
                cpus.append(cpu);
        }
    }
    std::sort(cpus.begin(), cpus.end());
    return cpus;
}

const QStringList &netperfTests() {
    static const QStringList tests = {
        QStringLiteral("TCP_STREAM"), QStringLiteral("TCP_MAERTS"), QStringLiteral("UDP_STREAM"),
        QStringLiteral("TCP_RR"),     QStringLiteral("TCP_CRR"),    QStringLiteral("UDP_RR"),
        QStringLiteral("OMNI"),
    };
    return tests;
}

namespace {

// What netperf cannot do, said in the user's terms. Empty if the spec can run.
QString validateNetperf(const TestSpec &s) {
    if (s.direction == Direction::Bidir)
        return Tr::tr("netperf has no bidirectional mode; use iperf3");
    // parallel > 1: JobRunner::expandRuns() runs each stream as an instance of its own.
    const QString test = s.netperfTest.toUpper();
    if (!test.isEmpty() && !netperfTests().contains(test))
        return Tr::tr("unknown netperf test '%1' (use one of %2)")
            .arg(s.netperfTest, netperfTests().join(QLatin1String(", ")));
    if (s.protocol == Protocol::Udp && test.startsWith(QLatin1String("TCP_")))
        return Tr::tr("netperf test %1 is a TCP test but UDP was asked for").arg(test);
    if (s.direction == Direction::Receive && !test.isEmpty() &&
        test != QLatin1String("TCP_MAERTS") && test != QLatin1String("OMNI"))
        return Tr::tr("netperf test %1 has no reverse direction (TCP_MAERTS is the "
                      "reverse of TCP_STREAM)")
            .arg(test);
    if (s.bitrateBps || s.burstPackets)
        return Tr::tr("netperf cannot limit the bitrate (its -w/-b pacing needs a build "
                      "with --enable-intervals); use the iperf3 engine for --bitrate");
    if (s.omitS > 0)
        return Tr::tr("netperf cannot omit the first seconds of a test; use --omit with "
                      "iperf3 only");
    const bool rr = isRequestResponseTest(test);
    if ((s.requestSize || s.responseSize) && !rr)
        return Tr::tr("request/response sizes apply to the TCP_RR, TCP_CRR and UDP_RR "
                      "tests only");
    const int maxSize = test.startsWith(QLatin1String("UDP")) ? 65507 : 64 * 1024 * 1024;
    for (const auto &size : {s.requestSize, s.responseSize}) {
        if (size && (*size < 1 || *size > maxSize))
            return Tr::tr("request/response size must be between 1 and %1 bytes (got %2)")
                .arg(maxSize)
                .arg(*size);
    }
    if (s.confidenceLevel != 0 && s.confidenceLevel != 95 && s.confidenceLevel != 99)
        return Tr::tr("confidence level must be 95 or 99 (or 0 for off), got %1")
            .arg(s.confidenceLevel);
    if (s.confidenceLevel != 0) {
        if (!(s.confidenceWidthPercent >= 0.1 && s.confidenceWidthPercent <= 50))
            return Tr::tr("confidence interval width must be between 0.1 and 50 % "
                          "(got %1)")
                .arg(s.confidenceWidthPercent);
        if (s.minIterations < 1 || s.maxIterations > 30 || s.minIterations > s.maxIterations)
            return Tr::tr("confidence iterations need 1 <= min <= max <= 30 (got min %1, "
                          "max %2)")
                .arg(s.minIterations)
                .arg(s.maxIterations);
    }
    return {};
}

// What a traffic pattern needs of the rest of the spec. Empty if it can run.
QString validatePattern(const TestSpec &s) {
    QString error;
    const std::optional<TrafficPattern> pattern = TrafficPattern::parse(s.pattern, &error);
    if (!pattern)
        return error;
    // Worded by field and value, not by command-line option: the GUI shows them under its
    // Bitrate field as the CLI prints them.
    if (s.engine == Engine::Netperf)
        return Tr::tr("netperf cannot change its rate during a test: a pattern runs with iperf3 "
                      "(TCP) or perfdeck-probe (UDP)");
    if (s.bitrateBps || s.burstPackets)
        return Tr::tr("a pattern sets the rate itself: give a pattern or a bitrate (and burst), "
                      "not both");
    if (s.direction == Direction::Bidir)
        return Tr::tr("a pattern runs in one direction: bidirectional is not possible");
    if (s.instances > 1)
        return Tr::tr("a pattern runs as one test: instances must be 1 (got %1)").arg(s.instances);
    if (s.protocol == Protocol::Udp) {
        if (s.parallel > 1)
            return Tr::tr("a UDP pattern is one paced flow of perfdeck-probe: parallel streams "
                          "must be 1 (got %1)")
                .arg(s.parallel);
        if (s.direction == Direction::Receive)
            return Tr::tr("a UDP pattern is sent by perfdeck-probe from the client: reverse is "
                          "not possible (swap client and server instead)");
        const double size = double(s.lengthBytes.value_or(TrafficPattern::DefaultDatagramBytes));
        if (size < 80 || size > 65507)
            return Tr::tr("a UDP pattern's datagram length must be 80-65507 bytes (got %1)")
                .arg(size);
        const double pps = pattern->peakBps() / (size * 8);
        if (pps > TrafficPattern::MaxPacketsPerS)
            return Tr::tr("the pattern's peak needs %1 packets per second of %2 bytes; "
                          "perfdeck-probe sends at most %3 (use a longer datagram length)")
                .arg(pps, 0, 'f', 0)
                .arg(size)
                .arg(TrafficPattern::MaxPacketsPerS, 0, 'f', 0);
        return {};
    }
    if (!pattern->tcpPhases(s.durationS, &error))
        return error;
    return {};
}

} // namespace

QString TestSpec::targetLabel() const {
    if (usesEmbeddedServer()) {
        // A server Perfdeck starts on another host is named by that host.
        const QString where = serverHost.isEmpty() || serverHost == QLatin1String("local")
                                  ? QStringLiteral("127.0.0.1")
                                  : serverHost;
        return port > 0 ? QStringLiteral("%1:%2 (embedded)").arg(where).arg(port)
                        : QStringLiteral("%1 (embedded)").arg(where);
    }
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return port > 0 ? h + QLatin1Char(':') + QString::number(port) : h;
}

QString TestSpec::validate() const {
    // Every number below is turned into an integer or a command-line argument somewhere (the
    // command builders, the JSON writer): NaN, infinities and huge values stop here, and the
    // negated comparisons (!(x >= min)) catch NaN too.
    if (!(durationS > 0) || !(durationS <= 86400))
        return Tr::tr("duration must be between 0 and 86400 seconds (got %1)").arg(durationS);
    if (engine == Engine::Probe)
        return Tr::tr("the probe engine is not a test engine: use `perfdeck-cli qos` "
                      "for probe traffic");
    if (engine == Engine::Ping)
        return Tr::tr("ping is not a test engine: ping series are only imported (flent "
                      "files); run iperf3 or netperf");
    if (protocol == Protocol::Icmp)
        return Tr::tr("protocol must be tcp or udp (icmp is only imported ping series)");
    if (parallel < 1 || parallel > 128)
        return Tr::tr("parallel streams must be between 1 and 128 (got %1)").arg(parallel);
    if (!(intervalS >= 0.1) || !(intervalS <= 60))
        return Tr::tr("interval must be between 0.1 and 60 seconds (got %1)").arg(intervalS);
    if (!(omitS >= 0) || !(omitS <= 600))
        return Tr::tr("omit must be between 0 and 600 seconds (got %1)").arg(omitS);
    if (port < 0 || port > 65535)
        return Tr::tr("port must be between 1 and 65535 (got %1)").arg(port);
    if (instances < 1 || instances > 128)
        return Tr::tr("instances must be between 1 and 128 (got %1)").arg(instances);
    if (engine == Engine::Netperf && instances * parallel > 128)
        return Tr::tr("netperf streams run as instances: instances x parallel must be "
                      "at most 128 (got %1)")
            .arg(instances * parallel);
    if (affinity != QLatin1String("auto") && !parseCpuList(affinity))
        return Tr::tr("affinity '%1' is not 'auto' or a CPU list such as 0,2-3").arg(affinity);
    if (memoryLimitBytes &&
        (*memoryLimitBytes < MinMemoryLimitBytes || *memoryLimitBytes > MaxMemoryLimitBytes))
        return Tr::tr("memory limit must be between 4 MiB and 16 TiB (got %1 bytes)")
            .arg(*memoryLimitBytes);
    if (repeat < 1 || repeat > 10000)
        return Tr::tr("repeat must be between 1 and 10000 (got %1)").arg(repeat);
    if (bitrateBps && !(*bitrateBps >= 0))
        return Tr::tr("bitrate must not be negative");
    if (bitrateBps && !(*bitrateBps <= MaxBitrateBps))
        return Tr::tr("bitrate %1 bit/s is above the largest rate Perfdeck passes on "
                      "(%2 bit/s, i.e. 1000T)")
            .arg(*bitrateBps, 0, 'g', 6)
            .arg(MaxBitrateBps, 0, 'g', 6);
    if (burstPackets && (*burstPackets < 1 || *burstPackets > 1000000))
        return Tr::tr("burst must be between 1 and 1000000 packets");
    if (!dscp.isEmpty() && !parseDscp(dscp))
        return Tr::tr("unknown DSCP '%1' (use 0-63 or a name such as EF, AF41, CS1)").arg(dscp);
    if (lengthBytes && (*lengthBytes < 1 || *lengthBytes > 1024 * 1024 * 1024))
        return Tr::tr("buffer length must be between 1 byte and 1 GiB");
    if (windowBytes && (*windowBytes < 1 || *windowBytes > 1024LL * 1024 * 1024))
        return Tr::tr("window must be between 1 byte and 1 GiB");
    // The values go to the tools as separate arguments: one starting with '-' would be read
    // as an option (iperf3 -C -d, netperf -H --help), so refuse it here, for every front end.
    if (congestion.startsWith(QLatin1Char('-')))
        return Tr::tr("congestion algorithm '%1' must not start with '-'").arg(congestion);
    static const QRegularExpression algo(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]{0,14}$"));
    if (!congestion.isEmpty() && !algo.match(congestion).hasMatch())
        return Tr::tr("congestion algorithm '%1' is not a valid name").arg(congestion);
    if (host.startsWith(QLatin1Char('-')))
        return Tr::tr("host '%1' must not start with '-' (it would be read as an option)")
            .arg(host);
    static const QRegularExpression hostRe(QStringLiteral(R"(^[A-Za-z0-9._:%\-\[\]]+$)"));
    if (!host.isEmpty() && !hostRe.match(host).hasMatch())
        return Tr::tr("'%1' is not a host name or address").arg(host);
    if (!host.isEmpty() && !serverHost.isEmpty())
        return Tr::tr("the server is either started by Perfdeck on host '%1' or "
                      "already running at '%2', not both")
            .arg(serverHost, host);
    if (!pattern.isEmpty()) {
        if (const QString error = validatePattern(*this); !error.isEmpty())
            return error;
    }
    if (engine == Engine::Netperf)
        return validateNetperf(*this);
    return {};
}

QJsonObject TestSpec::toJson() const {
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("engine"), toString(engine));
    o.insert(QLatin1String("protocol"), toString(protocol));
    o.insert(QLatin1String("direction"), toString(direction));
    o.insert(QLatin1String("host"), host);
    o.insert(QLatin1String("port"), port);
    if (!clientHost.isEmpty())
        o.insert(QLatin1String("client_host"), clientHost);
    if (!serverHost.isEmpty())
        o.insert(QLatin1String("server_host"), serverHost);
    o.insert(QLatin1String("duration_s"), durationS);
    o.insert(QLatin1String("parallel"), parallel);
    o.insert(QLatin1String("bitrate_bps"),
             bitrateBps ? QJsonValue(*bitrateBps) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("burst_packets"),
             burstPackets ? QJsonValue(*burstPackets) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("dscp"), dscp);
    o.insert(QLatin1String("interval_s"), intervalS);
    o.insert(QLatin1String("omit_s"), omitS);
    o.insert(QLatin1String("length_bytes"),
             lengthBytes ? QJsonValue(double(*lengthBytes)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("window_bytes"),
             windowBytes ? QJsonValue(double(*windowBytes)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("congestion"), congestion);
    o.insert(QLatin1String("get_server_output"), getServerOutput);
    o.insert(QLatin1String("live_client_text"), liveClientText);
    o.insert(QLatin1String("repeat"), repeat);
    if (instances != 1)
        o.insert(QLatin1String("instances"), instances);
    if (!affinity.isEmpty())
        o.insert(QLatin1String("affinity"), affinity);
    if (memoryLimitBytes)
        o.insert(QLatin1String("memory_limit_bytes"), double(*memoryLimitBytes));
    if (!cell.isEmpty())
        o.insert(QLatin1String("cell"), cell);
    o.insert(QLatin1String("netperf_test"), netperfTest);
    o.insert(QLatin1String("request_size"),
             requestSize ? QJsonValue(*requestSize) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("response_size"),
             responseSize ? QJsonValue(*responseSize) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("confidence_level"), confidenceLevel);
    o.insert(QLatin1String("confidence_width_percent"), confidenceWidthPercent);
    o.insert(QLatin1String("max_iterations"), maxIterations);
    o.insert(QLatin1String("min_iterations"), minIterations);
    if (!pattern.isEmpty())
        o.insert(QLatin1String("pattern"), pattern);
    return o;
}

TestSpec TestSpec::fromJson(const QJsonObject &o, QString *error) {
    TestSpec s;
    QStringList problems;
    auto field = [&o](const char *key) { return o.value(QLatin1String(key)); };
    // A whole number in [min, max], or nothing if the field is absent or null; anything else
    // (text, a fraction, 1e300) is a problem naming the field, never a silent default or an
    // undefined double-to-integer conversion.
    auto whole = [&](const char *key, qint64 min, qint64 max) -> std::optional<qint64> {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !(d >= double(min)) || !(d <= double(max)) || d != std::floor(d)) {
            problems << Tr::tr("%1: %2 is not a whole number from %3 to %4")
                            .arg(QLatin1String(key), v.isDouble() ? QString::number(d, 'g', 6)
                                                                  : QStringLiteral("a non-number"))
                            .arg(min)
                            .arg(max);
            return std::nullopt;
        }
        return qint64(d);
    };
    auto number = [&](const char *key, double fallback) {
        const QJsonValue v = field(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            problems << QStringLiteral("%1: expected a number").arg(QLatin1String(key));
            return fallback;
        }
        return v.toDouble();
    };
    if (auto e = engineFromString(field("engine").toString(QStringLiteral("iperf3"))))
        s.engine = *e;
    else
        problems << Tr::tr("unknown engine '%1'").arg(field("engine").toString());
    if (auto p = protocolFromString(field("protocol").toString(QStringLiteral("tcp"))))
        s.protocol = *p;
    else
        problems << Tr::tr("unknown protocol '%1'").arg(field("protocol").toString());
    if (auto d = directionFromString(field("direction").toString(QStringLiteral("send"))))
        s.direction = *d;
    else
        problems << Tr::tr("unknown direction '%1'").arg(field("direction").toString());
    constexpr qint64 IntMax = std::numeric_limits<int>::max();
    constexpr qint64 SizeMax = qint64(1) << 50; // validate() then applies the real limits
    s.name = field("name").toString();
    s.host = field("host").toString();
    s.port = int(whole("port", 0, 65535).value_or(0));
    s.clientHost = field("client_host").toString();
    s.serverHost = field("server_host").toString();
    s.durationS = number("duration_s", 10);
    s.parallel = int(whole("parallel", 1, 128).value_or(1));
    if (field("bitrate_bps").isDouble())
        s.bitrateBps = field("bitrate_bps").toDouble();
    if (const auto burst = whole("burst_packets", 1, 1000000))
        s.burstPackets = int(*burst);
    s.dscp = field("dscp").toString();
    s.intervalS = number("interval_s", 1);
    s.omitS = number("omit_s", 0);
    s.lengthBytes = whole("length_bytes", 1, SizeMax);
    s.windowBytes = whole("window_bytes", 1, SizeMax);
    s.congestion = field("congestion").toString();
    s.getServerOutput = field("get_server_output").toBool(false);
    s.liveClientText = field("live_client_text").toBool(false);
    s.repeat = int(whole("repeat", 1, 10000).value_or(1));
    s.instances = int(whole("instances", 1, 128).value_or(1));
    s.affinity = field("affinity").toString();
    s.memoryLimitBytes = whole("memory_limit_bytes", 1, SizeMax);
    s.cell = field("cell").toString();
    s.netperfTest = field("netperf_test").toString();
    if (const auto size = whole("request_size", 1, IntMax))
        s.requestSize = int(*size);
    if (const auto size = whole("response_size", 1, IntMax))
        s.responseSize = int(*size);
    s.confidenceLevel = int(whole("confidence_level", 0, 99).value_or(0));
    s.confidenceWidthPercent = number("confidence_width_percent", 5);
    s.maxIterations = int(whole("max_iterations", 1, 30).value_or(10));
    s.minIterations = int(whole("min_iterations", 1, 30).value_or(3));
    s.pattern = field("pattern").toString();
    if (error)
        *error = problems.join(QLatin1String("; "));
    return s;
}

} // namespace Perfdeck

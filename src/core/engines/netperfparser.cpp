#include "engines/netperfparser.h"

#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QString KeyThroughput = QStringLiteral("THROUGHPUT");
const QString KeyUnits = QStringLiteral("THROUGHPUT_UNITS");

// A number netperf printed; -1 (and anything negative) is netperf's "not measured".
std::optional<double> measured(const QHash<QString, QString> &values, const char *key) {
    const auto it = values.constFind(QLatin1String(key));
    if (it == values.cend())
        return std::nullopt;
    bool ok = false;
    const double v = it->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return std::nullopt;
    return v;
}

// netperf prints nan, -nan and inf where a division had nothing to divide, and a damaged
// file can hold numbers beyond a double (1e400): none of them is a measurement.
bool isNonFiniteNumber(QStringView text) {
    const QString t = text.trimmed().toString().toLower();
    const QStringView unsigned_ =
        QStringView(t).mid(t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+')));
    if (unsigned_.startsWith(QLatin1String("nan")) || unsigned_.startsWith(QLatin1String("inf")))
        return true;
    static const QRegularExpression numeric(
        QStringLiteral(R"(^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$)"));
    if (!numeric.match(t).hasMatch())
        return false;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    return !ok || !std::isfinite(v);
}

// The keys whose value is a number netperf could not have measured, in key order.
QStringList nonFiniteKeys(const QHash<QString, QString> &values) {
    QStringList keys;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (isNonFiniteNumber(*it))
            keys.append(it.key());
    keys.sort();
    return keys;
}

bool isBanner(QStringView line) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(MIGRATED |OMNI ).* TEST from )"));
    return re.match(line).hasMatch();
}

// "MIGRATED TCP STREAM TEST from ..." -> "TCP STREAM"; "OMNI Send TEST" -> "OMNI Send".
QString bannerKind(const QString &banner) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:MIGRATED )?(.*?) TEST from )"));
    return re.match(banner).captured(1).toUpper();
}

QString bannerServer(const QString &banner) {
    static const QRegularExpression re(QStringLiteral(R"( to (\S+) )"));
    return re.match(banner).captured(1);
}

bool isNumber(const QString &token) {
    bool ok = false;
    token.toDouble(&ok);
    return ok;
}

// OMNI -o CSV column titles -> the -k keys they stand for.
const QHash<QString, QString> &csvTitles() {
    static const QHash<QString, QString> titles = {
        {QStringLiteral("Throughput"), QStringLiteral("THROUGHPUT")},
        {QStringLiteral("Throughput Units"), QStringLiteral("THROUGHPUT_UNITS")},
        {QStringLiteral("Elapsed Time (sec)"), QStringLiteral("ELAPSED_TIME")},
        {QStringLiteral("Protocol"), QStringLiteral("PROTOCOL")},
        {QStringLiteral("Direction"), QStringLiteral("DIRECTION")},
        {QStringLiteral("Local CPU Util %"), QStringLiteral("LOCAL_CPU_UTIL")},
        {QStringLiteral("Remote CPU Util %"), QStringLiteral("REMOTE_CPU_UTIL")},
        {QStringLiteral("Local Transport Retransmissions"),
         QStringLiteral("LOCAL_TRANSPORT_RETRANS")},
        {QStringLiteral("Remote Transport Retransmissions"),
         QStringLiteral("REMOTE_TRANSPORT_RETRANS")},
        {QStringLiteral("Local Send Throughput"), QStringLiteral("LOCAL_SEND_THROUGHPUT")},
        {QStringLiteral("Local Recv Throughput"), QStringLiteral("LOCAL_RECV_THROUGHPUT")},
        {QStringLiteral("Remote Send Throughput"), QStringLiteral("REMOTE_SEND_THROUGHPUT")},
        {QStringLiteral("Remote Recv Throughput"), QStringLiteral("REMOTE_RECV_THROUGHPUT")},
        {QStringLiteral("Local Bytes Sent"), QStringLiteral("LOCAL_BYTES_SENT")},
        {QStringLiteral("Local Bytes Received"), QStringLiteral("LOCAL_BYTES_RECVD")},
        {QStringLiteral("Remote Bytes Sent"), QStringLiteral("REMOTE_BYTES_SENT")},
        {QStringLiteral("Remote Bytes Received"), QStringLiteral("REMOTE_BYTES_RECVD")},
        {QStringLiteral("Local Send Calls"), QStringLiteral("LOCAL_SEND_CALLS")},
        {QStringLiteral("Remote Recv Calls"), QStringLiteral("REMOTE_RECV_CALLS")},
        {QStringLiteral("Transaction Rate Tran/s"), QStringLiteral("TRANSACTION_RATE")},
        {QStringLiteral("Minimum Latency Microseconds"), QStringLiteral("MIN_LATENCY")},
        {QStringLiteral("50th Percentile Latency Microseconds"), QStringLiteral("P50_LATENCY")},
        {QStringLiteral("90th Percentile Latency Microseconds"), QStringLiteral("P90_LATENCY")},
        {QStringLiteral("99th Percentile Latency Microseconds"), QStringLiteral("P99_LATENCY")},
        {QStringLiteral("Maximum Latency Microseconds"), QStringLiteral("MAX_LATENCY")},
        {QStringLiteral("Mean Latency Microseconds"), QStringLiteral("MEAN_LATENCY")},
        {QStringLiteral("Stddev Latency Microseconds"), QStringLiteral("STDDEV_LATENCY")},
        {QStringLiteral("Request Size Bytes"), QStringLiteral("REQUEST_SIZE")},
        {QStringLiteral("Response Size Bytes"), QStringLiteral("RESPONSE_SIZE")},
        {QStringLiteral("Confidence Level Percent"), QStringLiteral("CONFIDENCE_LEVEL")},
        {QStringLiteral("Confidence Width Target"), QStringLiteral("CONFIDENCE_INTERVAL")},
        {QStringLiteral("Confidence Iterations Run"), QStringLiteral("CONFIDENCE_ITERATION")},
        {QStringLiteral("Throughput Confidence Width (%)"), QStringLiteral("THROUGHPUT_CONFID")},
    };
    return titles;
}

// The classic table of a MIGRATED test -> the keys of the equivalent -k output.
bool classicToValues(const QString &kind, const QStringList &lines,
                     QHash<QString, QString> *values) {
    QList<QStringList> rows;
    QString units;
    static const QRegularExpression unitRe(
        QStringLiteral(R"((10\^\d+(?:bits|Bytes)/s(?:ec)?|[KMG]Bytes/s(?:ec)?))"));
    for (const QString &line : lines) {
        const QStringList tokens = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        if (std::all_of(tokens.cbegin(), tokens.cend(), isNumber))
            rows.append(tokens);
        else if (units.isEmpty())
            units = unitRe.match(line).captured(1);
    }
    if (rows.isEmpty())
        return false;
    const QStringList &first = rows.first();
    auto set = [values](const char *key, const QString &value) {
        values->insert(QLatin1String(key), value);
    };
    const bool udp = kind.startsWith(QLatin1String("UDP"));
    set("PROTOCOL", udp ? QStringLiteral("UDP") : QStringLiteral("TCP"));
    if (kind.contains(QLatin1String("REQUEST/RESPONSE"))) {
        // Send Recv Req Resp Elapsed Rate [CPU local remote, S.dem local remote]
        if (first.size() < 6)
            return false;
        set("ELAPSED_TIME", first.at(4));
        set("THROUGHPUT", first.at(5));
        set("TRANSACTION_RATE", first.at(5));
        set("THROUGHPUT_UNITS", QStringLiteral("Trans/s"));
        set("REQUEST_SIZE", first.at(2));
        set("RESPONSE_SIZE", first.at(3));
        set("DIRECTION", QStringLiteral("Send|Recv"));
        if (first.size() >= 8) {
            set("LOCAL_CPU_UTIL", first.at(6));
            set("REMOTE_CPU_UTIL", first.at(7));
        }
        return true;
    }
    if (udp) {
        // Sender: Socket Message Elapsed Okay Errors Throughput [CPU S.dem];
        // receiver: Socket Elapsed Okay Throughput [CPU S.dem].
        if (first.size() < 6)
            return false;
        set("ELAPSED_TIME", first.at(2));
        set("LOCAL_SEND_CALLS", first.at(3));
        set("LOCAL_SEND_THROUGHPUT", first.at(5));
        set("DIRECTION", QStringLiteral("Send"));
        if (first.size() >= 7)
            set("LOCAL_CPU_UTIL", first.at(6));
        if (rows.size() > 1 && rows.at(1).size() >= 4) {
            const QStringList &second = rows.at(1);
            set("REMOTE_RECV_CALLS", second.at(2));
            set("REMOTE_RECV_THROUGHPUT", second.at(3));
            set("THROUGHPUT", second.at(3));
            if (second.size() >= 5)
                set("REMOTE_CPU_UTIL", second.at(4));
        } else {
            set("THROUGHPUT", first.at(5));
        }
        set("THROUGHPUT_UNITS", units.isEmpty() ? QStringLiteral("10^6bits/s") : units);
        return true;
    }
    // TCP STREAM / MAERTS: Recv Send Message Elapsed Throughput [CPU local remote, S.dem].
    if (first.size() < 5)
        return false;
    set("ELAPSED_TIME", first.at(3));
    set("THROUGHPUT", first.at(4));
    set("THROUGHPUT_UNITS", units.isEmpty() ? QStringLiteral("10^6bits/s") : units);
    set("DIRECTION", kind.contains(QLatin1String("MAERTS")) ? QStringLiteral("Receive")
                                                            : QStringLiteral("Send"));
    if (first.size() >= 7) {
        set("LOCAL_CPU_UTIL", first.at(5));
        set("REMOTE_CPU_UTIL", first.at(6));
    }
    return true;
}

} // namespace

bool NetperfParser::isTransactionUnits(QStringView units) {
    return units.trimmed().startsWith(QLatin1String("Trans"), Qt::CaseInsensitive);
}

std::optional<double> NetperfParser::bitsPerSecond(double value, QStringView units) {
    static const QRegularExpression powerOfTen(
        QStringLiteral(R"(^10\^(\d+)(bits|Bytes)/s(?:ec)?$)"));
    static const QRegularExpression binary(QStringLiteral(R"(^([KMG]?)(bits|Bytes)/s(?:ec)?$)"));
    const QString u = units.trimmed().toString();
    if (const auto m = powerOfTen.match(u); m.hasMatch()) {
        const double scale = std::pow(10.0, m.captured(1).toInt());
        const double bps = value * scale * (m.captured(2) == QLatin1String("Bytes") ? 8.0 : 1.0);
        if (!std::isfinite(bps)) // "10^400bits/s": no unit netperf has
            return std::nullopt;
        return bps;
    }
    if (const auto m = binary.match(u); m.hasMatch()) {
        // netperf -f K/M/G: powers of 1024 (bytes); k/m/g print as 10^3/10^6/10^9 bits.
        const QString prefix = m.captured(1);
        double scale = 1;
        if (prefix == QLatin1String("K"))
            scale = 1024.0;
        else if (prefix == QLatin1String("M"))
            scale = 1024.0 * 1024.0;
        else if (prefix == QLatin1String("G"))
            scale = 1024.0 * 1024.0 * 1024.0;
        return value * scale * (m.captured(2) == QLatin1String("Bytes") ? 8.0 : 1.0);
    }
    return std::nullopt;
}

QString NetperfParser::errorFromLine(QStringView line) {
    static const QRegularExpression noServer(
        QStringLiteral(R"(are you sure there is a netserver listening on (\S+) at port (\d+))"));
    if (const auto m = noServer.match(line); m.hasMatch())
        return Tr::tr("no netserver listening on %1:%2 (start one with `netserver -p "
                      "%2`, or run without a target for the embedded default)")
            .arg(m.captured(1), m.captured(2));
    const QString text = line.trimmed().toString();
    static const QRegularExpression failure(
        QStringLiteral(R"(^(netperf: |netperf_|send_|recv_|remote error|establish_control|Invalid|)"
                       R"(.*(error|failed|could not|cannot|unable|Connection refused|timed out)))"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.contains(QLatin1Char('=')) || isBanner(line))
        return QString();
    if (failure.match(text).hasMatch())
        return text;
    return QString();
}

std::optional<IntervalSample> NetperfParser::closeInterim() {
    Interim done = m_interim;
    m_interim = Interim{};
    if (!done.value || !done.intervalS)
        return std::nullopt;
    IntervalSample s;
    s.startS = m_elapsedS;
    m_elapsedS += *done.intervalS;
    s.endS = m_elapsedS;
    if (isTransactionUnits(done.units))
        s.transactionsPerS = *done.value;
    else
        s.bps = bitsPerSecond(*done.value, done.units);
    // A netperf that never stops printing interim results must not take the machine's memory.
    if (m_intervals.size() >= InputLimits::MaxIntervals)
        return std::nullopt;
    m_intervals.append(s);
    return s;
}

std::optional<IntervalSample> NetperfParser::feedLine(QStringView line) {
    static const QRegularExpression interim(
        QStringLiteral(R"(^NETPERF_(INTERIM_RESULT|UNITS|INTERVAL|ENDING)\[(\d+)\]=(.*)$)"));
    static const QRegularExpression keyValue(QStringLiteral(R"(^([A-Z][A-Z0-9_]*)=(.*)$)"));
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (const auto m = interim.match(trimmed); m.hasMatch()) {
        const int index = m.captured(2).toInt();
        std::optional<IntervalSample> closed;
        if (m_interim.index >= 0 && index != m_interim.index)
            closed = closeInterim(); // a group without its ENDING line
        m_interim.index = index;
        const QString field = m.captured(1);
        const QString value = m.captured(3).trimmed();
        bool ok = false;
        if (field == QLatin1String("INTERIM_RESULT")) {
            const double v = value.toDouble(&ok);
            if (ok && std::isfinite(v))
                m_interim.value = v;
            else if (isNonFiniteNumber(value))
                ++m_nonFiniteInterims;
        } else if (field == QLatin1String("UNITS")) {
            m_interim.units = value;
        } else if (field == QLatin1String("INTERVAL")) {
            const double v = value.toDouble(&ok);
            if (ok && std::isfinite(v) && v >= 0)
                m_interim.intervalS = v;
        } else {
            return closeInterim();
        }
        return closed;
    }
    if (const auto m = keyValue.match(trimmed); m.hasMatch()) {
        m_values.insert(m.captured(1), m.captured(2).trimmed());
        return std::nullopt;
    }
    if (m_banner.isEmpty() && isBanner(trimmed)) {
        m_banner = trimmed.toString();
        return std::nullopt;
    }
    if (m_error.isEmpty())
        m_error = errorFromLine(trimmed);
    return std::nullopt;
}

void NetperfParser::applyValues(const QHash<QString, QString> &values, RunResult *run) {
    Summary &s = run->summary;
    const QString units = values.value(KeyUnits);
    const QString protocol = values.value(QStringLiteral("PROTOCOL")).toUpper();
    if (protocol == QLatin1String("UDP"))
        run->protocol = Protocol::Udp;
    else if (protocol == QLatin1String("TCP"))
        run->protocol = Protocol::Tcp;
    const QString direction = values.value(QStringLiteral("DIRECTION"));
    const bool receive = direction == QLatin1String("Receive");
    if (receive)
        run->direction = Direction::Receive;
    else if (!direction.isEmpty())
        run->direction = Direction::Send;
    if (const auto elapsed = measured(values, "ELAPSED_TIME"))
        run->durationS = elapsed;
    s.cpuLocalPercent = measured(values, "LOCAL_CPU_UTIL");
    s.cpuRemotePercent = measured(values, "REMOTE_CPU_UTIL");

    if (isTransactionUnits(units) || values.contains(QStringLiteral("TRANSACTION_RATE"))) {
        s.transactionsPerS = measured(values, "TRANSACTION_RATE");
        if (!s.transactionsPerS && isTransactionUnits(units))
            s.transactionsPerS = measured(values, "THROUGHPUT");
        s.latencyUs.mean = measured(values, "MEAN_LATENCY");
        s.latencyUs.p50 = measured(values, "P50_LATENCY");
        s.latencyUs.p90 = measured(values, "P90_LATENCY");
        s.latencyUs.p99 = measured(values, "P99_LATENCY");
        s.latencyUs.min = measured(values, "MIN_LATENCY");
        s.latencyUs.max = measured(values, "MAX_LATENCY");
        s.latencyUs.stddev = measured(values, "STDDEV_LATENCY");
        s.retransmits = measured(values, "LOCAL_TRANSPORT_RETRANS");
        if (run->protocol == Protocol::Udp)
            s.retransmits.reset();
        return;
    }

    auto bps = [&values, &units](const char *key) -> std::optional<double> {
        const auto v = measured(values, key);
        return v ? bitsPerSecond(*v, units) : std::nullopt;
    };
    s.throughputBps = bps("THROUGHPUT");
    // The sending and receiving ends: local sends in a send test, the netserver in MAERTS.
    s.sentBps = bps(receive ? "REMOTE_SEND_THROUGHPUT" : "LOCAL_SEND_THROUGHPUT");
    s.receivedBps = bps(receive ? "LOCAL_RECV_THROUGHPUT" : "REMOTE_RECV_THROUGHPUT");
    s.sentBytes = measured(values, receive ? "REMOTE_BYTES_SENT" : "LOCAL_BYTES_SENT");
    s.receivedBytes = measured(values, receive ? "LOCAL_BYTES_RECVD" : "REMOTE_BYTES_RECVD");
    if (run->protocol == Protocol::Udp) {
        if (!receive) {
            const auto sent = measured(values, "LOCAL_SEND_CALLS");
            const auto received = measured(values, "REMOTE_RECV_CALLS");
            if (sent && received && *sent > 0 && *received <= *sent) {
                s.packets = sent;
                s.lostPackets = *sent - *received;
                s.lostPercent = 100.0 * (*sent - *received) / *sent;
            }
        }
    } else {
        s.retransmits =
            measured(values, receive ? "REMOTE_TRANSPORT_RETRANS" : "LOCAL_TRANSPORT_RETRANS");
    }
}

RunResult NetperfParser::result() const {
    RunResult run;
    run.engine = Engine::Netperf;
    const QString kind = bannerKind(m_banner);
    if (kind.startsWith(QLatin1String("UDP")))
        run.protocol = Protocol::Udp;
    if (kind.contains(QLatin1String("MAERTS")) || kind == QLatin1String("OMNI RECEIVE"))
        run.direction = Direction::Receive;
    run.server = bannerServer(m_banner);
    applyValues(m_values, &run);
    run.intervals = m_intervals;
    if (m_interim.value && m_interim.intervalS) {
        // A group cut before its ENDING line (the process was killed): still a measurement.
        NetperfParser copy = *this;
        if (const auto last = copy.closeInterim())
            run.intervals.append(*last);
    }
    const auto level = measured(m_values, "CONFIDENCE_LEVEL");
    const auto width = measured(m_values, "THROUGHPUT_CONFID");
    if (level && *level > 0 && width) {
        const auto target = measured(m_values, "CONFIDENCE_INTERVAL");
        const auto iterations = measured(m_values, "CONFIDENCE_ITERATION");
        QString note = Tr::tr("confidence: the result is within +/-%1 % at %2 % "
                              "confidence after %3 iterations")
                           .arg(*width / 2, 0, 'f', 3)
                           .arg(*level)
                           .arg(iterations.value_or(0));
        if (target && *width > *target)
            note += Tr::tr(" (not the +/-%1 % asked for: run longer or allow more "
                           "iterations)")
                        .arg(*target / 2);
        run.warnings.append(note);
    }
    if (m_nonFiniteInterims > 0)
        run.warnings.append(
            Tr::tr("%1 interim result(s) were nan or infinite: left out").arg(m_nonFiniteInterims));
    if (hasSummary()) {
        run.status = RunStatus::Ok;
        const QStringList nonFinite = nonFiniteKeys(m_values);
        const bool transactions = isTransactionUnits(m_values.value(KeyUnits));
        const QString primary =
            transactions && m_values.contains(QStringLiteral("TRANSACTION_RATE"))
                ? QStringLiteral("TRANSACTION_RATE")
                : KeyThroughput;
        QString rejected;
        if (nonFinite.contains(primary) || nonFinite.contains(KeyThroughput))
            rejected =
                Tr::tr("netperf printed %1=%2, which is not a measurement")
                    .arg(nonFinite.contains(primary) ? primary : KeyThroughput,
                         m_values.value(nonFinite.contains(primary) ? primary : KeyThroughput));
        else if (!transactions && !run.summary.throughputBps && measured(m_values, "THROUGHPUT") &&
                 m_values.value(KeyUnits).startsWith(QLatin1String("10^")))
            rejected = Tr::tr("netperf printed THROUGHPUT=%1 in units '%2', which give "
                              "no finite bit rate")
                           .arg(m_values.value(KeyThroughput), m_values.value(KeyUnits));
        if (!rejected.isEmpty()) {
            // Nothing here is a result; the intervals (if any) still are what was measured.
            run.summary = Summary{};
            run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
            run.error = rejected;
        }
        for (const QString &key : nonFinite)
            if (key != primary && key != KeyThroughput)
                run.warnings.append(Tr::tr("netperf printed %1=%2 (not a finite "
                                           "number): stored as null")
                                        .arg(key, m_values.value(key)));
    } else {
        run.status = run.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
        run.error = !m_error.isEmpty()
                        ? m_error
                        : Tr::tr("netperf printed no final result (the test was cut short)");
    }
    return run;
}

bool NetperfParser::looksLikeNetperf(const QByteArray &head) {
    const QString text = QString::fromUtf8(head.left(4096));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (isBanner(line) || line.startsWith(QLatin1String("NETPERF_INTERIM_RESULT[")) ||
            line.startsWith(QLatin1String("THROUGHPUT=")) ||
            line.contains(QLatin1String("establish control: are you sure there is a netserver")))
            return true;
    }
    return false;
}

NetperfParseOutcome NetperfParser::parse(const QByteArray &output) {
    NetperfParseOutcome outcome;
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    NetperfParser parser;
    for (const QString &line : lines)
        parser.feedLine(line);
    if (parser.hasSummary() || !parser.intervals().isEmpty() ||
        (parser.m_interim.value && parser.m_interim.intervalS)) {
        outcome.parsed = true;
        outcome.run = parser.result();
        return outcome;
    }
    // OMNI -o: the banner, a line of column titles, a line of values.
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QStringList titles = lines.at(i).trimmed().split(QLatin1Char(','));
        if (titles.size() < 2 || !csvTitles().contains(titles.first().trimmed()))
            continue;
        const QStringList cells = lines.at(i + 1).trimmed().split(QLatin1Char(','));
        if (cells.size() != titles.size())
            break;
        QHash<QString, QString> values;
        for (int c = 0; c < titles.size(); ++c) {
            const QString key = csvTitles().value(titles.at(c).trimmed());
            if (!key.isEmpty())
                values.insert(key, cells.at(c).trimmed());
        }
        if (!values.contains(KeyThroughput))
            break;
        parser.m_values = values;
        outcome.parsed = true;
        outcome.run = parser.result();
        return outcome;
    }
    // The classic table of the MIGRATED tests.
    const QString kind = bannerKind(parser.banner());
    if (!parser.banner().isEmpty() && !kind.startsWith(QLatin1String("OMNI"))) {
        const qsizetype at = lines.indexOf(parser.banner());
        QHash<QString, QString> values;
        if (classicToValues(kind, lines.mid(at < 0 ? 0 : at + 1), &values)) {
            parser.m_values = values;
            outcome.parsed = true;
            outcome.run = parser.result();
            return outcome;
        }
    }
    if (!parser.error().isEmpty()) {
        outcome.parsed = true;
        outcome.run = parser.result();
        return outcome;
    }
    outcome.error = parser.banner().isEmpty()
                        ? Tr::tr("no netperf result found (expected netperf's test "
                                 "banner and its result table, -k or -o output)")
                        : Tr::tr("netperf's banner but no result: the test did not "
                                 "finish (was netperf killed?)");
    return outcome;
}

} // namespace Perfdeck

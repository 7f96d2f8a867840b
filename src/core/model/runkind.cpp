#include "model/runkind.h"

#include "model/format.h"
#include "model/testspec.h"

#include <cmath>

namespace Perfdeck {

namespace {

// The value after an option in argv ("-b 100M"), or after "--bitrate=" spellings; only the
// options before a "--" (netperf's test-specific options follow it).
std::optional<QString> optionValue(const QStringList &command, const QStringList &names) {
    for (qsizetype i = 1; i < command.size(); ++i) {
        const QString &argument = command.at(i);
        if (argument == QLatin1String("--"))
            break;
        for (const QString &name : names) {
            if (argument == name && i + 1 < command.size())
                return command.at(i + 1);
            if (name.startsWith(QLatin1String("--")) &&
                argument.startsWith(name + QLatin1Char('=')))
                return argument.mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

bool commandIsTool(const QStringList &command, Engine engine) {
    if (command.isEmpty())
        return false;
    const QString program = command.first().section(QLatin1Char('/'), -1);
    return program.contains(engine == Engine::Iperf3 ? QLatin1String("iperf3")
                                                     : QLatin1String("netperf"));
}

std::optional<double> positiveNumber(const std::optional<QString> &text) {
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<double> roundedDuration(const std::optional<double> &seconds) {
    if (!seconds || !std::isfinite(*seconds) || *seconds <= 0)
        return std::nullopt;
    // Recorded durations carry the tool's timing noise (netperf: 10.003 s for -l 10).
    return *seconds >= 2 ? std::round(*seconds) : std::round(*seconds * 10) / 10;
}

// netperf's test as NetperfCommand derives it from protocol and direction for stream tests;
// a request/response run that does not name its test stays unknown.
QString derivedNetperfTest(const RunResult &run) {
    if (run.summary.transactionsPerS)
        return {};
    if (run.protocol == Protocol::Udp)
        return run.direction == Direction::Receive ? QStringLiteral("OMNI")
                                                   : QStringLiteral("UDP_STREAM");
    return run.direction == Direction::Receive ? QStringLiteral("TCP_MAERTS")
                                               : QStringLiteral("TCP_STREAM");
}

QString protocolName(Protocol protocol) {
    return toString(protocol).toUpper();
}

QString bitrateText(const std::optional<double> &bps) {
    return bps ? Format::bitrate(*bps) : QStringLiteral("unlimited");
}

QString streamsText(int streams) {
    return streams == 1 ? QStringLiteral("1 stream") : QStringLiteral("%1 streams").arg(streams);
}

QString durationText(const std::optional<double> &seconds) {
    return seconds ? QStringLiteral("%1 s").arg(QString::number(*seconds, 'g', 6))
                   : QStringLiteral("unknown");
}

struct Attribute {
    const char *name;
    QString (*text)(const RunKind &);
    bool (*known)(const RunKind &);
};

bool always(const RunKind &) {
    return true;
}

const Attribute Attributes[] = {
    {"engine", [](const RunKind &k) { return toString(k.engine); }, always},
    {"netperf test", [](const RunKind &k) { return k.netperfTest; },
     [](const RunKind &k) { return k.engine == Engine::Netperf && !k.netperfTest.isEmpty(); }},
    {"protocol", [](const RunKind &k) { return protocolName(k.protocol); }, always},
    {"direction", [](const RunKind &k) { return toString(k.direction); }, always},
    {"streams", [](const RunKind &k) { return QString::number(k.streams); }, always},
    {"pattern",
     [](const RunKind &k) { return k.pattern.isEmpty() ? QStringLiteral("none") : k.pattern; },
     always},
    {"bitrate", [](const RunKind &k) { return bitrateText(k.bitrateBps); }, always},
    {"duration", [](const RunKind &k) { return durationText(k.durationS); },
     [](const RunKind &k) { return k.durationS.has_value(); }},
};

} // namespace

RunKind RunKind::of(const RunResult &run) {
    RunKind kind;
    kind.engine = run.engine;
    kind.protocol = run.protocol;
    kind.direction = run.direction;
    kind.streams = run.streams;
    if (!run.pattern.isEmpty()) {
        kind.pattern = run.pattern;
        kind.durationS = roundedDuration(run.durationS);
        return kind;
    }
    const bool fromTool = commandIsTool(run.command, run.engine);
    if (run.engine == Engine::Iperf3) {
        if (fromTool) {
            if (const auto rate =
                    optionValue(run.command, {QStringLiteral("-b"), QStringLiteral("--bitrate"),
                                              QStringLiteral("--bandwidth")})) {
                const auto bps = parseBitrate(rate->section(QLatin1Char('/'), 0, 0));
                if (bps && *bps > 0) // -b 0: unlimited
                    kind.bitrateBps = std::round(*bps);
            }
            kind.durationS = positiveNumber(
                optionValue(run.command, {QStringLiteral("-t"), QStringLiteral("--time")}));
            if (!kind.durationS &&
                !optionValue(run.command, {QStringLiteral("-n"), QStringLiteral("--bytes"),
                                           QStringLiteral("-k"), QStringLiteral("--blockcount")}))
                kind.durationS = 10; // iperf3's default
        }
    } else {
        if (fromTool) {
            kind.netperfTest = optionValue(run.command, {QStringLiteral("-t")})
                                   .value_or(QStringLiteral("TCP_STREAM")) // netperf's default
                                   .toUpper();
            // -l takes seconds; a negative length counts bytes or transactions instead.
            const std::optional<QString> length = optionValue(run.command, {QStringLiteral("-l")});
            kind.durationS = length ? positiveNumber(length) : std::optional<double>(10);
        } else if (!run.test.isEmpty()) {
            // Imported and saved runs carry the tool's test name even without a command line.
            kind.netperfTest = run.test.toUpper();
        } else {
            kind.netperfTest = derivedNetperfTest(run);
        }
    }
    if (!kind.durationS)
        kind.durationS = roundedDuration(run.durationS);
    return kind;
}

QString RunKind::describe() const {
    QString what;
    if (engine == Engine::Netperf && !netperfTest.isEmpty() &&
        netperfTest != QLatin1String("OMNI")) {
        what = QStringLiteral("netperf %1").arg(netperfTest);
    } else {
        what = QStringLiteral("%1 %2 %3")
                   .arg(toString(engine), protocolName(protocol), toString(direction));
    }
    if (!pattern.isEmpty())
        what += QStringLiteral(" with pattern %1").arg(pattern);
    else if (bitrateBps)
        what += QStringLiteral(" at %1").arg(Format::bitrate(*bitrateBps));
    what += QStringLiteral(", ") + streamsText(streams);
    if (durationS)
        what += QStringLiteral(", ") + durationText(durationS);
    return what;
}

QStringList RunKind::differencesTo(const RunKind &other) const {
    QStringList differences;
    for (const Attribute &attribute : Attributes) {
        if (!attribute.known(*this) || !attribute.known(other))
            continue;
        const QString mine = attribute.text(*this);
        const QString theirs = attribute.text(other);
        if (mine != theirs)
            differences
                << QStringLiteral("%1: %2 vs %3").arg(QLatin1String(attribute.name), mine, theirs);
    }
    return differences;
}

QStringList kindDifferences(const QList<RunKind> &kinds) {
    QStringList differences;
    for (const Attribute &attribute : Attributes) {
        QStringList values;
        for (const RunKind &kind : kinds) {
            if (!attribute.known(kind))
                continue;
            const QString text = attribute.text(kind);
            if (!values.contains(text))
                values << text;
        }
        if (values.size() > 1)
            differences << QStringLiteral("%1 (%2)").arg(QLatin1String(attribute.name),
                                                         values.join(QStringLiteral(", ")));
    }
    return differences;
}

QList<qsizetype> likeRuns(const QList<RunResult> &runs, qsizetype reference) {
    QList<qsizetype> indices;
    if (reference < 0 || reference >= runs.size())
        return indices;
    const RunKind kind = RunKind::of(runs.at(reference));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (i == reference || kind.isLike(RunKind::of(runs.at(i))))
            indices << i;
    }
    return indices;
}

} // namespace Perfdeck

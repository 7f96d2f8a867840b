#include "results/flentreader.h"

#include "stats/descriptive.h"
#include "util/inputlimits.h"
#include "util/jsonerrorlocation.h"
#include "util/wholenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr qsizetype InflateChunk = 256 * 1024;

bool isGzip(const QByteArray &bytes) {
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

enum class SeriesKind { Throughput, Latency, Other };

struct SeriesInfo {
    QString name;
    SeriesKind kind = SeriesKind::Other;
    double scale = 1; // to bit/s for throughput, to microseconds for latency
    QJsonObject meta; // SERIES_META entry, may be empty
    int index = std::numeric_limits<int>::max();
    // Computed by flent from other series (its SumRunner, AverageRunner, ...): not a flow.
    bool derived = false;
    bool sum = false; // a derived sum: the group's totals are checked against it
};

// flent labels throughput "Mbits/s" (older files and iperf runners: "bits/s"); returns the
// factor to bit/s, or 0 when the unit is not a bit rate.
double bitRateScale(const QString &units) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*([kKmMgG]?)bits?/s\s*$)"));
    const QRegularExpressionMatch m = re.match(units);
    if (!m.hasMatch())
        return 0;
    const QChar prefix = m.captured(1).isEmpty() ? QChar() : m.captured(1).at(0).toLower();
    if (prefix == QLatin1Char('k'))
        return 1e3;
    if (prefix == QLatin1Char('m'))
        return 1e6;
    if (prefix == QLatin1Char('g'))
        return 1e9;
    return 1;
}

// Files without SERIES_META runners: flent names its computed series "... sum", "... avg",
// "... totals" (rrul, tcp_nup, ...), its flows "TCP upload BE" or "TCP upload::1".
bool derivedByName(const QString &name, bool *sum) {
    static const QRegularExpression re(QStringLiteral(R"(\s(sum|avg|average|totals)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return false;
    const QString kind = m.captured(1).toLower();
    *sum = kind == QLatin1String("sum") || kind == QLatin1String("totals");
    return true;
}

SeriesInfo classify(const QString &name, const QJsonObject &meta, QStringList *assumedUnits) {
    SeriesInfo info;
    info.name = name;
    info.meta = meta;
    if (meta.contains(QLatin1String("IDX")))
        info.index = meta.value(QLatin1String("IDX")).toInt();
    const QString runner = meta.value(QLatin1String("RUNNER")).toString();
    if (!runner.isEmpty()) {
        // Runners that start a tool have its command line; flent's computed series have none.
        info.derived = meta.value(QLatin1String("COMMAND")).toString().trimmed().isEmpty() &&
                       runner != QLatin1String("PingRunner");
        info.sum = info.derived && runner == QLatin1String("SumRunner");
    } else {
        info.derived = derivedByName(name, &info.sum);
    }
    const QString units = meta.value(QLatin1String("UNITS")).toString();
    if (!units.isEmpty()) {
        if (const double scale = bitRateScale(units); scale > 0) {
            info.kind = SeriesKind::Throughput;
            info.scale = scale;
        } else if (units == QLatin1String("ms")) {
            info.kind = SeriesKind::Latency;
            info.scale = 1e3;
        }
        return info;
    }
    // Files without SERIES_META units: fall back on flent's naming, where every latency series
    // says "(ms)" and throughput series are "TCP upload", "TCP download BE", ...
    if (name.contains(QLatin1String("(ms)"))) {
        info.kind = SeriesKind::Latency;
        info.scale = 1e3;
    } else if (name.contains(QLatin1String("upload"), Qt::CaseInsensitive) ||
               name.contains(QLatin1String("download"), Qt::CaseInsensitive) ||
               name.contains(QLatin1String("totals"), Qt::CaseInsensitive)) {
        info.kind = SeriesKind::Throughput;
        info.scale = 1e6;
        if (!info.derived)
            assumedUnits->append(name);
    }
    return info;
}

// The traffic class of a flow: flent's own label at the end of the series name ("TCP upload
// EF", "Ping (ms) UDP BK"), else the DSCP of the TOS byte netperf was given.
QString trafficClass(const SeriesInfo &series) {
    static const QRegularExpression label(
        QStringLiteral(R"(\s(BE|BK|EF|CS[0-7]|AF[1-4][1-3]|LE|VA)$)"));
    if (const auto m = label.match(series.name); m.hasMatch())
        return m.captured(1);
    const QJsonValue tosValue = series.meta.contains(QLatin1String("DATA_TOS"))
                                    ? series.meta.value(QLatin1String("DATA_TOS"))
                                    : series.meta.value(QLatin1String("UPSTREAM_TOS"));
    const auto tos =
        tosValue.isDouble() ? wholeNumber(tosValue.toDouble(), 0, 255) : std::optional<long long>();
    if (!tos)
        return {}; // 0xffffffff: netperf was given no TOS
    const int dscp = int(*tos >> 2);
    if (dscp == 0)
        return QStringLiteral("BE");
    if (dscp == 1)
        return QStringLiteral("LE");
    if (dscp == 8)
        return QStringLiteral("BK"); // CS1, which flent calls BK
    if (dscp == 46)
        return QStringLiteral("EF");
    if (dscp == 44)
        return QStringLiteral("VA");
    if (dscp % 8 == 0)
        return QStringLiteral("CS%1").arg(dscp / 8);
    if (dscp % 2 == 0 && dscp >= 10 && dscp <= 38 && (dscp % 8) >= 2)
        return QStringLiteral("AF%1%2").arg(dscp / 8).arg((dscp % 8) / 2);
    return QStringLiteral("DSCP %1").arg(dscp);
}

// The netperf host of one series: its command's -H (flent's multi-host tests differ per
// series), else the test's HOST.
QString serverOf(const QStringList &command, const QJsonObject &metadata) {
    const qsizetype h = command.indexOf(QLatin1String("-H"));
    if (h >= 0 && h + 1 < command.size())
        return command.at(h + 1);
    const QString host = metadata.value(QLatin1String("HOST")).toString();
    if (!host.isEmpty())
        return host;
    // at() of an empty array is Undefined, where first() would be undefined behaviour.
    return metadata.value(QLatin1String("HOSTS")).toArray().at(0).toString();
}

OptDouble numberOf(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) { // netperf's -k values reach flent as text ("TCP_RETRANSMIT": "23")
        bool ok = false;
        const double v = value.toString().toDouble(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

LatencyStats latencyOf(std::vector<double> us) {
    LatencyStats stats;
    if (us.empty())
        return stats;
    std::sort(us.begin(), us.end());
    const Stats::Descriptive d = Stats::describeSorted(us);
    stats.mean = d.mean;
    stats.min = d.min;
    stats.max = d.max;
    stats.p50 = Stats::percentileOfSorted(us, 50);
    stats.p90 = Stats::percentileOfSorted(us, 90);
    stats.p99 = Stats::percentileOfSorted(us, 99);
    if (std::isfinite(d.stddev))
        stats.stddev = d.stddev;
    return stats;
}

// A latency series' samples in microseconds; nulls are samples flent did not get, gaps.
std::vector<double> latencySamples(const QJsonArray &values, double scale) {
    std::vector<double> us;
    for (const QJsonValue v : values)
        if (v.isDouble())
            us.push_back(v.toDouble() * scale);
    return us;
}

// An ICMP ping's class: fping -O / ping -Q give its TOS byte; without one it is unmarked, BE.
QString pingClass(const QStringList &command) {
    for (const QString &option : {QStringLiteral("-O"), QStringLiteral("-Q")}) {
        const qsizetype i = command.indexOf(option);
        if (i < 0 || i + 1 >= command.size())
            continue;
        bool ok = false;
        const int tos = command.at(i + 1).toInt(&ok, 0);
        if (!ok || tos < 0 || tos > 255)
            return {};
        SeriesInfo marked;
        marked.meta.insert(QStringLiteral("DATA_TOS"), tos);
        return trafficClass(marked);
    }
    return QStringLiteral("BE");
}

QString quotedList(const QStringList &names) {
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(QLatin1Char('\'') + n + QLatin1Char('\''));
    return quoted.join(QLatin1String(", "));
}

QString keyList(const QJsonObject &object) {
    QStringList keys = object.keys();
    if (keys.size() > 6) {
        keys = keys.mid(0, 6);
        keys.append(QStringLiteral("..."));
    }
    return keys.isEmpty() ? QStringLiteral("none") : keys.join(QLatin1String(", "));
}

} // namespace

bool FlentReader::looksLikeFlent(const QByteArray &head) {
    if (isGzip(head))
        return true;
    // flent writes its JSON with sorted keys, so "metadata" comes first; the other two catch
    // files re-written by other tools.
    static const QRegularExpression first(QStringLiteral(R"(^\s*\{\s*"metadata"\s*:)"));
    const QString text = QString::fromUtf8(head.left(512));
    return first.match(text).hasMatch() || head.contains("\"FLENT_VERSION\"") ||
           head.contains("\"x_values\"");
}

namespace {

// The samples of a series that become intervals: at most InputLimits::MaxIntervals (a 256 MB
// file of zeros would otherwise stand for 100 million intervals of about 200 bytes each).
qsizetype cappedPoints(const QString &series, const QJsonArray &values, const QJsonArray &xValues,
                       FlentReadOutcome *outcome) {
    const qsizetype points = std::min(values.size(), xValues.size());
    if (points <= InputLimits::MaxIntervals)
        return points;
    outcome->warnings << QStringLiteral("series '%1': %2; the first %3 are kept")
                             .arg(series, InputLimits::tooManyIntervals(),
                                  InputLimits::count(InputLimits::MaxIntervals));
    return InputLimits::MaxIntervals;
}

} // namespace

bool FlentReader::gunzip(const QByteArray &compressed, QByteArray *out, QString *error) {
    out->clear();
    if (!isGzip(compressed)) {
        *error = Tr::tr("not gzip data");
        return false;
    }
    if (compressed.size() > qsizetype(std::numeric_limits<uInt>::max())) {
        *error = Tr::tr("file too large");
        return false;
    }
    z_stream zs{};
    // 16 + MAX_WBITS: expect a gzip header and trailer (qUncompress only reads zlib streams).
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        *error = Tr::tr("cannot initialise zlib");
        return false;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    zs.avail_in = uInt(compressed.size());
    qsizetype produced = 0;
    bool ok = false;
    while (true) {
        if (produced == out->size()) {
            if (out->size() >= MaxInflatedBytes) {
                *error = Tr::tr("decompresses to more than %1 MiB, more than any flent "
                                "file holds (a 1-hour rrul test is about 45 MB); not "
                                "read further")
                             .arg(MaxInflatedBytes >> 20);
                break;
            }
            out->resize(std::min(out->size() + InflateChunk, qsizetype(MaxInflatedBytes)));
        }
        zs.next_out = reinterpret_cast<Bytef *>(out->data() + produced);
        zs.avail_out = uInt(out->size() - produced);
        const int ret = inflate(&zs, Z_NO_FLUSH);
        produced = out->size() - qsizetype(zs.avail_out);
        if (ret == Z_STREAM_END) {
            if (zs.avail_in == 0) {
                ok = true;
                break;
            }
            // gzip allows several members back to back (cat a.gz b.gz); read them all.
            inflateReset(&zs);
            continue;
        }
        if (ret == Z_OK)
            continue;
        if (ret == Z_BUF_ERROR && zs.avail_in > 0)
            continue; // only the output was full
        if (ret == Z_BUF_ERROR) {
            *error = Tr::tr("the gzip data ends early, after %1 bytes decompressed "
                            "(the file looks truncated: was flent interrupted, or the "
                            "copy incomplete?)")
                         .arg(produced);
            break;
        }
        *error = Tr::tr("corrupt gzip data (%1)")
                     .arg(zs.msg ? QString::fromLatin1(zs.msg) : QString::number(ret));
        break;
    }
    inflateEnd(&zs);
    out->resize(produced);
    return ok;
}

FlentReadOutcome FlentReader::read(const QByteArray &bytes) {
    FlentReadOutcome outcome;
    QByteArray json;
    const bool compressed = isGzip(bytes);
    if (compressed) {
        QString why;
        if (!gunzip(bytes, &json, &why)) {
            outcome.error = Tr::tr("cannot read as a flent .flent.gz file: ") + why;
            return outcome;
        }
    } else {
        json = bytes;
    }
    const QString what = compressed ? Tr::tr("the gzip content") : QStringLiteral("it");

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        outcome.error = Tr::tr("not a flent data file: %1 is not JSON (offset %2: %3)")
                            .arg(what)
                            .arg(parseError.offset)
                            .arg(jsonErrorText(parseError));
        return outcome;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("metadata")).isObject() ||
        !root.value(QLatin1String("x_values")).isArray() ||
        !root.value(QLatin1String("results")).isObject()) {
        outcome.error =
            Tr::tr("not a flent data file: %1 is JSON without flent's "
                   "\"metadata\", \"x_values\" and \"results\" (its keys: %2)")
                .arg(what, doc.isObject() ? keyList(root) : Tr::tr("none, not an object"));
        return outcome;
    }
    // flent's own loader treats a file without "version" as version 1.
    const int version = root.value(QLatin1String("version")).toInt(1);
    if (version > SupportedVersion) {
        outcome.error = Tr::tr("flent data format version %1 is newer than version %2, "
                               "which Perfdeck reads (written by a newer flent than 2.x)")
                            .arg(version)
                            .arg(SupportedVersion);
        return outcome;
    }
    if (version < SupportedVersion) {
        // Before version 4 flent stored values in other units and places (its
        // unserialise_compat); guessing those conversions would import wrong numbers.
        outcome.error = Tr::tr("flent data format version %1 is older than version %2, "
                               "which Perfdeck reads")
                            .arg(version)
                            .arg(SupportedVersion);
        return outcome;
    }

    const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
    const QJsonObject seriesMeta = metadata.value(QLatin1String("SERIES_META")).toObject();
    const QJsonArray xValues = root.value(QLatin1String("x_values")).toArray();
    const QJsonObject results = root.value(QLatin1String("results")).toObject();
    const QString testName = metadata.value(QLatin1String("NAME")).toString();
    const QString flentVersion = metadata.value(QLatin1String("FLENT_VERSION")).toString();
    const double step = metadata.value(QLatin1String("STEP_SIZE")).toDouble(0);

    QList<SeriesInfo> throughput; // real flows
    QList<SeriesInfo> latency;    // real latency measurements (ping, netperf RR)
    QList<SeriesInfo> sums;       // flent's own totals, to check ours against
    QStringList derived;
    QStringList skipped;
    QStringList assumedUnits;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        if (!it.value().isArray()) {
            outcome.error =
                Tr::tr("flent results series '%1' is not a list of values").arg(it.key());
            return outcome;
        }
        const SeriesInfo info =
            classify(it.key(), seriesMeta.value(it.key()).toObject(), &assumedUnits);
        if (info.kind == SeriesKind::Other)
            skipped.append(it.key());
        else if (info.derived && info.sum && info.kind == SeriesKind::Throughput)
            sums.append(info);
        else if (info.derived)
            derived.append(it.key());
        else if (info.kind == SeriesKind::Throughput)
            throughput.append(info);
        else
            latency.append(info);
    }
    // flent's IDX is the order the test defines its series in (upload before download).
    const auto byIndex = [](const SeriesInfo &a, const SeriesInfo &b) { return a.index < b.index; };
    std::stable_sort(throughput.begin(), throughput.end(), byIndex);
    std::stable_sort(latency.begin(), latency.end(), byIndex);
    if (throughput.isEmpty()) {
        outcome.error = Tr::tr("flent test '%1' has no throughput series (series: %2); "
                               "Perfdeck imports flent's throughput tests")
                            .arg(testName, results.keys().join(QLatin1String(", ")));
        return outcome;
    }
    if (!assumedUnits.isEmpty())
        outcome.warnings.append(Tr::tr("series %1 have no units in the file; assumed "
                                       "Mbits/s (flent's unit for throughput)")
                                    .arg(quotedList(assumedUnits)));

    // netperf RR series measure a flow of their own (UDP per class in rrul) and become runs
    // with their class. An ICMP ping series measures the path every flow crossed: with one
    // flow it is that flow's latency (as flent's summary shows it); beside several flows it
    // becomes one run of its own (engine ping), never a copy on each flow, so a group's
    // latency statistics count it once.
    QList<SeriesInfo> latencyFlows;
    QList<SeriesInfo> pings;
    for (const SeriesInfo &series : std::as_const(latency)) {
        const QString command = series.meta.value(QLatin1String("COMMAND")).toString();
        if (command.contains(QLatin1String("_RR")))
            latencyFlows.append(series);
        else
            pings.append(series);
    }
    const SeriesInfo *pathLatency = nullptr;
    if (throughput.size() == 1 && latencyFlows.isEmpty() && !pings.isEmpty()) {
        pathLatency = &pings.first();
        for (qsizetype i = 1; i < pings.size(); ++i)
            derived.append(pings.at(i).name); // a second ping of one flow: kept out, said so
        pings.clear();
    }
    LatencyStats pathLatencyUs;
    if (pathLatency)
        pathLatencyUs = latencyOf(
            latencySamples(results.value(pathLatency->name).toArray(), pathLatency->scale));

    const QDateTime startedAt =
        QDateTime::fromString(metadata.value(QLatin1String("TIME")).toString(), Qt::ISODate);
    const OptDouble length = numberOf(metadata.value(QLatin1String("LENGTH")));
    const QString title = metadata.value(QLatin1String("TITLE")).toString();
    const int flows = int(throughput.size() + latencyFlows.size() + pings.size());
    // A multi-flow test is one measurement: its runs carry one group id and label.
    const QString group =
        flows > 1
            ? QStringLiteral("flent-%1-%2")
                  .arg(testName, startedAt.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")))
            : QString();
    const QString groupLabel =
        flows > 1
            ? QStringLiteral("flent %1%2, %3")
                  .arg(testName, title.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(title),
                       startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : QString();

    QStringList runSeries; // the series each run of outcome.runs was read from
    int uploads = 0;
    int downloads = 0;
    auto baseRun = [&](const SeriesInfo &series) {
        RunResult run;
        // flent drives netperf for its TCP/UDP series; the results format names only the
        // engines Perfdeck runs itself, and netperf is what measured these numbers.
        run.engine = Engine::Netperf;
        const QString commandLine = series.meta.value(QLatin1String("COMMAND")).toString();
        run.command = QProcess::splitCommand(commandLine);
        run.protocol =
            commandLine.contains(QLatin1String("-t UDP")) ? Protocol::Udp : Protocol::Tcp;
        run.client = metadata.value(QLatin1String("LOCAL_HOST")).toString();
        run.server = serverOf(run.command, metadata);
        run.streams = 1;
        run.durationS = length;
        run.startedAt = startedAt;
        run.toolVersion = QStringLiteral("flent %1").arg(flentVersion);
        run.group = group;
        run.groupLabel = groupLabel;
        run.trafficClass = trafficClass(series);
        run.warnings.append(Tr::tr("flent test '%1' (flent %2), series '%3'")
                                .arg(testName, flentVersion, series.name));
        return run;
    };
    auto countMismatch = [&](const SeriesInfo &series, const QJsonArray &values, RunResult &run) {
        if (values.size() != xValues.size())
            run.warnings.append(Tr::tr("series '%1' has %2 values for %3 time points; "
                                       "the extra ones were ignored")
                                    .arg(series.name)
                                    .arg(values.size())
                                    .arg(xValues.size()));
    };

    for (const SeriesInfo &series : std::as_const(throughput)) {
        RunResult run = baseRun(series);
        const QString commandLine = series.meta.value(QLatin1String("COMMAND")).toString();
        run.direction = commandLine.contains(QLatin1String("TCP_MAERTS")) ||
                                series.name.contains(QLatin1String("download"), Qt::CaseInsensitive)
                            ? Direction::Receive
                            : Direction::Send;
        const QJsonArray values = results.value(series.name).toArray();
        const qsizetype points = cappedPoints(series.name, values, xValues, &outcome);
        double sum = 0;
        int counted = 0;
        for (qsizetype i = 0; i < points; ++i) {
            if (!values.at(i).isDouble() || !xValues.at(i).isDouble())
                continue; // flent's null: no sample at this point, a gap rather than 0
            const double x = xValues.at(i).toDouble();
            IntervalSample sample;
            // flent places each value at the end of the step it measured (netperf's demo
            // lines report the interval just past); times stay on flent's timeline.
            sample.startS = std::max(0.0, x - step);
            sample.endS = x;
            sample.bps = values.at(i).toDouble() * series.scale;
            sum += *sample.bps;
            ++counted;
            run.intervals.append(sample);
        }
        countMismatch(series, values, run);

        // netperf's own end-of-test figure, which flent's "mean" plots show too; the mean of
        // the samples only when flent did not record it.
        if (const OptDouble mean = numberOf(series.meta.value(QLatin1String("MEAN_VALUE"))))
            run.summary.throughputBps = *mean * series.scale;
        else if (counted > 0)
            run.summary.throughputBps = sum / counted;
        run.summary.sentBytes = numberOf(series.meta.value(QLatin1String("BYTES_SENT")));
        run.summary.receivedBytes = numberOf(series.meta.value(QLatin1String("BYTES_RECVD")));
        run.summary.retransmits = numberOf(series.meta.value(QLatin1String("TCP_RETRANSMIT")));
        run.summary.latencyUs = pathLatencyUs;
        if (counted == 0) {
            run.status = RunStatus::Error;
            run.error = Tr::tr("flent recorded no data for series '%1' (its netperf "
                               "failed; see FAILED_RUNNERS in the file)")
                            .arg(series.name);
        }
        ++(run.direction == Direction::Receive ? downloads : uploads);
        runSeries.append(series.name);
        outcome.runs.append(run);
    }

    const auto latencyRun = [&](const SeriesInfo &series, RunResult &run) {
        const QJsonArray values = results.value(series.name).toArray();
        const qsizetype points = cappedPoints(series.name, values, xValues, &outcome);
        for (qsizetype i = 0; i < points; ++i) {
            if (!values.at(i).isDouble() || !xValues.at(i).isDouble())
                continue;
            const double x = xValues.at(i).toDouble();
            IntervalSample sample;
            sample.startS = std::max(0.0, x - step);
            sample.endS = x;
            sample.rttUs = values.at(i).toDouble() * series.scale; // the round trip it timed
            run.intervals.append(sample);
        }
        countMismatch(series, values, run);
        run.summary.latencyUs = latencyOf(latencySamples(values, series.scale));
        if (run.summary.latencyUs.isEmpty()) {
            run.status = RunStatus::Error;
            run.error = Tr::tr("flent recorded no data for series '%1'").arg(series.name);
        }
        runSeries.append(series.name);
    };
    for (const SeriesInfo &series : std::as_const(latencyFlows)) {
        RunResult run = baseRun(series);
        run.direction = Direction::Send; // a request/response flow: the client asks
        latencyRun(series, run);
        // netperf's own mean over every transaction, as for throughput; the percentiles are
        // those of flent's samples.
        if (const OptDouble mean = numberOf(series.meta.value(QLatin1String("MEAN_VALUE"))))
            if (!run.summary.latencyUs.isEmpty())
                run.summary.latencyUs.mean = *mean * series.scale;
        outcome.runs.append(run);
    }
    for (const SeriesInfo &series : std::as_const(pings)) {
        RunResult run = baseRun(series);
        // fping or ping: ICMP echo, timed by the pinging side; no netperf involved.
        run.engine = Engine::Ping;
        run.protocol = Protocol::Icmp;
        run.direction = Direction::Send;
        if (run.trafficClass.isEmpty())
            run.trafficClass = pingClass(run.command);
        latencyRun(series, run);
        outcome.runs.append(run);
    }

    // The group's totals come from its flows; flent's own sum series must agree with them.
    QStringList totals;
    QStringList disagreements;
    for (const SeriesInfo &series : std::as_const(sums)) {
        const OptDouble flentSum = numberOf(series.meta.value(QLatin1String("MEAN_VALUE")));
        // "TCP upload sum" sums the flows named "TCP upload ..."; "TCP totals" all "TCP ...".
        const QString prefix = series.name.section(QLatin1Char(' '), 0, -2);
        double ours = 0;
        int members = 0;
        for (qsizetype r = 0; r < outcome.runs.size(); ++r) {
            const RunResult &run = outcome.runs.at(r);
            const QString &name = runSeries.at(r);
            const QChar next = name.size() > prefix.size() ? name.at(prefix.size()) : QChar();
            // "TCP upload BE", "TCP upload::1" belong to "TCP upload"; "TCP uploads" does not.
            if (run.summary.throughputBps && name.startsWith(prefix) &&
                (next == QLatin1Char(' ') || next == QLatin1Char(':'))) {
                ours += *run.summary.throughputBps;
                ++members;
            }
        }
        if (members == 0 || !flentSum)
            continue;
        const double theirs = *flentSum * series.scale;
        totals.append(QStringLiteral("%1 %2 Mbit/s").arg(series.name).arg(ours / 1e6, 0, 'f', 2));
        // flent rounds each MEAN_VALUE to 0.01 Mbit/s before summing.
        if (std::abs(ours - theirs) > std::max(0.001 * theirs, 0.01 * series.scale * members))
            disagreements.append(Tr::tr("'%1' is %2 Mbit/s but its %3 flows sum to %4")
                                     .arg(series.name)
                                     .arg(theirs / 1e6, 0, 'f', 2)
                                     .arg(members)
                                     .arg(ours / 1e6, 0, 'f', 2));
    }

    // One notice for the file, however many series it has.
    QString notice = Tr::tr("flent test '%1' (flent %2): ").arg(testName, flentVersion);
    if (flows > 1)
        notice += Tr::tr("%1 flows imported as group '%2' (%3 upload, %4 download, %5 "
                         "latency)")
                      .arg(flows)
                      .arg(groupLabel)
                      .arg(uploads)
                      .arg(downloads)
                      .arg(latencyFlows.size() + pings.size());
    else
        notice += Tr::tr("imported as a netperf run");
    if (pathLatency && !pathLatencyUs.isEmpty())
        notice += Tr::tr("; each flow's latency is '%1'").arg(pathLatency->name);
    if (!totals.isEmpty())
        notice += Tr::tr("; totals from the flows: %1").arg(totals.join(QLatin1String(", ")));
    if (!totals.isEmpty() && disagreements.isEmpty())
        notice += Tr::tr(" (as flent's own sums)");
    if (!derived.isEmpty())
        notice +=
            Tr::tr("; flent's computed series %1 not imported as runs").arg(quotedList(derived));
    if (!skipped.isEmpty())
        notice += Tr::tr("; series neither throughput nor latency, not imported: %1")
                      .arg(quotedList(skipped));
    outcome.warnings.append(notice);
    if (!disagreements.isEmpty())
        outcome.warnings.append(Tr::tr("flent's sums disagree with its flows: %1")
                                    .arg(disagreements.join(QLatin1String("; "))));
    for (const RunResult &run : std::as_const(outcome.runs))
        outcome.warnings.append(run.warnings.mid(1)); // problems of a series, if any
    return outcome;
}

} // namespace Perfdeck

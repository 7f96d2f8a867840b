#include "results/flentreader.h"

#include "stats/descriptive.h"

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

namespace Perfdeck {

namespace {

// A flent file is a few MB at most; a cap keeps a hostile or corrupt gzip from eating memory.
constexpr qsizetype MaxInflatedBytes = qsizetype(1) << 30;
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

SeriesInfo classify(const QString &name, const QJsonObject &meta, QStringList *warnings) {
    SeriesInfo info;
    info.name = name;
    info.meta = meta;
    if (meta.contains(QLatin1String("IDX")))
        info.index = meta.value(QLatin1String("IDX")).toInt();
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
               name.contains(QLatin1String("download"), Qt::CaseInsensitive)) {
        info.kind = SeriesKind::Throughput;
        info.scale = 1e6;
        warnings->append(QStringLiteral("series '%1' has no units in the file; assumed Mbits/s "
                                        "(flent's unit for throughput)")
                             .arg(name));
    }
    return info;
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

bool FlentReader::gunzip(const QByteArray &compressed, QByteArray *out, QString *error) {
    out->clear();
    if (!isGzip(compressed)) {
        *error = QStringLiteral("not gzip data");
        return false;
    }
    if (compressed.size() > qsizetype(std::numeric_limits<uInt>::max())) {
        *error = QStringLiteral("file too large");
        return false;
    }
    z_stream zs{};
    // 16 + MAX_WBITS: expect a gzip header and trailer (qUncompress only reads zlib streams).
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        *error = QStringLiteral("cannot initialise zlib");
        return false;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    zs.avail_in = uInt(compressed.size());
    qsizetype produced = 0;
    bool ok = false;
    while (true) {
        if (produced == out->size()) {
            if (out->size() >= MaxInflatedBytes) {
                *error = QStringLiteral("decompresses to more than 1 GiB; not a flent file");
                break;
            }
            out->resize(out->size() + InflateChunk);
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
            *error = QStringLiteral("the gzip data ends early, after %1 bytes decompressed "
                                    "(the file looks truncated: was flent interrupted, or the "
                                    "copy incomplete?)")
                         .arg(produced);
            break;
        }
        *error = QStringLiteral("corrupt gzip data (%1)")
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
            outcome.error = QStringLiteral("cannot read as a flent .flent.gz file: ") + why;
            return outcome;
        }
    } else {
        json = bytes;
    }
    const QString what = compressed ? QStringLiteral("the gzip content") : QStringLiteral("it");

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        outcome.error = QStringLiteral("not a flent data file: %1 is not JSON (offset %2: %3)")
                            .arg(what)
                            .arg(parseError.offset)
                            .arg(parseError.errorString());
        return outcome;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("metadata")).isObject() ||
        !root.value(QLatin1String("x_values")).isArray() ||
        !root.value(QLatin1String("results")).isObject()) {
        outcome.error =
            QStringLiteral("not a flent data file: %1 is JSON without flent's "
                           "\"metadata\", \"x_values\" and \"results\" (its keys: %2)")
                .arg(what, doc.isObject() ? keyList(root) : QStringLiteral("none, not an object"));
        return outcome;
    }
    // flent's own loader treats a file without "version" as version 1.
    const int version = root.value(QLatin1String("version")).toInt(1);
    if (version > SupportedVersion) {
        outcome.error = QStringLiteral("flent data format version %1 is newer than version %2, "
                                       "which Perfdeck reads (written by a newer flent than 2.x)")
                            .arg(version)
                            .arg(SupportedVersion);
        return outcome;
    }
    if (version < SupportedVersion) {
        // Before version 4 flent stored values in other units and places (its
        // unserialise_compat); guessing those conversions would import wrong numbers.
        outcome.error = QStringLiteral("flent data format version %1 is older than version %2, "
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

    QList<SeriesInfo> throughput;
    QList<SeriesInfo> latency;
    QStringList skipped;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        if (!it.value().isArray()) {
            outcome.error =
                QStringLiteral("flent results series '%1' is not a list of values").arg(it.key());
            return outcome;
        }
        const SeriesInfo info =
            classify(it.key(), seriesMeta.value(it.key()).toObject(), &outcome.warnings);
        if (info.kind == SeriesKind::Throughput)
            throughput.append(info);
        else if (info.kind == SeriesKind::Latency)
            latency.append(info);
        else
            skipped.append(it.key());
    }
    // flent's IDX is the order the test defines its series in (upload before download).
    const auto byIndex = [](const SeriesInfo &a, const SeriesInfo &b) { return a.index < b.index; };
    std::stable_sort(throughput.begin(), throughput.end(), byIndex);
    std::stable_sort(latency.begin(), latency.end(), byIndex);
    if (throughput.isEmpty()) {
        outcome.error = QStringLiteral("flent test '%1' has no throughput series (series: %2); "
                                       "Perfdeck imports flent's throughput tests")
                            .arg(testName, results.keys().join(QLatin1String(", ")));
        return outcome;
    }
    if (!skipped.isEmpty())
        outcome.warnings.append(QStringLiteral("flent series not imported (neither throughput "
                                               "nor latency): %1")
                                    .arg(skipped.join(QLatin1String(", "))));

    // One latency figure per run: ICMP ping when the test has one (it measures the path the
    // way users read flent's plots), else flent's first latency series.
    LatencyStats latencyUs;
    QString latencyName;
    if (!latency.isEmpty()) {
        const auto icmp = std::find_if(latency.cbegin(), latency.cend(), [](const SeriesInfo &s) {
            return s.name.contains(QLatin1String("ICMP"));
        });
        const SeriesInfo &chosen = icmp != latency.cend() ? *icmp : latency.first();
        std::vector<double> us;
        for (const QJsonValue v : results.value(chosen.name).toArray())
            if (v.isDouble()) // nulls are samples flent did not get: gaps, not zeros
                us.push_back(v.toDouble() * chosen.scale);
        latencyUs = latencyOf(std::move(us));
        if (!latencyUs.isEmpty())
            latencyName = chosen.name;
    }

    const QDateTime startedAt =
        QDateTime::fromString(metadata.value(QLatin1String("TIME")).toString(), Qt::ISODate);
    const OptDouble length = numberOf(metadata.value(QLatin1String("LENGTH")));

    for (const SeriesInfo &series : std::as_const(throughput)) {
        RunResult run;
        // flent drives netperf for its TCP/UDP throughput series; the results format names
        // only the engines Perfdeck runs itself, and netperf is what measured these numbers.
        run.engine = Engine::Netperf;
        const QString commandLine = series.meta.value(QLatin1String("COMMAND")).toString();
        run.command = QProcess::splitCommand(commandLine);
        run.protocol =
            commandLine.contains(QLatin1String("-t UDP")) ? Protocol::Udp : Protocol::Tcp;
        run.direction = commandLine.contains(QLatin1String("TCP_MAERTS")) ||
                                series.name.contains(QLatin1String("download"), Qt::CaseInsensitive)
                            ? Direction::Receive
                            : Direction::Send;
        run.client = metadata.value(QLatin1String("LOCAL_HOST")).toString();
        run.server = serverOf(run.command, metadata);
        run.streams = 1;
        run.durationS = length;
        run.startedAt = startedAt;
        run.toolVersion = QStringLiteral("flent %1").arg(flentVersion);

        const QJsonArray values = results.value(series.name).toArray();
        const qsizetype points = std::min(values.size(), xValues.size());
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
        if (values.size() != xValues.size())
            run.warnings.append(QStringLiteral("series '%1' has %2 values for %3 time points; "
                                               "the extra ones were ignored")
                                    .arg(series.name)
                                    .arg(values.size())
                                    .arg(xValues.size()));

        // netperf's own end-of-test figure, which flent's "mean" plots show too; the mean of
        // the samples only when flent did not record it.
        if (const OptDouble mean = numberOf(series.meta.value(QLatin1String("MEAN_VALUE"))))
            run.summary.throughputBps = *mean * series.scale;
        else if (counted > 0)
            run.summary.throughputBps = sum / counted;
        run.summary.sentBytes = numberOf(series.meta.value(QLatin1String("BYTES_SENT")));
        run.summary.receivedBytes = numberOf(series.meta.value(QLatin1String("BYTES_RECVD")));
        run.summary.retransmits = numberOf(series.meta.value(QLatin1String("TCP_RETRANSMIT")));
        run.summary.latencyUs = latencyUs;

        if (counted == 0) {
            run.status = RunStatus::Error;
            run.error = QStringLiteral("flent recorded no data for series '%1' (its netperf "
                                       "failed; see FAILED_RUNNERS in the file)")
                            .arg(series.name);
        }
        QString note = QStringLiteral("flent test '%1' (flent %2), series '%3': imported as a "
                                      "netperf run")
                           .arg(testName, flentVersion, series.name);
        if (!latencyName.isEmpty())
            note += QStringLiteral("; latency from '%1'").arg(latencyName);
        run.warnings.prepend(note);
        outcome.warnings.append(run.warnings);
        outcome.runs.append(run);
    }
    return outcome;
}

} // namespace Perfdeck

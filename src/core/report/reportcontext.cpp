#include "report/reportcontext.h"

#include "model/runkind.h"
#include "model/runlabel.h"
#include "plan/matrixresults.h"
#include "qos/qosclassresult.h"
#include "qos/shapingdetector.h"
#include "results/samplestatistics.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace Perfdeck {

namespace {

QJsonValue dateJson(const QDateTime &when) {
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue optJson(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString unitText(ValueSelection::Unit unit) {
    switch (unit) {
    case ValueSelection::Unit::BitsPerSecond:
        return QStringLiteral("bit/s");
    case ValueSelection::Unit::PerSecond:
        return QStringLiteral("1/s");
    case ValueSelection::Unit::Plain:
        break;
    }
    return {};
}

// Runs grouped by kind (RunKind::isLike), in the order their first run appears.
struct Group {
    RunKind kind;
    QList<qsizetype> members;
};

QList<Group> groupRuns(const QList<RunResult> &runs) {
    QList<Group> groups;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunKind kind = RunKind::of(runs.at(i));
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group &g) { return g.kind.isLike(kind); });
        if (it == groups.end())
            groups.append(Group{kind, {i}});
        else
            it->members.append(i);
    }
    return groups;
}

// The flat statistics older netperf report templates know: one number each, outliers counted.
QJsonValue flatStatistics(const SampleStatistics &s) {
    if (!s.analysis)
        return QJsonValue::Null;
    const Stats::Analysis &a = *s.analysis;
    const Stats::Descriptive &d = a.descriptive;
    auto finite = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o{
        {QStringLiteral("metric"), s.metricKey},
        {QStringLiteral("unit"), unitText(ValueSelection::unitOf(s.metricKey))},
        {QStringLiteral("n"), qint64(d.n)},
        {QStringLiteral("mean"), finite(d.mean)},
        {QStringLiteral("median"), finite(d.median)},
        {QStringLiteral("stddev"), finite(d.stddev)},
        {QStringLiteral("cv"), finite(d.cv)},
        {QStringLiteral("min"), finite(d.min)},
        {QStringLiteral("max"), finite(d.max)},
        {QStringLiteral("ci_level"), a.ci ? QJsonValue(a.ci->level) : QJsonValue()},
        {QStringLiteral("ci_low"), a.ci ? finite(a.ci->low) : QJsonValue()},
        {QStringLiteral("ci_high"), a.ci ? finite(a.ci->high) : QJsonValue()},
        {QStringLiteral("outliers"), qint64(a.outliers.iqr.size())},
    };
    return o;
}

// Keys the results format leaves out when empty are present here (null, [] or ""), so a
// template can test `r.summary.jitter_ms is none` even under StrictUndefined.
void fillMissing(QJsonObject &o, std::initializer_list<const char *> keys,
                 const QJsonValue &value = QJsonValue::Null) {
    for (const char *key : keys) {
        if (!o.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), value);
    }
}

QJsonObject summaryJson(const Summary &summary) {
    QJsonObject o = summary.toJson();
    fillMissing(o, {"throughput_bps", "sent_bps", "received_bps", "sent_bytes", "received_bytes",
                    "retransmits", "jitter_ms", "lost_packets", "packets", "lost_percent",
                    "out_of_order", "rtt_mean_us", "rtt_min_us", "rtt_max_us", "max_snd_cwnd_bytes",
                    "cpu_local_percent", "cpu_remote_percent", "transactions_per_s", "latency_us"});
    return o;
}

QJsonObject runJson(const RunResult &run, int groupIndex) {
    QJsonObject o = run.toJson();
    o.insert(QStringLiteral("summary"), summaryJson(run.summary));
    if (run.reverseSummary)
        o.insert(QStringLiteral("reverse_summary"), summaryJson(*run.reverseSummary));
    if (!run.qos.isEmpty()) {
        // The verdict as `perfdeck-cli qos` words it, beside the counts it comes from.
        QJsonObject qos = run.qos;
        const QosClassResult judged = QosClassResult::fromJson(run.qos);
        qos.insert(QStringLiteral("verdict_text"), judged.verdictText());
        qos.insert(QStringLiteral("received_text"), judged.receivedText());
        o.insert(QStringLiteral("qos"), qos);
    }
    fillMissing(o,
                {"error", "duration_s", "started_at", "reverse_summary", "tool_version", "source",
                 "test", "client_host", "server_host", "group", "group_label", "class", "qos"});
    fillMissing(o, {"command", "warnings", "intervals"}, QJsonArray());
    fillMissing(o, {"embedded_server"}, false);
    o.insert(QStringLiteral("label"), runLabel(run));
    o.insert(QStringLiteral("title"), runTitle(run));
    o.insert(QStringLiteral("description"), runDescription(run));
    o.insert(QStringLiteral("figure"), runFigure(run));
    o.insert(QStringLiteral("direction_text"), runDirectionText(run));
    o.insert(QStringLiteral("request_response"), isRequestResponse(run));
    o.insert(QStringLiteral("test_type"), ReportContext::testType(run));
    o.insert(QStringLiteral("kind"), RunKind::of(run).describe());
    o.insert(QStringLiteral("group_index"), groupIndex);
    const QString metric = ValueSelection::resolveMetric({run}, QStringLiteral("auto"));
    o.insert(QStringLiteral("value"), optJson(ValueSelection::runValue(run, metric)));
    o.insert(QStringLiteral("metric"), metric);
    // What `perfdeck-cli shaping` says of the run (docs/SHAPING.md): a pass over its intervals.
    o.insert(QStringLiteral("shaping"), ShapingDetector::analyse(run).toJson());
    return o;
}

// The history database's trends of the report's pairs: what `history trend --json` prints
// per pair, each series with its unit and index, each point marked when it is one of this
// report's runs. Null when no database was asked for.
QJsonValue historyJson(const ReportInput &input) {
    if (input.historyPath.isEmpty())
        return QJsonValue::Null;
    QSet<QString> reportRuns;
    for (const RunResult &run : input.runs)
        reportRuns.insert(run.id);
    QJsonArray pairs;
    for (qsizetype t = 0; t < input.history.size(); ++t) {
        QJsonObject pair = input.history.at(t).toJson();
        QJsonArray series = pair.value(QLatin1String("series")).toArray();
        for (qsizetype k = 0; k < series.size(); ++k) {
            QJsonObject one = series.at(k).toObject();
            const QString metric = one.value(QLatin1String("metric")).toString();
            one.insert(QStringLiteral("index"), k);
            one.insert(QStringLiteral("unit"), metric == QLatin1String("throughput_bps")
                                                   ? QStringLiteral("bit/s")
                                                   : QStringLiteral("1/s"));
            QJsonArray points = one.value(QLatin1String("points")).toArray();
            for (qsizetype i = 0; i < points.size(); ++i) {
                QJsonObject point = points.at(i).toObject();
                point.insert(QStringLiteral("in_report"),
                             reportRuns.contains(point.value(QLatin1String("run_id")).toString()));
                points.replace(i, point);
            }
            one.insert(QStringLiteral("points"), points);
            series.replace(k, one);
        }
        pair.insert(QStringLiteral("series"), series);
        pair.insert(QStringLiteral("index"), t);
        pairs.append(pair);
    }
    return QJsonObject{
        {QStringLiteral("file"), input.historyPath},
        {QStringLiteral("exists"), QFileInfo::exists(input.historyPath)},
        {QStringLiteral("error"), input.historyError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(input.historyError)},
        {QStringLiteral("pairs"), pairs},
    };
}

// `stats --json` has "comparison" only with a baseline; templates see it as null without.
QJsonValue statisticsWithComparisonKey(const SampleStatistics &stats) {
    QJsonValue value = stats.toJson();
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    fillMissing(o, {"comparison"});
    return o;
}

// Each distinct pair of ends as a reader names them (inventory names where known): runs
// against the embedded server differ only in its throw-away port, which is not a new end.
QJsonArray endpoints(const QList<RunResult> &runs) {
    QJsonArray result;
    QList<QStringList> seen;
    QList<int> counts;
    QList<const RunResult *> first;
    for (const RunResult &run : runs) {
        const QString server = run.embeddedServer ? QStringLiteral("embedded") : run.server;
        const QStringList key{run.clientHost.isEmpty() ? run.client : run.clientHost,
                              run.serverHost.isEmpty() ? server : run.serverHost};
        const qsizetype at = seen.indexOf(key);
        if (at < 0) {
            seen.append(key);
            counts.append(1);
            first.append(&run);
        } else {
            ++counts[at];
        }
    }
    for (qsizetype i = 0; i < seen.size(); ++i) {
        const RunResult &run = *first[i];
        result.append(QJsonObject{{QStringLiteral("client"), run.client},
                                  {QStringLiteral("server"),
                                   run.embeddedServer ? QStringLiteral("embedded") : run.server},
                                  {QStringLiteral("client_host"), run.clientHost},
                                  {QStringLiteral("server_host"), run.serverHost},
                                  {QStringLiteral("runs"), counts[i]}});
    }
    return result;
}

} // namespace

QString ReportContext::testType(const RunResult &run) {
    if (!run.test.isEmpty())
        return run.test;
    if (run.engine == Engine::Ping)
        return QStringLiteral("PING");
    if (run.protocol == Protocol::Udp)
        return QStringLiteral("UDP_STREAM");
    return run.direction == Direction::Receive ? QStringLiteral("TCP_MAERTS")
                                               : QStringLiteral("TCP_STREAM");
}

QJsonObject ReportContext::build(const ReportInput &input, const ReportContextOptions &options) {
    QJsonObject context;
    const QString version = QStringLiteral(PERFDECK_VERSION);
    context.insert(QStringLiteral("perfdeck_version"), version);
    context.insert(QStringLiteral("generated_at"),
                   dateJson(options.generatedAt.isValid() ? options.generatedAt
                                                          : QDateTime::currentDateTimeUtc()));
    QString generator = options.generator;
    if (generator.isEmpty())
        generator = (QCoreApplication::instance() ? QCoreApplication::applicationName()
                                                  : QStringLiteral("perfdeck")) +
                    QLatin1Char(' ') + version;
    context.insert(QStringLiteral("generator"), generator);
    context.insert(QStringLiteral("template"),
                   QJsonObject{{QStringLiteral("name"), options.templateName},
                               {QStringLiteral("file"), options.templateFile}});
    context.insert(QStringLiteral("output_format"), options.outputFormat);
    context.insert(QStringLiteral("session"),
                   QJsonObject{
                       {QStringLiteral("title"), input.title},
                       {QStringLiteral("notes"), input.notes},
                       {QStringLiteral("kind"), input.kind},
                       {QStringLiteral("file"), input.path},
                       {QStringLiteral("file_name"), QFileInfo(input.path).fileName()},
                       {QStringLiteral("created_at"), dateJson(input.createdAt)},
                       {QStringLiteral("modified_at"), dateJson(input.modifiedAt)},
                       {QStringLiteral("generator"), input.generator},
                   });

    SampleStatisticsOptions statsOptions;
    statsOptions.confidence = options.confidence;
    statsOptions.resamples = options.resamples;
    const QList<Group> groups = groupRuns(input.runs);
    const QList<RunKind> baselineKinds = [&] {
        QList<RunKind> kinds;
        for (const RunResult &run : input.baselineRuns)
            kinds.append(RunKind::of(run));
        return kinds;
    }();

    QList<int> groupOf(input.runs.size(), 0);
    QJsonArray groupsJson;
    QJsonValue primaryFlat = QJsonValue::Null;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group &group = groups.at(g);
        QList<RunResult> runs;
        QJsonArray ids;
        QJsonArray labels;
        int intervalRuns = 0;
        for (qsizetype index : group.members) {
            intervalRuns += !input.runs.at(index).intervals.isEmpty();
            groupOf[index] = int(g);
            runs.append(input.runs.at(index));
            ids.append(input.runs.at(index).id);
            labels.append(runLabel(input.runs.at(index)));
        }
        // A baseline compares with the like runs it has, or with all of it (then the
        // comparison's warnings name what differs).
        QList<RunResult> baseline;
        for (qsizetype i = 0; i < input.baselineRuns.size(); ++i) {
            if (baselineKinds.at(i).isLike(group.kind))
                baseline.append(input.baselineRuns.at(i));
        }
        if (baseline.isEmpty())
            baseline = input.baselineRuns;
        const SampleStatistics stats = SampleStatistics::compute(
            runs, statsOptions, input.baselineRuns.isEmpty() ? nullptr : &baseline);
        QJsonObject o{
            {QStringLiteral("index"), int(g)},
            {QStringLiteral("kind"), group.kind.describe()},
            {QStringLiteral("metric"), stats.metricKey},
            {QStringLiteral("metric_name"), ValueSelection::metricName(stats.metricKey)},
            {QStringLiteral("unit"), unitText(ValueSelection::unitOf(stats.metricKey))},
            {QStringLiteral("better"),
             ValueSelection::betterOf(stats.metricKey) == Stats::Better::Higher
                 ? QStringLiteral("higher")
                 : QStringLiteral("lower")},
            {QStringLiteral("run_ids"), ids},
            {QStringLiteral("run_labels"), labels},
            {QStringLiteral("interval_runs"), intervalRuns},
            {QStringLiteral("statistics"), statisticsWithComparisonKey(stats)},
            {QStringLiteral("error"), stats.error},
            {QStringLiteral("comparison_error"), stats.comparisonError},
        };
        if (!input.baselineRuns.isEmpty()) {
            QJsonArray values;
            ValueSelection::Options base;
            base.metricKey = stats.metricKey;
            for (double v : ValueSelection::select(baseline, base).numbers())
                values.append(v);
            o.insert(QStringLiteral("baseline_values"), values);
        }
        if (stats.analysis) {
            QJsonArray values;
            for (double v : stats.selection.numbers())
                values.append(v);
            o.insert(QStringLiteral("values"), values);
        }
        groupsJson.append(o);
        if (g == 0)
            primaryFlat = flatStatistics(stats);
    }

    QJsonArray runsJson;
    int ok = 0, failed = 0, partial = 0;
    QStringList toolVersions;
    for (qsizetype i = 0; i < input.runs.size(); ++i) {
        const RunResult &run = input.runs.at(i);
        runsJson.append(runJson(run, groupOf.at(i)));
        ok += run.status == RunStatus::Ok;
        failed += run.status == RunStatus::Error;
        partial += run.status == RunStatus::Partial;
        // iperf3 reports "iperf 3.12": keep the number only.
        QString version = run.toolVersion;
        for (const char *prefix : {"iperf3 ", "iperf ", "netperf ", "Netperf version "}) {
            if (version.startsWith(QLatin1String(prefix)))
                version = version.mid(int(qstrlen(prefix)));
        }
        const QString tool =
            toString(run.engine) + (version.isEmpty() ? QString() : QLatin1Char(' ') + version);
        if (!toolVersions.contains(tool))
            toolVersions.append(tool);
    }
    context.insert(QStringLiteral("runs"), runsJson);
    context.insert(QStringLiteral("run_counts"),
                   QJsonObject{{QStringLiteral("total"), int(input.runs.size())},
                               {QStringLiteral("ok"), ok},
                               {QStringLiteral("error"), failed},
                               {QStringLiteral("partial"), partial}});
    context.insert(QStringLiteral("groups"), groupsJson);
    context.insert(QStringLiteral("statistics"), primaryFlat);
    context.insert(QStringLiteral("tool_versions"), QJsonArray::fromStringList(toolVersions));
    context.insert(QStringLiteral("confidence"), options.confidence);

    QJsonArray hosts;
    for (const Host &host : input.inventory.hosts) {
        QJsonObject o = host.toJson();
        fillMissing(o, {"address", "port", "user", "auth", "identity_file", "jump", "site",
                        "region", "location", "notes", "iperf3", "netperf"});
        fillMissing(o, {"roles", "tags"}, QJsonArray());
        hosts.append(o);
    }
    context.insert(QStringLiteral("hosts"), hosts);
    context.insert(QStringLiteral("endpoints"), endpoints(input.runs));
    // The session's plan with its runs, or the plan the runs' cells name (a results file).
    const MatrixResults matrix = MatrixResults::build(input.matrix, input.runs);
    context.insert(QStringLiteral("matrix"),
                   matrix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(matrix.toJson()));

    context.insert(QStringLiteral("history"), historyJson(input));

    if (input.baselineRuns.isEmpty()) {
        context.insert(QStringLiteral("baseline"), QJsonValue::Null);
    } else {
        QJsonArray baseRuns;
        for (const RunResult &run : input.baselineRuns)
            baseRuns.append(runJson(run, -1));
        context.insert(
            QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("file"), input.baselinePath},
                        {QStringLiteral("file_name"), QFileInfo(input.baselinePath).fileName()},
                        {QStringLiteral("runs"), baseRuns}});
    }

    // The flat names of older netperf report templates, for a one-run report.
    if (input.runs.size() == 1) {
        const RunResult &run = input.runs.first();
        const QString metric = ValueSelection::resolveMetric({run}, QStringLiteral("auto"));
        context.insert(QStringLiteral("test_type"), testType(run));
        context.insert(QStringLiteral("throughput"), optJson(run.summary.throughputBps));
        context.insert(QStringLiteral("trans_rate"), optJson(run.summary.transactionsPerS));
        context.insert(QStringLiteral("latency_us"),
                       run.summary.latencyUs.isEmpty()
                           ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(run.summary.latencyUs.toJson()));
        context.insert(QStringLiteral("current"), optJson(ValueSelection::runValue(run, metric)));
        QJsonArray baselines;
        for (const RunResult &base : input.baselineRuns) {
            baselines.append(QJsonObject{
                {QStringLiteral("name"), base.id.isEmpty() ? runLabel(base) : base.id},
                {QStringLiteral("value"), optJson(ValueSelection::runValue(base, metric))}});
        }
        context.insert(QStringLiteral("baselines"), baselines);
    }
    return context;
}

} // namespace Perfdeck

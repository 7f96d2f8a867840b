#include "results/historytrend.h"

#include "stats/specialfunctions.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace Perfdeck {

namespace {

QJsonValue optJson(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// t at `confidence` for n - 1 degrees of freedom, by n: the inverse t CDF is iterative and
// costs more than the rest of a point, and a trend needs only `window` different ones.
class TQuantiles {
public:
    explicit TQuantiles(double confidence)
        : m_confidence(confidence) {}
    double forRuns(qsizetype n) {
        if (size_t(n) >= m_cache.size())
            m_cache.resize(size_t(n) + 1, std::nan(""));
        double &t = m_cache[size_t(n)];
        if (std::isnan(t))
            t = Stats::studentTQuantile(1 - (1 - m_confidence) / 2, double(n - 1));
        return t;
    }

private:
    double m_confidence;
    std::vector<double> m_cache;
};

void addBaseline(HistoryTrendPoint &point, std::span<const double> window, TQuantiles &quantiles) {
    const auto n = qsizetype(window.size());
    point.baselineRuns = int(n);
    double sum = 0;
    for (double v : window)
        sum += v;
    const double mean = sum / double(n);
    double squares = 0;
    for (double v : window)
        squares += (v - mean) * (v - mean);
    const double s = std::sqrt(squares / double(n - 1));
    const double t = quantiles.forRuns(n);
    point.baselineMean = mean;
    point.ciLow = mean - t * s / std::sqrt(double(n));
    point.ciHigh = mean + t * s / std::sqrt(double(n));
    point.predictionLow = mean - t * s * std::sqrt(1 + 1 / double(n));
    // Throughput and transactions: higher is better, so only a drop is a regression.
    point.regression = point.value < *point.predictionLow;
}

} // namespace

HistoryTrend HistoryTrend::compute(const QString &client, const QString &server,
                                   const QList<HistoryEntry> &entries,
                                   const HistoryTrendOptions &options) {
    HistoryTrend trend;
    trend.client = client;
    trend.server = server;
    trend.options = options;
    // Entries with no start time cannot be placed on a time axis.
    std::vector<const HistoryEntry *> usable;
    usable.reserve(size_t(entries.size()));
    for (const HistoryEntry &entry : entries) {
        if (entry.status == RunStatus::Ok && entry.startedAt.isValid() &&
            (entry.throughputBps || entry.transactionsPerS))
            usable.push_back(&entry);
    }
    std::stable_sort(
        usable.begin(), usable.end(),
        [](const HistoryEntry *a, const HistoryEntry *b) { return a->startedAt < b->startedAt; });
    QHash<QString, qsizetype> seriesOf;
    for (const HistoryEntry *entry : usable) {
        auto found = seriesOf.find(entry->kind);
        if (found == seriesOf.end()) {
            HistoryTrendSeries series;
            series.kind = entry->kind;
            // A series measures one thing: bit/s where its first run has it, else trans/s.
            series.metricKey = entry->throughputBps ? QStringLiteral("throughput_bps")
                                                    : QStringLiteral("transactions_per_s");
            found = seriesOf.insert(entry->kind, trend.series.size());
            trend.series << series;
        }
        HistoryTrendSeries &series = trend.series[*found];
        const OptDouble value = series.metricKey == QLatin1String("throughput_bps")
                                    ? entry->throughputBps
                                    : entry->transactionsPerS;
        if (!value)
            continue;
        HistoryTrendPoint point;
        point.id = entry->id;
        point.runId = entry->runId;
        point.startedAt = entry->startedAt;
        point.value = *value;
        series.points << point;
    }
    const int window = std::max(options.window, 2);
    const int minimum = std::clamp(options.minimumBaseline, 2, window);
    TQuantiles quantiles(options.confidence);
    for (HistoryTrendSeries &series : trend.series) {
        std::vector<double> values;
        values.reserve(size_t(series.points.size()));
        for (const HistoryTrendPoint &point : std::as_const(series.points))
            values.push_back(point.value);
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            const qsizetype first = std::max<qsizetype>(0, i - window);
            series.points[i].baselineRuns = int(i - first);
            if (i - first < minimum)
                continue;
            addBaseline(series.points[i],
                        std::span<const double>(values.data() + first, size_t(i - first)),
                        quantiles);
            series.regressions += series.points[i].regression ? 1 : 0;
        }
    }
    std::stable_sort(trend.series.begin(), trend.series.end(),
                     [](const HistoryTrendSeries &a, const HistoryTrendSeries &b) {
                         return a.points.size() > b.points.size();
                     });
    return trend;
}

QJsonObject HistoryTrend::toJson() const {
    QJsonArray seriesArray;
    for (const HistoryTrendSeries &s : series) {
        QJsonArray points;
        for (const HistoryTrendPoint &p : s.points) {
            QJsonObject baseline;
            if (p.baselineMean) {
                baseline = QJsonObject{
                    {QStringLiteral("runs"), p.baselineRuns},
                    {QStringLiteral("mean"), *p.baselineMean},
                    {QStringLiteral("ci_low"), optJson(p.ciLow)},
                    {QStringLiteral("ci_high"), optJson(p.ciHigh)},
                    {QStringLiteral("prediction_low"), optJson(p.predictionLow)},
                };
            }
            points.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("run_id"), p.runId},
                {QStringLiteral("started_at"), p.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("value"), p.value},
                {QStringLiteral("baseline"),
                 p.baselineMean ? QJsonValue(baseline) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("regression"), p.regression},
            });
        }
        seriesArray.append(QJsonObject{
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("metric"), s.metricKey},
            {QStringLiteral("regressions"), s.regressions},
            {QStringLiteral("points"), points},
        });
    }
    return QJsonObject{
        {QStringLiteral("client"), client},
        {QStringLiteral("server"), server},
        {QStringLiteral("confidence"), options.confidence},
        {QStringLiteral("window"), options.window},
        {QStringLiteral("minimum_baseline"), options.minimumBaseline},
        {QStringLiteral("series"), seriesArray},
    };
}

} // namespace Perfdeck

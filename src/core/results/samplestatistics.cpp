#include "results/samplestatistics.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

Stats::AnalysisOptions analysisOptions(const SampleStatisticsOptions &options) {
    Stats::AnalysisOptions result;
    result.confidence = options.confidence;
    result.bootstrap = options.resamples > 0;
    result.bootstrapOptions.resamples = std::max(options.resamples, 2);
    return result;
}

} // namespace

SampleStatistics SampleStatistics::compute(const QList<RunResult> &runs,
                                           const SampleStatisticsOptions &options,
                                           const QList<RunResult> *baseline) {
    SampleStatistics s;
    s.metricKey = ValueSelection::resolveMetric(runs, options.metric);
    ValueSelection::Options selectOptions;
    selectOptions.metricKey = s.metricKey;
    s.selection = ValueSelection::select(runs, selectOptions);
    const std::vector<double> values = s.selection.numbers();
    if (values.empty()) {
        s.error = Tr::tr("no run has a value for %1").arg(s.metricKey);
        return s;
    }
    const Stats::Result<Stats::Analysis> analysis =
        Stats::analyze(values, analysisOptions(options));
    if (!analysis) {
        s.error = analysis.error();
        return s;
    }
    s.analysis = *analysis;
    s.fairness = ValueSelection::jainFairness(runs, s.selection);
    if (!s.selection.kindDifferences.isEmpty())
        s.warnings << Tr::tr("mixes unlike runs: %1")
                          .arg(s.selection.kindDifferences.join(QStringLiteral(", ")));
    if (!baseline)
        return s;
    ValueSelection::Options baseOptions;
    baseOptions.metricKey = s.metricKey;
    const ValueSelection::Selection baseSelection = ValueSelection::select(*baseline, baseOptions);
    const std::vector<double> baseValues = baseSelection.numbers();
    if (baseValues.empty()) {
        s.comparisonError = Tr::tr("no baseline run has a value for %1").arg(s.metricKey);
        return s;
    }
    Stats::CompareOptions compareOptions;
    compareOptions.confidence = options.confidence;
    compareOptions.better = options.better.value_or(ValueSelection::betterOf(s.metricKey));
    const Stats::Result<Stats::Comparison> comparison =
        Stats::compareToBaseline(values, baseValues, compareOptions);
    if (!comparison) {
        s.comparisonError = comparison.error();
        return s;
    }
    s.comparison = *comparison;
    s.comparisonWarnings = ValueSelection::comparisonWarnings(s.selection, baseSelection);
    return s;
}

QJsonValue SampleStatistics::toJson() const {
    if (!analysis)
        return QJsonValue::Null;
    return statisticsJson(*analysis, fairness, warnings, comparison, comparisonWarnings);
}

QJsonObject statisticsJson(const Stats::Analysis &analysis,
                           const std::optional<ValueSelection::Fairness> &fairness,
                           const QStringList &warnings,
                           const std::optional<Stats::Comparison> &comparison,
                           const QStringList &comparisonWarnings) {
    QJsonObject json = Stats::toJson(analysis);
    json.insert(QStringLiteral("jain"),
                fairness ? QJsonValue(QJsonObject{{QStringLiteral("index"), fairness->index},
                                                  {QStringLiteral("streams"), fairness->streams},
                                                  {QStringLiteral("runs"), fairness->runs}})
                         : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (comparison) {
        QJsonObject object = Stats::toJson(*comparison);
        object.insert(QStringLiteral("comparable"), comparisonWarnings.isEmpty());
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(comparisonWarnings));
        json.insert(QStringLiteral("comparison"), object);
    }
    return json;
}

} // namespace Perfdeck

#include "stats/analysis.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Stats {

namespace {

QJsonValue number(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

// Large samples are sorted in two halves on two threads and merged: the sort is most of the
// time of a no-bootstrap analysis of a million values.
std::vector<double> sortedCopy(std::span<const double> values) {
    std::vector<double> data(values.begin(), values.end());
    constexpr std::size_t ParallelThreshold = 200000;
    if (data.size() < ParallelThreshold || std::thread::hardware_concurrency() < 2) {
        std::sort(data.begin(), data.end());
        return data;
    }
    const auto middle = data.begin() + std::ptrdiff_t(data.size() / 2);
    std::thread lower([&data, middle] { std::sort(data.begin(), middle); });
    std::sort(middle, data.end());
    lower.join();
    std::vector<double> merged(data.size());
    std::merge(data.begin(), middle, middle, data.end(), merged.begin());
    return merged;
}

QJsonArray indices(const std::vector<qsizetype> &list) {
    QJsonArray array;
    for (qsizetype index : list)
        array.append(qint64(index));
    return array;
}

} // namespace

Result<Analysis> analyze(std::span<const double> values, const AnalysisOptions &options) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (!(options.confidence > 0 && options.confidence < 1))
        return Error{
            Tr::tr("confidence %1 must be between 0 and 1 (e.g. 0.95)").arg(options.confidence)};
    const std::vector<double> sorted = sortedCopy(values);

    Analysis analysis;
    analysis.descriptive = describeSorted(sorted);
    analysis.boxPlot = boxPlotOfSorted(sorted);
    analysis.histogram = histogramOfSorted(sorted);
    if (values.size() >= std::size_t(std::max(1, options.minOutlierSampleSize)))
        analysis.outliers = findOutliersSorted(values, sorted, options.outlierThresholds);
    else if (values.size() >= 2)
        analysis.notes << Tr::tr("outliers: %1 values are too few to call one an outlier "
                                 "(%2 or more are needed)")
                              .arg(values.size())
                              .arg(options.minOutlierSampleSize);
    if (values.size() < 2)
        analysis.notes << Tr::tr("one value: no spread, interval or test");
    if (const auto ci = tConfidenceInterval(values, options.confidence))
        analysis.ci = *ci;
    if (options.bootstrap && values.size() >= 2) {
        BootstrapOptions bootstrapOptions = options.bootstrapOptions;
        bootstrapOptions.level = options.confidence;
        if (const auto boot = bootstrapMeanInterval(values, bootstrapOptions))
            analysis.bootstrapCi = *boot;
        else
            analysis.notes << QStringLiteral("bootstrap: ") + boot.error();
    }
    if (const auto normality = normalityTest(values)) {
        analysis.normality = *normality;
        if (!normality->note.isEmpty())
            analysis.notes << toString(normality->kind) + QStringLiteral(": ") + normality->note;
    } else {
        analysis.notes << QStringLiteral("normality: ") + normality.error();
    }
    if (analysis.descriptive.n >= 2 && analysis.descriptive.variance == 0)
        analysis.notes << Tr::tr("all values are equal");
    return analysis;
}

QJsonObject toJson(const Analysis &analysis) {
    const Descriptive &d = analysis.descriptive;
    QJsonObject object{
        {QStringLiteral("n"), qint64(d.n)},
        {QStringLiteral("mean"), number(d.mean)},
        {QStringLiteral("median"), number(d.median)},
        {QStringLiteral("stddev"), number(d.stddev)},
        {QStringLiteral("variance"), number(d.variance)},
        {QStringLiteral("cv"), number(d.cv)},
        {QStringLiteral("min"), number(d.min)},
        {QStringLiteral("max"), number(d.max)},
    };
    if (analysis.ci) {
        object.insert(QStringLiteral("ci"),
                      QJsonObject{{QStringLiteral("level"), analysis.ci->level},
                                  {QStringLiteral("low"), number(analysis.ci->low)},
                                  {QStringLiteral("high"), number(analysis.ci->high)}});
    } else {
        object.insert(QStringLiteral("ci"), QJsonValue::Null);
    }
    if (analysis.bootstrapCi) {
        const BootstrapInterval &b = *analysis.bootstrapCi;
        object.insert(QStringLiteral("bootstrap_ci"),
                      QJsonObject{{QStringLiteral("level"), b.level},
                                  {QStringLiteral("low"), number(b.low)},
                                  {QStringLiteral("high"), number(b.high)},
                                  {QStringLiteral("resamples"), b.resamples}});
    } else {
        object.insert(QStringLiteral("bootstrap_ci"), QJsonValue::Null);
    }
    object.insert(QStringLiteral("outliers"),
                  QJsonObject{{QStringLiteral("iqr"), indices(analysis.outliers.iqr)},
                              {QStringLiteral("zscore"), indices(analysis.outliers.zScore)},
                              {QStringLiteral("mad"), indices(analysis.outliers.mad)}});
    if (analysis.normality) {
        const NormalityTest &t = *analysis.normality;
        // Only W has a field in the contract; K^2 (above 5000 values) leaves it null.
        const bool shapiro = t.kind == NormalityTestKind::ShapiroWilk;
        object.insert(QStringLiteral("normality"),
                      QJsonObject{{QStringLiteral("test"), toString(t.kind)},
                                  {QStringLiteral("w"),
                                   shapiro ? number(t.statistic) : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("p"), number(t.p)}});
    } else {
        object.insert(QStringLiteral("normality"), QJsonValue::Null);
    }
    return object;
}

QJsonObject toJson(const Comparison &comparison) {
    return QJsonObject{
        {QStringLiteral("welch_t"), QJsonObject{{QStringLiteral("t"), number(comparison.welch.t)},
                                                {QStringLiteral("df"), number(comparison.welch.df)},
                                                {QStringLiteral("p"), number(comparison.welch.p)}}},
        {QStringLiteral("mann_whitney"),
         QJsonObject{{QStringLiteral("u"), number(comparison.mannWhitney.u)},
                     {QStringLiteral("p"), number(comparison.mannWhitney.p)}}},
        {QStringLiteral("change_percent"), number(comparison.changePercent)},
        {QStringLiteral("significant"), comparison.significant},
        {QStringLiteral("verdict"), toString(comparison.verdict)},
    };
}

} // namespace Perfdeck::Stats

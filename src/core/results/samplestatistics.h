// The statistics of one sample of runs exactly as `perfdeck-cli stats --json` prints them:
// value selection, analysis, Jain fairness and the comparison against a baseline. The CLI and
// the report context both compute through here, so a report shows the numbers `stats` does.
#pragma once

#include "model/runresult.h"
#include "results/valueselection.h"
#include "stats/analysis.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct SampleStatisticsOptions {
    double confidence = 0.95;
    int resamples = 10000; // bootstrap resamples; 0: none
    QString metric = QStringLiteral("auto");
    // Unset: the metric's own direction (ValueSelection::betterOf).
    std::optional<Stats::Better> better;
};

struct SampleStatistics {
    QString metricKey;
    ValueSelection::Selection selection;
    std::optional<Stats::Analysis> analysis; // unset: no value to analyse (see error)
    QString error;
    std::optional<ValueSelection::Fairness> fairness;
    QStringList warnings; // the sample mixes unlike runs
    std::optional<Stats::Comparison> comparison;
    QStringList comparisonWarnings;
    QString comparisonError;

    // Analyses runs; with baseline, also compares them (the baseline read with this
    // sample's metric).
    static SampleStatistics compute(const QList<RunResult> &runs,
                                    const SampleStatisticsOptions &options,
                                    const QList<RunResult> *baseline = nullptr);

    // The `stats --json` object; null when there was nothing to analyse.
    QJsonValue toJson() const;
};

// The `stats --json` object of an analysis (shared by runs and by CSV samples).
QJsonObject statisticsJson(const Stats::Analysis &analysis,
                           const std::optional<ValueSelection::Fairness> &fairness,
                           const QStringList &warnings,
                           const std::optional<Stats::Comparison> &comparison,
                           const QStringList &comparisonWarnings);

} // namespace Perfdeck

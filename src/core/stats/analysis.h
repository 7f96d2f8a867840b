// One call for the whole statistics panel / `perfdeck-cli stats`: descriptive numbers, t and
// bootstrap intervals, outliers, normality, box plot and histogram of one sample, plus the JSON
// objects of the `stats --json` contract (DESIGN.md). NaN values serialise as null.
#pragma once

#include "stats/confidence.h"
#include "stats/descriptive.h"
#include "stats/hypothesis.h"
#include "stats/normality.h"
#include "stats/outliers.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Perfdeck::Stats {

struct AnalysisOptions {
    double confidence = 0.95;
    bool bootstrap = true;
    BootstrapOptions bootstrapOptions; // its level is replaced by `confidence`
    OutlierThresholds outlierThresholds;
    // Below this many values no value is called an outlier: with 3 or 4 values the IQR and MAD
    // shrink to the gap between the two nearest values, so any third value looks extreme.
    int minOutlierSampleSize = 5;
};

struct Analysis {
    Descriptive descriptive;
    std::optional<ConfidenceInterval> ci;         // n >= 2
    std::optional<BootstrapInterval> bootstrapCi; // n >= 2 and options.bootstrap
    Outliers outliers;
    std::optional<NormalityTest> normality; // n >= 3 (n >= 8 above 5000 values)
    BoxPlot boxPlot;
    Histogram histogram;
    QStringList notes; // why a part is missing, degenerate-data remarks
};

// Fails only on unusable input (no values, NaN, infinity) or a confidence outside (0, 1).
Result<Analysis> analyze(std::span<const double> values, const AnalysisOptions &options = {});

// n, mean, median, stddev, variance, cv, min, max, ci, bootstrap_ci, outliers, normality.
QJsonObject toJson(const Analysis &analysis);
// welch_t {t, df, p}, mann_whitney {u, p}, change_percent, significant, verdict.
QJsonObject toJson(const Comparison &comparison);

} // namespace Perfdeck::Stats

// Outlier detection by three rules with thresholds as parameters: Tukey's IQR fences,
// z-score and the modified z-score of Iglewicz & Hoaglin (median absolute deviation).
// Results are indices into the input, ascending.
#pragma once

#include "stats/result.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace Perfdeck::Stats {

struct OutlierThresholds {
    double iqrFactor = 1.5; // outside [Q1 - k IQR, Q3 + k IQR]
    double zScore = 3.0;    // |x - mean| / sd > z, sd with n in the denominator (scipy zscore)
    double mad = 3.5;       // |x - median| / (1.4826 MAD) > m
};

struct Outliers {
    std::vector<qsizetype> iqr;
    std::vector<qsizetype> zScore;
    std::vector<qsizetype> mad;
};

std::vector<qsizetype> iqrOutliers(std::span<const double> values, double factor = 1.5);
std::vector<qsizetype> zScoreOutliers(std::span<const double> values, double threshold = 3.0);
// When MAD is 0 the scale falls back to 1.2533 * mean absolute deviation from the median;
// when that is 0 too, nothing is an outlier.
std::vector<qsizetype> madOutliers(std::span<const double> values, double threshold = 3.5);

Result<Outliers> findOutliers(std::span<const double> values,
                              const OutlierThresholds &thresholds = {});

// With the sorted copy already at hand (no validation; used by analyze()).
Outliers findOutliersSorted(std::span<const double> values, std::span<const double> sorted,
                            const OutlierThresholds &thresholds);

} // namespace Perfdeck::Stats

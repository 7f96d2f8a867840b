// Descriptive statistics of one sample: location, spread, percentiles, the five numbers of a
// box plot, a Freedman-Diaconis histogram and Jain's fairness index. Pure functions; every
// entry point rejects NaN/infinite input with a readable error.
#pragma once

#include "stats/result.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace Perfdeck::Stats {

// Values that are undefined for the sample (variance of one value, CV of a zero mean) are NaN.
struct Descriptive {
    qsizetype n = 0;
    double mean = 0;
    double median = 0;
    double variance = 0; // sample variance (n - 1 in the denominator)
    double stddev = 0;   // sqrt(variance)
    double cv = 0;       // stddev / mean
    double min = 0;
    double max = 0;
};

struct BoxPlot {
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;
    // Tukey whiskers: the most extreme values within 1.5 IQR of the quartiles.
    double whiskerLow = 0;
    double whiskerHigh = 0;
};

// numpy.histogram(values, bins="fd"): equal bins, the last one closed on the right.
struct Histogram {
    std::vector<double> edges; // counts.size() + 1 values
    std::vector<qsizetype> counts;
    double binWidth = 0;
};

// Empty when values are usable; otherwise "no values" or "value 4 (index 3) is NaN".
QString checkFinite(std::span<const double> values);

Result<Descriptive> describe(std::span<const double> values);
// Linear interpolation between closest ranks (Hyndman-Fan type 7, numpy's default):
// percent in [0, 100].
Result<double> percentile(std::span<const double> values, double percent);
Result<BoxPlot> boxPlot(std::span<const double> values);
Result<Histogram> histogram(std::span<const double> values, qsizetype maxBins = 10000);
// (sum x)^2 / (n * sum x^2) for non-negative values, not all zero; 1 means perfectly fair.
Result<double> jainFairness(std::span<const double> values);

// The same on data already checked and sorted ascending (no validation; used by analyze()).
double percentileOfSorted(std::span<const double> sorted, double percent);
Descriptive describeSorted(std::span<const double> sorted);
BoxPlot boxPlotOfSorted(std::span<const double> sorted);
Histogram histogramOfSorted(std::span<const double> sorted, qsizetype maxBins = 10000);
// Mean and sample variance (NaN for n < 2) in two passes; no validation.
struct MeanVariance {
    double mean = 0;
    double variance = 0;
};
MeanVariance meanAndVariance(std::span<const double> values);

} // namespace Perfdeck::Stats

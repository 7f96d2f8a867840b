#include "stats/outliers.h"

#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Perfdeck::Stats {

namespace {

// 1 / Phi^-1(3/4): makes MAD a consistent estimator of the standard deviation.
constexpr double MadToSigma = 1.482602218505602;

std::vector<qsizetype> iqrOutliersSorted(std::span<const double> values,
                                         std::span<const double> sorted, double factor) {
    const double q1 = percentileOfSorted(sorted, 25);
    const double q3 = percentileOfSorted(sorted, 75);
    const double low = q1 - factor * (q3 - q1);
    const double high = q3 + factor * (q3 - q1);
    std::vector<qsizetype> result;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] < low || values[i] > high)
            result.push_back(qsizetype(i));
    }
    return result;
}

std::vector<qsizetype> madOutliersSorted(std::span<const double> values,
                                         std::span<const double> sorted, double threshold) {
    std::vector<qsizetype> result;
    if (values.empty())
        return result;
    const double median = percentileOfSorted(sorted, 50);
    std::vector<double> deviations(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        deviations[i] = std::fabs(values[i] - median);
    double scale = 0;
    {
        std::vector<double> work = deviations;
        const std::size_t mid = work.size() / 2;
        std::nth_element(work.begin(), work.begin() + std::ptrdiff_t(mid), work.end());
        double mad = work[mid];
        if (work.size() % 2 == 0) {
            const double below =
                *std::max_element(work.begin(), work.begin() + std::ptrdiff_t(mid));
            mad = 0.5 * (below + mad);
        }
        scale = MadToSigma * mad;
    }
    if (scale == 0) {
        double sum = 0;
        for (double d : deviations)
            sum += d;
        scale = std::sqrt(std::numbers::pi / 2) * sum / double(deviations.size());
    }
    if (scale == 0)
        return result;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (deviations[i] / scale > threshold)
            result.push_back(qsizetype(i));
    }
    return result;
}

} // namespace

std::vector<qsizetype> iqrOutliers(std::span<const double> values, double factor) {
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return iqrOutliersSorted(values, sorted, factor);
}

std::vector<qsizetype> zScoreOutliers(std::span<const double> values, double threshold) {
    std::vector<qsizetype> result;
    if (values.size() < 2)
        return result;
    const MeanVariance mv = meanAndVariance(values);
    const double n = double(values.size());
    const double sd = std::sqrt(mv.variance * (n - 1) / n);
    if (sd == 0)
        return result;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::fabs(values[i] - mv.mean) / sd > threshold)
            result.push_back(qsizetype(i));
    }
    return result;
}

std::vector<qsizetype> madOutliers(std::span<const double> values, double threshold) {
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return madOutliersSorted(values, sorted, threshold);
}

Outliers findOutliersSorted(std::span<const double> values, std::span<const double> sorted,
                            const OutlierThresholds &thresholds) {
    Outliers outliers;
    outliers.iqr = iqrOutliersSorted(values, sorted, thresholds.iqrFactor);
    outliers.zScore = zScoreOutliers(values, thresholds.zScore);
    outliers.mad = madOutliersSorted(values, sorted, thresholds.mad);
    return outliers;
}

Result<Outliers> findOutliers(std::span<const double> values, const OutlierThresholds &thresholds) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return findOutliersSorted(values, sorted, thresholds);
}

} // namespace Perfdeck::Stats

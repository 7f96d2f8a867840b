#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Stats {

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

std::vector<double> sortedCopy(std::span<const double> values) {
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// numpy's _lerp: exact at both ends, monotonic in t.
double lerp(double a, double b, double t) {
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

} // namespace

QString checkFinite(std::span<const double> values) {
    if (values.empty())
        return Tr::tr("no values");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            const QString what = std::isnan(values[i]) ? QStringLiteral("NaN")
                                 : values[i] > 0       ? QStringLiteral("+infinity")
                                                       : QStringLiteral("-infinity");
            return Tr::tr("value %1 (index %2) is %3; only finite numbers are accepted")
                .arg(i + 1)
                .arg(i)
                .arg(what);
        }
    }
    return {};
}

MeanVariance meanAndVariance(std::span<const double> values) {
    const std::size_t n = values.size();
    if (n == 0)
        return {Nan, Nan};
    double sum = 0;
    for (double v : values)
        sum += v;
    double mean = sum / double(n);
    // Second pass with the corrected two-pass formula (Chan, Golub, LeVeque).
    double sumDev = 0;
    double sumSq = 0;
    for (double v : values) {
        const double d = v - mean;
        sumDev += d;
        sumSq += d * d;
    }
    mean += sumDev / double(n);
    if (n < 2)
        return {mean, Nan};
    const double variance = (sumSq - sumDev * sumDev / double(n)) / double(n - 1);
    return {mean, std::max(0.0, variance)};
}

double percentileOfSorted(std::span<const double> sorted, double percent) {
    if (sorted.empty() || std::isnan(percent))
        return Nan;
    const double h = double(sorted.size() - 1) * std::clamp(percent, 0.0, 100.0) / 100.0;
    const auto lower = std::size_t(std::floor(h));
    if (lower + 1 >= sorted.size())
        return sorted.back();
    return lerp(sorted[lower], sorted[lower + 1], h - double(lower));
}

Descriptive describeSorted(std::span<const double> sorted) {
    Descriptive d;
    d.n = qsizetype(sorted.size());
    if (sorted.empty())
        return d;
    const MeanVariance mv = meanAndVariance(sorted);
    d.mean = mv.mean;
    d.variance = mv.variance;
    d.stddev = std::sqrt(mv.variance);
    d.cv = mv.mean != 0 ? d.stddev / mv.mean : Nan;
    d.median = percentileOfSorted(sorted, 50);
    d.min = sorted.front();
    d.max = sorted.back();
    return d;
}

BoxPlot boxPlotOfSorted(std::span<const double> sorted) {
    BoxPlot box;
    if (sorted.empty())
        return box;
    box.min = sorted.front();
    box.max = sorted.back();
    box.q1 = percentileOfSorted(sorted, 25);
    box.median = percentileOfSorted(sorted, 50);
    box.q3 = percentileOfSorted(sorted, 75);
    const double fence = 1.5 * (box.q3 - box.q1);
    box.whiskerLow = *std::lower_bound(sorted.begin(), sorted.end(), box.q1 - fence);
    box.whiskerHigh = *(std::upper_bound(sorted.begin(), sorted.end(), box.q3 + fence) - 1);
    return box;
}

Histogram histogramOfSorted(std::span<const double> sorted, qsizetype maxBins) {
    Histogram hist;
    if (sorted.empty())
        return hist;
    double first = sorted.front();
    double last = sorted.back();
    if (first == last) {
        first -= 0.5;
        last += 0.5;
    }
    const double n = double(sorted.size());
    const double iqr = percentileOfSorted(sorted, 75) - percentileOfSorted(sorted, 25);
    const double width = 2.0 * iqr * std::pow(n, -1.0 / 3.0);
    qsizetype bins = 1;
    if (width > 0)
        bins = qsizetype(std::min(std::ceil((last - first) / width), double(maxBins)));
    bins = std::max<qsizetype>(1, std::min(bins, maxBins));
    hist.binWidth = (last - first) / double(bins);
    hist.edges.resize(std::size_t(bins) + 1);
    for (qsizetype i = 0; i < bins; ++i)
        hist.edges[std::size_t(i)] = first + double(i) * hist.binWidth;
    hist.edges.back() = last;
    hist.counts.assign(std::size_t(bins), 0);
    // Same index arithmetic and edge corrections as numpy.histogram for uniform bins.
    const double norm = double(bins) / (last - first);
    for (double v : sorted) {
        auto index = qsizetype((v - first) * norm);
        if (index >= bins)
            index = bins - 1;
        if (index < 0)
            index = 0;
        if (v < hist.edges[std::size_t(index)] && index > 0)
            --index;
        else if (index != bins - 1 && v >= hist.edges[std::size_t(index) + 1])
            ++index;
        ++hist.counts[std::size_t(index)];
    }
    return hist;
}

Result<Descriptive> describe(std::span<const double> values) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    const std::vector<double> sorted = sortedCopy(values);
    return describeSorted(sorted);
}

Result<double> percentile(std::span<const double> values, double percent) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (!(percent >= 0 && percent <= 100))
        return Error{Tr::tr("percentile %1 is outside 0..100").arg(percent)};
    const std::vector<double> sorted = sortedCopy(values);
    return percentileOfSorted(sorted, percent);
}

Result<BoxPlot> boxPlot(std::span<const double> values) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    const std::vector<double> sorted = sortedCopy(values);
    return boxPlotOfSorted(sorted);
}

Result<Histogram> histogram(std::span<const double> values, qsizetype maxBins) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (maxBins < 1)
        return Error{Tr::tr("a histogram needs at least one bin")};
    const std::vector<double> sorted = sortedCopy(values);
    return histogramOfSorted(sorted, maxBins);
}

Result<double> jainFairness(std::span<const double> values) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    double sum = 0;
    double sumSq = 0;
    for (double v : values) {
        if (v < 0)
            return Error{Tr::tr("Jain's fairness index needs non-negative values")};
        sum += v;
        sumSq += v * v;
    }
    if (sumSq == 0)
        return Error{Tr::tr("Jain's fairness index is undefined when all values are 0")};
    return sum * sum / (double(values.size()) * sumSq);
}

} // namespace Perfdeck::Stats

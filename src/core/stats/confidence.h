// Confidence intervals for the mean: Student t (closed form) and bootstrap (percentile or
// BCa; seeded, resamples spread over threads, the same numbers for any thread count).
#pragma once

#include "stats/result.h"

#include <QtGlobal>

#include <cstdint>
#include <span>

namespace Perfdeck::Stats {

struct ConfidenceInterval {
    double level = 0.95;
    double low = 0;
    double high = 0;
};

enum class BootstrapMethod { Percentile, BCa };

struct BootstrapOptions {
    double level = 0.95;
    int resamples = 10000;
    std::uint64_t seed = 20240611;
    BootstrapMethod method = BootstrapMethod::BCa;
    int threads = 0; // 0: one per core
};

struct BootstrapInterval {
    double level = 0.95;
    double low = 0;
    double high = 0;
    int resamples = 0;
    BootstrapMethod method = BootstrapMethod::BCa;
};

// mean +- t(1 - (1 - level) / 2, n - 1) * s / sqrt(n); needs n >= 2 and 0 < level < 1.
// Constant data gives the zero-width interval [mean, mean].
Result<ConfidenceInterval> tConfidenceInterval(std::span<const double> values, double level);

// Bootstrap interval of the mean from `resamples` resamples drawn with `seed`.
Result<BootstrapInterval> bootstrapMeanInterval(std::span<const double> values,
                                                const BootstrapOptions &options = {});

// The interval step alone, from a given bootstrap distribution of the mean (e.g. scipy's
// bootstrap_distribution): what the tests use to check the BCa arithmetic to 1e-12.
Result<BootstrapInterval> bootstrapIntervalFromDistribution(std::span<const double> values,
                                                            std::span<const double> bootMeans,
                                                            double level, BootstrapMethod method);

QString toString(BootstrapMethod method);

} // namespace Perfdeck::Stats

#include "stats/confidence.h"

#include "stats/descriptive.h"
#include "stats/specialfunctions.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Stats {

namespace {

QString checkLevel(double level) {
    if (!(level > 0 && level < 1))
        return Tr::tr("confidence level %1 must be between 0 and 1 (e.g. 0.95)").arg(level);
    return {};
}

// SplitMix64 (Steele, Lea, Flood): tiny state, passes BigCrush; one stream per resample so
// the result does not depend on how resamples are shared among threads.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
};

// Lemire's nearly-divisionless unbiased bounded integer from 32 random bits.
struct BoundedDraw {
    std::uint32_t bound;
    std::uint32_t threshold; // (2^32 - bound) % bound

    explicit BoundedDraw(std::uint32_t n)
        : bound(n)
        , threshold(std::uint32_t(-n) % n) {}

    template<typename Source>
    std::uint32_t operator()(std::uint32_t bits, Source &&more) const {
        std::uint64_t m = std::uint64_t(bits) * bound;
        while (std::uint32_t(m) < threshold)
            m = std::uint64_t(std::uint32_t(more())) * bound;
        return std::uint32_t(m >> 32);
    }
};

double resampleMean(std::span<const double> values, std::uint64_t seed, std::uint64_t index) {
    SplitMix64 rng{seed ^ (index * 0xD1B54A32D192ED03ULL)};
    rng.next();
    const auto n = std::uint32_t(values.size());
    const BoundedDraw draw(n);
    auto more = [&rng] { return rng.next(); };
    double sum0 = 0;
    double sum1 = 0;
    std::uint32_t i = 0;
    for (; i + 1 < n; i += 2) {
        const std::uint64_t bits = rng.next();
        sum0 += values[draw(std::uint32_t(bits), more)];
        sum1 += values[draw(std::uint32_t(bits >> 32), more)];
    }
    if (i < n)
        sum0 += values[draw(std::uint32_t(rng.next()), more)];
    return (sum0 + sum1) / double(n);
}

// Fraction of the bootstrap distribution below theta, ties counted half (scipy's
// _percentile_of_score).
double percentileOfScore(std::span<const double> sortedBoot, double theta) {
    const auto below = std::lower_bound(sortedBoot.begin(), sortedBoot.end(), theta);
    const auto belowOrEqual = std::upper_bound(sortedBoot.begin(), sortedBoot.end(), theta);
    const double strictly = double(below - sortedBoot.begin());
    const double orEqual = double(belowOrEqual - sortedBoot.begin());
    return (strictly + orEqual) / (2.0 * double(sortedBoot.size()));
}

} // namespace

QString toString(BootstrapMethod method) {
    return method == BootstrapMethod::BCa ? QStringLiteral("bca") : QStringLiteral("percentile");
}

Result<ConfidenceInterval> tConfidenceInterval(std::span<const double> values, double level) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (const QString error = checkLevel(level); !error.isEmpty())
        return Error{error};
    if (values.size() < 2)
        return Error{Tr::tr("a confidence interval needs at least 2 values")};
    const MeanVariance mv = meanAndVariance(values);
    const double n = double(values.size());
    const double halfWidth =
        studentTQuantile(0.5 + 0.5 * level, n - 1) * std::sqrt(mv.variance / n);
    return ConfidenceInterval{level, mv.mean - halfWidth, mv.mean + halfWidth};
}

Result<BootstrapInterval> bootstrapIntervalFromDistribution(std::span<const double> values,
                                                            std::span<const double> bootMeans,
                                                            double level, BootstrapMethod method) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (const QString error = checkFinite(bootMeans); !error.isEmpty())
        return Error{Tr::tr("bootstrap distribution: ") + error};
    if (const QString error = checkLevel(level); !error.isEmpty())
        return Error{error};
    std::vector<double> sorted(bootMeans.begin(), bootMeans.end());
    std::sort(sorted.begin(), sorted.end());
    const double alpha = 0.5 * (1.0 - level);
    double lowQuantile = alpha;
    double highQuantile = 1.0 - alpha;
    if (method == BootstrapMethod::BCa && sorted.front() != sorted.back()) {
        // Efron & Tibshirani (1993) 14.3; the same arithmetic as scipy.stats.bootstrap.
        const MeanVariance mv = meanAndVariance(values);
        const double z0 = normalQuantile(percentileOfScore(sorted, mv.mean));
        // Jackknife of the mean in closed form: theta_i = (sum - x_i) / (n - 1), so
        // mean(theta_.) - theta_i = (x_i - mean) / (n - 1).
        double sum2 = 0;
        double sum3 = 0;
        for (double v : values) {
            const double u = v - mv.mean; // (n - 1) * (theta_dot - theta_i)
            sum2 += u * u;
            sum3 += u * u * u;
        }
        const double acceleration = sum2 > 0 ? sum3 / (6.0 * std::pow(sum2, 1.5)) : 0.0;
        const double zLow = normalQuantile(alpha);
        const double zHigh = -zLow;
        const double numLow = z0 + zLow;
        const double numHigh = z0 + zHigh;
        lowQuantile = normalCdf(z0 + numLow / (1 - acceleration * numLow));
        highQuantile = normalCdf(z0 + numHigh / (1 - acceleration * numHigh));
        if (!std::isfinite(lowQuantile) || !std::isfinite(highQuantile))
            return Error{Tr::tr("the BCa interval is undefined for this distribution")};
    }
    BootstrapInterval interval;
    interval.level = level;
    interval.method = method;
    interval.resamples = int(sorted.size());
    interval.low = percentileOfSorted(sorted, 100.0 * lowQuantile);
    interval.high = percentileOfSorted(sorted, 100.0 * highQuantile);
    return interval;
}

Result<BootstrapInterval> bootstrapMeanInterval(std::span<const double> values,
                                                const BootstrapOptions &options) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    if (values.size() < 2)
        return Error{Tr::tr("a bootstrap interval needs at least 2 values")};
    if (values.size() > 0xFFFFFFFFu)
        return Error{Tr::tr("too many values for the bootstrap (at most 2^32 - 1)")};
    if (options.resamples < 2)
        return Error{Tr::tr("the bootstrap needs at least 2 resamples")};
    if (const QString error = checkLevel(options.level); !error.isEmpty())
        return Error{error};

    std::vector<double> bootMeans(std::size_t(options.resamples));
    int threads = options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(1, options.resamples / 64));
    auto work = [&](int part) {
        const std::size_t begin = bootMeans.size() * std::size_t(part) / std::size_t(threads);
        const std::size_t end = bootMeans.size() * std::size_t(part + 1) / std::size_t(threads);
        for (std::size_t b = begin; b < end; ++b)
            bootMeans[b] = resampleMean(values, options.seed, b);
    };
    std::vector<std::thread> pool;
    for (int part = 1; part < threads; ++part)
        pool.emplace_back(work, part);
    work(0);
    for (std::thread &thread : pool)
        thread.join();
    return bootstrapIntervalFromDistribution(values, bootMeans, options.level, options.method);
}

} // namespace Perfdeck::Stats

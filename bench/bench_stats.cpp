// Times the full statistics analysis (Perfdeck::Stats::analyze) of a sample: 10,000 values
// with and without a 10,000-resample BCa bootstrap, and 1,000,000 values without bootstrap.
// bench/run_stats_bench.sh feeds the same data to scipy and prints both side by side.
//
// Usage: bench_stats [FILE_10K.f64 FILE_1M.f64]   (raw little-endian doubles; without files
// the data is generated here). Prints "case<TAB>median_ms<TAB>min_ms" lines.
#include "stats/analysis.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace Perfdeck::Stats;

namespace {

std::vector<double> readDoubles(const char *path) {
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<double> values(std::size_t(bytes.size()) / sizeof(double));
    std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(double));
    return values;
}

std::vector<double> generate(std::size_t n) {
    std::mt19937_64 rng(42);
    std::lognormal_distribution<double> dist(std::log(9.4e9), 0.05);
    std::vector<double> values(n);
    for (double &v : values)
        v = dist(rng);
    return values;
}

template<typename F>
void timeIt(const char *name, int repetitions, F &&f) {
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s\t%.3f\t%.3f\n", name, ms[ms.size() / 2], ms.front());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    const std::vector<double> small = argc > 2 ? readDoubles(argv[1]) : generate(10000);
    const std::vector<double> large = argc > 2 ? readDoubles(argv[2]) : generate(1000000);
    if (small.empty() || large.empty()) {
        std::fprintf(stderr, "bench_stats: cannot read the data files\n");
        return 2;
    }
    double sink = 0;
    AnalysisOptions withBootstrap;
    withBootstrap.bootstrapOptions.resamples = 10000;
    AnalysisOptions noBootstrap;
    noBootstrap.bootstrap = false;

    timeIt("10k_bootstrap", 7, [&] {
        const Result<Analysis> a = analyze(small, withBootstrap);
        sink += a->bootstrapCi->low;
    });
    timeIt("10k_no_bootstrap", 31, [&] {
        const Result<Analysis> a = analyze(small, noBootstrap);
        sink += a->ci->low;
    });
    timeIt("1m_no_bootstrap", 7, [&] {
        const Result<Analysis> a = analyze(large, noBootstrap);
        sink += a->ci->low;
    });
    const std::span<const double> half(small.data(), small.size() / 2);
    const std::span<const double> otherHalf(small.data() + small.size() / 2, small.size() / 2);
    timeIt("compare_5k_5k", 31, [&] {
        const Result<Comparison> c = compareToBaseline(half, otherHalf);
        sink += c->welch.p;
    });
    std::fprintf(stderr, "(checksum %g)\n", sink);
    return 0;
}

// Two-sample tests and the baseline verdict: Welch's unequal-variance t-test, the
// Mann-Whitney U test (exact or normal approximation with tie and continuity correction), and
// compareToBaseline(), which turns them into improved / regressed / unchanged.
#pragma once

#include "stats/result.h"

#include <span>

namespace Perfdeck::Stats {

struct WelchTest {
    double t = 0;  // (mean(a) - mean(b)) / sqrt(va/na + vb/nb)
    double df = 0; // Welch-Satterthwaite
    double p = 1;  // two-sided
};

enum class MannWhitneyMethod {
    Auto, // exact when there are no ties and the smaller sample has <= 8 values
    // Exact distribution of U; falls back to Asymptotic when there are ties or when
    // C(n1+n2, n1) >= 2^53 and n1^2 n2^2 / 4 > 5e7 (too much work; the approximation is good).
    Exact,
    Asymptotic, // normal approximation, tie-corrected variance, continuity correction
};

struct MannWhitneyTest {
    double u = 0; // U of the first sample: R1 - n1 (n1 + 1) / 2, as scipy.stats.mannwhitneyu
    double p = 1; // two-sided
    bool exact = false;
};

// Both samples need >= 2 values. If both are constant: t = 0 and p = 1 when the means are
// equal, t = +-inf and p = 0 otherwise (scipy gives NaN).
Result<WelchTest> welchTTest(std::span<const double> a, std::span<const double> b);
Result<MannWhitneyTest> mannWhitneyU(std::span<const double> a, std::span<const double> b,
                                     MannWhitneyMethod method = MannWhitneyMethod::Auto);

// Which way a metric improves: throughput Higher, latency Lower.
enum class Better { Higher, Lower };
enum class Verdict { Improved, Regressed, Unchanged };

struct CompareOptions {
    double confidence = 0.95;
    Better better = Better::Higher;
    // Also demand Mann-Whitney p < 1 - confidence before calling a change significant.
    bool requireMannWhitney = false;
};

struct Comparison {
    WelchTest welch;
    MannWhitneyTest mannWhitney;
    double changePercent = 0; // 100 (mean(candidate) - mean(baseline)) / mean(baseline)
    bool significant = false;
    Verdict verdict = Verdict::Unchanged;
};

// Significant when Welch's p < 1 - confidence (and Mann-Whitney's too if required); the sign
// of the mean difference and `better` then say improved or regressed.
Result<Comparison> compareToBaseline(std::span<const double> candidate,
                                     std::span<const double> baseline,
                                     const CompareOptions &options = {});

QString toString(Verdict verdict);

} // namespace Perfdeck::Stats

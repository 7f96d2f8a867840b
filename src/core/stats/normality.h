// Normality tests: Shapiro-Wilk W with Royston's (1995, AS R94) p-value approximation for
// 3 <= n <= 5000, D'Agostino-Pearson K^2 (omnibus skewness + kurtosis) for larger samples.
#pragma once

#include "stats/result.h"

#include <span>

namespace Perfdeck::Stats {

enum class NormalityTestKind { ShapiroWilk, DAgostinoPearson };

struct NormalityTest {
    NormalityTestKind kind = NormalityTestKind::ShapiroWilk;
    double statistic = 0; // W for Shapiro-Wilk, K^2 for D'Agostino-Pearson
    double p = 0;
    QString note; // e.g. "range zero" for constant data (W = 1, p = 1 as scipy)
};

// n >= 3. Constant data gives W = 1, p = 1 with a note (scipy does the same).
Result<NormalityTest> shapiroWilk(std::span<const double> values);
// n >= 8 (scipy's skewtest limit); the approximation is meant for n >= 20.
Result<NormalityTest> dagostinoPearson(std::span<const double> values);
// Shapiro-Wilk up to 5000 values, D'Agostino-Pearson above.
Result<NormalityTest> normalityTest(std::span<const double> values);

constexpr qsizetype ShapiroWilkMaxN = 5000;

// "shapiro-wilk" / "dagostino-pearson", as in the stats --json output.
QString toString(NormalityTestKind kind);

} // namespace Perfdeck::Stats

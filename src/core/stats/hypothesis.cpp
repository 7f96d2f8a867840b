#include "stats/hypothesis.h"

#include "stats/descriptive.h"
#include "stats/specialfunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Stats {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

QString checkTwo(std::span<const double> a, std::span<const double> b, std::size_t minimum) {
    if (const QString error = checkFinite(a); !error.isEmpty())
        return Tr::tr("first sample: ") + error;
    if (const QString error = checkFinite(b); !error.isEmpty())
        return Tr::tr("second sample: ") + error;
    if (a.size() < minimum || b.size() < minimum)
        return Tr::tr("each sample needs at least %1 values (got %2 and %3)")
            .arg(minimum)
            .arg(a.size())
            .arg(b.size());
    return {};
}

// P(U >= u) for samples of sizes m and n without ties, by the generating function
// prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i). Counts stay exact integers in doubles while the
// total C(m+n, m) is below 2^53; callers check that first.
double exactUpperTail(std::size_t m, std::size_t n, double u) {
    if (m > n)
        std::swap(m, n);
    const std::size_t maxU = m * n;
    std::vector<double> counts(maxU + 1, 0.0);
    counts[0] = 1;
    std::size_t degree = 0;
    for (std::size_t i = 1; i <= m; ++i) {
        const std::size_t up = n + i;
        degree += n;
        for (std::size_t k = degree; k >= up; --k)
            counts[k] -= counts[k - up];
        for (std::size_t k = i; k <= degree; ++k)
            counts[k] += counts[k - i];
    }
    const auto start = std::size_t(std::ceil(u));
    double tail = 0;
    double total = 0;
    for (std::size_t k = 0; k <= maxU; ++k) {
        total += counts[k];
        if (k >= start)
            tail += counts[k];
    }
    return tail / total;
}

bool exactIsRepresentable(std::size_t m, std::size_t n) {
    // log C(m+n, m) < log 2^53
    const double logBinom =
        std::lgamma(double(m + n + 1)) - std::lgamma(double(m + 1)) - std::lgamma(double(n + 1));
    return logBinom < 53 * std::log(2.0) - 1e-9;
}

// Work of the probability recursion below, about m^2 n^2 / 4 multiply-adds.
constexpr double MaxRecursionWork = 5e7;

// P(U >= u) by the recursion of Mann & Whitney (1947) on probabilities,
// p(m, n, k) = m/(m+n) p(m-1, n, k-n) + n/(m+n) p(m, n-1, k): only additions of positive
// terms, so it stays accurate where the integer counts no longer fit in a double.
double recursionUpperTail(std::size_t m, std::size_t n, double u) {
    if (m > n)
        std::swap(m, n);
    std::vector<std::vector<double>> previous(n + 1, std::vector<double>{1.0}); // m' = 0
    for (std::size_t mi = 1; mi <= m; ++mi) {
        std::vector<std::vector<double>> current(n + 1);
        current[0] = {1.0};
        for (std::size_t ni = 1; ni <= n; ++ni) {
            std::vector<double> &dist = current[ni];
            dist.assign(mi * ni + 1, 0.0);
            const double wm = double(mi) / double(mi + ni);
            const double wn = double(ni) / double(mi + ni);
            const std::vector<double> &fromM = previous[ni];    // (mi - 1, ni), shifted by ni
            const std::vector<double> &fromN = current[ni - 1]; // (mi, ni - 1)
            for (std::size_t k = 0; k < fromM.size(); ++k)
                dist[k + ni] += wm * fromM[k];
            for (std::size_t k = 0; k < fromN.size(); ++k)
                dist[k] += wn * fromN[k];
        }
        previous = std::move(current);
    }
    const std::vector<double> &dist = previous[n];
    double tail = 0;
    for (auto k = std::size_t(std::ceil(u)); k < dist.size(); ++k)
        tail += dist[k];
    return tail;
}

// Exact P(U >= u), or NaN when neither method is affordable.
double exactTail(std::size_t m, std::size_t n, double u) {
    if (exactIsRepresentable(m, n))
        return exactUpperTail(m, n, u);
    if (double(m) * double(m) * double(n) * double(n) / 4 <= MaxRecursionWork)
        return recursionUpperTail(m, n, u);
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString toString(Verdict verdict) {
    switch (verdict) {
    case Verdict::Improved:
        return QStringLiteral("improved");
    case Verdict::Regressed:
        return QStringLiteral("regressed");
    case Verdict::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

Result<WelchTest> welchTTest(std::span<const double> a, std::span<const double> b) {
    if (const QString error = checkTwo(a, b, 2); !error.isEmpty())
        return Error{error};
    const MeanVariance ma = meanAndVariance(a);
    const MeanVariance mb = meanAndVariance(b);
    const double na = double(a.size());
    const double nb = double(b.size());
    const double va = ma.variance / na;
    const double vb = mb.variance / nb;
    const double se2 = va + vb;
    WelchTest test;
    const double diff = ma.mean - mb.mean;
    if (se2 == 0) {
        test.df = na + nb - 2;
        test.t = diff == 0 ? 0.0 : std::copysign(Inf, diff);
        test.p = diff == 0 ? 1.0 : 0.0;
        return test;
    }
    test.t = diff / std::sqrt(se2);
    test.df = se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1));
    test.p = studentTTwoSidedP(test.t, test.df);
    return test;
}

Result<MannWhitneyTest> mannWhitneyU(std::span<const double> a, std::span<const double> b,
                                     MannWhitneyMethod method) {
    if (const QString error = checkTwo(a, b, 1); !error.isEmpty())
        return Error{error};
    const std::size_t n1 = a.size();
    const std::size_t n2 = b.size();
    const std::size_t n = n1 + n2;
    // Midranks of the pooled sample; the tie term sum(t^3 - t) for the variance correction.
    std::vector<std::pair<double, bool>> pooled;
    pooled.reserve(n);
    for (double v : a)
        pooled.emplace_back(v, true);
    for (double v : b)
        pooled.emplace_back(v, false);
    std::sort(pooled.begin(), pooled.end(),
              [](const auto &l, const auto &r) { return l.first < r.first; });
    double rankSumA = 0;
    double tieTerm = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && pooled[j].first == pooled[i].first)
            ++j;
        const double midRank = 0.5 * double(i + 1 + j);
        const double t = double(j - i);
        tieTerm += t * t * t - t;
        for (std::size_t k = i; k < j; ++k) {
            if (pooled[k].second)
                rankSumA += midRank;
        }
        i = j;
    }
    MannWhitneyTest test;
    const double u1 = rankSumA - double(n1) * double(n1 + 1) / 2.0;
    const double u2 = double(n1) * double(n2) - u1;
    test.u = u1;
    const double u = std::max(u1, u2);
    const bool ties = tieTerm > 0;
    const bool wantExact = !ties && (method == MannWhitneyMethod::Exact ||
                                     (method == MannWhitneyMethod::Auto && std::min(n1, n2) <= 8));
    if (wantExact) {
        const double tail = exactTail(n1, n2, u);
        if (!std::isnan(tail)) {
            test.exact = true;
            test.p = std::min(1.0, 2.0 * tail);
            return test;
        }
    }
    const double dn = double(n);
    const double mu = double(n1) * double(n2) / 2.0;
    const double sigma =
        std::sqrt(double(n1) * double(n2) / 12.0 * ((dn + 1) - tieTerm / (dn * (dn - 1))));
    if (!(sigma > 0)) {
        test.p = 1.0; // every value tied: no evidence of a shift
        return test;
    }
    const double z = (u - mu - 0.5) / sigma;
    test.p = std::clamp(2.0 * normalSf(z), 0.0, 1.0);
    return test;
}

Result<Comparison> compareToBaseline(std::span<const double> candidate,
                                     std::span<const double> baseline,
                                     const CompareOptions &options) {
    if (!(options.confidence > 0 && options.confidence < 1))
        return Error{
            Tr::tr("confidence %1 must be between 0 and 1 (e.g. 0.95)").arg(options.confidence)};
    const Result<WelchTest> welch = welchTTest(candidate, baseline);
    if (!welch)
        return Error{welch.error()};
    const Result<MannWhitneyTest> mw = mannWhitneyU(candidate, baseline);
    if (!mw)
        return Error{mw.error()};
    Comparison comparison;
    comparison.welch = *welch;
    comparison.mannWhitney = *mw;
    const double meanCandidate = meanAndVariance(candidate).mean;
    const double meanBaseline = meanAndVariance(baseline).mean;
    comparison.changePercent =
        meanBaseline != 0 ? 100.0 * (meanCandidate - meanBaseline) / std::fabs(meanBaseline) : Nan;
    const double alpha = 1.0 - options.confidence;
    comparison.significant = welch->p < alpha && (!options.requireMannWhitney || mw->p < alpha);
    if (comparison.significant && meanCandidate != meanBaseline) {
        const bool higher = meanCandidate > meanBaseline;
        const bool better = options.better == Better::Higher ? higher : !higher;
        comparison.verdict = better ? Verdict::Improved : Verdict::Regressed;
    } else {
        comparison.significant = false;
        comparison.verdict = Verdict::Unchanged;
    }
    return comparison;
}

} // namespace Perfdeck::Stats

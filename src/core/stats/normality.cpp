#include "stats/normality.h"

#include "stats/descriptive.h"
#include "stats/specialfunctions.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Stats {

namespace {

template<std::size_t N>
double poly(const double (&c)[N], double x) {
    double result = c[N - 1];
    for (std::size_t i = N - 1; i-- > 0;)
        result = result * x + c[i];
    return result;
}

// Royston's coefficients a_1..a_{n/2} (positive; the lower half of the sample gets -a_i).
std::vector<double> shapiroWilkCoefficients(std::size_t n) {
    static constexpr double c1[] = {0.0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056};
    static constexpr double c2[] = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    const std::size_t half = n / 2;
    std::vector<double> a(half);
    if (n == 3) {
        a[0] = std::sqrt(0.5);
        return a;
    }
    std::vector<double> m(half);
    const double an25 = double(n) + 0.25;
    double summ2 = 0;
    for (std::size_t i = 0; i < half; ++i) {
        m[i] = -normalQuantile((double(i + 1) - 0.375) / an25);
        summ2 += m[i] * m[i];
    }
    summ2 *= 2;
    const double ssumm2 = std::sqrt(summ2);
    const double rsn = 1.0 / std::sqrt(double(n));
    const double a1 = poly(c1, rsn) + m[0] / ssumm2;
    std::size_t first;
    double fac;
    if (n > 5) {
        first = 2;
        const double a2 = m[1] / ssumm2 + poly(c2, rsn);
        fac = std::sqrt((summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) /
                        (1 - 2 * a1 * a1 - 2 * a2 * a2));
        a[1] = a2;
    } else {
        first = 1;
        fac = std::sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
    }
    a[0] = a1;
    for (std::size_t i = first; i < half; ++i)
        a[i] = m[i] / fac;
    return a;
}

double shapiroWilkP(double w, std::size_t n) {
    if (n == 3) {
        const double p = 6 / std::numbers::pi * (std::asin(std::sqrt(w)) - std::numbers::pi / 3);
        return std::clamp(p, 0.0, 1.0);
    }
    static constexpr double g[] = {-2.273, 0.459};
    static constexpr double c3[] = {0.544, -0.39978, 0.025054, -6.714e-4};
    static constexpr double c4[] = {1.3822, -0.77857, 0.062767, -0.0020322};
    static constexpr double c5[] = {-1.5861, -0.31082, -0.083751, 0.0038915};
    static constexpr double c6[] = {-0.4803, -0.082676, 0.0030302};
    const double an = double(n);
    double y = std::log(1 - w);
    double mean;
    double sd;
    if (n <= 11) {
        const double gamma = poly(g, an);
        if (y >= gamma)
            return 1e-99; // as AS R94: W so small that the p-value underflows
        y = -std::log(gamma - y);
        mean = poly(c3, an);
        sd = std::exp(poly(c4, an));
    } else {
        const double logN = std::log(an);
        mean = poly(c5, logN);
        sd = std::exp(poly(c6, logN));
    }
    return normalSf((y - mean) / sd);
}

// Biased (population) central moments 2, 3, 4.
void centralMoments(std::span<const double> values, double *m2, double *m3, double *m4) {
    const double mean = meanAndVariance(values).mean;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : values) {
        const double d = v - mean;
        const double d2 = d * d;
        s2 += d2;
        s3 += d2 * d;
        s4 += d2 * d2;
    }
    const double n = double(values.size());
    *m2 = s2 / n;
    *m3 = s3 / n;
    *m4 = s4 / n;
}

} // namespace

QString toString(NormalityTestKind kind) {
    return kind == NormalityTestKind::ShapiroWilk ? QStringLiteral("shapiro-wilk")
                                                  : QStringLiteral("dagostino-pearson");
}

Result<NormalityTest> shapiroWilk(std::span<const double> values) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    const std::size_t n = values.size();
    if (n < 3)
        return Error{Tr::tr("Shapiro-Wilk needs at least 3 values, got %1").arg(n)};
    std::vector<double> x(values.begin(), values.end());
    std::sort(x.begin(), x.end());
    NormalityTest result;
    result.kind = NormalityTestKind::ShapiroWilk;
    if (x.front() == x.back()) {
        result.statistic = 1;
        result.p = 1;
        result.note = Tr::tr("all values are equal (range zero); W = 1 by convention");
        return result;
    }
    const std::vector<double> a = shapiroWilkCoefficients(n);
    // Centre and scale by the range so the sums stay well conditioned.
    const double range = x.back() - x.front();
    const double mean = meanAndVariance(x).mean;
    double ss = 0;
    for (double v : x) {
        const double d = (v - mean) / range;
        ss += d * d;
    }
    double numerator = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        numerator += a[i] * (x[n - 1 - i] - x[i]) / range;
    const double w = std::min(1.0, numerator * numerator / ss);
    result.statistic = w;
    result.p = shapiroWilkP(w, n);
    if (n > std::size_t(ShapiroWilkMaxN))
        result.note = Tr::tr("n > 5000: Royston's p-value is not validated here");
    return result;
}

Result<NormalityTest> dagostinoPearson(std::span<const double> values) {
    if (const QString error = checkFinite(values); !error.isEmpty())
        return Error{error};
    const double n = double(values.size());
    if (values.size() < 8)
        return Error{
            Tr::tr("D'Agostino-Pearson needs at least 8 values, got %1").arg(values.size())};
    double m2;
    double m3;
    double m4;
    centralMoments(values, &m2, &m3, &m4);
    NormalityTest result;
    result.kind = NormalityTestKind::DAgostinoPearson;
    if (m2 == 0) {
        result.statistic = 0;
        result.p = 1;
        result.note = Tr::tr("all values are equal; K^2 = 0 by convention");
        return result;
    }
    // Skewness test (D'Agostino 1970), as scipy.stats.skewtest.
    const double b1 = m3 / std::pow(m2, 1.5);
    double y = b1 * std::sqrt((n + 1) * (n + 3) / (6.0 * (n - 2)));
    const double beta2 =
        3.0 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2.0) * (n + 5) * (n + 7) * (n + 9));
    const double w2 = -1 + std::sqrt(2 * (beta2 - 1));
    const double delta = 1 / std::sqrt(0.5 * std::log(w2));
    const double alpha = std::sqrt(2.0 / (w2 - 1));
    if (y == 0)
        y = 1;
    const double zSkew = delta * std::log(y / alpha + std::sqrt((y / alpha) * (y / alpha) + 1));
    // Kurtosis test (Anscombe & Glynn 1983), as scipy.stats.kurtosistest.
    const double b2 = m4 / (m2 * m2);
    const double e = 3.0 * (n - 1) / (n + 1);
    const double varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
    const double x = (b2 - e) / std::sqrt(varb2);
    const double sqrtBeta1 = 6.0 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9)) *
                             std::sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)));
    const double a =
        6.0 + 8.0 / sqrtBeta1 * (2.0 / sqrtBeta1 + std::sqrt(1 + 4.0 / (sqrtBeta1 * sqrtBeta1)));
    const double term1 = 1 - 2 / (9.0 * a);
    const double denom = 1 + x * std::sqrt(2 / (a - 4.0));
    if (denom == 0)
        return Error{Tr::tr("the kurtosis test is undefined for this sample")};
    const double term2 = (denom > 0 ? 1.0 : -1.0) * std::cbrt((1 - 2 / a) / std::fabs(denom));
    const double zKurt = (term1 - term2) / std::sqrt(2 / (9.0 * a));
    result.statistic = zSkew * zSkew + zKurt * zKurt;
    result.p = chiSquaredSf(result.statistic, 2);
    if (n < 20)
        result.note = Tr::tr("n < 20: the kurtosis approximation is rough");
    return result;
}

Result<NormalityTest> normalityTest(std::span<const double> values) {
    if (qsizetype(values.size()) <= ShapiroWilkMaxN)
        return shapiroWilk(values);
    return dagostinoPearson(values);
}

} // namespace Perfdeck::Stats

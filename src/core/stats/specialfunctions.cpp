#include "stats/specialfunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace Perfdeck::Stats {

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double Epsilon = std::numeric_limits<double>::epsilon();
constexpr double Tiny = 1e-300;

// Continued fraction of I_x(a, b) (modified Lentz), valid for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x) {
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < Tiny)
        d = Tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 10000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < 4 * Epsilon)
            break;
    }
    return h;
}

// lgamma(x) - Stirling's approximation, for x >= 10 (the asymptotic series to x^-13).
double stirlingRemainder(double x) {
    const double r = 1.0 / (x * x);
    return (1.0 / 12 +
            r * (-1.0 / 360 +
                 r * (1.0 / 1260 +
                      r * (-1.0 / 1680 + r * (1.0 / 1188 + r * (-691.0 / 360360 + r / 156)))))) /
           x;
}

// log B(a, b) without the cancellation of three large lgamma values (as R's lbeta): the t
// distribution with many degrees of freedom needs it.
double logBeta(double a, double b) {
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    const double halfLog2Pi = 0.5 * std::log(2 * std::numbers::pi);
    if (p >= 10) {
        const double corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
        return -0.5 * std::log(q) + halfLog2Pi + corr + (p - 0.5) * std::log(p / (p + q)) +
               q * std::log1p(-p / (p + q));
    }
    if (q >= 10) {
        const double corr = stirlingRemainder(q) - stirlingRemainder(p + q);
        return std::lgamma(p) + corr + p - p * std::log(p + q) +
               (q - 0.5) * std::log1p(-p / (p + q));
    }
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

// I_x(a, b) with y = 1 - x passed separately so callers avoid cancellation.
double incompleteBeta(double a, double b, double x, double y) {
    if (std::isnan(x) || std::isnan(y) || a <= 0 || b <= 0)
        return Nan;
    if (x <= 0)
        return 0.0;
    if (y <= 0)
        return 1.0;
    const double logFront = a * std::log(x) + b * std::log(y) - logBeta(a, b);
    if (x < (a + 1.0) / (a + b + 2.0))
        return std::exp(logFront) * betaContinuedFraction(a, b, x) / a;
    return 1.0 - std::exp(logFront) * betaContinuedFraction(b, a, y) / b;
}

// Series for P(a, x), x < a + 1.
double gammaSeries(double a, double x) {
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 100000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * Epsilon)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Continued fraction for Q(a, x), x >= a + 1 (modified Lentz).
double gammaContinuedFraction(double a, double x) {
    double b = x + 1.0 - a;
    double c = 1.0 / Tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = b + an / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < 4 * Epsilon)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// Upper tail P(T > t) for t >= 0.
double studentUpperTail(double t, double df) {
    if (std::isinf(df))
        return normalSf(t);
    if (std::isinf(t))
        return 0.0;
    const double t2 = t * t;
    const double x = df / (df + t2);
    const double y = t2 / (df + t2);
    return 0.5 * incompleteBeta(0.5 * df, 0.5, x, y);
}

} // namespace

double normalPdf(double x) {
    return std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi);
}

double normalCdf(double x) {
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalSf(double x) {
    return 0.5 * std::erfc(x / std::numbers::sqrt2);
}

double normalQuantile(double p) {
    if (std::isnan(p) || p < 0 || p > 1)
        return Nan;
    if (p == 0)
        return -Inf;
    if (p == 1)
        return Inf;
    // Acklam's rational approximation (relative error 1.15e-9), then Halley steps on erfc.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    for (int i = 0; i < 3; ++i) {
        // Residual computed in the tail that keeps precision: 1 - p is exact for p >= 0.5.
        const double e = x < 0 ? normalCdf(x) - p : (1.0 - p) - normalSf(x);
        const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(0.5 * x * x);
        const double step = u / (1 + 0.5 * x * u);
        x -= step;
        if (std::fabs(step) <= 1e-16 * std::fabs(x))
            break;
    }
    return x;
}

double regularizedIncompleteBeta(double a, double b, double x) {
    return incompleteBeta(a, b, x, 1.0 - x);
}

double regularizedGammaP(double a, double x) {
    if (std::isnan(a) || std::isnan(x) || a <= 0 || x < 0)
        return Nan;
    if (x == 0)
        return 0.0;
    if (std::isinf(x))
        return 1.0;
    if (x < a + 1)
        return gammaSeries(a, x);
    return 1.0 - gammaContinuedFraction(a, x);
}

double regularizedGammaQ(double a, double x) {
    if (std::isnan(a) || std::isnan(x) || a <= 0 || x < 0)
        return Nan;
    if (x == 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    if (x < a + 1)
        return 1.0 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}

double studentTPdf(double t, double df) {
    if (std::isinf(df))
        return normalPdf(t);
    const double logPdf = std::lgamma(0.5 * (df + 1)) - std::lgamma(0.5 * df) -
                          0.5 * std::log(df * std::numbers::pi) -
                          0.5 * (df + 1) * std::log1p(t * t / df);
    return std::exp(logPdf);
}

double studentTSf(double t, double df) {
    if (std::isnan(t) || std::isnan(df) || df <= 0)
        return Nan;
    return t >= 0 ? studentUpperTail(t, df) : 1.0 - studentUpperTail(-t, df);
}

double studentTCdf(double t, double df) {
    return studentTSf(-t, df);
}

double studentTTwoSidedP(double t, double df) {
    if (std::isnan(t) || std::isnan(df) || df <= 0)
        return Nan;
    return std::fmin(1.0, 2.0 * studentUpperTail(std::fabs(t), df));
}

double studentTQuantile(double p, double df) {
    if (std::isnan(p) || std::isnan(df) || df <= 0 || p < 0 || p > 1)
        return Nan;
    if (p == 0)
        return -Inf;
    if (p == 1)
        return Inf;
    if (p == 0.5)
        return 0.0;
    if (std::isinf(df))
        return normalQuantile(p);
    // Solve P(T > t) = tail for t > 0, then restore the sign.
    const bool upper = p > 0.5;
    const double tail = upper ? 1.0 - p : p;
    if (df == 1) {
        const double t = 1.0 / std::tan(std::numbers::pi * tail);
        return upper ? t : -t;
    }
    // Start from the Cornish-Fisher expansion around the normal quantile, bracket, then run
    // Newton steps that fall back to bisection whenever they leave the bracket.
    const double z = -normalQuantile(tail);
    const double z3 = z * z * z;
    double t = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
    if (!(t > 0) || !std::isfinite(t))
        t = z;
    double lo = 0;
    double hi = std::fmax(t, 1.0);
    while (studentUpperTail(hi, df) > tail) {
        lo = hi;
        hi *= 2;
        if (hi > 1e300)
            return upper ? Inf : -Inf;
    }
    if (!(t > lo && t < hi))
        t = 0.5 * (lo + hi);
    for (int i = 0; i < 200; ++i) {
        const double f = studentUpperTail(t, df) - tail;
        if (f == 0)
            break;
        if (f > 0)
            lo = t;
        else
            hi = t;
        const double density = studentTPdf(t, df);
        double next = density > 0 ? t + f / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        const double change = std::fabs(next - t);
        t = next;
        if (change <= 2 * Epsilon * t || hi - lo <= 2 * Epsilon * hi)
            break;
    }
    return upper ? t : -t;
}

double chiSquaredSf(double x, double df) {
    if (std::isnan(x) || std::isnan(df) || df <= 0)
        return Nan;
    if (x <= 0)
        return 1.0;
    return regularizedGammaQ(0.5 * df, 0.5 * x);
}

} // namespace Perfdeck::Stats

// Special functions behind the statistical tests: normal, Student t and chi-squared
// distributions, regularized incomplete beta and gamma. Double precision, no dependencies;
// tests/unit/tst_statsspecial.cpp checks them against scipy.special / scipy.stats.
#pragma once

namespace Perfdeck::Stats {

double normalPdf(double x);
double normalCdf(double x);
// Upper tail 1 - Phi(x), accurate far into the tail.
double normalSf(double x);
// Inverse of normalCdf; -inf at 0, +inf at 1, NaN outside [0, 1].
double normalQuantile(double p);

// I_x(a, b) for a, b > 0, x in [0, 1].
double regularizedIncompleteBeta(double a, double b, double x);
// Regularized lower and upper incomplete gamma P(a, x) and Q(a, x) = 1 - P(a, x).
double regularizedGammaP(double a, double x);
double regularizedGammaQ(double a, double x);

double studentTPdf(double t, double df);
double studentTCdf(double t, double df);
double studentTSf(double t, double df);
// P(|T| >= |t|).
double studentTTwoSidedP(double t, double df);
// Inverse of studentTCdf for p in (0, 1).
double studentTQuantile(double p, double df);

double chiSquaredSf(double x, double df);

} // namespace Perfdeck::Stats

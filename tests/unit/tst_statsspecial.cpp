// Special functions of the statistics module against scipy.special / scipy.stats values
// (tests/data/stats/reference.json, written by gen_reference.py).
#include "stats/specialfunctions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Perfdeck::Stats;

namespace {

QJsonObject loadSpecial() {
    // PERFDECK_STATS_REFERENCE points the test at another file: an empty or truncated one
    // must make it fail (tst_statsspecialguard runs it so).
    const QString path = qEnvironmentVariable(
        "PERFDECK_STATS_REFERENCE", QStringLiteral(PERFDECK_TEST_DATA "/stats/reference.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("special"))
        .toObject();
}

// Relative agreement, with an absolute floor for values that underflow towards 0.
bool close(double actual, double expected, double rel, double abs = 1e-300) {
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return std::fabs(actual - expected) <= std::max(rel * std::fabs(expected), abs);
}

QString describeMismatch(const char *what, double actual, double expected) {
    return QStringLiteral("%1: got %2, scipy %3 (rel %4)")
        .arg(QLatin1String(what))
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(std::fabs(actual - expected) / std::fabs(expected), 0, 'g', 3);
}

double num(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() ? std::nan("") : v.toDouble();
}

#define EXPECT_CLOSE(what, actual, expected, rel)                                                  \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        QVERIFY2(close(a_, e_, rel), qPrintable(describeMismatch(what, a_, e_)));                  \
    } while (false)

// The reference rows of one function; a test that found none would pass without checking
// anything, so too few rows fail it.
#define REFERENCE_ROWS(rows, name, minimum)                                                        \
    const QJsonArray rows = m_special.value(QStringLiteral(name)).toArray();                       \
    QVERIFY2(rows.size() >= (minimum),                                                             \
             qPrintable(QStringLiteral("reference.json has %1 '%2' rows, expected at least %3")    \
                            .arg(rows.size())                                                      \
                            .arg(QLatin1String(name))                                              \
                            .arg(minimum)))

} // namespace

class TestStatsSpecial : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_special = loadSpecial();
        QVERIFY2(!m_special.isEmpty(), "tests/data/stats/reference.json is missing or invalid");
    }

    void normalDistribution() {
        REFERENCE_ROWS(rows, "normal", 6);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const double x = num(o, "x");
            EXPECT_CLOSE("cdf", normalCdf(x), num(o, "cdf"), 1e-12);
            EXPECT_CLOSE("sf", normalSf(x), num(o, "sf"), 1e-12);
            EXPECT_CLOSE("pdf", normalPdf(x), num(o, "pdf"), 1e-12);
        }
    }

    void normalQuantileMatchesNdtri() {
        REFERENCE_ROWS(rows, "normal_ppf", 10);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            EXPECT_CLOSE("ndtri", normalQuantile(num(o, "p")), num(o, "x"), 1e-12);
        }
        QCOMPARE(normalQuantile(0.0), -INFINITY);
        QCOMPARE(normalQuantile(1.0), INFINITY);
        QVERIFY(std::isnan(normalQuantile(1.5)));
        QVERIFY(std::isnan(normalQuantile(NAN)));
    }

    void studentT() {
        REFERENCE_ROWS(rows, "t", 51);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const double x = num(o, "x");
            const double df = num(o, "df");
            QVERIFY2(close(studentTCdf(x, df), num(o, "cdf"), 1e-10),
                     qPrintable(QStringLiteral("df %1 x %2: ").arg(df).arg(x) +
                                describeMismatch("t cdf", studentTCdf(x, df), num(o, "cdf"))));
            EXPECT_CLOSE("t sf", studentTSf(x, df), num(o, "sf"), 1e-10);
            EXPECT_CLOSE("t pdf", studentTPdf(x, df), num(o, "pdf"), 1e-10);
            const double twoSided = 2 * std::min(num(o, "cdf"), num(o, "sf"));
            EXPECT_CLOSE("two-sided p", studentTTwoSidedP(x, df), std::min(1.0, twoSided), 1e-10);
        }
    }

    void studentTQuantileMatchesPpf() {
        REFERENCE_ROWS(rows, "t_ppf", 50);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const double expected = num(o, "x");
            const double actual = studentTQuantile(num(o, "p"), num(o, "df"));
            // scipy's stdtri itself is off by up to ~2e-9 in the far tails (df = 2, p = 1e-5:
            // 8.7e-10 from the closed form; df = 3, p = 1e-5: scipy's own t.cdf of its ppf
            // gives 0.99999999384e-5), hence 5e-9 here plus the closed-form and round-trip
            // checks below, which hold to 1e-13.
            QVERIFY2(close(actual, expected, 5e-9, 1e-15),
                     qPrintable(describeMismatch("t ppf", actual, expected)));
        }
    }

    void studentTQuantileClosedForms() {
        // df = 2: t = (2p - 1) / sqrt(2 p (1 - p)); df = 1 (Cauchy): t = tan(pi (p - 1/2)).
        for (double p : {1e-12, 1e-5, 0.01, 0.2, 0.6, 0.975, 0.999999}) {
            EXPECT_CLOSE("df 2", studentTQuantile(p, 2), (2 * p - 1) / std::sqrt(2 * p * (1 - p)),
                         1e-13);
            if (p >= 0.01 && p <= 0.99) // tan(pi (p - 1/2)) itself loses digits in the tails
                EXPECT_CLOSE("df 1", studentTQuantile(p, 1), std::tan(M_PI * (p - 0.5)), 1e-12);
            EXPECT_CLOSE("round trip", studentTCdf(studentTQuantile(p, 7.5), 7.5), p, 1e-13);
        }
    }

    void incompleteBeta() {
        REFERENCE_ROWS(rows, "betainc", 101);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            EXPECT_CLOSE("betainc",
                         regularizedIncompleteBeta(num(o, "a"), num(o, "b"), num(o, "x")),
                         num(o, "value"), 1e-10);
        }
    }

    void incompleteGammaAndChiSquared() {
        REFERENCE_ROWS(gammaRows, "gammainc", 20);
        for (const QJsonValue &row : gammaRows) {
            const QJsonObject o = row.toObject();
            EXPECT_CLOSE("gammainc", regularizedGammaP(num(o, "a"), num(o, "x")), num(o, "p"),
                         1e-10);
            EXPECT_CLOSE("gammaincc", regularizedGammaQ(num(o, "a"), num(o, "x")), num(o, "q"),
                         1e-10);
        }
        REFERENCE_ROWS(chiRows, "chi2_sf", 15);
        for (const QJsonValue &row : chiRows) {
            const QJsonObject o = row.toObject();
            EXPECT_CLOSE("chi2 sf", chiSquaredSf(num(o, "x"), num(o, "df")), num(o, "sf"), 1e-10);
        }
    }

    void invalidArgumentsGiveNan() {
        QVERIFY(std::isnan(studentTCdf(1.0, -1.0)));
        QVERIFY(std::isnan(studentTQuantile(0.5, 0.0)));
        QVERIFY(std::isnan(regularizedIncompleteBeta(-1, 1, 0.5)));
        QVERIFY(std::isnan(chiSquaredSf(NAN, 2)));
        QCOMPARE(studentTQuantile(0.5, 7), 0.0);
    }

private:
    QJsonObject m_special;
};

QTEST_GUILESS_MAIN(TestStatsSpecial)
#include "tst_statsspecial.moc"

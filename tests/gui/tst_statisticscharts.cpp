// The statistics panel's values chart: one point per run or per interval, its x axis numbered
// with about ten ticks whatever the count. Going from a handful of runs to an hour of 0.1 s
// intervals (36,000 values) once set the new range with the old one-per-value tick interval:
// QtCharts laid out 36,000 tick labels for a moment and the window stood still for seconds.
#include "gui/statisticscharts.h"
#include "results/valueselection.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>
#include <QValueAxis>
#include <QWidget>

#include <optional>
#include <vector>

using namespace Perfdeck;

// The panel's three chart containers with their charts; the values one shown at a width.
struct Charts {
    explicit Charts(int width) {
        values.resize(width, 300);
        values.show();
    }
    QChart *chart() const { return values.findChild<QChartView *>()->chart(); }
    QWidget values;
    QWidget histogram;
    QWidget boxPlot;
    StatisticsCharts charts{&values, &histogram, &boxPlot};
};

class TestStatisticsCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valuesAxisNeverHoldsThousandsOfTicks() {
        Charts c(500);
        QVERIFY(QTest::qWaitForWindowExposed(&c.values));
        StatisticsCharts &charts = c.charts;
        auto *axisX = qobject_cast<QValueAxis *>(c.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX);
        double mostTicks = 0;
        const auto watch = [axisX, &mostTicks] {
            if (axisX->tickInterval() > 0)
                mostTicks =
                    std::max(mostTicks, (axisX->max() - axisX->min()) / axisX->tickInterval());
        };
        connect(axisX, &QValueAxis::rangeChanged, this, watch);
        connect(axisX, &QValueAxis::tickIntervalChanged, this, watch);

        const std::optional<Stats::Analysis> noAnalysis;
        auto draw = [&](qsizetype n) {
            std::vector<ValueSelection::Value> entries(static_cast<size_t>(n));
            for (qsizetype i = 0; i < n; ++i) {
                entries[size_t(i)].key = QStringLiteral("interval:#1/%1").arg(i);
                entries[size_t(i)].value = 1e9 + double(i % 7) * 1e7;
            }
            StatisticsCharts::Data data;
            data.entries = &entries;
            data.analysis = &noAnalysis;
            data.scale = 1e9;
            data.unit = QStringLiteral("Gbit/s");
            data.perRun = n < 100;
            data.levelText = QStringLiteral("95 %");
            charts.update(data);
        };
        draw(5);
        QVERIFY(axisX->max() >= 5 && axisX->max() < 10);
        draw(36000);
        QVERIFY(axisX->max() >= 36000);
        QVERIFY2((axisX->max() - axisX->min()) / axisX->tickInterval() <= 12,
                 qPrintable(QString::number(axisX->tickInterval())));
        draw(3);
        QVERIFY(axisX->max() < 10);
        QVERIFY2(mostTicks <= 50, qPrintable(QString::number(mostTicks)));
    }

    // The legend names what the chart draws: "Outlier" and "Excluded" only while there are
    // any (five entries in a narrow dock were each cut to a few letters).
    void legendNamesWhatIsDrawn() {
        Charts c(320);
        QVERIFY(QTest::qWaitForWindowExposed(&c.values));
        StatisticsCharts &charts = c.charts;
        QChart *chart = c.chart();
        const auto shown = [chart] {
            QStringList names;
            for (QLegendMarker *marker : chart->legend()->markers())
                if (marker->isVisible() && !marker->label().isEmpty())
                    names << marker->label();
            return names;
        };
        std::vector<ValueSelection::Value> entries(6);
        for (size_t i = 0; i < entries.size(); ++i) {
            entries[i].key = QStringLiteral("run:%1").arg(i);
            entries[i].value = i == 5 ? 9e9 : 1e9 + double(i) * 1e7;
        }
        const std::optional<Stats::Analysis> noAnalysis;
        StatisticsCharts::Data data;
        data.entries = &entries;
        data.analysis = &noAnalysis;
        data.scale = 1e9;
        data.unit = QStringLiteral("Gbit/s");
        data.levelText = QStringLiteral("95 %");
        charts.update(data);
        QVERIFY2(!shown().contains(QStringLiteral("Outlier")), qPrintable(shown().join(", ")));
        QVERIFY(!shown().contains(QStringLiteral("Excluded")));
        QVERIFY(shown().contains(QStringLiteral("Value")));
        data.outliers = {5};
        charts.update(data);
        QVERIFY2(shown().contains(QStringLiteral("Outlier")), qPrintable(shown().join(", ")));
        QVERIFY(!shown().contains(QStringLiteral("Excluded")));
        data.excluded = {0};
        charts.update(data);
        QVERIFY(shown().contains(QStringLiteral("Excluded")));
        data.outliers.clear();
        data.excluded.clear();
        charts.update(data);
        QVERIFY2(!shown().contains(QStringLiteral("Outlier")), qPrintable(shown().join(", ")));
        QVERIFY(!shown().contains(QStringLiteral("Excluded")));
    }
};

QTEST_MAIN(TestStatisticsCharts)
#include "tst_statisticscharts.moc"

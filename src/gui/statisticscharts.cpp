#include "gui/statisticscharts.h"

#include "gui/axisticks.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Perfdeck {

namespace {

const QColor PointColor(0x1f, 0x77, 0xb4);
const QColor OutlierColor(0xd6, 0x27, 0x28);
const QColor ExcludedColor(0x9a, 0x9a, 0x9a);
const QColor MeanColor(0x2c, 0xa0, 0x2c);

// Round axis range with ticks on whole steps and a label format that shows them.
void setNiceRange(QValueAxis *axis, double low, double high) {
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    if (high - low <= 0) {
        const double pad = low == 0 ? 1 : std::fabs(low) * 0.01;
        low -= pad;
        high += pad;
    }
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::clamp(decimals, 0, 6)));
}

void showLegendMarker(QChart *chart, QAbstractSeries *series, bool visible) {
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(visible);
}

void hideLegendMarker(QChart *chart, QAbstractSeries *series) {
    showLegendMarker(chart, series, false);
}

QChart *newChart() {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    return chart;
}

QChartView *newView(QChart *chart, QWidget *container) {
    auto *view = new QChartView(chart, container);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

QValueAxis *newValueAxis(QChart *chart, Qt::Alignment alignment) {
    auto *axis = new QValueAxis(chart);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(font.pointSizeF());
    title.setBold(false);
    axis->setTitleFont(title);
    chart->addAxis(axis, alignment);
    return axis;
}

} // namespace

struct StatisticsCharts::Charts {
    QChart *values = nullptr;
    QValueAxis *valuesX = nullptr;
    QValueAxis *valuesY = nullptr;
    QLineSeries *ciUpper = nullptr;
    QLineSeries *ciLower = nullptr;
    QAreaSeries *ciBand = nullptr;
    QLineSeries *mean = nullptr;
    QLineSeries *trace = nullptr;
    QScatterSeries *points = nullptr;
    QScatterSeries *outliers = nullptr;
    QScatterSeries *excluded = nullptr;

    QChart *histogram = nullptr;
    QValueAxis *histogramX = nullptr;
    QValueAxis *histogramY = nullptr;
    QLineSeries *histogramOutline = nullptr;
    QAreaSeries *histogramArea = nullptr;

    QChart *box = nullptr;
    QBarCategoryAxis *boxX = nullptr;
    QValueAxis *boxY = nullptr;
    QBoxPlotSeries *boxSeries = nullptr;
    QBoxSet *boxSet = nullptr;
    QScatterSeries *boxOutliers = nullptr;
};

StatisticsCharts::StatisticsCharts(QWidget *valuesContainer, QWidget *histogramContainer,
                                   QWidget *boxPlotContainer, QObject *parent)
    : QObject(parent)
    , m_charts(std::make_unique<Charts>()) {
    Charts &c = *m_charts;
    const QColor transparent(0, 0, 0, 0);

    c.values = newChart();
    newView(c.values, valuesContainer);
    c.valuesX = newValueAxis(c.values, Qt::AlignBottom);
    c.valuesY = newValueAxis(c.values, Qt::AlignLeft);
    c.ciUpper = new QLineSeries(c.values);
    c.ciLower = new QLineSeries(c.values);
    c.ciBand = new QAreaSeries(c.ciUpper, c.ciLower);
    QColor band = MeanColor;
    band.setAlpha(45);
    c.ciBand->setColor(band);
    c.ciBand->setBorderColor(transparent);
    c.mean = new QLineSeries;
    c.mean->setName(tr("Mean"));
    c.mean->setPen(QPen(MeanColor, 1.5, Qt::DashLine));
    c.trace = new QLineSeries;
    c.trace->setPen(QPen(QColor(0x1f, 0x77, 0xb4, 90), 1));
    c.points = new QScatterSeries;
    c.points->setName(tr("Value"));
    c.points->setColor(PointColor);
    c.points->setBorderColor(PointColor.darker(130));
    c.points->setMarkerSize(9);
    c.outliers = new QScatterSeries;
    c.outliers->setName(tr("Outlier"));
    c.outliers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    c.outliers->setColor(OutlierColor);
    c.outliers->setBorderColor(OutlierColor.darker(130));
    c.outliers->setMarkerSize(11);
    c.excluded = new QScatterSeries;
    c.excluded->setName(tr("Excluded"));
    c.excluded->setBrush(Qt::NoBrush);
    c.excluded->setPen(QPen(ExcludedColor, 1.5));
    c.excluded->setMarkerSize(10);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{
             c.ciBand, c.mean, c.trace, c.points, c.outliers, c.excluded}) {
        c.values->addSeries(series);
        series->attachAxis(c.valuesX);
        series->attachAxis(c.valuesY);
    }
    hideLegendMarker(c.values, c.trace);
    for (QScatterSeries *series : {c.points, c.outliers, c.excluded}) {
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            if (const qsizetype entry = entryAt(point); entry >= 0)
                Q_EMIT pointClicked(entry);
        });
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            Q_EMIT pointHovered(entryAt(point), state);
        });
    }

    c.histogram = newChart();
    newView(c.histogram, histogramContainer);
    c.histogram->legend()->hide();
    c.histogramX = newValueAxis(c.histogram, Qt::AlignBottom);
    c.histogramY = newValueAxis(c.histogram, Qt::AlignLeft);
    c.histogramY->setTitleText(tr("Count"));
    c.histogramOutline = new QLineSeries(c.histogram);
    c.histogramArea = new QAreaSeries(c.histogramOutline);
    QColor fill = PointColor;
    fill.setAlpha(150);
    c.histogramArea->setColor(fill);
    c.histogramArea->setBorderColor(PointColor.darker(140));
    c.histogram->addSeries(c.histogramArea);
    c.histogramArea->attachAxis(c.histogramX);
    c.histogramArea->attachAxis(c.histogramY);

    c.box = newChart();
    newView(c.box, boxPlotContainer)->setMinimumWidth(130);
    c.box->legend()->hide();
    c.boxX = new QBarCategoryAxis(c.box);
    c.boxX->setVisible(false); // one box: its category says nothing
    c.box->addAxis(c.boxX, Qt::AlignBottom);
    c.boxY = newValueAxis(c.box, Qt::AlignLeft);
    c.boxSeries = new QBoxPlotSeries;
    c.boxSet = new QBoxSet;
    c.boxSet->setBrush(fill);
    c.boxSet->setPen(QPen(PointColor.darker(160), 1.5));
    c.boxSeries->append(c.boxSet);
    c.boxSeries->setBoxWidth(0.45);
    c.boxOutliers = new QScatterSeries;
    c.boxOutliers->setColor(OutlierColor);
    c.boxOutliers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    c.boxOutliers->setMarkerSize(8);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{c.boxSeries, c.boxOutliers}) {
        c.box->addSeries(series);
        series->attachAxis(c.boxX);
        series->attachAxis(c.boxY);
    }
}

StatisticsCharts::~StatisticsCharts() = default;

qsizetype StatisticsCharts::entryAt(const QPointF &point) const {
    const qsizetype index = qRound64(point.x()) - 1;
    return index >= 0 && index < m_entryCount ? index : -1;
}

void StatisticsCharts::update(const Data &data) {
    m_entryCount = qsizetype(data.entries->size());
    updateValues(data);
    updateDistribution(data);
}

void StatisticsCharts::updateValues(const Data &data) {
    Charts &c = *m_charts;
    const std::vector<ValueSelection::Value> &entries = *data.entries;
    c.valuesY->setTitleText(data.unit);
    // How to exclude a value is said under the chart (StatisticsPanel): in the axis title it
    // was cut in a narrow dock.
    c.valuesX->setTitleText(data.perRun ? tr("Run") : tr("Interval"));
    const QSet<qsizetype> &outliers = data.outliers;
    QList<QPointF> points;
    QList<QPointF> outlierPoints;
    QList<QPointF> excludedPoints;
    QList<QPointF> trace;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    // Rates, latencies and counts: none is below 0, and neither is a band drawn around them
    // (a t interval of two values can reach far below 0; the summary still gives its figures).
    const bool nonNegative =
        std::all_of(entries.cbegin(), entries.cend(),
                    [](const ValueSelection::Value &v) { return v.value >= 0; });
    for (qsizetype i = 0; i < qsizetype(entries.size()); ++i) {
        const QPointF point(double(i + 1), entries[i].value / data.scale);
        low = std::min(low, point.y());
        high = std::max(high, point.y());
        if (data.excluded.contains(i)) {
            excludedPoints << point;
            continue;
        }
        trace << point;
        (outliers.contains(i) ? outlierPoints : points) << point;
    }
    c.points->replace(points);
    c.outliers->replace(outlierPoints);
    c.excluded->replace(excludedPoints);
    c.trace->replace(trace);
    // The legend names what is drawn: outliers and excluded values only when there are any
    // (five entries in a narrow dock were each cut to "Mo…", "Abe…").
    showLegendMarker(c.values, c.outliers, !outlierPoints.isEmpty());
    showLegendMarker(c.values, c.excluded, !excludedPoints.isEmpty());
    const double n = double(entries.size());
    const double xLow = 0.5;
    const double xHigh = std::max(1.5, n + 0.5);
    if (*data.analysis) {
        const Stats::Analysis &analysis = **data.analysis;
        const double mean = analysis.descriptive.mean / data.scale;
        c.mean->replace({QPointF(xLow, mean), QPointF(xHigh, mean)});
        if (analysis.ci) {
            const double ciLow = nonNegative ? std::max(0.0, analysis.ci->low / data.scale)
                                             : analysis.ci->low / data.scale;
            const double ciHigh = analysis.ci->high / data.scale;
            c.ciUpper->replace({QPointF(xLow, ciHigh), QPointF(xHigh, ciHigh)});
            c.ciLower->replace({QPointF(xLow, ciLow), QPointF(xHigh, ciLow)});
            low = std::min(low, ciLow);
            high = std::max(high, ciHigh);
        } else {
            c.ciUpper->clear();
            c.ciLower->clear();
        }
    } else {
        c.mean->clear();
        c.ciUpper->clear();
        c.ciLower->clear();
    }
    // The band is the mean's confidence interval; "Mean 95 % CI" was cut in a narrow dock.
    c.ciBand->setName(
        tr("%1 CI", "legend: the confidence interval of the mean").arg(data.levelText));
    c.valuesX->setLabelFormat(QStringLiteral("%.0f"));
    c.valuesX->setTickType(QValueAxis::TicksDynamic);
    c.valuesX->setTickAnchor(1);
    AxisTicks::setRangeAndTicks(c.valuesX, xLow, xHigh, std::max(1.0, std::ceil(n / 10)));
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    const double pad = (high - low) * 0.08;
    setNiceRange(c.valuesY, low - pad, high + pad);
    if (nonNegative && c.valuesY->min() < 0)
        setNiceRange(c.valuesY, 0, c.valuesY->max());
}

void StatisticsCharts::updateDistribution(const Data &data) {
    Charts &c = *m_charts;
    c.histogramX->setTitleText(data.unit);
    if (!*data.analysis) {
        c.histogramOutline->clear();
        c.boxSeries->setVisible(false);
        c.boxOutliers->clear();
        return;
    }
    const Stats::Histogram &h = (*data.analysis)->histogram;
    QList<QPointF> outline;
    qsizetype maxCount = 0;
    if (!h.counts.empty()) {
        // Each bin drops to 0 at its edges so that neighbours of equal height stay apart.
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            const double count = double(h.counts[i]);
            outline << QPointF(h.edges[i] / data.scale, 0)
                    << QPointF(h.edges[i] / data.scale, count)
                    << QPointF(h.edges[i + 1] / data.scale, count)
                    << QPointF(h.edges[i + 1] / data.scale, 0);
            maxCount = std::max(maxCount, h.counts[i]);
        }
        setNiceRange(c.histogramX, h.edges.front() / data.scale, h.edges.back() / data.scale);
    }
    c.histogramOutline->replace(outline);
    c.histogramY->setRange(0, double(std::max<qsizetype>(1, maxCount)));
    c.histogramY->setLabelFormat(QStringLiteral("%.0f"));
    if (maxCount <= 6) {
        c.histogramY->setTickType(QValueAxis::TicksFixed);
        c.histogramY->setTickCount(int(std::max<qsizetype>(1, maxCount)) + 1);
    } else {
        c.histogramY->applyNiceNumbers();
    }
    c.histogram->setTitle(
        tr("Histogram, %n bin(s) (Freedman-Diaconis)", nullptr, int(h.counts.size())));

    const Stats::BoxPlot &b = (*data.analysis)->boxPlot;
    c.boxSet->setValue(QBoxSet::LowerExtreme, b.whiskerLow / data.scale);
    c.boxSet->setValue(QBoxSet::LowerQuartile, b.q1 / data.scale);
    c.boxSet->setValue(QBoxSet::Median, b.median / data.scale);
    c.boxSet->setValue(QBoxSet::UpperQuartile, b.q3 / data.scale);
    c.boxSet->setValue(QBoxSet::UpperExtreme, b.whiskerHigh / data.scale);
    c.boxSeries->setVisible(true);
    QList<QPointF> beyond;
    for (qsizetype index : data.analysed) {
        const double value = (*data.entries)[index].value;
        if (value < b.whiskerLow || value > b.whiskerHigh)
            beyond << QPointF(0, value / data.scale);
    }
    c.boxOutliers->replace(beyond);
    c.boxX->setCategories({QString()});
    c.box->setTitle(tr("Box plot"));
    const double span = b.max - b.min;
    setNiceRange(c.boxY, (b.min - span * 0.05) / data.scale, (b.max + span * 0.05) / data.scale);
}

} // namespace Perfdeck

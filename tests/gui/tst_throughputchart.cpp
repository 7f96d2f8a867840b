// The chart's prepared buffers: decimation keeps extremes within a point budget, samples only
// reach QtCharts on refresh (the 10 Hz timer), and per-stream/sum/reverse curves are built from
// IntervalSamples the way the core delivers them.
#include "gui/runcolors.h"
#include "gui/seriesdecimator.h"
#include "gui/throughputchart.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

using namespace Perfdeck;

namespace {

IntervalSample sample(double endS, double bps, int streams, bool bidir = false) {
    IntervalSample s;
    s.startS = endS - 1;
    s.endS = endS;
    s.bps = bps;
    for (int i = 0; i < streams; ++i) {
        StreamSample st;
        st.id = 5 + i;
        st.bps = bps / streams;
        s.streams.append(st);
    }
    if (bidir) {
        s.reverseBps = bps / 2;
        s.reverseStreams = s.streams;
    }
    return s;
}

// Collects the regions a widget was asked to repaint.
class PaintRecorder final : public QObject {
public:
    QRegion painted;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestThroughputChart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void decimatorKeepsBudgetAndExtremes();
    void samplesReachTheChartOnRefreshOnly();
    void buildsStreamAndReverseCurves();
    void overlaysAndRemovesRuns();
    void requestResponseRunsPlotTransactions();
    void runKeepsItsColourWhateverIsShown();
    void streamCurvesAreDistinguishable();
    void finishedTenSecondRunEndsTheAxisAtTen();
    void liveAxesGrowAhead();
    void rangeJumpsDoNotMakeThousandsOfTicks();
    void finishedRunKeepsItsLegendPlace();
    void failedRunShowsItsErrorNotAnEmptyAxis();
    void firstPointMarkerIsRepaintedAway();
};

void TestThroughputChart::decimatorKeepsBudgetAndExtremes() {
    SeriesDecimator d(200);
    for (int i = 0; i < 36000; ++i)
        d.append(QPointF(i * 0.1, i == 17777 ? 1e10 : (i == 20000 ? -5.0 : 100.0)));
    QCOMPARE(d.count(), qint64(36000));
    const QList<QPointF> points = d.points();
    QVERIFY(points.size() <= 200);
    QVERIFY(points.size() >= 50);
    bool spike = false;
    bool dip = false;
    double lastX = -1;
    for (const QPointF &p : points) {
        spike |= p.y() == 1e10;
        dip |= p.y() == -5.0;
        QVERIFY(p.x() >= lastX); // time order is kept
        lastX = p.x();
    }
    QVERIFY2(spike && dip, "a one-sample spike or dip vanished in decimation");
    QCOMPARE(d.maxY(), 1e10);
    d.setMaxPoints(64);
    QVERIFY(d.points().size() <= 64);
    // Below the budget nothing is folded.
    SeriesDecimator small(100);
    for (int i = 0; i < 40; ++i)
        small.append(QPointF(i, i));
    QCOMPARE(small.points().size(), 40);
}

void TestThroughputChart::samplesReachTheChartOnRefreshOnly() {
    ThroughputChart chart;
    chart.setRefreshIntervalMs(60 * 1000); // keep the timer out of the way
    chart.setRun(QStringLiteral("r"), QStringLiteral("Run 1"), {});
    for (int i = 1; i <= 5; ++i)
        chart.appendSample(QStringLiteral("r"), sample(i, 1e9, 1));
    QCOMPARE(chart.sampleCount(QStringLiteral("r")), qint64(5));
    QCOMPARE(chart.drawnPointCount(), qint64(0));
    QSignalSpy refreshed(&chart, &ThroughputChart::refreshed);
    chart.refresh();
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(chart.drawnPointCount(), qint64(5));
    chart.refresh(); // nothing dirty: no work
    QCOMPARE(refreshed.count(), 1);
    // The timer does it by itself.
    chart.setRefreshIntervalMs(50);
    chart.appendSample(QStringLiteral("r"), sample(6, 1e9, 1));
    QTRY_COMPARE(chart.drawnPointCount(), qint64(6));
}

void TestThroughputChart::buildsStreamAndReverseCurves() {
    ThroughputChart chart;
    chart.setRun(QStringLiteral("r"), QStringLiteral("Run 1"),
                 {sample(1, 4e9, 4, true), sample(2, 4e9, 4, true)});
    chart.refresh();
    // total + reverse + 4 streams + 4 reverse streams
    QCOMPARE(chart.seriesCount(), 10);
    chart.setShowStreams(false);
    chart.refresh();
    QCOMPARE(chart.seriesCount(), 2);
    QCOMPARE(chart.sampleCount(QStringLiteral("r")), qint64(2));
    // A single stream is the total: no separate curve for it.
    chart.setShowStreams(true);
    chart.setRun(QStringLiteral("r"), QStringLiteral("Run 1"), {sample(1, 1e9, 1)});
    QCOMPARE(chart.seriesCount(), 1);
}

void TestThroughputChart::overlaysAndRemovesRuns() {
    ThroughputChart chart;
    chart.setRun(QStringLiteral("a"), QStringLiteral("Run 1"), {sample(1, 1e9, 1)});
    chart.setRun(QStringLiteral("b"), QStringLiteral("Run 2"), {sample(1, 2e9, 1)});
    QCOMPARE(chart.runIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    chart.refresh();
    QCOMPARE(chart.drawnPointCount(), qint64(2));
    chart.removeRun(QStringLiteral("a"));
    chart.refresh();
    QCOMPARE(chart.runIds(), QStringList{QStringLiteral("b")});
    QCOMPARE(chart.drawnPointCount(), qint64(1));
    chart.clear();
    QCOMPARE(chart.seriesCount(), 0);
}

void TestThroughputChart::requestResponseRunsPlotTransactions() {
    // netperf TCP_RR reports transactions/s, no bit rate: the axis says so.
    ThroughputChart chart;
    QList<IntervalSample> rr;
    for (int i = 1; i <= 3; ++i) {
        IntervalSample s;
        s.startS = i - 1;
        s.endS = i;
        s.transactionsPerS = 36000 + i;
        rr.append(s);
    }
    chart.setRun(QStringLiteral("rr"), QStringLiteral("Run 1"), rr);
    chart.refresh();
    const auto *axisY = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axisY);
    QVERIFY2(axisY->titleText().startsWith(QLatin1String("Transactions (thousands/s)")),
             qPrintable(axisY->titleText()));
    QCOMPARE(chart.drawnPointCount(), qint64(3));
    QVERIFY(axisY->max() >= 36.003);
    // Next to a bit-rate run the axis is a bit rate; the transaction curve is hidden rather
    // than drawn in the wrong unit.
    chart.setRun(QStringLiteral("bulk"), QStringLiteral("Run 2"), {sample(1, 2e9, 1)});
    chart.refresh();
    QVERIFY2(axisY->titleText().startsWith(QLatin1String("Throughput (Gbit/s)")),
             qPrintable(axisY->titleText()));
    int visible = 0;
    for (QAbstractSeries *series : chart.chart()->series())
        visible += series->isVisible() ? 1 : 0;
    QCOMPARE(visible, 1);
}

void TestThroughputChart::runKeepsItsColourWhateverIsShown() {
    // The colour follows the run's number: showing #2 alone or after #1 gives the same hue.
    ThroughputChart alone;
    alone.setRun(QStringLiteral("b"), QStringLiteral("#2"), {sample(1, 2e9, 1)}, 0, runColor(2));
    ThroughputChart both;
    both.setRun(QStringLiteral("a"), QStringLiteral("#1"), {sample(1, 1e9, 1)}, 0, runColor(1));
    both.setRun(QStringLiteral("b"), QStringLiteral("#2"), {sample(1, 2e9, 1)}, 0, runColor(2));
    QCOMPARE(alone.colorOf(QStringLiteral("b")), both.colorOf(QStringLiteral("b")));
    QVERIFY(both.colorOf(QStringLiteral("a")) != both.colorOf(QStringLiteral("b")));
    both.setShowStreams(false); // rebuilding keeps it
    QCOMPARE(both.colorOf(QStringLiteral("b")), runColor(2));
    QCOMPARE(runColor(3), runColor(13)); // the palette repeats, deterministically
}

void TestThroughputChart::streamCurvesAreDistinguishable() {
    ThroughputChart chart;
    chart.setRun(QStringLiteral("r"), QStringLiteral("#1"), {sample(1, 4e9, 4)}, 0, runColor(1));
    chart.refresh();
    QList<QColor> colours;
    for (QAbstractSeries *series : chart.chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        colours.append(line->pen().color());
    }
    QCOMPARE(colours.size(), 5);
    // Every pair differs clearly: hue 30 degrees apart, or a clearly different shade.
    for (int i = 0; i < colours.size(); ++i) {
        for (int j = i + 1; j < colours.size(); ++j) {
            const int dh = std::abs(colours[i].hsvHue() - colours[j].hsvHue());
            const int hueGap = std::min(dh, 360 - dh);
            const int valueGap = std::abs(colours[i].value() - colours[j].value());
            QVERIFY2(
                hueGap >= 30 || valueGap >= 50,
                qPrintable(QStringLiteral("%1 vs %2").arg(colours[i].name(), colours[j].name())));
        }
    }
}

void TestThroughputChart::finishedTenSecondRunEndsTheAxisAtTen() {
    // iperf3's last interval of a 10 s test can end at 10.04 s.
    ThroughputChart chart;
    QList<IntervalSample> samples;
    for (int i = 1; i <= 9; ++i)
        samples.append(sample(i, 1e9, 1));
    IntervalSample last = sample(10.04, 1e9, 1);
    last.startS = 9;
    samples.append(last);
    chart.setRun(QStringLiteral("r"), QStringLiteral("#1"), samples);
    chart.refresh();
    const auto *axisX = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axisX);
    QCOMPARE(axisX->max(), 10.0);
}

// Each axis range change relayouts the chart and remaps every series: the slowest frames
// (bench_gui_chart's tail). A live run without a planned end grows its axes ahead.
void TestThroughputChart::liveAxesGrowAhead() {
    ThroughputChart chart;
    chart.setRun(QStringLiteral("live"), QStringLiteral("#1"), {});
    const auto *axisX = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    const auto *axisY = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axisX && axisY);
    int changes = 0;
    double lastX = -1;
    double lastY = -1;
    for (int i = 1; i <= 600; ++i) { // one minute at 10 Hz, the rate creeping up
        IntervalSample s = sample(i * 0.1, 1e9 + 2e6 * i, 1);
        s.startS = (i - 1) * 0.1;
        chart.appendSample(QStringLiteral("live"), s);
        chart.refresh();
        QVERIFY(axisX->max() >= i * 0.1 * 0.99); // a sliver past a tick may stay out
        QVERIFY(axisY->max() * 1e9 >= 1e9 + 2e6 * i);
        if (axisX->max() != lastX || axisY->max() != lastY)
            ++changes;
        lastX = axisX->max();
        lastY = axisY->max();
    }
    // Rounding up to the next tick alone changed the ranges 29 times in this minute, growing
    // half ahead 11 times; time to twice the data and rates by half ahead: 8.
    QVERIFY2(changes <= 9, qPrintable(QString::number(changes)));
    // Once the run is over the axes fit it tightly again, also when its last live sample and
    // its final data arrive between two frames (as the main window does).
    IntervalSample last = sample(60.1, 1e9, 1);
    last.startS = 60;
    chart.appendSample(QStringLiteral("live"), last);
    QList<IntervalSample> done;
    for (int i = 1; i <= 60; ++i)
        done.append(sample(i, 1e9, 1));
    chart.setRun(QStringLiteral("live"), QStringLiteral("#1"), done);
    chart.refresh();
    QCOMPARE(axisX->max(), 60.0);
}

// QtCharts lays an axis out at each of setRange() and setTickInterval(): the new range with the
// old interval made a tick label per old interval for a moment. A first rate of 998 Mbit/s on the
// empty 0-1 axis (interval 0.2) made ~7,500 labels and froze the window for seconds (seen in a
// remote run at 1 Gbit/s); a one-hour run on the 0-10 s axis made 1,800; a grab in between
// showed the rate axis as a column of "...".
void TestThroughputChart::rangeJumpsDoNotMakeThousandsOfTicks() {
    ThroughputChart chart;
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto *axisX = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    const auto *axisY = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    // Every state an axis passes through, also between its two setters: QtCharts lays the
    // axis out at each, and 0-1500 by 0.2 for a moment made 7,500 tick labels and froze the
    // window for seconds.
    double mostTicks = 0;
    for (const QValueAxis *axis : {axisX, axisY}) {
        const auto watch = [axis, &mostTicks] {
            if (axis->tickInterval() > 0)
                mostTicks = std::max(mostTicks, (axis->max() - axis->min()) / axis->tickInterval());
        };
        connect(axis, &QValueAxis::rangeChanged, this, watch);
        connect(axis, &QValueAxis::tickIntervalChanged, this, watch);
    }
    chart.setRun(QStringLiteral("hour"), QStringLiteral("#1"), {}, 3600);
    chart.refresh();
    IntervalSample first = sample(0.5, 998e6, 1);
    first.startS = 0;
    chart.appendSample(QStringLiteral("hour"), first);
    chart.refresh();
    QVERIFY(axisX->max() >= 3600);
    QVERIFY2(axisX->max() / axisX->tickInterval() <= 10,
             qPrintable(QString::number(axisX->tickInterval())));
    QVERIFY2(axisY->max() >= 998 && axisY->max() / axisY->tickInterval() <= 10,
             qPrintable(QStringLiteral("%1 / %2").arg(axisY->max()).arg(axisY->tickInterval())));
    // And back: a short run of a few bit/s after it.
    chart.clear();
    chart.setRun(QStringLiteral("short"), QStringLiteral("#2"), {sample(1, 3, 1)});
    chart.refresh();
    QVERIFY2(axisX->max() <= 2 && axisY->max() <= 10, qPrintable(QString::number(axisX->max())));
    // Tens of ticks at most on the way (thousands before).
    QVERIFY2(mostTicks <= 50, qPrintable(QString::number(mostTicks)));
}

// The walk-through showed "#2 total, #1 total, #3 total": a finished run's final data moved
// its curve to the end of the legend.
void TestThroughputChart::finishedRunKeepsItsLegendPlace() {
    ThroughputChart chart;
    chart.setRun(QStringLiteral("a"), QStringLiteral("#1"), {}, 10);
    chart.setRun(QStringLiteral("b"), QStringLiteral("#2"), {}, 10);
    chart.appendSample(QStringLiteral("a"), sample(1, 1e9, 1));
    chart.appendSample(QStringLiteral("b"), sample(1, 2e9, 1));
    chart.refresh();
    chart.setRun(QStringLiteral("a"), QStringLiteral("#1"), {sample(1, 1e9, 1), sample(2, 1e9, 1)},
                 10);
    chart.refresh();
    QStringList names;
    for (QLegendMarker *marker : chart.chart()->legend()->markers())
        names << marker->label();
    QCOMPARE(names, (QStringList{QStringLiteral("#1 total"), QStringLiteral("#2 total")}));
    QCOMPARE(chart.sampleCount(QStringLiteral("a")), 2);
}

void TestThroughputChart::failedRunShowsItsErrorNotAnEmptyAxis() {
    ThroughputChart chart;
    chart.resize(640, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRun(QStringLiteral("bad"), QStringLiteral("#4"), {});
    chart.setMessage(QStringLiteral("#4 measured nothing: no netserver listening"));
    chart.refresh();
    QCOMPARE(chart.emptyHintText(), QStringLiteral("#4 measured nothing: no netserver listening"));
    const auto *axisY = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY2(!axisY->titleText().startsWith(QLatin1String("Transactions")),
             qPrintable(axisY->titleText()));
    QVERIFY(!chart.hasPoints());
    chart.setRun(QStringLiteral("ok"), QStringLiteral("#5"), {sample(1, 1e9, 1)});
    chart.setMessage(QString());
    chart.refresh();
    QVERIFY(chart.hasPoints());
    QCOMPARE(chart.emptyHintText(), QString());
}

QTEST_MAIN(TestThroughputChart)
// The walk-through under Xvfb showed a fragment of a circle near the top left of the plot during
// and after every run: the first live sample is drawn as a point marker (a line needs two
// points), and when the second arrived QtCharts hid the marker but repainted only the line's
// bounding rect, which does not hold the whole marker. The marker's area must be repainted.
void TestThroughputChart::firstPointMarkerIsRepaintedAway() {
    ThroughputChart chart;
    chart.setRefreshIntervalMs(60 * 1000);
    chart.resize(640, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRun(QStringLiteral("r"), QStringLiteral("#1"), {}, 10);
    chart.appendSample(QStringLiteral("r"), sample(1, 5e9, 1));
    chart.refresh();
    auto *series = qobject_cast<QLineSeries *>(chart.chart()->series().value(0));
    QVERIFY(series && series->pointsVisible());
    QTest::qWait(50); // painted with its marker
    const QPoint marker =
        chart.chartView()->mapFromScene(chart.chart()->mapToPosition(series->at(0), series));
    const QRect markerArea(marker - QPoint(6, 6), QSize(13, 13));
    PaintRecorder recorder;
    chart.chartView()->viewport()->installEventFilter(&recorder);
    chart.appendSample(QStringLiteral("r"), sample(2, 4e9, 1)); // no axis change
    chart.refresh();
    QVERIFY(!series->pointsVisible());
    QTRY_VERIFY(!recorder.painted.isEmpty());
    QTest::qWait(50);
    QVERIFY2(recorder.painted.intersected(markerArea) == QRegion(markerArea),
             qPrintable(QStringLiteral("repainted %1,%2 %3x%4, marker at %5,%6")
                            .arg(recorder.painted.boundingRect().x())
                            .arg(recorder.painted.boundingRect().y())
                            .arg(recorder.painted.boundingRect().width())
                            .arg(recorder.painted.boundingRect().height())
                            .arg(marker.x())
                            .arg(marker.y())));
}

#include "tst_throughputchart.moc"

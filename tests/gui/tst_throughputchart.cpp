// The chart's prepared buffers: decimation keeps extremes within a point budget, samples only
// reach QtCharts on refresh (the 10 Hz timer), and per-stream/sum/reverse curves are built from
// IntervalSamples the way the core delivers them.
#include "gui/seriesdecimator.h"
#include "gui/throughputchart.h"

#include <QChart>
#include <QLineSeries>
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

QTEST_MAIN(TestThroughputChart)
#include "tst_throughputchart.moc"

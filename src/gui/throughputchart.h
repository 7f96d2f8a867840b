// The live throughput plot: per-stream and summed rates over time for one or more runs.
// Samples go into prepared, decimated buffers and only mark the chart dirty; a QTimer pushes
// dirty buffers into QtCharts with replace() at 10 Hz, so a flood of samples never stalls the
// UI and a one-hour run costs the same to draw as a ten-second one.
#pragma once

#include "gui/seriesdecimator.h"
#include "model/runresult.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QLabel;
QT_END_NAMESPACE

namespace Perfdeck {

class ThroughputChart final : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    // Shows a run (replacing what was shown for it) with its intervals so far. A running test
    // passes its planned duration so the time axis does not jump with every sample.
    // color: the run's own colour (runColor()); invalid: the next of the palette.
    void setRun(const QString &runId, const QString &label, const QList<IntervalSample> &intervals,
                double plannedDurationS = 0, const QColor &color = QColor());
    void appendSample(const QString &runId, const IntervalSample &sample);
    // Draws the rate a shown run's traffic pattern asks for over durationS as a dotted line in
    // the run's colour (qos/PatternPhases::requestedCurve), kept while the run is shown; an
    // empty pattern removes it. intervalS > 0: per reporting interval (its mean at its end,
    // like the measured points), so requested and achieved compare point by point.
    void setRequestedRate(const QString &runId, const QString &pattern, Protocol protocol,
                          double durationS, double intervalS = 0);
    bool hasRequestedRate(const QString &runId) const;
    void removeRun(const QString &runId);
    void clear();
    // Shown in place of the plot while nothing is drawn (a failed run's error); empty: the
    // default hint.
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    // The text shown over the empty plot, or empty when curves are drawn.
    QString emptyHintText() const;
    bool hasPoints() const;
    QColor colorOf(const QString &runId) const { return m_runs.value(runId).color; }
    QStringList runIds() const { return m_runOrder; }
    bool hasRun(const QString &runId) const { return m_runs.contains(runId); }

    // Per-stream curves besides the sums (on by default).
    void setShowStreams(bool show);
    bool showStreams() const { return m_showStreams; }

    // Generic series, used by the benchmark and by anything that is not an iperf3 run.
    int addSeries(const QString &name, const QColor &color, qreal width = 1.5);
    void appendPoint(int seriesId, const QPointF &point);

    // Pushes dirty buffers into the chart now (the redraw timer calls this).
    void refresh();
    void setRefreshIntervalMs(int ms) { m_timer.setInterval(ms); }
    int refreshIntervalMs() const { return m_timer.interval(); }
    // The total number of points the chart may draw, shared among the visible series.
    void setPointBudget(int points);

    // Introspection for tests and the benchmark.
    int seriesCount() const { return int(m_tracks.size()); }
    // Raw samples received for a run's sum curve.
    qint64 sampleCount(const QString &runId) const;
    // Points currently handed to QtCharts, over all series.
    qint64 drawnPointCount() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    bool exportPng(const QString &path, QString *error);
    bool exportSvg(const QString &path, QString *error);

Q_SIGNALS:
    void refreshed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Track {
        QString runId;
        QString key; // "sum", "reverse", "s:<id>", "r:<id>", "tps", or "" for generic series
        QLineSeries *series = nullptr;
        SeriesDecimator buffer;
        bool dirty = false;
    };
    struct RunData {
        QString label;
        QColor color;
        QHash<QString, int> trackByKey;
        QList<int> streamOrder;  // stream ids in first-seen order
        QList<int> reverseOrder; // same for the reverse direction
        qint64 samples = 0;
        double plannedDurationS = 0;
        // The traffic pattern whose requested rate is drawn (setRequestedRate()).
        QString pattern;
        Protocol patternProtocol = Protocol::Udp;
        double patternDurationS = 0;
        double patternIntervalS = 0;
    };

    Track &trackFor(const QString &runId, const QString &key);
    int createTrack(const QString &runId, const QString &key, const QString &name,
                    const QColor &color, qreal width, Qt::PenStyle style);
    void feed(const QString &runId, const IntervalSample &sample);
    void drawRequested(const QString &runId);
    void removeTrack(int id);
    void applyBudget();
    // dataX: the last time measured; plannedX: the longest planned test end (0: none);
    // rescaled: the y unit changed, so the current y range means nothing.
    void updateAxes(double dataX, double plannedX, double maxY, bool rescaled);
    void updateEmptyHint();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLabel *m_emptyHint = nullptr;
    QString m_message;
    QTimer m_timer;
    QHash<int, std::shared_ptr<Track>> m_tracks;
    QHash<QString, RunData> m_runs;
    QHash<QString, QList<IntervalSample>> m_runSamples; // to rebuild on setShowStreams()
    QStringList m_runOrder;
    int m_nextTrackId = 0;
    int m_pointBudget = 8192; // bench_gui_chart: 64 curves x 128 points keep p99 < 16 ms
    int m_nextColor = 0;
    double m_yScale = 1e-6; // display unit: bit/s (or transactions/s) * m_yScale
    // The y axis shows transactions/s only when no shown run has a bit rate (netperf *_RR);
    // transaction curves are hidden next to bit-rate curves rather than drawn in wrong units.
    bool m_yTransactions = false;
    bool m_dirty = false;
    bool m_live = false; // samples arrived live since the last refresh
    bool m_showStreams = true;
    bool m_axesDirty = true;
};

} // namespace Perfdeck

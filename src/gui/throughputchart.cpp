#include "gui/throughputchart.h"

#include "gui/axisticks.h"
#include "gui/runcolors.h"
#include "model/format.h"
#include "qos/patternphases.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// Beyond this many curves a legend covers the plot and tells nothing.
constexpr int MaxLegendSeries = 16;

// Round steps for axis ticks: 1, 2, 2.5, 5 x 10^n.
double niceStep(double span, int targetTicks) {
    const double raw = span / std::max(1, targetTicks);
    if (!(raw > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

// The axis end: the value rounded up to a whole tick, ignoring a sliver past the tick (iperf3
// ends a 10 s test at 10.00004 s, or with a last interval to 10.04 s): a 10 s test gets a 0-10
// axis, not 0-12 with an empty band.
double axisEnd(double value, double step, double span) {
    const double sliver = std::min(0.05 * step, 0.01 * span);
    return std::max(step, std::ceil((value - sliver) / step) * step);
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX = new QValueAxis(m_chart);
    m_axisX->setTitleText(tr("Time (s)"));
    m_axisX->setLabelFormat(QStringLiteral("%g"));
    m_axisX->setRange(0, 10);
    // Ticks on round numbers from 0, however the range grows.
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(2);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setTitleText(tr("Throughput (Mbit/s)"));
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setRange(0, 1);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(0.2);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setMinimumSize(240, 160);
    // Every frame moves every curve (replace() calls prepareGeometryChange()): keeping the
    // scene's BSP index up to date for a few dozen items costs more than it saves
    // (bench_gui_chart: ~10 % of a frame's CPU time with 64 curves).
    m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_emptyHint = new QLabel(m_view->viewport());
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextInteractionFlags(Qt::NoTextInteraction);
    m_emptyHint->setMargin(12);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *hintLayout = new QVBoxLayout(m_view->viewport());
    // A boxed note in the middle of the plot, readable over the axes it covers.
    m_emptyHint->setAutoFillBackground(true);
    m_emptyHint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint->setMaximumWidth(420);
    hintLayout->addWidget(m_emptyHint, 0, Qt::AlignCenter);

    updateEmptyHint();
    m_timer.setInterval(100); // 10 Hz
    connect(&m_timer, &QTimer::timeout, this, &ThroughputChart::refresh);
    m_timer.start();
}

ThroughputChart::~ThroughputChart() = default;

int ThroughputChart::createTrack(const QString &runId, const QString &key, const QString &name,
                                 const QColor &color, qreal width, Qt::PenStyle style) {
    auto track = std::make_shared<Track>();
    track->runId = runId;
    track->key = key;
    track->series = new QLineSeries(m_chart);
    track->series->setName(name);
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    track->series->setPen(pen);
    // Only the chart's own colours are used, so its theme must not override the pen.
    m_chart->addSeries(track->series);
    track->series->attachAxis(m_axisX);
    track->series->attachAxis(m_axisY);
    track->series->setPen(pen);
    const int id = m_nextTrackId++;
    m_tracks.insert(id, track);
    applyBudget();
    updateEmptyHint();
    return id;
}

void ThroughputChart::removeTrack(int id) {
    const auto track = m_tracks.take(id);
    if (!track)
        return;
    m_chart->removeSeries(track->series);
    delete track->series;
}

ThroughputChart::Track &ThroughputChart::trackFor(const QString &runId, const QString &key) {
    RunData &run = m_runs[runId];
    auto it = run.trackByKey.constFind(key);
    if (it != run.trackByKey.constEnd())
        return *m_tracks.value(*it);
    QString name;
    QColor color = run.color;
    qreal width = 2.0;
    Qt::PenStyle style = Qt::SolidLine;
    if (key == QLatin1String("sum")) {
        name = tr("%1 total").arg(run.label);
    } else if (key == QLatin1String("target")) {
        name = tr("%1 requested").arg(run.label);
        style = Qt::DotLine;
        // Beads twice as wide as the measured line and see-through: where the pattern was
        // achieved the two lie on each other, and both must still be seen there.
        width = 4.0;
        color.setAlpha(140);
    } else if (key == QLatin1String("tps")) {
        name = tr("%1 transactions/s").arg(run.label);
    } else if (key == QLatin1String("reverse")) {
        name = tr("%1 reverse").arg(run.label);
        style = Qt::DashLine;
    } else {
        const bool reverse = key.startsWith(QLatin1String("r:"));
        const int streamId = key.mid(2).toInt();
        QList<int> &order = reverse ? run.reverseOrder : run.streamOrder;
        if (!order.contains(streamId))
            order.append(streamId);
        name = reverse ? tr("%1 reverse stream %2").arg(run.label).arg(order.indexOf(streamId) + 1)
                       : tr("%1 stream %2").arg(run.label).arg(order.indexOf(streamId) + 1);
        // Streams of a run share its hue family but stay apart from each other.
        color = streamColor(color, int(order.indexOf(streamId)));
        width = 1.0;
        if (reverse)
            style = Qt::DashLine;
    }
    const int id = createTrack(runId, key, name, color, width, style);
    run.trackByKey.insert(key, id);
    m_axesDirty = true;
    return *m_tracks.value(id);
}

void ThroughputChart::feed(const QString &runId, const IntervalSample &sample) {
    if (sample.omitted)
        return;
    const double x = sample.endS;
    auto put = [&](const QString &key, double bps) {
        Track &track = trackFor(runId, key);
        track.buffer.append(QPointF(x, bps));
        track.dirty = true;
    };
    if (sample.bps)
        put(QStringLiteral("sum"), *sample.bps);
    else if (sample.transactionsPerS)
        put(QStringLiteral("tps"), *sample.transactionsPerS);
    if (sample.reverseBps)
        put(QStringLiteral("reverse"), *sample.reverseBps);
    // A single stream's curve is the sum's curve: drawing it twice only adds clutter.
    if (m_showStreams && sample.streams.size() > 1) {
        for (const StreamSample &s : sample.streams) {
            if (s.bps)
                put(QStringLiteral("s:%1").arg(s.id), *s.bps);
        }
    }
    if (m_showStreams && sample.reverseStreams.size() > 1) {
        for (const StreamSample &s : sample.reverseStreams) {
            if (s.bps)
                put(QStringLiteral("r:%1").arg(s.id), *s.bps);
        }
    }
    ++m_runs[runId].samples;
    m_dirty = true;
}

void ThroughputChart::setRun(const QString &runId, const QString &label,
                             const QList<IntervalSample> &intervals, double plannedDurationS,
                             const QColor &runColorWanted) {
    QColor color = runColorWanted;
    RunData run;
    if (m_runs.contains(runId)) {
        const RunData old = m_runs.take(runId);
        run.pattern = old.pattern;
        run.patternProtocol = old.patternProtocol;
        run.patternDurationS = old.patternDurationS;
        if (!color.isValid())
            color = old.color;
        if (old.label == label && old.color == color) {
            // The run's final data replaces its live samples in the same curves, so the legend
            // keeps the runs in their order rather than moving a finished run to the end.
            run.trackByKey = old.trackByKey;
            run.streamOrder = old.streamOrder;
            run.reverseOrder = old.reverseOrder;
            for (int id : std::as_const(run.trackByKey)) {
                if (const auto track = m_tracks.value(id)) {
                    track->buffer.clear();
                    track->dirty = true;
                }
            }
        } else {
            for (int id : old.trackByKey)
                removeTrack(id);
        }
    } else {
        if (!color.isValid())
            color = runColor(++m_nextColor);
        m_runOrder.append(runId);
    }
    run.label = label;
    run.color = color;
    run.plannedDurationS = plannedDurationS;
    m_runs.insert(runId, run);
    m_runSamples.insert(runId, intervals);
    for (const IntervalSample &s : intervals)
        feed(runId, s);
    drawRequested(runId);
    // Curves the final data no longer has (e.g. streams after "show streams" was turned off).
    RunData &kept = m_runs[runId];
    for (auto it = kept.trackByKey.begin(); it != kept.trackByKey.end();) {
        const auto track = m_tracks.value(*it);
        if (!track || track->buffer.count() == 0) {
            removeTrack(*it);
            it = kept.trackByKey.erase(it);
        } else {
            ++it;
        }
    }
    // A run shown whole (its final data replacing the live samples) gets tight axes, even
    // when its last live sample arrived since the previous frame.
    if (!intervals.isEmpty())
        m_live = false;
    m_dirty = true;
    m_axesDirty = true;
    updateEmptyHint();
}

void ThroughputChart::appendSample(const QString &runId, const IntervalSample &sample) {
    if (!m_runs.contains(runId))
        return;
    m_runSamples[runId].append(sample);
    feed(runId, sample);
    m_live = true;
}

void ThroughputChart::setRequestedRate(const QString &runId, const QString &pattern,
                                       Protocol protocol, double durationS, double intervalS) {
    if (!m_runs.contains(runId))
        return;
    RunData &run = m_runs[runId];
    if (run.pattern == pattern && run.patternProtocol == protocol &&
        run.patternDurationS == durationS && run.patternIntervalS == intervalS &&
        run.trackByKey.contains(QStringLiteral("target")))
        return;
    run.pattern = pattern;
    run.patternProtocol = protocol;
    run.patternDurationS = durationS;
    run.patternIntervalS = intervalS;
    drawRequested(runId);
    updateEmptyHint();
}

bool ThroughputChart::hasRequestedRate(const QString &runId) const {
    return m_runs.value(runId).trackByKey.contains(QStringLiteral("target"));
}

void ThroughputChart::drawRequested(const QString &runId) {
    RunData &run = m_runs[runId];
    const QString key = QStringLiteral("target");
    const QList<QPointF> curve =
        run.pattern.isEmpty()
            ? QList<QPointF>()
            : PatternPhases::requestedCurve(run.pattern, run.patternProtocol, run.patternDurationS,
                                            run.patternIntervalS);
    if (curve.isEmpty()) {
        if (const auto it = run.trackByKey.constFind(key); it != run.trackByKey.constEnd()) {
            removeTrack(*it);
            run.trackByKey.remove(key);
            applyBudget();
        }
        m_dirty = true;
        m_axesDirty = true;
        return;
    }
    Track &track = trackFor(runId, key);
    track.buffer.clear();
    for (const QPointF &p : curve)
        track.buffer.append(p);
    track.dirty = true;
    m_dirty = true;
    m_axesDirty = true;
}

void ThroughputChart::removeRun(const QString &runId) {
    if (!m_runs.contains(runId))
        return;
    for (int id : m_runs.value(runId).trackByKey)
        removeTrack(id);
    m_runs.remove(runId);
    m_runSamples.remove(runId);
    m_runOrder.removeAll(runId);
    applyBudget();
    m_dirty = true;
    m_axesDirty = true;
    updateEmptyHint();
}

void ThroughputChart::clear() {
    const QList<int> ids = m_tracks.keys();
    for (int id : ids)
        removeTrack(id);
    m_runs.clear();
    m_runSamples.clear();
    m_runOrder.clear();
    m_nextColor = 0;
    m_dirty = true;
    m_axesDirty = true;
    updateEmptyHint();
}

void ThroughputChart::setShowStreams(bool show) {
    if (show == m_showStreams)
        return;
    m_showStreams = show;
    const QStringList order = m_runOrder;
    for (const QString &id : order) {
        const QList<IntervalSample> samples = m_runSamples.value(id);
        setRun(id, m_runs.value(id).label, samples, m_runs.value(id).plannedDurationS,
               m_runs.value(id).color);
    }
}

int ThroughputChart::addSeries(const QString &name, const QColor &color, qreal width) {
    const int id = createTrack(QString(), QString(), name, color, width, Qt::SolidLine);
    m_axesDirty = true;
    return id;
}

void ThroughputChart::appendPoint(int seriesId, const QPointF &point) {
    const auto track = m_tracks.value(seriesId);
    if (!track)
        return;
    track->buffer.append(point);
    track->dirty = true;
    m_dirty = true;
    m_live = true;
}

void ThroughputChart::setPointBudget(int points) {
    m_pointBudget = std::max(256, points);
    applyBudget();
}

void ThroughputChart::applyBudget() {
    // Drawing cost grows with the points of all curves together, not with their number.
    const int perSeries =
        std::clamp(m_pointBudget / std::max<int>(1, int(m_tracks.size())), 128, 4096);
    for (const auto &track : std::as_const(m_tracks)) {
        if (track->buffer.maxPoints() != perSeries) {
            track->buffer.setMaxPoints(perSeries);
            track->dirty = true;
        }
    }
    m_dirty = true;
    const bool legend = m_tracks.size() <= MaxLegendSeries;
    if (m_chart->legend()->isVisible() != legend)
        m_chart->legend()->setVisible(legend);
    // The legend names the streams only where their names fit; on a narrow chart they would be
    // elided to bare colour boxes, so it names the runs and each stream keeps its own hue.
    const bool streamEntries = m_view->width() >= 120 * std::max<qsizetype>(1, m_tracks.size());
    for (const auto &track : std::as_const(m_tracks)) {
        const bool stream = track->key.startsWith(QLatin1String("s:")) ||
                            track->key.startsWith(QLatin1String("r:"));
        if (!stream)
            continue;
        for (QLegendMarker *marker : m_chart->legend()->markers(track->series))
            marker->setVisible(streamEntries);
    }
}

void ThroughputChart::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    applyBudget(); // the legend's stream entries depend on the width
}

void ThroughputChart::refresh() {
    if (!m_dirty)
        return;
    bool anyBitrate = false;
    bool anyTransactions = false;
    for (const auto &track : std::as_const(m_tracks)) {
        if (track->buffer.count() == 0)
            continue;
        if (track->key == QLatin1String("tps"))
            anyTransactions = true;
        else
            anyBitrate = true;
    }
    // With nothing drawn the axis keeps saying bit/s: an empty transactions axis tells nothing.
    const bool transactions = anyTransactions && !anyBitrate;
    double maxX = 0;
    double maxY = 0;
    for (const auto &track : std::as_const(m_tracks)) {
        const bool shown =
            (track->key == QLatin1String("tps")) == transactions || track->buffer.count() == 0;
        if (track->series->isVisible() != shown)
            track->series->setVisible(shown);
        if (track->buffer.count() == 0 || !shown)
            continue;
        maxX = std::max(maxX, track->buffer.maxX());
        maxY = std::max(maxY, track->buffer.maxY());
    }
    double plannedX = 0;
    for (const RunData &run : std::as_const(m_runs))
        plannedX = std::max(plannedX, run.plannedDurationS);
    // Pick the unit from the largest value so axis labels stay short: 9.4 Gbit/s, not 9400.
    const Format::BitrateUnit yUnit = Format::bitrateUnit(maxY);
    const double scale = 1 / yUnit.scale;
    const bool rescale = scale != m_yScale || transactions != m_yTransactions;
    m_yScale = scale;
    m_yTransactions = transactions;
    bool markerHidden = false;
    for (const auto &track : std::as_const(m_tracks)) {
        if (track->dirty || rescale) {
            track->series->replace(track->buffer.points(m_yScale));
            // A line needs two points: a run of one interval shows its point instead.
            const bool points = track->buffer.count() == 1;
            if (track->series->pointsVisible() != points) {
                track->series->setPointsVisible(points);
                markerHidden = markerHidden || !points;
            }
            track->dirty = false;
        }
    }
    // QtCharts paints a point marker beyond its series' bounding rect and repaints only that
    // rect when the marker goes: without this a fragment of it stayed on the plot.
    if (markerHidden)
        m_view->viewport()->update();
    if (rescale && transactions) {
        const QString unit = scale == 1e-9   ? tr("billions/s")
                             : scale == 1e-6 ? tr("millions/s")
                             : scale == 1e-3 ? tr("thousands/s")
                                             : tr("per s");
        m_axisY->setTitleText(tr("Transactions (%1)").arg(unit));
    } else if (rescale) {
        m_axisY->setTitleText(tr("Throughput (%1)").arg(yUnit.suffix));
    }
    updateAxes(maxX, plannedX, maxY * m_yScale, rescale);
    m_live = false;
    updateEmptyHint();
    m_dirty = false;
    m_axesDirty = false;
    Q_EMIT refreshed();
}

void ThroughputChart::updateAxes(double dataX, double plannedX, double maxY, bool rescaled) {
    // A range change relayouts the chart and remaps every series: the slowest frames by far
    // (bench/bench_gui_chart, ~1.5x a normal frame). While samples arrive, ranges that must
    // grow therefore grow well ahead (time to twice the data, rates by half), and a range that
    // still holds the data without being mostly empty stays: a live hour changes the time axis
    // 9 times instead of 15, so those frames stay below the 99th percentile. A chart of
    // finished runs gets the tight range.
    const double maxX = std::max({1.0, dataX, plannedX});
    double xTarget = maxX;
    // No planned end, or well past it (iperf3 ends a few ms late: that is still the end).
    if (m_live && dataX > plannedX + 0.05 * std::max(1.0, plannedX)) {
        const double current = m_axisX->max();
        xTarget = current >= maxX && current <= maxX * 3 ? current : maxX * 2;
    }
    const double xStep = niceStep(xTarget, 8);
    const double xMax = axisEnd(xTarget, xStep, xTarget);
    double yTarget = maxY > 0 ? maxY * 1.05 : 1.0;
    const double currentY = m_axisY->max();
    if (m_live && !rescaled && maxY > 0) {
        if (currentY >= yTarget && yTarget > currentY * 0.4)
            yTarget = currentY;
        else if (currentY < yTarget)
            yTarget = maxY * 1.5;
    }
    const double yStep = niceStep(yTarget, 5);
    const double yMax = axisEnd(yTarget, yStep, 0);
    // Setting an unchanged range still relayouts the chart: skip it.
    if (m_axisX->max() != xMax || m_axisX->min() != 0)
        AxisTicks::setRangeAndTicks(m_axisX, 0, xMax, xStep);
    if (m_axisY->max() != yMax || m_axisY->min() != 0)
        AxisTicks::setRangeAndTicks(m_axisY, 0, yMax, yStep);
}

void ThroughputChart::setMessage(const QString &message) {
    m_message = message;
    updateEmptyHint();
}

QString ThroughputChart::emptyHintText() const {
    return m_emptyHint->isVisibleTo(m_view->viewport()) ? m_emptyHint->text() : QString();
}

bool ThroughputChart::hasPoints() const {
    // Measured points: a requested rate alone is no measurement.
    for (const auto &track : m_tracks) {
        if (track->buffer.count() > 0 && track->key != QLatin1String("target"))
            return true;
    }
    return false;
}

void ThroughputChart::updateEmptyHint() {
    // Whatever is shown has nothing to draw: say why instead of showing empty axes.
    const bool empty = !hasPoints();
    QString text;
    if (!m_message.isEmpty())
        text = m_message;
    else if (!m_runs.isEmpty())
        text = tr("Waiting for the first measurement…");
    else
        text = tr("No run to show yet. Press Run to measure, or select runs in the results "
                  "table to compare them.");
    if (m_emptyHint->text() != text)
        m_emptyHint->setText(text);
    m_emptyHint->setVisible(empty);
}

qint64 ThroughputChart::sampleCount(const QString &runId) const {
    return m_runs.value(runId).samples;
}

qint64 ThroughputChart::drawnPointCount() const {
    qint64 n = 0;
    for (const auto &track : m_tracks)
        n += track->series->count();
    return n;
}

bool ThroughputChart::exportPng(const QString &path, QString *error) {
    refresh();
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

bool ThroughputChart::exportSvg(const QString &path, QString *error) {
    refresh();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(m_view->rect());
    generator.setTitle(tr("Perfdeck throughput"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write the drawing %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    m_view->render(&painter);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Could not write the drawing %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace Perfdeck

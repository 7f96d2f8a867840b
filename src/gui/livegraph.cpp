#include "gui/livegraph.h"

#include "gui/runcolors.h"
#include "model/format.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// An hour at 10 samples a second: older points are never in a window.
constexpr qsizetype MaxPoints = 36000;
constexpr double Windows[] = {10, 30, 60, 120, 300, 600, 1800, 3600};

} // namespace

LiveGraph::LiveGraph(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
}

void LiveGraph::append(QList<QPointF> &points, const QPointF &p) {
    points.append(p);
    if (points.size() > MaxPoints)
        points.remove(0, points.size() - MaxPoints);
}

void LiveGraph::addPoint(const QString &runId, int colourSeq, double t, double value) {
    Series &s = m_series[runId];
    s.colourSeq = colourSeq;
    append(s.points, {t, value});
}

void LiveGraph::addTotal(double t, double value) {
    append(m_total, {t, value});
}

void LiveGraph::clear() {
    m_series.clear();
    m_total.clear();
    update();
}

void LiveGraph::setWindowSeconds(double seconds) {
    m_window = std::clamp(seconds, Windows[0], Windows[std::size(Windows) - 1]);
    update();
}

void LiveGraph::zoomIn() {
    for (auto it = std::rbegin(Windows); it != std::rend(Windows); ++it) {
        if (*it < m_window) {
            setWindowSeconds(*it);
            return;
        }
    }
}

void LiveGraph::zoomOut() {
    for (double w : Windows) {
        if (w > m_window) {
            setWindowSeconds(w);
            return;
        }
    }
}

void LiveGraph::setFollowing(bool follow, double now) {
    m_following = follow;
    if (follow)
        m_right = now;
    update();
}

void LiveGraph::setNow(double now) {
    if (m_following)
        m_right = now;
}

void LiveGraph::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    const QRectF plot(fm.horizontalAdvance(QStringLiteral("000 Mbit/s")) + 8, 6,
                      width() - fm.horizontalAdvance(QStringLiteral("000 Mbit/s")) - 16,
                      height() - fm.height() - 14);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const double right = std::max(m_right, m_window);
    const double left = right - m_window;

    // The y range: the highest point in view (the total bounds every run's line).
    double top = 0;
    auto scan = [&](const QList<QPointF> &pts) {
        auto it = std::lower_bound(pts.cbegin(), pts.cend(), left,
                                   [](const QPointF &a, double t) { return a.x() < t; });
        for (; it != pts.cend() && it->x() <= right; ++it)
            top = std::max(top, it->y());
    };
    scan(m_total);
    for (const Series &s : std::as_const(m_series))
        scan(s.points);
    top = top > 0 ? top * 1.1 : 1;

    // Grid and labels
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 5, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, Format::bitrate(top * i / 4.0, 2));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignLeft,
               tr("-%1 s").arg(m_window));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignRight,
               m_following ? tr("now") : tr("paused"));

    auto toPoint = [&](const QPointF &pt) {
        return QPointF(plot.left() + plot.width() * (pt.x() - left) / m_window,
                       plot.bottom() - plot.height() * pt.y() / top);
    };
    auto draw = [&](const QList<QPointF> &pts, const QPen &pen) {
        auto it = std::lower_bound(pts.cbegin(), pts.cend(), left,
                                   [](const QPointF &a, double t) { return a.x() < t; });
        if (it != pts.cbegin())
            --it; // the line enters from the left edge
        // Decimated to about one point per pixel column.
        QPolygonF poly;
        double lastX = -1e9;
        for (; it != pts.cend() && it->x() <= right; ++it) {
            const QPointF q = toPoint(*it);
            if (q.x() - lastX < 1.0 && !poly.isEmpty())
                continue;
            poly << q;
            lastX = q.x();
        }
        if (poly.size() >= 2) {
            p.setPen(pen);
            p.drawPolyline(poly);
        }
    };
    p.setClipRect(plot.adjusted(1, 1, -1, -1));
    p.setRenderHint(QPainter::Antialiasing, m_series.size() <= 16);
    for (const Series &s : std::as_const(m_series))
        draw(s.points, QPen(runColor(s.colourSeq), 1));
    p.setRenderHint(QPainter::Antialiasing, true);
    draw(m_total, QPen(palette().color(QPalette::Text), 2.2));
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(plot.adjusted(6, 2, -6, 0), Qt::AlignTop | Qt::AlignLeft,
               tr("total of the running tests"));
}

} // namespace Perfdeck

#include "gui/livegraph.h"

#include "gui/runcolors.h"
#include "model/format.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// An hour at 10 samples a second: older points are never in a window.
constexpr qsizetype MaxPoints = 36000;
constexpr double Windows[] = {10, 30, 60, 120, 300, 600, 1800, 3600};

// An axis label of transactions per second: "48.6k", "950".
QString transactionsText(double value) {
    const QLocale locale;
    if (value >= 1e6)
        return locale.toString(value / 1e6, 'f', 1) + QLatin1Char('M');
    if (value >= 1e4)
        return locale.toString(value / 1e3, 'f', 0) + QLatin1Char('k');
    if (value >= 1e3)
        return locale.toString(value / 1e3, 'f', 1) + QLatin1Char('k');
    return locale.toString(value, 'f', 0);
}

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

void LiveGraph::addPoint(const QString &runId, int colourSeq, double t, double value,
                         bool transactions) {
    Series &s = m_series[runId];
    s.colourSeq = colourSeq;
    s.transactions = transactions;
    append(s.points, {t, value});
}

void LiveGraph::addTotal(double t, double value) {
    append(m_total, {t, value});
}

int LiveGraph::transactionSeriesCount() const {
    return int(std::count_if(m_series.cbegin(), m_series.cend(),
                             [](const Series &s) { return s.transactions; }));
}

double LiveGraph::highestTotal() const {
    double highest = 0;
    for (const QPointF &p : m_total)
        highest = std::max(highest, p.y());
    return highest;
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
    bool anyTransactions = false;
    bool anyBits = !m_total.isEmpty();
    for (const Series &s : std::as_const(m_series)) {
        anyTransactions = anyTransactions || s.transactions;
        anyBits = anyBits || !s.transactions;
    }
    // Only transactions: they take the left axis. Both kinds: bits left, transactions right.
    const bool leftIsTransactions = anyTransactions && !anyBits;
    const bool rightAxis = anyTransactions && anyBits;
    const qreal axisWidth = fm.horizontalAdvance(QStringLiteral("000 Mbit/s")) + 8;
    const qreal rightAxisWidth = rightAxis ? fm.horizontalAdvance(QStringLiteral("000.0k")) + 8 : 8;
    const QRectF plot(axisWidth, 6, width() - axisWidth - rightAxisWidth,
                      height() - fm.height() - 14);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const double right = std::max(m_right, m_window);
    const double left = right - m_window;

    // The y ranges: the highest point in view (the total bounds every run's bit/s line; the
    // trans/s lines have their own scale).
    double top = 0;
    double topTransactions = 0;
    auto scan = [&](const QList<QPointF> &pts, double &highest) {
        auto it = std::lower_bound(pts.cbegin(), pts.cend(), left,
                                   [](const QPointF &a, double t) { return a.x() < t; });
        for (; it != pts.cend() && it->x() <= right; ++it)
            highest = std::max(highest, it->y());
    };
    scan(m_total, top);
    for (const Series &s : std::as_const(m_series))
        scan(s.points, s.transactions ? topTransactions : top);
    // Nothing in view: only the zero line is labelled (no "1 bit/s" scale made up).
    const bool nothingInView = top <= 0 && topTransactions <= 0;
    top = top > 0 ? top * 1.1 : 1;
    topTransactions = topTransactions > 0 ? topTransactions * 1.1 : 1;

    // Grid and labels
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int i = 0; i <= (nothingInView ? 0 : 4); ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 5, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   leftIsTransactions ? transactionsText(topTransactions * i / 4.0)
                                      : Format::bitrate(top * i / 4.0, 2));
        if (rightAxis)
            p.drawText(
                QRectF(plot.right() + 5, y - fm.height() / 2.0, rightAxisWidth - 5, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, transactionsText(topTransactions * i / 4.0));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignLeft,
               tr("-%1 s").arg(m_window));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignRight,
               m_following ? tr("now") : tr("paused"));

    auto draw = [&](const QList<QPointF> &pts, const QPen &pen, double scaleTop) {
        auto toPoint = [&](const QPointF &pt) {
            return QPointF(plot.left() + plot.width() * (pt.x() - left) / m_window,
                           plot.bottom() - plot.height() * pt.y() / scaleTop);
        };
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
    for (const Series &s : std::as_const(m_series)) {
        if (s.transactions)
            draw(s.points, QPen(runColor(s.colourSeq), 1.4, Qt::DashLine), topTransactions);
        else
            draw(s.points, QPen(runColor(s.colourSeq), 1), top);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    draw(m_total, QPen(palette().color(QPalette::Text), 2.2), top);
    p.setClipping(false);
    // What the graph shows, under it between "-60 s" and "now" (inside the plot it hid the
    // lines it names), shortened when the pane is narrow.
    QString caption =
        leftIsTransactions ? tr("transactions per second") : tr("total of the running tests");
    if (rightAxis)
        caption += QStringLiteral(" · ") + tr("dashed: trans/s, right axis");
    const qreal sideLabels = std::max(fm.horizontalAdvance(tr("-%1 s").arg(m_window)),
                                      fm.horizontalAdvance(m_following ? tr("now") : tr("paused")));
    const qreal captionWidth = plot.width() - 2 * (sideLabels + 8);
    if (captionWidth > 40) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()),
                   Qt::AlignHCenter, fm.elidedText(caption, Qt::ElideRight, int(captionWidth)));
    }
}

} // namespace Perfdeck

#include "report/pdf/chartpainter.h"

#include "model/format.h"
#include "model/runkind.h"
#include "model/runlabel.h"
#include "plan/matrixresults.h"
#include "report/pdf/heatscale.h"
#include "results/valueselection.h"
#include "stats/descriptive.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QColor Palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                          QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                          QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                          QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};

QColor colorOf(qsizetype i) {
    return Palette[i % (sizeof(Palette) / sizeof(Palette[0]))];
}

// Tick values for [low, high]: 1, 2 or 5 times a power of ten, about `count` of them.
QList<double> niceTicks(double low, double high, int count = 5) {
    QList<double> ticks;
    if (!(high > low))
        high = low + 1;
    const double raw = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (raw <= step)
            break;
    }
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

double niceMax(double value) {
    if (!(value > 0))
        return 1;
    const QList<double> ticks = niceTicks(0, value);
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : value;
    return std::ceil(value / step - 1e-9) * step;
}

QString tickText(double v) {
    return QString::number(v, 'g', 4);
}

// The frame all charts share: a title, a plot area with ticks, grid and axis titles.
struct Frame {
    QRectF plot;
    double unit = 1; // line width of one "pixel" at this size
    QFont font;
    QFont small;
};

Frame layout(QPainter *p, const QRectF &rect, const QString &title, bool legendBelow,
             int legendRows) {
    Frame f;
    f.unit = std::max(rect.width() / 700.0, 0.5);
    f.font = p->font();
    f.font.setPointSizeF(8);
    f.small = f.font;
    f.small.setPointSizeF(7);
    const QFontMetricsF fm(f.font, p->device());
    const double line = fm.height();
    double top = rect.top() + line * 2.9; // the title, then the y axis title
    double bottom = rect.bottom() - line * 2.6;
    if (legendBelow)
        bottom -= legendRows * line * 1.1;
    const double left = rect.left() + fm.horizontalAdvance(QStringLiteral("00000.0")) + line * 1.4;
    f.plot = QRectF(QPointF(left, top), QPointF(rect.right() - line * 0.8, bottom));
    QFont bold = f.font;
    bold.setBold(true);
    bold.setPointSizeF(9);
    p->setFont(bold);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.4),
                Qt::AlignLeft | Qt::AlignVCenter, title);
    p->setFont(f.font);
    return f;
}

// The y axis spans [yMin, yMax]; its title stands above it, horizontally (rotated text does
// not survive every PDF viewer's hinting).
void drawAxes(QPainter *p, const Frame &f, double xMin, double xMax, double yMin, double yMax,
              const QString &xTitle, const QString &yTitle, double yScale, bool xTicks = true,
              double xScale = 1) {
    const QFontMetricsF fm(f.font, p->device());
    QPen grid(QColor(0xdd, 0xdd, 0xdd), f.unit * 0.8);
    QPen axis(QColor(0x44, 0x44, 0x44), f.unit);
    p->setFont(f.font);
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("000000.0"));
    for (double y : niceTicks(yMin, yMax)) {
        const double py = f.plot.bottom() - (y - yMin) / (yMax - yMin) * f.plot.height();
        p->setPen(grid);
        p->drawLine(QPointF(f.plot.left(), py), QPointF(f.plot.right(), py));
        p->setPen(Qt::black);
        p->drawText(QRectF(f.plot.left() - labelWidth - f.unit * 4, py - fm.height() / 2,
                           labelWidth, fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, tickText(y / yScale));
    }
    if (xTicks) {
        for (double x : niceTicks(xMin / xScale, xMax / xScale, 8)) {
            x *= xScale;
            const double px = f.plot.left() + (x - xMin) / (xMax - xMin) * f.plot.width();
            p->setPen(grid);
            p->drawLine(QPointF(px, f.plot.top()), QPointF(px, f.plot.bottom()));
            p->setPen(Qt::black);
            p->drawText(QRectF(px - fm.height() * 2, f.plot.bottom() + f.unit * 2, fm.height() * 4,
                               fm.height()),
                        Qt::AlignHCenter | Qt::AlignTop, tickText(x / xScale));
        }
    }
    p->setPen(axis);
    p->drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    p->drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    p->setPen(Qt::black);
    if (!xTitle.isEmpty())
        p->drawText(
            QRectF(f.plot.left(), f.plot.bottom() + fm.height() * 1.1, f.plot.width(), fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, xTitle);
    p->drawText(QRectF(f.plot.left() - labelWidth - f.unit * 4, f.plot.top() - fm.height() * 1.5,
                       f.plot.width() + labelWidth, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, yTitle);
}

void drawMessage(QPainter *p, const QRectF &rect, const QString &message) {
    p->save();
    p->setPen(QPen(QColor(0xaa, 0x33, 0x33), std::max(rect.width() / 700.0, 0.5)));
    p->setBrush(QColor(0xfd, 0xf0, 0xf0));
    p->drawRect(rect.adjusted(1, 1, -1, -1));
    QFont font = p->font();
    font.setPointSizeF(9);
    p->setFont(font);
    p->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
    p->restore();
}

struct Legend {
    QString text;
    QColor color;
};

void drawLegend(QPainter *p, const Frame &f, const QList<Legend> &entries, int columns) {
    const QFontMetricsF fm(f.small, p->device());
    p->setFont(f.small);
    const double top = f.plot.bottom() + fm.height() * 3.4;
    const double width = f.plot.width() / columns;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const double x = f.plot.left() + (i % columns) * width;
        const double y = top + (i / columns) * fm.height() * 1.25;
        p->setPen(QPen(entries[i].color, f.unit * 2.5));
        p->drawLine(QPointF(x, y + fm.height() / 2),
                    QPointF(x + fm.height() * 1.5, y + fm.height() / 2));
        p->setPen(Qt::black);
        p->drawText(QRectF(x + fm.height() * 2, y, width - fm.height() * 2.2, fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(entries[i].text, Qt::ElideRight, width - fm.height() * 2.2));
    }
}

bool isRr(const RunResult &run) {
    return isRequestResponse(run) ||
           (!run.summary.throughputBps && run.summary.transactionsPerS.has_value());
}

// What a CDF or a histogram counts (value=): each interval's throughput (transactions/s when
// every picked run is request/response), each interval's RTT, or one headline value per run.
enum class Measure { Throughput, Rtt, RunValue };

bool parseMeasure(const QString &text, bool runAllowed, Measure *out, QString *problem) {
    if (text.isEmpty() || text == QLatin1String("throughput"))
        *out = Measure::Throughput;
    else if (text == QLatin1String("rtt") || text == QLatin1String("latency"))
        *out = Measure::Rtt;
    else if (runAllowed && text == QLatin1String("run"))
        *out = Measure::RunValue;
    else {
        *problem = runAllowed ? Tr::tr("unknown value '%1' (throughput, rtt or run)").arg(text)
                              : Tr::tr("unknown value '%1' (throughput or rtt)").arg(text);
        return false;
    }
    return true;
}

std::vector<double> intervalValues(const RunResult &run, Measure measure, bool rr) {
    std::vector<double> values;
    for (const IntervalSample &interval : run.intervals) {
        if (interval.omitted)
            continue;
        const std::optional<double> v = measure == Measure::Rtt ? interval.rttUs
                                        : rr                    ? interval.transactionsPerS
                                                                : interval.bps;
        if (v && std::isfinite(*v))
            values.push_back(*v);
    }
    return values;
}

// The value axis of a CDF or histogram: its unit and title for values up to `largest`.
struct ValueAxis {
    double scale = 1;
    QString title;
};

ValueAxis valueAxis(Measure measure, bool rr, double largest, const QString &metric = {}) {
    if (measure == Measure::Rtt)
        return largest >= 1000 ? ValueAxis{1000, QStringLiteral("RTT (ms)")}
                               : ValueAxis{1, QStringLiteral("RTT (µs)")};
    const bool bits = measure == Measure::RunValue
                          ? ValueSelection::unitOf(metric) == ValueSelection::Unit::BitsPerSecond
                          : !rr;
    if (bits) {
        const Format::BitrateUnit unit = Format::bitrateUnit(largest);
        return {unit.scale, QStringLiteral("Throughput (%1)").arg(unit.suffix)};
    }
    if (measure == Measure::RunValue)
        return {1, ValueSelection::metricName(metric)};
    return {1, QStringLiteral("Transactions/s")};
}

// [lo, hi] widened by 5 % on each side (not below 0 for values that are not), so the extreme
// values do not sit on the frame.
std::pair<double, double> paddedRange(double lo, double hi) {
    const double pad = hi > lo ? (hi - lo) * 0.05 : std::max(std::abs(hi) * 0.05, 1e-9);
    double low = lo - pad;
    if (lo >= 0 && low < 0)
        low = 0;
    return {low, hi + pad};
}

} // namespace

ChartPainter::Spec ChartPainter::Spec::parse(const QString &spec) {
    Spec s;
    s.text = spec;
    if (!isChartSpec(spec))
        return s;
    const QString body = spec.mid(6);
    const qsizetype q = body.indexOf(QLatin1Char('?'));
    s.kind = (q < 0 ? body : body.left(q)).trimmed().toLower();
    if (q >= 0)
        s.query = QUrlQuery(body.mid(q + 1));
    return s;
}

ChartPainter::ChartPainter(QList<RunResult> runs, QList<RunResult> baseline)
    : m_runs(std::move(runs))
    , m_baseline(std::move(baseline)) {}

void ChartPainter::paint(QPainter *painter, const QRectF &rect, const Spec &spec,
                         QString *problem) const {
    QString why;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (spec.kind == QLatin1String("throughput"))
        paintThroughput(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("runs"))
        paintRuns(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("boxplot"))
        paintBoxPlot(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("latency"))
        paintLatency(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("matrix") || spec.kind == QLatin1String("heatmap"))
        paintMatrix(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("cdf"))
        paintCdf(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("histogram"))
        paintHistogram(painter, rect, spec, &why);
    else if (spec.kind == QLatin1String("trend"))
        paintTrend(painter, rect, spec, &why);
    else
        why = Tr::tr("unknown chart '%1' (charts: throughput, runs, boxplot, latency, cdf, "
                     "histogram, matrix, heatmap, trend)")
                  .arg(spec.kind);
    if (!why.isEmpty())
        drawMessage(painter, rect, spec.text + QStringLiteral(": ") + why);
    painter->restore();
    if (problem)
        *problem = why;
}

// run=ID[,ID...] picks runs by id or label (#3); group=N the runs of that kind group
// (ReportContext numbering); nothing: every run.
QList<qsizetype> ChartPainter::selectRuns(const Spec &spec, QString *problem) const {
    QList<qsizetype> picked;
    const QString runs = spec.query.queryItemValue(QStringLiteral("run"), QUrl::FullyDecoded);
    if (!runs.isEmpty()) {
        for (const QString &wanted : runs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < m_runs.size() && found < 0; ++i) {
                if (m_runs[i].id == wanted.trimmed() || runLabel(m_runs[i]) == wanted.trimmed())
                    found = i;
            }
            if (found < 0) {
                *problem = Tr::tr("no run '%1'").arg(wanted);
                return {};
            }
            picked.append(found);
        }
        return picked;
    }
    const QString group = spec.query.queryItemValue(QStringLiteral("group"));
    if (!group.isEmpty()) {
        // Groups are numbered by the first appearance of each kind, as in the context.
        QList<RunKind> kinds;
        bool ok = false;
        const int wanted = group.toInt(&ok);
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            const RunKind kind = RunKind::of(m_runs[i]);
            qsizetype g = std::find_if(kinds.begin(), kinds.end(),
                                       [&](const RunKind &k) { return k.isLike(kind); }) -
                          kinds.begin();
            if (g == kinds.size())
                kinds.append(kind);
            if (ok && g == wanted)
                picked.append(i);
        }
        if (picked.isEmpty())
            *problem = Tr::tr("no group %1").arg(group);
        return picked;
    }
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        picked.append(i);
    if (picked.isEmpty())
        *problem = Tr::tr("no runs");
    return picked;
}

void ChartPainter::paintThroughput(QPainter *p, const QRectF &rect, const Spec &spec,
                                   QString *problem) const {
    const QList<qsizetype> picked = selectRuns(spec, problem);
    if (picked.isEmpty())
        return;
    const bool rr =
        std::all_of(picked.begin(), picked.end(), [&](qsizetype i) { return isRr(m_runs[i]); });
    struct Series {
        QList<QPointF> points;
        qsizetype run;
    };
    QList<Series> series;
    double xMax = 0;
    double yMax = 0;
    for (qsizetype i : picked) {
        Series s{{}, i};
        for (const IntervalSample &interval : m_runs[i].intervals) {
            const std::optional<double> v = rr ? interval.transactionsPerS : interval.bps;
            if (!v || !std::isfinite(*v) || interval.omitted)
                continue;
            s.points.append(QPointF((interval.startS + interval.endS) / 2, *v));
            xMax = std::max(xMax, interval.endS);
            yMax = std::max(yMax, *v);
        }
        if (!s.points.isEmpty())
            series.append(s);
    }
    if (series.isEmpty()) {
        *problem = Tr::tr("the run%1 measured no intervals")
                       .arg(picked.size() == 1 ? QString() : QStringLiteral("s"));
        return;
    }
    const Format::BitrateUnit unit = Format::bitrateUnit(yMax);
    const double scale = rr ? 1.0 : unit.scale;
    yMax = niceMax(yMax / scale) * scale;
    const int shown = std::min<int>(int(series.size()), 12);
    const int columns = 3;
    const int legendRows = (shown + (series.size() > shown ? 1 : 0) + columns - 1) / columns;
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title = picked.size() == 1
                    ? Tr::tr("%1 over time: %2")
                          .arg(rr ? QStringLiteral("Transactions") : QStringLiteral("Throughput"),
                               runTitle(m_runs[picked.first()]))
                    : Tr::tr("%1 over time, %2 runs")
                          .arg(rr ? QStringLiteral("Transactions") : QStringLiteral("Throughput"))
                          .arg(series.size());
    const Frame f = layout(p, rect, title, true, legendRows);
    drawAxes(p, f, 0, xMax, 0, yMax, QStringLiteral("Time (s)"),
             rr ? QStringLiteral("Transactions/s")
                : QStringLiteral("Throughput (%1)").arg(unit.suffix),
             scale);
    QList<Legend> legend;
    p->save();
    p->setClipRect(f.plot.adjusted(-f.unit * 2, -f.unit * 2, f.unit * 2, f.unit * 2));
    for (qsizetype k = 0; k < series.size(); ++k) {
        QPainterPath path;
        for (qsizetype j = 0; j < series[k].points.size(); ++j) {
            const QPointF &pt = series[k].points[j];
            const QPointF at(f.plot.left() + pt.x() / xMax * f.plot.width(),
                             f.plot.bottom() - pt.y() / yMax * f.plot.height());
            if (j == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        const QColor color = colorOf(series[k].run);
        p->setPen(QPen(color, f.unit * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        if (series[k].points.size() == 1) {
            p->setBrush(color);
            p->drawEllipse(path.currentPosition(), f.unit * 2.5, f.unit * 2.5);
        }
        if (k < shown)
            legend.append({runTitle(m_runs[series[k].run]), color});
    }
    p->restore();
    if (series.size() > shown)
        legend.append({Tr::tr("… and %1 more runs").arg(series.size() - shown), Qt::transparent});
    drawLegend(p, f, legend, columns);
}

// One bar per run of its headline value, with the group's mean as a line.
void ChartPainter::paintRuns(QPainter *p, const QRectF &rect, const Spec &spec,
                             QString *problem) const {
    const QList<qsizetype> picked = selectRuns(spec, problem);
    if (picked.isEmpty())
        return;
    QList<RunResult> runs;
    for (qsizetype i : picked)
        runs.append(m_runs[i]);
    const QString metric = ValueSelection::resolveMetric(runs, QStringLiteral("auto"));
    QList<std::pair<qsizetype, double>> bars;
    double yMax = 0;
    double sum = 0;
    for (qsizetype i : picked) {
        const std::optional<double> v = ValueSelection::runValue(m_runs[i], metric);
        if (!v || !std::isfinite(*v) || m_runs[i].status == RunStatus::Error)
            continue;
        bars.append({i, *v});
        yMax = std::max(yMax, *v);
        sum += *v;
    }
    if (bars.isEmpty()) {
        *problem = Tr::tr("no run has a value for %1").arg(metric);
        return;
    }
    const bool bits = ValueSelection::unitOf(metric) == ValueSelection::Unit::BitsPerSecond;
    const Format::BitrateUnit unit = Format::bitrateUnit(yMax);
    const double scale = bits ? unit.scale : 1.0;
    yMax = niceMax(yMax / scale) * scale;
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title =
            Tr::tr("%1 per run (%2 runs)").arg(ValueSelection::metricName(metric)).arg(bars.size());
    title[0] = title[0].toUpper();
    const Frame f = layout(p, rect, title, false, 0);
    const QString yTitle = bits ? QStringLiteral("Throughput (%1)").arg(unit.suffix)
                                : ValueSelection::metricName(metric);
    drawAxes(p, f, 0, 1, 0, yMax, QStringLiteral("Run"), yTitle, scale, false);
    const double slot = f.plot.width() / bars.size();
    const QFontMetricsF fm(f.small, p->device());
    const int labelEvery =
        std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("#000")) / slot)));
    p->setFont(f.small);
    for (qsizetype k = 0; k < bars.size(); ++k) {
        const double h = bars[k].second / yMax * f.plot.height();
        const QRectF bar(f.plot.left() + k * slot + slot * 0.15, f.plot.bottom() - h, slot * 0.7,
                         h);
        p->setPen(Qt::NoPen);
        p->setBrush(m_runs[bars[k].first].status == RunStatus::Partial ? QColor(0xf0, 0xa0, 0x50)
                                                                       : colorOf(0));
        p->drawRect(bar);
        if (k % labelEvery == 0) {
            p->setPen(Qt::black);
            p->drawText(QRectF(bar.center().x() - slot * labelEvery / 2,
                               f.plot.bottom() + f.unit * 2, slot * labelEvery, fm.height()),
                        Qt::AlignHCenter | Qt::AlignTop, runLabel(m_runs[bars[k].first]));
        }
    }
    const double mean = sum / bars.size();
    const double my = f.plot.bottom() - mean / yMax * f.plot.height();
    p->setPen(QPen(QColor(0xd6, 0x27, 0x28), f.unit * 1.4, Qt::DashLine));
    p->drawLine(QPointF(f.plot.left(), my), QPointF(f.plot.right(), my));
    p->setPen(QColor(0xd6, 0x27, 0x28));
    p->drawText(QRectF(f.plot.right() - fm.horizontalAdvance(QStringLiteral("mean 0000.00 "
                                                                            "Mbit/s")),
                       my - fm.height() * 1.1,
                       fm.horizontalAdvance(QStringLiteral("mean 0000.00 "
                                                           "Mbit/s")),
                       fm.height()),
                Qt::AlignRight | Qt::AlignBottom,
                QStringLiteral("mean %1").arg(bits ? Format::bitrate(mean)
                                                   : QString::number(mean, 'g', 4)));
}

// Box plots of the per-run values of each group (and of the baseline's like runs).
void ChartPainter::paintBoxPlot(QPainter *p, const QRectF &rect, const Spec &spec,
                                QString *problem) const {
    struct Box {
        QString label;
        std::vector<double> values;
        QColor color;
    };
    QList<Box> boxes;
    QList<RunKind> kinds;
    QList<QList<RunResult>> groups;
    for (const RunResult &run : m_runs) {
        const RunKind kind = RunKind::of(run);
        qsizetype g = std::find_if(kinds.begin(), kinds.end(),
                                   [&](const RunKind &k) { return k.isLike(kind); }) -
                      kinds.begin();
        if (g == kinds.size()) {
            kinds.append(kind);
            groups.append(QList<RunResult>());
        }
        groups[g].append(run);
    }
    const QString only = spec.query.queryItemValue(QStringLiteral("group"));
    QString metric;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (!only.isEmpty() && only != QString::number(g))
            continue;
        const QString m = ValueSelection::resolveMetric(groups[g], QStringLiteral("auto"));
        if (metric.isEmpty())
            metric = m;
        if (m != metric)
            continue; // one axis: groups of another metric are left out
        ValueSelection::Options options;
        options.metricKey = m;
        Box box{QStringLiteral("group %1: %2").arg(g).arg(kinds[g].describe()),
                ValueSelection::select(groups[g], options).numbers(), colorOf(g)};
        if (!box.values.empty())
            boxes.append(box);
        if (!m_baseline.isEmpty()) {
            QList<RunResult> like;
            for (const RunResult &run : m_baseline) {
                if (RunKind::of(run).isLike(kinds[g]))
                    like.append(run);
            }
            Box base{Tr::tr("baseline of group %1").arg(g),
                     ValueSelection::select(like, options).numbers(), QColor(0x99, 0x99, 0x99)};
            if (!base.values.empty())
                boxes.append(base);
        }
    }
    if (boxes.isEmpty()) {
        *problem = only.isEmpty() ? Tr::tr("no values")
                                  : Tr::tr("no group %1 "
                                           "values")
                                        .arg(only);
        return;
    }
    // Box plots compare spreads: the axis spans the values (with a margin), not 0..max.
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const Box &b : boxes) {
        lo = std::min(lo, *std::min_element(b.values.begin(), b.values.end()));
        hi = std::max(hi, *std::max_element(b.values.begin(), b.values.end()));
    }
    const double pad = hi > lo ? (hi - lo) * 0.15 : std::max(std::abs(hi) * 0.05, 1.0);
    const bool bits = ValueSelection::unitOf(metric) == ValueSelection::Unit::BitsPerSecond;
    const Format::BitrateUnit unit = Format::bitrateUnit(hi);
    const double scale = bits ? unit.scale : 1.0;
    const QList<double> ticks = niceTicks((lo - pad) / scale, (hi + pad) / scale);
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    const double yMin = std::max(0.0, std::floor((lo - pad) / scale / step) * step) * scale;
    const double yMax = std::ceil((hi + pad) / scale / step) * step * scale;
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title = Tr::tr("Distribution of %1 per run").arg(ValueSelection::metricName(metric));
    const Frame f = layout(p, rect, title, true, int(boxes.size() + 1) / 2);
    drawAxes(p, f, 0, 1, yMin, yMax, QString(),
             bits ? QStringLiteral("Throughput (%1)").arg(unit.suffix)
                  : ValueSelection::metricName(metric),
             scale, false);
    auto yOf = [&](double v) {
        return f.plot.bottom() - (v - yMin) / (yMax - yMin) * f.plot.height();
    };
    const double slot = f.plot.width() / boxes.size();
    QList<Legend> legend;
    for (qsizetype k = 0; k < boxes.size(); ++k) {
        std::vector<double> sorted = boxes[k].values;
        std::sort(sorted.begin(), sorted.end());
        const Stats::BoxPlot b = Stats::boxPlotOfSorted(sorted);
        const double cx = f.plot.left() + slot * (k + 0.5);
        const double w = std::min(slot * 0.5, f.plot.width() * 0.12);
        p->setPen(QPen(Qt::black, f.unit));
        p->drawLine(QPointF(cx, yOf(b.whiskerLow)), QPointF(cx, yOf(b.q1)));
        p->drawLine(QPointF(cx, yOf(b.q3)), QPointF(cx, yOf(b.whiskerHigh)));
        p->drawLine(QPointF(cx - w / 4, yOf(b.whiskerLow)), QPointF(cx + w / 4, yOf(b.whiskerLow)));
        p->drawLine(QPointF(cx - w / 4, yOf(b.whiskerHigh)),
                    QPointF(cx + w / 4, yOf(b.whiskerHigh)));
        QColor fill = boxes[k].color;
        fill.setAlpha(90);
        p->setBrush(fill);
        p->drawRect(QRectF(QPointF(cx - w / 2, yOf(b.q3)), QPointF(cx + w / 2, yOf(b.q1))));
        p->setPen(QPen(boxes[k].color.darker(140), f.unit * 2));
        p->drawLine(QPointF(cx - w / 2, yOf(b.median)), QPointF(cx + w / 2, yOf(b.median)));
        p->setPen(QPen(Qt::black, f.unit * 0.8));
        p->setBrush(Qt::white);
        for (double v : sorted) {
            if (v < b.whiskerLow || v > b.whiskerHigh)
                p->drawEllipse(QPointF(cx, yOf(v)), f.unit * 2.5, f.unit * 2.5);
        }
        legend.append(
            {QStringLiteral("%1 (n = %2)").arg(boxes[k].label).arg(sorted.size()), boxes[k].color});
    }
    drawLegend(p, f, legend, 2);
}

// Latency percentiles of request/response runs as bars per run: p50, p90, p99.
void ChartPainter::paintLatency(QPainter *p, const QRectF &rect, const Spec &spec,
                                QString *problem) const {
    QList<qsizetype> picked = selectRuns(spec, problem);
    picked.removeIf([&](qsizetype i) { return !m_runs[i].summary.latencyUs.p50; });
    if (picked.isEmpty()) {
        if (problem->isEmpty())
            *problem = Tr::tr("no run has latency percentiles");
        return;
    }
    double yMax = 0;
    for (qsizetype i : picked) {
        const LatencyStats &l = m_runs[i].summary.latencyUs;
        yMax = std::max({yMax, l.p50.value_or(0), l.p90.value_or(0), l.p99.value_or(0)});
    }
    yMax = niceMax(yMax);
    const Frame f = layout(p, rect, Tr::tr("Latency percentiles (µs)"), true, 1);
    drawAxes(p, f, 0, 1, 0, yMax, QStringLiteral("Run"), QStringLiteral("Latency (µs)"), 1, false);
    const double slot = f.plot.width() / picked.size();
    const QFontMetricsF fm(f.small, p->device());
    p->setFont(f.small);
    const QColor colors[] = {colorOf(0), colorOf(1), colorOf(3)};
    for (qsizetype k = 0; k < picked.size(); ++k) {
        const LatencyStats &l = m_runs[picked[k]].summary.latencyUs;
        const std::optional<double> values[] = {l.p50, l.p90, l.p99};
        for (int j = 0; j < 3; ++j) {
            const double v = values[j].value_or(0);
            const double h = v / yMax * f.plot.height();
            p->setPen(Qt::NoPen);
            p->setBrush(colors[j]);
            p->drawRect(QRectF(f.plot.left() + k * slot + slot * (0.15 + 0.233 * j),
                               f.plot.bottom() - h, slot * 0.22, h));
        }
        p->setPen(Qt::black);
        p->drawText(
            QRectF(f.plot.left() + k * slot, f.plot.bottom() + f.unit * 2, slot, fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, runLabel(m_runs[picked[k]]));
    }
    drawLegend(p, f,
               {{QStringLiteral("p50"), colors[0]},
                {QStringLiteral("p90"), colors[1]},
                {QStringLiteral("p99"), colors[2]}},
               3);
}

// Empirical CDF of each picked run's per-interval values (value=throughput or rtt), one step
// curve per run. A request/response run without per-interval RTT draws its latency
// percentiles instead (min, p50, p90, p99, max at 0, .5, .9, .99, 1), marked by dots.
void ChartPainter::paintCdf(QPainter *p, const QRectF &rect, const Spec &spec,
                            QString *problem) const {
    Measure measure = Measure::Throughput;
    if (!parseMeasure(spec.query.queryItemValue(QStringLiteral("value")), false, &measure, problem))
        return;
    const QList<qsizetype> picked = selectRuns(spec, problem);
    if (picked.isEmpty())
        return;
    const bool rr =
        std::all_of(picked.begin(), picked.end(), [&](qsizetype i) { return isRr(m_runs[i]); });
    struct Curve {
        QList<QPointF> points; // (value, cumulative fraction)
        qsizetype run;
        bool percentiles = false;
        qsizetype count = 0;
    };
    QList<Curve> curves;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (qsizetype i : picked) {
        Curve c{{}, i};
        std::vector<double> values = intervalValues(m_runs[i], measure, rr);
        if (!values.empty()) {
            std::sort(values.begin(), values.end());
            const double n = double(values.size());
            c.count = qsizetype(values.size());
            c.points.append(QPointF(values.front(), 0));
            for (size_t k = 0; k < values.size(); ++k) {
                if (k > 0)
                    c.points.append(QPointF(values[k], k / n));
                c.points.append(QPointF(values[k], (k + 1) / n));
            }
        } else if (measure == Measure::Rtt && m_runs[i].summary.latencyUs.p50) {
            const LatencyStats &l = m_runs[i].summary.latencyUs;
            c.percentiles = true;
            const std::pair<std::optional<double>, double> known[] = {
                {l.min, 0.0}, {l.p50, 0.5}, {l.p90, 0.9}, {l.p99, 0.99}, {l.max, 1.0}};
            for (const auto &[v, at] : known) {
                if (v && std::isfinite(*v))
                    c.points.append(QPointF(*v, at));
            }
        }
        if (c.points.isEmpty())
            continue;
        for (const QPointF &pt : c.points) {
            lo = std::min(lo, pt.x());
            hi = std::max(hi, pt.x());
        }
        curves.append(c);
    }
    if (curves.isEmpty()) {
        *problem = measure == Measure::Rtt
                       ? Tr::tr("no picked run has per-interval RTT or latency percentiles")
                       : Tr::tr("no picked run measured intervals");
        return;
    }
    const ValueAxis axis = valueAxis(measure, rr, hi);
    const auto [xMin, xMax] = paddedRange(lo, hi);
    const int shown = std::min<int>(int(curves.size()), 12);
    const int columns = 3;
    const int legendRows = (shown + (curves.size() > shown ? 1 : 0) + columns - 1) / columns;
    const QString what = measure == Measure::Rtt ? QStringLiteral("RTT")
                         : rr                    ? QStringLiteral("transactions/s")
                                                 : QStringLiteral("throughput");
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title =
            curves.size() == 1
                ? Tr::tr("CDF of per-interval %1: %2").arg(what, runTitle(m_runs[curves[0].run]))
                : Tr::tr("CDF of per-interval %1, %2 runs").arg(what).arg(curves.size());
    const Frame f = layout(p, rect, title, true, legendRows);
    drawAxes(p, f, xMin, xMax, 0, 1, axis.title, Tr::tr("Fraction of intervals"), 1, true,
             axis.scale);
    // Copies: clang before 16 cannot capture structured bindings (P1091).
    auto at = [&, xMin = xMin, xMax = xMax](const QPointF &pt) {
        return QPointF(f.plot.left() + (pt.x() - xMin) / (xMax - xMin) * f.plot.width(),
                       f.plot.bottom() - pt.y() * f.plot.height());
    };
    QList<Legend> legend;
    p->save();
    p->setClipRect(f.plot.adjusted(-f.unit * 3, -f.unit * 3, f.unit * 3, f.unit * 3));
    for (qsizetype k = 0; k < curves.size(); ++k) {
        QPainterPath path(at(curves[k].points.first()));
        for (qsizetype j = 1; j < curves[k].points.size(); ++j)
            path.lineTo(at(curves[k].points[j]));
        const QColor color = colorOf(curves[k].run);
        p->setPen(QPen(color, f.unit * 1.6, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        if (curves[k].percentiles) {
            p->setBrush(color);
            for (const QPointF &pt : curves[k].points)
                p->drawEllipse(at(pt), f.unit * 2.5, f.unit * 2.5);
        }
        if (k < shown)
            legend.append({curves[k].percentiles
                               ? Tr::tr("%1 (percentiles)").arg(runTitle(m_runs[curves[k].run]))
                               : Tr::tr("%1 (%n intervals)", nullptr, int(curves[k].count))
                                     .arg(runTitle(m_runs[curves[k].run])),
                           color});
    }
    p->restore();
    if (curves.size() > shown)
        legend.append({Tr::tr("… and %1 more runs").arg(curves.size() - shown), Qt::transparent});
    drawLegend(p, f, legend, columns);
}

// Histogram of the picked runs' values pooled: per-interval throughput (value=throughput,
// the default) or RTT (value=rtt), or one headline value per run (value=run); bins=N equal
// bins between the smallest and the largest value (default: the square root of the count,
// 5 to 30). A dashed line marks the mean.
void ChartPainter::paintHistogram(QPainter *p, const QRectF &rect, const Spec &spec,
                                  QString *problem) const {
    Measure measure = Measure::Throughput;
    if (!parseMeasure(spec.query.queryItemValue(QStringLiteral("value")), true, &measure, problem))
        return;
    const QList<qsizetype> picked = selectRuns(spec, problem);
    if (picked.isEmpty())
        return;
    const bool rr =
        std::all_of(picked.begin(), picked.end(), [&](qsizetype i) { return isRr(m_runs[i]); });
    std::vector<double> values;
    QString metric;
    qsizetype runsWithValues = 0;
    if (measure == Measure::RunValue) {
        QList<RunResult> runs;
        for (qsizetype i : picked)
            runs.append(m_runs[i]);
        metric = ValueSelection::resolveMetric(runs, QStringLiteral("auto"));
        for (qsizetype i : picked) {
            const std::optional<double> v = ValueSelection::runValue(m_runs[i], metric);
            if (v && std::isfinite(*v) && m_runs[i].status != RunStatus::Error)
                values.push_back(*v);
        }
        runsWithValues = qsizetype(values.size());
    } else {
        for (qsizetype i : picked) {
            const std::vector<double> v = intervalValues(m_runs[i], measure, rr);
            values.insert(values.end(), v.begin(), v.end());
            runsWithValues += v.empty() ? 0 : 1;
        }
    }
    if (values.empty()) {
        *problem = measure == Measure::RunValue ? Tr::tr("no picked run has a value")
                   : measure == Measure::Rtt    ? Tr::tr("no picked run has per-interval RTT")
                                                : Tr::tr("no picked run measured intervals");
        return;
    }
    int bins = std::clamp(int(std::ceil(std::sqrt(double(values.size())))), 5, 30);
    if (spec.query.hasQueryItem(QStringLiteral("bins"))) {
        bool ok = false;
        bins = spec.query.queryItemValue(QStringLiteral("bins")).toInt(&ok);
        if (!ok || bins < 1 || bins > 200) {
            *problem = Tr::tr("bins must be a whole number from 1 to 200");
            return;
        }
    }
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    double low = *lo;
    double high = *hi;
    if (!(high > low)) { // every value equal: one bin around it
        const double half = std::max(std::abs(low) * 0.05, 0.5);
        low -= half;
        high += half;
    }
    QList<int> counts(bins, 0);
    double sum = 0;
    for (double v : values) {
        const int b = std::clamp(int((v - low) / (high - low) * bins), 0, bins - 1);
        ++counts[b];
        sum += v;
    }
    const int most = *std::max_element(counts.begin(), counts.end());
    const double yMax = std::max(niceMax(most), 5.0);
    const ValueAxis axis = valueAxis(measure, rr, high, metric);
    const QString what = measure == Measure::RunValue
                             ? Tr::tr("%1 per run").arg(ValueSelection::metricName(metric))
                         : measure == Measure::Rtt ? Tr::tr("per-interval RTT")
                         : rr                      ? Tr::tr("per-interval transactions/s")
                                                   : Tr::tr("per-interval throughput");
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title =
            measure == Measure::RunValue
                ? Tr::tr("Histogram of %1 (%n runs)", nullptr, int(values.size())).arg(what)
                : Tr::tr("Histogram of %1 (%2 intervals of %n runs)", nullptr, int(runsWithValues))
                      .arg(what)
                      .arg(values.size());
    const Frame f = layout(p, rect, title, false, 0);
    drawAxes(p, f, low, high, 0, yMax, axis.title,
             measure == Measure::RunValue ? Tr::tr("Runs") : Tr::tr("Intervals"), 1, true,
             axis.scale);
    const double slot = f.plot.width() / bins;
    p->setPen(QPen(Qt::white, f.unit * 0.8));
    p->setBrush(colorOf(0));
    for (int b = 0; b < bins; ++b) {
        if (counts[b] == 0)
            continue;
        const double h = counts[b] / yMax * f.plot.height();
        p->drawRect(QRectF(f.plot.left() + b * slot, f.plot.bottom() - h, slot, h));
    }
    const double mean = sum / double(values.size());
    const double mx = f.plot.left() + (mean - low) / (high - low) * f.plot.width();
    const QColor red(0xd6, 0x27, 0x28);
    p->setPen(QPen(red, f.unit * 1.4, Qt::DashLine));
    p->drawLine(QPointF(mx, f.plot.top()), QPointF(mx, f.plot.bottom()));
    const QString meanText = Tr::tr("mean %1").arg(
        measure == Measure::Rtt                              ? Format::latencyUs(mean)
        : axis.title.startsWith(QLatin1String("Throughput")) ? Format::bitrate(mean)
                                                             : QString::number(mean, 'g', 4));
    const QFontMetricsF fm(f.small, p->device());
    p->setFont(f.small);
    p->setPen(red);
    const double w = fm.horizontalAdvance(meanText) + f.unit * 6;
    const bool right = mx + w < f.plot.right();
    p->drawText(QRectF(right ? mx + f.unit * 3 : mx - w, f.plot.top(), w - f.unit * 3, fm.height()),
                (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, meanText);
}

// A pair's stored runs from the history database, oldest first: each run's value, the band
// of its baseline (the t confidence interval of the runs just before it) and its mean, the
// runs that regressed in red and this report's runs ringed. pair=N and series=M index
// history.pairs and their series (default 0 and 0).
void ChartPainter::paintTrend(QPainter *p, const QRectF &rect, const Spec &spec,
                              QString *problem) const {
    if (m_history.isEmpty()) {
        *problem = Tr::tr("the history database has no runs of this report's pairs");
        return;
    }
    bool ok = true;
    const QString pairText = spec.query.queryItemValue(QStringLiteral("pair"));
    const int pairIndex = pairText.isEmpty() ? 0 : pairText.toInt(&ok);
    if (!ok || pairIndex < 0 || pairIndex >= m_history.size()) {
        *problem =
            Tr::tr("no pair %1 in the history (0 to %2)").arg(pairText).arg(m_history.size() - 1);
        return;
    }
    const HistoryTrend &trend = m_history.at(pairIndex);
    const QString seriesText = spec.query.queryItemValue(QStringLiteral("series"));
    const int seriesIndex = seriesText.isEmpty() ? 0 : seriesText.toInt(&ok);
    if (!ok || seriesIndex < 0 || seriesIndex >= trend.series.size()) {
        *problem = Tr::tr("no series %1 in the history of pair %2 (0 to %3)")
                       .arg(seriesText)
                       .arg(pairIndex)
                       .arg(trend.series.size() - 1);
        return;
    }
    const HistoryTrendSeries &series = trend.series.at(seriesIndex);
    const QList<HistoryTrendPoint> &points = series.points;
    if (points.isEmpty()) {
        *problem = Tr::tr("the series has no runs");
        return;
    }
    QSet<QString> inReport;
    for (const RunResult &run : m_runs)
        inReport.insert(run.id);
    double top = 0;
    for (const HistoryTrendPoint &pt : points)
        top = std::max({top, pt.value, pt.ciHigh.value_or(0)});
    const bool bits = series.metricKey == QLatin1String("throughput_bps");
    const Format::BitrateUnit unit = Format::bitrateUnit(top);
    const double scale = bits ? unit.scale : 1.0;
    const double yMax = niceMax(top / scale) * scale;
    // Half a run of room on each side, so the first and last points (and rings) are whole.
    const double xMin = 0.5;
    const double xMax = double(points.size()) + 0.5;
    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title = Tr::tr("History of %1 → %2: %3").arg(trend.client, trend.server, series.kind);
    const QString from = points.first().startedAt.toString(QStringLiteral("yyyy-MM-dd"));
    const QString to = points.last().startedAt.toString(QStringLiteral("yyyy-MM-dd"));
    const Frame f = layout(p, rect, title, true, 1);
    drawAxes(p, f, xMin, xMax, 0, yMax,
             Tr::tr("Stored runs, oldest first (%1 to %2)").arg(from, to),
             bits ? QStringLiteral("Throughput (%1)").arg(unit.suffix)
                  : QStringLiteral("Transactions/s"),
             scale, points.size() >= 3); // run numbers, not fractions of a run
    auto at = [&](double index, double value) {
        return QPointF(f.plot.left() + (index - xMin) / (xMax - xMin) * f.plot.width(),
                       f.plot.bottom() - value / yMax * f.plot.height());
    };
    const QColor bandColor(0xc6, 0xdb, 0xef);
    const QColor valueColor = colorOf(0);
    const QColor red(0xd6, 0x27, 0x28);
    p->save();
    p->setClipRect(f.plot.adjusted(-f.unit * 4, -f.unit * 4, f.unit * 4, f.unit * 4));
    // The band, one polygon per stretch of points that have a baseline.
    for (qsizetype i = 0; i < points.size();) {
        if (!points[i].ciLow || !points[i].ciHigh) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < points.size() && points[end].ciLow && points[end].ciHigh)
            ++end;
        QPolygonF band;
        for (qsizetype j = i; j < end; ++j)
            band << at(double(j + 1), *points[j].ciHigh);
        for (qsizetype j = end - 1; j >= i; --j)
            band << at(double(j + 1), *points[j].ciLow);
        if (end - i == 1) { // one point: a short bar, so it shows
            const QPointF hi = at(double(i + 1), *points[i].ciHigh);
            const QPointF lo = at(double(i + 1), *points[i].ciLow);
            band = QPolygonF(
                QRectF(QPointF(hi.x() - f.unit * 4, hi.y()), QPointF(lo.x() + f.unit * 4, lo.y())));
        }
        p->setPen(Qt::NoPen);
        p->setBrush(bandColor);
        p->drawPolygon(band);
        QPainterPath mean;
        for (qsizetype j = i; j < end; ++j) {
            const QPointF m = at(double(j + 1), *points[j].baselineMean);
            j == i ? mean.moveTo(m) : mean.lineTo(m);
        }
        p->setPen(QPen(QColor(0x6b, 0xae, 0xd6), f.unit * 1.2, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawPath(mean);
        i = end;
    }
    QPainterPath line;
    for (qsizetype j = 0; j < points.size(); ++j) {
        const QPointF v = at(double(j + 1), points[j].value);
        j == 0 ? line.moveTo(v) : line.lineTo(v);
    }
    p->setPen(QPen(valueColor, f.unit * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(line);
    for (qsizetype j = 0; j < points.size(); ++j) {
        const QPointF v = at(double(j + 1), points[j].value);
        p->setPen(Qt::NoPen);
        p->setBrush(points[j].regression ? red : valueColor);
        const double r = f.unit * (points[j].regression ? 3.5 : 2.2);
        p->drawEllipse(v, r, r);
        if (inReport.contains(points[j].runId)) {
            p->setPen(QPen(Qt::black, f.unit * 1.2));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(v, f.unit * 5.5, f.unit * 5.5);
        }
    }
    p->restore();
    drawLegend(p, f,
               {{Tr::tr("value of each run"), valueColor},
                {Tr::tr("baseline band (%1 % CI)").arg(trend.options.confidence * 100, 0, 'g', 3),
                 bandColor},
                {Tr::tr("regression (%n runs)", nullptr, series.regressions), red}},
               3);
}

// A heat map of a test plan: clients as rows, servers as columns, each cell coloured by its
// value on the test's scale (or by its forward/reverse asymmetry), the figure written in it,
// and a colour legend underneath. The plan is read off the runs' cells; clients= and
// servers= give the order of a session's plan.
void ChartPainter::paintMatrix(QPainter *p, const QRectF &rect, const Spec &spec,
                               QString *problem) const {
    const MatrixResults results = MatrixResults::build(TestMatrix(), m_runs);
    if (results.isEmpty()) {
        *problem = Tr::tr("no run belongs to a test plan cell");
        return;
    }
    int test = 0;
    if (spec.query.hasQueryItem(QStringLiteral("test"))) {
        const QString wanted =
            spec.query.queryItemValue(QStringLiteral("test"), QUrl::FullyDecoded);
        test = -1;
        for (int t = 0; t < results.tests.size() && test < 0; ++t) {
            if (results.tests.at(t).name == wanted)
                test = t;
        }
        if (test < 0) {
            *problem = Tr::tr("no test '%1' in the plan").arg(wanted);
            return;
        }
    }
    // The session's order where the template gives it; hosts without runs stay as blank rows.
    auto ordered = [&](const char *key, const QStringList &found) {
        const QString given = spec.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        QStringList order = given.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : found) {
            if (!order.contains(name))
                order << name;
        }
        return order;
    };
    const QStringList clients = ordered("clients", results.clients);
    const QStringList servers = ordered("servers", results.servers);
    const bool asymmetry =
        spec.query.queryItemValue(QStringLiteral("value")) == QLatin1String("asymmetry");
    const MatrixResults::Test &t = results.tests.at(test);
    const bool bits = t.unit == QLatin1String("bit/s");
    auto valueText = [&](double v) {
        return bits ? Format::bitrate(v) : Format::number(v, 1) + QStringLiteral(" /s");
    };

    QString title = spec.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (title.isEmpty())
        title = (asymmetry ? Tr::tr("Forward/reverse asymmetry")
                 : bits    ? QStringLiteral("Throughput")
                           : QStringLiteral("Transactions/s")) +
                Tr::tr(" by client and server") +
                (t.name.isEmpty() ? QString() : QStringLiteral(": ") + t.name);
    QFont font = p->font();
    font.setPointSizeF(8);
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(9);
    const QFontMetricsF fm(font, p->device());
    const double line = fm.height();
    const double unit = std::max(rect.width() / 700.0, 0.5);
    p->setFont(bold);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.4),
                Qt::AlignLeft | Qt::AlignVCenter, title);
    p->setFont(font);

    double labelWidth = fm.horizontalAdvance(QStringLiteral("client \\ server"));
    for (const QString &c : clients)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + line, rect.width() * 0.3);
    const double legendHeight = line * 3.2;
    const QRectF grid(QPointF(rect.left() + labelWidth, rect.top() + line * 3.0),
                      QPointF(rect.right() - line * 0.5, rect.bottom() - legendHeight));
    if (grid.width() <= 0 || grid.height() <= 0 || clients.isEmpty() || servers.isEmpty()) {
        *problem = Tr::tr("too small to draw");
        return;
    }
    const double cw = grid.width() / servers.size();
    const double ch = std::min(grid.height() / clients.size(), line * 4);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), grid.top() - line * 1.4, labelWidth, line * 1.2),
                Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("client \\ server"));
    for (qsizetype s = 0; s < servers.size(); ++s)
        p->drawText(QRectF(grid.left() + s * cw, grid.top() - line * 1.4, cw, line * 1.2),
                    Qt::AlignHCenter | Qt::AlignVCenter,
                    fm.elidedText(servers[s], Qt::ElideMiddle, cw - unit * 4));
    for (qsizetype c = 0; c < clients.size(); ++c) {
        const double y = grid.top() + c * ch;
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), y, labelWidth - unit * 4, ch),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(clients[c], Qt::ElideMiddle, labelWidth - unit * 4));
        for (qsizetype s = 0; s < servers.size(); ++s) {
            const QRectF box(grid.left() + s * cw, y, cw, ch);
            const MatrixResults::Cell *cell = results.cell(clients[c], servers[s], test);
            QColor fill(0xf2, 0xf2, 0xf2);
            QColor ink(0x66, 0x66, 0x66);
            QString text = QStringLiteral("–");
            QString sub;
            if (cell && asymmetry && cell->asymmetry) {
                fill = HeatScale::asymmetryColor(*cell->asymmetry);
                ink = fill.lightnessF() > 0.5 ? Qt::black : Qt::white;
                text = QString::number(*cell->asymmetry, 'f', 2);
                sub = valueText(*cell->forwardValue) + QStringLiteral(" / ") +
                      valueText(*cell->reverseValue);
            } else if (cell && !asymmetry && cell->value) {
                const double at =
                    HeatScale::position(*cell->value, t.min.value_or(0), t.max.value_or(0));
                fill = HeatScale::color(at);
                ink = HeatScale::textColor(at);
                text = valueText(*cell->value);
                if (cell->status == QLatin1String("partial"))
                    sub = QStringLiteral("partial");
                else if (cell->repeats > 1)
                    sub = QStringLiteral("%1 runs").arg(cell->repeats);
            } else if (cell && cell->status == QLatin1String("failed")) {
                fill = QColor(0xfd, 0xe0, 0xe0);
                ink = QColor(0xb0, 0x20, 0x20);
                text = QStringLiteral("failed");
            } else if (cell && cell->status == QLatin1String("skipped")) {
                text = QStringLiteral("skipped");
            }
            p->setPen(QPen(Qt::white, unit * 1.5));
            p->setBrush(fill);
            p->drawRect(box);
            p->setPen(ink);
            const QRectF inner = box.adjusted(unit * 3, unit * 2, -unit * 3, -unit * 2);
            if (sub.isEmpty() || ch < line * 2.2) {
                p->drawText(inner, Qt::AlignCenter,
                            fm.elidedText(text, Qt::ElideRight, inner.width()));
            } else {
                p->drawText(QRectF(inner.left(), inner.center().y() - line, inner.width(), line),
                            Qt::AlignHCenter | Qt::AlignBottom,
                            fm.elidedText(text, Qt::ElideRight, inner.width()));
                p->drawText(QRectF(inner.left(), inner.center().y(), inner.width(), line),
                            Qt::AlignHCenter | Qt::AlignTop,
                            fm.elidedText(sub, Qt::ElideRight, inner.width()));
            }
        }
    }

    // The legend: the scale as a band of colour steps, its ends labelled with their values.
    const double ly = grid.top() + clients.size() * ch + line * 0.9;
    const QRectF band(grid.left(), ly, std::min(grid.width(), 260 * unit), line * 0.9);
    const int steps = 24;
    p->setPen(Qt::NoPen);
    for (int i = 0; i < steps; ++i) {
        const double at = (i + 0.5) / steps;
        p->setBrush(asymmetry ? HeatScale::asymmetryColor(std::pow(2.0, at * 2 - 1))
                              : HeatScale::color(at));
        p->drawRect(QRectF(band.left() + band.width() * i / steps, band.top(),
                           band.width() / steps + unit * 0.3, band.height()));
    }
    p->setPen(Qt::black);
    QString low, high;
    if (asymmetry) {
        low = Tr::tr("0.5 (reverse faster)");
        high = Tr::tr("2 (forward faster)");
    } else {
        low = t.min ? valueText(*t.min) : QStringLiteral("–");
        high = t.max ? valueText(*t.max) : QStringLiteral("–");
    }
    const QRectF labels(band.left(), band.bottom() + unit * 2, band.width(), line);
    p->drawText(labels, Qt::AlignLeft | Qt::AlignTop, low);
    p->drawText(labels, Qt::AlignRight | Qt::AlignTop, high);
    p->drawText(
        QRectF(band.right() + line, band.top() - line * 0.1, grid.right() - band.right(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        asymmetry ? QStringLiteral("forward / reverse") : Tr::tr("low to high"));
}

} // namespace Perfdeck

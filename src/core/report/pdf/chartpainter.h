// Draws report charts with QPainter paths and text only (no pixmaps), so a chart painted into
// a QPdfWriter stays vector and its axis labels are text in the PDF. A chart is named by a
// spec as templates write it: "chart:throughput?run=ID", "chart:runs?group=0",
// "chart:boxplot", "chart:latency?run=ID", "chart:cdf?value=rtt", "chart:histogram?bins=20",
// "chart:matrix?test=NAME" (heatmap is the same chart), "chart:trend?pair=0&series=0"
// (docs/TEMPLATES.md).
#pragma once

#include "model/runresult.h"
#include "results/historytrend.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QUrlQuery>

class QPainter;

namespace Perfdeck {

class ChartPainter final {
public:
    struct Spec {
        QString kind; // throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend
        QUrlQuery query;
        QString text;                           // the spec as written
        static Spec parse(const QString &spec); // "chart:kind?a=b"
        bool isChart() const { return !kind.isEmpty(); }
    };

    ChartPainter(QList<RunResult> runs, QList<RunResult> baseline = {});
    // The history database's trends of the report's pairs (ReportInput::history), for
    // "chart:trend?pair=N&series=M".
    void setHistory(QList<HistoryTrend> history) { m_history = std::move(history); }

    static bool isChartSpec(const QString &source) {
        return source.startsWith(QLatin1String("chart:"));
    }
    // Paints spec into rect; a spec it cannot draw (unknown kind, no such run, no data) is
    // drawn as a framed message saying why, and returned in *problem.
    void paint(QPainter *painter, const QRectF &rect, const Spec &spec,
               QString *problem = nullptr) const;

private:
    QList<qsizetype> selectRuns(const Spec &spec, QString *problem) const;
    void paintThroughput(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintRuns(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintBoxPlot(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintLatency(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintMatrix(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintCdf(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintHistogram(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;
    void paintTrend(QPainter *p, const QRectF &rect, const Spec &spec, QString *problem) const;

    QList<RunResult> m_runs;
    QList<RunResult> m_baseline;
    QList<HistoryTrend> m_history;
};

} // namespace Perfdeck

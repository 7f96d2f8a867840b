// Chart benchmark: 64 concurrent series fed at 10 Hz for the equivalent of one hour (36,000
// points each) into ThroughputChart, printing percentiles of the per-frame update (prepared
// buffers -> QtCharts replace()) and paint (rendering the chart view) times.
// Every tick's samples are ingested; a frame is drawn every --every ticks (default 36, i.e.
// 1,000 frames spread over the hour), because frame cost depends on what is held, not on how
// many frames came before. Run it with bench/run_chart_bench.sh (offscreen platform).
#include "gui/throughputchart.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = size_t(rank);
    const auto hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

// CPU time of this thread: on a loaded machine the wall clock also counts the time other
// processes held the core, so A/B comparisons under load read this one.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(const char *name, const std::vector<double> &ms) {
    std::printf("%-22s n=%-6zu p50=%7.3f  p90=%7.3f  p99=%7.3f  max=%7.3f ms\n", name, ms.size(),
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption seriesOpt(QStringLiteral("series"), QStringLiteral("Series (64)."),
                                 QStringLiteral("n"), QStringLiteral("64"));
    QCommandLineOption pointsOpt(QStringLiteral("points"),
                                 QStringLiteral("Points per series (36000 = 1 h at 10 Hz)."),
                                 QStringLiteral("n"), QStringLiteral("36000"));
    QCommandLineOption everyOpt(QStringLiteral("every"),
                                QStringLiteral("Draw a frame every N ticks (36)."),
                                QStringLiteral("n"), QStringLiteral("36"));
    QCommandLineOption budgetOpt(QStringLiteral("budget"),
                                 QStringLiteral("Chart point budget (the widget's default)."),
                                 QStringLiteral("n"));
    parser.addOptions({seriesOpt, pointsOpt, everyOpt, budgetOpt});
    parser.process(app);
    const int seriesCount = std::max(1, parser.value(seriesOpt).toInt());
    const int points = std::max(1, parser.value(pointsOpt).toInt());
    const int every = std::max(1, parser.value(everyOpt).toInt());

    Perfdeck::ThroughputChart chart;
    chart.resize(1280, 720);
    chart.setRefreshIntervalMs(24 * 3600 * 1000); // frames are driven here, not by the timer
    if (parser.isSet(budgetOpt))
        chart.setPointBudget(parser.value(budgetOpt).toInt());
    chart.show();
    std::vector<int> ids;
    std::vector<double> level;
    for (int s = 0; s < seriesCount; ++s) {
        ids.push_back(chart.addSeries(QStringLiteral("stream %1").arg(s + 1),
                                      QColor::fromHsv((s * 37) % 360, 200, 200), 1.0));
        level.push_back(5e8 + 1e7 * s);
    }
    QImage canvas(chart.chartView()->size(), QImage::Format_ARGB32_Premultiplied);
    QRandomGenerator rng(42);
    std::vector<double> ingestMs;
    std::vector<double> updateMs;
    std::vector<double> paintMs;
    std::vector<double> frameMs;
    std::vector<double> changedMs;
    std::vector<double> stableMs;
    std::vector<double> cpuMs;
    std::vector<double> updateCpuMs;
    std::vector<double> cpuChangedMs;
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    for (int tick = 0; tick < points; ++tick) {
        t.start();
        const double x = (tick + 1) * 0.1;
        for (int s = 0; s < seriesCount; ++s) {
            // A random walk with occasional dips, like a congested TCP stream.
            level[size_t(s)] =
                std::clamp(level[size_t(s)] * (0.97 + 0.06 * rng.generateDouble()), 1e7, 2e9);
            const double dip = rng.bounded(1000) == 0 ? 0.1 : 1.0;
            chart.appendPoint(ids[size_t(s)], QPointF(x, level[size_t(s)] * dip));
        }
        ingestMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if ((tick + 1) % every != 0 && tick + 1 != points)
            continue;
        const auto axes = chart.chartView()->chart()->axes();
        auto range = [&] {
            QList<double> r;
            for (auto *a : axes)
                if (auto *v = qobject_cast<QValueAxis *>(a))
                    r << v->max();
            return r;
        };
        const QList<double> before = range();
        const double cpuStart = threadCpuMs();
        t.start();
        chart.refresh();
        const double update = double(t.nsecsElapsed()) / 1e6;
        updateCpuMs.push_back(threadCpuMs() - cpuStart);
        const bool changed = range() != before;
        t.start();
        canvas.fill(Qt::white);
        {
            QPainter painter(&canvas);
            chart.chartView()->render(&painter);
        }
        const double paint = double(t.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuStart;
        cpuMs.push_back(cpu);
        if (changed)
            cpuChangedMs.push_back(cpu);
        updateMs.push_back(update);
        paintMs.push_back(paint);
        frameMs.push_back(update + paint);
        (changed ? changedMs : stableMs).push_back(update + paint);
        app.processEvents();
    }
    std::printf("bench_gui_chart: %d series x %d points (%.1f h at 10 Hz), frame every %d "
                "ticks, %lld points drawn at the end, %.1f s total\n",
                seriesCount, points, points / 36000.0, every, chart.drawnPointCount(),
                double(total.elapsed()) / 1000.0);
    report("ingest per 10 Hz tick", ingestMs);
    report("update per frame", updateMs);
    report("paint per frame", paintMs);
    report("update+paint", frameMs);
    // Frame cost along the hour (tenths of the frames): a tail at the end is growth, not noise.
    std::printf("update+paint by tenth of the hour (mean ms):");
    for (size_t part = 0; part < 10; ++part) {
        const size_t from = frameMs.size() * part / 10;
        const size_t to = frameMs.size() * (part + 1) / 10;
        double sum = 0;
        for (size_t i = from; i < to; ++i)
            sum += frameMs[i];
        std::printf(" %.1f", to > from ? sum / double(to - from) : 0.0);
    }
    std::printf("\n");
    report("axis changed", changedMs);
    report("axis stable", stableMs);
    report("update CPU", updateCpuMs);
    report("update+paint CPU", cpuMs);
    report("axis changed CPU", cpuChangedMs);
    const double p99 = percentile(frameMs, 99);
    std::printf("goal p99(update+paint) < 16 ms: %s (%.3f ms)\n", p99 < 16 ? "met" : "MISSED", p99);
    return 0;
}

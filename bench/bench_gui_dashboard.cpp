// The live dashboard with 64 simulated runs at 10 Hz (goal: p99 frame under 16 ms). A
// JobRunner that never starts anything emits what 64 running tests would (a sample, a
// progress tick and a log line per run per 100 ms); LiveRuns and the DashboardView take them
// as in the app. A frame is one 100 ms batch of signals plus the view's tick and a full
// synchronous repaint of the window (every pane, the graph, the log).
// Usage: QT_QPA_PLATFORM=offscreen bench_gui_dashboard [--frames N]
#include "exec/jobrunner.h"
#include "gui/dashboardview.h"
#include "monitor/liveruns.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Perfdeck;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    int frames = 600; // one simulated minute
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--frames")); at >= 0)
        frames = std::max(10, args.value(at + 1).toInt());
    constexpr int Runs = 64;

    JobRunner runner;
    LiveRuns live;
    live.attach(&runner);
    DashboardView view;
    view.resize(1280, 800);
    view.setLiveRuns(&live);
    view.show();
    QCoreApplication::processEvents();

    for (int i = 0; i < Runs; ++i) {
        TestSpec spec;
        spec.durationS = 3600;
        spec.name = QStringLiteral("bulk-%1").arg(i + 1);
        Q_EMIT runner.runStarted(i, QStringLiteral("run-%1").arg(i, 4, 10, QLatin1Char('0')), spec);
    }
    QList<double> costs;
    costs.reserve(frames);
    QElapsedTimer clock;
    for (int f = 0; f < frames; ++f) {
        clock.start();
        const double t = 0.1 * (f + 1);
        for (int i = 0; i < Runs; ++i) {
            IntervalSample s;
            s.startS = t - 0.1;
            s.endS = t;
            s.bps = 1e9 * (1.0 + 0.3 * std::sin(t + i));
            s.retransmits = double(f % 3);
            Q_EMIT runner.intervalSample(i, s);
            Q_EMIT runner.runProgress(i, t, 3600);
            Q_EMIT runner.logLine(i, QStringLiteral("client"),
                                  QStringLiteral("[  5] %1-%2 sec  112 MBytes  941 Mbits/sec")
                                      .arg(t - 0.1, 0, 'f', 1)
                                      .arg(t, 0, 'f', 1));
        }
        view.tick();
        view.repaint();
        costs << double(clock.nsecsElapsed()) / 1e6;
    }
    std::sort(costs.begin(), costs.end());
    auto pct = [&](double p) {
        return costs.at(std::min<qsizetype>(costs.size() - 1,
                                            qsizetype(std::ceil(p / 100 * costs.size())) - 1));
    };
    std::printf("dashboard, %d runs, %d frames (100 ms of data each): frame p50 %.2f ms, "
                "p90 %.2f ms, p99 %.2f ms, max %.2f ms (goal: p99 < 16 ms: %s)\n",
                Runs, frames, pct(50), pct(90), pct(99), costs.last(),
                pct(99) < 16 ? "met" : "MISSED");
    return 0;
}

// History benchmark: a 100,000-run database (generated here, with run documents of the usual
// size), then one pair's trend as `perfdeck-cli history trend` and the History dock compute it:
// open the file, read the pair's ok runs, HistoryTrend::compute. Goal: under 50 ms.
// Usage: bench_history [--runs N] [--pairs P] [--keep FILE [--reuse]]
// (--reuse: time the queries on a FILE an earlier --keep left, without filling it again)
#include "results/historystore.h"
#include "results/historytrend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Perfdeck;

namespace {

struct Figures {
    double min = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms[size_t(q * double(ms.size() - 1) + 0.5)]; };
    return {ms.front(), at(0.5), at(0.95), ms.back()};
}

RunResult makeRun(int index, const QString &client, const QString &server, const QDateTime &start,
                  double bps) {
    RunResult run;
    run.id = QStringLiteral("tcp-%1").arg(index);
    run.engine = Engine::Iperf3;
    run.protocol = Protocol::Tcp;
    run.client = client;
    run.server = server + QStringLiteral(":5201");
    run.clientHost = client;
    run.serverHost = server;
    run.durationS = 10;
    run.startedAt = start;
    run.summary.throughputBps = bps;
    run.summary.sentBps = bps * 1.001;
    run.summary.receivedBps = bps;
    run.summary.retransmits = index % 7;
    run.summary.rttMeanUs = 120;
    run.toolVersion = QStringLiteral("iperf 3.12");
    run.command = {QStringLiteral("iperf3"), QStringLiteral("-c"), server, QStringLiteral("-J")};
    for (int i = 0; i < 10; ++i) {
        IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        interval.bps = bps * (0.98 + 0.004 * (i % 5));
        interval.bytes = *interval.bps / 8;
        interval.retransmits = 0;
        interval.sndCwndBytes = 3.1e6;
        interval.rttUs = 118;
        run.intervals << interval;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int runs = 100000;
    int pairs = 50;
    QString keep;
    bool reuse = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString value = args.value(i + 1);
        if (args.at(i) == QLatin1String("--reuse"))
            reuse = true;
        else if (args.at(i) == QLatin1String("--runs"))
            runs = value.toInt(), ++i;
        else if (args.at(i) == QLatin1String("--pairs"))
            pairs = value.toInt(), ++i;
        else if (args.at(i) == QLatin1String("--keep"))
            keep = value, ++i;
    }
    reuse = reuse && !keep.isEmpty() && QFileInfo::exists(keep);
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("history.sqlite")) : keep;
    if (!reuse)
        QFile::remove(path);

    // One busy pair holds a tenth of the runs, the others share the rest; a year of runs with
    // a slow drift, noise and a few drops, so the trend has work to do.
    std::mt19937_64 random(20261202);
    std::normal_distribution<double> noise(0, 0.02);
    const QDateTime end = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer clock;
    clock.start();
    for (bool fill = !reuse; fill; fill = false) {
        HistoryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QList<RunResult> batch;
        for (int i = 0; i < runs; ++i) {
            const int pair = (i % 10 == 0) ? 0 : 1 + (i % std::max(1, pairs - 1));
            const QString client = QStringLiteral("site%1-a").arg(pair);
            const QString server = QStringLiteral("site%1-b").arg(pair);
            const QDateTime start = end.addSecs(-qint64(365) * 24 * 3600 + qint64(i) * 315);
            double bps = 9.4e9 * (1 + noise(random)) * (1 - 0.05 * double(i) / runs);
            if (i % 997 == 0)
                bps *= 0.7;
            batch << makeRun(i, client, server, start, bps);
            if (batch.size() == 1000 || i == runs - 1) {
                if (store.add(batch, HistoryMeta{}, &error) < 0) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                batch.clear();
            }
        }
    }
    const double fillS = double(clock.elapsed()) / 1000;
    std::printf("History benchmark: %d runs, %d pairs, file %.1f MB, filled in %.1f s\n", runs,
                pairs, double(QFileInfo(path).size()) / 1e6, fillS);

    auto trendOf = [&path](const QString &client, const QString &server, qsizetype *points) {
        HistoryStore store(path);
        QString error;
        if (!store.open(&error))
            return false;
        HistoryFilter filter;
        filter.client = client;
        filter.server = server;
        const HistoryTrend trend =
            HistoryTrend::compute(client, server, store.trendEntries(filter, &error));
        *points = trend.series.isEmpty() ? 0 : trend.series.first().points.size();
        return error.isEmpty();
    };
    std::printf("%-34s %8s %8s %8s %8s %8s %8s\n", "case (ms)", "points", "min", "median", "p95",
                "max", "goal");
    for (const auto &[label, pair] :
         {std::pair{"trend of the busiest pair", 0}, std::pair{"trend of a typical pair", 7}}) {
        std::vector<double> ms;
        qsizetype points = 0;
        for (int i = 0; i < 25; ++i) {
            QElapsedTimer t;
            t.start();
            if (!trendOf(QStringLiteral("site%1-a").arg(pair), QStringLiteral("site%1-b").arg(pair),
                         &points))
                return 1;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Figures f = figuresOf(ms);
        std::printf("%-34s %8lld %8.2f %8.2f %8.2f %8.2f %8s\n", label, qlonglong(points), f.min,
                    f.median, f.p95, f.max, "< 50");
    }
    {
        // Where the time of the busiest pair goes: opening, the query, the trend arithmetic.
        std::vector<double> open, query, compute;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            HistoryStore store(path);
            QString error;
            store.open(&error);
            open.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            HistoryFilter filter;
            filter.client = QStringLiteral("site0-a");
            filter.server = QStringLiteral("site0-b");
            const QList<HistoryEntry> entries = store.trendEntries(filter, &error);
            query.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            HistoryTrend::compute(filter.client, filter.server, entries);
            compute.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("busiest pair, median ms: open %.2f, query %.2f, trend %.2f\n",
                    figuresOf(open).median, figuresOf(query).median, figuresOf(compute).median);
    }
    {
        std::vector<double> ms;
        for (int i = 0; i < 25; ++i) {
            QElapsedTimer t;
            t.start();
            HistoryStore store(path);
            QString error;
            store.open(&error);
            HistoryFilter filter;
            filter.limit = 50;
            const QList<HistoryEntry> entries = store.list(filter, &error);
            if (entries.size() != 50)
                return 1;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Figures f = figuresOf(ms);
        std::printf("%-34s %8d %8.2f %8.2f %8.2f %8.2f %8s\n", "history list (newest 50)", 50,
                    f.min, f.median, f.p95, f.max, "-");
    }
    return 0;
}

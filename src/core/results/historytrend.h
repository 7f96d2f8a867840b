// A pair's trend over its stored runs: one series per kind of run (RunKind), each point with
// the band of its baseline (the runs just before it) and whether it is a regression. The CLI's
// `history trend` and the GUI's history view draw the same numbers.
#pragma once

#include "results/historystore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

struct HistoryTrendOptions {
    // The baseline of a point: the `window` ok runs of its series just before it; a point with
    // fewer than `minimumBaseline` earlier runs has no band and is never a regression.
    int window = 10;
    int minimumBaseline = 3;
    double confidence = 0.95;
};

struct HistoryTrendPoint {
    qint64 id = 0;
    QString runId;
    QDateTime startedAt;
    double value = 0;
    int baselineRuns = 0;
    std::optional<double> baselineMean;
    // t confidence interval of the baseline's mean: the band that is drawn.
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    // Where one more run of the baseline would fall at the same confidence (prediction
    // interval, mean - t * s * sqrt(1 + 1/n)): a point below it is a regression. A single run
    // below the CI of a mean is common; below this it is unlikely for an unchanged network.
    std::optional<double> predictionLow;
    bool regression = false;
};

struct HistoryTrendSeries {
    QString kind;      // "iperf3 TCP send, 1 stream, 10 s"
    QString metricKey; // throughput_bps or transactions_per_s
    QList<HistoryTrendPoint> points;
    int regressions = 0;
};

struct HistoryTrend {
    QString client;
    QString server;
    HistoryTrendOptions options;
    QList<HistoryTrendSeries> series; // the kind with the most runs first

    // entries: the pair's runs in any order; only ok runs with a value make points.
    static HistoryTrend compute(const QString &client, const QString &server,
                                const QList<HistoryEntry> &entries,
                                const HistoryTrendOptions &options = {});
    QJsonObject toJson() const;
};

} // namespace Perfdeck

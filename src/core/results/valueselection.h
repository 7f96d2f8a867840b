// Which numbers the statistics see. One value per run or per interval of the chosen metric;
// failed runs and missing values are skipped (and said so), partial runs are used and marked,
// omitted intervals are left out; Jain's index comes from the mean rate of each stream. The
// statistics panel, `perfdeck-cli stats`, reports and exporters all select through here.
#pragma once

#include "model/runkind.h"
#include "model/runresult.h"
#include "stats/descriptive.h"
#include "stats/hypothesis.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Perfdeck::ValueSelection {

enum class Mode {
    PerRun,      // one value per run: a summary field
    PerInterval, // one value per non-omitted interval of the run(s)
};

enum class Unit { BitsPerSecond, PerSecond, Plain };

inline constexpr const char *ThroughputKey = "throughput_bps";
inline constexpr const char *TransactionsKey = "transactions_per_s";

// The summary field to analyse. "", "auto": throughput_bps, or transactions_per_s when no
// usable run (not failed) has a throughput but some have transactions; "throughput" and
// "transactions" name those two; anything else is a summary field, dotted for nested ones
// ("latency_us.p99").
QString resolveMetric(const QList<RunResult> &runs, const QString &requested);
Unit unitOf(const QString &metricKey);
// Latency-like fields (latency, rtt, jitter, lost, retransmit, cpu) are better lower.
Stats::Better betterOf(const QString &metricKey);
// "throughput", "transactions/s" or the key itself: how notes name the metric.
QString metricName(const QString &metricKey);

std::optional<double> runValue(const RunResult &run, const QString &metricKey);
// throughput_bps reads an interval's bps; other keys the interval field of the same name
// (transactions_per_s, or e.g. rtt_us); nullopt when the interval has none.
std::optional<double> intervalValue(const IntervalSample &interval, const QString &metricKey);

// How a run is called where no display label is given: its number ("#3", runLabel()), else
// its id, else "run N" (1-based).
QString defaultRunName(const RunResult &run, qsizetype index);

struct Value {
    QString key;   // "run:<id>" (made unique) or "interval:<run name>/<interval index>"
    QString label; // the run's name, or "5.0–6.0 s" for an interval
    double value = 0;
    qsizetype run = -1;      // index into the runs given
    qsizetype interval = -1; // per interval: index into that run's intervals
    bool partial = false;    // from a run that was stopped early
};

struct Skip {
    enum class Cause { Failed, NoValue, NoIntervals };
    qsizetype run = -1;
    Cause cause = Cause::NoValue;
    QString reason; // "error: connection refused", "no throughput", "no intervals"
};

struct Selection {
    Mode mode = Mode::PerRun;
    QString metricKey;
    std::vector<Value> values;
    QList<Skip> skipped;          // runs that gave no value
    QList<qsizetype> partialRuns; // runs used although stopped early
    // Per interval: the runs whose intervals were used; omitted and value-less intervals.
    QList<qsizetype> intervalRuns;
    int omittedIntervals = 0;
    int missingIntervals = 0;
    // Kinds of the runs that gave values: "protocol (TCP, UDP)" per differing attribute.
    QStringList kindDifferences;
    std::optional<RunKind> kind; // the kind of the first run that gave a value

    // The values whose keys are not excluded, in order.
    std::vector<double> numbers(const QSet<QString> &excluded = {}) const;
    // Indices into values of those numbers.
    std::vector<qsizetype> included(const QSet<QString> &excluded = {}) const;
};

struct Options {
    Mode mode = Mode::PerRun;
    QString metricKey = QLatin1String(ThroughputKey);
    // Per interval: only the first run with intervals (the panel's single-run view), or the
    // intervals of every run (a baseline of several runs).
    bool allRunsIntervals = false;
    // Names runs in value labels and keys; defaultRunName() when unset.
    std::function<QString(const RunResult &, qsizetype)> runName;
};

Selection select(const QList<RunResult> &runs, const Options &options);

// Jain's fairness index across the streams of a run, from each stream's mean rate over the
// run's non-omitted intervals (or, per interval, over the included intervals only); with
// several runs the mean of their indices. Only for throughput and runs with 2+ streams.
struct Fairness {
    double index = 0;
    int streams = 0; // streams of the run(s); the largest count when they differ
    int runs = 0;    // runs that gave an index
};
std::optional<Fairness> jainFairness(const QList<RunResult> &runs, const Selection &selection,
                                     const QSet<QString> &excluded = {});
// The mean rate of each stream of one run over the given intervals (indices into
// run.intervals); streams without a rate are left out.
std::vector<double> streamMeans(const RunResult &run, const std::vector<qsizetype> &intervals);

// Why a comparison of a sample with a baseline may mislead: the kinds that differ between
// them ("protocol: TCP vs UDP") and mixtures within either side. Empty when alike.
QStringList comparisonWarnings(const Selection &sample, const Selection &baseline);

} // namespace Perfdeck::ValueSelection

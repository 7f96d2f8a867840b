#include "results/valueselection.h"

#include "model/runlabel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>
#include <map>

namespace Perfdeck::ValueSelection {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

std::optional<double> finite(const std::optional<double> &value) {
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return value;
}

std::optional<double> jsonPath(const QJsonObject &object, const QString &path) {
    QJsonValue value = object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return std::nullopt;
        value = value.toObject().value(part);
    }
    if (!value.isDouble())
        return std::nullopt;
    return finite(value.toDouble());
}

QString intervalLabel(const IntervalSample &interval) {
    // One decimal: iperf3's and netperf's intervals start on tenths of a second at the finest.
    return Tr::tr("%1–%2 s").arg(QString::number(interval.startS, 'f', 1),
                                 QString::number(interval.endS, 'f', 1));
}

} // namespace

QString resolveMetric(const QList<RunResult> &runs, const QString &requested) {
    if (requested == QLatin1String("throughput"))
        return QLatin1String(ThroughputKey);
    if (requested == QLatin1String("transactions"))
        return QLatin1String(TransactionsKey);
    if (!requested.isEmpty() && requested != QLatin1String("auto"))
        return requested;
    bool anyThroughput = false;
    bool anyTransactions = false;
    for (const RunResult &run : runs) {
        if (run.status == RunStatus::Error)
            continue;
        anyThroughput = anyThroughput || finite(run.summary.throughputBps).has_value();
        anyTransactions = anyTransactions || finite(run.summary.transactionsPerS).has_value();
    }
    return !anyThroughput && anyTransactions ? QLatin1String(TransactionsKey)
                                             : QLatin1String(ThroughputKey);
}

Unit unitOf(const QString &metricKey) {
    if (metricKey.endsWith(QLatin1String("_bps")))
        return Unit::BitsPerSecond;
    if (metricKey.endsWith(QLatin1String("_per_s")))
        return Unit::PerSecond;
    return Unit::Plain;
}

Stats::Better betterOf(const QString &metricKey) {
    for (const char *word : {"latency", "rtt", "jitter", "lost", "retransmit", "cpu"}) {
        if (metricKey.contains(QLatin1String(word)))
            return Stats::Better::Lower;
    }
    return Stats::Better::Higher;
}

QString metricName(const QString &metricKey) {
    if (metricKey == QLatin1String(ThroughputKey))
        return Tr::tr("throughput");
    if (metricKey == QLatin1String(TransactionsKey))
        return Tr::tr("transactions/s");
    return metricKey;
}

std::optional<double> runValue(const RunResult &run, const QString &metricKey) {
    if (metricKey == QLatin1String(ThroughputKey))
        return finite(run.summary.throughputBps);
    if (metricKey == QLatin1String(TransactionsKey))
        return finite(run.summary.transactionsPerS);
    return jsonPath(run.summary.toJson(), metricKey);
}

std::optional<double> intervalValue(const IntervalSample &interval, const QString &metricKey) {
    if (metricKey == QLatin1String(ThroughputKey))
        return finite(interval.bps);
    if (metricKey == QLatin1String(TransactionsKey))
        return finite(interval.transactionsPerS);
    return jsonPath(interval.toJson(), metricKey);
}

QString defaultRunName(const RunResult &run, qsizetype index) {
    if (run.seq > 0)
        return runLabel(run);
    return run.id.isEmpty() ? Tr::tr("run %1").arg(index + 1) : run.id;
}

std::vector<double> Selection::numbers(const QSet<QString> &excluded) const {
    std::vector<double> result;
    result.reserve(values.size());
    for (const Value &value : values) {
        if (!excluded.contains(value.key))
            result.push_back(value.value);
    }
    return result;
}

std::vector<qsizetype> Selection::included(const QSet<QString> &excluded) const {
    std::vector<qsizetype> result;
    for (qsizetype i = 0; i < qsizetype(values.size()); ++i) {
        if (!excluded.contains(values[i].key))
            result.push_back(i);
    }
    return result;
}

Selection select(const QList<RunResult> &runs, const Options &options) {
    Selection selection;
    selection.mode = options.mode;
    selection.metricKey = options.metricKey;
    const auto nameOf = [&](qsizetype index) {
        return options.runName ? options.runName(runs.at(index), index)
                               : defaultRunName(runs.at(index), index);
    };
    QList<RunKind> kinds;
    const auto addKind = [&](const RunResult &run) {
        const RunKind kind = RunKind::of(run);
        if (!selection.kind)
            selection.kind = kind;
        kinds << kind;
    };
    if (options.mode == Mode::PerRun) {
        QSet<QString> keys;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const RunResult &run = runs.at(i);
            if (run.status == RunStatus::Error) {
                selection.skipped << Skip{i, Skip::Cause::Failed,
                                          run.error.isEmpty() ? Tr::tr("error")
                                                              : Tr::tr("error: %1").arg(run.error)};
                continue;
            }
            const std::optional<double> value = runValue(run, options.metricKey);
            if (!value) {
                selection.skipped << Skip{i, Skip::Cause::NoValue,
                                          Tr::tr("no %1").arg(metricName(options.metricKey))};
                continue;
            }
            // Keys survive a re-selection: the run's id, made unique within one selection.
            QString key = QStringLiteral("run:") +
                          (run.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : run.id);
            for (int n = 2; keys.contains(key); ++n)
                key = QStringLiteral("run:%1#%2").arg(run.id).arg(n);
            keys.insert(key);
            const bool partial = run.status == RunStatus::Partial;
            if (partial)
                selection.partialRuns << i;
            selection.values.push_back(Value{key, nameOf(i), *value, i, -1, partial});
            addKind(run);
        }
    } else {
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const RunResult &run = runs.at(i);
            if (run.status == RunStatus::Error || run.intervals.isEmpty()) {
                if (options.allRunsIntervals && run.status == RunStatus::Error)
                    selection.skipped << Skip{i, Skip::Cause::Failed, Tr::tr("error")};
                else if (options.allRunsIntervals)
                    selection.skipped << Skip{i, Skip::Cause::NoIntervals, Tr::tr("no intervals")};
                continue;
            }
            selection.intervalRuns << i;
            const bool partial = run.status == RunStatus::Partial;
            if (partial)
                selection.partialRuns << i;
            // Keys name the run by id (stable across renumbering), labels by its number.
            const QString keyName = run.id.isEmpty() ? Tr::tr("run %1").arg(i + 1) : run.id;
            for (qsizetype k = 0; k < run.intervals.size(); ++k) {
                const IntervalSample &interval = run.intervals.at(k);
                if (interval.omitted) {
                    ++selection.omittedIntervals;
                    continue;
                }
                const std::optional<double> value = intervalValue(interval, options.metricKey);
                if (!value) {
                    ++selection.missingIntervals;
                    continue;
                }
                selection.values.push_back(
                    Value{QStringLiteral("interval:%1/%2").arg(keyName).arg(k),
                          intervalLabel(interval), *value, i, k, partial});
            }
            addKind(run);
            if (!options.allRunsIntervals)
                break;
        }
    }
    selection.kindDifferences = kindDifferences(kinds);
    return selection;
}

std::vector<double> streamMeans(const RunResult &run, const std::vector<qsizetype> &intervals) {
    std::map<int, std::pair<double, int>> sums; // stream id -> (sum of bps, intervals)
    for (qsizetype index : intervals) {
        if (index < 0 || index >= run.intervals.size())
            continue;
        for (const StreamSample &stream : run.intervals.at(index).streams) {
            if (stream.bps && std::isfinite(*stream.bps)) {
                sums[stream.id].first += *stream.bps;
                sums[stream.id].second += 1;
            }
        }
    }
    std::vector<double> means;
    means.reserve(sums.size());
    for (const auto &[id, sum] : sums)
        means.push_back(sum.first / sum.second);
    return means;
}

std::optional<Fairness> jainFairness(const QList<RunResult> &runs, const Selection &selection,
                                     const QSet<QString> &excluded) {
    if (selection.metricKey != QLatin1String(ThroughputKey))
        return std::nullopt;
    // Per run: the run's non-omitted intervals. Per interval: the included intervals of each
    // run, so that excluding an interval takes it out of the streams' means too.
    std::map<qsizetype, std::vector<qsizetype>> intervalsByRun;
    for (qsizetype index : selection.included(excluded)) {
        const Value &value = selection.values[index];
        if (selection.mode == Mode::PerInterval) {
            intervalsByRun[value.run].push_back(value.interval);
            continue;
        }
        std::vector<qsizetype> &intervals = intervalsByRun[value.run];
        const RunResult &run = runs.at(value.run);
        for (qsizetype k = 0; k < run.intervals.size(); ++k) {
            if (!run.intervals.at(k).omitted)
                intervals.push_back(k);
        }
    }
    Fairness fairness;
    double sum = 0;
    for (const auto &[run, intervals] : intervalsByRun) {
        const std::vector<double> means = streamMeans(runs.at(run), intervals);
        if (means.size() < 2)
            continue;
        const Stats::Result<double> index = Stats::jainFairness(means);
        if (!index)
            continue;
        sum += *index;
        fairness.runs += 1;
        fairness.streams = std::max(fairness.streams, int(means.size()));
    }
    if (fairness.runs == 0)
        return std::nullopt;
    fairness.index = sum / fairness.runs;
    return fairness;
}

QStringList comparisonWarnings(const Selection &sample, const Selection &baseline) {
    QStringList warnings;
    // A side that mixes kinds has no one kind to hold against the other: the mixture is named.
    if (sample.kind && baseline.kind && sample.kindDifferences.isEmpty() &&
        baseline.kindDifferences.isEmpty()) {
        const QStringList differences = sample.kind->differencesTo(*baseline.kind);
        if (!differences.isEmpty())
            warnings << Tr::tr("unlike tests: %1 (selection vs baseline)")
                            .arg(differences.join(QStringLiteral(", ")));
    }
    if (!sample.kindDifferences.isEmpty())
        warnings << Tr::tr("the selection mixes unlike runs: %1")
                        .arg(sample.kindDifferences.join(QStringLiteral(", ")));
    if (!baseline.kindDifferences.isEmpty())
        warnings << Tr::tr("the baseline mixes unlike runs: %1")
                        .arg(baseline.kindDifferences.join(QStringLiteral(", ")));
    return warnings;
}

} // namespace Perfdeck::ValueSelection

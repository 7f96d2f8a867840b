#include "gui/statisticscontroller.h"

#include "model/runlabel.h"

#include "results/historystore.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// Beyond this many value x bootstrap resamples the analysis leaves the UI thread
// (10,000 resamples of 100 values take a few milliseconds).
constexpr double SynchronousWorkLimit = 1e6;
constexpr int BootstrapResamples = 10000; // as `perfdeck-cli stats` by default
constexpr int MaxRunsInBaselineCombo = 500;

QString keyOf(StatisticsController::Metric metric) {
    return QLatin1String(metric == StatisticsController::Metric::Throughput
                             ? ValueSelection::ThroughputKey
                             : ValueSelection::TransactionsKey);
}

} // namespace

// What one analysis needs, and what it gives back with everything shown beside it.
struct StatisticsController::Job {
    quint64 generation = 0;
    std::vector<double> values;
    QStringList keys; // of the values
    std::vector<double> baseline;
    bool compare = false;
    double confidence = 0.95;
    QString baselineDescription;
    QString baselineProblem;
    QStringList comparisonWarnings;
    std::optional<ValueSelection::Fairness> jain;
};

struct StatisticsController::Outcome {
    quint64 generation = 0;
    std::optional<Stats::Analysis> analysis;
    QString analysisError;
    QStringList keys;
    std::optional<Stats::Comparison> comparison;
    QString comparisonProblem;
    QStringList comparisonWarnings;
    QString baselineDescription;
    std::optional<Stats::Descriptive> baselineDescriptive;
    std::optional<Stats::ConfidenceInterval> baselineCi;
    std::optional<ValueSelection::Fairness> jain;
};

struct StatisticsController::Baseline {
    std::vector<double> values;
    QString description; // "12 runs, 1 skipped; iperf3 TCP send, 1 stream, 10 s"
    QString problem;     // why there is no comparison
    QStringList warnings;
};

StatisticsController::StatisticsController(QObject *parent)
    : QObject(parent) {
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(0);
    connect(&m_analysisTimer, &QTimer::timeout, this, &StatisticsController::startAnalysis);
    rebuildEntries();
    scheduleAnalysis();
}

StatisticsController::~StatisticsController() = default;

QString StatisticsController::metricKey() const {
    return keyOf(m_metric);
}

// ---- inputs and settings -------------------------------------------------------------------

void StatisticsController::setRuns(const QList<RunResult> &runs, Pool pool) {
    m_runs = runs;
    m_poolNote.clear();
    if (pool == Pool::LikeLatest) {
        // Nothing selected: the runs like the latest one that measured something, never a
        // mixture of whatever the session holds.
        qsizetype reference = -1;
        for (qsizetype i = runs.size() - 1; i >= 0 && reference < 0; --i) {
            const RunResult &run = runs.at(i);
            if (run.status != RunStatus::Error &&
                (ValueSelection::runValue(run, keyOf(Metric::Throughput)) ||
                 ValueSelection::runValue(run, keyOf(Metric::Transactions))))
                reference = i;
        }
        m_runs.clear();
        if (reference >= 0) {
            for (qsizetype index : likeRuns(runs, reference))
                m_runs << runs.at(index);
            m_poolNote = tr("%n run(s) like %1: %2", nullptr, int(m_runs.size()))
                             .arg(ValueSelection::defaultRunName(runs.at(reference), reference),
                                  RunKind::of(runs.at(reference)).describe());
            if (m_runs.size() < runs.size())
                m_poolNote += tr(" (no selection; %n other run(s) left out)", nullptr,
                                 int(runs.size() - m_runs.size()));
            else
                m_poolNote += tr(" (no selection)");
        }
    }
    // Pick the metric the runs have, as `perfdeck-cli stats` does when no --metric is given:
    // the chosen one while any run has it, else the other one if any run has that.
    const auto anyHas = [this](Metric metric) {
        return std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const RunResult &run) {
            return run.status != RunStatus::Error &&
                   ValueSelection::runValue(run, keyOf(metric)).has_value();
        });
    };
    const Metric other = m_metric == Metric::Throughput ? Metric::Transactions : Metric::Throughput;
    if (!anyHas(m_metric) && anyHas(other)) {
        m_metric = other;
        Q_EMIT metricChanged(m_metric);
    }
    rebuildEntries();
    Q_EMIT baselineOffersChanged(); // candidates equal to an analysed run are not offered
    scheduleAnalysis();
}

void StatisticsController::setBaselineCandidates(const QList<RunResult> &runs) {
    m_candidates = runs;
    Q_EMIT baselineOffersChanged();
    scheduleAnalysis();
}

void StatisticsController::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildEntries();
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsController::setMetric(Metric metric) {
    if (metric == m_metric)
        return;
    m_metric = metric;
    Q_EMIT metricChanged(m_metric);
    rebuildEntries();
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsController::setConfidence(double level) {
    if (!(level > 0 && level < 1) || level == m_confidence)
        return;
    m_confidence = level;
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsController::setBaseline(const QString &baselineId) {
    if (baselineId == m_baselineId)
        return;
    m_baselineId = baselineId;
    if (baselineId.startsWith(QLatin1String("file:")) && baselineId.mid(5) != m_baselineFile)
        loadBaselineFile(baselineId.mid(5));
    if (baselineId.startsWith(QLatin1String("history:")) && baselineId != m_historyKey)
        loadHistoryBaseline(baselineId);
    Q_EMIT baselineOffersChanged();
    scheduleAnalysis();
    Q_EMIT baselineChanged(m_baselineId);
    Q_EMIT stateChanged();
}

void StatisticsController::setExcluded(const QString &key, bool excluded) {
    if (key.isEmpty() || excluded == m_excluded.contains(key))
        return;
    if (excluded)
        m_excluded.insert(key);
    else
        m_excluded.remove(key);
    exclusionsEdited();
}

QStringList StatisticsController::exclusions() const {
    QStringList keys(m_excluded.cbegin(), m_excluded.cend());
    keys.sort();
    return keys;
}

void StatisticsController::clearExclusions() {
    if (m_excluded.isEmpty())
        return;
    m_excluded.clear();
    exclusionsEdited();
}

void StatisticsController::excludeIqrOutliers() {
    if (!m_analysis)
        return;
    bool changed = false;
    for (qsizetype index : m_analysis->outliers.iqr) {
        if (index < m_analysedKeys.size()) {
            const QString &key = m_analysedKeys.at(index);
            changed = changed || !m_excluded.contains(key);
            m_excluded.insert(key);
        }
    }
    if (changed)
        exclusionsEdited();
}

void StatisticsController::exclusionsEdited() {
    scheduleAnalysis();
    Q_EMIT exclusionsChanged(exclusions());
    Q_EMIT stateChanged();
}

QJsonObject StatisticsController::saveState() const {
    QJsonObject state;
    state.insert(QStringLiteral("confidence"), m_confidence);
    state.insert(QStringLiteral("metric"), m_metric == Metric::Throughput
                                               ? QStringLiteral("throughput")
                                               : QStringLiteral("transactions"));
    state.insert(QStringLiteral("mode"),
                 m_mode == Mode::PerRun ? QStringLiteral("run") : QStringLiteral("interval"));
    state.insert(QStringLiteral("baseline"), m_baselineId);
    state.insert(QStringLiteral("excluded"), QJsonArray::fromStringList(exclusions()));
    return state;
}

void StatisticsController::restoreState(const QJsonObject &state) {
    setConfidence(state.value(QStringLiteral("confidence")).toDouble(0.95));
    setMetric(state.value(QStringLiteral("metric")).toString() == QLatin1String("transactions")
                  ? Metric::Transactions
                  : Metric::Throughput);
    setMode(state.value(QStringLiteral("mode")).toString() == QLatin1String("interval")
                ? Mode::PerInterval
                : Mode::PerRun);
    setBaseline(state.value(QStringLiteral("baseline")).toString());
    m_excluded.clear();
    for (const QJsonValue &key : state.value(QStringLiteral("excluded")).toArray()) {
        if (!key.toString().isEmpty())
            m_excluded.insert(key.toString());
    }
    scheduleAnalysis();
    Q_EMIT exclusionsChanged(exclusions());
}

// ---- values --------------------------------------------------------------------------------

void StatisticsController::rebuildEntries() {
    ValueSelection::Options options;
    options.mode =
        m_mode == Mode::PerRun ? ValueSelection::Mode::PerRun : ValueSelection::Mode::PerInterval;
    options.metricKey = metricKey();
    m_selection = ValueSelection::select(m_runs, options);
    m_entries = m_selection.values;
    for (Entry &entry : m_entries) {
        if (entry.partial && m_mode == Mode::PerRun)
            entry.label = tr("%1 (partial)").arg(entry.label);
    }
    QStringList skipped;
    for (const ValueSelection::Skip &skip : std::as_const(m_selection.skipped)) {
        const QString name = ValueSelection::defaultRunName(m_runs.at(skip.run), skip.run);
        skipped << (skip.cause == ValueSelection::Skip::Cause::Failed
                        ? tr("%1 (error)").arg(name)
                        : tr("%1 (no %2)").arg(name, ValueSelection::metricName(metricKey())));
    }
    const qsizetype intervalRun =
        m_selection.intervalRuns.isEmpty() ? -1 : m_selection.intervalRuns.first();
    if (m_mode == Mode::PerRun) {
        m_sourceNote = m_poolNote.isEmpty() ? tr("%n run(s) selected", nullptr, int(m_runs.size()))
                                            : m_poolNote;
        if (!m_selection.partialRuns.isEmpty())
            m_sourceNote += tr("; %n partial (stopped early, used)", nullptr,
                               int(m_selection.partialRuns.size()));
    } else if (intervalRun < 0) {
        m_sourceNote = m_runs.isEmpty() ? tr("Select a run to see its intervals.")
                                        : tr("No selected run has intervals.");
    } else {
        const RunResult &run = m_runs.at(intervalRun);
        m_sourceNote =
            tr("Intervals of run %1").arg(ValueSelection::defaultRunName(run, intervalRun));
        if (run.status == RunStatus::Partial)
            m_sourceNote += tr(" (partial: stopped early)");
        if (m_runs.size() > 1)
            m_sourceNote += tr(" (the first of %n selected runs)", nullptr, int(m_runs.size()));
        if (m_selection.omittedIntervals > 0)
            skipped << tr("%n omitted interval(s)", nullptr, m_selection.omittedIntervals);
        if (m_selection.missingIntervals > 0)
            skipped << tr("%n interval(s) without %1", nullptr, m_selection.missingIntervals)
                           .arg(ValueSelection::metricName(metricKey()));
    }
    if (!skipped.isEmpty()) {
        m_sourceNote += tr("; %n skipped: %1", nullptr, int(skipped.size()))
                            .arg(skipped.join(QStringLiteral(", ")));
    }
    Q_EMIT entriesChanged();
}

QSet<qsizetype> StatisticsController::outlierEntries() const {
    // The analysis names positions in its own values; their keys find today's entries.
    QSet<qsizetype> set;
    if (!m_analysis)
        return set;
    QHash<QString, qsizetype> entryOfKey;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i)
        entryOfKey.insert(m_entries[i].key, i);
    for (const auto *rule :
         {&m_analysis->outliers.iqr, &m_analysis->outliers.zScore, &m_analysis->outliers.mad}) {
        for (qsizetype index : *rule) {
            if (index < m_analysedKeys.size()) {
                const auto it = entryOfKey.constFind(m_analysedKeys.at(index));
                if (it != entryOfKey.cend())
                    set.insert(*it);
            }
        }
    }
    return set;
}

QSet<qsizetype> StatisticsController::analysedEntries() const {
    const QSet<QString> analysed(m_analysedKeys.cbegin(), m_analysedKeys.cend());
    QSet<qsizetype> set;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        if (analysed.contains(m_entries[i].key))
            set.insert(i);
    }
    return set;
}

qsizetype StatisticsController::entryOfAnalysed(qsizetype index) const {
    if (index < 0 || index >= m_analysedKeys.size())
        return -1;
    const QString &key = m_analysedKeys.at(index);
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        if (m_entries[i].key == key)
            return i;
    }
    return -1;
}

QStringList StatisticsController::warnings() const {
    QStringList list;
    if (!m_selection.kindDifferences.isEmpty())
        list << tr("the selection mixes unlike runs: %1")
                    .arg(m_selection.kindDifferences.join(u", "));
    for (const QString &warning : m_comparisonWarnings) {
        if (!list.contains(warning))
            list << warning;
    }
    return list;
}

QJsonObject StatisticsController::statisticsJson() const {
    if (!m_analysis)
        return {};
    // The fields of `perfdeck-cli stats --json`, filled by the same rules.
    QJsonObject json = Stats::toJson(*m_analysis);
    json.insert(QStringLiteral("jain"),
                m_jain ? QJsonValue(QJsonObject{{QStringLiteral("index"), m_jain->index},
                                                {QStringLiteral("streams"), m_jain->streams},
                                                {QStringLiteral("runs"), m_jain->runs}})
                       : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("warnings"),
                QJsonArray::fromStringList(
                    m_selection.kindDifferences.isEmpty()
                        ? QStringList()
                        : QStringList{tr("the selection mixes unlike runs: %1")
                                          .arg(m_selection.kindDifferences.join(u", "))}));
    if (m_comparison) {
        QJsonObject comparison = Stats::toJson(*m_comparison);
        comparison.insert(QStringLiteral("comparable"), m_comparisonWarnings.isEmpty());
        comparison.insert(QStringLiteral("warnings"),
                          QJsonArray::fromStringList(m_comparisonWarnings));
        json.insert(QStringLiteral("comparison"), comparison);
    }
    return json;
}

// ---- baseline ------------------------------------------------------------------------------

bool StatisticsController::isAnalysed(const RunResult &candidate) const {
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [&](const RunResult &r) { return r.id == candidate.id && r == candidate; });
}

QList<RunResult> StatisticsController::baselineRuns() const {
    if (m_baselineId.isEmpty())
        return {};
    if (m_baselineId.startsWith(QLatin1String("file:")))
        return m_baselineId.mid(5) == m_baselineFile ? m_baselineFileRuns : QList<RunResult>();
    if (m_baselineId.startsWith(QLatin1String("history:"))) {
        // The analysed runs are in the history too (every finished run is stored): as with
        // `stats --baseline history:PAIR`, a run is never compared with itself.
        QList<RunResult> runs;
        if (m_baselineId != m_historyKey)
            return runs;
        for (const RunResult &stored : m_historyRuns) {
            const bool analysed =
                std::any_of(m_runs.cbegin(), m_runs.cend(), [&stored](const RunResult &r) {
                    return r.id == stored.id && r.startedAt == stored.startedAt;
                });
            if (!analysed)
                runs << stored;
        }
        return runs;
    }
    QList<RunResult> runs;
    for (const RunResult &candidate : m_candidates) {
        if (isAnalysed(candidate))
            continue;
        if (m_baselineId == QLatin1String("all") ||
            (m_baselineId.startsWith(QLatin1String("source:")) &&
             candidate.source == m_baselineId.mid(7)) ||
            (m_baselineId.startsWith(QLatin1String("run:")) &&
             candidate.id == m_baselineId.mid(4))) {
            runs << candidate;
            if (m_baselineId.startsWith(QLatin1String("run:")))
                break;
        }
    }
    return runs;
}

StatisticsController::Baseline StatisticsController::baseline() const {
    Baseline result;
    if (m_baselineId.isEmpty())
        return result;
    if (m_baselineId.startsWith(QLatin1String("file:")) && !m_baselineFileError.isEmpty() &&
        m_baselineId.mid(5) == m_baselineFile) {
        result.problem = m_baselineFileError;
        return result;
    }
    const bool fromHistory = m_baselineId.startsWith(QLatin1String("history:"));
    if (fromHistory && m_baselineId == m_historyKey && !m_historyError.isEmpty()) {
        result.problem = m_historyError;
        return result;
    }
    const QList<RunResult> runs = baselineRuns();
    if (runs.isEmpty()) {
        result.problem = m_baselineId.startsWith(QLatin1String("file:")) && m_baselineFile.isEmpty()
                             ? tr("Reading the baseline file…")
                         : fromHistory && m_baselineId != m_historyKey
                             ? tr("Reading the baseline from the history…")
                             : tr("The baseline runs are not available.");
        return result;
    }
    // Per interval, the baseline is the intervals of all its runs.
    ValueSelection::Options options;
    options.mode =
        m_mode == Mode::PerRun ? ValueSelection::Mode::PerRun : ValueSelection::Mode::PerInterval;
    options.metricKey = metricKey();
    options.allRunsIntervals = true;
    const ValueSelection::Selection selection = ValueSelection::select(runs, options);
    result.values = selection.numbers();
    result.warnings = ValueSelection::comparisonWarnings(m_selection, selection);
    const int skipped = int(selection.skipped.size());
    result.description = m_mode == Mode::PerRun
                             ? tr("%n run(s)", nullptr, int(result.values.size()))
                             : tr("%n interval(s) of %1", nullptr, int(result.values.size()))
                                   .arg(tr("%n run(s)", nullptr, int(runs.size())));
    if (skipped > 0)
        result.description += tr(", %n skipped", nullptr, skipped);
    if (selection.kind && selection.kindDifferences.isEmpty())
        result.description += QStringLiteral("; ") + selection.kind->describe();
    if (result.values.size() < 2) {
        result.problem =
            m_mode == Mode::PerRun
                ? tr("The baseline has %n value(s); a comparison needs at least 2. Choose "
                     "several runs, or compare intervals (per-interval mode).",
                     nullptr, int(result.values.size()))
                : tr("The baseline has %n interval value(s); a comparison needs at "
                     "least 2.",
                     nullptr, int(result.values.size()));
    }
    return result;
}

QList<StatisticsController::BaselineOffer> StatisticsController::baselineOffers() const {
    QList<BaselineOffer> offers{{QString(), tr("None"), QString()}};
    QList<RunResult> offered;
    for (const RunResult &candidate : m_candidates) {
        if (!isAnalysed(candidate))
            offered << candidate;
    }
    if (!offered.isEmpty())
        offers << BaselineOffer{QStringLiteral("all"),
                                tr("All candidates (%n run(s))", nullptr, int(offered.size())),
                                QString()};
    QMap<QString, int> sources;
    for (const RunResult &run : std::as_const(offered)) {
        if (!run.source.isEmpty())
            sources[run.source] += 1;
    }
    if (sources.size() > 1 || (sources.size() == 1 && sources.first() < offered.size())) {
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            offers << BaselineOffer{
                QStringLiteral("source:") + it.key(),
                tr("%1 (%n run(s))", nullptr, it.value()).arg(QFileInfo(it.key()).fileName()),
                it.key()};
        }
    }
    QSet<QString> ids;
    for (const RunResult &run : std::as_const(offered)) {
        if (run.id.isEmpty() || ids.contains(run.id) || ids.size() >= MaxRunsInBaselineCombo)
            continue;
        ids.insert(run.id);
        offers << BaselineOffer{QStringLiteral("run:") + run.id,
                                run.seq > 0 ? runTitle(run) : tr("Run %1").arg(run.id), QString()};
    }
    if (!m_baselineFile.isEmpty()) {
        const QString name = QFileInfo(m_baselineFile).fileName();
        offers << BaselineOffer{
            QStringLiteral("file:") + m_baselineFile,
            m_baselineFileError.isEmpty()
                ? tr("%1 (%n run(s), file)", nullptr, int(m_baselineFileRuns.size())).arg(name)
                : tr("%1 (not usable)").arg(name),
            m_baselineFileError.isEmpty() ? m_baselineFile : m_baselineFileError};
    }
    if (!m_historyKey.isEmpty()) {
        QString pair;
        if (!m_historyRuns.isEmpty())
            pair = HistoryStore::pairClientOf(m_historyRuns.constFirst()) + QStringLiteral("..") +
                   HistoryStore::pairServerOf(m_historyRuns.constFirst());
        offers << BaselineOffer{
            m_historyKey,
            m_historyError.isEmpty()
                ? tr("%1, %n run(s) (history)", nullptr, int(m_historyRuns.size())).arg(pair)
                : tr("History runs (not usable)"),
            m_historyError.isEmpty() ? m_historyDatabase : m_historyError};
    }
    const bool known = std::any_of(offers.cbegin(), offers.cend(),
                                   [this](const BaselineOffer &o) { return o.id == m_baselineId; });
    if (!known) {
        // Keep showing what was chosen (e.g. restored from a session) until its runs arrive.
        const QString name = m_baselineId.section(QLatin1Char(':'), 1);
        offers << BaselineOffer{
            m_baselineId, tr("%1 (not available)").arg(QFileInfo(name).fileName()), QString()};
    }
    return offers;
}

void StatisticsController::loadBaselineFile(const QString &path) {
    const quint64 generation = ++m_fileGeneration;
    m_baselineFile.clear();
    m_baselineFileRuns.clear();
    m_baselineFileError.clear();
    using Loaded = std::pair<QList<RunResult>, QString>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_fileGeneration)
            return; // another file was chosen meanwhile
        const Loaded loaded = watcher->result();
        m_baselineFile = path;
        m_baselineFileRuns = loaded.first;
        m_baselineFileError = loaded.second;
        Q_EMIT baselineOffersChanged();
        scheduleAnalysis();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        ResultsDocument document;
        QString error;
        if (!ResultsDocument::load(path, &document, &error)) {
            // A session holds runs too; anything else is refused with the reader's reason
            // (file, line and column, or what the format field says).
            Session session;
            QString sessionError;
            if (Session::load(path, &session, &sessionError)) {
                document.runs = session.runs;
                error.clear();
            } else if (error.contains(QLatin1String(Session::FormatId))) {
                error = sessionError;
            }
        }
        if (!error.isEmpty())
            return Loaded{{}, error.contains(path) ? error : path + QStringLiteral(": ") + error};
        if (document.runs.isEmpty())
            return Loaded{{},
                          tr("%1: no runs in this document, nothing to compare with").arg(path)};
        return Loaded{document.runs, QString()};
    }));
}

void StatisticsController::loadHistoryBaseline(const QString &baselineId) {
    const quint64 generation = ++m_historyGeneration;
    m_historyKey.clear();
    m_historyRuns.clear();
    m_historyError.clear();
    QList<qint64> ids;
    for (const QString &text : baselineId.mid(8).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok)
            ids << id;
    }
    using Loaded = std::pair<QList<RunResult>, QString>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this,
            [this, watcher, generation, baselineId] {
                watcher->deleteLater();
                if (generation != m_historyGeneration)
                    return;
                const Loaded loaded = watcher->result();
                m_historyKey = baselineId;
                m_historyRuns = loaded.first;
                m_historyError = loaded.second;
                Q_EMIT baselineOffersChanged();
                scheduleAnalysis();
            });
    // Its own connection on the pool thread: Qt SQL connections belong to one thread.
    const QString database = HistoryStore::resolvePath(m_historyDatabase);
    watcher->setFuture(QtConcurrent::run([database, ids] {
        if (ids.isEmpty())
            return Loaded{{}, tr("No history runs chosen for the baseline.")};
        HistoryStore store(database);
        QString error;
        if (!store.open(&error))
            return Loaded{{}, error};
        const QList<RunResult> runs = store.runs(ids, &error);
        return Loaded{runs, runs.isEmpty() ? error : QString()};
    }));
}

// ---- analysis ------------------------------------------------------------------------------

StatisticsController::Outcome StatisticsController::compute(const Job &job) {
    Outcome outcome;
    outcome.generation = job.generation;
    outcome.keys = job.keys;
    outcome.jain = job.jain;
    outcome.baselineDescription = job.baselineDescription;
    outcome.comparisonProblem = job.baselineProblem;
    outcome.comparisonWarnings = job.comparisonWarnings;
    Stats::AnalysisOptions options;
    options.confidence = job.confidence;
    options.bootstrapOptions.resamples = BootstrapResamples;
    const Stats::Result<Stats::Analysis> analysis = Stats::analyze(job.values, options);
    if (analysis)
        outcome.analysis = *analysis;
    else
        outcome.analysisError = analysis.error();
    if (!job.compare)
        return outcome;
    if (const auto d = Stats::describe(job.baseline))
        outcome.baselineDescriptive = *d;
    if (const auto ci = Stats::tConfidenceInterval(job.baseline, job.confidence))
        outcome.baselineCi = *ci;
    if (job.values.size() < 2) {
        outcome.comparisonProblem = tr("A comparison needs at least 2 values in the selection.");
        return outcome;
    }
    Stats::CompareOptions compareOptions;
    compareOptions.confidence = job.confidence;
    compareOptions.better = Stats::Better::Higher; // throughput and transactions per second
    const Stats::Result<Stats::Comparison> comparison =
        Stats::compareToBaseline(job.values, job.baseline, compareOptions);
    if (comparison)
        outcome.comparison = *comparison;
    else
        outcome.comparisonProblem = comparison.error();
    return outcome;
}

void StatisticsController::scheduleAnalysis() {
    ++m_generation; // whatever is running now is stale
    m_analysisTimer.start();
}

void StatisticsController::startAnalysis() {
    Job job;
    job.generation = m_generation;
    job.confidence = m_confidence;
    for (qsizetype index : m_selection.included(m_excluded)) {
        job.values.push_back(m_entries[index].value);
        job.keys << m_entries[index].key;
    }
    Baseline base = baseline();
    job.baseline = std::move(base.values);
    job.baselineDescription = base.description;
    job.baselineProblem = base.problem;
    job.comparisonWarnings = base.warnings;
    job.compare = base.problem.isEmpty() && !m_baselineId.isEmpty();
    job.jain = ValueSelection::jainFairness(m_runs, m_selection, m_excluded);

    const double work = double(job.values.size() + job.baseline.size()) * BootstrapResamples;
    if (work <= SynchronousWorkLimit) {
        m_running = false;
        applyOutcome(compute(job));
        return;
    }
    m_running = true;
    Q_EMIT analysisStarted();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.generation != m_generation)
            return; // the inputs changed while it ran; a newer analysis is on its way
        m_running = false;
        applyOutcome(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&StatisticsController::compute, std::move(job)));
}

void StatisticsController::applyOutcome(const Outcome &outcome) {
    m_analysis = outcome.analysis;
    m_analysisError = outcome.analysisError;
    m_analysedKeys = outcome.keys;
    m_jain = outcome.jain;
    m_comparison = outcome.comparison;
    m_comparisonProblem = outcome.comparisonProblem;
    m_comparisonWarnings = outcome.comparisonWarnings;
    m_baselineDescription = outcome.baselineDescription;
    m_baselineDescriptive = outcome.baselineDescriptive;
    m_baselineCi = outcome.baselineCi;
    Q_EMIT analysisUpdated();
}

} // namespace Perfdeck

// The statistics panel's analysis, without widgets: which runs and values (ValueSelection),
// the baseline, exclusions, and the Stats::analyze()/compareToBaseline() jobs, run after the
// event loop turns and off the UI thread when they are big. Everything shown beside an
// analysis (the keys of its values, Jain's index, the baseline's text and warnings) comes
// back with that analysis's job, so a result never meets the inputs of a newer request.
//
// Baseline choice (baselineId()):
//   ""                  no comparison;
//   "all"               every baseline candidate;
//   "source:<source>"   the candidates whose RunResult::source is <source> (one imported file);
//   "run:<id>"          one candidate run;
//   "file:<path>"       the runs of a results document or session loaded from a file (the
//                       path is kept in the state, and the file is read again on restore);
//   "history:<ids>"     runs of the history database (comma-separated history ids, read
//                       again from setHistoryDatabase()'s file on restore).
// Candidates equal to a run being analysed are never part of the baseline.
#pragma once

#include "model/runresult.h"
#include "results/valueselection.h"
#include "stats/analysis.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <vector>

namespace Perfdeck {

class StatisticsController final : public QObject {
    Q_OBJECT
public:
    enum class Mode { PerRun, PerInterval };
    Q_ENUM(Mode)
    enum class Metric { Throughput, Transactions }; // summary/interval bps or transactions/s
    Q_ENUM(Metric)
    // Selection: exactly the runs given. LikeLatest: the runs like the latest one that
    // measured something (what the panel shows while no row is selected).
    enum class Pool { Selection, LikeLatest };
    Q_ENUM(Pool)

    using Entry = ValueSelection::Value;

    // One entry of the baseline combo: its id and how it reads.
    struct BaselineOffer {
        QString id;
        QString text;
        QString toolTip;
    };

    explicit StatisticsController(QObject *parent = nullptr);
    ~StatisticsController() override;

    void setRuns(const QList<RunResult> &runs, Pool pool = Pool::Selection);
    void setBaselineCandidates(const QList<RunResult> &runs);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Mode and metric from a user's choice, or ignored when unchanged.
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    QString metricKey() const;
    void setConfidence(double level); // (0, 1)
    double confidence() const { return m_confidence; }
    void setBaseline(const QString &baselineId);
    QString baselineId() const { return m_baselineId; }
    QList<BaselineOffer> baselineOffers() const;
    // Reads a results document or session off the UI thread and offers it as "file:<path>".
    void loadBaselineFile(const QString &path);
    QString baselineFile() const { return m_baselineFile; }
    // The runs the chosen baseline stands for (empty while a file is read or without one).
    QList<RunResult> baselineRuns() const;
    // The history database "history:<ids>" baselines are read from.
    void setHistoryDatabase(const QString &path) { m_historyDatabase = path; }

    // The values (excluded ones too), in order; keys survive a re-selection.
    const std::vector<Entry> &entries() const { return m_entries; }
    const QList<RunResult> &runs() const { return m_runs; }
    // "12 run(s) selected; 2 skipped: …", "3 run(s) like tcp-3: …".
    QString sourceNote() const { return m_sourceNote; }
    void setExcluded(const QString &key, bool excluded);
    bool isExcluded(const QString &key) const { return m_excluded.contains(key); }
    QStringList exclusions() const; // sorted
    void clearExclusions();
    // Excludes the IQR outliers of the shown analysis (by its keys: a newer may be running).
    void excludeIqrOutliers();
    // Entry indices that any rule of the shown analysis calls an outlier.
    QSet<qsizetype> outlierEntries() const;
    // Entry indices of the values the shown analysis used.
    QSet<qsizetype> analysedEntries() const;
    // The entry index of the analysis's value number `index`, or -1 when it is gone.
    qsizetype entryOfAnalysed(qsizetype index) const;

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    bool isBusy() const { return m_analysisTimer.isActive() || m_running; }
    bool isComputingInBackground() const { return m_running; }
    const std::optional<Stats::Analysis> &analysis() const { return m_analysis; }
    QString analysisError() const { return m_analysisError; }
    qsizetype analysedCount() const { return m_analysedKeys.size(); }
    const std::optional<Stats::Comparison> &comparison() const { return m_comparison; }
    QString comparisonProblem() const { return m_comparisonProblem; }
    QStringList comparisonWarnings() const { return m_comparisonWarnings; }
    QString baselineDescription() const { return m_baselineDescription; }
    const std::optional<Stats::Descriptive> &baselineDescriptive() const {
        return m_baselineDescriptive;
    }
    const std::optional<Stats::ConfidenceInterval> &baselineCi() const { return m_baselineCi; }
    const std::optional<ValueSelection::Fairness> &fairness() const { return m_jain; }
    // The selection's mixture and the comparison's warnings.
    QStringList warnings() const;
    // What `perfdeck-cli stats --json` prints for the same runs.
    QJsonObject statisticsJson() const;

Q_SIGNALS:
    void entriesChanged();  // runs, mode or metric: entries() and sourceNote()
    void analysisStarted(); // a background job began
    void analysisUpdated();
    void exclusionsChanged(const QStringList &excludedKeys);
    void baselineChanged(const QString &baselineId);
    void baselineOffersChanged();
    void metricChanged(Metric metric);
    // Anything saveState() returns changed by user action or a setter.
    void stateChanged();

private:
    struct Job;
    struct Outcome;
    struct Baseline;
    static Outcome compute(const Job &job);

    void rebuildEntries();
    void scheduleAnalysis();
    void startAnalysis();
    void applyOutcome(const Outcome &outcome);
    Baseline baseline() const;
    void loadHistoryBaseline(const QString &baselineId);
    bool isAnalysed(const RunResult &candidate) const;
    void exclusionsEdited();

    QList<RunResult> m_runs; // the selection, or the like runs pooled from the session
    QString m_poolNote;
    QList<RunResult> m_candidates;
    QString m_baselineFile; // a file loaded for the baseline, with its runs or error
    QList<RunResult> m_baselineFileRuns;
    QString m_baselineFileError;
    QString m_historyDatabase;
    QString m_historyKey; // the "history:<ids>" whose runs (or error) are loaded
    QList<RunResult> m_historyRuns;
    QString m_historyError;
    quint64 m_historyGeneration = 0;
    quint64 m_fileGeneration = 0; // the newest baseline file load asked for
    Mode m_mode = Mode::PerRun;
    Metric m_metric = Metric::Throughput;
    double m_confidence = 0.95;
    QString m_baselineId;
    QSet<QString> m_excluded;

    ValueSelection::Selection m_selection;
    std::vector<Entry> m_entries; // m_selection.values, labels marked for partial runs
    QString m_sourceNote;

    QTimer m_analysisTimer;
    quint64 m_generation = 0; // the newest analysis asked for; older results are dropped
    bool m_running = false;
    // The last finished analysis and all that belongs to it (see the header comment).
    std::optional<Stats::Analysis> m_analysis;
    QString m_analysisError;
    QStringList m_analysedKeys;
    std::optional<Stats::Comparison> m_comparison;
    QString m_comparisonProblem;
    QStringList m_comparisonWarnings;
    QString m_baselineDescription;
    std::optional<Stats::Descriptive> m_baselineDescriptive;
    std::optional<Stats::ConfidenceInterval> m_baselineCi;
    std::optional<ValueSelection::Fairness> m_jain;
};

} // namespace Perfdeck

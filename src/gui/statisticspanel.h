// The statistics side panel: honest numbers for the runs selected in the results table (one
// value per run) or for the intervals of one run, computed by the same Stats::analyze() and
// Stats::compareToBaseline() calls as `perfdeck-cli stats`, so both show the same numbers for
// the same runs. Shows mean ± t interval, bootstrap interval, spread, normality, outliers (by
// IQR, z-score and MAD; excludable by clicking them), Jain fairness across streams, a verdict
// against a chosen baseline, and a values chart, a histogram and a box plot.
//
// Which values: the rules of ValueSelection (core), shared with `perfdeck-cli stats`. Runs of
// unlike tests (RunKind: engine, protocol, direction, streams, bitrate, duration, netperf
// test) are never pooled or compared silently: with nothing selected the panel takes only the
// runs like the latest one and says so; a selection or a baseline that mixes kinds, or a
// baseline unlike the selection, is named in a warning above the numbers and in the verdict.
//
// Meant to live in a QDockWidget. The host feeds it:
//   setRuns(selection)              on every selection change of the results table, or
//   setRuns(all, Pool::LikeLatest)  when nothing is selected;
//   setBaselineCandidates(runs)     when the session's runs change (the runs a user may compare
//                                   against; runs equal to a selected run are left out);
//   restoreState(uiState["statistics"]) after opening a session, and stores saveState() back
//                                   whenever stateChanged() is emitted.
//
// Baseline choice (baselineId()):
//   ""                  no comparison;
//   "all"               every baseline candidate;
//   "source:<source>"   the candidates whose RunResult::source is <source> (one imported file);
//   "run:<id>"          one candidate run;
//   "file:<path>"       the runs of a results document loaded with "From file…" (the path is
//                       kept in the state, and the file is read again on restoreState()).
// In per-run mode the baseline sample is one value per baseline run (like
// `perfdeck-cli stats FILE --baseline FILE`); in per-interval mode it is the (non-omitted)
// intervals of the baseline runs, so one run's intervals can be compared with another's.
// Exclusions apply to the selection's values only, never to the baseline.
#pragma once

#include "model/runresult.h"
#include "results/valueselection.h"
#include "stats/analysis.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QPointF;
namespace Ui {
class StatisticsPanel;
}
QT_END_NAMESPACE

namespace Perfdeck {

class StatisticsPanel final : public QWidget {
    Q_OBJECT
public:
    enum class Mode { PerRun, PerInterval };
    Q_ENUM(Mode)
    enum class Metric { Throughput, Transactions }; // summary/interval bps or transactions/s
    Q_ENUM(Metric)
    // Selection: exactly the runs given. LikeLatest: the runs like the latest usable one
    // (what the panel shows while no row is selected).
    enum class Pool { Selection, LikeLatest };
    Q_ENUM(Pool)

    explicit StatisticsPanel(QWidget *parent = nullptr);
    ~StatisticsPanel() override;

    // The runs selected in the results table. Runs with status error or without a value for
    // the metric are skipped (and named in a note). When no run has the chosen metric but some
    // have the other one, the metric switches (as `perfdeck-cli stats` picks its default).
    void setRuns(const QList<RunResult> &runs, Pool pool = Pool::Selection);
    // Shorthand for setRuns({run}) + setMode(Mode::PerInterval).
    void setIntervalSamples(const RunResult &run);
    // The runs the baseline combo offers (see the header comment for the choices).
    void setBaselineCandidates(const QList<RunResult> &runs);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    // 0.90, 0.95 or 0.99 in the combo; another level in (0, 1) is added to it.
    void setConfidence(double level);
    double confidence() const { return m_confidence; }
    // One of the ids described above; an id whose runs are not known yet is remembered and
    // used as soon as they arrive.
    void setBaseline(const QString &baselineId);
    QString baselineId() const { return m_baselineId; }
    // The ids the combo offers right now, "" (none) first.
    QStringList baselineIds() const;

    // Values are identified by keys that survive a re-selection: "run:<id>" per run,
    // "interval:<run id>/<interval index>" per interval.
    QStringList valueKeys() const;
    QList<double> values() const; // every value shown, excluded ones too, in order
    void setExcluded(const QString &key, bool excluded);
    bool isExcluded(const QString &key) const { return m_excluded.contains(key); }
    QStringList exclusions() const; // sorted
    void clearExclusions();

    // {"confidence", "metric", "mode", "baseline", "excluded": [keys]}.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Results of the last finished analysis. Analysis runs after the event loop turns (several
    // setter calls in a row cost one analysis) and off the UI thread when it is big.
    bool isBusy() const;
    const std::optional<Stats::Analysis> &analysis() const { return m_analysis; }
    const std::optional<Stats::Comparison> &comparison() const { return m_comparison; }
    // Stats::toJson(analysis) plus "comparison": the object `perfdeck-cli stats --json` prints.
    QJsonObject statisticsJson() const;
    std::optional<double> jainFairness() const {
        return m_jain ? std::optional<double>(m_jain->index) : std::nullopt;
    }
    // What may mislead: the selection mixes unlike runs, the baseline does, or the baseline is
    // another kind of test than the selection. Empty when all is alike.
    QStringList warnings() const;
    // The runs the values come from (after pooling like runs), as given to setRuns().
    const QList<RunResult> &pooledRuns() const { return m_runs; }

    // "9,500.2 ± 124.5 Mbit/s": value and half-width in one unit chosen from the half-width,
    // with the locale's group separators. The labels of the panel are made with it.
    static QString formatWithHalfWidth(double value, double halfWidth, Metric metric,
                                       const QLocale &locale);
    // "0.0123", or "1.23e-07" below 1e-4.
    static QString formatPValue(double p, const QLocale &locale);

Q_SIGNALS:
    void exclusionsChanged(const QStringList &excludedKeys);
    void baselineChanged(const QString &baselineId);
    // Anything saveState() returns changed by user action or a setter.
    void stateChanged();
    void analysisUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Entry = ValueSelection::Value;
    struct Unit {
        double scale = 1;
        QString suffix;
        int decimals = 1;
    };
    struct Job;
    struct Outcome;
    static Outcome compute(const Job &job);

    void rebuildEntries();
    void updateWarnings();
    void rebuildBaselineCombo();
    void scheduleAnalysis();
    void startAnalysis();
    void applyOutcome(const Outcome &outcome);
    void showNumbers();
    void showComparison();
    void updateValuesChart();
    void updateDistributionCharts();
    void updateValueList();
    void updateExclusionsLabel();
    void chooseBaselineFile();
    void loadBaselineFile(const QString &path);
    void excludeIqrOutliers();
    void togglePoint(const QPointF &point);
    void setupCharts();
    void fitNumbersSoon(); // the numbers get the height they need, the charts the rest

    struct Baseline {
        std::vector<double> values;
        QString description; // "12 runs, 1 skipped"
        QString problem;     // why there is no comparison
        QStringList warnings;
    };
    Baseline baseline() const;
    QList<RunResult> baselineRuns() const;
    QSet<qsizetype> outlierEntries() const; // by any rule, indices into m_entries
    QString metricKey() const;
    Unit displayUnit() const;
    QString formatValue(double value, const Unit &unit) const;
    QLocale displayLocale() const;
    QString levelText() const;

    std::unique_ptr<Ui::StatisticsPanel> m_ui;
    QList<RunResult> m_runs; // the selection, or the like runs pooled from the session
    QList<RunResult> m_candidates;
    QString m_poolNote;     // "5 runs like run-3: iperf3 TCP send, 1 stream, 10 s"
    QString m_baselineFile; // a results document loaded with "From file…"
    QList<RunResult> m_baselineFileRuns;
    QString m_baselineFileError;
    Mode m_mode = Mode::PerRun;
    Metric m_metric = Metric::Throughput;
    double m_confidence = 0.95;
    QString m_baselineId;
    QSet<QString> m_excluded;

    ValueSelection::Selection m_selection;
    std::vector<Entry> m_entries;      // m_selection.values
    QString m_sourceNote;              // "12 runs selected, 2 skipped: …"
    qsizetype m_intervalRunIndex = -1; // into m_runs, per-interval mode

    QTimer m_analysisTimer;
    quint64 m_generation = 0; // the newest analysis asked for; older results are dropped
    bool m_running = false;
    // The last finished analysis and everything shown beside it, all from one job: the keys
    // of the values it analysed, the fairness and the baseline it compared with. Inputs that
    // change while a job runs touch none of these until its successor finishes.
    std::optional<Stats::Analysis> m_analysis;
    QString m_analysisError;
    QStringList m_analysedKeys; // the key of each analysed value, in analysis order
    std::optional<Stats::Comparison> m_comparison;
    QString m_comparisonProblem;
    QStringList m_comparisonWarnings;
    QString m_baselineDescription;
    std::optional<Stats::Descriptive> m_baselineDescriptive;
    std::optional<Stats::ConfidenceInterval> m_baselineCi;
    std::optional<ValueSelection::Fairness> m_jain;

    struct Charts; // the QtCharts objects, kept and updated with replace()
    std::unique_ptr<Charts> m_charts;
    bool m_updatingList = false;
    bool m_splitterMovedByUser = false;
    quint64 m_fileGeneration = 0; // the newest baseline file load asked for
};

} // namespace Perfdeck

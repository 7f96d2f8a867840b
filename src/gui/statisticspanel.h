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
// Baseline choice (baselineId()): see StatisticsController, which does the analysis; the
// charts are StatisticsCharts; this class is the widgets and their text.
// In per-run mode the baseline sample is one value per baseline run (like
// `perfdeck-cli stats FILE --baseline FILE`); in per-interval mode it is the (non-omitted)
// intervals of the baseline runs, so one run's intervals can be compared with another's.
// Exclusions apply to the selection's values only, never to the baseline.
#pragma once

#include "gui/statisticscontroller.h"
#include "model/runresult.h"
#include "stats/analysis.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
namespace Ui {
class StatisticsPanel;
}
QT_END_NAMESPACE

namespace Perfdeck {

class ShapingSection;
class StatisticsCharts;

class StatisticsPanel final : public QWidget {
    Q_OBJECT
public:
    using Mode = StatisticsController::Mode;
    using Metric = StatisticsController::Metric;
    using Pool = StatisticsController::Pool;

    explicit StatisticsPanel(QWidget *parent = nullptr);
    ~StatisticsPanel() override;

    // The runs selected in the results table (Pool::Selection), or every finished run of the
    // session when nothing is selected (Pool::LikeLatest: only the runs like the latest one
    // are used). Runs with status error or without a value for the metric are skipped (and
    // named); partial runs are used and marked. When no run has the chosen metric but some
    // have the other one, the metric switches (as `perfdeck-cli stats` picks its default).
    void setRuns(const QList<RunResult> &runs, Pool pool = Pool::Selection);
    // Shorthand for setRuns({run}) + setMode(Mode::PerInterval).
    void setIntervalSamples(const RunResult &run);
    // The runs the baseline combo offers (runs equal to an analysed run are left out).
    void setBaselineCandidates(const QList<RunResult> &runs);

    void setMode(Mode mode);
    Mode mode() const { return m_controller->mode(); }
    void setMetric(Metric metric);
    Metric currentMetric() const { return m_controller->metric(); }
    // 0.90, 0.95 or 0.99 in the combo; another level in (0, 1) is added to it.
    void setConfidence(double level);
    double confidence() const { return m_controller->confidence(); }
    // One of the ids described in StatisticsController; an id whose runs are not known yet is
    // remembered and used as soon as they arrive.
    void setBaseline(const QString &baselineId);
    QString baselineId() const { return m_controller->baselineId(); }
    // The ids the combo offers right now, "" (none) first.
    QStringList baselineIds() const;

    // Values are identified by keys that survive a re-selection: "run:<id>" per run,
    // "interval:<run id>/<interval index>" per interval.
    QStringList valueKeys() const;
    QList<double> values() const; // every value shown, excluded ones too, in order
    void setExcluded(const QString &key, bool excluded);
    bool isExcluded(const QString &key) const { return m_controller->isExcluded(key); }
    QStringList exclusions() const { return m_controller->exclusions(); }
    void clearExclusions();

    // {"confidence", "metric", "mode", "baseline", "excluded": [keys]}.
    QJsonObject saveState() const { return m_controller->saveState(); }
    void restoreState(const QJsonObject &state);

    // Results of the last finished analysis. Analysis runs after the event loop turns (several
    // setter calls in a row cost one analysis) and off the UI thread when it is big.
    bool isBusy() const { return m_controller->isBusy(); }
    const std::optional<Stats::Analysis> &analysis() const { return m_controller->analysis(); }
    const std::optional<Stats::Comparison> &comparison() const {
        return m_controller->comparison();
    }
    // The object `perfdeck-cli stats --json` prints for the same runs.
    QJsonObject statisticsJson() const { return m_controller->statisticsJson(); }
    std::optional<double> jainFairness() const;
    // The selection mixes unlike runs, the baseline does, or it is another kind of test.
    QStringList warnings() const { return m_controller->warnings(); }
    // The runs the values come from (after pooling like runs).
    const QList<RunResult> &pooledRuns() const { return m_controller->runs(); }
    StatisticsController *controller() const { return m_controller; }
    // Shaping detection for the one run selected (hidden for several).
    ShapingSection *shapingSection() const { return m_shaping; }

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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Unit {
        double scale = 1;
        QString suffix;
        int decimals = 1;
    };

    void showEntries();
    void showAnalysis();
    void showNumbers();
    void showComparison();
    void showWarnings();
    void updateCharts();
    void updateValueList();
    void updateExclusionsLabel();
    void rebuildBaselineCombo();
    void chooseBaselineFile();
    void showPointToolTip(qsizetype entry, bool state);
    void fitNumbersSoon(); // the numbers get the height they need, the charts the rest
    // The scrolled numbers are as tall as their word-wrapped labels need at the viewport's
    // width (QScrollArea sizes them by their width-less size hint: rows overlapped).
    void fitNumbersToViewport();

    Unit displayUnit() const;
    QString formatValue(double value, const Unit &unit) const;
    QLocale displayLocale() const;
    QString levelText() const;

    std::unique_ptr<Ui::StatisticsPanel> m_ui;
    StatisticsController *m_controller = nullptr;
    StatisticsCharts *m_charts = nullptr;
    ShapingSection *m_shaping = nullptr;
    bool m_updatingList = false;
    bool m_splitterMovedByUser = false;
};

} // namespace Perfdeck

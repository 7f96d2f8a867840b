#include "gui/statisticspanel.h"

#include "model/format.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "ui_statisticspanel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidgetItem>
#include <QScatterSeries>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Perfdeck {

namespace {

const QColor PointColor(0x1f, 0x77, 0xb4);
const QColor OutlierColor(0xd6, 0x27, 0x28);
const QColor ExcludedColor(0x9a, 0x9a, 0x9a);
const QColor MeanColor(0x2c, 0xa0, 0x2c);
const QColor ImprovedColor(0x1e, 0x8c, 0x2e);
const QColor RegressedColor(0xc6, 0x22, 0x22);
const QColor NotNormalColor(0xc0, 0x6a, 0x00);

// Beyond this many value x bootstrap resamples the analysis leaves the UI thread
// (10,000 resamples of 100 values take a few milliseconds).
constexpr double SynchronousWorkLimit = 1e6;
constexpr int BootstrapResamples = 10000; // as `perfdeck-cli stats` by default
constexpr int MaxRunsInBaselineCombo = 500;
constexpr int MaxPositionsListed = 6;
constexpr double NoHalfWidth = std::numeric_limits<double>::quiet_NaN();

const QColor WarningColor(0xb3, 0x5c, 0x00);

QString keyOf(StatisticsPanel::Metric metric) {
    return QLatin1String(metric == StatisticsPanel::Metric::Throughput
                             ? ValueSelection::ThroughputKey
                             : ValueSelection::TransactionsKey);
}

// The unit in which `reference` reads with 4 significant digits: bit/s take SI prefixes so
// that the reference lands in [1, 1000); transactions/s stay unscaled.
struct UnitChoice {
    double scale = 1;
    QString suffix;
    int decimals = 1;
};

UnitChoice unitFor(StatisticsPanel::Metric metric, double reference) {
    UnitChoice unit;
    double scaled = std::isfinite(reference) ? std::fabs(reference) : 0;
    if (metric == StatisticsPanel::Metric::Throughput) {
        const Format::BitrateUnit bitrate = Format::bitrateUnit(scaled);
        unit.scale = bitrate.scale;
        unit.suffix = bitrate.suffix;
        scaled /= bitrate.scale;
    } else {
        unit.suffix = StatisticsPanel::tr("trans/s");
    }
    unit.decimals = scaled >= 100 ? 1 : scaled >= 10 ? 2 : 3;
    return unit;
}

// Round axis range with ticks on whole steps and a label format that shows them.
void setNiceRange(QValueAxis *axis, double low, double high) {
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    if (high - low <= 0) {
        const double pad = low == 0 ? 1 : std::fabs(low) * 0.01;
        low -= pad;
        high += pad;
    }
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::clamp(decimals, 0, 6)));
}

void hideLegendMarker(QChart *chart, QAbstractSeries *series) {
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QChart *newChart() {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    return chart;
}

QChartView *newView(QChart *chart, QWidget *container) {
    auto *view = new QChartView(chart, container);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

QValueAxis *newValueAxis(QChart *chart, Qt::Alignment alignment) {
    auto *axis = new QValueAxis(chart);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(font.pointSizeF());
    title.setBold(false);
    axis->setTitleFont(title);
    chart->addAxis(axis, alignment);
    return axis;
}

} // namespace

// What one analysis needs, and what it gives back with everything the panel shows beside
// it: the keys, the fairness and the baseline's text travel with the job, so that a result
// never meets the inputs of a newer request.
struct StatisticsPanel::Job {
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

struct StatisticsPanel::Outcome {
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

struct StatisticsPanel::Charts {
    QChart *values = nullptr;
    QValueAxis *valuesX = nullptr;
    QValueAxis *valuesY = nullptr;
    QLineSeries *ciUpper = nullptr;
    QLineSeries *ciLower = nullptr;
    QAreaSeries *ciBand = nullptr;
    QLineSeries *mean = nullptr;
    QLineSeries *trace = nullptr;
    QScatterSeries *points = nullptr;
    QScatterSeries *outliers = nullptr;
    QScatterSeries *excluded = nullptr;

    QChart *histogram = nullptr;
    QValueAxis *histogramX = nullptr;
    QValueAxis *histogramY = nullptr;
    QLineSeries *histogramOutline = nullptr;
    QAreaSeries *histogramArea = nullptr;

    QChart *box = nullptr;
    QBarCategoryAxis *boxX = nullptr;
    QValueAxis *boxY = nullptr;
    QBoxPlotSeries *boxSeries = nullptr;
    QBoxSet *boxSet = nullptr;
    QScatterSeries *boxOutliers = nullptr;
};

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatisticsPanel>())
    , m_charts(std::make_unique<Charts>()) {
    m_ui->setupUi(this);
    m_ui->modeCombo->addItem(tr("Per run"), QVariant::fromValue(Mode::PerRun));
    m_ui->modeCombo->addItem(tr("Per interval (one run)"), QVariant::fromValue(Mode::PerInterval));
    m_ui->metricCombo->addItem(tr("Throughput (bit/s)"), QVariant::fromValue(Metric::Throughput));
    m_ui->metricCombo->addItem(tr("Transactions per second"),
                               QVariant::fromValue(Metric::Transactions));
    for (double level : {0.90, 0.95, 0.99})
        m_ui->confidenceCombo->addItem(tr("%1 %").arg(level * 100), level);
    m_ui->confidenceCombo->setCurrentIndex(1);
    // The numbers take what they need; the charts get the rest of a tall dock.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    setupCharts();
    rebuildBaselineCombo();

    connect(m_ui->modeCombo, &QComboBox::activated, this,
            [this](int index) { setMode(m_ui->modeCombo->itemData(index).value<Mode>()); });
    connect(m_ui->metricCombo, &QComboBox::activated, this,
            [this](int index) { setMetric(m_ui->metricCombo->itemData(index).value<Metric>()); });
    connect(m_ui->confidenceCombo, &QComboBox::activated, this, [this](int index) {
        setConfidence(m_ui->confidenceCombo->itemData(index).toDouble());
    });
    connect(m_ui->baselineCombo, &QComboBox::activated, this,
            [this](int index) { setBaseline(m_ui->baselineCombo->itemData(index).toString()); });
    connect(m_ui->baselineFileButton, &QToolButton::clicked, this,
            &StatisticsPanel::chooseBaselineFile);
    connect(m_ui->resetExclusionsButton, &QPushButton::clicked, this,
            &StatisticsPanel::clearExclusions);
    connect(m_ui->excludeOutliersButton, &QPushButton::clicked, this,
            &StatisticsPanel::excludeIqrOutliers);
    connect(m_ui->valueList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updatingList)
            return;
        setExcluded(item->data(Qt::UserRole).toString(), item->checkState() != Qt::Checked);
    });

    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMovedByUser = true; });
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(0);
    connect(&m_analysisTimer, &QTimer::timeout, this, &StatisticsPanel::startAnalysis);
    rebuildEntries();
    scheduleAnalysis();
}

StatisticsPanel::~StatisticsPanel() = default;

void StatisticsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    fitNumbersSoon();
}

void StatisticsPanel::fitNumbersSoon() {
    if (m_splitterMovedByUser || !isVisible())
        return;
    // After the layouts have settled, so that word-wrapped labels know their width.
    QTimer::singleShot(0, this, [this] {
        if (m_splitterMovedByUser)
            return;
        const int total = m_ui->splitter->height();
        const int width = m_ui->splitter->width() - m_ui->numbersScroll->frameWidth() * 2;
        QLayout *layout = m_ui->numbersWidget->layout();
        const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                       : layout->totalSizeHint().height();
        const int numbers = std::min(wanted + 4, total * 3 / 5); // at most 60 %
        m_ui->splitter->setSizes({numbers, std::max(0, total - numbers)});
    });
}

// ---- inputs and settings -------------------------------------------------------------------

void StatisticsPanel::setRuns(const QList<RunResult> &runs, Pool pool) {
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
    if (!anyHas(m_metric) && anyHas(other))
        m_metric = other;
    m_ui->metricCombo->setCurrentIndex(m_metric == Metric::Throughput ? 0 : 1);
    rebuildEntries();
    rebuildBaselineCombo(); // candidates equal to a selected run are not offered
    scheduleAnalysis();
}

void StatisticsPanel::setIntervalSamples(const RunResult &run) {
    setRuns({run});
    setMode(Mode::PerInterval);
}

void StatisticsPanel::setBaselineCandidates(const QList<RunResult> &runs) {
    m_candidates = runs;
    rebuildBaselineCombo();
    scheduleAnalysis();
}

void StatisticsPanel::setMode(Mode mode) {
    m_ui->modeCombo->setCurrentIndex(mode == Mode::PerRun ? 0 : 1);
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildEntries();
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsPanel::setMetric(Metric metric) {
    m_ui->metricCombo->setCurrentIndex(metric == Metric::Throughput ? 0 : 1);
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuildEntries();
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsPanel::setConfidence(double level) {
    if (!(level > 0 && level < 1))
        return;
    int index = -1;
    for (int i = 0; i < m_ui->confidenceCombo->count(); ++i) {
        if (std::fabs(m_ui->confidenceCombo->itemData(i).toDouble() - level) < 1e-12)
            index = i;
    }
    if (index < 0) {
        m_ui->confidenceCombo->addItem(tr("%1 %").arg(level * 100), level);
        index = m_ui->confidenceCombo->count() - 1;
    }
    m_ui->confidenceCombo->setCurrentIndex(index);
    if (level == m_confidence)
        return;
    m_confidence = level;
    scheduleAnalysis();
    Q_EMIT stateChanged();
}

void StatisticsPanel::setBaseline(const QString &baselineId) {
    if (baselineId == m_baselineId)
        return;
    m_baselineId = baselineId;
    if (baselineId.startsWith(QLatin1String("file:")) && baselineId.mid(5) != m_baselineFile)
        loadBaselineFile(baselineId.mid(5));
    rebuildBaselineCombo();
    scheduleAnalysis();
    Q_EMIT baselineChanged(m_baselineId);
    Q_EMIT stateChanged();
}

QStringList StatisticsPanel::baselineIds() const {
    QStringList ids;
    for (int i = 0; i < m_ui->baselineCombo->count(); ++i)
        ids << m_ui->baselineCombo->itemData(i).toString();
    return ids;
}

QStringList StatisticsPanel::valueKeys() const {
    QStringList keys;
    for (const Entry &entry : m_entries)
        keys << entry.key;
    return keys;
}

QList<double> StatisticsPanel::values() const {
    QList<double> list;
    for (const Entry &entry : m_entries)
        list << entry.value;
    return list;
}

void StatisticsPanel::setExcluded(const QString &key, bool excluded) {
    if (key.isEmpty() || excluded == m_excluded.contains(key))
        return;
    if (excluded)
        m_excluded.insert(key);
    else
        m_excluded.remove(key);
    updateValueList();
    updateExclusionsLabel();
    scheduleAnalysis();
    Q_EMIT exclusionsChanged(exclusions());
    Q_EMIT stateChanged();
}

QStringList StatisticsPanel::exclusions() const {
    QStringList keys(m_excluded.cbegin(), m_excluded.cend());
    keys.sort();
    return keys;
}

void StatisticsPanel::clearExclusions() {
    if (m_excluded.isEmpty())
        return;
    m_excluded.clear();
    updateValueList();
    updateExclusionsLabel();
    scheduleAnalysis();
    Q_EMIT exclusionsChanged({});
    Q_EMIT stateChanged();
}

QJsonObject StatisticsPanel::saveState() const {
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

void StatisticsPanel::restoreState(const QJsonObject &state) {
    const QSignalBlocker blocker(this); // a restore is not a change of the session
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
    updateValueList();
    updateExclusionsLabel();
    scheduleAnalysis();
}

bool StatisticsPanel::isBusy() const {
    return m_analysisTimer.isActive() || m_running;
}

QJsonObject StatisticsPanel::statisticsJson() const {
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

QStringList StatisticsPanel::warnings() const {
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

QString StatisticsPanel::metricKey() const {
    return keyOf(m_metric);
}

// ---- formatting ----------------------------------------------------------------------------

QString StatisticsPanel::formatWithHalfWidth(double value, double halfWidth, Metric metric,
                                             const QLocale &locale) {
    const bool withHalf = std::isfinite(halfWidth) && halfWidth > 0;
    const UnitChoice unit = unitFor(metric, withHalf ? halfWidth : value);
    const QString number = locale.toString(value / unit.scale, 'f', unit.decimals);
    if (!std::isfinite(halfWidth))
        return number + QLatin1Char(' ') + unit.suffix;
    return tr("%1 ± %2 %3")
        .arg(number, locale.toString(halfWidth / unit.scale, 'f', unit.decimals), unit.suffix);
}

QString StatisticsPanel::formatPValue(double p, const QLocale &locale) {
    if (!std::isfinite(p))
        return QStringLiteral("\u2013");
    if (p < 1e-4 && p != 0) // as the CLI: "1.23e-07", with the locale's decimal point
        return QString::number(p, 'e', 2).replace(QLatin1Char('.'), locale.decimalPoint());
    return locale.toString(p, 'f', 4);
}

QLocale StatisticsPanel::displayLocale() const {
    // The C locale prints 9500.2; DESIGN.md's style is 9,500.2.
    QLocale result = locale().language() == QLocale::C
                         ? QLocale(QLocale::English, QLocale::UnitedStates)
                         : locale();
    result.setNumberOptions(result.numberOptions() & ~QLocale::OmitGroupSeparator);
    return result;
}

StatisticsPanel::Unit StatisticsPanel::displayUnit() const {
    double reference = 0;
    if (m_analysis) {
        const Stats::Descriptive &d = m_analysis->descriptive;
        const double half = m_analysis->ci ? (m_analysis->ci->high - m_analysis->ci->low) / 2 : 0;
        reference = half > 0 ? half : std::isfinite(d.stddev) && d.stddev > 0 ? d.stddev : d.mean;
    }
    const UnitChoice choice = unitFor(m_metric, reference);
    return Unit{choice.scale, choice.suffix, choice.decimals};
}

QString StatisticsPanel::formatValue(double value, const Unit &unit) const {
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    return displayLocale().toString(value / unit.scale, 'f', unit.decimals) + QLatin1Char(' ') +
           unit.suffix;
}

QString StatisticsPanel::levelText() const {
    return tr("%1 %").arg(displayLocale().toString(m_confidence * 100, 'g', 4));
}

// ---- values and baseline -------------------------------------------------------------------

void StatisticsPanel::rebuildEntries() {
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
    m_intervalRunIndex = m_selection.intervalRuns.isEmpty() ? -1 : m_selection.intervalRuns.first();
    QStringList skipped;
    for (const ValueSelection::Skip &skip : std::as_const(m_selection.skipped)) {
        const QString name = ValueSelection::defaultRunName(m_runs.at(skip.run), skip.run);
        skipped << (skip.cause == ValueSelection::Skip::Cause::Failed
                        ? tr("%1 (error)").arg(name)
                        : tr("%1 (no %2)").arg(name, ValueSelection::metricName(metricKey())));
    }
    if (m_mode == Mode::PerRun) {
        m_sourceNote = m_poolNote.isEmpty() ? tr("%n run(s) selected", nullptr, int(m_runs.size()))
                                            : m_poolNote;
        if (!m_selection.partialRuns.isEmpty())
            m_sourceNote += tr("; %n partial (stopped early, used)", nullptr,
                               int(m_selection.partialRuns.size()));
    } else if (m_intervalRunIndex < 0) {
        m_sourceNote = m_runs.isEmpty() ? tr("Select a run to see its intervals.")
                                        : tr("No selected run has intervals.");
    } else {
        const RunResult &run = m_runs.at(m_intervalRunIndex);
        m_sourceNote =
            tr("Intervals of run %1").arg(ValueSelection::defaultRunName(run, m_intervalRunIndex));
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
    m_ui->sourceLabel->setText(m_sourceNote);
    updateWarnings();
    updateValueList();
    updateExclusionsLabel();
}

void StatisticsPanel::updateWarnings() {
    const QStringList list = warnings();
    m_ui->warningLabel->setText(
        list.isEmpty() ? QString() : tr("Warning: %1.").arg(list.join(QStringLiteral("; "))));
    m_ui->warningLabel->setVisible(!list.isEmpty());
    QPalette palette = m_ui->warningLabel->palette();
    palette.setColor(QPalette::WindowText, WarningColor);
    m_ui->warningLabel->setPalette(palette);
}

QList<RunResult> StatisticsPanel::baselineRuns() const {
    if (m_baselineId.isEmpty())
        return {};
    if (m_baselineId.startsWith(QLatin1String("file:")))
        return m_baselineId.mid(5) == m_baselineFile ? m_baselineFileRuns : QList<RunResult>();
    QList<RunResult> runs;
    for (const RunResult &candidate : m_candidates) {
        const bool selected = std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const RunResult &r) {
            return r.id == candidate.id && r == candidate;
        });
        if (selected)
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

StatisticsPanel::Baseline StatisticsPanel::baseline() const {
    Baseline result;
    if (m_baselineId.isEmpty())
        return result;
    if (m_baselineId.startsWith(QLatin1String("file:")) && !m_baselineFileError.isEmpty() &&
        m_baselineId.mid(5) == m_baselineFile) {
        result.problem = m_baselineFileError;
        return result;
    }
    const QList<RunResult> runs = baselineRuns();
    if (runs.isEmpty()) {
        result.problem = m_baselineId.startsWith(QLatin1String("file:")) && m_baselineFile.isEmpty()
                             ? tr("Reading the baseline file…")
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

QSet<qsizetype> StatisticsPanel::outlierEntries() const {
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

void StatisticsPanel::rebuildBaselineCombo() {
    QComboBox *combo = m_ui->baselineCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("None"), QString());
    QList<RunResult> offered;
    for (const RunResult &candidate : m_candidates) {
        const bool selected = std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const RunResult &r) {
            return r.id == candidate.id && r == candidate;
        });
        if (!selected)
            offered << candidate;
    }
    if (!offered.isEmpty())
        combo->addItem(tr("All candidates (%n run(s))", nullptr, int(offered.size())),
                       QStringLiteral("all"));
    QMap<QString, int> sources;
    for (const RunResult &run : offered) {
        if (!run.source.isEmpty())
            sources[run.source] += 1;
    }
    if (sources.size() > 1 || (sources.size() == 1 && sources.first() < offered.size())) {
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            combo->addItem(
                tr("%1 (%n run(s))", nullptr, it.value()).arg(QFileInfo(it.key()).fileName()),
                QString(QStringLiteral("source:") + it.key()));
            combo->setItemData(combo->count() - 1, it.key(), Qt::ToolTipRole);
        }
    }
    QSet<QString> ids;
    for (const RunResult &run : offered) {
        if (run.id.isEmpty() || ids.contains(run.id) || ids.size() >= MaxRunsInBaselineCombo)
            continue;
        ids.insert(run.id);
        combo->addItem(tr("Run %1").arg(run.id), QString(QStringLiteral("run:") + run.id));
    }
    if (!m_baselineFile.isEmpty()) {
        const QString name = QFileInfo(m_baselineFile).fileName();
        combo->addItem(
            m_baselineFileError.isEmpty()
                ? tr("%1 (%n run(s), file)", nullptr, int(m_baselineFileRuns.size())).arg(name)
                : tr("%1 (not usable)").arg(name),
            QString(QStringLiteral("file:") + m_baselineFile));
        combo->setItemData(combo->count() - 1,
                           m_baselineFileError.isEmpty() ? m_baselineFile : m_baselineFileError,
                           Qt::ToolTipRole);
    }
    int index = combo->findData(m_baselineId);
    if (index < 0) {
        // Keep showing what was chosen (e.g. restored from a session) until its runs arrive.
        const QString name = m_baselineId.section(QLatin1Char(':'), 1);
        combo->addItem(tr("%1 (not available)").arg(QFileInfo(name).fileName()), m_baselineId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void StatisticsPanel::chooseBaselineFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Baseline results document"), QFileInfo(m_baselineFile).path(),
        tr("Results documents (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    loadBaselineFile(path);
    setBaseline(QStringLiteral("file:") + path);
}

void StatisticsPanel::loadBaselineFile(const QString &path) {
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
        rebuildBaselineCombo();
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

void StatisticsPanel::excludeIqrOutliers() {
    if (!m_analysis)
        return;
    // By the keys the analysis was made of: a newer request may already be running.
    bool changed = false;
    for (qsizetype index : m_analysis->outliers.iqr) {
        if (index < m_analysedKeys.size()) {
            const QString &key = m_analysedKeys.at(index);
            changed = changed || !m_excluded.contains(key);
            m_excluded.insert(key);
        }
    }
    if (!changed)
        return;
    updateValueList();
    updateExclusionsLabel();
    scheduleAnalysis();
    Q_EMIT exclusionsChanged(exclusions());
    Q_EMIT stateChanged();
}

void StatisticsPanel::togglePoint(const QPointF &point) {
    const qsizetype index = qRound64(point.x()) - 1;
    if (index < 0 || index >= qsizetype(m_entries.size()))
        return;
    const QString &key = m_entries[index].key;
    setExcluded(key, !m_excluded.contains(key));
}

// ---- analysis ------------------------------------------------------------------------------

StatisticsPanel::Outcome StatisticsPanel::compute(const Job &job) {
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

void StatisticsPanel::scheduleAnalysis() {
    ++m_generation; // whatever is running now is stale
    m_analysisTimer.start();
}

void StatisticsPanel::startAnalysis() {
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
    m_ui->sourceLabel->setText(m_sourceNote + tr(" — computing…"));
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.generation != m_generation)
            return; // the inputs changed while it ran; a newer analysis is on its way
        m_running = false;
        m_ui->sourceLabel->setText(m_sourceNote);
        applyOutcome(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&StatisticsPanel::compute, std::move(job)));
}

void StatisticsPanel::applyOutcome(const Outcome &outcome) {
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
    updateWarnings();
    showNumbers();
    showComparison();
    updateValuesChart();
    updateDistributionCharts();
    updateValueList();
    updateExclusionsLabel();
    fitNumbersSoon();
    Q_EMIT analysisUpdated();
}

// ---- display -------------------------------------------------------------------------------

void StatisticsPanel::showNumbers() {
    const Ui::StatisticsPanel &ui = *m_ui;
    const QString dash = QStringLiteral("\u2013");
    const QLocale locale = displayLocale();
    const Unit unit = displayUnit();
    for (QLabel *label :
         {ui.nLabel, ui.meanLabel, ui.bootstrapLabel, ui.medianLabel, ui.stddevLabel, ui.cvLabel,
          ui.rangeLabel, ui.normalityLabel, ui.outliersLabel, ui.fairnessLabel}) {
        label->setText(dash);
        label->setPalette(QPalette());
    }
    ui.meanCaption->setText(tr("Mean ± %1 CI:").arg(levelText()));
    ui.bootstrapCaption->setText(tr("Bootstrap %1 CI:").arg(levelText()));
    // Rows stay visible (a dash when not applicable): Qt 6.4's QFormLayout writes out of
    // bounds in heightForWidth() once rows with word-wrapped labels are hidden (seen under
    // valgrind; it crashed the main window).
    if (m_jain) {
        QString fairness =
            tr("%1 over %n stream(s) (mean rate per stream)", nullptr, m_jain->streams)
                .arg(locale.toString(m_jain->index, 'f', 4));
        if (m_jain->runs > 1)
            fairness += tr(", mean of %n run(s)", nullptr, m_jain->runs);
        ui.fairnessLabel->setText(fairness);
    }
    QStringList notes;
    if (!m_analysis) {
        ui.nLabel->setText(locale.toString(qsizetype(m_analysedKeys.size())));
        ui.notesLabel->setText(m_entries.empty() ? tr("No values to analyse.")
                                                 : tr("No values left: every value is excluded."));
        if (!m_analysisError.isEmpty() && m_analysisError != QLatin1String("no values"))
            ui.notesLabel->setText(m_analysisError);
        return;
    }
    const Stats::Analysis &a = *m_analysis;
    const Stats::Descriptive &d = a.descriptive;
    QString n = locale.toString(d.n);
    if (qsizetype(m_entries.size()) > d.n)
        n += tr(" (%n excluded)", nullptr, int(m_entries.size() - d.n));
    ui.nLabel->setText(n);
    if (a.ci) {
        ui.meanLabel->setText(
            formatWithHalfWidth(d.mean, (a.ci->high - a.ci->low) / 2, m_metric, locale));
        ui.meanLabel->setToolTip(
            tr("t interval: %1 … %2")
                .arg(formatValue(a.ci->low, unit), formatValue(a.ci->high, unit)));
    } else {
        ui.meanLabel->setText(tr("%1 (no interval from one value)")
                                  .arg(formatWithHalfWidth(d.mean, NoHalfWidth, m_metric, locale)));
        ui.meanLabel->setToolTip(QString());
    }
    if (a.bootstrapCi) {
        ui.bootstrapLabel->setText(
            tr("%1 … %2 (%3, %4 resamples)")
                .arg(formatValue(a.bootstrapCi->low, unit), formatValue(a.bootstrapCi->high, unit),
                     a.bootstrapCi->method == Stats::BootstrapMethod::BCa ? tr("BCa")
                                                                          : tr("percentile"),
                     locale.toString(a.bootstrapCi->resamples)));
    }
    ui.medianLabel->setText(formatValue(d.median, unit));
    ui.stddevLabel->setText(formatValue(d.stddev, unit));
    ui.cvLabel->setText(std::isfinite(d.cv) ? tr("%1 %").arg(locale.toString(100 * d.cv, 'f', 2))
                                            : dash);
    ui.rangeLabel->setText(tr("%1 / %2").arg(formatValue(d.min, unit), formatValue(d.max, unit)));

    if (a.normality) {
        const Stats::NormalityTest &t = *a.normality;
        const bool shapiro = t.kind == Stats::NormalityTestKind::ShapiroWilk;
        const bool normal = t.p >= 1 - m_confidence;
        ui.normalityLabel->setText(
            tr("%1: %2 = %3, p = %4 — %5")
                .arg(shapiro ? tr("Shapiro-Wilk") : tr("D'Agostino-Pearson"),
                     shapiro ? tr("W") : tr("K²"), locale.toString(t.statistic, 'f', 4),
                     formatPValue(t.p, locale), normal ? tr("looks normal") : tr("not normal")));
        ui.normalityLabel->setToolTip(
            normal ? tr("p ≥ %1: no evidence against normality at %2 confidence")
                         .arg(locale.toString(1 - m_confidence, 'g', 3), levelText())
                   : tr("p < %1: the values are unlikely to come from a normal distribution; "
                        "prefer the bootstrap interval and Mann-Whitney U")
                         .arg(locale.toString(1 - m_confidence, 'g', 3)));
        ui.normalityLabel->setProperty("normal", normal);
        if (!normal) {
            QPalette palette = ui.normalityLabel->palette();
            palette.setColor(QPalette::WindowText, NotNormalColor);
            ui.normalityLabel->setPalette(palette);
        }
    } else {
        ui.normalityLabel->setText(tr("needs at least 3 values"));
        ui.normalityLabel->setProperty("normal", QVariant());
    }

    QHash<QString, qsizetype> entryOfKey;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i)
        entryOfKey.insert(m_entries[i].key, i);
    auto describeRule = [&](const QString &name, const std::vector<qsizetype> &indices) {
        QStringList positions;
        for (qsizetype index : indices) {
            if (positions.size() == MaxPositionsListed) {
                positions << QStringLiteral("…");
                break;
            }
            const qsizetype entry =
                index < m_analysedKeys.size() ? entryOfKey.value(m_analysedKeys.at(index), -1) : -1;
            positions << (entry >= 0 ? QStringLiteral("#%1").arg(entry + 1) : QStringLiteral("?"));
        }
        return positions.isEmpty() ? tr("%1 0").arg(name)
                                   : tr("%1 %2 (%3)")
                                         .arg(name, locale.toString(qsizetype(indices.size())),
                                              positions.join(QStringLiteral(", ")));
    };
    ui.outliersLabel->setText(describeRule(tr("IQR"), a.outliers.iqr) + QStringLiteral(" · ") +
                              describeRule(tr("z-score"), a.outliers.zScore) +
                              QStringLiteral(" · ") + describeRule(tr("MAD"), a.outliers.mad));
    ui.outliersLabel->setToolTip(
        tr("IQR: beyond 1.5 IQR from the quartiles; z-score: |z| > 3; MAD: modified z-score > "
           "3.5. #k is the position in the values chart."));

    for (const QString &note : a.notes)
        notes << note;
    ui.notesLabel->setText(notes.isEmpty() ? QString() : tr("Note: %1").arg(notes.join(u"; ")));
}

void StatisticsPanel::showComparison() {
    const Ui::StatisticsPanel &ui = *m_ui;
    const QString dash = QStringLiteral("\u2013");
    const QLocale locale = displayLocale();
    for (QLabel *label : {ui.baselineMeanLabel, ui.changeLabel, ui.welchLabel, ui.mannWhitneyLabel})
        label->setText(dash);
    ui.verdictLabel->setPalette(QPalette());
    ui.verdictLabel->setProperty("verdict", QString());
    const bool hasBaseline = !m_baselineId.isEmpty();
    if (!hasBaseline) {
        ui.verdictLabel->setText(tr("Choose a baseline to compare with."));
        ui.verdictLabel->setFont(font());
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    if (m_baselineDescriptive) {
        // In the unit of the selection's numbers, so that the two means read together.
        const Unit unit = displayUnit();
        const Stats::Descriptive &b = *m_baselineDescriptive;
        const QString value =
            m_baselineCi
                ? tr("%1 ± %2").arg(locale.toString(b.mean / unit.scale, 'f', unit.decimals),
                                    formatValue((m_baselineCi->high - m_baselineCi->low) / 2, unit))
                : formatValue(b.mean, unit);
        ui.baselineMeanLabel->setText(tr("%1 (%2)").arg(value, m_baselineDescription));
    }
    if (!m_comparison) {
        ui.verdictLabel->setText(m_comparisonProblem.isEmpty() ? tr("No comparison.")
                                                               : m_comparisonProblem);
        ui.verdictLabel->setFont(font());
        return;
    }
    const Stats::Comparison &c = *m_comparison;
    ui.changeLabel->setText(std::isfinite(c.changePercent)
                                ? tr("%1%2 % of the mean")
                                      .arg(c.changePercent > 0 ? QStringLiteral("+") : QString(),
                                           locale.toString(c.changePercent, 'f', 2))
                                : dash);
    ui.welchLabel->setText(tr("t = %1, df = %2, p = %3")
                               .arg(locale.toString(c.welch.t, 'f', 4),
                                    locale.toString(c.welch.df, 'f', 2),
                                    formatPValue(c.welch.p, locale)));
    ui.mannWhitneyLabel->setText(
        tr("U = %1, p = %2 (%3)")
            .arg(locale.toString(c.mannWhitney.u, 'g', 10), formatPValue(c.mannWhitney.p, locale),
                 c.mannWhitney.exact ? tr("exact") : tr("normal approximation")));
    QString verdict;
    QColor color;
    switch (c.verdict) {
    case Stats::Verdict::Improved:
        verdict = tr("Improved");
        color = ImprovedColor;
        break;
    case Stats::Verdict::Regressed:
        verdict = tr("Regressed");
        color = RegressedColor;
        break;
    case Stats::Verdict::Unchanged:
        verdict = tr("Unchanged");
        break;
    }
    verdict += c.significant ? tr(" (significant at %1 confidence)").arg(levelText())
                             : tr(" (no significant difference at %1 confidence)").arg(levelText());
    ui.verdictLabel->setProperty("comparable", m_comparisonWarnings.isEmpty());
    if (!m_comparisonWarnings.isEmpty()) {
        // The numbers stay, but nobody should read them as a regression verdict.
        verdict = tr("Not comparable: %1. %2")
                      .arg(m_comparisonWarnings.join(QStringLiteral("; ")), verdict);
        color = WarningColor;
    }
    ui.verdictLabel->setText(verdict);
    ui.verdictLabel->setFont(bold);
    ui.verdictLabel->setProperty("verdict", Stats::toString(c.verdict));
    if (color.isValid()) {
        QPalette palette = ui.verdictLabel->palette();
        palette.setColor(QPalette::WindowText, color);
        ui.verdictLabel->setPalette(palette);
    }
}

void StatisticsPanel::setupCharts() {
    Charts &c = *m_charts;
    const QColor transparent(0, 0, 0, 0);

    c.values = newChart();
    newView(c.values, m_ui->valuesChartContainer);
    c.valuesX = newValueAxis(c.values, Qt::AlignBottom);
    c.valuesY = newValueAxis(c.values, Qt::AlignLeft);
    c.ciUpper = new QLineSeries(c.values);
    c.ciLower = new QLineSeries(c.values);
    c.ciBand = new QAreaSeries(c.ciUpper, c.ciLower);
    QColor band = MeanColor;
    band.setAlpha(45);
    c.ciBand->setColor(band);
    c.ciBand->setBorderColor(transparent);
    c.mean = new QLineSeries;
    c.mean->setName(tr("Mean"));
    c.mean->setPen(QPen(MeanColor, 1.5, Qt::DashLine));
    c.trace = new QLineSeries;
    c.trace->setPen(QPen(QColor(0x1f, 0x77, 0xb4, 90), 1));
    c.points = new QScatterSeries;
    c.points->setName(tr("Value"));
    c.points->setColor(PointColor);
    c.points->setBorderColor(PointColor.darker(130));
    c.points->setMarkerSize(9);
    c.outliers = new QScatterSeries;
    c.outliers->setName(tr("Outlier"));
    c.outliers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    c.outliers->setColor(OutlierColor);
    c.outliers->setBorderColor(OutlierColor.darker(130));
    c.outliers->setMarkerSize(11);
    c.excluded = new QScatterSeries;
    c.excluded->setName(tr("Excluded"));
    c.excluded->setBrush(Qt::NoBrush);
    c.excluded->setPen(QPen(ExcludedColor, 1.5));
    c.excluded->setMarkerSize(10);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{
             c.ciBand, c.mean, c.trace, c.points, c.outliers, c.excluded}) {
        c.values->addSeries(series);
        series->attachAxis(c.valuesX);
        series->attachAxis(c.valuesY);
    }
    hideLegendMarker(c.values, c.trace);
    for (QScatterSeries *series : {c.points, c.outliers, c.excluded}) {
        connect(series, &QScatterSeries::clicked, this, &StatisticsPanel::togglePoint);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            const qsizetype index = qRound64(point.x()) - 1;
            if (!state || index < 0 || index >= qsizetype(m_entries.size())) {
                QToolTip::hideText();
                return;
            }
            const Entry &entry = m_entries[index];
            QToolTip::showText(QCursor::pos(),
                               tr("#%1 %2: %3\nClick to %4.")
                                   .arg(index + 1)
                                   .arg(entry.label, formatValue(entry.value, displayUnit()),
                                        m_excluded.contains(entry.key) ? tr("include it again")
                                                                       : tr("exclude it")),
                               m_ui->valuesChartContainer);
        });
    }

    c.histogram = newChart();
    newView(c.histogram, m_ui->histogramContainer);
    c.histogram->legend()->hide();
    c.histogramX = newValueAxis(c.histogram, Qt::AlignBottom);
    c.histogramY = newValueAxis(c.histogram, Qt::AlignLeft);
    c.histogramY->setTitleText(tr("Count"));
    c.histogramOutline = new QLineSeries(c.histogram);
    c.histogramArea = new QAreaSeries(c.histogramOutline);
    QColor fill = PointColor;
    fill.setAlpha(150);
    c.histogramArea->setColor(fill);
    c.histogramArea->setBorderColor(PointColor.darker(140));
    c.histogram->addSeries(c.histogramArea);
    c.histogramArea->attachAxis(c.histogramX);
    c.histogramArea->attachAxis(c.histogramY);

    c.box = newChart();
    newView(c.box, m_ui->boxPlotContainer)->setMinimumWidth(130);
    c.box->legend()->hide();
    c.boxX = new QBarCategoryAxis(c.box);
    c.boxX->setVisible(false); // one box: its category says nothing
    c.box->addAxis(c.boxX, Qt::AlignBottom);
    c.boxY = newValueAxis(c.box, Qt::AlignLeft);
    c.boxSeries = new QBoxPlotSeries;
    c.boxSet = new QBoxSet;
    c.boxSet->setBrush(fill);
    c.boxSet->setPen(QPen(PointColor.darker(160), 1.5));
    c.boxSeries->append(c.boxSet);
    c.boxSeries->setBoxWidth(0.45);
    c.boxOutliers = new QScatterSeries;
    c.boxOutliers->setColor(OutlierColor);
    c.boxOutliers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    c.boxOutliers->setMarkerSize(8);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{c.boxSeries, c.boxOutliers}) {
        c.box->addSeries(series);
        series->attachAxis(c.boxX);
        series->attachAxis(c.boxY);
    }
}

void StatisticsPanel::updateValuesChart() {
    Charts &c = *m_charts;
    const Unit unit = displayUnit();
    c.valuesY->setTitleText(unit.suffix);
    c.valuesX->setTitleText(m_mode == Mode::PerRun ? tr("Run (click a point to exclude it)")
                                                   : tr("Interval (click a point to exclude it)"));
    const QSet<qsizetype> outliers = outlierEntries();
    QList<QPointF> points;
    QList<QPointF> outlierPoints;
    QList<QPointF> excludedPoints;
    QList<QPointF> trace;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        const QPointF point(double(i + 1), m_entries[i].value / unit.scale);
        low = std::min(low, point.y());
        high = std::max(high, point.y());
        if (m_excluded.contains(m_entries[i].key)) {
            excludedPoints << point;
            continue;
        }
        trace << point;
        (outliers.contains(i) ? outlierPoints : points) << point;
    }
    c.points->replace(points);
    c.outliers->replace(outlierPoints);
    c.excluded->replace(excludedPoints);
    c.trace->replace(trace);
    const double n = double(m_entries.size());
    const double xLow = 0.5;
    const double xHigh = std::max(1.5, n + 0.5);
    if (m_analysis) {
        const double mean = m_analysis->descriptive.mean / unit.scale;
        c.mean->replace({QPointF(xLow, mean), QPointF(xHigh, mean)});
        if (m_analysis->ci) {
            const double ciLow = m_analysis->ci->low / unit.scale;
            const double ciHigh = m_analysis->ci->high / unit.scale;
            c.ciUpper->replace({QPointF(xLow, ciHigh), QPointF(xHigh, ciHigh)});
            c.ciLower->replace({QPointF(xLow, ciLow), QPointF(xHigh, ciLow)});
            low = std::min(low, ciLow);
            high = std::max(high, ciHigh);
        } else {
            c.ciUpper->clear();
            c.ciLower->clear();
        }
    } else {
        c.mean->clear();
        c.ciUpper->clear();
        c.ciLower->clear();
    }
    c.ciBand->setName(tr("Mean %1 CI").arg(levelText()));
    c.valuesX->setRange(xLow, xHigh);
    c.valuesX->setLabelFormat(QStringLiteral("%.0f"));
    c.valuesX->setTickType(QValueAxis::TicksDynamic);
    c.valuesX->setTickAnchor(1);
    c.valuesX->setTickInterval(std::max(1.0, std::ceil(n / 10)));
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    const double pad = (high - low) * 0.08;
    setNiceRange(c.valuesY, low - pad, high + pad);
}

void StatisticsPanel::updateDistributionCharts() {
    Charts &c = *m_charts;
    const Unit unit = displayUnit();
    c.histogramX->setTitleText(unit.suffix);
    if (!m_analysis) {
        c.histogramOutline->clear();
        c.boxSeries->setVisible(false);
        c.boxOutliers->clear();
        return;
    }
    const Stats::Histogram &h = m_analysis->histogram;
    QList<QPointF> outline;
    qsizetype maxCount = 0;
    if (!h.counts.empty()) {
        // Each bin drops to 0 at its edges so that neighbours of equal height stay apart.
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            const double count = double(h.counts[i]);
            outline << QPointF(h.edges[i] / unit.scale, 0)
                    << QPointF(h.edges[i] / unit.scale, count)
                    << QPointF(h.edges[i + 1] / unit.scale, count)
                    << QPointF(h.edges[i + 1] / unit.scale, 0);
            maxCount = std::max(maxCount, h.counts[i]);
        }
        setNiceRange(c.histogramX, h.edges.front() / unit.scale, h.edges.back() / unit.scale);
    }
    c.histogramOutline->replace(outline);
    c.histogramY->setRange(0, double(std::max<qsizetype>(1, maxCount)));
    c.histogramY->setLabelFormat(QStringLiteral("%.0f"));
    if (maxCount <= 6) {
        c.histogramY->setTickType(QValueAxis::TicksFixed);
        c.histogramY->setTickCount(int(std::max<qsizetype>(1, maxCount)) + 1);
    } else {
        c.histogramY->applyNiceNumbers();
    }
    c.histogram->setTitle(
        tr("Histogram, %n bin(s) (Freedman-Diaconis)", nullptr, int(h.counts.size())));

    const Stats::BoxPlot &b = m_analysis->boxPlot;
    c.boxSet->setValue(QBoxSet::LowerExtreme, b.whiskerLow / unit.scale);
    c.boxSet->setValue(QBoxSet::LowerQuartile, b.q1 / unit.scale);
    c.boxSet->setValue(QBoxSet::Median, b.median / unit.scale);
    c.boxSet->setValue(QBoxSet::UpperQuartile, b.q3 / unit.scale);
    c.boxSet->setValue(QBoxSet::UpperExtreme, b.whiskerHigh / unit.scale);
    c.boxSeries->setVisible(true);
    QList<QPointF> beyond;
    const QSet<QString> analysed(m_analysedKeys.cbegin(), m_analysedKeys.cend());
    for (const Entry &entry : m_entries) {
        if (analysed.contains(entry.key) &&
            (entry.value < b.whiskerLow || entry.value > b.whiskerHigh))
            beyond << QPointF(0, entry.value / unit.scale);
    }
    c.boxOutliers->replace(beyond);
    c.boxX->setCategories({QString()});
    c.box->setTitle(tr("Box plot"));
    const double span = b.max - b.min;
    setNiceRange(c.boxY, (b.min - span * 0.05) / unit.scale, (b.max + span * 0.05) / unit.scale);
}

void StatisticsPanel::updateValueList() {
    QListWidget *list = m_ui->valueList;
    m_updatingList = true;
    const QSet<qsizetype> outliers = outlierEntries();
    const Unit unit = displayUnit();
    if (list->count() != qsizetype(m_entries.size())) {
        list->clear();
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            auto *item = new QListWidgetItem(list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        const Entry &entry = m_entries[i];
        QListWidgetItem *item = list->item(int(i));
        const bool excluded = m_excluded.contains(entry.key);
        QString text =
            tr("#%1  %2  %3").arg(i + 1).arg(entry.label, formatValue(entry.value, unit));
        if (!excluded && outliers.contains(i))
            text += tr("  (outlier)");
        if (excluded)
            text += tr("  (excluded)");
        item->setText(text);
        item->setData(Qt::UserRole, entry.key);
        item->setCheckState(excluded ? Qt::Unchecked : Qt::Checked);
        item->setForeground(excluded               ? QBrush(ExcludedColor)
                            : outliers.contains(i) ? QBrush(OutlierColor)
                                                   : QBrush());
    }
    m_updatingList = false;
}

void StatisticsPanel::updateExclusionsLabel() {
    qsizetype applied = 0;
    for (const Entry &entry : m_entries)
        applied += m_excluded.contains(entry.key) ? 1 : 0;
    m_ui->exclusionsLabel->setText(applied == 0
                                       ? tr("All values included.")
                                       : tr("%n value(s) excluded.", nullptr, int(applied)));
    m_ui->resetExclusionsButton->setEnabled(!m_excluded.isEmpty());
    m_ui->excludeOutliersButton->setEnabled(m_analysis && !m_analysis->outliers.iqr.empty());
}

} // namespace Perfdeck

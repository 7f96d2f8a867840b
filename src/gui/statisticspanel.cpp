#include "gui/statisticspanel.h"

#include "gui/shapingsection.h"
#include "gui/statisticscharts.h"
#include "model/format.h"
#include "ui_statisticspanel.h"

#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidgetItem>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Perfdeck {

namespace {

const QColor OutlierColor(0xd6, 0x27, 0x28);
const QColor ExcludedColor(0x9a, 0x9a, 0x9a);
const QColor ImprovedColor(0x1e, 0x8c, 0x2e);
const QColor RegressedColor(0xc6, 0x22, 0x22);
const QColor NotNormalColor(0xc0, 0x6a, 0x00);
const QColor WarningColor(0xb3, 0x5c, 0x00);

constexpr int MaxPositionsListed = 6;
constexpr double NoHalfWidth = std::numeric_limits<double>::quiet_NaN();

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

} // namespace

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatisticsPanel>())
    , m_controller(new StatisticsController(this)) {
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
    // Below the numbers, above the spacer that keeps them at the top.
    m_shaping = new ShapingSection(m_ui->numbersWidget);
    m_ui->numbersLayout->insertWidget(m_ui->numbersLayout->count() - 1, m_shaping);
    m_charts = new StatisticsCharts(m_ui->valuesChartContainer, m_ui->histogramContainer,
                                    m_ui->boxPlotContainer, this);
    connect(m_charts, &StatisticsCharts::pointClicked, this, [this](qsizetype entry) {
        const QString &key = m_controller->entries()[entry].key;
        setExcluded(key, !m_controller->isExcluded(key));
    });
    connect(m_charts, &StatisticsCharts::pointHovered, this, &StatisticsPanel::showPointToolTip);

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
    connect(m_ui->excludeOutliersButton, &QPushButton::clicked, m_controller,
            &StatisticsController::excludeIqrOutliers);
    connect(m_ui->valueList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updatingList)
            return;
        setExcluded(item->data(Qt::UserRole).toString(), item->checkState() != Qt::Checked);
    });
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMovedByUser = true; });

    connect(m_controller, &StatisticsController::entriesChanged, this,
            &StatisticsPanel::showEntries);
    connect(m_controller, &StatisticsController::analysisStarted, this, [this] {
        m_ui->sourceLabel->setText(m_controller->sourceNote() + tr(" — computing…"));
    });
    connect(m_controller, &StatisticsController::analysisUpdated, this,
            &StatisticsPanel::showAnalysis);
    connect(m_controller, &StatisticsController::exclusionsChanged, this,
            [this](const QStringList &keys) {
                updateValueList();
                updateExclusionsLabel();
                Q_EMIT exclusionsChanged(keys);
            });
    connect(m_controller, &StatisticsController::baselineOffersChanged, this,
            &StatisticsPanel::rebuildBaselineCombo);
    connect(m_controller, &StatisticsController::baselineChanged, this,
            &StatisticsPanel::baselineChanged);
    connect(m_controller, &StatisticsController::metricChanged, this, [this](Metric metric) {
        m_ui->metricCombo->setCurrentIndex(metric == Metric::Throughput ? 0 : 1);
    });
    connect(m_controller, &StatisticsController::stateChanged, this,
            &StatisticsPanel::stateChanged);
    m_ui->numbersScroll->viewport()->installEventFilter(this);
    rebuildBaselineCombo();
    showEntries();
}

StatisticsPanel::~StatisticsPanel() = default;

void StatisticsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    fitNumbersSoon();
}

bool StatisticsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->numbersScroll->viewport() && event->type() == QEvent::Resize)
        fitNumbersToViewport();
    return QWidget::eventFilter(watched, event);
}

void StatisticsPanel::fitNumbersToViewport() {
    QLayout *layout = m_ui->numbersWidget->layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int width = m_ui->numbersScroll->viewport()->width();
    const int wanted = layout->totalHeightForWidth(width);
    if (wanted > 0 && m_ui->numbersWidget->minimumHeight() != wanted)
        m_ui->numbersWidget->setMinimumHeight(wanted);
}

void StatisticsPanel::fitNumbersSoon() {
    if (!isVisible())
        return;
    // After the layouts have settled, so that word-wrapped labels know their width.
    QTimer::singleShot(0, this, [this] {
        fitNumbersToViewport();
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

// ---- inputs and settings (the controller decides, the widgets follow) ----------------------

void StatisticsPanel::setRuns(const QList<RunResult> &runs, Pool pool) {
    m_controller->setRuns(runs, pool);
    m_shaping->setRun(pool == Pool::Selection && runs.size() == 1 ? &runs.first() : nullptr);
    fitNumbersSoon();
}

void StatisticsPanel::setIntervalSamples(const RunResult &run) {
    setRuns({run});
    setMode(Mode::PerInterval);
}

void StatisticsPanel::setBaselineCandidates(const QList<RunResult> &runs) {
    m_controller->setBaselineCandidates(runs);
}

void StatisticsPanel::setMode(Mode mode) {
    m_ui->modeCombo->setCurrentIndex(mode == Mode::PerRun ? 0 : 1);
    m_controller->setMode(mode);
}

void StatisticsPanel::setMetric(Metric metric) {
    m_ui->metricCombo->setCurrentIndex(metric == Metric::Throughput ? 0 : 1);
    m_controller->setMetric(metric);
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
    m_controller->setConfidence(level);
}

void StatisticsPanel::setBaseline(const QString &baselineId) {
    m_controller->setBaseline(baselineId);
}

QStringList StatisticsPanel::baselineIds() const {
    QStringList ids;
    for (int i = 0; i < m_ui->baselineCombo->count(); ++i)
        ids << m_ui->baselineCombo->itemData(i).toString();
    return ids;
}

QStringList StatisticsPanel::valueKeys() const {
    QStringList keys;
    for (const StatisticsController::Entry &entry : m_controller->entries())
        keys << entry.key;
    return keys;
}

QList<double> StatisticsPanel::values() const {
    QList<double> list;
    for (const StatisticsController::Entry &entry : m_controller->entries())
        list << entry.value;
    return list;
}

void StatisticsPanel::setExcluded(const QString &key, bool excluded) {
    m_controller->setExcluded(key, excluded);
}

void StatisticsPanel::clearExclusions() {
    m_controller->clearExclusions();
}

void StatisticsPanel::restoreState(const QJsonObject &state) {
    const QSignalBlocker blocker(this); // a restore is not a change of the session
    m_controller->restoreState(state);
    // The combos show what the controller took.
    setConfidence(m_controller->confidence());
    m_ui->metricCombo->setCurrentIndex(m_controller->metric() == Metric::Throughput ? 0 : 1);
    m_ui->modeCombo->setCurrentIndex(m_controller->mode() == Mode::PerRun ? 0 : 1);
}

std::optional<double> StatisticsPanel::jainFairness() const {
    const auto &fairness = m_controller->fairness();
    return fairness ? std::optional<double>(fairness->index) : std::nullopt;
}

// ---- display -------------------------------------------------------------------------------

void StatisticsPanel::showEntries() {
    m_ui->sourceLabel->setText(m_controller->sourceNote());
    showWarnings();
    updateValueList();
    updateExclusionsLabel();
}

void StatisticsPanel::showAnalysis() {
    m_ui->sourceLabel->setText(m_controller->sourceNote());
    showWarnings();
    showNumbers();
    showComparison();
    updateCharts();
    updateValueList();
    updateExclusionsLabel();
    fitNumbersSoon();
    Q_EMIT analysisUpdated();
}

void StatisticsPanel::showWarnings() {
    const QStringList list = m_controller->warnings();
    m_ui->warningLabel->setText(
        list.isEmpty() ? QString() : tr("Warning: %1.").arg(list.join(QStringLiteral("; "))));
    m_ui->warningLabel->setVisible(!list.isEmpty());
    QPalette palette = m_ui->warningLabel->palette();
    palette.setColor(QPalette::WindowText, WarningColor);
    m_ui->warningLabel->setPalette(palette);
}

void StatisticsPanel::updateCharts() {
    const StatisticsController &c = *m_controller;
    const Unit unit = displayUnit();
    StatisticsCharts::Data data;
    data.entries = &c.entries();
    for (qsizetype i = 0; i < qsizetype(c.entries().size()); ++i) {
        if (c.isExcluded(c.entries()[i].key))
            data.excluded.insert(i);
    }
    data.outliers = c.outlierEntries();
    data.analysed = c.analysedEntries();
    data.analysis = &c.analysis();
    data.scale = unit.scale;
    data.unit = unit.suffix;
    data.perRun = c.mode() == Mode::PerRun;
    data.levelText = levelText();
    m_charts->update(data);
}

void StatisticsPanel::showPointToolTip(qsizetype entry, bool state) {
    const std::vector<StatisticsController::Entry> &entries = m_controller->entries();
    if (!state || entry < 0 || entry >= qsizetype(entries.size())) {
        QToolTip::hideText();
        return;
    }
    const StatisticsController::Entry &value = entries[entry];
    QToolTip::showText(
        QCursor::pos(),
        tr("#%1 %2: %3\nClick to %4.")
            .arg(entry + 1)
            .arg(value.label, formatValue(value.value, displayUnit()),
                 m_controller->isExcluded(value.key) ? tr("include it again") : tr("exclude it")),
        m_ui->valuesChartContainer);
}

void StatisticsPanel::rebuildBaselineCombo() {
    QComboBox *combo = m_ui->baselineCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    int current = 0;
    for (const StatisticsController::BaselineOffer &offer : m_controller->baselineOffers()) {
        combo->addItem(offer.text, offer.id);
        if (!offer.toolTip.isEmpty())
            combo->setItemData(combo->count() - 1, offer.toolTip, Qt::ToolTipRole);
        if (offer.id == m_controller->baselineId())
            current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
}

void StatisticsPanel::chooseBaselineFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Baseline results document or session"),
        QFileInfo(m_controller->baselineFile()).path(),
        tr("Results documents and sessions (*.json *.perfdeck);;All files (*)"));
    if (path.isEmpty())
        return;
    m_controller->loadBaselineFile(path);
    setBaseline(QStringLiteral("file:") + path);
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
    const StatisticsController &c = *m_controller;
    double reference = 0;
    if (c.analysis()) {
        const Stats::Descriptive &d = c.analysis()->descriptive;
        const double half =
            c.analysis()->ci ? (c.analysis()->ci->high - c.analysis()->ci->low) / 2 : 0;
        reference = half > 0 ? half : std::isfinite(d.stddev) && d.stddev > 0 ? d.stddev : d.mean;
    }
    const UnitChoice choice = unitFor(c.metric(), reference);
    return Unit{choice.scale, choice.suffix, choice.decimals};
}

QString StatisticsPanel::formatValue(double value, const Unit &unit) const {
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    return displayLocale().toString(value / unit.scale, 'f', unit.decimals) + QLatin1Char(' ') +
           unit.suffix;
}

QString StatisticsPanel::levelText() const {
    const StatisticsController &c = *m_controller;
    return tr("%1 %").arg(displayLocale().toString(c.confidence() * 100, 'g', 4));
}

void StatisticsPanel::showNumbers() {
    const StatisticsController &c = *m_controller;
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
    if (c.fairness()) {
        QString fairness =
            tr("%1 over %n stream(s) (mean rate per stream)", nullptr, c.fairness()->streams)
                .arg(locale.toString(c.fairness()->index, 'f', 4));
        if (c.fairness()->runs > 1)
            fairness += tr(", mean of %n run(s)", nullptr, c.fairness()->runs);
        ui.fairnessLabel->setText(fairness);
    }
    QStringList notes;
    if (!c.analysis()) {
        ui.nLabel->setText(locale.toString(qsizetype(c.analysedCount())));
        ui.notesLabel->setText(c.entries().empty()
                                   ? tr("No values to analyse.")
                                   : tr("No values left: every value is excluded."));
        if (!c.analysisError().isEmpty() && c.analysisError() != QLatin1String("no values"))
            ui.notesLabel->setText(c.analysisError());
        return;
    }
    const Stats::Analysis &a = *c.analysis();
    const Stats::Descriptive &d = a.descriptive;
    QString n = locale.toString(d.n);
    if (qsizetype(c.entries().size()) > d.n)
        n += tr(" (%n excluded)", nullptr, int(c.entries().size() - d.n));
    ui.nLabel->setText(n);
    if (a.ci) {
        ui.meanLabel->setText(
            formatWithHalfWidth(d.mean, (a.ci->high - a.ci->low) / 2, c.metric(), locale));
        ui.meanLabel->setToolTip(
            tr("t interval: %1 … %2")
                .arg(formatValue(a.ci->low, unit), formatValue(a.ci->high, unit)));
    } else {
        ui.meanLabel->setText(
            tr("%1 (no interval from one value)")
                .arg(formatWithHalfWidth(d.mean, NoHalfWidth, c.metric(), locale)));
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
        const bool normal = t.p >= 1 - c.confidence();
        ui.normalityLabel->setText(
            tr("%1: %2 = %3, p = %4 — %5")
                .arg(shapiro ? tr("Shapiro-Wilk") : tr("D'Agostino-Pearson"),
                     shapiro ? tr("W") : tr("K²"), locale.toString(t.statistic, 'f', 4),
                     formatPValue(t.p, locale), normal ? tr("looks normal") : tr("not normal")));
        ui.normalityLabel->setToolTip(
            normal ? tr("p ≥ %1: no evidence against normality at %2 confidence")
                         .arg(locale.toString(1 - c.confidence(), 'g', 3), levelText())
                   : tr("p < %1: the values are unlikely to come from a normal distribution; "
                        "prefer the bootstrap interval and Mann-Whitney U")
                         .arg(locale.toString(1 - c.confidence(), 'g', 3)));
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

    auto describeRule = [&](const QString &name, const std::vector<qsizetype> &indices) {
        QStringList positions;
        for (qsizetype index : indices) {
            if (positions.size() == MaxPositionsListed) {
                positions << QStringLiteral("…");
                break;
            }
            const qsizetype entry = c.entryOfAnalysed(index);
            positions << (entry >= 0 ? QStringLiteral("#%1").arg(entry + 1) : QStringLiteral("?"));
        }
        return positions.isEmpty() ? tr("%1 0").arg(name)
                                   : tr("%1 %2 (%3)")
                                         .arg(name, locale.toString(qsizetype(indices.size())),
                                              positions.join(QStringLiteral(", ")));
    };
    if (a.descriptive.n < Stats::AnalysisOptions().minOutlierSampleSize)
        ui.outliersLabel->setText(tr("– (too few values to call one an outlier)"));
    else
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
    const StatisticsController &ctl = *m_controller;
    const Ui::StatisticsPanel &ui = *m_ui;
    const QString dash = QStringLiteral("\u2013");
    const QLocale locale = displayLocale();
    for (QLabel *label : {ui.baselineMeanLabel, ui.changeLabel, ui.welchLabel, ui.mannWhitneyLabel})
        label->setText(dash);
    ui.verdictLabel->setPalette(QPalette());
    ui.verdictLabel->setProperty("verdict", QString());
    const bool hasBaseline = !ctl.baselineId().isEmpty();
    if (!hasBaseline) {
        ui.verdictLabel->setText(tr("Choose a baseline to compare with."));
        ui.verdictLabel->setFont(font());
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    if (ctl.baselineDescriptive()) {
        // In the unit of the selection's numbers, so that the two means read together.
        const Unit unit = displayUnit();
        const Stats::Descriptive &b = *ctl.baselineDescriptive();
        const QString value =
            ctl.baselineCi()
                ? tr("%1 ± %2").arg(
                      locale.toString(b.mean / unit.scale, 'f', unit.decimals),
                      formatValue((ctl.baselineCi()->high - ctl.baselineCi()->low) / 2, unit))
                : formatValue(b.mean, unit);
        ui.baselineMeanLabel->setText(tr("%1 (%2)").arg(value, ctl.baselineDescription()));
    }
    if (!ctl.comparison()) {
        ui.verdictLabel->setText(ctl.comparisonProblem().isEmpty() ? tr("No comparison.")
                                                                   : ctl.comparisonProblem());
        ui.verdictLabel->setFont(font());
        return;
    }
    const Stats::Comparison &c = *ctl.comparison();
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
    ui.verdictLabel->setProperty("comparable", ctl.comparisonWarnings().isEmpty());
    if (!ctl.comparisonWarnings().isEmpty()) {
        // The numbers stay, but nobody should read them as a regression verdict.
        verdict = tr("Not comparable: %1. %2")
                      .arg(ctl.comparisonWarnings().join(QStringLiteral("; ")), verdict);
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

void StatisticsPanel::updateValueList() {
    const StatisticsController &c = *m_controller;
    QListWidget *list = m_ui->valueList;
    m_updatingList = true;
    const QSet<qsizetype> outliers = c.outlierEntries();
    const Unit unit = displayUnit();
    if (list->count() != qsizetype(c.entries().size())) {
        list->clear();
        for (std::size_t i = 0; i < c.entries().size(); ++i) {
            auto *item = new QListWidgetItem(list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (qsizetype i = 0; i < qsizetype(c.entries().size()); ++i) {
        const StatisticsController::Entry &entry = c.entries()[i];
        QListWidgetItem *item = list->item(int(i));
        const bool excluded = c.isExcluded(entry.key);
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
    const StatisticsController &c = *m_controller;
    qsizetype applied = 0;
    for (const StatisticsController::Entry &entry : c.entries())
        applied += c.isExcluded(entry.key) ? 1 : 0;
    m_ui->exclusionsLabel->setText(
        (applied == 0 ? tr("All values included.")
                      : tr("%n value(s) excluded.", nullptr, int(applied))) +
        QLatin1Char(' ') + tr("Click a point to exclude or include it."));
    m_ui->resetExclusionsButton->setEnabled(!c.exclusions().isEmpty());
    m_ui->excludeOutliersButton->setEnabled(c.analysis() && !c.analysis()->outliers.iqr.empty());
}

} // namespace Perfdeck

#include "gui/historyview.h"

#include "model/format.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// The table lists the newest runs; the trend always uses every run of the pair.
constexpr int MaxListedRuns = 2000;
constexpr qint64 IdRole = Qt::UserRole + 1;
constexpr qint64 OkRole = Qt::UserRole + 2;
// The "no bound" value of the date fields, shown as their special text.
const QDate NoDate(2000, 1, 1);

QString pairName(const QString &client, const QString &server) {
    return client + QStringLiteral("..") + server;
}

QString valueText(const HistoryEntry &entry) {
    if (entry.throughputBps)
        return Format::bitrate(entry.throughputBps);
    if (entry.transactionsPerS)
        return HistoryView::tr("%1 trans/s")
            .arg(QLocale().toString(*entry.transactionsPerS, 'f', 0));
    return QStringLiteral("\u2013");
}

QDateEdit *newDateEdit(QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(HistoryView::tr("any"));
    edit->setDate(NoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent) {
    m_pair = new QComboBox(this);
    m_pair->setObjectName(QStringLiteral("historyPair"));
    m_pair->setMinimumContentsLength(18);
    m_pair->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_engine = new QComboBox(this);
    m_engine->addItem(tr("Any engine"), QString());
    m_engine->addItem(QStringLiteral("iperf3"), QStringLiteral("iperf3"));
    m_engine->addItem(QStringLiteral("netperf"), QStringLiteral("netperf"));
    m_profile = new QLineEdit(this);
    m_profile->setPlaceholderText(tr("profile"));
    m_profile->setClearButtonEnabled(true);
    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("tag"));
    m_tag->setClearButtonEnabled(true);
    m_since = newDateEdit(this);
    m_since->setToolTip(tr("Runs started on or after this day"));
    m_until = newDateEdit(this);
    m_until->setToolTip(tr("Runs started on or before this day"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->setMinimumContentsLength(24);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setToolTip(tr("The trend shows one kind of test at a time"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_useBaseline = new QPushButton(tr("Use as Baseline"), this);
    m_useBaseline->setObjectName(QStringLiteral("historyUseBaseline"));
    m_useBaseline->setToolTip(tr("Compare the analysed runs with the selected history runs, or "
                                 "with the newest runs of the trend (Statistics panel)"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows of filters: one row took ~760 px, more than the dock has beside the run and
    // statistics docks in a 1024 px window.
    auto *filters = new QVBoxLayout;
    auto *pairRow = new QHBoxLayout;
    pairRow->addWidget(new QLabel(tr("Pair:"), this));
    pairRow->addWidget(m_pair, 1);
    pairRow->addWidget(m_engine);
    pairRow->addWidget(m_refresh);
    auto *narrowRow = new QHBoxLayout;
    narrowRow->addWidget(m_profile, 1);
    narrowRow->addWidget(m_tag, 1);
    narrowRow->addWidget(new QLabel(tr("From:"), this));
    narrowRow->addWidget(m_since);
    narrowRow->addWidget(new QLabel(tr("to:"), this));
    narrowRow->addWidget(m_until);
    filters->addLayout(pairRow);
    filters->addLayout(narrowRow);

    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels({tr("Started"), tr("Pair"), tr("Test"), tr("Status"),
                                        tr("Value"), tr("Profile"), tr("Tags")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("historyChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing, true);
    m_chartView->setMinimumHeight(160);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(new QLabel(tr("Trend of:"), chartBox));
    chartBar->addWidget(m_kind, 1);
    chartBar->addWidget(m_useBaseline);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chartView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &HistoryView::onLoaded);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &HistoryView::filtersEdited);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &HistoryView::filtersEdited);
    connect(m_profile, &QLineEdit::editingFinished, this, &HistoryView::filtersEdited);
    connect(m_tag, &QLineEdit::editingFinished, this, &HistoryView::filtersEdited);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryView::filtersEdited);
    connect(m_until, &QDateEdit::dateChanged, this, &HistoryView::filtersEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_wantedKind = currentKind();
        drawTrend();
        Q_EMIT stateChanged();
    });
    connect(m_useBaseline, &QPushButton::clicked, this, &HistoryView::chooseBaseline);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_useBaseline->setEnabled(!baselineIds().isEmpty()); });
    m_useBaseline->setEnabled(false);
    drawTrend();
}

HistoryView::~HistoryView() {
    // A query still running has its own connection and copies of everything: let it end.
    m_watcher.waitForFinished();
}

void HistoryView::setDatabasePath(const QString &path) {
    if (path == m_databasePath)
        return;
    m_databasePath = path;
    m_pair->setToolTip(path);
    refresh();
}

void HistoryView::refresh() {
    if (m_databasePath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    m_status->setText(tr("Reading the history…"));
    const HistoryFilter filter = currentFilter();
    // The first look (no pairs read yet) shows the pair with the most runs.
    const bool withTrend = !filter.client.isEmpty() || m_pair->count() == 0;
    m_watcher.setFuture(QtConcurrent::run(&HistoryView::load, m_databasePath, filter, withTrend));
}

void HistoryView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // A table of seven columns and a chart each want about 400 px.
    const Qt::Orientation wanted = width() >= 820 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter && m_splitter->orientation() != wanted)
        m_splitter->setOrientation(wanted);
}

HistoryView::Loaded HistoryView::load(const QString &path, const HistoryFilter &filter,
                                      bool withTrend) {
    Loaded loaded;
    HistoryStore store(path);
    if (!store.open(&loaded.error))
        return loaded;
    loaded.notice = store.notice();
    loaded.pairs = store.pairs(&loaded.error);
    loaded.total = store.count(&loaded.error);
    HistoryFilter effective = filter;
    // No pair chosen yet (a first look): the pair with the most runs.
    if (effective.client.isEmpty() && withTrend && !loaded.pairs.isEmpty()) {
        effective.client = loaded.pairs.constFirst().client;
        effective.server = loaded.pairs.constFirst().server;
    }
    HistoryFilter listed = effective;
    listed.limit = MaxListedRuns;
    loaded.entries = store.list(listed, &loaded.error);
    if (!effective.client.isEmpty()) {
        const QList<HistoryEntry> entries = store.trendEntries(effective, &loaded.error);
        loaded.trend = HistoryTrend::compute(effective.client, effective.server, entries);
    }
    return loaded;
}

HistoryFilter HistoryView::currentFilter() const {
    HistoryFilter filter;
    const QString chosen = m_pair->currentData().toString();
    const QString pairText = chosen.isEmpty() ? m_wantedPair : chosen;
    if (pairText.contains(QLatin1String(".."))) {
        filter.client = pairText.section(QStringLiteral(".."), 0, 0);
        filter.server = pairText.section(QStringLiteral(".."), 1);
    }
    filter.engine = m_engine->currentData().toString();
    filter.profile = m_profile->text().trimmed();
    filter.tag = m_tag->text().trimmed();
    if (m_since->date() != NoDate)
        filter.since = m_since->date().startOfDay();
    if (m_until->date() != NoDate)
        filter.until = m_until->date().addDays(1).startOfDay().addMSecs(-1);
    return filter;
}

void HistoryView::onLoaded() {
    const Loaded loaded = m_watcher.result();
    if (m_refreshAgain) {
        refresh();
        return;
    }
    m_updating = true;
    fillPairs(loaded.pairs);
    fillTable(loaded.entries);
    m_trend = loaded.trend;
    fillKinds();
    m_updating = false;
    drawTrend();
    QString status;
    if (!loaded.error.isEmpty()) {
        status = loaded.error;
    } else {
        status = tr("%1: %n run(s) stored", nullptr, int(loaded.total))
                     .arg(QDir::toNativeSeparators(m_databasePath));
        if (loaded.entries.size() >= MaxListedRuns)
            status += tr("; the newest %1 are listed").arg(MaxListedRuns);
        if (m_trend && !m_trend->series.isEmpty()) {
            int regressions = 0;
            for (const HistoryTrendSeries &series : m_trend->series)
                regressions += series.regressions;
            status += tr("; trend of %1: %n regression(s)", nullptr, regressions)
                          .arg(pairName(m_trend->client, m_trend->server));
        }
    }
    if (!loaded.notice.isEmpty())
        status = loaded.notice + QLatin1Char('\n') + status;
    m_status->setText(status);
    m_useBaseline->setEnabled(!baselineIds().isEmpty());
}

void HistoryView::fillPairs(const QList<HistoryPair> &pairs) {
    QString current = !m_wantedPair.isEmpty() ? m_wantedPair : m_pair->currentData().toString();
    // A first look with nothing chosen: the pair with the most runs, as load() did.
    if (current.isEmpty() && m_pair->count() == 0 && !pairs.isEmpty())
        current = pairName(pairs.constFirst().client, pairs.constFirst().server);
    m_pair->clear();
    m_pair->addItem(tr("All pairs"), QString());
    for (const HistoryPair &pair : pairs) {
        const QString name = pairName(pair.client, pair.server);
        m_pair->addItem(tr("%1 (%n run(s))", nullptr, int(pair.runs)).arg(name), name);
    }
    const int index = m_pair->findData(current);
    m_pair->setCurrentIndex(std::max(index, 0));
    if (index >= 0)
        m_wantedPair.clear();
}

void HistoryView::fillTable(const QList<HistoryEntry> &entries) {
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryEntry &e = entries.at(row);
        const QString started =
            e.startedAt.isValid()
                ? QLocale().toString(e.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("unknown");
        const QStringList cells{started,
                                pairName(e.pairClient, e.pairServer),
                                e.kind,
                                toString(e.status),
                                valueText(e),
                                e.profile,
                                e.tags.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QStandardItem(cells.at(column));
            item->setData(e.id, IdRole);
            item->setData(e.status == RunStatus::Ok, OkRole);
            if (column == 0)
                item->setToolTip(tr("History id %1, run %2 (%3)").arg(e.id).arg(e.runId, e.origin));
            if (column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void HistoryView::fillKinds() {
    const QString wanted = m_wantedKind.isEmpty() ? currentKind() : m_wantedKind;
    m_kind->clear();
    if (!m_trend)
        return;
    for (const HistoryTrendSeries &series : m_trend->series)
        m_kind->addItem(tr("%1 (%n run(s))", nullptr, int(series.points.size())).arg(series.kind),
                        series.kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(wanted)));
}

QString HistoryView::currentKind() const {
    return m_kind->currentData().toString();
}

void HistoryView::drawTrend() {
    // removeAllSeries() deletes the series (and, through their parent, a band's edges);
    // removeAxis() only gives the axis back, so it is deleted here (each redraw leaked two).
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const HistoryTrendSeries *series = nullptr;
    if (m_trend) {
        for (const HistoryTrendSeries &s : m_trend->series) {
            if (s.kind == currentKind())
                series = &s;
        }
    }
    if (!series || series->points.isEmpty()) {
        m_chart->setTitle(m_trend ? tr("No ok runs of this pair match the filters")
                                  : tr("Choose a pair to see its trend"));
        return;
    }
    const bool bps = series->metricKey == QLatin1String("throughput_bps");
    double top = 0;
    for (const HistoryTrendPoint &p : series->points)
        top = std::max({top, p.value, p.ciHigh.value_or(0)});
    const Format::BitrateUnit unit = bps ? Format::bitrateUnit(top) : Format::BitrateUnit{};
    const double scale = bps ? unit.scale : 1;

    auto *values = new QLineSeries;
    values->setName(bps ? tr("Throughput") : tr("Transactions/s"));
    values->setPointsVisible(true);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *regressions = new QScatterSeries;
    regressions->setName(tr("Regression"));
    regressions->setMarkerSize(11);
    regressions->setColor(QColor(0xd0, 0x21, 0x21));
    regressions->setBorderColor(QColor(0x80, 0x10, 0x10));
    QList<QPointF> valuePoints;
    QList<QPointF> upperPoints;
    QList<QPointF> lowerPoints;
    QList<QPointF> regressionPoints;
    for (const HistoryTrendPoint &p : series->points) {
        const double x = double(p.startedAt.toMSecsSinceEpoch());
        valuePoints << QPointF(x, p.value / scale);
        if (p.ciLow && p.ciHigh) {
            upperPoints << QPointF(x, *p.ciHigh / scale);
            lowerPoints << QPointF(x, std::max(0.0, *p.ciLow) / scale);
        }
        if (p.regression)
            regressionPoints << QPointF(x, p.value / scale);
    }
    values->replace(valuePoints);
    upper->replace(upperPoints);
    lower->replace(lowerPoints);
    regressions->replace(regressionPoints);
    auto *band = new QAreaSeries(upper, lower);
    // An area series does not own its edges: they go with it.
    upper->setParent(band);
    lower->setParent(band);
    band->setName(tr("Baseline %1 % CI").arg(100 * m_trend->options.confidence));
    band->setColor(QColor(0x3a, 0x7b, 0xd5, 60));
    band->setBorderColor(QColor(0x3a, 0x7b, 0xd5, 120));
    m_chart->addSeries(band);
    m_chart->addSeries(values);
    m_chart->addSeries(regressions);

    auto *xAxis = new QDateTimeAxis;
    const qint64 first = series->points.constFirst().startedAt.toMSecsSinceEpoch();
    const qint64 last = series->points.constLast().startedAt.toMSecsSinceEpoch();
    const bool sameDay = last - first < 24 * 3600 * 1000;
    xAxis->setFormat(sameDay ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    // A single run, or runs a second apart, still get an axis a reader can place them on.
    const qint64 pad = std::max<qint64>((last - first) / 20, 30 * 1000);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                    QDateTime::fromMSecsSinceEpoch(last + pad));
    xAxis->setTickCount(6);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top / scale * 1.1);
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(bps ? unit.suffix : tr("trans/s"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    if (regressionPoints.isEmpty()) {
        for (QLegendMarker *marker : m_chart->legend()->markers(regressions))
            marker->setVisible(false);
    }
    m_chart->setTitle(tr("%1: %2, %n regression(s)", nullptr, series->regressions)
                          .arg(pairName(m_trend->client, m_trend->server), series->kind));
}

void HistoryView::filtersEdited() {
    if (m_updating)
        return;
    m_wantedPair.clear();
    refresh();
    Q_EMIT stateChanged();
}

int HistoryView::runCount() const {
    return m_model->rowCount();
}

QList<qint64> HistoryView::shownIds() const {
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->item(row, 0)->data(IdRole).toLongLong();
    return ids;
}

QString HistoryView::statusText() const {
    return m_status->text();
}

QList<qint64> HistoryView::baselineIds() const {
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(OkRole).toBool())
            ids << index.data(IdRole).toLongLong();
    }
    if (!rows.isEmpty())
        return ids;
    if (!m_trend)
        return ids;
    for (const HistoryTrendSeries &series : m_trend->series) {
        if (series.kind != currentKind())
            continue;
        const qsizetype window = m_trend->options.window;
        for (qsizetype i = std::max<qsizetype>(0, series.points.size() - window);
             i < series.points.size(); ++i)
            ids << series.points.at(i).id;
    }
    return ids;
}

void HistoryView::chooseBaseline() {
    QList<qint64> ids = baselineIds();
    if (ids.isEmpty())
        return;
    std::sort(ids.begin(), ids.end());
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    const QString description =
        m_table->selectionModel()->hasSelection()
            ? tr("%n selected history run(s)", nullptr, int(ids.size()))
            : tr("the newest %n run(s) of %1", nullptr, int(ids.size()))
                  .arg(m_trend ? pairName(m_trend->client, m_trend->server) : QString());
    Q_EMIT useAsBaseline(QStringLiteral("history:") + texts.join(QLatin1Char(',')), description);
}

void HistoryView::setPair(const QString &pair) {
    const int index = m_pair->findData(pair);
    if (index >= 0) {
        m_pair->setCurrentIndex(index);
        return;
    }
    m_wantedPair = pair;
    refresh();
}

QString HistoryView::pair() const {
    const QString chosen = m_pair->currentData().toString();
    return chosen.isEmpty() ? m_wantedPair : chosen;
}

void HistoryView::setEngine(const QString &engine) {
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(engine)));
}

void HistoryView::setTag(const QString &tag) {
    m_tag->setText(tag);
    filtersEdited();
}

void HistoryView::setProfile(const QString &profile) {
    m_profile->setText(profile);
    filtersEdited();
}

void HistoryView::setDateRange(const QDate &since, const QDate &until) {
    m_updating = true;
    m_since->setDate(since.isValid() ? since : NoDate);
    m_until->setDate(until.isValid() ? until : NoDate);
    m_updating = false;
    filtersEdited();
}

QJsonObject HistoryView::saveState() const {
    const auto dateText = [](const QDateEdit *edit) {
        return edit->date() == NoDate ? QString() : edit->date().toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("pair"), pair()},
        {QStringLiteral("engine"), m_engine->currentData().toString()},
        {QStringLiteral("profile"), m_profile->text()},
        {QStringLiteral("tag"), m_tag->text()},
        {QStringLiteral("since"), dateText(m_since)},
        {QStringLiteral("until"), dateText(m_until)},
        {QStringLiteral("kind"), currentKind().isEmpty() ? m_wantedKind : currentKind()},
    };
}

void HistoryView::restoreState(const QJsonObject &state) {
    m_updating = true;
    m_engine->setCurrentIndex(
        std::max(0, m_engine->findData(state.value(QStringLiteral("engine")).toString())));
    m_profile->setText(state.value(QStringLiteral("profile")).toString());
    m_tag->setText(state.value(QStringLiteral("tag")).toString());
    const QDate since =
        QDate::fromString(state.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDate until =
        QDate::fromString(state.value(QStringLiteral("until")).toString(), Qt::ISODate);
    m_since->setDate(since.isValid() ? since : NoDate);
    m_until->setDate(until.isValid() ? until : NoDate);
    m_wantedPair = state.value(QStringLiteral("pair")).toString();
    m_wantedKind = state.value(QStringLiteral("kind")).toString();
    const int index = m_pair->findData(m_wantedPair);
    if (index >= 0)
        m_pair->setCurrentIndex(index);
    m_updating = false;
    refresh();
}

} // namespace Perfdeck

#include "gui/hosthistoryview.h"

#include "gui/hostcheckmodel.h"
#include "results/historystore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

constexpr int DefaultLimit = 200;
// Below this width the list and the trend are stacked.
constexpr int WideLayoutWidth = 720;

} // namespace

HostHistoryView::HostHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HostCheckModel(this)) {
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hostHistoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limit = new QComboBox(this);
    m_limit->setObjectName(QStringLiteral("hostHistoryLimit"));
    for (int checks : {50, 200, 1000})
        m_limit->addItem(tr("Newest %1").arg(checks), checks);
    m_limit->addItem(tr("All checks"), 0);
    m_limit->setCurrentIndex(m_limit->findData(DefaultLimit));
    m_limit->setToolTip(tr("How many of the host's newest checks the table and the trend show"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the history database again (checks filed by perfdeck-cli "
                             "hosts check or another Perfdeck appear then)"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hostHistoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    // No legend: it would take the short chart's height; the title says what red means.
    m_chart->legend()->hide();
    m_rtt = new QLineSeries;
    m_rtt->setPointsVisible(true);
    m_failed = new QScatterSeries;
    m_failed->setMarkerSize(9);
    m_failed->setColor(QColor(210, 50, 45));
    m_failed->setBorderColor(QColor(120, 20, 20));
    m_warnings = new QScatterSeries;
    m_warnings->setMarkerSize(9);
    m_warnings->setColor(QColor(230, 160, 20));
    m_warnings->setBorderColor(QColor(150, 95, 10));
    m_selected = new QScatterSeries;
    m_selected->setMarkerSize(15);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(QColor(20, 20, 20));
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_rtt), static_cast<QXYSeries *>(m_failed),
          static_cast<QXYSeries *>(m_warnings), static_cast<QXYSeries *>(m_selected)})
        m_chart->addSeries(series);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(4);
    m_rttAxis = new QValueAxis;
    m_rttAxis->setLabelFormat(QStringLiteral("%g ms"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rttAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_rttAxis);
    }
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("hostHistoryChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing, true);
    m_chartView->setMinimumHeight(110);
    m_chartView->setToolTip(tr("The round-trip time of each check; orange points are checks "
                               "with a warning, red points on the axis checks that failed. Click "
                               "a point to select its check."));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("hostHistoryDetails"));
    m_details->setReadOnly(true);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_limit);
    bar->addWidget(m_refresh);
    // The list with the selected check below it, and the trend: side by side when the view is
    // wide (a floating or maximised dock), stacked in the narrow dock (resizeEvent()).
    m_listSplitter = new QSplitter(Qt::Vertical, this);
    auto *listSplitter = m_listSplitter;
    listSplitter->setChildrenCollapsible(false);
    listSplitter->addWidget(m_table);
    listSplitter->addWidget(m_details);
    listSplitter->setStretchFactor(0, 3);
    listSplitter->setStretchFactor(1, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("hostHistorySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listSplitter);
    m_splitter->addWidget(m_chartView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    // Until the user drags a handle, the space is shared out on each resize (the chart's own
    // size hint would leave it a strip under a long table).
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    connect(m_listSplitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &HostHistoryView::onLoaded);
    connect(m_refresh, &QPushButton::clicked, this, &HostHistoryView::refresh);
    connect(m_limit, &QComboBox::activated, this, &HostHistoryView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostHistoryView::showSelected);
    connect(m_rtt, &QXYSeries::clicked, this, &HostHistoryView::selectNearest);
    connect(m_failed, &QXYSeries::clicked, this, &HostHistoryView::selectNearest);
    connect(m_warnings, &QXYSeries::clicked, this, &HostHistoryView::selectNearest);
    display(Loaded{}); // the empty state
}

HostHistoryView::~HostHistoryView() {
    // A read still running has its own connection and copies of everything: let it end.
    m_watcher.waitForFinished();
}

void HostHistoryView::setDatabasePath(const QString &path) {
    if (path == m_databasePath)
        return;
    m_databasePath = path;
    refresh();
}

void HostHistoryView::setHost(const QString &host) {
    if (host == m_host)
        return;
    m_host = host;
    // What another host's checks were is not this host's: clear at once, then read.
    m_model->setChecks({});
    drawTrend();
    showSelected();
    refresh();
}

void HostHistoryView::setLimit(int checks) {
    const int index = m_limit->findData(checks);
    if (index < 0 || index == m_limit->currentIndex())
        return;
    m_limit->setCurrentIndex(index);
    refresh();
}

int HostHistoryView::limit() const {
    return m_limit->currentData().toInt();
}

void HostHistoryView::refresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    if (m_databasePath.isEmpty() || m_host.isEmpty()) {
        Loaded nothing;
        nothing.host = m_host;
        display(nothing);
        return;
    }
    m_status->setText(tr("Reading the checks of %1…").arg(m_host));
    m_watcher.setFuture(QtConcurrent::run(&HostHistoryView::load, m_databasePath, m_host,
                                          m_limit->currentData().toInt()));
}

void HostHistoryView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() >= WideLayoutWidth ? Qt::Horizontal : Qt::Vertical;
    const bool turned = m_splitter->orientation() != wanted;
    if (turned)
        m_splitter->setOrientation(wanted);
    if (m_userSized && !turned)
        return;
    // Stacked: the list over ~45 % for the trend; side by side: half each. The selected
    // check's details get about six lines under the list.
    const int along = wanted == Qt::Vertical ? m_splitter->height() : m_splitter->width();
    const int chart = wanted == Qt::Vertical ? along * 45 / 100 : along / 2;
    m_splitter->setSizes({along - chart, chart});
    const int list = wanted == Qt::Vertical ? along - chart : m_splitter->height();
    const int details = std::min(list / 3, m_details->fontMetrics().lineSpacing() * 6 + 8);
    m_listSplitter->setSizes({list - details, details});
}

void HostHistoryView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

HostHistoryView::Loaded HostHistoryView::load(const QString &path, const QString &host, int limit) {
    Loaded loaded;
    loaded.host = host;
    // Looking must not create the database: only checks and runs do.
    if (!QFileInfo::exists(path)) {
        loaded.noDatabase = true;
        return loaded;
    }
    HistoryStore store(path);
    if (!store.open(&loaded.error))
        return loaded;
    loaded.notice = store.notice();
    loaded.checks = store.hostChecks(host, limit, &loaded.error);
    return loaded;
}

void HostHistoryView::onLoaded() {
    if (m_refreshAgain) {
        refresh();
        return;
    }
    display(m_watcher.result());
}

void HostHistoryView::display(const Loaded &result) {
    // A read for a host no longer selected is dropped; the read for the new one follows.
    if (result.host != m_host)
        return;
    const QDateTime selected = m_table->selectionModel()->hasSelection()
                                   ? m_table->selectionModel()
                                         ->selectedRows()
                                         .value(0)
                                         .data(HostCheckModel::CheckedAtRole)
                                         .toDateTime()
                                   : QDateTime();
    m_model->setChecks(result.checks);
    if (selected.isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->check(row).checkedAt == selected)
                m_table->selectRow(row);
        }
    }
    m_table->resizeColumnsToContents();
    drawTrend();
    showSelected();

    const QString where = QDir::toNativeSeparators(m_databasePath);
    QString status;
    if (m_host.isEmpty())
        status = tr("Select one host to see the checks filed for it.");
    else if (m_databasePath.isEmpty())
        status = tr("No history database: checks of %1 are not kept.").arg(m_host);
    else if (result.noDatabase)
        status = tr("No checks of %1 filed yet (%2 does not exist yet; Check creates it).")
                     .arg(m_host, where);
    else if (!result.error.isEmpty())
        status = result.error;
    else if (result.checks.isEmpty())
        status = tr("No checks of %1 filed yet in %2.").arg(m_host, where);
    else if (limit() > 0 && result.checks.size() >= limit())
        status =
            tr("The newest %n check(s) of %1, newest first.", nullptr, int(result.checks.size()))
                .arg(m_host);
    else
        status =
            tr("%n check(s) of %1, newest first.", nullptr, int(result.checks.size())).arg(m_host);
    if (!result.notice.isEmpty())
        status = result.notice + QLatin1Char('\n') + status;
    m_status->setText(status);
    m_status->setToolTip(where);
    Q_EMIT loaded();
}

void HostHistoryView::drawTrend() {
    QList<QPointF> rtt;
    QList<QPointF> failed;
    QList<QPointF> warnings;
    double top = 0;
    qint64 first = 0;
    qint64 last = 0;
    // The model is newest first; the chart reads left to right, oldest first.
    const QList<HostStatus> &checks = m_model->checks();
    for (auto it = checks.crbegin(); it != checks.crend(); ++it) {
        if (!it->checkedAt.isValid())
            continue;
        const qint64 x = it->checkedAt.toMSecsSinceEpoch();
        first = first == 0 ? x : std::min(first, x);
        last = std::max(last, x);
        if (it->rttMs) {
            rtt << QPointF(double(x), *it->rttMs);
            top = std::max(top, *it->rttMs);
            if (it->level == HostStatus::Level::Warning)
                warnings << rtt.constLast();
        } else if (it->level == HostStatus::Level::Error) {
            failed << QPointF(double(x), 0);
        }
    }
    m_rtt->replace(rtt);
    m_failed->replace(failed);
    m_warnings->replace(warnings);
    if (first == 0) {
        m_chart->setTitle(m_host.isEmpty() ? QString() : tr("No checks of %1").arg(m_host));
        m_timeAxis->setRange(QDateTime::currentDateTime().addSecs(-3600),
                             QDateTime::currentDateTime());
        m_rttAxis->setRange(0, 1);
        return;
    }
    QString title = rtt.isEmpty()
                        ? tr("No round-trip time measured for %1 (this machine, or no SSH "
                             "answer)")
                              .arg(m_host)
                        : tr("Round-trip time of %1").arg(m_host);
    if (!warnings.isEmpty() || !failed.isEmpty())
        title += QLatin1Char(' ') + (failed.isEmpty()     ? tr("(orange: warnings)")
                                     : warnings.isEmpty() ? tr("(red: failed checks)")
                                                          : tr("(orange: warnings, red: failed)"));
    m_chart->setTitle(title);
    constexpr qint64 day = 24 * 3600 * 1000;
    m_timeAxis->setFormat(last - first < 3600 * 1000 ? QStringLiteral("HH:mm:ss")
                          : last - first < day       ? QStringLiteral("HH:mm")
                          : last - first < 7 * day   ? QStringLiteral("MMM d HH:mm")
                                                     : QStringLiteral("MMM d"));
    // One check, or checks seconds apart, still get an axis a reader can place them on.
    const qint64 pad = std::max<qint64>((last - first) / 20, 30 * 1000);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                         QDateTime::fromMSecsSinceEpoch(last + pad));
    m_rttAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_rttAxis->applyNiceNumbers();
}

void HostHistoryView::showSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_selected->clear();
        m_details->setPlainText(m_model->rowCount() > 0
                                    ? tr("Select a check (or click its point in the trend) to "
                                         "see everything it found.")
                                    : QString());
        return;
    }
    const HostStatus &check = m_model->check(rows.constFirst().row());
    m_details->setPlainText(HostCheckModel::describe(check));
    const double x = double(check.checkedAt.toMSecsSinceEpoch());
    m_selected->replace({QPointF(x, check.rttMs.value_or(0))});
}

void HostHistoryView::selectNearest(const QPointF &point) {
    int best = -1;
    double distance = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double d =
            std::abs(double(m_model->check(row).checkedAt.toMSecsSinceEpoch()) - point.x());
        if (best < 0 || d < distance) {
            best = row;
            distance = d;
        }
    }
    if (best < 0)
        return;
    m_table->selectRow(best);
    m_table->scrollTo(m_model->index(best, 0));
}

QString HostHistoryView::statusText() const {
    return m_status->text();
}

QString HostHistoryView::detailsText() const {
    return m_details->toPlainText();
}

} // namespace Perfdeck

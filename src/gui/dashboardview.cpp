#include "gui/dashboardview.h"

#include "gui/dashboardlogfilter.h"
#include "gui/dashboardlogmodel.h"
#include "gui/dashboardmodel.h"
#include "gui/dashboardpanedelegate.h"
#include "gui/livegraph.h"
#include "model/format.h"
#include "monitor/liveruns.h"
#include "monitor/resourcemonitor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Perfdeck {

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DashboardModel(this))
    , m_logModel(new DashboardLogModel(this))
    , m_logFilter(new DashboardLogFilter(this)) {
    m_clock.start();

    auto *bar = new QHBoxLayout;
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setText(tr("Pause display"));
    m_pauseButton->setToolTip(tr("Freeze the panes, graph and log; tests keep running (P)"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, &DashboardView::setPaused);
    auto *abort = new QToolButton(this);
    abort->setText(tr("Abort test"));
    abort->setToolTip(tr("Stop the selected test; the others go on (Delete)"));
    connect(abort, &QToolButton::clicked, this, [this] { abortSelected(); });
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Show a shorter time in the graph (+)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Show a longer time in the graph (-)"));
    m_followButton = new QToolButton(this);
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(tr("Keep the graph at the present and the log at its end (F)"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    connect(m_followButton, &QToolButton::toggled, this, &DashboardView::setFollowing);
    m_summary = new QLabel(this);
    bar->addWidget(m_pauseButton);
    bar->addWidget(abort);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_followButton);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_panes = new QListView(this);
    m_panes->setModel(m_model);
    m_panes->setItemDelegate(new DashboardPaneDelegate(m_panes));
    m_panes->setViewMode(QListView::IconMode);
    m_panes->setFlow(QListView::LeftToRight);
    m_panes->setWrapping(true);
    m_panes->setResizeMode(QListView::Adjust);
    m_panes->setMovement(QListView::Static);
    m_panes->setUniformItemSizes(true);
    m_panes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_panes->setSpacing(0);
    // Following, a test that starts is brought into view (in a small window the panes of
    // finished tests filled it and the running one sat below them).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                if (m_followButton->isChecked())
                    m_panes->scrollTo(m_model->index(last));
            });

    m_graph = new LiveGraph(this);
    connect(zoomIn, &QToolButton::clicked, m_graph, &LiveGraph::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_graph, &LiveGraph::zoomOut);

    m_interfaces = new QTableWidget(0, 5, this);
    m_interfaces->setHorizontalHeaderLabels(
        {tr("Host"), tr("Interface"), tr("Received"), tr("Sent"), tr("Utilisation")});
    m_interfaces->verticalHeader()->hide();
    m_interfaces->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interfaces->horizontalHeader()->setStretchLastSection(true);
    m_interfaces->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interfaces->setSelectionMode(QAbstractItemView::NoSelection);

    m_logFilter->setSourceModel(m_logModel);
    m_logView = new QListView(this);
    m_logView->setModel(m_logFilter);
    m_logView->setUniformItemSizes(true);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_runFilter = new QComboBox(this);
    m_runFilter->addItem(tr("All runs"), QString());
    m_originFilter = new QComboBox(this);
    m_originFilter->addItem(tr("All origins"), QString());
    for (const char *origin : {"client", "server", "perfdeck"})
        m_originFilter->addItem(QString::fromLatin1(origin), QString::fromLatin1(origin));
    m_levelFilter = new QComboBox(this);
    m_levelFilter->addItem(tr("All levels"), QStringLiteral("info"));
    m_levelFilter->addItem(tr("Warnings and errors"), QStringLiteral("warning"));
    m_levelFilter->addItem(tr("Errors"), QStringLiteral("error"));
    connect(m_runFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setRunId(m_runFilter->currentData().toString()); });
    connect(m_originFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setOrigin(m_originFilter->currentData().toString()); });
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setMinimumLevel(m_levelFilter->currentData().toString()); });
    // Narrow combos: the dock shares a 1024 px window with the run form.
    for (QComboBox *combo : {m_runFilter, m_originFilter, m_levelFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_interfaces->setMinimumWidth(120);
    m_summary->setMinimumWidth(0);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Log:"), logBox));
    filters->addWidget(m_runFilter);
    filters->addWidget(m_originFilter);
    filters->addWidget(m_levelFilter);
    filters->addStretch(1);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_logView);

    m_graphSplit = new QSplitter(Qt::Horizontal, this);
    m_graphSplit->addWidget(m_graph);
    m_graphSplit->addWidget(m_interfaces);
    m_graphSplit->setStretchFactor(0, 3);
    m_graphSplit->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_panes);
    split->addWidget(m_graphSplit);
    split->addWidget(logBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);

    // In a scroll area: the dock may be small (a 1024x700 screen shares it with Results and
    // Log as tabs), and the window must not grow for it.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(2, 2, 2, 2);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(split, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    auto key = [this](const QKeySequence &seq, auto slot) {
        auto *shortcut = new QShortcut(seq, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_P), [this] { m_pauseButton->toggle(); });
    key(QKeySequence(Qt::Key_Delete), [this] { abortSelected(); });
    key(QKeySequence(Qt::Key_A), [this] { abortSelected(); });
    key(QKeySequence(Qt::Key_Plus), [this] { m_graph->zoomIn(); });
    key(QKeySequence(Qt::Key_Equal), [this] { m_graph->zoomIn(); });
    key(QKeySequence(Qt::Key_Minus), [this] { m_graph->zoomOut(); });
    key(QKeySequence(Qt::Key_F), [this] { m_followButton->toggle(); });

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &DashboardView::tick);
    m_tick.start();
}

void DashboardView::setLiveRuns(LiveRuns *live) {
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    m_model->setLiveRuns(live);
    m_logModel->setLiveRuns(live);
    m_graph->clear();
    m_samplesSeen.clear();
    m_runFilterDirty = true;
    if (live) {
        connect(live, &LiveRuns::runAdded, this, [this] { m_runFilterDirty = true; });
        connect(live, &LiveRuns::runsReset, this, [this] { m_runFilterDirty = true; });
    }
}

void DashboardView::setResourceMonitor(ResourceMonitor *monitor) {
    if (m_resources)
        m_resources->disconnect(this);
    m_resources = monitor;
    if (monitor)
        connect(monitor, &ResourceMonitor::interfacesSampled, this,
                [this] { m_interfacesDirty = true; });
}

void DashboardView::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_model->setPaused(paused);
    m_pauseButton->setChecked(paused);
    m_graph->setFollowing(!paused && m_followButton->isChecked(), now());
    if (!paused)
        tick();
}

void DashboardView::setFollowing(bool follow) {
    m_followButton->setChecked(follow);
    m_graph->setFollowing(follow && !m_paused, now());
    if (follow)
        m_logView->scrollToBottom();
}

bool DashboardView::isFollowing() const {
    return m_followButton->isChecked();
}

bool DashboardView::abortSelected() {
    const QModelIndex current = m_panes->currentIndex();
    if (!m_live || !current.isValid())
        return false;
    const int row = m_live->rowOf(current.data(DashboardModel::RunIdRole).toString());
    return row >= 0 && m_live->stop(row);
}

void DashboardView::tick() {
    if (m_paused || !m_live)
        return;
    const double t = now();
    m_model->flush();
    m_logModel->flush();
    if (m_runFilterDirty)
        updateRunFilter();
    updateGraph(t);
    if (m_interfacesDirty)
        updateInterfaces();
    updateSummary();
    if (m_followButton->isChecked())
        m_logView->scrollToBottom();
}

void DashboardView::updateGraph(double t) {
    double total = 0;
    bool any = false;
    for (int row = 0; row < m_live->count(); ++row) {
        const LiveRun &run = m_live->run(row);
        const double rate =
            run.isRequestResponse() ? run.transactionsPerS.value_or(0) : run.rateBps.value_or(0);
        // A run whose samples and end arrived between two ticks (a loaded machine, a short
        // run, output flushed late) still gets its line: samples are drawn whether or not
        // the run is still active.
        int &seen = m_samplesSeen[run.runId];
        if (run.samples > seen) {
            seen = run.samples;
            m_graph->addPoint(run.runId, m_live->runNumber(run.runId), t, rate,
                              run.isRequestResponse());
        }
        if (!run.isActive())
            continue;
        // The total is of bits: transactions are not added to it.
        if (!run.isRequestResponse()) {
            total += run.rateBps.value_or(0);
            any = true;
        }
    }
    if (any)
        m_graph->addTotal(t, total);
    m_graph->setNow(t);
    m_graph->update();
}

void DashboardView::updateInterfaces() {
    m_interfacesDirty = false;
    if (!m_resources)
        return;
    const QList<ResourceMonitor::LiveInterface> rows = m_resources->latestInterfaces();
    m_interfaces->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ResourceMonitor::LiveInterface &r = rows.at(i);
        const QString util = r.sample.utilisationPercent
                                 ? Format::percent(*r.sample.utilisationPercent)
                                 : tr("speed unknown");
        const QStringList cells{r.host, r.name, Format::bitrate(r.sample.rxBps),
                                Format::bitrate(r.sample.txBps), util};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_interfaces->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_interfaces->setItem(i, c, item);
            }
            item->setText(cells.at(c));
        }
    }
    // The table was empty when the splitter was laid out: once, give it the width its columns
    // need ("speed unknown" was cut off), leaving the graph at least half.
    if (!m_interfacesSized && !rows.isEmpty() && m_graphSplit->width() > 0) {
        m_interfacesSized = true;
        const QAbstractItemView *view = m_interfaces; // sizeHintForColumn() is public here
        int needed =
            2 * m_interfaces->frameWidth() + m_interfaces->verticalScrollBar()->sizeHint().width();
        for (int c = 0; c < m_interfaces->columnCount(); ++c)
            needed += std::max(m_interfaces->horizontalHeader()->sectionSizeHint(c),
                               view->sizeHintForColumn(c));
        const int total = m_graphSplit->width() - m_graphSplit->handleWidth();
        const int table = std::min(needed, total / 2);
        if (table > m_interfaces->width())
            m_graphSplit->setSizes({total - table, table});
    }
}

void DashboardView::updateRunFilter() {
    m_runFilterDirty = false;
    const QString current = m_runFilter->currentData().toString();
    const QSignalBlocker block(m_runFilter);
    while (m_runFilter->count() > 1)
        m_runFilter->removeItem(1);
    for (int row = 0; row < m_live->count(); ++row) {
        const LiveRun &run = m_live->run(row);
        m_runFilter->addItem(QStringLiteral("%1 %2").arg(m_live->runName(run.runId), run.specLabel),
                             run.runId);
    }
    m_runFilter->setCurrentIndex(std::max(0, m_runFilter->findData(current)));
}

void DashboardView::updateSummary() {
    m_summary->setText(tr("%n test(s) running", nullptr, m_live->activeCount()));
}

} // namespace Perfdeck

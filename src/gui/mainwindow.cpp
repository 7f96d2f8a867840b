#include "gui/mainwindow.h"

#include "exec/jobrunner.h"
#include "gui/aboutdialog.h"
#include "gui/combofield.h"
#include "gui/dashboardview.h"
#include "gui/exportactions.h"
#include "gui/historyview.h"
#include "gui/hostlistmodel.h"
#include "gui/inventorydock.h"
#include "gui/inventorymodel.h"
#include "gui/languagemenu.h"
#include "gui/logview.h"
#include "gui/monitoringcenter.h"
#include "gui/planview.h"
#include "gui/qosview.h"
#include "gui/reportcenter.h"
#include "gui/runcolors.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/sessioncontroller.h"
#include "gui/sshprompter.h"
#include "gui/statisticspanel.h"
#include "gui/throughputchart.h"
#include "gui/welcometour.h"
#include "inventory/hostchecker.h"
#include "model/format.h"
#include "model/rerunspec.h"
#include "model/runlabel.h"
#include "monitor/liveruns.h"
#include "qos/dscpclass.h"
#include "qos/dscpcompanion.h"
#include "qos/patternphases.h"
#include "qos/qosclassresult.h"
#include "results/historywriter.h"
#include "ssh/hostlaunchers.h"

#include "ui_mainwindow.h"

#include <QChildEvent>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>

namespace Perfdeck {

namespace {

// Keys of Session::uiState owned by this window.
const QString SelectedRunsKey = QStringLiteral("selectedRuns");
const QString RunSpecsKey = QStringLiteral("runSpecs");
const QString ShowStreamsKey = QStringLiteral("showStreams");
const QString RetriesKey = QStringLiteral("retries"); // the run panel's Retries
const QString SortColumnKey = QStringLiteral("sortColumn");
const QString SortOrderKey = QStringLiteral("sortOrder");
const QString StatisticsKey = QStringLiteral("statistics");

// The live figure of a running test: its last interval's rate.
QString runFigureLive(const RunRecord &rec) {
    if (!rec.result.intervals.isEmpty() && rec.result.intervals.constLast().transactionsPerS &&
        !rec.lastBps)
        return MainWindow::tr("%1 trans/s")
            .arg(QLocale().toString(*rec.result.intervals.constLast().transactionsPerS, 'f', 0));
    return Format::bitrate(rec.lastBps);
}

// Where file dialogs open: ~/Documents, or home where there is none (a dialog given a folder
// that does not exist shows its name as the file name to open).
QString documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_runner(new JobRunner(this))
    , m_session(new SessionController(this))
    , m_exports(new ExportActions(this))
    , m_importWatcher(new QFutureWatcher<ImportOutcome>(this))
    , m_profileListWatcher(new QFutureWatcher<QList<ProfileLibrary::Entry>>(this))
    , m_profileWatcher(new QFutureWatcher<ProfileLoadResult>(this)) {
    m_ui->setupUi(this);
    m_sessionCreatedAt = QDateTime::currentDateTimeUtc();

    m_chart = new ThroughputChart(this);
    setCentralWidget(m_chart);
    setupDocks();
    setupInventoryDock();
    setupQosDock();
    setupPlanDock();
    setupHistoryDock();
    setupActions();
    setupStatusBar();
    setupMonitoring();
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(new LanguageMenu(this));

    connect(m_chart, &ThroughputChart::refreshed, this, &MainWindow::updateChartActions);
    connect(m_importWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onImported);
    connect(m_profileListWatcher, &QFutureWatcherBase::finished, this,
            &MainWindow::onProfilesListed);
    connect(m_profileWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onProfileLoaded);
    connect(m_runner, &JobRunner::runStarted, this, &MainWindow::onRunStarted);
    connect(m_runner, &JobRunner::intervalSample, this, &MainWindow::onIntervalSample);
    connect(m_runner, &JobRunner::logLine, this, &MainWindow::onLogLine);
    connect(m_runner, &JobRunner::runProgress, this, &MainWindow::onRunProgress);
    connect(m_runner, &JobRunner::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runner, &JobRunner::finished, this, &MainWindow::onBatchFinished);

    m_session->setSnapshotProvider([this] { return currentSession(); });
    connect(m_session, &SessionController::sessionLoaded, this, &MainWindow::showSession);
    connect(m_session, &SessionController::stateChanged, this, &MainWindow::updateTitle);
    connect(m_session, &SessionController::stateChanged, this, &MainWindow::updateActions);
    connect(m_session, &SessionController::recentFilesChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_session, &SessionController::failed, this, [this](const QString &message) {
        m_afterSave = nullptr;
        showError(message);
    });
    connect(m_session, &SessionController::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
        if (auto then = std::exchange(m_afterSave, nullptr); then && !m_session->isModified())
            then();
    });
    connect(m_exports, &ExportActions::finished, this, [this](const QString &path, int runs) {
        statusBar()->showMessage(
            tr("Exported %n run(s) to %1", nullptr, runs).arg(QDir::toNativeSeparators(path)),
            5000);
    });
    connect(m_exports, &ExportActions::failed, this, &MainWindow::showError);
    m_reports = new ReportCenter(
        this, [this] { return currentSession(); }, [this] { return m_session->filePath(); });
    m_reports->install(m_ui->menuFile, m_ui->actionQuit, menuBar(), m_ui->menuHelp);
    m_reports->setBaselineProvider([this] {
        const StatisticsController *stats = m_stats->controller();
        return ReportCenter::Baseline{stats->baselineRuns(), stats->baselineDescription()};
    });
    connect(m_reports, &ReportCenter::stateChanged, this, [this] { m_session->setModified(true); });
    connect(m_reports, &ReportCenter::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    restoreSettings();
    rebuildRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    // The exporters flush from the live runs as they stop: before those go (creation order).
    delete m_monitoring;
    m_monitoring = nullptr;
}

void MainWindow::setupDocks() {
    // The side docks run the full height of the window, so the run form and the statistics
    // get all of a 700 px screen; the table and log share the band under the chart.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_runPanel = new RunPanel(this);
    m_runDock = new QDockWidget(tr("Run"), this);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    // The form is taller than a small screen: it scrolls rather than squeezing its fields.
    auto *runScroll = new QScrollArea(m_runDock);
    runScroll->setObjectName(QStringLiteral("runScroll"));
    runScroll->setWidget(m_runPanel);
    runScroll->setWidgetResizable(true);
    runScroll->setFrameShape(QFrame::NoFrame);
    // Narrower than the form's own minimum on a small screen: it scrolls sideways there
    // rather than pushing the window past 1024 px.
    runScroll->setMinimumWidth(240);
    m_runDock->setWidget(runScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_runDock);

    m_model = new RunTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Run numbers follow the order runs were started in, also for runs started together.
    m_table->sortByColumn(RunTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Wide enough for typical content, so the important columns are visible without scrolling.
    const QFontMetrics fm(m_table->font());
    const auto widthFor = [&fm](const QString &sample) {
        return fm.horizontalAdvance(sample) + 24;
    };
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(RunTableModel::NumberColumn, widthFor(QStringLiteral("#999")) + 16);
    m_table->setColumnWidth(RunTableModel::StatusColumn, widthFor(tr("Running")));
    m_table->setColumnWidth(RunTableModel::ThroughputColumn,
                            widthFor(QStringLiteral("999 Mbit/s")));
    m_table->setColumnWidth(RunTableModel::ToolColumn, widthFor(QStringLiteral("netperf TCP_CRR")));
    m_table->setColumnWidth(RunTableModel::ProtocolColumn, widthFor(tr("Protocol")));
    m_table->setColumnWidth(RunTableModel::DirectionColumn, widthFor(tr("Request/response")));
    m_table->setColumnWidth(RunTableModel::StreamsColumn, widthFor(tr("Streams")));
    m_table->setColumnWidth(RunTableModel::DurationColumn, widthFor(tr("Duration")));
    m_table->setColumnWidth(RunTableModel::TargetColumn, widthFor(tr("embedded (127.0.0.1)")));
    m_table->setColumnWidth(RunTableModel::StartedColumn, widthFor(sampleDate));
    for (int column : {RunTableModel::LatencyP50Column, RunTableModel::LatencyP90Column,
                       RunTableModel::LatencyP99Column})
        m_table->setColumnWidth(column, widthFor(QStringLiteral("999 \u00b5s")));
    m_table->setColumnWidth(RunTableModel::CpuColumn, widthFor(tr("CPU (local / remote)")));
    m_table->setColumnWidth(RunTableModel::DscpColumn, widthFor(tr("AF41: kept")));
    // The DSCP verdict belongs with how the traffic was sent (protocol, direction), not after
    // eighteen columns of figures; users may drag the columns to their own order.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->moveSection(columns->visualIndex(RunTableModel::DscpColumn),
                         columns->visualIndex(RunTableModel::DirectionColumn) + 1);
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncChart();
        syncStatistics();
        updateActions();
    });
    m_resultsDock = new QDockWidget(tr("Results"), this);
    m_resultsDock->setObjectName(QStringLiteral("resultsDock"));
    m_resultsDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_resultsDock);

    m_log = new LogView(this);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    // Beside each other on a wide screen; on a laptop (1024-1366 px) the band under the chart
    // is too narrow for two, so they share it as tabs and the table keeps its columns.
    const QScreen *where = screen();
    const bool wide = where && where->availableSize().width() >= 1400;
    if (wide) {
        splitDockWidget(m_resultsDock, m_logDock, Qt::Horizontal);
    } else {
        tabifyDockWidget(m_resultsDock, m_logDock);
        m_resultsDock->raise();
    }

    setUpDashboard();

    m_stats = new StatisticsPanel(this);
    m_stats->setObjectName(QStringLiteral("statisticsPanel"));
    m_statsDock = new QDockWidget(tr("Statistics"), this);
    m_statsDock->setObjectName(QStringLiteral("statisticsDock"));
    m_statsDock->setWidget(m_stats);
    addDockWidget(Qt::RightDockWidgetArea, m_statsDock);
    // What the user chose in the panel (baseline, exclusions, confidence) belongs to the session.
    connect(m_stats, &StatisticsPanel::stateChanged, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    // The run form's minimum plus its scroll bar; the statistics panel's summary fits in 370.
    resizeDocks({m_runDock, m_statsDock}, {310, 370}, Qt::Horizontal);
    if (wide)
        resizeDocks({m_resultsDock, m_logDock}, {760, 440}, Qt::Horizontal);
    resizeDocks({m_resultsDock}, {260}, Qt::Vertical);

    m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), m_runDock->toggleViewAction());
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(1),
                                 m_resultsDock->toggleViewAction());
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(2), m_logDock->toggleViewAction());
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(3),
                                 m_statsDock->toggleViewAction());
    m_ui->menuView->insertSeparator(m_ui->menuView->actions().value(4));
}

// The host inventory (issue 8): tabbed with the statistics; its hosts, check history and
// schedule are part of the session.
void MainWindow::setupInventoryDock() {
    m_inventory = new InventoryDock(this);
    m_inventory->setObjectName(QStringLiteral("inventoryPanel"));
    m_inventoryDock = new QDockWidget(tr("Hosts"), this);
    m_inventoryDock->setObjectName(QStringLiteral("inventoryDock"));
    m_inventoryDock->setWidget(m_inventory);
    addDockWidget(Qt::RightDockWidgetArea, m_inventoryDock);
    tabifyDockWidget(m_statsDock, m_inventoryDock);
    m_statsDock->raise();
    connect(m_inventory, &InventoryDock::changed, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    // The run panel picks its client and server from these hosts.
    m_runPanel->setHostModel(m_inventory->hostListModel());
    m_prompter = new SshPrompter(this);
    connect(m_prompter, &SshPrompter::notice, this,
            [this](const QString &message) { m_log->appendLine(QStringLiteral("ssh"), message); });
    // Check asks as a run does: unknown host keys and passwords in the same dialogs.
    connect(m_inventory->checker(), &HostChecker::hostKeyQuestion, m_prompter,
            &SshPrompter::askHostKey);
    connect(m_inventory->checker(), &HostChecker::secretRequested, m_prompter,
            &SshPrompter::askSecret);
    setSshOptions(SshOptions());
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(4),
                                 m_inventoryDock->toggleViewAction());
}

// DSCP validation (issue 12): tabbed with the statistics and hosts; its runs join the session's
// runs, its form is saved with the session.
void MainWindow::setupQosDock() {
    m_qos = new QosView(this);
    m_qos->setObjectName(QStringLiteral("qosPanel"));
    m_qosDock = new QDockWidget(tr("QoS"), this);
    m_qosDock->setObjectName(QStringLiteral("qosDock"));
    m_qosDock->setWidget(m_qos);
    addDockWidget(Qt::RightDockWidgetArea, m_qosDock);
    tabifyDockWidget(m_inventoryDock, m_qosDock);
    m_statsDock->raise();
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(5), m_qosDock->toggleViewAction());
    connect(m_qos, &QosView::message, this,
            [this](const QString &text) { m_log->appendLine(QStringLiteral("qos"), text); });
    connect(m_qos, &QosView::stateChanged, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    connect(m_qos, &QosView::runsFinished, this, [this](const QList<RunResult> &runs) {
        for (const RunResult &run : runs) {
            m_model->addFinished(run);
            m_log->appendLine(
                QStringLiteral("qos"),
                tr("%1: %2").arg(run.trafficClass,
                                 run.status == RunStatus::Error
                                     ? run.error
                                     : run.qos.value(QLatin1String("verdict")).toString()));
        }
        m_session->setModified(true);
        syncChart();
        syncStatistics();
    });
}

// The test plan (issue 9): clients x servers x tests of the inventory's hosts, tabbed with
// the statistics and hosts; its plan and settings are part of the session.
void MainWindow::setupPlanDock() {
    m_plan = new PlanView(this);
    m_plan->setObjectName(QStringLiteral("planView"));
    m_planDock = new QDockWidget(tr("Test Plan"), this);
    m_planDock->setObjectName(QStringLiteral("planDock"));
    m_planDock->setWidget(m_plan);
    addDockWidget(Qt::RightDockWidgetArea, m_planDock);
    tabifyDockWidget(m_inventoryDock, m_planDock);
    m_statsDock->raise();
    m_plan->setHostModel(m_inventory->hostListModel());
    m_plan->setSpecProvider([this](QString *error) -> std::optional<TestSpec> {
        TestSpec spec;
        if (!m_runPanel->buildSpec(&spec, error))
            return std::nullopt;
        return spec;
    });
    connect(m_plan, &PlanView::changed, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    connect(m_plan, &PlanView::problem, this, &MainWindow::showError);
    connect(m_plan, &PlanView::runRequested, this, &MainWindow::runPlan);
    connect(m_plan, &PlanView::stopRequested, this, &MainWindow::stopRuns);
    connect(m_plan, &PlanView::runsSelected, this, [this](const QStringList &ids) {
        selectRuns(ids);
        if (!ids.isEmpty()) {
            // The table may be behind the Dashboard's tab since the plan ran.
            m_resultsDock->raise();
            m_table->scrollTo(m_table->selectionModel()->selectedRows().value(0));
        }
    });
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(5),
                                 m_planDock->toggleViewAction());
}

void MainWindow::runPlan(const QList<TestSpec> &specs) {
    if (m_runner->isRunning() || specs.isEmpty())
        return;
    m_runner->setMaxConcurrent(m_plan->maxParallel());
    m_runner->setMaxPerHost(m_plan->maxPerHost());
    // A busy or refusing server is retried twice before its cell counts as failed (as the
    // CLI's plans do).
    startBatch(specs, 2);
    if (m_runner->isRunning()) {
        m_plan->follow(m_runner, specs);
        m_log->appendLine(
            QStringLiteral("perfdeck"),
            tr("test plan: %n test(s), at most %1 at once%2", nullptr, int(specs.size()))
                .arg(m_plan->maxParallel())
                .arg(m_plan->maxPerHost() > 0 ? tr(", %1 per host").arg(m_plan->maxPerHost())
                                              : QString()));
    } else {
        m_runner->setMaxConcurrent(1);
        m_runner->setMaxPerHost(0);
        m_runner->setMaxRetries(0);
    }
}

// Exporters and the web dashboard (issue 11), fed by the dashboard's LiveRuns and saved with
// the session; runs started from the web page are filed in the history like the window's.
void MainWindow::setupMonitoring() {
    m_monitoring = new MonitoringCenter(m_liveRuns, this);
    auto *action = new QAction(tr("&Monitoring and Exporters…"), this);
    action->setObjectName(QStringLiteral("actionMonitoring"));
    action->setStatusTip(tr("Prometheus endpoint, StatsD, InfluxDB file and the web dashboard "
                            "while tests run"));
    m_ui->menuRun->addSeparator();
    m_ui->menuRun->addAction(action);
    connect(action, &QAction::triggered, m_monitoring, &MonitoringCenter::openDialog);
    connect(m_monitoring, &MonitoringCenter::settingsChanged, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    connect(m_monitoring, &MonitoringCenter::message, this, [this](const QString &text) {
        m_log->appendLine(QStringLiteral("perfdeck"), text);
        statusBar()->showMessage(text, 8000);
    });
    // A run started from the web page joins the session's results like the window's own
    // (issue 11), and the history: a row and a live line from its start, final figures at
    // its end.
    connect(m_monitoring, &MonitoringCenter::webRunStarted, this,
            [this](const QString &runId, const TestSpec &spec) {
                m_model->addRunning(runId, spec, QDateTime::currentDateTimeUtc());
                m_log->appendLine(
                    QStringLiteral("web"),
                    tr("%1 started from the web: %2").arg(runLabel(runId), spec.targetLabel()));
                syncChart();
            });
    connect(m_monitoring, &MonitoringCenter::webRunSample, this,
            [this](const QString &runId, const IntervalSample &sample) {
                if (!m_model->record(runId))
                    return;
                m_model->updateLiveSample(runId, sample);
                m_chart->appendSample(runId, sample);
            });
    connect(m_monitoring, &MonitoringCenter::webRunProgress, this,
            [this](const QString &runId, double elapsedS) {
                if (m_model->record(runId))
                    m_model->updateProgress(runId, elapsedS);
            });
    connect(m_monitoring, &MonitoringCenter::webRunFinished, this, [this](const RunResult &run) {
        if (m_model->record(run.id)) {
            m_model->finishRun(run.id, run);
            if (m_chart->hasRun(run.id))
                m_chart->removeRun(run.id); // syncChart() below draws the final data
        } else {
            // Never seen starting (cancelled before it began): re-run repeats it as a session
            // written elsewhere would (same engine, test, target).
            QString rerunProblem;
            const std::optional<TestSpec> spec = rerunSpec(run, &rerunProblem);
            m_model->addFinished(run, spec.value_or(TestSpec()), rerunProblem);
        }
        m_historyWriter->add({run});
        m_session->setModified(true);
        syncChart();
        syncStatistics();
    });
    // Web runs may target the inventory's hosts, as `perfdeck-cli serve --hosts FILE` allows.
    const auto updateWebTargets = [this] {
        QStringList targets;
        for (const Host &host : m_inventory->inventory().hosts) {
            if (!host.isLocal() && !host.address.isEmpty() && !targets.contains(host.address))
                targets << host.address;
        }
        m_monitoring->setAllowedTargets(targets);
        // ...and start their tools there, asking about keys and secrets as the window does.
        SshOptions options = m_sshOptions;
        options.unknownHostKey = SshOptions::UnknownHostKey::Ask;
        m_monitoring->setInventory(m_inventory->inventory(), options);
    };
    connect(m_inventory->model(), &InventoryModel::inventoryChanged, this, updateWebTargets);
    updateWebTargets();
    connect(m_monitoring, &MonitoringCenter::hostKeyQuestion, m_prompter, &SshPrompter::askHostKey);
    connect(m_monitoring, &MonitoringCenter::secretRequested, m_prompter, &SshPrompter::askSecret);
}

// The history database (issue 11): runs are stored on the writer's thread as they finish; the
// History dock (tabbed with the results) reads it and hands baselines to the statistics panel.
void MainWindow::setupHistoryDock() {
    const QString database = HistoryStore::resolvePath(QString());
    m_historyWriter = new HistoryWriter(database, this);
    m_history = new HistoryView(this);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    // Its filters and trend ask for ~760 px; the bottom docks sit between the run dock and the
    // statistics, so at 1024 px the view scrolls instead of widening the window.
    auto *historyScroll = new QScrollArea(m_historyDock);
    historyScroll->setObjectName(QStringLiteral("historyScroll"));
    historyScroll->setWidget(m_history);
    historyScroll->setWidgetResizable(true);
    historyScroll->setFrameShape(QFrame::NoFrame);
    m_historyDock->setWidget(historyScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_resultsDock, m_historyDock);
    m_resultsDock->raise();
    m_stats->controller()->setHistoryDatabase(database);
    // Read when first shown, and again after each write while it is shown.
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this, database](bool shown) {
        if (shown)
            m_history->setDatabasePath(database);
    });
    connect(m_historyWriter, &HistoryWriter::stored, this, [this] {
        if (m_historyDock->isVisible() && !m_history->databasePath().isEmpty())
            m_history->refresh();
    });
    connect(m_historyWriter, &HistoryWriter::failed, this, [this](const QString &error) {
        m_log->appendLine(QStringLiteral("history"), tr("History not updated: %1").arg(error));
        statusBar()->showMessage(tr("History not updated: %1").arg(error), 8000);
    });
    connect(m_historyWriter, &HistoryWriter::notice, this,
            [this](const QString &text) { m_log->appendLine(QStringLiteral("history"), text); });
    // Host checks join the runs in the database (issue 8: a host's health over weeks); the
    // Hosts dock files them and shows each host's checks from there.
    m_inventory->setHistoryWriter(m_historyWriter);
    connect(m_history, &HistoryView::useAsBaseline, this,
            [this](const QString &baselineId, const QString &description) {
                m_stats->setBaseline(baselineId);
                m_statsDock->show();
                m_statsDock->raise();
                statusBar()->showMessage(tr("Baseline: %1").arg(description), 5000);
            });
    connect(m_history, &HistoryView::stateChanged, this, [this] {
        if (!m_restoringSession)
            m_session->setModified(true);
    });
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(5),
                                 m_historyDock->toggleViewAction());
}

void MainWindow::setupActions() {
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRun->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_ui->actionStop->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop")));
    m_ui->actionRerun->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->actionSave->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    // The table owns Delete only while it has focus, so text fields keep their own Delete.
    m_ui->actionRemoveRuns->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_ui->actionRemoveRuns);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_ui->actionRerun);
    m_table->addAction(m_ui->actionExportCsv);
    m_table->addAction(m_ui->actionExportJson);

    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::runFromPanel);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stopRuns);
    connect(m_ui->actionRerun, &QAction::triggered, this, &MainWindow::rerunSelected);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importResults);
    connect(m_ui->actionRunProfile, &QAction::triggered, this, &MainWindow::chooseProfile);
    connect(m_ui->actionRemoveRuns, &QAction::triggered, this, &MainWindow::removeSelectedRuns);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openSession);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveSession);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveSessionAs);
    connect(m_ui->actionClearRecent, &QAction::triggered, m_session,
            &SessionController::clearRecentFiles);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionExportCsv, &QAction::triggered, this,
            [this] { exportRuns(int(ExportActions::Format::Csv)); });
    connect(m_ui->actionExportJson, &QAction::triggered, this,
            [this] { exportRuns(int(ExportActions::Format::Json)); });
    connect(m_ui->actionExportPng, &QAction::triggered, this, [this] { exportChart(false); });
    connect(m_ui->actionExportSvg, &QAction::triggered, this, [this] { exportChart(true); });
    connect(m_ui->actionShowStreams, &QAction::toggled, m_chart, &ThroughputChart::setShowStreams);
    connect(m_ui->actionResetLayout, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        for (QDockWidget *dock : {m_runDock, m_resultsDock, m_logDock, m_statsDock})
            dock->show();
    });
    auto *tourAction = new QAction(tr("&Welcome Tour"), this);
    tourAction->setObjectName(QStringLiteral("actionWelcomeTour"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, tourAction);
    connect(tourAction, &QAction::triggered, this, [this] { WelcomeTour::start(this); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutDialog::showFor(this); });
    m_runPanel->bindActions(m_ui->actionRun, m_ui->actionStop);
}

void MainWindow::setupStatusBar() {
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000 s")) +
                              40);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::restoreSettings() {
    // "tableHeader2": the table gained columns (#, Tool, latency, CPU); an older header state
    // would put widths on the wrong columns. "tableHeader4": DSCP moved beside Direction.
    m_defaultState = saveState();
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        const QSize wanted(1600, 900);
        const QSize room = screen() ? screen()->availableSize() : wanted;
        resize(wanted.boundedTo(room));
        // On a smaller screen a window of the work area's size plus the window manager's
        // title bar hangs off the bottom (status bar and progress unseen): take the work area.
        if (room.width() < wanted.width() || room.height() < wanted.height() + 60)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // First start: the dock widths set in setupDocks() were made for a window not yet
        // sized, and a window manager's first layout squeezes the run form to its scroll
        // area's 240 px (fields cut at the right edge, the DSCP Check box unseen). Once the
        // window has its size, give the form the width it asks for.
        // A window manager may size the window more than once (mapped, then maximized): the
        // docks are fitted after each resize of the first few seconds, once it settles.
        m_fitDocksTimer = new QTimer(this);
        m_fitDocksTimer->setSingleShot(true);
        m_fitDocksTimer->setInterval(50);
        connect(m_fitDocksTimer, &QTimer::timeout, this, &MainWindow::fitDocksToWindow);
        m_fitDocksUntil.setRemainingTime(3000);
        m_fitDocksTimer->start();
    }
    const QByteArray header = settings.value(QStringLiteral("tableHeader4")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    settings.endGroup();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("tableHeader4"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
}

void MainWindow::setSshOptions(const SshOptions &options) {
    m_sshOptions = options;
    HostChecker::Options check = m_inventory->checker()->options();
    check.knownHostsFile = options.knownHostsFile;
    check.askHostKeys = true;
    check.askSecrets = true;
    check.useKeychain = options.useKeychain;
    check.agentSocket = options.agentSocket;
    m_inventory->setCheckOptions(check);
    if (m_monitoring) {
        SshOptions web = options;
        web.unknownHostKey = SshOptions::UnknownHostKey::Ask;
        m_monitoring->setInventory(m_inventory->inventory(), web);
    }
}

QAction *MainWindow::runAction() const {
    return m_ui->actionRun;
}

QAction *MainWindow::stopAction() const {
    return m_ui->actionStop;
}

QAction *MainWindow::rerunAction() const {
    return m_ui->actionRerun;
}

bool MainWindow::isRunning() const {
    return m_runner->isRunning();
}

// ---- Running tests -------------------------------------------------------------------------

void MainWindow::runFromPanel() {
    TestSpec spec;
    QString error;
    if (!m_runPanel->buildSpec(&spec, &error)) {
        m_runPanel->showProblem(error);
        m_runDock->show();
        return;
    }
    startRuns({spec});
}

void MainWindow::rerunSelected() {
    QList<TestSpec> specs;
    QStringList ids = selectedRunIds();
    if (ids.isEmpty() && !m_model->records().isEmpty())
        ids.append(m_model->records().constLast().result.id);
    QStringList refused;
    for (const QString &id : std::as_const(ids)) {
        const RunRecord *rec = m_model->record(id);
        if (!rec)
            continue;
        if (!rec->rerunProblem.isEmpty())
            refused << tr("%1 cannot be run again: %2").arg(runLabel(id), rec->rerunProblem);
        else
            specs.append(rec->spec);
    }
    if (!specs.isEmpty())
        startRuns(specs);
    if (!refused.isEmpty())
        showError(refused.join(QLatin1Char('\n')));
}

void MainWindow::startRuns(const QList<TestSpec> &specs) {
    startBatch(specs, m_runPanel->retries());
}

void MainWindow::startBatch(const QList<TestSpec> &specs, int retries) {
    if (m_runner->isRunning() || specs.isEmpty())
        return;
    m_runner->setMaxRetries(retries, 1000);
    // Inventory hosts at either end: a fresh set of launchers per batch, from the inventory as
    // it is now (SSH, or this machine for a loopback host without SSH settings); their
    // questions (host keys, passwords) come to the dialogs.
    QStringList hosts;
    for (const TestSpec &spec : specs) {
        for (const QString &name :
             {spec.clientHost, spec.usesEmbeddedServer() ? spec.serverHost : QString()}) {
            if (!name.isEmpty() && name != Host::localName() && !hosts.contains(name))
                hosts << name;
        }
    }
    delete m_hosts;
    m_hosts = nullptr;
    if (!hosts.isEmpty()) {
        SshOptions options = m_sshOptions;
        options.unknownHostKey = SshOptions::UnknownHostKey::Ask;
        m_hosts = new HostLaunchers(m_inventory->inventory(), options, this);
        connect(m_hosts, &HostLaunchers::hostKeyQuestion, m_prompter, &SshPrompter::askHostKey);
        connect(m_hosts, &HostLaunchers::secretRequested, m_prompter, &SshPrompter::askSecret);
        QString error;
        if (!m_hosts->attach(m_runner, hosts, &error)) {
            delete m_hosts;
            m_hosts = nullptr;
            showError(tr("Cannot run on %1: %2").arg(hosts.join(QLatin1String(", ")), error));
            return;
        }
    }
    // Marked tests get a probe flow of their class beside them when the user asked for the
    // check; a previous batch's probes finish on their own, deaf to this batch.
    if (m_dscpCheck) {
        disconnect(m_runner, nullptr, m_dscpCheck, nullptr);
        if (m_dscpCheck->isIdle())
            delete m_dscpCheck;
        else
            connect(m_dscpCheck, &DscpCompanion::idle, m_dscpCheck, &QObject::deleteLater);
        m_dscpCheck = nullptr;
    }
    const bool marked = std::any_of(specs.cbegin(), specs.cend(),
                                    [](const TestSpec &spec) { return !spec.dscp.isEmpty(); });
    if (marked && m_runPanel->checksDscp()) {
        m_dscpCheck = new DscpCompanion(this);
        m_dscpCheck->attach(m_runner);
        DscpCompanion *check = m_dscpCheck;
        connect(check, &DscpCompanion::qosMeasured, this,
                [this, check](const QString &runId) { onDscpChecked(check, runId); });
    }
    m_runIdByIndex.clear();
    // The new run is what the user wants to watch: drop the comparison selection.
    m_table->clearSelection();
    m_dashboardDock->show();
    m_dashboardDock->raise();
    m_runner->start(specs);
    QStringList remote;
    for (const QString &name : std::as_const(hosts)) {
        if (m_hosts && m_hosts->isRemote(name))
            remote << name;
    }
    m_statusLabel->setText(
        remote.isEmpty() ? tr("Starting: looking for iperf3…")
                         : tr("Starting: connecting to %1…").arg(remote.join(QLatin1String(", "))));
    m_progress->setValue(0);
    m_progress->show();
    updateActions();
}

void MainWindow::stopRuns() {
    if (!m_runner->isRunning())
        return;
    m_statusLabel->setText(tr("Stopping…"));
    m_ui->actionStop->setEnabled(false);
    // A connection still waiting for an answer would hold its run: answer "no".
    m_prompter->refuseAll();
    if (m_dscpCheck)
        m_dscpCheck->cancel();
    m_runner->cancel();
}

void MainWindow::onRunStarted(int index, const QString &runId, const TestSpec &spec) {
    // A new attempt of a run whose last one failed before measuring anything (Retries, or a
    // test plan's cell) takes the attempt's row and number.
    const QString previous = m_runIdByIndex.value(index);
    m_runIdByIndex.insert(index, runId);
    if (!previous.isEmpty() &&
        m_model->restartRunning(previous, runId, spec, QDateTime::currentDateTimeUtc())) {
        m_chart->removeRun(previous);
    } else {
        m_model->addRunning(runId, spec, QDateTime::currentDateTimeUtc());
    }
    const RunRecord *rec = m_model->record(runId);
    m_log->appendLine(
        QStringLiteral("perfdeck"),
        tr("%1 started: %2 to %3, %4 s")
            .arg(runLabel(runId), runDescription(rec->result),
                 m_model->data(m_model->index(m_model->rowOf(runId), RunTableModel::TargetColumn))
                     .toString(),
                 QLocale().toString(spec.durationS)));
    if (!showTogetherStatus())
        m_statusLabel->setText(tr("Running %1 of %2: %3 to %4")
                                   .arg(index + 1)
                                   .arg(m_runner->totalRuns())
                                   .arg(runWhat(runId), spec.targetLabel()));
    syncChart();
}

bool MainWindow::showTogetherStatus() {
    // Tests that run together (a concurrent profile, a plan, instances): "Running 4 of 4" named
    // only the last one started while the first three ran too.
    QStringList running;
    for (const RunRecord &rec : m_model->records()) {
        if (rec.running)
            running << runLabel(rec.result.id);
    }
    if (running.size() < 2)
        return false;
    m_statusLabel->setText(
        tr("Running %n tests together (%1), %2 of %3 done", nullptr, int(running.size()))
            .arg(running.join(QLatin1String(", ")))
            .arg(m_runner->finishedRuns())
            .arg(m_runner->totalRuns()));
    return true;
}

void MainWindow::onIntervalSample(int index, const IntervalSample &sample) {
    const QString id = m_runIdByIndex.value(index);
    m_model->updateLiveSample(id, sample);
    m_chart->appendSample(id, sample);
}

void MainWindow::onLogLine(int index, const QString &origin, const QString &line) {
    const QString id = m_runIdByIndex.value(index);
    m_log->appendLine(id.isEmpty() ? origin : runLabel(id) + QLatin1Char(' ') + origin, line);
}

void MainWindow::onRunProgress(int index, double elapsedS, double totalS) {
    const QString id = m_runIdByIndex.value(index);
    m_model->updateProgress(id, elapsedS);
    const int total = std::max(1, m_runner->totalRuns());
    const double fraction = totalS > 0 ? std::clamp(elapsedS / totalS, 0.0, 1.0) : 0.0;
    m_progress->setValue(int(1000 * (m_runner->finishedRuns() + fraction) / total));
    m_progress->setFormat(
        tr("%1 / %2 s")
            .arg(QLocale().toString(elapsedS, 'f', 0), QLocale().toString(totalS, 'f', 0)));
    if (showTogetherStatus())
        return;
    if (const RunRecord *rec = m_model->record(id)) {
        m_statusLabel->setText(tr("Running %1 of %2: %3 to %4, %5")
                                   .arg(index + 1)
                                   .arg(total)
                                   .arg(runWhat(id), rec->spec.targetLabel(), runFigureLive(*rec)));
    }
}

void MainWindow::onRunFinished(int index, const RunResult &result) {
    QString id = m_runIdByIndex.value(index);
    if (id.isEmpty()) {
        // Cancelled before it started: it never had a row.
        id = result.id;
        m_runIdByIndex.insert(index, id);
    }
    RunResult finished = result;
    finished.id = id;
    // The DSCP probe beside it may have finished first.
    const bool dscpPending = m_dscpCheck && m_dscpCheck->follows(id);
    if (m_dscpCheck) {
        QList<RunResult> one{finished};
        m_dscpCheck->annotate(one);
        finished = one.constFirst();
    }
    m_model->finishRun(id, finished);
    if (m_chart->hasRun(id))
        m_chart->removeRun(id); // syncChart() below draws the final data
    const QString label = runLabel(id);
    QString outcome;
    if (finished.status == RunStatus::Ok)
        outcome = tr("%1 finished: %2").arg(label, runFigure(finished));
    else if (finished.status == RunStatus::Partial)
        outcome = tr("%1 partial (%2 s measured): %3 \u2013 %4")
                      .arg(label, QLocale().toString(finished.durationS.value_or(0), 'f', 1),
                           runFigure(finished), finished.error);
    else
        outcome = tr("%1 failed: %2").arg(label, finished.error);
    m_log->appendLine(QStringLiteral("perfdeck"), outcome);
    // How the traffic pattern went, phase by phase (as `run --pattern` prints it).
    if (!finished.pattern.isEmpty() && !finished.intervals.isEmpty()) {
        const QList<PatternPhases::Phase> phases = PatternPhases::of(finished);
        if (phases.isEmpty())
            m_log->appendLine(QStringLiteral("pattern"),
                              tr("%1 pattern %2: no phase holds a whole reporting interval (a "
                                 "shorter Interval measures shorter phases)")
                                  .arg(label, finished.pattern));
        else
            m_log->appendLine(QStringLiteral("pattern"),
                              tr("%1 pattern %2, requested and achieved rate per phase:")
                                  .arg(label, finished.pattern));
        for (const PatternPhases::Phase &p : phases)
            m_log->appendLine(QStringLiteral("pattern"), PatternPhases::describe(p));
    }
    if (!finished.qos.isEmpty())
        logDscpVerdict(finished);
    // A run whose DSCP probe still runs goes into the history with the probe's verdict.
    if (dscpPending)
        m_historyPending.insert(id);
    else
        m_historyWriter->add({finished});
    // A changed host key is never a question: the user must see both fingerprints and act.
    if (finished.error.contains(QLatin1String("HOST KEY CHANGED")))
        m_prompter->showHostKeyChanged(finished.error);
    m_session->setModified(true);
    syncChart();
    syncStatistics();
}

void MainWindow::onDscpChecked(DscpCompanion *check, const QString &runId) {
    const RunRecord *rec = m_model->record(runId);
    // Still running: onRunFinished() takes the verdict with the final result.
    if (!rec || rec->running)
        return;
    m_model->setRunQos(runId, check->qosFor(runId), check->problemFor(runId));
    rec = m_model->record(runId);
    if (!rec->result.qos.isEmpty())
        logDscpVerdict(rec->result);
    else if (!check->problemFor(runId).isEmpty())
        m_log->appendLine(QStringLiteral("qos"),
                          tr("%1: %2").arg(runLabel(runId), check->problemFor(runId)));
    if (m_historyPending.remove(runId))
        m_historyWriter->add({rec->result});
    m_session->setModified(true);
}

void MainWindow::logDscpVerdict(const RunResult &run) {
    const QosClassResult q = QosClassResult::fromJson(run.qos);
    // A probe run (a UDP pattern) measured its own datagrams; any other run had a probe flow of
    // its class beside it.
    const QString how = run.engine == Engine::Probe
                            ? tr("%1 DSCP %2: %3 (the test's own datagrams)")
                            : tr("%1 DSCP %2: %3 (probe flow of the class beside the test)");
    m_log->appendLine(QStringLiteral("qos"),
                      how.arg(runLabel(run.id), DscpClass::label(q.sentDscp), q.verdictText()));
}

void MainWindow::onBatchFinished() {
    m_progress->hide();
    m_statusLabel->setText(tr("Ready"));
    m_runner->setMaxConcurrent(1);
    m_runner->setMaxPerHost(0);
    m_runner->setMaxRetries(0);
    if (!m_batchName.isEmpty())
        m_log->appendLine(
            QStringLiteral("perfdeck"),
            tr("profile %1: %n test(s) done", nullptr, m_runner->totalRuns()).arg(m_batchName));
    m_batchName.clear();
    updateActions();
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

void MainWindow::removeSelectedRuns() {
    const QStringList ids = selectedRunIds();
    if (ids.isEmpty())
        return;
    m_model->removeRuns(ids);
    m_session->setModified(true);
    syncChart();
    syncStatistics();
    updateActions();
}

// ---- Import and profiles -------------------------------------------------------------------

void MainWindow::importResults() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Results"), documentsFolder(),
        tr("Results of iperf3, netperf and flent (*.json *.jsonl *.txt *.out *.log *.flent "
           "*.flent.gz *.gz);;All files (*)"));
    if (!paths.isEmpty())
        importResultFiles(paths);
}

bool MainWindow::isImporting() const {
    return m_importWatcher->isRunning();
}

void MainWindow::importResultFiles(const QStringList &paths) {
    if (paths.isEmpty() || isImporting())
        return;
    m_importPaths = paths;
    m_statusLabel->setText(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    // Reading a 60 MB -J file takes a while: never on the UI thread.
    m_importWatcher->setFuture(QtConcurrent::run([paths] { return importFiles(paths); }));
    updateActions();
}

void MainWindow::onImported() {
    const ImportOutcome outcome = m_importWatcher->result();
    QStringList added;
    for (RunResult run : outcome.runs) {
        // Ids are unique within one import only; the session needs them unique throughout.
        while (m_model->rowOf(run.id) >= 0)
            run.id += QLatin1Char('+');
        run.seq = 0;
        QString problem;
        const auto spec = rerunSpec(run, &problem);
        m_model->addFinished(run, spec.value_or(TestSpec()), problem);
        const RunRecord *rec = m_model->record(run.id);
        added << runLabel(run.id);
        m_log->appendLine(QStringLiteral("perfdeck"),
                          tr("%1 imported from %2: %3, %4")
                              .arg(runLabel(run.id), QDir::toNativeSeparators(run.source),
                                   runDescription(rec->result), runFigure(rec->result)));
    }
    for (const QString &warning : outcome.warnings)
        m_log->appendLine(QStringLiteral("import"), warning);
    HistoryMeta imported;
    imported.origin = QStringLiteral("import");
    m_historyWriter->add(outcome.runs, imported);
    m_statusLabel->setText(tr("Ready"));
    if (!outcome.runs.isEmpty()) {
        m_session->setModified(true);
        selectRuns({m_model->records().constLast().result.id});
        syncChart();
        syncStatistics();
        statusBar()->showMessage(tr("Imported %n run(s)", nullptr, int(outcome.runs.size())), 5000);
    }
    updateActions();
    if (!outcome.errors.isEmpty()) {
        QStringList lines;
        for (const ImportError &error : outcome.errors)
            lines << QDir::toNativeSeparators(error.path) + QLatin1String(": ") + error.message;
        showError(tr("%n file(s) could not be imported:", nullptr, int(outcome.errors.size())) +
                  QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
}

void MainWindow::chooseProfile() {
    if (m_runner->isRunning() || m_profileListWatcher->isRunning())
        return;
    m_statusLabel->setText(tr("Looking for profiles…"));
    // Listing loads every profile file: off the UI thread.
    m_profileListWatcher->setFuture(QtConcurrent::run([] { return ProfileLibrary::list(); }));
}

void MainWindow::onProfilesListed() {
    m_statusLabel->setText(tr("Ready"));
    const QList<ProfileLibrary::Entry> entries = m_profileListWatcher->result();
    QStringList items;
    QStringList names;
    for (const ProfileLibrary::Entry &entry : entries) {
        if (!entry.error.isEmpty())
            continue;
        items << tr("%1 \u2014 %n test(s): %2", nullptr, entry.testCount)
                     .arg(entry.name, entry.description);
        names << entry.path;
    }
    if (items.isEmpty()) {
        showError(tr("No profile was found in %1.")
                      .arg(ProfileLibrary::searchPaths().join(QLatin1String(", "))));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Run Profile"), tr("Run every test of the profile:"), items, 0, false, &ok);
    if (ok && items.contains(chosen))
        runProfile(names.at(items.indexOf(chosen)));
}

void MainWindow::runProfile(const QString &nameOrFile) {
    if (m_runner->isRunning() || m_profileWatcher->isRunning())
        return;
    m_statusLabel->setText(tr("Reading profile %1…").arg(nameOrFile));
    m_profileWatcher->setFuture(QtConcurrent::run([nameOrFile] {
        ProfileLoadResult out;
        const QString path = ProfileLibrary::resolve(nameOrFile);
        if (path.isEmpty()) {
            out.error =
                MainWindow::tr("no profile named \"%1\" in %2")
                    .arg(nameOrFile, ProfileLibrary::searchPaths().join(QLatin1String(", ")));
            return out;
        }
        ProfileLoader loader;
        out.profile = loader.load(path);
        if (!out.profile)
            out.error = loader.errorString();
        return out;
    }));
    updateActions();
}

void MainWindow::onProfileLoaded() {
    const ProfileLoadResult loaded = m_profileWatcher->result();
    m_statusLabel->setText(tr("Ready"));
    updateActions();
    if (!loaded.profile) {
        showError(tr("The profile could not be read:\n%1").arg(loaded.error));
        return;
    }
    const Profile &profile = *loaded.profile;
    if (profile.tests.isEmpty()) {
        showError(tr("The profile %1 has no tests.").arg(profile.name));
        return;
    }
    m_batchName = profile.name;
    m_log->appendLine(
        QStringLiteral("perfdeck"),
        tr("profile %1: %n test(s)%2", nullptr, int(profile.tests.size()))
            .arg(profile.name, profile.concurrent ? tr(", run together") : QString()));
    // A concurrent profile (bufferbloat) measures latency under its bulk load: together.
    m_runner->setMaxConcurrent(
        profile.concurrent ? int(std::min<qsizetype>(profile.tests.size(), 64)) : 1);
    startRuns(profile.tests);
}

// ---- Chart and selection -------------------------------------------------------------------

QStringList MainWindow::selectedRunIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(RunTableModel::RunIdRole).toString());
    return ids;
}

void MainWindow::selectRuns(const QStringList &runIds) {
    QItemSelection selection;
    for (const QString &id : runIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

QString MainWindow::runWhat(const QString &runId) const {
    // A profile's batch names the test, so the user sees which of its tests is running.
    const RunRecord *rec = m_model->record(runId);
    if (!rec || rec->spec.name.isEmpty())
        return runLabel(runId);
    if (m_batchName.isEmpty())
        return QStringLiteral("%1 %2").arg(runLabel(runId), rec->spec.name);
    return QStringLiteral("%1 %2 (%3)").arg(runLabel(runId), rec->spec.name, m_batchName);
}

QString MainWindow::runLabel(const QString &runId) const {
    const RunRecord *rec = m_model->record(runId);
    return rec ? Perfdeck::runLabel(rec->result) : runId;
}

void MainWindow::syncChart() {
    // Shown: the selected runs (to compare them) and whatever is running; else the latest.
    QStringList wanted = selectedRunIds();
    for (const RunRecord &rec : m_model->records()) {
        if (rec.running && !wanted.contains(rec.result.id))
            wanted.append(rec.result.id);
    }
    if (wanted.isEmpty() && !m_model->records().isEmpty())
        wanted.append(m_model->records().constLast().result.id);
    const QStringList shown = m_chart->runIds();
    for (const QString &id : shown) {
        if (!wanted.contains(id))
            m_chart->removeRun(id);
    }
    QStringList failures;
    for (const QString &id : std::as_const(wanted)) {
        const RunRecord *rec = m_model->record(id);
        if (!rec)
            continue;
        if (!rec->running && rec->result.intervals.isEmpty() && !rec->result.error.isEmpty())
            failures << tr("%1 measured nothing: %2").arg(runLabel(id), rec->result.error);
        if (m_chart->hasRun(id))
            continue;
        const QString ends = runEndsText(rec->result);
        m_chart->setRun(id, ends.isEmpty() ? runLabel(id) : runLabel(id) + QLatin1Char(' ') + ends,
                        rec->result.intervals, rec->running ? rec->spec.durationS : 0.0,
                        runColor(rec->result.seq));
        // A traffic pattern's requested rate, dotted beside what was achieved: the planned
        // test while it runs, what it ran (a stopped run ends early) once finished.
        // Per reporting interval, as the measured points are: the lines meet where the
        // pattern was achieved (drawn instantaneously, a ramp's requested line would run half
        // an interval ahead of what was measured, as if the generator fell short).
        const QString pattern = rec->running ? rec->spec.pattern : rec->result.pattern;
        if (!pattern.isEmpty()) {
            double duration = rec->running ? rec->spec.durationS : 0.0;
            double interval = rec->running ? rec->spec.intervalS : 0.0;
            if (!rec->running) {
                duration = rec->result.durationS.value_or(0);
                QList<double> lengths;
                for (const IntervalSample &i : std::as_const(rec->result.intervals))
                    lengths << i.endS - i.startS;
                if (!lengths.isEmpty()) {
                    duration = std::max(duration, rec->result.intervals.constLast().endS);
                    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2,
                                     lengths.end());
                    interval = lengths.at(lengths.size() / 2);
                }
            }
            m_chart->setRequestedRate(id, pattern,
                                      rec->running ? rec->spec.protocol : rec->result.protocol,
                                      duration, interval);
        }
    }
    // A failed run has no curve: its error is what there is to see.
    m_chart->setMessage(failures.join(QLatin1Char('\n')));
}

// ---- Sessions ------------------------------------------------------------------------------

Session MainWindow::currentSession() const {
    Session session;
    session.title = m_sessionTitle;
    session.notes = m_sessionNotes;
    session.createdAt = m_sessionCreatedAt;
    session.modifiedAt = QDateTime::currentDateTimeUtc();
    TestSpec spec;
    QString error;
    if (m_runPanel->buildSpec(&spec, &error))
        session.specs.append(spec);
    QJsonObject runSpecs;
    for (const RunRecord &rec : m_model->records()) {
        if (rec.running)
            continue;
        session.runs.append(rec.result);
        runSpecs.insert(rec.result.id, rec.spec.toJson());
    }
    QJsonObject ui;
    ui.insert(RunSpecsKey, runSpecs);
    ui.insert(SelectedRunsKey, QJsonArray::fromStringList(selectedRunIds()));
    ui.insert(ShowStreamsKey, m_ui->actionShowStreams->isChecked());
    ui.insert(RetriesKey, m_runPanel->retries());
    ui.insert(SortColumnKey, m_table->horizontalHeader()->sortIndicatorSection());
    ui.insert(SortOrderKey, int(m_table->horizontalHeader()->sortIndicatorOrder()));
    ui.insert(StatisticsKey, m_stats->saveState());
    ui.insert(QLatin1String("inventory"), m_inventory->saveState());
    ui.insert(QLatin1String("report"), m_reports->saveState());
    ui.insert(QLatin1String("qos"), m_qos->saveState());
    ui.insert(QLatin1String("plan"), m_plan->saveState());
    ui.insert(QLatin1String("history"), m_history->saveState());
    session.uiState = ui;
    session.matrix = m_plan->matrix();
    session.monitoring = m_monitoring->settings();
    session.inventory = m_inventory->inventory();
    session.hostChecks = m_inventory->history();
    return session;
}

void MainWindow::showSession(const Session &session) {
    m_sessionTitle = session.title;
    m_sessionNotes = session.notes;
    m_sessionCreatedAt =
        session.createdAt.isValid() ? session.createdAt : QDateTime::currentDateTimeUtc();
    m_runPanel->setSpec(session.specs.isEmpty() ? TestSpec() : session.specs.constFirst());
    m_runPanel->setRetries(std::clamp(session.uiState.value(RetriesKey).toInt(0), 0, 10));
    const QJsonObject runSpecs = session.uiState.value(RunSpecsKey).toObject();
    QList<RunRecord> records;
    records.reserve(session.runs.size());
    for (const RunResult &run : session.runs) {
        RunRecord rec;
        rec.result = run;
        if (runSpecs.contains(run.id)) {
            rec.spec = TestSpec::fromJson(runSpecs.value(run.id).toObject());
        } else if (const auto spec = rerunSpec(run, &rec.rerunProblem)) {
            // A session written elsewhere (the CLI): the same engine, test and target.
            rec.spec = *spec;
        }
        records.append(rec);
    }
    m_chart->clear();
    m_model->setRecords(records);
    m_log->clear();
    {
        const QSignalBlocker blocker(m_ui->actionShowStreams);
        m_ui->actionShowStreams->setChecked(session.uiState.value(ShowStreamsKey).toBool(true));
        m_chart->setShowStreams(m_ui->actionShowStreams->isChecked());
    }
    if (session.uiState.contains(SortColumnKey)) {
        m_table->sortByColumn(session.uiState.value(SortColumnKey).toInt(),
                              Qt::SortOrder(session.uiState.value(SortOrderKey).toInt()));
    }
    QStringList selected;
    const QJsonArray selectedArray = session.uiState.value(SelectedRunsKey).toArray();
    for (const QJsonValue &v : selectedArray)
        selected.append(v.toString());
    m_restoringSession = true;
    m_stats->restoreState(session.uiState.value(StatisticsKey).toObject());
    m_reports->restoreState(session.uiState.value(QLatin1String("report")).toObject());
    m_qos->restoreState(session.uiState.value(QLatin1String("qos")).toObject());
    {
        // The QoS view shows the session's latest QoS test.
        QList<RunResult> latest;
        for (const RunResult &run : session.runs) {
            if (run.engine != Engine::Probe || run.qos.isEmpty())
                continue;
            if (!latest.isEmpty() && latest.constFirst().group != run.group)
                latest.clear();
            latest << run;
        }
        m_qos->showRuns(latest);
    }
    m_history->restoreState(session.uiState.value(QLatin1String("history")).toObject());
    m_inventory->setSession(session.inventory, session.hostChecks,
                            session.uiState.value(QLatin1String("inventory")).toObject());
    m_plan->setSession(session.matrix, session.uiState.value(QLatin1String("plan")).toObject());
    m_monitoring->restore(session.monitoring);
    selectRuns(selected);
    syncChart();
    syncStatistics();
    m_restoringSession = false;
    updateActions();
    updateTitle();
}

void MainWindow::syncStatistics() {
    const QList<RunResult> finished = m_model->finishedResults();
    m_plan->setRuns(finished);
    m_stats->setBaselineCandidates(finished);
    const QStringList selected = selectedRunIds();
    if (selected.isEmpty()) {
        m_stats->setRuns(finished, StatisticsPanel::Pool::LikeLatest);
        return;
    }
    QList<RunResult> runs;
    for (const RunResult &run : finished) {
        if (selected.contains(run.id))
            runs.append(run);
    }
    m_stats->setRuns(runs);
}

void MainWindow::withChangesHandled(std::function<void()> then) {
    if (!m_session->isModified()) {
        then();
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The session \"%1\" has changes that are not saved.\nSave them first?")
            .arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        then();
    } else if (answer == QMessageBox::Save) {
        m_afterSave = std::move(then);
        if (!saveSession())
            m_afterSave = nullptr;
    }
}

void MainWindow::newSession() {
    if (m_runner->isRunning())
        return;
    withChangesHandled([this] { m_session->newSession(); });
}

void MainWindow::openSession() {
    if (m_runner->isRunning())
        return;
    withChangesHandled([this] {
        const QString start = m_session->filePath().isEmpty()
                                  ? documentsFolder()
                                  : QFileInfo(m_session->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), start,
                                                          SessionController::fileFilter());
        if (!path.isEmpty())
            m_session->open(path);
    });
}

void MainWindow::openFromCommandLine(const QStringList &paths) {
    QStringList imports;
    QString session;
    for (const QString &path : paths) {
        // A session names its format near the start; 4 KiB of a local file tells.
        QFile file(path);
        const bool isSession =
            path.endsWith(QLatin1String(".perfdeck")) ||
            (file.open(QIODevice::ReadOnly) && file.read(4096).contains("\"perfdeck.session"));
        if (isSession && session.isEmpty())
            session = path;
        else
            imports << path;
    }
    if (session.isEmpty()) {
        if (!imports.isEmpty())
            importResultFiles(imports);
        return;
    }
    // The imports join the session once it is shown (opening replaces the runs); a session
    // that fails to open still leaves them imported.
    if (!imports.isEmpty()) {
        auto done = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        const auto importOnce = [this, imports, done, failed] {
            disconnect(*done);
            disconnect(*failed);
            QTimer::singleShot(0, this, [this, imports] { importResultFiles(imports); });
        };
        *done = connect(m_session, &SessionController::sessionLoaded, this, importOnce);
        *failed = connect(m_session, &SessionController::failed, this, importOnce);
    }
    m_session->open(session);
}

void MainWindow::openSessionFile(const QString &path) {
    if (m_runner->isRunning())
        return;
    withChangesHandled([this, path] { m_session->open(path); });
}

bool MainWindow::saveSession() {
    if (m_session->save())
        return true;
    return saveSessionAs();
}

bool MainWindow::saveSessionAs() {
    const QString start =
        m_session->filePath().isEmpty()
            ? QDir(documentsFolder()).filePath(tr("session") + QLatin1String(".perfdeck"))
            : m_session->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Session As"), start,
                                                SessionController::fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".perfdeck");
    m_session->saveAs(path);
    return true;
}

void MainWindow::rebuildRecentMenu() {
    QMenu *menu = m_ui->menuRecent;
    for (QAction *action : menu->actions()) {
        if (action != m_ui->actionClearRecent) {
            menu->removeAction(action);
            action->deleteLater();
        }
    }
    const QStringList files = m_session->recentFiles();
    QAction *first = m_ui->actionClearRecent;
    if (!files.isEmpty())
        first = menu->insertSeparator(m_ui->actionClearRecent);
    int number = 1;
    for (const QString &file : files) {
        // &1..&9 give keyboard access to the first nine.
        const QString text =
            number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
                        : QFileInfo(file).fileName();
        auto *action = new QAction(text, menu);
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setToolTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openSessionFile(file); });
        menu->insertAction(first, action);
        ++number;
    }
    m_ui->actionClearRecent->setEnabled(!files.isEmpty());
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::offerRecovery() {
    const QStringList files = m_session->recoverableFiles();
    if (files.isEmpty())
        return;
    const QString newest = files.constFirst();
    const QString when = QLocale().toString(QFileInfo(newest).lastModified(), QLocale::LongFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover session"),
                    tr("Perfdeck did not close cleanly. A session was saved automatically on "
                       "%1.\nRecover it?")
                        .arg(when),
                    QMessageBox::NoButton, this);
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        m_session->recover(newest);
    else if (box.clickedButton() == discard)
        m_session->discardRecoverable(newest);
}

// ---- Export --------------------------------------------------------------------------------

void MainWindow::exportRuns(int format) {
    const auto kind = ExportActions::Format(format);
    QStringList ids = selectedRunIds();
    QList<RunResult> runs;
    for (const RunRecord &rec : m_model->records()) {
        if (!rec.running && (ids.isEmpty() || ids.contains(rec.result.id)))
            runs.append(rec.result);
    }
    if (runs.isEmpty()) {
        showError(tr("There is no finished run to export yet."));
        return;
    }
    const QString suffix =
        kind == ExportActions::Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    const QString base =
        m_session->filePath().isEmpty()
            ? QDir(documentsFolder()).filePath(tr("runs"))
            : QFileInfo(m_session->filePath()).absoluteFilePath().section(QLatin1Char('.'), 0, -2);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Runs"), base + suffix,
                                                ExportActions::fileFilter(kind));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    if (!m_exports->exportRuns(runs, kind, path))
        showError(tr("An export is still being written; try again in a moment."));
}

void MainWindow::exportChart(bool svg) {
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(documentsFolder()).filePath(tr("throughput") + suffix),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    const bool ok = svg ? m_chart->exportSvg(path, &error) : m_chart->exportPng(path, &error);
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// ---- Window state --------------------------------------------------------------------------

void MainWindow::updateActions() {
    const bool running = m_runner->isRunning();
    const bool busy = m_session->isBusy();
    const bool hasRuns = !m_model->records().isEmpty();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_ui->actionRerun->setEnabled(!running && hasRuns);
    m_ui->actionRemoveRuns->setEnabled(!running && hasSelection);
    m_ui->actionNew->setEnabled(!running && !busy);
    m_ui->actionOpen->setEnabled(!running && !busy);
    m_ui->menuRecent->setEnabled(!running && !busy && !m_session->recentFiles().isEmpty());
    m_ui->actionSave->setEnabled(!busy);
    m_ui->actionSaveAs->setEnabled(!busy);
    m_ui->actionExportCsv->setEnabled(hasRuns);
    m_ui->actionExportJson->setEnabled(hasRuns);
    m_ui->actionImport->setEnabled(!m_importWatcher->isRunning());
    m_ui->actionRunProfile->setEnabled(!running && !m_profileWatcher->isRunning());
    m_plan->setBusy(running);
    updateChartActions();
}

void MainWindow::updateChartActions() {
    // An exported empty plot is nothing anyone wants to keep.
    const bool drawn = m_chart->hasPoints();
    m_ui->actionExportPng->setEnabled(drawn);
    m_ui->actionExportSvg->setEnabled(drawn);
}

void MainWindow::updateTitle() {
    // [*] is where Qt puts the modified marker.
    setWindowTitle(tr("%1[*] \u2014 Perfdeck").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
    setWindowFilePath(m_session->filePath());
}

void MainWindow::showError(const QString &message) {
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 8000);
    QMessageBox::warning(this, tr("Perfdeck"), message);
}

void MainWindow::fitDocksToWindow() {
    auto *scroll = qobject_cast<QScrollArea *>(m_runDock->widget());
    if (!scroll || !scroll->widget())
        return;
    // At its minimum the form is not cut at the side, but its choices may be ("Senden (Client
    // → Ser"): it asks for what its longest choice needs, up to 460 px.
    const int extra = scroll->verticalScrollBar()->sizeHint().width() + 8;
    const int least = scroll->widget()->minimumSizeHint().width() + extra;
    int grow = 0;
    for (QComboBox *combo : scroll->widget()->findChildren<QComboBox *>()) {
        if (combo->isVisibleTo(scroll->widget()) && !combo->isEditable())
            grow = std::max(grow, ComboField::missingForWidestChoice(combo) + 4);
    }
    const int wanted = std::max(least, std::min(460, m_runDock->width() + grow));
    int run = std::max(m_runDock->width(), wanted);
    int stats = m_statsDock->width();
    // The tabs below the chart (Results, Log, Dashboard, History) show whole without
    // scrolling: on a small screen (1024 px) the statistics dock gives up what it has
    // beyond its minimum, then the run form what it has beyond its own.
    QTabBar *belowChart = nullptr;
    for (QTabBar *bar : findChildren<QTabBar *>()) {
        if (bar->parentWidget() == this && bar->isVisible() && bar->count() > 1 &&
            bar->tabText(0) == m_resultsDock->windowTitle()) {
            belowChart = bar;
            break;
        }
    }
    if (belowChart) {
        // Tabs are not elided (event()), so their rectangles are their whole widths.
        const int needed = belowChart->tabRect(belowChart->count() - 1).right() -
                           belowChart->tabRect(0).left() + 1;
        // What the centre would have with the run dock at `run`.
        int missing = needed - (belowChart->width() - (run - m_runDock->width()));
        const int fromStats =
            std::clamp(missing, 0, std::max(0, stats - m_statsDock->minimumSizeHint().width()));
        stats -= fromStats;
        missing -= fromStats;
        run -= std::clamp(missing, 0, std::max(0, run - least));
    }
    // Both at once: one at a time, the layout hands what one gives up to the other.
    if (run != m_runDock->width() || stats != m_statsDock->width())
        resizeDocks({m_runDock, m_statsDock}, {run, stats}, Qt::Horizontal);
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    if (m_fitDocksTimer && !m_fitDocksUntil.hasExpired())
        m_fitDocksTimer->start();
}

bool MainWindow::event(QEvent *event) {
    if (event->type() == QEvent::ChildPolished) {
        if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_runner->isRunning()) {
        event->ignore();
        const auto answer = QMessageBox::question(
            this, tr("Test running"), tr("A test is running. Stop it and quit?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            // Close once the runner reports every process gone, without blocking the UI.
            m_closeWhenStopped = true;
            stopRuns();
        }
        return;
    }
    if (m_session->isModified() && !m_closeConfirmed) {
        event->ignore();
        withChangesHandled([this] {
            m_closeConfirmed = true;
            QTimer::singleShot(0, this, &QWidget::close);
        });
        return;
    }
    // Runs still waiting for their DSCP verdict go into the history without it.
    for (const QString &id : std::as_const(m_historyPending)) {
        if (const RunRecord *rec = m_model->record(id))
            m_historyWriter->add({rec->result});
    }
    m_historyPending.clear();
    saveSettings();
    m_session->discardAutosave();
    event->accept();
}

void MainWindow::setUpDashboard() {
    m_liveRuns = new LiveRuns(this);
    m_liveRuns->attach(m_runner);
    // The dashboard calls a run what the table, the chart and the log call it ("#6").
    m_liveRuns->setRunNumberer([this](const QString &runId) {
        const RunRecord *rec = m_model ? m_model->record(runId) : nullptr;
        return rec ? rec->result.seq : 0;
    });
    m_dashboard = new DashboardView(this);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_dashboard->setLiveRuns(m_liveRuns);
    m_dashboard->setResourceMonitor(m_runner->resourceMonitor());
    m_dashboardDock = new QDockWidget(tr("Dashboard"), this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    tabifyDockWidget(m_resultsDock, m_dashboardDock);
    m_resultsDock->raise();
}

} // namespace Perfdeck

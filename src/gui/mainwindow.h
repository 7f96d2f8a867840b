// The Perfdeck main window: the run panel, the live throughput chart, the results table, the
// tools' log and the session behind them. It drives tests through the core's JobRunner and
// keeps no measurement logic of its own.
#pragma once

#include "model/testspec.h"
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"
#include "results/importer.h"
#include "results/session.h"
#include "ssh/sshtarget.h"

#include <QFutureWatcher>

#include <QDeadlineTimer>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Ui {
class MainWindow;
}

namespace Perfdeck {

// A profile read off the UI thread: its tests, or why it could not be read.
struct ProfileLoadResult {
    std::optional<Profile> profile;
    QString error;
};

class ExportActions;
class HistoryView;
class HistoryWriter;
class InventoryDock;
class QosView;
class JobRunner;
class DscpCompanion;
class LogView;
class DashboardView;
class LiveRuns;
class MonitoringCenter;
class PlanView;
class ReportCenter;
class RunPanel;
class RunTableModel;
class SessionController;
class HostLaunchers;
class SshPrompter;
class StatisticsPanel;
class ThroughputChart;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Runs the given tests (what Run does with the run panel's spec), with the run panel's
    // Retries.
    void startRuns(const QList<TestSpec> &specs);
    // Adds the runs of result files (iperf3 JSON, netperf output, flent) read off the UI
    // thread; unreadable files are reported with the file and the reason.
    void importResultFiles(const QStringList &paths);
    bool isImporting() const;
    // `perfdeck FILE...` (and the desktop file's %f): a session opens, anything else is
    // imported as results.
    void openFromCommandLine(const QStringList &paths);
    // Runs every test of a profile (name or file) as one batch.
    void runProfile(const QString &nameOrFile);
    bool isRunning() const;

    // The session as it would be saved now.
    Session currentSession() const;
    // Shows a session (what Open does once the file is read).
    void showSession(const Session &session);

    // How runs and checks reach inventory hosts over SSH (known_hosts file, keychain, agent);
    // unknown host keys are always asked about in a dialog.
    void setSshOptions(const SshOptions &options);
    const SshOptions &sshOptions() const { return m_sshOptions; }

    // Offers to recover autosaves of a Perfdeck that did not close cleanly (called once the
    // window is shown).
    void offerRecovery();

    // Parts, for tests and screenshots.
    RunPanel *runPanel() const { return m_runPanel; }
    ThroughputChart *chart() const { return m_chart; }
    RunTableModel *runModel() const { return m_model; }
    QTableView *runTable() const { return m_table; }
    LogView *logView() const { return m_log; }
    DashboardView *dashboard() const { return m_dashboard; }
    QDockWidget *dashboardDock() const { return m_dashboardDock; }
    ReportCenter *reports() const { return m_reports; }
    StatisticsPanel *statisticsPanel() const { return m_stats; }
    InventoryDock *inventoryDock() const { return m_inventory; }
    PlanView *planView() const { return m_plan; }
    QDockWidget *planDock() const { return m_planDock; }
    HistoryView *historyView() const { return m_history; }
    HistoryWriter *historyWriter() const { return m_historyWriter; }
    MonitoringCenter *monitoring() const { return m_monitoring; }
    JobRunner *jobRunner() const { return m_runner; }
    SessionController *sessionController() const { return m_session; }
    SshPrompter *sshPrompter() const { return m_prompter; }
    QAction *runAction() const;
    QAction *stopAction() const;
    QAction *rerunAction() const;
    // Run ids selected in the results table, in table order.
    QStringList selectedRunIds() const;
    void selectRuns(const QStringList &runIds);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Tab bars of tabbed docks (made by QMainWindow when docks are tabbed) show whole names and
    // scroll, rather than "Re…"/"Dashb…" when the dock area is narrow.
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The Dashboard dock: a pane per running test, the combined graph, interfaces, the log.
    void setUpDashboard();
    // First start (no saved layout): the run form at its preferred width, the tabs below the
    // chart whole; what the statistics dock and then the form can spare goes to the centre.
    void fitDocksToWindow();
    void setupDocks();
    void setupInventoryDock();
    void setupQosDock();
    void setupPlanDock();
    // Runs the test plan's cells under its limits (Run in the Test plan view).
    void runPlan(const QList<TestSpec> &specs);
    // Puts "Running 3 tests together (#1, #2, #3), 0 of 6 done" in the status line when more
    // than one test runs; false (and nothing shown) otherwise.
    bool showTogetherStatus();
    // Starts a batch whose failed-before-measuring tests are started again up to retries times.
    void startBatch(const QList<TestSpec> &specs, int retries);
    void setupHistoryDock();
    void setupMonitoring();
    void setupActions();
    void setupStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void runFromPanel();
    void rerunSelected();
    void stopRuns();
    void removeSelectedRuns();

    void onRunStarted(int index, const QString &runId, const TestSpec &spec);
    void onIntervalSample(int index, const IntervalSample &sample);
    void onLogLine(int index, const QString &origin, const QString &line);
    void onRunProgress(int index, double elapsedS, double totalS);
    void onRunFinished(int index, const RunResult &result);
    // The DSCP probe beside a run has finished: its verdict goes into the run's row, the log,
    // the session and (once) the history.
    void onDscpChecked(DscpCompanion *check, const QString &runId);
    void logDscpVerdict(const RunResult &run);
    void onBatchFinished();

    void newSession();
    void openSession();
    void openSessionFile(const QString &path);
    // false if the user cancelled choosing a file name.
    bool saveSession();
    bool saveSessionAs();
    // Runs then() once unsaved changes are saved or discarded; not at all if the user cancels.
    void withChangesHandled(std::function<void()> then);
    void rebuildRecentMenu();

    void importResults();
    void onImported();
    void chooseProfile();
    void onProfilesListed();
    void onProfileLoaded();

    void exportRuns(int format);
    void exportChart(bool svg);

    void syncChart();
    // Feeds the statistics panel the selected finished runs (all of them when none is
    // selected) and every finished run as a baseline candidate.
    void syncStatistics();
    QString runLabel(const QString &runId) const;
    // "#7 tcp-download (throughput)" for a profile's test, else the label.
    QString runWhat(const QString &runId) const;
    void updateActions();
    void updateChartActions();
    void updateTitle();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    RunPanel *m_runPanel = nullptr;
    ThroughputChart *m_chart = nullptr;
    RunTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    LogView *m_log = nullptr;
    StatisticsPanel *m_stats = nullptr;
    JobRunner *m_runner = nullptr;
    SessionController *m_session = nullptr;
    SshPrompter *m_prompter = nullptr;
    HostLaunchers *m_hosts = nullptr; // the inventory hosts of the current batch
    SshOptions m_sshOptions;
    ExportActions *m_exports = nullptr;
    ReportCenter *m_reports = nullptr;
    QDockWidget *m_runDock = nullptr;
    QDockWidget *m_resultsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_statsDock = nullptr;
    InventoryDock *m_inventory = nullptr;
    QDockWidget *m_inventoryDock = nullptr;
    LiveRuns *m_liveRuns = nullptr;           // the dashboard's view of the runner's runs
    MonitoringCenter *m_monitoring = nullptr; // exporters and the web dashboard
    DashboardView *m_dashboard = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    QosView *m_qos = nullptr;
    QDockWidget *m_qosDock = nullptr;
    PlanView *m_plan = nullptr;
    QDockWidget *m_planDock = nullptr;
    // Every finished or imported run goes into the history database (docs/HISTORY.md).
    HistoryWriter *m_historyWriter = nullptr;
    HistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QFutureWatcher<ImportOutcome> *m_importWatcher = nullptr;
    QFutureWatcher<QList<ProfileLibrary::Entry>> *m_profileListWatcher = nullptr;
    QFutureWatcher<ProfileLoadResult> *m_profileWatcher = nullptr;
    QStringList m_importPaths;
    QString m_batchName; // the profile a batch runs, for the status line

    QHash<int, QString> m_runIdByIndex; // JobRunner batch index -> run id
    // The DSCP check of the current batch's marked runs (RunPanel::checksDscp()), and the
    // finished runs that wait for its verdict before they go into the history.
    DscpCompanion *m_dscpCheck = nullptr;
    QSet<QString> m_historyPending;
    QByteArray m_defaultState; // dock layout before restoring the user's
    QDateTime m_sessionCreatedAt;
    QString m_sessionTitle;
    QString m_sessionNotes;
    std::function<void()> m_afterSave;
    bool m_closeWhenStopped = false;
    bool m_closeConfirmed = false;
    bool m_restoringSession = false;   // panel state changes while opening are not edits
    QTimer *m_fitDocksTimer = nullptr; // first start only
    QDeadlineTimer m_fitDocksUntil;
};

} // namespace Perfdeck

// The Test plan view: clients and servers picked from the inventory's hosts, the tests of the
// run form or of a profile, a grid of cells (clients x servers, one tab per test) to turn on
// or off and give overrides, limits (tests at once, tests per host), Run/Stop with each
// cell's status and live rate while the plan runs, and afterwards a heat map of the results
// (values or forward/reverse asymmetry, with a legend); a click on a cell selects its runs.
// Plan edits are undoable; the plan and the view's settings are saved with the session.
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"
#include "plan/testmatrix.h"
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QModelIndexList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabBar;
class QTableView;
class QToolButton;
class QUndoStack;
QT_END_NAMESPACE

namespace Perfdeck {

class HeatLegend;
class JobRunner;
class PlanModel;

class PlanView final : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    // The inventory's hosts (HostListModel: names with IsClientRole/IsServerRole, SiteRole).
    void setHostModel(QAbstractItemModel *hosts);
    // What "Tests > From the run form" takes: the run form's test, or why there is none.
    void setSpecProvider(std::function<std::optional<TestSpec>(QString *error)> provider) {
        m_specProvider = std::move(provider);
    }

    const TestMatrix &matrix() const;
    // Shows a session's plan and settings; no undo step, the undo history starts afresh.
    void setSession(const TestMatrix &matrix, const QJsonObject &state);
    QJsonObject saveState() const;
    // The session's finished runs: the plan's cells take their figures from them.
    void setRuns(const QList<RunResult> &runs);

    int maxParallel() const;
    int maxPerHost() const;
    // The specs of the cells that run (all, or only those whose id is in `only`), or none and
    // why in *error.
    QList<TestSpec> runnableSpecs(QString *error, const QSet<QString> &only = {}) const;
    // The plan's batch has started on runner (specs as runRequested gave them): shows each
    // cell's status and live rate and the overall progress until the batch finishes.
    void follow(JobRunner *runner, const QList<TestSpec> &specs);
    bool isRunning() const { return m_following; }
    // Whether another batch runs (Run is disabled meanwhile).
    void setBusy(bool busy);

    // Hosts picked by name (what a click on the lists does), each as one undoable step.
    void setClients(const QStringList &names);
    void setServers(const QStringList &names);
    // Tests from the run form, or from a profile read off the UI thread.
    void useRunFormTest();
    void useProfile(const QString &nameOrFile);
    bool isLoadingProfile() const { return m_profileWatcher->isRunning(); }

    // Parts, for tests and screenshots.
    PlanModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabBar *testTabs() const { return m_tabs; }
    QComboBox *displayCombo() const { return m_display; }
    HeatLegend *legend() const { return m_legend; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QListWidget *clientList() const { return m_clients; }
    QListWidget *serverList() const { return m_servers; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QSpinBox *maxParallelBox() const { return m_maxParallel; }
    QSpinBox *maxPerHostBox() const { return m_maxPerHost; }
    // Edits the overrides of the given cells (of the current test) in a dialog.
    void editOverrides(const QModelIndexList &cells);
    // Per-cell Run and Stop (the grid's context menu): cells by TestMatrix::cellId; Run with
    // no ids runs every cell (the Run button).
    void runCells(const QSet<QString> &ids);
    void stopCells(const QSet<QString> &ids);

Q_SIGNALS:
    // Run was pressed on a plan that can run.
    void runRequested(const QList<Perfdeck::TestSpec> &specs);
    void stopRequested();
    // A cell with runs was clicked: select them in the run table.
    void runsSelected(const QStringList &runIds);
    // The plan or a setting saved with the session changed.
    void changed();
    // Something the user should read (a profile that does not load, a plan that cannot run).
    void problem(const QString &message);

private:
    void buildUi();
    void reloadHosts();
    void onHostItemChanged(bool clients);
    void syncFromMatrix();
    void syncTabs();
    void syncLegend();
    void syncButtons();
    void updateResults();
    void onProfilesListed();
    void onProfileLoaded();
    void updateProgress();
    void onJobStatus(int job);
    void finishFollowing();
    QList<int> unfinishedRunsOf(const QSet<QString> &ids) const;
    void emitChanged();

    PlanModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QPointer<QAbstractItemModel> m_hosts;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_clients = nullptr;
    QListWidget *m_servers = nullptr;
    QToolButton *m_testsButton = nullptr;
    QMenu *m_testsMenu = nullptr;
    QCheckBox *m_selfPairs = nullptr;
    QTabBar *m_tabs = nullptr;
    QTableView *m_grid = nullptr;
    QComboBox *m_display = nullptr;
    HeatLegend *m_legend = nullptr;
    QSpinBox *m_maxParallel = nullptr;
    QSpinBox *m_maxPerHost = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_testsLabel = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QToolButton *> m_undoButtons; // undo, redo

    std::function<std::optional<TestSpec>(QString *)> m_specProvider;
    QFutureWatcher<QList<ProfileLibrary::Entry>> *m_profileListWatcher = nullptr;
    QFutureWatcher<std::pair<std::optional<Profile>, QString>> *m_profileWatcher = nullptr;
    QList<RunResult> m_runs;

    // The batch being followed.
    QPointer<JobRunner> m_runner;
    QObject *m_follow = nullptr;  // context of the runner connections; deleted at the end
    QList<int> m_runJob;          // per run index: its job
    QList<double> m_jobSeconds;   // per job: planned duration
    QHash<int, double> m_rates;   // per running run index: latest rate
    QSet<int> m_transactionRuns;  // run indexes whose rate is transactions/s
    QHash<int, double> m_elapsed; // per running job: seconds measured
    QElapsedTimer m_clock;
    bool m_following = false;
    bool m_busy = false;
    bool m_restoring = false;
    bool m_syncingLists = false;
};

} // namespace Perfdeck

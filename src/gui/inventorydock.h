// The inventory editor: hosts grouped by site, add/edit/delete with undo, import from
// ~/.ssh/config and Ansible, export to YAML, and health checks (on demand or every N minutes)
// with a status icon, versions, RTT and the time of the last check per host. What it holds is
// saved with the session.
#pragma once

#include "inventory/hostchecker.h"
#include "inventory/hostdeployer.h"
#include "inventory/hoststatushistory.h"
#include "inventory/inventory.h"
#include "inventory/inventoryissue.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;
class QUndoStack;
QT_END_NAMESPACE

namespace Perfdeck {

class HistoryWriter;
class HostChecker;
class HostHistoryView;
class HostListModel;
class InventoryModel;

class InventoryDock final : public QWidget {
    Q_OBJECT
public:
    enum class ImportKind { SshConfig, Ansible };

    explicit InventoryDock(QWidget *parent = nullptr);
    ~InventoryDock() override;

    InventoryModel *model() const { return m_model; }
    // Host names with their roles, for picking clients and servers elsewhere.
    HostListModel *hostListModel() const { return m_hostList; }
    QUndoStack *undoStack() const { return m_undo; }
    HostChecker *checker() const { return m_checker; }
    QTreeView *view() const { return m_view; }

    Inventory inventory() const;
    HostStatusHistory history() const;
    // The history database: every check is filed there through writer, and the Check History
    // tab reads the selected host's checks from its file (again after each filing).
    void setHistoryWriter(HistoryWriter *writer);
    HostHistoryView *checkHistoryView() const { return m_checkHistory; }
    // Brings the Check History tab of the selected host to the front.
    void showCheckHistory();

    // The check schedule, column widths and the tab shown (Session::uiState["inventory"]).
    QJsonObject saveState() const;
    // Shows a session's hosts; the undo history starts afresh.
    void setSession(const Inventory &inventory, const HostStatusHistory &history,
                    const QJsonObject &state);

    // Edits, each one undoable.
    void addHost(const Host &host);
    void updateHost(const QString &name, const Host &host);
    void deleteHosts(const QStringList &names);
    // Adds the hosts of a file read off the UI thread; names already present are updated.
    // importFinished() follows.
    void importFile(ImportKind kind, const QString &path);
    // Writes a perfdeck.hosts/1 file off the UI thread; exportFinished() follows.
    void exportTo(const QString &path);

    // Checks the given hosts (all when empty); results appear as they arrive.
    void checkHosts(const QStringList &names = {});
    // SSH policy of the checks (known_hosts file, timeouts); unknown host keys are refused
    // until the host-key dialog answers the checker's questions.
    void setCheckOptions(const HostChecker::Options &options);
    void setCheckInterval(int minutes); // 0: no scheduled check
    // Deploy: the hosts whose last check found iperf3 or netserver missing (logged in fine).
    QStringList hostsMissingTools() const;
    // Asks each host what it lacks (off the UI thread); deployPlanned() follows, and when
    // interactive a dialog listing the exact commands, whose OK runs runDeploy().
    void planDeploy(const QStringList &names);
    // Installs on the hosts (after planDeploy() was confirmed); deployFinished() follows, then
    // the hosts are checked again. Cancellable with cancelDeploy() or the Deploy action.
    void runDeploy(const QStringList &names);
    void cancelDeploy();
    bool isDeploying() const;
    int checkInterval() const;
    QStringList selectedHosts() const;
    // Whether import and export results are shown in message boxes (off in tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *checkAction() const { return m_checkAction; }
    QAction *deployAction() const { return m_deployAction; }
    QAction *historyAction() const { return m_historyAction; }

Q_SIGNALS:
    // Something the session keeps changed (hosts, check results, schedule).
    void changed();
    void importFinished(bool ok, int added, int updated, const QString &message);
    void exportFinished(bool ok, const QString &message);
    void checkFinished();
    // One host's check is done (filed in the history database when there is one).
    void hostChecked(const Perfdeck::HostStatus &status);
    void deployPlanned(const QList<Perfdeck::HostDeployer::Plan> &plans);
    void deployFinished(const QList<Perfdeck::HostDeployer::Result> &results);

private:
    void editSelected();
    void deleteSelected();
    void addFromDialog();
    void importFromDialog(ImportKind kind);
    void exportFromDialog();
    void toggleCheck();
    void toggleDeploy();
    void confirmDeploy(const QList<HostDeployer::Plan> &plans);
    void updateActions();
    void updateDetails();
    void showImportResult(bool ok, int added, int updated, const QString &message);
    // Reads the newest stored check of every host off the UI thread (the tree shows checks
    // made by the CLI or earlier sessions too).
    void loadStoredStatus();

    InventoryModel *m_model = nullptr;
    HostListModel *m_hostList = nullptr;
    QUndoStack *m_undo = nullptr;
    HostChecker *m_checker = nullptr;
    HostDeployer *m_deployer = nullptr;
    HostDeployer::Mode m_deployMode = HostDeployer::Mode::Plan;
    QStringList m_deployHosts;
    QList<HostDeployer::Plan> m_plans;
    QList<HostDeployer::Result> m_deployResults;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    HostHistoryView *m_checkHistory = nullptr;
    QPointer<HistoryWriter> m_historyWriter;
    QFutureWatcher<QHash<QString, HostStatus>> m_storedWatcher;
    bool m_storedAgain = false; // asked again while a read was running
    QLabel *m_progress = nullptr;
    QComboBox *m_schedule = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_deployAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_historyAction = nullptr;
    int m_checkTotal = 0;
    int m_checkDone = 0;
    bool m_interactive = true;
};

} // namespace Perfdeck

#include "gui/inventorydock.h"

#include "gui/hosteditcommand.h"
#include "gui/hosteditordialog.h"
#include "gui/hosthistoryview.h"
#include "gui/hostlistmodel.h"
#include "gui/inventorymodel.h"
#include "inventory/ansibleimporter.h"
#include "inventory/hostchecker.h"
#include "inventory/inventorywriter.h"
#include "inventory/sshconfigimporter.h"
#include "results/historystore.h"
#include "results/historywriter.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Perfdeck {

namespace {

const QLatin1String IntervalKey("check_interval_min");
const QLatin1String ColumnsKey("column_widths");
const QLatin1String TabKey("tab");

struct ImportOutcome {
    std::optional<Inventory> inventory;
    QList<InventoryIssue> notices;
    QList<InventoryIssue> errors;
};

ImportOutcome runImport(InventoryDock::ImportKind kind, const QString &path) {
    ImportOutcome outcome;
    if (kind == InventoryDock::ImportKind::SshConfig) {
        SshConfigImporter importer;
        outcome.inventory = importer.import(path);
        outcome.notices = importer.notices();
        outcome.errors = importer.errors();
    } else {
        AnsibleImporter importer;
        outcome.inventory = importer.import(path);
        outcome.notices = importer.notices();
        outcome.errors = importer.errors();
    }
    return outcome;
}

QString formatGiB(qint64 bytes) {
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 1);
}

} // namespace

InventoryDock::InventoryDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new InventoryModel(this))
    , m_undo(new QUndoStack(this))
    , m_checker(new HostChecker(this))
    , m_deployer(new HostDeployer(this))
    , m_scheduleTimer(new QTimer(this)) {
    connect(&m_storedWatcher, &QFutureWatcher<QHash<QString, HostStatus>>::finished, this, [this] {
        if (std::exchange(m_storedAgain, false)) {
            loadStoredStatus();
            return;
        }
        m_model->setStoredLatest(m_storedWatcher.result());
        updateDetails();
    });
    connect(m_model, &InventoryModel::inventoryChanged, this, &InventoryDock::loadStoredStatus);
    // The database files checks by host name: a rename takes them along.
    connect(m_model, &InventoryModel::hostRenamed, this,
            [this](const QString &from, const QString &to) {
                if (m_historyWriter)
                    m_historyWriter->renameHostChecks(from, to);
            });
    m_hostList = new HostListModel(m_model, this);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setObjectName(QStringLiteral("inventoryToolBar"));
    m_addAction = m_toolBar->addAction(tr("Add…"), this, &InventoryDock::addFromDialog);
    m_addAction->setToolTip(tr("Add a host (Insert)"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction = m_toolBar->addAction(tr("Edit…"), this, &InventoryDock::editSelected);
    m_deleteAction = m_toolBar->addAction(tr("Delete"), this, &InventoryDock::deleteSelected);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // QUndoStack names the command in the action ("Undo Import hosts from config"): on a
    // narrow dock that pushes Check into the overflow menu, so the button stays short and
    // the command goes to the tooltip.
    for (QAction *action : {undo, redo}) {
        const QString shortText = action == undo ? tr("Undo") : tr("Redo");
        connect(action, &QAction::changed, this, [action, shortText] {
            if (action->text() == shortText)
                return;
            action->setToolTip(action->text());
            action->setText(shortText);
        });
    }
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    for (QAction *a : {m_addAction, m_editAction, m_deleteAction, undo, redo})
        QWidget::addAction(a); // shortcuts work while the dock has focus
    m_toolBar->addSeparator();
    m_checkAction = m_toolBar->addAction(tr("Check"), this, &InventoryDock::toggleCheck);
    m_checkAction->setToolTip(tr("Check the selected hosts (all when none is selected): "
                                 "reachability, SSH, iperf3/netserver, disk and load"));
    m_deployAction = m_toolBar->addAction(tr("Deploy…"), this, &InventoryDock::toggleDeploy);
    m_deployAction->setToolTip(
        tr("Install iperf3 and netperf with each host's package manager (sudo -n, never a "
           "password) on the selected hosts, or on those whose last check found them missing; "
           "the exact commands are shown first"));

    auto *importMenuButton = m_toolBar->addAction(tr("Import ssh config…"));
    connect(importMenuButton, &QAction::triggered, this,
            [this] { importFromDialog(ImportKind::SshConfig); });
    auto *importAnsible = m_toolBar->addAction(tr("Import Ansible…"));
    connect(importAnsible, &QAction::triggered, this,
            [this] { importFromDialog(ImportKind::Ansible); });
    auto *exportAction = m_toolBar->addAction(tr("Export YAML…"));
    connect(exportAction, &QAction::triggered, this, &InventoryDock::exportFromDialog);

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    // Host names like "lab-server" or "fra-perf12" readable without widening the column.
    m_view->setColumnWidth(0, m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14 +
                                  m_view->indentation() + 24);
    // The short columns as wide as their heading or a typical value ("3.16", "0.25 ms"), so
    // that status, versions and RTT are in sight without widening the dock.
    const QFontMetrics metrics = m_view->fontMetrics();
    for (const auto &[column, sample] : {std::pair{InventoryModel::RegionColumn, "eu-west"},
                                         std::pair{InventoryModel::LocationColumn, "Zurich"},
                                         std::pair{InventoryModel::Iperf3Column, "3.16"},
                                         std::pair{InventoryModel::NetserverColumn, "2.7.1"},
                                         std::pair{InventoryModel::RttColumn, "10.25 ms"}}) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(metrics.horizontalAdvance(heading),
                                                metrics.horizontalAdvance(QLatin1String(sample))) +
                                           16);
    }
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->hostName(index).isEmpty())
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InventoryDock::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateDetails();
    });

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    m_progress = new QLabel(this);
    // A long message ("Reading /a/long/path/hosts.yaml…") wraps rather than holding the dock
    // at its width.
    m_progress->setWordWrap(true);
    m_schedule = new QComboBox(this);
    m_schedule->addItem(tr("Auto-check: off"), 0);
    for (int minutes : {5, 15, 30, 60})
        m_schedule->addItem(tr("Auto-check every %1 min").arg(minutes), minutes);
    connect(m_schedule, &QComboBox::activated, this, [this] {
        setCheckInterval(m_schedule->currentData().toInt());
        Q_EMIT changed();
    });
    connect(m_scheduleTimer, &QTimer::timeout, this, [this] {
        if (!m_checker->isRunning())
            checkHosts();
    });

    // Below the hosts: the selected host's details, or its checks over time from the history
    // database (issue 8).
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_checkHistory = new HostHistoryView(this);
    m_checkHistory->setObjectName(QStringLiteral("hostCheckHistory"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(detailsScroll, tr("Details"));
    m_tabs->addTab(m_checkHistory, tr("Check History"));
    m_tabs->setTabToolTip(1, tr("Every check filed for the selected host in the history "
                                "database, with its round-trip time over time"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("inventorySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_historyAction = new QAction(tr("Check History"), this);
    m_historyAction->setToolTip(tr("Show the checks filed for the selected host"));
    connect(m_historyAction, &QAction::triggered, this, &InventoryDock::showCheckHistory);
    // The row's own commands where the user points at it.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_editAction, m_deleteAction, m_checkAction, m_historyAction});

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    connect(m_undo, &QUndoStack::indexChanged, this, [this] { Q_EMIT changed(); });
    connect(m_checker, &HostChecker::hostStarted, this,
            [this](const QString &name) { m_model->setChecking(name, true); });
    connect(m_checker, &HostChecker::hostChecked, this, [this](const HostStatus &status) {
        m_model->addStatus(status);
        ++m_checkDone;
        m_progress->setText(tr("Checking… %1 of %2").arg(m_checkDone).arg(m_checkTotal));
        Q_EMIT changed();
        if (m_historyWriter)
            m_historyWriter->addHostChecks({status});
        Q_EMIT hostChecked(status);
    });
    connect(m_deployer, &HostDeployer::planned, this,
            [this](const HostDeployer::Plan &plan) { m_plans << plan; });
    connect(m_deployer, &HostDeployer::output, this,
            [this](const QString &host, const QString &line) {
                m_progress->setText(tr("Deploy on %1: %2").arg(host, line));
            });
    connect(m_deployer, &HostDeployer::hostFinished, this,
            [this](const HostDeployer::Result &result) { m_deployResults << result; });
    connect(m_deployer, &HostDeployer::finished, this, [this] {
        m_deployAction->setText(tr("Deploy…"));
        if (m_deployMode == HostDeployer::Mode::Plan) {
            m_progress->setText(tr("Deploy planned for %n host(s)", nullptr, int(m_plans.size())));
            Q_EMIT deployPlanned(m_plans);
            if (m_interactive)
                confirmDeploy(m_plans);
            return;
        }
        int failed = 0;
        QStringList errors;
        for (const HostDeployer::Result &r : std::as_const(m_deployResults)) {
            if (!r.ok) {
                ++failed;
                errors << r.error;
            }
            errors << r.notes;
        }
        m_progress->setText(
            failed == 0
                ? tr("Deployed to %n host(s)", nullptr, int(m_deployResults.size()))
                : tr("Deploy failed on %1 of %2 hosts").arg(failed).arg(m_deployResults.size()));
        Q_EMIT deployFinished(m_deployResults);
        if (m_interactive && !errors.isEmpty())
            QMessageBox::warning(this, tr("Deploy"), errors.join(QLatin1String("\n\n")));
        // What the hosts have now.
        checkHosts(m_deployHosts);
    });
    connect(m_checker, &HostChecker::finished, this, [this] {
        for (const QString &name : m_model->inventory().names())
            m_model->setChecking(name, false);
        m_checkAction->setText(tr("Check"));
        m_progress->setText(
            m_checkDone == m_checkTotal
                ? tr("Checked %n host(s) at %1", nullptr, m_checkDone)
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                : tr("Check stopped after %1 of %2 hosts").arg(m_checkDone).arg(m_checkTotal));
        Q_EMIT checkFinished();
    });
    updateActions();
    updateDetails();
}

// Children are deleted by QObject after this class's part of the object is gone, and three
// of them speak as they go: the undo stack is cleared (indexChanged), the host checker and
// the deployer cancel what runs (hostFinished, finished). None may reach this dock's lambdas
// then: they would emit changed() from a half-destroyed dock and touch the model or the
// labels, maybe already deleted.
InventoryDock::~InventoryDock() {
    m_undo->disconnect(this);
    m_checker->disconnect(this);
    m_deployer->disconnect(this);
}

Inventory InventoryDock::inventory() const {
    return m_model->inventory();
}

HostStatusHistory InventoryDock::history() const {
    return m_model->history();
}

QJsonObject InventoryDock::saveState() const {
    QJsonArray widths;
    for (int c = 0; c < m_model->columnCount(); ++c)
        widths.append(m_view->columnWidth(c));
    return QJsonObject{
        {IntervalKey, checkInterval()}, {ColumnsKey, widths}, {TabKey, m_tabs->currentIndex()}};
}

void InventoryDock::setSession(const Inventory &inventory, const HostStatusHistory &history,
                               const QJsonObject &state) {
    m_checker->cancel();
    m_model->setInventory(inventory, history);
    m_undo->clear();
    setCheckInterval(state.value(IntervalKey).toInt(0));
    const QJsonArray widths = state.value(ColumnsKey).toArray();
    for (int c = 0; c < widths.size() && c < m_model->columnCount(); ++c) {
        if (widths.at(c).toInt() > 0)
            m_view->setColumnWidth(c, widths.at(c).toInt());
    }
    m_tabs->setCurrentIndex(std::clamp(state.value(TabKey).toInt(0), 0, m_tabs->count() - 1));
}

void InventoryDock::setHistoryWriter(HistoryWriter *writer) {
    if (m_historyWriter)
        disconnect(m_historyWriter, nullptr, this, nullptr);
    m_historyWriter = writer;
    m_checkHistory->setDatabasePath(writer ? writer->databasePath() : QString());
    loadStoredStatus();
    if (!writer)
        return;
    connect(writer, &HistoryWriter::hostChecksStored, this, [this](int added) {
        if (added > 0) {
            m_checkHistory->refresh();
            loadStoredStatus();
        }
    });
}

namespace {

// The newest stored check of each host, read on a worker thread. Looking must not create the
// database: only checks and runs do.
QHash<QString, HostStatus> storedLatest(const QString &path, const QStringList &hosts) {
    QHash<QString, HostStatus> latest;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return latest;
    HistoryStore store(path);
    QString error;
    if (!store.open(&error))
        return latest;
    for (const QString &host : hosts) {
        const QList<HostStatus> checks = store.hostChecks(host, 1, &error);
        if (!checks.isEmpty())
            latest.insert(host, checks.constFirst());
    }
    return latest;
}

} // namespace

void InventoryDock::loadStoredStatus() {
    const QString path = m_historyWriter ? m_historyWriter->databasePath() : QString();
    QStringList hosts = m_model->inventory().names();
    if (!hosts.contains(Host::localName()))
        hosts << Host::localName();
    if (m_storedWatcher.isRunning()) {
        m_storedAgain = true;
        return;
    }
    m_storedWatcher.setFuture(QtConcurrent::run(storedLatest, path, hosts));
}

void InventoryDock::showCheckHistory() {
    m_tabs->setCurrentWidget(m_checkHistory);
}

void InventoryDock::addHost(const Host &host) {
    m_undo->push(new HostEditCommand(m_model, std::nullopt, host));
    m_view->setCurrentIndex(m_model->indexOfHost(host.name));
}

void InventoryDock::updateHost(const QString &name, const Host &host) {
    const std::optional<Host> before = m_model->host(name);
    if (!before || *before == host)
        return;
    m_undo->push(new HostEditCommand(m_model, before, host));
    m_view->setCurrentIndex(m_model->indexOfHost(host.name));
}

void InventoryDock::deleteHosts(const QStringList &names) {
    QList<Host> hosts;
    for (const QString &name : names) {
        if (m_model->isListed(name))
            hosts << *m_model->host(name);
    }
    if (hosts.isEmpty())
        return;
    if (hosts.size() > 1)
        m_undo->beginMacro(tr("Delete %n host(s)", nullptr, int(hosts.size())));
    for (const Host &h : std::as_const(hosts))
        m_undo->push(new HostEditCommand(m_model, h, std::nullopt));
    if (hosts.size() > 1)
        m_undo->endMacro();
}

QStringList InventoryDock::selectedHosts() const {
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString name = m_model->hostName(index);
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

void InventoryDock::addFromDialog() {
    HostEditorDialog dialog(m_model->inventory(), QString(), m_model->sites(), this);
    Host suggestion;
    const QStringList selected = selectedHosts();
    if (!selected.isEmpty())
        suggestion.site = m_model->host(selected.first())->site;
    suggestion.name.clear();
    dialog.setHost(suggestion);
    if (dialog.exec() == QDialog::Accepted)
        addHost(dialog.host());
}

void InventoryDock::editSelected() {
    const QStringList selected = selectedHosts();
    if (selected.isEmpty())
        return;
    const QString name = selected.first();
    HostEditorDialog dialog(m_model->inventory(), name, m_model->sites(), this);
    dialog.setHost(*m_model->host(name));
    if (dialog.exec() == QDialog::Accepted)
        updateHost(name, dialog.host());
}

void InventoryDock::deleteSelected() {
    deleteHosts(selectedHosts());
}

void InventoryDock::importFromDialog(ImportKind kind) {
    const QString start = kind == ImportKind::SshConfig
                              ? QDir::home().filePath(QStringLiteral(".ssh/config"))
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this,
        kind == ImportKind::SshConfig ? tr("Import hosts from an ssh config")
                                      : tr("Import hosts from an Ansible inventory"),
        start,
        kind == ImportKind::SshConfig ? tr("ssh config (config *.conf);;All files (*)")
                                      : tr("Ansible inventories (*.ini *.yml *.yaml hosts "
                                           "inventory);;All files (*)"));
    if (!path.isEmpty())
        importFile(kind, path);
}

void InventoryDock::importFile(ImportKind kind, const QString &path) {
    m_progress->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const ImportOutcome outcome = watcher->result();
        QStringList notes;
        for (const InventoryIssue &n : outcome.notices)
            notes << n.toString();
        if (!outcome.inventory) {
            m_progress->setText(tr("Import failed"));
            showImportResult(false, 0, 0, InventoryIssue::join(outcome.errors));
            return;
        }
        int added = 0;
        int updated = 0;
        m_undo->beginMacro(tr("Import hosts from %1").arg(QFileInfo(path).fileName()));
        for (const Host &h : outcome.inventory->hosts) {
            if (m_model->isListed(h.name)) {
                // The import brings how to connect; what only the user set up here (site,
                // location, notes, roles, tool paths) stays unless the import says otherwise.
                const Host before = *m_model->host(h.name);
                Host merged = h;
                if (merged.site.isEmpty())
                    merged.site = before.site;
                if (merged.region.isEmpty())
                    merged.region = before.region;
                if (!merged.location)
                    merged.location = before.location;
                if (merged.notes.isEmpty())
                    merged.notes = before.notes;
                if (merged.iperf3Path.isEmpty())
                    merged.iperf3Path = before.iperf3Path;
                if (merged.netperfPath.isEmpty())
                    merged.netperfPath = before.netperfPath;
                if (merged.client && merged.server) {
                    merged.client = before.client;
                    merged.server = before.server;
                }
                for (const QString &tag : before.tags) {
                    if (!merged.tags.contains(tag))
                        merged.tags << tag;
                }
                if (before != merged) {
                    m_undo->push(new HostEditCommand(m_model, before, merged));
                    ++updated;
                }
            } else {
                m_undo->push(new HostEditCommand(m_model, std::nullopt, h));
                ++added;
            }
        }
        m_undo->endMacro();
        // An import that changed nothing leaves no step to undo.
        if (added == 0 && updated == 0)
            m_undo->undo();
        m_progress->setText(tr("Imported %1: %2 new, %3 updated")
                                .arg(QFileInfo(path).fileName())
                                .arg(added)
                                .arg(updated));
        showImportResult(true, added, updated, notes.join(QLatin1Char('\n')));
    });
    watcher->setFuture(QtConcurrent::run(runImport, kind, path));
}

void InventoryDock::showImportResult(bool ok, int added, int updated, const QString &message) {
    Q_EMIT importFinished(ok, added, updated, message);
    if (!m_interactive)
        return;
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning,
                    ok ? tr("Hosts imported") : tr("Import failed"),
                    ok ? tr("%1 new host(s), %2 updated.").arg(added).arg(updated)
                       : tr("The file could not be imported."),
                    QMessageBox::Ok, this);
    if (!message.isEmpty()) {
        box.setInformativeText(ok ? tr("Some entries were skipped or simplified; see the "
                                       "details.")
                                  : message.section(QLatin1Char('\n'), 0, 0));
        box.setDetailedText(message);
    }
    box.exec();
}

void InventoryDock::exportFromDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export hosts"), QDir::home().filePath("hosts.yaml"),
                                     tr("Perfdeck inventory (*.yaml *.yml)"));
    if (!path.isEmpty())
        exportTo(path);
}

void InventoryDock::exportTo(const QString &path) {
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_progress->setText(error.isEmpty() ? tr("Exported to %1").arg(path) : error);
        Q_EMIT exportFinished(error.isEmpty(), error);
        if (!error.isEmpty() && m_interactive)
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    const Inventory inventory = m_model->inventory();
    watcher->setFuture(QtConcurrent::run([inventory, path] {
        QString error;
        InventoryWriter::save(inventory, path, &error,
                              {QStringLiteral("Perfdeck host inventory, exported %1")
                                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))});
        return error;
    }));
}

void InventoryDock::checkHosts(const QStringList &names) {
    if (m_checker->isRunning())
        return;
    m_checkTotal = int(names.isEmpty() ? m_model->inventory().names().size() : names.size());
    m_checkDone = 0;
    m_checkAction->setText(tr("Stop check"));
    m_progress->setText(tr("Checking… 0 of %1").arg(m_checkTotal));
    m_checker->start(m_model->inventory(), names);
}

void InventoryDock::setCheckOptions(const HostChecker::Options &options) {
    m_checker->setOptions(options);
}

QStringList InventoryDock::hostsMissingTools() const {
    QStringList names;
    for (const QString &name : m_model->inventory().names()) {
        const std::optional<HostStatus> s = m_model->latest(name);
        if (name != Host::localName() && s && s->sshOk == true &&
            (!s->iperf3Found() || !s->netserverFound()))
            names << name;
    }
    return names;
}

bool InventoryDock::isDeploying() const {
    return m_deployer->isRunning();
}

void InventoryDock::planDeploy(const QStringList &names) {
    if (m_deployer->isRunning() || names.isEmpty())
        return;
    HostDeployer::Options options;
    options.knownHostsFile = m_checker->options().knownHostsFile;
    options.useKeychain = m_checker->options().useKeychain;
    options.agentSocket = m_checker->options().agentSocket;
    m_deployer->setOptions(options);
    m_deployMode = HostDeployer::Mode::Plan;
    m_deployHosts = names;
    m_plans.clear();
    m_deployAction->setText(tr("Stop deploy"));
    m_progress->setText(tr("Asking %n host(s) what they lack…", nullptr, int(names.size())));
    m_deployer->start(m_model->inventory(), names, HostDeployer::Mode::Plan);
}

void InventoryDock::runDeploy(const QStringList &names) {
    if (m_deployer->isRunning() || names.isEmpty())
        return;
    m_deployMode = HostDeployer::Mode::Run;
    m_deployHosts = names;
    m_plans.clear();
    m_deployResults.clear();
    m_deployAction->setText(tr("Stop deploy"));
    m_progress->setText(tr("Deploying to %n host(s)…", nullptr, int(names.size())));
    m_deployer->start(m_model->inventory(), names, HostDeployer::Mode::Run);
}

void InventoryDock::cancelDeploy() {
    m_deployer->cancel();
}

void InventoryDock::toggleDeploy() {
    if (m_deployer->isRunning()) {
        m_deployer->cancel();
        return;
    }
    QStringList names = selectedHosts();
    names.removeAll(Host::localName());
    if (names.isEmpty())
        names = hostsMissingTools();
    if (names.isEmpty()) {
        m_progress->setText(tr("Nothing to deploy: select hosts, or check them first"));
        return;
    }
    planDeploy(names);
}

void InventoryDock::confirmDeploy(const QList<HostDeployer::Plan> &plans) {
    QStringList text;
    QStringList runnable;
    for (const HostDeployer::Plan &plan : plans) {
        if (!plan.error.isEmpty()) {
            text << tr("%1: cannot deploy: %2").arg(plan.host, plan.error);
        } else if (plan.commands.isEmpty()) {
            text << tr("%1: nothing to install (%2)")
                        .arg(plan.host, plan.present.join(QLatin1String(", ")));
        } else {
            runnable << plan.host;
            text << tr("%1 (%2%3):")
                        .arg(plan.host, plan.packageManager,
                             plan.root ? QString() : QStringLiteral(", sudo -n"));
            for (const QString &line : plan.commandLines())
                text << QStringLiteral("    ") + line;
        }
    }
    if (runnable.isEmpty()) {
        QMessageBox::information(this, tr("Deploy"), text.join(QLatin1Char('\n')));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Deploy"),
                    tr("Run these commands on %n host(s)?", nullptr, int(runnable.size())),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deployConfirmation"));
    box.setInformativeText(text.join(QLatin1Char('\n')));
    box.button(QMessageBox::Ok)->setText(tr("Run"));
    if (box.exec() == QMessageBox::Ok)
        runDeploy(runnable);
}

void InventoryDock::toggleCheck() {
    if (m_checker->isRunning())
        m_checker->cancel();
    else
        checkHosts(selectedHosts());
}

void InventoryDock::setCheckInterval(int minutes) {
    const int index = m_schedule->findData(minutes);
    m_schedule->setCurrentIndex(index >= 0 ? index : 0);
    if (minutes > 0 && index >= 0)
        m_scheduleTimer->start(minutes * 60 * 1000);
    else
        m_scheduleTimer->stop();
}

int InventoryDock::checkInterval() const {
    return m_scheduleTimer->isActive() ? m_schedule->currentData().toInt() : 0;
}

void InventoryDock::updateActions() {
    const QStringList selected = selectedHosts();
    m_editAction->setEnabled(selected.size() == 1);
    bool deletable = false;
    for (const QString &name : selected)
        deletable = deletable || m_model->isListed(name);
    m_deleteAction->setEnabled(deletable);
    m_historyAction->setEnabled(selected.size() == 1);
}

void InventoryDock::updateDetails() {
    const QStringList selected = selectedHosts();
    m_checkHistory->setHost(selected.size() == 1 ? selected.first() : QString());
    if (selected.size() != 1) {
        m_details->setText(tr("%n host(s) in %1 site(s). Select a host for its details.", nullptr,
                              int(m_model->inventory().names().size()))
                               .arg(m_model->rowCount()));
        return;
    }
    const std::optional<Host> host = m_model->host(selected.first());
    if (!host)
        return;
    QStringList lines;
    QString where = host->target();
    const QStringList chain = m_model->inventory().jumpChain(host->name);
    if (!chain.isEmpty())
        where += tr(" through %1").arg(chain.join(QLatin1String(" ← ")));
    lines
        << QStringLiteral("<b>%1</b> — %2").arg(host->name.toHtmlEscaped(), where.toHtmlEscaped());
    QStringList place;
    if (!host->site.isEmpty())
        place << host->site;
    if (!host->region.isEmpty())
        place << host->region;
    if (host->location)
        place << tr("%1°, %2°")
                     .arg(host->location->lat, 0, 'f', 4)
                     .arg(host->location->lon, 0, 'f', 4);
    if (!place.isEmpty())
        lines << tr("Location: %1").arg(place.join(QLatin1String(", ")).toHtmlEscaped());
    if (!host->tags.isEmpty())
        lines << tr("Tags: %1").arg(host->tags.join(QLatin1String(", ")).toHtmlEscaped());
    if (!host->notes.isEmpty())
        lines << host->notes.toHtmlEscaped();
    if (const std::optional<HostStatus> s = m_model->latest(host->name)) {
        QStringList facts{s->summary};
        if (s->load1)
            facts << tr("load %1").arg(*s->load1, 0, 'f', 2);
        if (s->diskFreeBytes)
            facts << tr("%1 free").arg(formatGiB(*s->diskFreeBytes));
        lines << tr("Last check %1: %2")
                     .arg(QLocale().toString(s->checkedAt.toLocalTime(), QLocale::ShortFormat),
                          facts.join(QLatin1String(", ")).toHtmlEscaped());
        for (const QString &note : s->notes)
            lines << QStringLiteral("<small>%1</small>").arg(note.toHtmlEscaped());
    }
    m_details->setText(lines.join(QLatin1String("<br>")));
}

} // namespace Perfdeck

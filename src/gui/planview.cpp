#include "gui/planview.h"

#include "exec/jobrunner.h"
#include "gui/heatlegend.h"
#include "gui/hostlistmodel.h"
#include "gui/plancelldialog.h"
#include "gui/planmodel.h"
#include "inventory/host.h"
#include "plan/matrixresults.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

const QString MaxParallelKey = QStringLiteral("maxParallel");
const QString MaxPerHostKey = QStringLiteral("maxPerHost");
const QString DisplayKey = QStringLiteral("display");
const QString TestKey = QStringLiteral("test");
const QString FilterKey = QStringLiteral("filter");

// Every word of the filter must match (AND). "tag:NAME", "site:NAME" and "region:NAME" match
// that field exactly; any other word is looked for in the name, address, site, region and tags.
bool hostMatches(const QModelIndex &host, const QString &filter) {
    const QString site = host.data(HostListModel::SiteRole).toString();
    const QString region = host.data(HostListModel::RegionRole).toString();
    const QStringList tags = host.data(HostListModel::TagsRole).toStringList();
    const QString haystack = QStringList{host.data(HostListModel::HostNameRole).toString(),
                                         host.data(Qt::DisplayRole).toString(), site, region,
                                         tags.join(QLatin1Char(' '))}
                                 .join(QLatin1Char(' '));
    const QStringList words = filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        const QString field = colon > 0 ? word.left(colon).toLower() : QString();
        const QString value = word.mid(colon + 1);
        bool ok = false;
        if (field == QLatin1String("tag"))
            ok = tags.contains(value, Qt::CaseInsensitive);
        else if (field == QLatin1String("site"))
            ok = site.compare(value, Qt::CaseInsensitive) == 0;
        else if (field == QLatin1String("region"))
            ok = region.compare(value, Qt::CaseInsensitive) == 0;
        else
            ok = haystack.contains(word, Qt::CaseInsensitive);
        if (!ok)
            return false;
    }
    return true;
}

const char *displayName(PlanModel::Display display) {
    switch (display) {
    case PlanModel::Display::Plan:
        return "plan";
    case PlanModel::Display::Values:
        return "values";
    case PlanModel::Display::Asymmetry:
        return "asymmetry";
    }
    return "plan";
}

QString durationText(double seconds) {
    const int s = int(std::lround(seconds));
    return s >= 120 ? PlanView::tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                    : PlanView::tr("%1 s").arg(s);
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanModel(this))
    , m_undo(new QUndoStack(this))
    , m_profileListWatcher(new QFutureWatcher<QList<ProfileLibrary::Entry>>(this))
    , m_profileWatcher(new QFutureWatcher<std::pair<std::optional<Profile>, QString>>(this)) {
    m_model->setUndoStack(m_undo);
    buildUi();
    connect(m_model, &PlanModel::matrixChanged, this, &PlanView::syncFromMatrix);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { emitChanged(); });
    connect(m_profileListWatcher, &QFutureWatcherBase::finished, this, &PlanView::onProfilesListed);
    connect(m_profileWatcher, &QFutureWatcherBase::finished, this, &PlanView::onProfileLoaded);
    syncFromMatrix();
}

PlanView::~PlanView() {
    // The undo stack's commands point at the model; both go with this widget.
    m_undo->disconnect(this);
    m_profileListWatcher->waitForFinished();
    m_profileWatcher->waitForFinished();
}

void PlanView::buildUi() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    // Hosts: two check lists from the inventory, filtered by name or site.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("planHostFilter"));
    m_filter->setPlaceholderText(
        tr("Filter hosts: name, address, site, region or tag; tag:NAME, site:NAME"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    auto *lists = new QHBoxLayout;
    auto makeList = [this, lists](const QString &title, const QString &name) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(title, this);
        box->addWidget(label);
        auto *list = new QListWidget(this);
        list->setObjectName(name);
        list->setMaximumHeight(fontMetrics().height() * 7);
        list->setUniformItemSizes(true);
        label->setBuddy(list);
        box->addWidget(list);
        lists->addLayout(box);
        return list;
    };
    m_clients = makeList(tr("&Clients"), QStringLiteral("planClients"));
    m_servers = makeList(tr("Ser&vers"), QStringLiteral("planServers"));
    layout->addLayout(lists);

    // Tests, undo/redo and the self-pair switch.
    auto *bar = new QHBoxLayout;
    m_testsButton = new QToolButton(this);
    m_testsButton->setObjectName(QStringLiteral("planTestsButton"));
    m_testsButton->setText(tr("&Tests"));
    m_testsButton->setPopupMode(QToolButton::InstantPopup);
    m_testsMenu = new QMenu(m_testsButton);
    m_testsButton->setMenu(m_testsMenu);
    bar->addWidget(m_testsButton);
    m_testsLabel = new QLabel(this);
    m_testsLabel->setObjectName(QStringLiteral("planTestsLabel"));
    QAction *undo = m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    // QUndoStack puts the command into the action's text; the tool buttons stay short.
    for (QAction *action : {undo, redo}) {
        auto *button = new QToolButton(this);
        const QString shortText = action == undo ? tr("Undo") : tr("Redo");
        button->setText(shortText);
        button->setIcon(QIcon::fromTheme(action == undo ? QStringLiteral("edit-undo")
                                                        : QStringLiteral("edit-redo")));
        button->setEnabled(action->isEnabled());
        button->setObjectName(action == undo ? QStringLiteral("planUndo")
                                             : QStringLiteral("planRedo"));
        connect(action, &QAction::changed, button, [this, action, button] {
            button->setEnabled(action->isEnabled() && !m_following);
            button->setToolTip(action->text());
        });
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        bar->addWidget(button);
        m_undoButtons << button;
    }
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(m_testsMenu, &QMenu::aboutToShow, this, [this] {
        if (m_testsMenu->isEmpty() && !m_profileListWatcher->isRunning())
            m_profileListWatcher->setFuture(
                QtConcurrent::run([] { return ProfileLibrary::list(); }));
        if (m_testsMenu->isEmpty())
            connect(m_testsMenu->addAction(tr("From the run form")), &QAction::triggered, this,
                    &PlanView::useRunFormTest);
    });

    // The dock is narrow: short texts, the rest in tooltips.
    auto *testsRow = new QHBoxLayout;
    testsRow->addWidget(m_testsLabel, 1);
    m_selfPairs = new QCheckBox(tr("Self pairs"), this);
    m_selfPairs->setObjectName(QStringLiteral("planSelfPairs"));
    m_selfPairs->setToolTip(tr("Also run the cells whose client and server are the same host"));
    testsRow->addWidget(m_selfPairs);
    layout->addLayout(testsRow);
    connect(m_selfPairs, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncingLists || on == m_model->matrix().includeSelfPairs)
            return;
        TestMatrix after = m_model->matrix();
        after.includeSelfPairs = on;
        m_model->edit(after, on ? tr("Include self pairs") : tr("Skip self pairs"));
    });

    // The grid, one tab per test.
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("planTests"));
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || m_syncingLists)
            return;
        m_model->setCurrentTest(index);
        syncLegend();
        emitChanged();
    });
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("planGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setWordWrap(false);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("00.00 Gbit/s")) + 30);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 6);
    m_grid->horizontalHeader()->setSectionsClickable(true);
    m_grid->verticalHeader()->setSectionsClickable(true);
    layout->addWidget(m_grid, 1);
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionClicked, m_model,
            &PlanModel::toggleColumn);
    connect(m_grid->verticalHeader(), &QHeaderView::sectionClicked, m_model, &PlanModel::toggleRow);
    connect(m_grid, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        QModelIndexList cells = m_grid->selectionModel()->selectedIndexes();
        if (!cells.contains(index))
            cells = {index};
        editOverrides(cells);
    });
    connect(m_grid, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QStringList runs = index.data(PlanModel::RunIdsRole).toStringList();
        if (!runs.isEmpty())
            Q_EMIT runsSelected(runs);
    });
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_grid->indexAt(at);
        if (!index.isValid())
            return;
        QModelIndexList cells = m_grid->selectionModel()->selectedIndexes();
        if (!cells.contains(index))
            cells = {index};
        QMenu menu(this);
        QSet<QString> ids;
        for (const QModelIndex &cell : std::as_const(cells))
            ids.insert(m_model->matrix().cellId(cell.data(PlanModel::ClientRole).toString(),
                                                cell.data(PlanModel::ServerRole).toString(),
                                                m_model->currentTest()));
        if (m_following) {
            const QList<int> runs = unfinishedRunsOf(ids);
            QAction *stop = menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")),
                                           tr("Stop %n Cell(s)", nullptr, int(ids.size())));
            stop->setEnabled(!runs.isEmpty());
            connect(stop, &QAction::triggered, this, [this, ids] { stopCells(ids); });
            menu.addSeparator();
        } else if (!m_busy) {
            QAction *run = menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                          tr("Run %n Cell(s)", nullptr, int(ids.size())));
            connect(run, &QAction::triggered, this, [this, ids] { runCells(ids); });
            menu.addSeparator();
        }
        connect(menu.addAction(tr("Edit Overrides…")), &QAction::triggered, this,
                [this, cells] { editOverrides(cells); });
        connect(menu.addAction(tr("Clear Overrides")), &QAction::triggered, this, [this, cells] {
            TestMatrix after = m_model->matrix();
            for (const QModelIndex &cell : cells)
                after.setOverrides(cell.data(PlanModel::ClientRole).toString(),
                                   cell.data(PlanModel::ServerRole).toString(),
                                   m_model->currentTest(), CellOverrides());
            m_model->edit(after, tr("Clear overrides"));
        });
        for (const bool on : {true, false}) {
            connect(menu.addAction(on ? tr("Turn On") : tr("Turn Off")), &QAction::triggered, this,
                    [this, cells, on] {
                        TestMatrix after = m_model->matrix();
                        for (const QModelIndex &cell : cells)
                            after.setEnabled(cell.data(PlanModel::ClientRole).toString(),
                                             cell.data(PlanModel::ServerRole).toString(),
                                             m_model->currentTest(), on);
                        m_model->edit(after, on ? tr("Turn on cells") : tr("Turn off cells"));
                    });
        }
        const QStringList runs = index.data(PlanModel::RunIdsRole).toStringList();
        if (!runs.isEmpty())
            connect(menu.addAction(tr("Select Its Runs")), &QAction::triggered, this,
                    [this, runs] { Q_EMIT runsSelected(runs); });
        menu.exec(m_grid->viewport()->mapToGlobal(at));
    });

    // What the cells show, and the colour legend of the heat map.
    auto *show = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), this);
    show->addWidget(showLabel);
    m_display = new QComboBox(this);
    m_display->setObjectName(QStringLiteral("planDisplay"));
    m_display->addItem(tr("Plan and status"), int(PlanModel::Display::Plan));
    m_display->addItem(tr("Heat map: values"), int(PlanModel::Display::Values));
    m_display->addItem(tr("Heat map: forward/reverse"), int(PlanModel::Display::Asymmetry));
    showLabel->setBuddy(m_display);
    show->addWidget(m_display);
    m_legend = new HeatLegend(this);
    m_legend->setObjectName(QStringLiteral("planLegend"));
    show->addStretch(1);
    layout->addLayout(show);
    layout->addWidget(m_legend);
    connect(m_display, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDisplay(PlanModel::Display(m_display->currentData().toInt()));
        syncLegend();
        emitChanged();
    });

    // Limits, Run and Stop, progress.
    auto *limits = new QHBoxLayout;
    auto *parallelLabel = new QLabel(tr("At &once:"), this);
    limits->addWidget(parallelLabel);
    m_maxParallel = new QSpinBox(this);
    m_maxParallel->setObjectName(QStringLiteral("planMaxParallel"));
    m_maxParallel->setRange(1, JobRunner::MaxConcurrentLimit);
    m_maxParallel->setValue(2);
    m_maxParallel->setToolTip(tr("Tests running at the same time, over all hosts"));
    parallelLabel->setBuddy(m_maxParallel);
    limits->addWidget(m_maxParallel);
    auto *perHostLabel = new QLabel(tr("Per &host:"), this);
    limits->addWidget(perHostLabel);
    m_maxPerHost = new QSpinBox(this);
    m_maxPerHost->setObjectName(QStringLiteral("planMaxPerHost"));
    m_maxPerHost->setRange(0, JobRunner::MaxConcurrentLimit);
    m_maxPerHost->setSpecialValueText(tr("no limit"));
    m_maxPerHost->setValue(1);
    m_maxPerHost->setToolTip(
        tr("Tests one host takes part in at the same time, as client or server"));
    perHostLabel->setBuddy(m_maxPerHost);
    limits->addWidget(m_maxPerHost);
    limits->addStretch(1);
    layout->addLayout(limits);
    auto *runRow = new QHBoxLayout;
    m_runButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                  tr("&Run Plan"), this);
    m_runButton->setObjectName(QStringLiteral("planRun"));
    runRow->addWidget(m_runButton);
    m_stopButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Sto&p"), this);
    m_stopButton->setObjectName(QStringLiteral("planStop"));
    runRow->addWidget(m_stopButton);
    for (QSpinBox *box : {m_maxParallel, m_maxPerHost})
        connect(box, &QSpinBox::valueChanged, this, [this] { emitChanged(); });
    connect(m_runButton, &QPushButton::clicked, this, [this] { runCells({}); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_stopButton->setEnabled(false);
        m_progressLabel->setText(tr("Stopping…"));
        Q_EMIT stopRequested();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->hide();
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("planProgressLabel"));
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);

    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        reloadHosts();
        emitChanged();
    });
    connect(m_clients, &QListWidget::itemChanged, this, [this] { onHostItemChanged(true); });
    connect(m_servers, &QListWidget::itemChanged, this, [this] { onHostItemChanged(false); });
}

void PlanView::setHostModel(QAbstractItemModel *hosts) {
    if (m_hosts)
        m_hosts->disconnect(this);
    m_hosts = hosts;
    if (hosts) {
        connect(hosts, &QAbstractItemModel::modelReset, this, &PlanView::reloadHosts);
        connect(hosts, &QAbstractItemModel::layoutChanged, this, &PlanView::reloadHosts);
        connect(hosts, &QAbstractItemModel::rowsInserted, this, &PlanView::reloadHosts);
        connect(hosts, &QAbstractItemModel::rowsRemoved, this, &PlanView::reloadHosts);
        connect(hosts, &QAbstractItemModel::dataChanged, this, &PlanView::reloadHosts);
    }
    reloadHosts();
}

const TestMatrix &PlanView::matrix() const {
    return m_model->matrix();
}

// The lists hold the inventory's hosts that may take each role (and the plan's own hosts that
// the inventory lacks, so they can be taken out), checked where the plan has them.
void PlanView::reloadHosts() {
    struct Entry {
        QString name;
        QString tooltip;
        bool checked = false;
        bool hidden = false;
        bool foreign = false; // not in the inventory
    };
    const TestMatrix &m = m_model->matrix();
    const QString filter = m_filter->text().trimmed();
    m_syncingLists = true;
    for (const bool clients : {true, false}) {
        QListWidget *list = clients ? m_clients : m_servers;
        const QStringList &picked = clients ? m.clients : m.servers;
        QList<Entry> entries;
        QStringList names;
        if (m_hosts) {
            for (int row = 0; row < m_hosts->rowCount(); ++row) {
                const QModelIndex index = m_hosts->index(row, 0);
                const QString name = index.data(HostListModel::HostNameRole).toString();
                const bool may =
                    index.data(clients ? HostListModel::IsClientRole : HostListModel::IsServerRole)
                        .toBool();
                if (!may && !picked.contains(name))
                    continue;
                Entry e;
                e.name = name;
                e.checked = picked.contains(name);
                e.tooltip = index.data(Qt::DisplayRole).toString();
                e.hidden = !filter.isEmpty() && !e.checked && !hostMatches(index, filter);
                entries << e;
                names << name;
            }
        }
        for (const QString &name : picked) {
            if (names.contains(name))
                continue;
            Entry e;
            e.name = name;
            e.checked = true;
            e.foreign = true;
            e.tooltip = tr("%1 is not in the inventory: add it in the Hosts dock, or take it out "
                           "of the plan")
                            .arg(name);
            entries << e;
            names << name;
        }
        // The same hosts: update in place (this may run from inside an item's own change
        // signal, where deleting the item would pull it from under Qt).
        bool same = list->count() == entries.size();
        for (int i = 0; same && i < list->count(); ++i)
            same = list->item(i)->data(Qt::UserRole).toString() == entries.at(i).name;
        if (!same) {
            list->clear();
            for (const Entry &e : std::as_const(entries)) {
                auto *item = new QListWidgetItem(e.name, list);
                item->setData(Qt::UserRole, e.name);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const Entry &e = entries.at(i);
            item->setCheckState(e.checked ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(e.tooltip);
            item->setHidden(e.hidden);
            if (e.foreign)
                item->setForeground(QColor(0xb0, 0x20, 0x20));
        }
    }
    m_syncingLists = false;
}

void PlanView::onHostItemChanged(bool clients) {
    if (m_syncingLists)
        return;
    QListWidget *list = clients ? m_clients : m_servers;
    const QStringList &before = clients ? m_model->matrix().clients : m_model->matrix().servers;
    // Hosts keep their place in the plan; a newly picked one goes where the list has it.
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->data(Qt::UserRole).toString();
    }
    QStringList ordered;
    for (const QString &name : before) {
        if (names.contains(name))
            ordered << name;
    }
    for (const QString &name : std::as_const(names)) {
        if (!ordered.contains(name))
            ordered << name;
    }
    if (clients)
        setClients(ordered);
    else
        setServers(ordered);
}

void PlanView::setClients(const QStringList &names) {
    TestMatrix after = m_model->matrix();
    after.clients = names;
    m_model->edit(after, tr("Clients: %1").arg(names.join(QStringLiteral(", "))));
}

void PlanView::setServers(const QStringList &names) {
    TestMatrix after = m_model->matrix();
    after.servers = names;
    m_model->edit(after, tr("Servers: %1").arg(names.join(QStringLiteral(", "))));
}

void PlanView::useRunFormTest() {
    QString error;
    const std::optional<TestSpec> spec =
        m_specProvider ? m_specProvider(&error) : std::optional<TestSpec>();
    if (!spec) {
        Q_EMIT problem(error.isEmpty() ? tr("The run form has no test.")
                                       : tr("The run form's test cannot be used: %1").arg(error));
        return;
    }
    TestMatrix after = m_model->matrix();
    after.tests = {*spec};
    after.profile.clear();
    m_model->edit(after, tr("Tests from the run form"));
}

void PlanView::useProfile(const QString &nameOrFile) {
    if (m_profileWatcher->isRunning())
        return;
    m_progressLabel->setText(tr("Reading profile %1…").arg(nameOrFile));
    m_profileWatcher->setFuture(QtConcurrent::run([nameOrFile] {
        std::pair<std::optional<Profile>, QString> out;
        const QString path = ProfileLibrary::resolve(nameOrFile);
        if (path.isEmpty()) {
            out.second =
                PlanView::tr("no profile named \"%1\" in %2")
                    .arg(nameOrFile, ProfileLibrary::searchPaths().join(QLatin1String(", ")));
            return out;
        }
        ProfileLoader loader;
        out.first = loader.load(path);
        if (!out.first)
            out.second = loader.errorString();
        return out;
    }));
}

void PlanView::onProfileLoaded() {
    const auto [profile, error] = m_profileWatcher->result();
    m_progressLabel->clear();
    if (!profile || profile->tests.isEmpty()) {
        Q_EMIT problem(profile ? tr("The profile %1 has no tests.").arg(profile->name)
                               : tr("The profile could not be read:\n%1").arg(error));
        return;
    }
    TestMatrix after = m_model->matrix();
    after.tests = profile->tests;
    after.profile = profile->name;
    m_model->edit(after, tr("Tests of profile %1").arg(profile->name));
}

void PlanView::onProfilesListed() {
    m_testsMenu->clear();
    connect(m_testsMenu->addAction(tr("From the run form")), &QAction::triggered, this,
            &PlanView::useRunFormTest);
    m_testsMenu->addSection(tr("Profiles"));
    for (const ProfileLibrary::Entry &entry : m_profileListWatcher->result()) {
        if (!entry.error.isEmpty())
            continue;
        QAction *action =
            m_testsMenu->addAction(tr("%1 (%n test(s))", nullptr, entry.testCount).arg(entry.name));
        connect(action, &QAction::triggered, this, [this, path = entry.path] { useProfile(path); });
        action->setToolTip(entry.description);
        action->setData(entry.name);
    }
}

void PlanView::syncFromMatrix() {
    reloadHosts();
    m_syncingLists = true;
    m_selfPairs->setChecked(m_model->matrix().includeSelfPairs);
    m_syncingLists = false;
    syncTabs();
    const TestMatrix &m = m_model->matrix();
    m_testsLabel->setText(
        m.tests.isEmpty()
            ? tr("no test yet")
            : (m.profile.isEmpty()
                   ? tr("%n test(s)", nullptr, int(m.tests.size()))
                   : tr("profile %1, %n test(s)", nullptr, int(m.tests.size())).arg(m.profile)));
    updateResults();
    syncButtons();
}

void PlanView::syncTabs() {
    const TestMatrix &m = m_model->matrix();
    m_syncingLists = true;
    while (m_tabs->count() > m.tests.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (int t = 0; t < m.tests.size(); ++t) {
        QString name = m.testName(t);
        if (name.isEmpty())
            name = tr("%1 %2").arg(toString(m.tests.at(t).engine),
                                   toString(m.tests.at(t).protocol).toUpper());
        if (t < m_tabs->count())
            m_tabs->setTabText(t, name);
        else
            m_tabs->addTab(name);
    }
    if (m_model->currentTest() < m_tabs->count())
        m_tabs->setCurrentIndex(m_model->currentTest());
    m_syncingLists = false;
}

void PlanView::syncLegend() {
    const PlanModel::Display display = m_model->display();
    if (display == PlanModel::Display::Asymmetry) {
        m_legend->setAsymmetryScale();
        return;
    }
    const auto range = m_model->valueRange();
    if (display == PlanModel::Display::Values && range)
        m_legend->setValueScale(m_model->valueText(range->first),
                                m_model->valueText(range->second));
    else
        m_legend->clearScale();
}

void PlanView::syncButtons() {
    m_runButton->setEnabled(!m_busy && !m_following && !m_model->matrix().tests.isEmpty() &&
                            !m_model->matrix().clients.isEmpty() &&
                            !m_model->matrix().servers.isEmpty());
    m_stopButton->setEnabled(m_following);
    for (QWidget *w : {static_cast<QWidget *>(m_clients), static_cast<QWidget *>(m_servers),
                       static_cast<QWidget *>(m_testsButton), static_cast<QWidget *>(m_selfPairs)})
        w->setEnabled(!m_following);
    // The plan being run is not edited under it: no undo or redo until it ends.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (m_following)
            removeAction(action);
        else if (!actions().contains(action))
            addAction(action);
    }
    for (int i = 0; i < m_undoButtons.size(); ++i)
        m_undoButtons[i]->setEnabled(!m_following &&
                                     (i == 0 ? m_undoAction : m_redoAction)->isEnabled());
}

void PlanView::setBusy(bool busy) {
    m_busy = busy;
    syncButtons();
}

void PlanView::setRuns(const QList<RunResult> &runs) {
    m_runs = runs;
    updateResults();
}

void PlanView::updateResults() {
    m_model->setResults(MatrixResults::build(m_model->matrix(), m_runs));
    syncLegend();
}

int PlanView::maxParallel() const {
    return m_maxParallel->value();
}

int PlanView::maxPerHost() const {
    return m_maxPerHost->value();
}

QList<TestSpec> PlanView::runnableSpecs(QString *error, const QSet<QString> &only) const {
    const TestMatrix &m = m_model->matrix();
    if (const QString why = m.validate(); !why.isEmpty()) {
        *error = tr("The plan cannot run: %1.").arg(why);
        return {};
    }
    QList<TestSpec> specs;
    QString skipped;
    for (const TestMatrix::Cell &cell : m.cells()) {
        if (!only.isEmpty() && !only.contains(cell.id))
            continue;
        if (cell.skipReason.isEmpty())
            specs << cell.spec;
        else
            skipped = tr("%1 does not run: %2.").arg(cell.id, cell.skipReason);
    }
    if (specs.isEmpty())
        *error = only.isEmpty() || skipped.isEmpty()
                     ? tr("Every cell of the plan is turned off or pairs a host with itself.")
                     : skipped;
    return specs;
}

void PlanView::runCells(const QSet<QString> &ids) {
    QString error;
    const QList<TestSpec> specs = runnableSpecs(&error, ids);
    if (specs.isEmpty()) {
        m_progressLabel->setText(error);
        Q_EMIT problem(error);
        return;
    }
    Q_EMIT runRequested(specs);
}

QList<int> PlanView::unfinishedRunsOf(const QSet<QString> &ids) const {
    QList<int> runs;
    if (!m_runner)
        return runs;
    const PlanScheduler &scheduler = m_runner->scheduler();
    for (int index = 0; index < m_runJob.size(); ++index) {
        const int job = m_runJob.at(index);
        if (job < 0 || job >= scheduler.jobCount() || !ids.contains(scheduler.job(job).cell))
            continue;
        const CellStatus status = scheduler.status(job);
        if (status != CellStatus::Done && status != CellStatus::Failed &&
            status != CellStatus::Skipped)
            runs << index;
    }
    return runs;
}

void PlanView::stopCells(const QSet<QString> &ids) {
    // Queued runs of these cells are skipped, running ones stop and keep what they measured;
    // the rest of the plan goes on.
    const QList<int> runs = unfinishedRunsOf(ids);
    for (const int index : runs)
        m_runner->cancelRun(index);
    if (!runs.isEmpty())
        m_progressLabel->setText(tr("Stopping %n run(s)…", nullptr, int(runs.size())));
}

void PlanView::editOverrides(const QModelIndexList &cells) {
    if (cells.isEmpty() || m_model->matrix().tests.isEmpty() || m_following)
        return;
    const QModelIndex first = cells.first();
    const QString client = first.data(PlanModel::ClientRole).toString();
    const QString server = first.data(PlanModel::ServerRole).toString();
    const int test = m_model->currentTest();
    const QString what = cells.size() == 1 ? first.data(PlanModel::CellIdRole).toString()
                                           : tr("%n cell(s)", nullptr, int(cells.size()));
    PlanCellDialog dialog(what, m_model->matrix().tests.at(test),
                          m_model->matrix().overrides(client, server, test), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TestMatrix after = m_model->matrix();
    for (const QModelIndex &cell : cells)
        after.setOverrides(cell.data(PlanModel::ClientRole).toString(),
                           cell.data(PlanModel::ServerRole).toString(), test, dialog.overrides());
    m_model->edit(after, tr("Overrides of %1").arg(what));
}

void PlanView::setSession(const TestMatrix &matrix, const QJsonObject &state) {
    m_restoring = true;
    m_undo->clear();
    m_model->clearLive();
    m_model->setMatrix(matrix);
    if (state.contains(MaxParallelKey))
        m_maxParallel->setValue(state.value(MaxParallelKey).toInt(2));
    if (state.contains(MaxPerHostKey))
        m_maxPerHost->setValue(state.value(MaxPerHostKey).toInt(1));
    m_filter->setText(state.value(FilterKey).toString());
    const QString display = state.value(DisplayKey).toString();
    for (int i = 0; i < m_display->count(); ++i) {
        if (QLatin1String(displayName(PlanModel::Display(m_display->itemData(i).toInt()))) ==
            display)
            m_display->setCurrentIndex(i);
    }
    m_model->setCurrentTest(state.value(TestKey).toInt(0));
    syncTabs();
    syncLegend();
    m_restoring = false;
}

QJsonObject PlanView::saveState() const {
    return QJsonObject{{MaxParallelKey, m_maxParallel->value()},
                       {MaxPerHostKey, m_maxPerHost->value()},
                       {DisplayKey, QLatin1String(displayName(m_model->display()))},
                       {TestKey, m_model->currentTest()},
                       {FilterKey, m_filter->text()}};
}

void PlanView::emitChanged() {
    if (!m_restoring)
        Q_EMIT changed();
}

// ---- Following a run ------------------------------------------------------------------------

void PlanView::follow(JobRunner *runner, const QList<TestSpec> &specs) {
    delete m_follow;
    m_follow = new QObject(this);
    m_runner = runner;
    m_following = true;
    m_rates.clear();
    m_transactionRuns.clear();
    m_elapsed.clear();
    QList<JobRunner::RunSlot> slots;
    const QList<TestSpec> runs = JobRunner::expandRuns(specs, &slots);
    m_runJob.clear();
    m_jobSeconds.clear();
    for (int i = 0; i < slots.size(); ++i) {
        m_runJob << slots.at(i).job;
        if (slots.at(i).job == m_jobSeconds.size())
            m_jobSeconds << runs.at(i).durationS;
    }
    m_model->clearLive();
    for (const QString &cell : runner->scheduler().cells())
        m_model->setLive(cell, PlanModel::Live{});
    m_display->setCurrentIndex(m_display->findData(int(PlanModel::Display::Plan)));
    m_clock.start();
    m_progress->setValue(0);
    m_progress->show();
    updateProgress();
    syncButtons();

    connect(runner, &JobRunner::jobStatusChanged, m_follow,
            [this](int job, CellStatus, const QString &) { onJobStatus(job); });
    connect(runner, &JobRunner::intervalSample, m_follow,
            [this](int index, const IntervalSample &sample) {
                const OptDouble rate = sample.bps ? sample.bps : sample.transactionsPerS;
                if (!rate || index >= m_runJob.size())
                    return;
                m_rates.insert(index, *rate);
                if (!sample.bps)
                    m_transactionRuns.insert(index);
                onJobStatus(m_runJob.at(index));
            });
    connect(runner, &JobRunner::runProgress, m_follow, [this](int index, double elapsedS, double) {
        if (index >= m_runJob.size())
            return;
        m_elapsed.insert(m_runJob.at(index), elapsedS);
        onJobStatus(m_runJob.at(index));
    });
    connect(runner, &JobRunner::runFinished, m_follow, [this](int index, const RunResult &) {
        m_rates.remove(index);
        if (index < m_runJob.size())
            m_elapsed.remove(m_runJob.at(index));
        updateProgress();
    });
    connect(runner, &JobRunner::finished, m_follow, [this] { finishFollowing(); });
}

void PlanView::onJobStatus(int job) {
    if (!m_runner || job < 0 || job >= m_runner->scheduler().jobCount())
        return;
    const PlanScheduler &scheduler = m_runner->scheduler();
    const QString cell = scheduler.job(job).cell;
    PlanModel::Live live;
    live.status = scheduler.cellStatus(cell);
    live.reason = scheduler.reason(job);
    live.attempts = scheduler.attempts(job);
    if (live.status == CellStatus::Queued && live.attempts > 0 && live.reason.isEmpty())
        live.attempts = 0;
    double rate = 0;
    bool transactions = false;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        if (scheduler.job(m_runJob.value(it.key())).cell == cell) {
            rate += it.value();
            transactions = transactions || m_transactionRuns.contains(it.key());
        }
    }
    live.rate = rate;
    live.transactions = transactions;
    live.elapsedS = m_elapsed.value(job);
    live.totalS = m_jobSeconds.value(job);
    m_model->setLive(cell, live);
    updateProgress();
}

void PlanView::updateProgress() {
    if (!m_runner)
        return;
    const PlanScheduler &scheduler = m_runner->scheduler();
    const int jobs = scheduler.jobCount();
    int ended = 0;
    int failed = 0;
    double planned = 0;
    double measured = 0;
    for (int j = 0; j < jobs; ++j) {
        const CellStatus status = scheduler.status(j);
        planned += m_jobSeconds.value(j);
        if (status == CellStatus::Done || status == CellStatus::Failed ||
            status == CellStatus::Skipped) {
            ++ended;
            failed += status == CellStatus::Failed;
            measured += m_jobSeconds.value(j);
        } else {
            measured += std::min(m_elapsed.value(j), m_jobSeconds.value(j));
        }
    }
    const double fraction = planned > 0 ? measured / planned : 0;
    m_progress->setValue(int(1000 * fraction));
    QString text = tr("%1 of %n test(s) done", nullptr, jobs).arg(ended);
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    // What is left at the pace so far (tool start-up and waits for hosts included).
    const double wall = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0;
    if (m_following && fraction > 0.02 && fraction < 1 && wall > 1)
        text += tr(" · about %1 left").arg(durationText(wall * (1 - fraction) / fraction));
    m_progressLabel->setText(text);
}

void PlanView::finishFollowing() {
    updateProgress();
    m_following = false;
    m_progress->hide();
    // Called from the runner's signal through this very context object.
    m_follow->deleteLater();
    m_follow = nullptr;
    syncButtons();
    // The results are in the session's runs by now (setRuns): show them as the heat map.
    bool anyValue = false;
    for (const MatrixResults::Cell &cell : m_model->results().cells)
        anyValue = anyValue || cell.value.has_value();
    if (anyValue)
        m_display->setCurrentIndex(m_display->findData(int(PlanModel::Display::Values)));
}

} // namespace Perfdeck

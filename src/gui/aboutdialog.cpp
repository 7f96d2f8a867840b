#include "gui/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Perfdeck {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Perfdeck"));

    auto *title =
        new QLabel(tr("<h3>Perfdeck %1</h3><p>A workbench for measuring networks with iperf3 and "
                      "netperf.</p>")
                       .arg(QStringLiteral(PERFDECK_VERSION)),
                   this);
    title->setTextFormat(Qt::RichText);
    // The project has no licence yet (packaging/copyright says the same).
    auto *licence = new QLabel(tr("Licence: none chosen yet; until one is, all rights are "
                                  "reserved."),
                               this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);

    m_status = new QLabel(tr("Detecting the versions of Perfdeck's parts and tools…"), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("components"));
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Where / note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy these versions as text, for a bug report"));
    m_copy->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_versions.toText());
        m_status->setText(tr("Copied to the clipboard."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licence);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    // iperf3 and netperf are started and Python may start: seconds in the worst case.
    auto *watcher = new QFutureWatcher<ComponentVersions>(this);
    connect(watcher, &QFutureWatcher<ComponentVersions>::finished, this, [this, watcher] {
        showVersions(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&ComponentVersions::collect));
}

AboutDialog *AboutDialog::showFor(QWidget *parent) {
    auto *dialog =
        parent ? parent->findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new AboutDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void AboutDialog::showVersions(const ComponentVersions &versions) {
    m_versions = versions;
    m_collected = true;
    m_table->setRowCount(0);
    auto item = [](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        return cell;
    };
    auto addRow = [&](const QString &name, const QString &version, const QString &where,
                      const QString &key, bool found) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *nameItem = item(name);
        nameItem->setData(Qt::UserRole, key);
        m_table->setItem(row, 0, nameItem);
        m_table->setItem(row, 1, item(version));
        m_table->setItem(row, 2, item(where));
        if (!found) {
            for (int column = 0; column < 3; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().color(QPalette::PlaceholderText));
        }
    };
    addRow(tr("Build"), QString(), versions.build, QStringLiteral("build"), true);
    addRow(tr("System"), QString(), versions.system, QStringLiteral("system"), true);
    for (const ComponentVersion &c : versions.components) {
        QString where = c.path;
        if (!c.note.isEmpty())
            where = where.isEmpty() ? c.note : where + QStringLiteral(" — ") + c.note;
        const QString version =
            c.found ? (c.version.isEmpty() ? tr("found") : c.version) : tr("not found");
        addRow(c.name, version, where, c.key, c.found);
    }
    m_status->setText(tr("Detected at run time. Copy them into a bug report with the button "
                         "below (or run: perfdeck-cli about)."));
    m_copy->setEnabled(true);
    Q_EMIT collected();
}

} // namespace Perfdeck

#include "gui/reportcenter.h"

#include "gui/reportdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace Perfdeck {

ReportCenter::ReportCenter(QMainWindow *window, SessionProvider session, PathProvider sessionPath)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_sessionPath(std::move(sessionPath)) {
    m_generate = new QAction(tr("Generate &Report…"), this);
    m_generate->setObjectName(QStringLiteral("actionGenerateReport"));
    // Not Ctrl+Shift+P: Run > Run Profile has it (an ambiguous shortcut does nothing at all).
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_generate->setStatusTip(tr("Make a PDF, HTML, Markdown, text or CSV report of this "
                                "session from a template"));
    connect(m_generate, &QAction::triggered, this, &ReportCenter::openGenerateDialog);
    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreview->setStatusTip(tr("See the report's pages as they would be printed"));
    connect(m_printPreview, &QAction::triggered, this, [this] { print(true); });
    m_print = new QAction(tr("&Print Report…"), this);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the session's report with the chosen template"));
    connect(m_print, &QAction::triggered, this, [this] { print(false); });
    m_templates = new QAction(tr("Report &Templates…"), this);
    m_templates->setObjectName(QStringLiteral("actionTemplateEditor"));
    m_templates->setStatusTip(tr("Edit report templates with a live preview of this session"));
    connect(m_templates, &QAction::triggered, this,
            [this] { openEditor(LibraryEditor::Kind::Templates); });
    m_profiles = new QAction(tr("Test &Profiles…"), this);
    m_profiles->setObjectName(QStringLiteral("actionProfileEditor"));
    m_profiles->setStatusTip(tr("Edit YAML test profiles and see the tests they expand to"));
    connect(m_profiles, &QAction::triggered, this,
            [this] { openEditor(LibraryEditor::Kind::Profiles); });
}

void ReportCenter::install(QMenu *fileMenu, QAction *before, QMenuBar *bar, QMenu *beforeMenu) {
    fileMenu->insertAction(before, m_generate);
    fileMenu->insertAction(before, m_printPreview);
    fileMenu->insertAction(before, m_print);
    fileMenu->insertSeparator(before);
    auto *tools = new QMenu(tr("&Tools"), bar);
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_templates);
    tools->addAction(m_profiles);
    bar->insertMenu(beforeMenu->menuAction(), tools);
}

LibraryEditor *ReportCenter::editor(LibraryEditor::Kind kind) const {
    return kind == LibraryEditor::Kind::Templates ? m_templateEditor : m_profileEditor;
}

LibraryEditor *ReportCenter::openEditor(LibraryEditor::Kind kind) {
    QPointer<LibraryEditor> &slot =
        kind == LibraryEditor::Kind::Templates ? m_templateEditor : m_profileEditor;
    if (slot) {
        slot->raise();
        slot->activateWindow();
        return slot;
    }
    const QLatin1String key(kind == LibraryEditor::Kind::Templates ? "template_editor"
                                                                   : "profile_editor");
    slot =
        new LibraryEditor(kind, ReportInput::fromSession(m_session(), m_sessionPath()), m_window);
    slot->setWindowFlag(Qt::Window);
    const QString last = m_state.value(key).toString();
    if (!last.isEmpty())
        slot->open(last);
    connect(slot, &LibraryEditor::currentChanged, this, [this, key](const QString &name) {
        if (m_state.value(key).toString() != name) {
            m_state.insert(key, name);
            Q_EMIT stateChanged();
        }
    });
    slot->show();
    return slot;
}

void ReportCenter::print(bool preview) {
    openGenerateDialog();
    if (m_dialog)
        m_dialog->print(preview);
}

void ReportCenter::openGenerateDialog() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const ReportInput input = ReportInput::fromSession(m_session(), m_sessionPath());
    m_dialog = new ReportDialog(input, m_state, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_baseline) {
        const Baseline baseline = m_baseline();
        m_dialog->setPanelBaseline(baseline.runs, baseline.description);
    }
    connect(m_dialog, &ReportDialog::stateChanged, this, [this] {
        QJsonObject state = m_state;
        const QJsonObject choices = m_dialog->state();
        for (auto it = choices.begin(); it != choices.end(); ++it)
            state.insert(it.key(), it.value());
        if (state != m_state) {
            m_state = state;
            Q_EMIT stateChanged();
        }
    });
    connect(m_dialog, &ReportDialog::reportWritten, this,
            [this](const QString &path) { Q_EMIT message(tr("Report written to %1").arg(path)); });
    m_dialog->open();
}

} // namespace Perfdeck

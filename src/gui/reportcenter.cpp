#include "gui/reportcenter.h"

#include "gui/reportdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace Perfdeck {

ReportCenter::ReportCenter(QMainWindow *window, SessionProvider session, PathProvider sessionPath)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_sessionPath(std::move(sessionPath)) {
    m_generate = new QAction(tr("Generate &Report…"), this);
    m_generate->setObjectName(QStringLiteral("actionGenerateReport"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_generate->setStatusTip(tr("Make a PDF, HTML, Markdown, text or CSV report of this "
                                "session from a template"));
    connect(m_generate, &QAction::triggered, this, &ReportCenter::openGenerateDialog);
}

void ReportCenter::install(QMenu *fileMenu, QAction *before) {
    fileMenu->insertAction(before, m_generate);
    fileMenu->insertSeparator(before);
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
    connect(m_dialog, &ReportDialog::stateChanged, this, [this] {
        const QJsonObject state = m_dialog->state();
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

// The report features of the main window: File > Generate Report… and the Tools menu with
// the template and profile editors. Keeps their choices for the session (uiState "report")
// and takes the session's runs from the window when a dialog opens.
#pragma once

#include "gui/reportdialog.h"
#include "results/session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace Perfdeck {

class ReportCenter final : public QObject {
    Q_OBJECT
public:
    using SessionProvider = std::function<Session()>;
    using PathProvider = std::function<QString()>;

    ReportCenter(QMainWindow *window, SessionProvider session, PathProvider sessionPath);

    // Adds the actions to the window's menus: Generate Report… into fileMenu before `before`.
    void install(QMenu *fileMenu, QAction *before);

    QJsonObject saveState() const { return m_state; }
    void restoreState(const QJsonObject &state) { m_state = state; }

    QAction *generateAction() const { return m_generate; }
    ReportDialog *dialog() const { return m_dialog; }

    void openGenerateDialog();

Q_SIGNALS:
    // The session's report choices changed (the window marks the session modified).
    void stateChanged();
    void message(const QString &text);

private:
    QMainWindow *m_window;
    SessionProvider m_session;
    PathProvider m_sessionPath;
    QAction *m_generate = nullptr;
    QPointer<ReportDialog> m_dialog;
    QJsonObject m_state;
};

} // namespace Perfdeck

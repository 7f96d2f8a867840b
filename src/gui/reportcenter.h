// The report features of the main window: File > Generate Report… and the Tools menu with
// the template and profile editors. Keeps their choices for the session (uiState "report")
// and takes the session's runs from the window when a dialog opens.
#pragma once

#include "gui/libraryeditor.h"
#include "gui/reportdialog.h"
#include "results/session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;

namespace Perfdeck {

class ReportCenter final : public QObject {
    Q_OBJECT
public:
    using SessionProvider = std::function<Session()>;
    using PathProvider = std::function<QString()>;
    struct Baseline {
        QList<RunResult> runs;
        QString description;
    };
    using BaselineProvider = std::function<Baseline()>;

    ReportCenter(QMainWindow *window, SessionProvider session, PathProvider sessionPath);

    // Adds the actions to the window's menus: Generate Report… into fileMenu before `before`,
    // a Tools menu with the editors into the menu bar before `beforeMenu`.
    void install(QMenu *fileMenu, QAction *before, QMenuBar *bar, QMenu *beforeMenu);

    // The statistics panel's baseline, offered in the Generate Report dialog.
    void setBaselineProvider(BaselineProvider provider) { m_baseline = std::move(provider); }

    QJsonObject saveState() const { return m_state; }
    void restoreState(const QJsonObject &state) { m_state = state; }

    QAction *generateAction() const { return m_generate; }
    ReportDialog *dialog() const { return m_dialog; }

    void openGenerateDialog();
    // Opens the Generate Report dialog and prints with its template (or previews the pages).
    void print(bool preview);
    // Opens (or raises) the template or profile editor on the entry the session last edited.
    LibraryEditor *openEditor(LibraryEditor::Kind kind);
    LibraryEditor *editor(LibraryEditor::Kind kind) const;

Q_SIGNALS:
    // The session's report choices changed (the window marks the session modified).
    void stateChanged();
    void message(const QString &text);

private:
    QMainWindow *m_window;
    SessionProvider m_session;
    PathProvider m_sessionPath;
    BaselineProvider m_baseline;
    QAction *m_generate = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_templates = nullptr;
    QAction *m_profiles = nullptr;
    QPointer<ReportDialog> m_dialog;
    QPointer<LibraryEditor> m_templateEditor;
    QPointer<LibraryEditor> m_profileEditor;
    QJsonObject m_state;
};

} // namespace Perfdeck

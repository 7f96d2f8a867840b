// The template editor and the profile editor: one window, two kinds. A library list (shipped
// entries read-only, the user's copies editable: new, duplicate, rename, delete), the shared
// CodeEditor with highlighting, undo/redo and find/replace, problems underlined at their line
// and listed below, and a live preview: the template rendered over the current session (charts
// drawn as in the PDF), or the profile's expanded test list. Checks run off the UI thread.
#pragma once

#include "report/reportinput.h"
#include "report/templateengine.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTextBrowser;
class QTimer;
class QToolBar;
class QWidget;

namespace Perfdeck {

class CodeEditor;
class ReportDocument;

class LibraryEditor final : public QMainWindow {
    Q_OBJECT
public:
    enum class Kind { Templates, Profiles };

    LibraryEditor(Kind kind, const ReportInput &session, QWidget *parent = nullptr);
    ~LibraryEditor() override;

    Kind kind() const { return m_kind; }
    // The user's folder for this kind (created when something is saved there).
    QString userFolder() const;

    CodeEditor *editor() const { return m_editor; }
    QListWidget *library() const { return m_library; }
    QListWidget *problemList() const { return m_problems; }
    QString previewText() const;
    QString currentName() const;
    bool isCurrentEditable() const;

    // Library actions (the toolbar's buttons call these after asking for names).
    bool open(const QString &name);
    bool newEntry(const QString &name);
    bool duplicateAs(const QString &name);
    bool renameTo(const QString &name);
    bool deleteCurrent();
    bool save();

Q_SIGNALS:
    // After each check: problems found (0 when clean) and the preview refreshed.
    void checked(int problems);
    void currentChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry {
        QString name;
        QString file;
        bool shipped = false;
    };
    struct ProfileCheck {
        QList<QPair<int, QString>> problems; // line (0: elsewhere), message
        QList<int> columns;
        QString preview;
    };

    QList<Entry> entries() const;
    void reloadLibrary(const QString &select = {});
    void selectionChanged();
    bool maybeSave();
    void scheduleCheck();
    void check();
    void templateRendered(quint64 id, const Perfdeck::TemplateResult &result);
    void profileChecked();
    void showProblems(const QList<QPair<int, QString>> &problems, const QList<int> &columns);
    void updateActions();
    QString fileNameFor(const QString &name) const;
    QString starterText() const;
    void askAndRun(const QString &title, const QString &suggestion,
                   bool (LibraryEditor::*action)(const QString &));

    Kind m_kind;
    ReportInput m_session;
    QByteArray m_contextJson;
    QFutureWatcher<QByteArray> m_contextWatcher;
    QFutureWatcher<ProfileCheck> m_profileWatcher;
    TemplateEngine *m_engine = nullptr;
    quint64 m_strictId = 0;
    quint64 m_previewId = 0;
    QTemporaryDir m_scratch; // the unsaved text is checked from here
    QTimer *m_checkTimer = nullptr;
    bool m_checkAgain = false;

    QListWidget *m_library = nullptr;
    CodeEditor *m_editor = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QListWidget *m_problems = nullptr;
    QTextBrowser *m_preview = nullptr;
    std::unique_ptr<ReportDocument> m_previewDocument;
    QLabel *m_status = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QString m_currentName;
    QString m_currentFile;
    bool m_currentShipped = false;
    QList<QPair<int, QString>> m_templateProblems;
};

} // namespace Perfdeck

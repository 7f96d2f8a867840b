// The template and profile editors: shipped entries are read-only until duplicated, a user
// copy is edited with undo/redo, problems are underlined at their line (template: Jinja2
// syntax and names the context lacks; profile: FILE:LINE:COLUMN of the loader), the preview
// shows the rendered session or the expanded tests, find/replace is one undo step, and
// new/rename/delete act on the user's folder only.
#include "gui/codeeditor.h"
#include "gui/libraryeditor.h"
#include "gui/mainwindow.h"
#include "gui/reportcenter.h"
#include "report/reportsample.h"

#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Perfdeck;

namespace {

// Waits for the check that follows an edit (debounced, then asynchronous).
int waitForCheck(LibraryEditor &editor) {
    QSignalSpy checked(&editor, &LibraryEditor::checked);
    if (!checked.wait(60000))
        return -1;
    return checked.last().at(0).toInt();
}

void replaceLine(CodeEditor *editor, int line, const QString &text) {
    QTextCursor c(editor->document()->findBlockByNumber(line - 1));
    c.select(QTextCursor::LineUnderCursor);
    c.insertText(text);
}

} // namespace

class TestLibraryEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        // Test mode puts the user's folders under ~/.qttest: start from empty ones.
        for (const QString &folder :
             {QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
            QVERIFY(folder.contains(QStringLiteral(".qttest")));
            QDir(folder + QStringLiteral("/perfdeck")).removeRecursively();
        }
    }

    void templateEditorChecksAndPreviews() {
        LibraryEditor editor(LibraryEditor::Kind::Templates, ReportSample::input(4));
        editor.show();
        QCOMPARE(editor.currentName(), QStringLiteral("summary.html"));
        QVERIFY(!editor.isCurrentEditable());
        QVERIFY(editor.editor()->isReadOnly());
        QCOMPARE(waitForCheck(editor), 0);
        QVERIFY2(editor.previewText().contains(QStringLiteral("#4")),
                 qPrintable(editor.previewText().left(300)));

        // A user copy of the shipped summary, edited.
        QVERIFY(editor.duplicateAs(QStringLiteral("mine.html")));
        QCOMPARE(editor.currentName(), QStringLiteral("mine.html"));
        QVERIFY(editor.isCurrentEditable());
        QVERIFY(QFile::exists(editor.userFolder() + QStringLiteral("/mine.html")));
        QCOMPARE(waitForCheck(editor), 0);

        // Line 4 names something the context does not have: underlined there.
        const QString line4 = editor.editor()->document()->findBlockByNumber(3).text();
        replaceLine(editor.editor(), 4, QStringLiteral("{% block content %}{{ sesion.title }}"));
        QCOMPARE(waitForCheck(editor), 1);
        QCOMPARE(editor.editor()->problems().size(), 1);
        QCOMPARE(editor.editor()->problems().first().line, 4);
        QVERIFY2(editor.editor()->problems().first().message.contains(QStringLiteral("sesion")),
                 qPrintable(editor.editor()->problems().first().message));
        QVERIFY(editor.problemList()->item(0)->text().startsWith(QStringLiteral("Line 4")));

        // A syntax error two lines further down.
        editor.editor()->undo();
        QCOMPARE(editor.editor()->document()->findBlockByNumber(3).text(), line4);
        QCOMPARE(waitForCheck(editor), 0);
        replaceLine(editor.editor(), 6, QStringLiteral("<h2>{{ g.kind }</h2>"));
        QCOMPARE(waitForCheck(editor), 1);
        QCOMPARE(editor.editor()->problems().first().line, 6);
        editor.editor()->undo();
        QCOMPARE(waitForCheck(editor), 0);
        editor.editor()->redo();
        QCOMPARE(waitForCheck(editor), 1);
        editor.editor()->undo();
        QCOMPARE(waitForCheck(editor), 0);

        // Find and replace, one undo step; the preview follows the text.
        const int n = editor.editor()->replaceAll(QStringLiteral("Runs</h2>"),
                                                  QStringLiteral("Every run</h2>"));
        QCOMPARE(n, 1);
        QCOMPARE(waitForCheck(editor), 0);
        QVERIFY(editor.previewText().contains(QStringLiteral("Every run")));
        QVERIFY(editor.save());
        QFile saved(editor.userFolder() + QStringLiteral("/mine.html"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("Every run</h2>"));
        editor.editor()->undo();
        QVERIFY(!editor.editor()->toPlainText().contains(QStringLiteral("Every run")));
        editor.editor()->document()->setModified(false);

        QVERIFY(editor.renameTo(QStringLiteral("renamed.html")));
        QVERIFY(!QFile::exists(editor.userFolder() + QStringLiteral("/mine.html")));
        QVERIFY(QFile::exists(editor.userFolder() + QStringLiteral("/renamed.html")));
        QVERIFY(editor.deleteCurrent());
        QVERIFY(!QFile::exists(editor.userFolder() + QStringLiteral("/renamed.html")));
        // Shipped entries cannot be renamed or deleted.
        QVERIFY(editor.open(QStringLiteral("summary.md")));
        QVERIFY(!editor.renameTo(QStringLiteral("x.md")));
        QVERIFY(!editor.deleteCurrent());
    }

    void profileEditorChecksAndPreviews() {
        LibraryEditor editor(LibraryEditor::Kind::Profiles, ReportSample::input(1));
        editor.show();
        QVERIFY(editor.open(QStringLiteral("throughput")));
        QVERIFY(!editor.isCurrentEditable());
        QCOMPARE(waitForCheck(editor), 0);
        // The preview lists the profile's tests under a count line (a %n plural since i18n:
        // "4 test(s):" without the English catalogue, "4 tests:" with it).
        QVERIFY2(editor.previewText().contains(
                     QRegularExpression(QStringLiteral("\\d+ tests?(\\(s\\))?:\\n  1\\. "))),
                 qPrintable(editor.previewText()));
        QVERIFY(editor.newEntry(QStringLiteral("mine")));
        QVERIFY(editor.isCurrentEditable());
        QCOMPARE(waitForCheck(editor), 0);
        QVERIFY2(editor.previewText().contains(QStringLiteral("1 test")),
                 qPrintable(editor.previewText()));
        // A misspelt field on line 8: the loader's line and column.
        replaceLine(editor.editor(), 8, QStringLiteral("    protcol: tcp"));
        QCOMPARE(waitForCheck(editor), 1);
        QCOMPARE(editor.editor()->problems().first().line, 8);
        QCOMPARE(editor.editor()->problems().first().column, 5);
        QVERIFY(editor.editor()->problems().first().message.contains(QStringLiteral("protcol")));
        editor.editor()->undo();
        QCOMPARE(waitForCheck(editor), 0);
        QVERIFY(editor.save());
    }

    void mainWindowOpensEditorsFromToolsMenu() {
        MainWindow window;
        QMenu *tools = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuTools"));
        QVERIFY(tools);
        QCOMPARE(tools->actions().size(), 2);
        tools->actions().first()->trigger();
        LibraryEditor *editor = window.reports()->editor(LibraryEditor::Kind::Templates);
        QVERIFY(editor);
        QVERIFY(editor->open(QStringLiteral("summary.md")));
        // The last template edited is kept for the session.
        QCOMPARE(window.reports()->saveState().value(QStringLiteral("template_editor")).toString(),
                 QStringLiteral("summary.md"));
        editor->close();
    }
};

QTEST_MAIN(TestLibraryEditor)
#include "tst_libraryeditor.moc"

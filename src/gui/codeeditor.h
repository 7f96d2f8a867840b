// The text editor of the template and profile editors: line numbers, undo/redo (the
// document's own stack), problems underlined at their line with the message as a tooltip,
// find and replace. The highlighter is set by the window that uses it.
#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace Perfdeck {

class CodeEditor final : public QPlainTextEdit {
    Q_OBJECT
public:
    struct Problem {
        int line = 0; // 1-based; 0: no place in the text (shown in the list only)
        int column = 0;
        QString message;
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }
    void goToLine(int line);
    // Finds text after the cursor (wrapping); false when it is nowhere.
    bool findText(const QString &text, bool backwards = false);
    // Replaces every occurrence as one undo step; returns how many.
    int replaceAll(const QString &text, const QString &with);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateMargins();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_lineNumbers = nullptr;
    QList<Problem> m_problems;
};

} // namespace Perfdeck

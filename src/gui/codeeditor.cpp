#include "gui/codeeditor.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Perfdeck {

namespace {

class LineNumberArea final : public QWidget {
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this)) {
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    updateMargins();
}

int CodeEditor::lineNumberAreaWidth() const {
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void CodeEditor::updateMargins() {
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy) {
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargins();
}

void CodeEditor::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event) {
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool bad = std::any_of(m_problems.begin(), m_problems.end(),
                                         [number](const Problem &p) { return p.line == number; });
            if (bad)
                painter.fillRect(QRect(0, top, m_lineNumbers->width(), bottom - top),
                                 QColor(0xf6, 0xc6, 0xc6));
            painter.setPen(bad ? QColor(0xa0, 0x10, 0x10)
                               : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 5, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::setProblems(const QList<Problem> &problems) {
    m_problems = problems;
    updateSelections();
    m_lineNumbers->update();
}

// The current line is shaded; each problem line gets a red wavy underline.
void CodeEditor::updateSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(palette().color(QPalette::AlternateBase));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    for (const Problem &p : std::as_const(m_problems)) {
        const QTextBlock block = document()->findBlockByNumber(p.line - 1);
        if (p.line <= 0 || !block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        mark.format.setToolTip(p.message);
        mark.cursor = QTextCursor(block);
        const int start = p.column > 0 ? std::min(p.column - 1, block.length() - 1) : 0;
        mark.cursor.setPosition(block.position() + start);
        mark.cursor.setPosition(block.position() + std::max(block.length() - 1, start + 1),
                                QTextCursor::KeepAnchor);
        selections.append(mark);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint at = viewport()->mapFromGlobal(help->globalPos());
        const int line = cursorForPosition(at).blockNumber() + 1;
        QStringList messages;
        for (const Problem &p : std::as_const(m_problems)) {
            if (p.line == line)
                messages << p.message;
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::goToLine(int line) {
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

bool CodeEditor::findText(const QString &text, bool backwards) {
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (find(text, flags))
        return true;
    QTextCursor wrapped(document());
    if (backwards)
        wrapped.movePosition(QTextCursor::End);
    const QTextCursor found = document()->find(text, wrapped, flags);
    if (found.isNull())
        return false;
    setTextCursor(found);
    return true;
}

int CodeEditor::replaceAll(const QString &text, const QString &with) {
    if (text.isEmpty())
        return 0;
    int count = 0;
    QTextCursor edit(document());
    edit.beginEditBlock();
    QTextCursor found = document()->find(text, 0);
    while (!found.isNull()) {
        found.insertText(with);
        ++count;
        found = document()->find(text, found.position());
    }
    edit.endEditBlock();
    return count;
}

} // namespace Perfdeck

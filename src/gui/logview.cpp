#include "gui/logview.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {
// Enough for a long session's output; older lines go first.
constexpr int MaxLines = 20000;
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this)) {
    m_text->setReadOnly(true);
    // Long lines (errors, commands) wrap rather than hide past the right edge.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("The output of iperf3 appears here while a test runs."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_flushTimer.setInterval(100);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogView::flush);
}

void LogView::appendLine(const QString &origin, const QString &line) {
    m_pending.append(origin.isEmpty() ? line
                                      : QLatin1Char('[') + origin + QLatin1String("] ") + line);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogView::flush() {
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    // Follow the output only if the user has not scrolled up to read something.
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_text->appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LogView::clear() {
    m_pending.clear();
    m_text->clear();
}

QString LogView::text() const {
    return m_text->toPlainText() + (m_pending.isEmpty()
                                        ? QString()
                                        : QLatin1Char('\n') + m_pending.join(QLatin1Char('\n')));
}

int LogView::lineCount() const {
    return m_text->document()->blockCount() + int(m_pending.size());
}

} // namespace Perfdeck

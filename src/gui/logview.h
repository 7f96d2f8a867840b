// The log pane: the tools' output, streamed. Lines are queued and appended in batches by a
// timer, because a chatty iperf3 (-P 128, 0.1 s interval) would otherwise relayout the text
// view hundreds of times a second.
#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Perfdeck {

class LogView final : public QWidget {
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    // origin: "run-1a2b3c4d server", "perfdeck"...
    void appendLine(const QString &origin, const QString &line);
    void clear();
    // Appends what is queued now (the timer does it otherwise).
    void flush();
    QString text() const;
    int lineCount() const;

private:
    QPlainTextEdit *m_text = nullptr;
    QStringList m_pending;
    QTimer m_flushTimer;
};

} // namespace Perfdeck

// The terminal dashboard of `perfdeck-cli run` when stderr is a terminal: one pane per run
// (status, progress bar, rate, CPU), a small Unicode chart of the total rate and the latest
// warnings, redrawn a few times a second from LiveRuns. Keys: q stops every test, p pauses
// the display, a aborts the selected test, arrows (or j/k) select.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace Perfdeck {
class LiveRuns;
enum class LiveLogLevel;
} // namespace Perfdeck

namespace Perfdeck::Cli {

class TerminalDashboard final : public QObject {
    Q_OBJECT
public:
    // What the screen shows besides the runs themselves.
    struct View {
        int width = 80;
        int height = 24;
        int selected = 0;
        bool paused = false;
        int plannedRuns = 0;  // runs of the whole command, started or not
        QList<double> totals; // total rate of the active runs, oldest first, one per tick
        QString notice;       // the latest key's effect ("aborting run-3")
    };

    TerminalDashboard(LiveRuns *runs, int plannedRuns, QObject *parent = nullptr);
    // Gives the terminal back as it was (cursor, screen, echo), also when never finished.
    ~TerminalDashboard() override;

    // True when stderr is a terminal that understands cursor movement (TERM is set and not
    // "dumb"). The dashboard is only drawn there; elsewhere plain lines are printed.
    static bool terminalUsable();

    // Switches stderr's terminal to the alternate screen and stdin (when a terminal) to
    // unbuffered keys without echo; Ctrl-C still interrupts. While it is up, Ctrl-Z (SIGTSTP)
    // gives the terminal back before the process stops and fg (SIGCONT) draws it again; a
    // fatal signal gives the terminal back before the process dies; what Perfdeck would print
    // on stderr (printErr, printError, Qt's messages) goes to the warnings of the screen and
    // is printed on the normal screen at the end instead of overdrawing the frame.
    void start();
    // Returns to the normal screen and prints the lines held back while the dashboard was up.
    void finish();
    // Suspended by Ctrl-Z (or left in the background): nothing is drawn.
    bool isSuspended() const { return m_suspended; }
    // A line Perfdeck would have printed on stderr: shown among the screen's warnings (not
    // for Info) and printed on the normal screen when the dashboard ends.
    void addMessage(const QString &text, LiveLogLevel level);

    // The screen's lines for the runs' state (pure, for tests): a header, one pane of two
    // lines per run that fits, the total chart and the key help. Every line fits view.width.
    static QStringList render(const LiveRuns &runs, const View &view);
    // values as a row of eighth blocks ("▁▂▃▄▅▆▇█"), scaled to their maximum, the newest at the
    // right end; at most width characters.
    static QString sparkline(const QList<double> &values, int width);
    // "███████▌░░░░" for ratio 0..1 in width characters (eighths at the edge).
    static QString bar(double ratio, int width);

Q_SIGNALS:
    // q: stop every test (what a first Ctrl-C does).
    void quitRequested();

private:
    void enterScreen();
    void leaveScreen();
    void onJobSignal();
    // Ctrl-Z: the normal screen back, then the stop the signal asked for; on return (fg or
    // bg), the dashboard again if this process has the terminal.
    void suspend();
    void resume();
    void divertMessages();
    void onKeys();
    void tick();
    void redraw();
    void handleKey(const QByteArray &key);
    void writeTerminal(const QByteArray &bytes) const;
    void restoreTerminal();

    LiveRuns *m_runs;
    View m_view;
    QTimer *m_timer = nullptr;
    QSocketNotifier *m_keys = nullptr;
    QSocketNotifier *m_jobSignals = nullptr; // SIGTSTP and SIGCONT through a self-pipe
    QStringList m_held;                      // stderr lines held for the normal screen
    bool m_suspended = false;
    QByteArray m_pendingKeys;
    struct SavedTerminal;
    std::unique_ptr<SavedTerminal> m_savedTerminal;
    bool m_active = false;
    int m_ticks = 0;
};

} // namespace Perfdeck::Cli

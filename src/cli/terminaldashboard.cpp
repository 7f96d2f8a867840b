#include "cli/terminaldashboard.h"

#include "cli/clioutput.h"
#include "model/format.h"
#include "monitor/liveruns.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cmath>

#include <csignal>
#include <iterator>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace Perfdeck::Cli {

namespace {

constexpr int RedrawMs = 200;
constexpr int TicksPerTotal = 5; // the total chart gets one point a second
constexpr int MaxTotals = 600;
constexpr int ChartRows = 4;
constexpr int LinesPerRun = 2;
const QString Blocks = QStringLiteral(" ▁▂▃▄▅▆▇█");
const QString BarEighths = QStringLiteral(" ▏▎▍▌▋▊▉");

// Cut to width columns (every character drawn here is one column wide; wide characters in a
// label may still push a line a little, the terminal then clips it).
QString fit(const QString &line, int width) {
    return line.size() <= width ? line : line.left(std::max(0, width - 1)) + QStringLiteral("…");
}

QString rateText(const LiveRun &run) {
    if (run.isRequestResponse())
        return run.transactionsPerS
                   ? QStringLiteral("%1 trans/s").arg(Format::number(run.transactionsPerS, 0))
                   : QStringLiteral("- trans/s");
    return run.rateBps ? Format::bitrate(run.rateBps) : QStringLiteral("-");
}

QString cpuText(const LiveRun &run) {
    if (!run.clientCpuPercent && !run.serverCpuPercent)
        return {};
    const auto pct = [](const OptDouble &v) {
        return v ? QStringLiteral("%1 %").arg(std::lround(*v)) : QStringLiteral("-");
    };
    return QStringLiteral("cpu %1 / %2").arg(pct(run.clientCpuPercent), pct(run.serverCpuPercent));
}

QString statusMark(LiveStatus status) {
    switch (status) {
    case LiveStatus::Starting:
        return QStringLiteral("○");
    case LiveStatus::Running:
        return QStringLiteral("●");
    case LiveStatus::Stopping:
        return QStringLiteral("◌");
    case LiveStatus::Finished:
        return QStringLiteral("✓");
    case LiveStatus::Failed:
        return QStringLiteral("✗");
    case LiveStatus::Stopped:
        return QStringLiteral("■");
    }
    return {};
}

// rows lines of eighth blocks, the top row first: a column's height is its value's share of
// the maximum.
QStringList chartRows(const QList<double> &values, int width, int rows) {
    QStringList lines(rows);
    if (width <= 0 || rows <= 0)
        return lines;
    const qsizetype first = std::max<qsizetype>(0, values.size() - width);
    double peak = 0;
    for (qsizetype i = first; i < values.size(); ++i)
        peak = std::max(peak, values.at(i));
    for (qsizetype i = first; i < values.size(); ++i) {
        const double v = std::max(0.0, values.at(i));
        // A value above zero shows at least the lowest block.
        int level = peak > 0 ? int(std::lround(v / peak * rows * 8)) : 0;
        if (v > 0 && level == 0)
            level = 1;
        for (int r = 0; r < rows; ++r) {
            const int below = (rows - 1 - r) * 8;
            lines[r] += Blocks.at(std::clamp(level - below, 0, 8));
        }
    }
    return lines;
}

// Job-control signals (SIGTSTP, SIGCONT) reach the event loop through this pipe.
int g_jobPipe[2] = {-1, -1};

void forwardJobSignal(int signalNumber) {
    const int saved = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_jobPipe[1], &byte, 1);
    errno = saved;
}

// What a fatal signal's handler needs to give the terminal back (async-signal-safe only).
termios g_fatalAttributes{};
volatile sig_atomic_t g_fatalHaveAttributes = 0;
volatile sig_atomic_t g_fatalScreenUp = 0;
constexpr int FatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT};
struct sigaction g_previousFatal[std::size(FatalSignals)];

void onFatalScreenLeave() {
    if (g_fatalScreenUp) {
        g_fatalScreenUp = 0;
        static const char leave[] = "\x1b[?25h\x1b[?1049l";
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, leave, sizeof leave - 1);
    }
    if (g_fatalHaveAttributes) {
        g_fatalHaveAttributes = 0;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_fatalAttributes);
    }
}

void onFatalSignal(int signalNumber) {
    onFatalScreenLeave();
    // SA_RESETHAND put the default action back: the signal does what it would have done.
    ::raise(signalNumber);
}

void setHandler(int signalNumber, void (*handler)(int), int flags,
                struct sigaction *previous = nullptr) {
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    ::sigaction(signalNumber, &action, previous);
}

// The dashboard Qt's messages go to while it is up (set and cleared on the GUI-less main
// thread; the handler only posts to it).
TerminalDashboard *g_messageTarget = nullptr;
QtMessageHandler g_previousMessageHandler = nullptr;

void onQtMessage(QtMsgType type, const QMessageLogContext &, const QString &text) {
    TerminalDashboard *target = g_messageTarget;
    if (!target)
        return;
    if (type == QtFatalMsg) {
        // Qt aborts right after this: the normal screen first, then the reason on it.
        onFatalScreenLeave();
        const QByteArray bytes = text.toLocal8Bit() + '\n';
        [[maybe_unused]] const ssize_t written =
            ::write(STDERR_FILENO, bytes.constData(), size_t(bytes.size()));
        return;
    }
    const LiveLogLevel level = type == QtWarningMsg                          ? LiveLogLevel::Warning
                               : type == QtCriticalMsg || type == QtFatalMsg ? LiveLogLevel::Error
                                                                             : LiveLogLevel::Info;
    // Messages may come from any thread; the dashboard takes them on its own.
    QMetaObject::invokeMethod(
        target, [target, text, level] { target->addMessage(text, level); }, Qt::QueuedConnection);
}

} // namespace

struct TerminalDashboard::SavedTerminal {
    termios attributes{};
};

TerminalDashboard::TerminalDashboard(LiveRuns *runs, int plannedRuns, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_timer(new QTimer(this)) {
    m_view.plannedRuns = plannedRuns;
    m_timer->setInterval(RedrawMs);
    connect(m_timer, &QTimer::timeout, this, &TerminalDashboard::tick);
}

TerminalDashboard::~TerminalDashboard() {
    restoreTerminal();
}

bool TerminalDashboard::terminalUsable() {
    const QByteArray term = qgetenv("TERM");
    return ::isatty(STDERR_FILENO) == 1 && !term.isEmpty() && term != "dumb";
}

QString TerminalDashboard::sparkline(const QList<double> &values, int width) {
    return chartRows(values, width, 1).value(0);
}

QString TerminalDashboard::bar(double ratio, int width) {
    if (width <= 0)
        return {};
    const int eighths = int(std::clamp(ratio, 0.0, 1.0) * width * 8);
    QString text(eighths / 8, QChar(0x2588));
    if (text.size() < width && eighths % 8)
        text += BarEighths.at(eighths % 8);
    return text + QString(width - text.size(), QChar(0x2591));
}

QStringList TerminalDashboard::render(const LiveRuns &runs, const View &view) {
    const int width = std::max(20, view.width);
    QStringList lines;
    int ended = 0;
    for (const LiveRun &run : runs.runs())
        ended += run.isActive() ? 0 : 1;
    const int waiting = std::max(0, view.plannedRuns - runs.count());
    QString head = QStringLiteral("perfdeck-cli run  %1 running, %2 ended, %3 waiting")
                       .arg(runs.activeCount())
                       .arg(ended)
                       .arg(waiting);
    if (view.paused)
        head += QStringLiteral("  [display paused: p resumes]");
    lines << fit(head, width) << QString(width, QChar(0x2500));

    // Room for the panes: everything but the header (2), the chart (title + rows), the
    // warnings (up to 2) and the key help (2).
    const int reserved = 2 + 1 + ChartRows + 2 + 2;
    const int visibleRuns = std::max(1, (std::max(view.height, 12) - reserved) / LinesPerRun);
    const int count = runs.count();
    const int selected = std::clamp(view.selected, 0, std::max(0, count - 1));
    const int first = std::clamp(selected - visibleRuns / 2, 0, std::max(0, count - visibleRuns));
    const int last = std::min(count, first + visibleRuns);
    if (count == 0)
        lines << QStringLiteral("  starting the tests…") << QString();
    for (int row = first; row < last; ++row) {
        const LiveRun &run = runs.run(row);
        const QString mark = row == selected ? QStringLiteral("▶") : QStringLiteral(" ");
        lines << fit(QStringLiteral("%1 %2 %3  %4  %5  %6")
                         .arg(mark, statusMark(run.status), terminalSafe(run.runId),
                              terminalSafe(run.specLabel), terminalSafe(run.pairLabel),
                              toString(run.status)),
                     width);
        // The second line: bar, time, rate, recent rates, CPU.
        const QString time =
            QStringLiteral("%1/%2 s")
                .arg(run.elapsedS, 0, 'f', 1)
                .arg(run.totalS > 0 ? QString::number(run.totalS, 'f', 0) : QStringLiteral("?"));
        const QString rate = rateText(run).rightJustified(14);
        QString detail = QStringLiteral("    %1 %2 %3  %4  %5")
                             .arg(bar(run.progressRatio(), std::clamp(width / 5, 8, 30)),
                                  time.rightJustified(11), rate,
                                  sparkline(run.recentRates.toList(), 16), cpuText(run));
        if (!run.error.isEmpty() && !run.isActive())
            detail += QStringLiteral("  ") + terminalSafe(run.error).simplified();
        lines << fit(detail, width);
    }
    if (count > last - first)
        lines << fit(
            QStringLiteral("  runs %1-%2 of %3 (↑/↓ scrolls)").arg(first + 1).arg(last).arg(count),
            width);

    const double now = view.totals.isEmpty() ? 0 : view.totals.constLast();
    double peak = 0;
    for (const double v : view.totals)
        peak = std::max(peak, v);
    lines << fit(QStringLiteral("Total %1 now, peak %2 (one column a second)")
                     .arg(Format::bitrate(now), Format::bitrate(peak)),
                 width);
    for (const QString &row : chartRows(view.totals, width - 2, ChartRows))
        lines << QStringLiteral("  ") + row;

    // The latest warnings and errors of the runs and of Perfdeck.
    QStringList problems;
    const auto &log = runs.log();
    for (int i = log.size() - 1; i >= 0 && problems.size() < 2; --i) {
        const LiveLogEntry &e = log.at(i);
        if (e.level == LiveLogLevel::Info)
            continue;
        problems.prepend(fit(QStringLiteral("%1 %2 %3: %4")
                                 .arg(e.level == LiveLogLevel::Error ? QStringLiteral("error")
                                                                     : QStringLiteral("warning"),
                                      terminalSafe(e.runId), terminalSafe(e.origin),
                                      terminalSafe(e.text).simplified()),
                             width));
    }
    lines << problems;
    lines << QString(width, QChar(0x2500));
    QString help = QStringLiteral("q stop all   p pause display   a abort selected   ↑/↓ select");
    if (!view.notice.isEmpty())
        help += QStringLiteral("   ") + view.notice;
    lines << fit(help, width);
    return lines;
}

void TerminalDashboard::start() {
    if (m_active)
        return;
    m_active = true;
    // Ctrl-Z and fg: through a self-pipe into the event loop, which gives the terminal back
    // before stopping (the default action would stop us in the alternate screen, keys raw).
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_jobPipe) == 0) {
        ::fcntl(g_jobPipe[0], F_SETFL, O_NONBLOCK);
        ::fcntl(g_jobPipe[1], F_SETFL, O_NONBLOCK);
        m_jobSignals = new QSocketNotifier(g_jobPipe[0], QSocketNotifier::Read, this);
        connect(m_jobSignals, &QSocketNotifier::activated, this, &TerminalDashboard::onJobSignal);
        setHandler(SIGTSTP, forwardJobSignal, SA_RESTART);
        setHandler(SIGCONT, forwardJobSignal, SA_RESTART);
    }
    for (std::size_t i = 0; i < std::size(FatalSignals); ++i)
        setHandler(FatalSignals[i], onFatalSignal, SA_RESETHAND | SA_NODEFER, &g_previousFatal[i]);
    divertMessages();
    enterScreen();
    m_timer->start();
}

void TerminalDashboard::enterScreen() {
    if (::isatty(STDIN_FILENO) == 1) {
        auto saved = std::make_unique<SavedTerminal>();
        if (::tcgetattr(STDIN_FILENO, &saved->attributes) == 0) {
            termios raw = saved->attributes;
            // Keys arrive one by one and are not echoed; ISIG stays, so Ctrl-C still stops.
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO);
            raw.c_cc[VMIN] = 1;
            raw.c_cc[VTIME] = 0;
            g_fatalAttributes = saved->attributes;
            g_fatalHaveAttributes = 1;
            if (::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0)
                m_savedTerminal = std::move(saved);
        }
        m_keys = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_keys, &QSocketNotifier::activated, this, &TerminalDashboard::onKeys);
    }
    // The alternate screen keeps the user's scrollback as it was; no cursor blinking around.
    writeTerminal("\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J");
    g_fatalScreenUp = 1;
    redraw();
}

void TerminalDashboard::leaveScreen() {
    if (m_keys) {
        m_keys->setEnabled(false);
        m_keys->deleteLater();
        m_keys = nullptr;
    }
    if (m_savedTerminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_savedTerminal->attributes);
        m_savedTerminal.reset();
    }
    g_fatalHaveAttributes = 0;
    if (g_fatalScreenUp) {
        g_fatalScreenUp = 0;
        writeTerminal("\x1b[?25h\x1b[?1049l");
    }
}

void TerminalDashboard::finish() {
    m_timer->stop();
    restoreTerminal();
}

void TerminalDashboard::restoreTerminal() {
    if (!m_active)
        return;
    m_active = false;
    leaveScreen();
    m_suspended = false;
    if (m_jobSignals) {
        setHandler(SIGTSTP, SIG_DFL, 0);
        setHandler(SIGCONT, SIG_DFL, 0);
        m_jobSignals->setEnabled(false);
        delete m_jobSignals;
        m_jobSignals = nullptr;
        for (int &fd : g_jobPipe) {
            ::close(fd);
            fd = -1;
        }
    }
    for (std::size_t i = 0; i < std::size(FatalSignals); ++i)
        ::sigaction(FatalSignals[i], &g_previousFatal[i], nullptr);
    if (g_messageTarget == this) {
        qInstallMessageHandler(g_previousMessageHandler);
        g_messageTarget = nullptr;
    }
    setStandardErrorSink({});
    // What was held back goes where it would have gone: the normal screen's stderr.
    for (const QString &text : std::as_const(m_held))
        writeStandardError(text);
    m_held.clear();
}

void TerminalDashboard::divertMessages() {
    setStandardErrorSink([this](const QString &text, bool error) {
        addMessage(text, error ? LiveLogLevel::Error : LiveLogLevel::Warning);
    });
    g_messageTarget = this;
    g_previousMessageHandler = qInstallMessageHandler(onQtMessage);
}

void TerminalDashboard::addMessage(const QString &text, LiveLogLevel level) {
    QString line = text;
    if (!line.endsWith(QLatin1Char('\n')))
        line += QLatin1Char('\n');
    m_held << line;
    if (level == LiveLogLevel::Info)
        return;
    for (QString part : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("perfdeck-cli: ")))
            part = part.mid(14);
        if (!part.isEmpty())
            m_runs->appendLog(QString(), QStringLiteral("perfdeck"), level, part);
    }
    if (!m_view.paused)
        redraw();
}

void TerminalDashboard::onJobSignal() {
    char byte = 0;
    while (g_jobPipe[0] >= 0 && ::read(g_jobPipe[0], &byte, 1) == 1) {
        if (byte == SIGTSTP)
            suspend();
        else if (byte == SIGCONT && m_suspended && ::tcgetpgrp(STDERR_FILENO) == ::getpgrp())
            resume(); // fg after bg
    }
}

void TerminalDashboard::suspend() {
    if (!m_active)
        return;
    m_suspended = true;
    m_timer->stop();
    leaveScreen();
    // Now stop as SIGTSTP would have: the shell gets its prompt and a normal terminal.
    setHandler(SIGTSTP, SIG_DFL, 0);
    ::raise(SIGTSTP);
    // Continued (fg, bg or kill -CONT): Ctrl-Z is ours again.
    if (m_jobSignals)
        setHandler(SIGTSTP, forwardJobSignal, SA_RESTART);
    // In the background the terminal is not ours to draw on; SIGCONT of a later fg resumes.
    if (::tcgetpgrp(STDERR_FILENO) == ::getpgrp())
        resume();
}

void TerminalDashboard::resume() {
    if (!m_active || !m_suspended)
        return;
    m_suspended = false;
    enterScreen();
    m_timer->start();
}

void TerminalDashboard::writeTerminal(const QByteArray &bytes) const {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDERR_FILENO, bytes.constData() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the terminal went away: nothing more to draw
        done += n;
    }
}

void TerminalDashboard::tick() {
    if (++m_ticks % TicksPerTotal == 0) {
        double total = 0;
        for (const LiveRun &run : m_runs->runs()) {
            if (run.status == LiveStatus::Running && run.rateBps && !run.isRequestResponse())
                total += *run.rateBps + run.reverseRateBps.value_or(0.0);
        }
        m_view.totals.append(total);
        if (m_view.totals.size() > MaxTotals)
            m_view.totals.removeFirst();
    }
    if (!m_view.paused)
        redraw();
}

void TerminalDashboard::redraw() {
    if (!m_active || m_suspended)
        return;
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        m_view.width = size.ws_col;
        m_view.height = size.ws_row;
    }
    const QStringList lines = render(*m_runs, m_view);
    QByteArray frame = "\x1b[H";
    for (int i = 0; i < lines.size() && i < std::max(1, m_view.height); ++i) {
        if (i > 0)
            frame += "\r\n";
        frame += lines.at(i).toUtf8() + "\x1b[K";
    }
    frame += "\x1b[J";
    writeTerminal(frame);
}

void TerminalDashboard::onKeys() {
    char buffer[64];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            // stdin closed: no more keys, the dashboard goes on.
            m_keys->setEnabled(false);
        }
        return;
    }
    m_pendingKeys += QByteArray(buffer, int(n));
    while (!m_pendingKeys.isEmpty()) {
        QByteArray key = m_pendingKeys.left(1);
        if (m_pendingKeys.startsWith("\x1b[") || m_pendingKeys.startsWith("\x1bO")) {
            if (m_pendingKeys.size() < 3)
                return; // the rest of the sequence is still on its way
            key = m_pendingKeys.left(3);
        }
        m_pendingKeys.remove(0, key.size());
        handleKey(key);
    }
}

void TerminalDashboard::handleKey(const QByteArray &key) {
    const int count = m_runs->count();
    if (key == "q" || key == "Q") {
        m_view.notice = QStringLiteral("stopping every test…");
        Q_EMIT quitRequested();
    } else if (key == "p" || key == "P" || key == " ") {
        m_view.paused = !m_view.paused;
        m_view.notice =
            m_view.paused ? QStringLiteral("display paused, the tests go on") : QString();
    } else if (key == "a" || key == "A") {
        const int row = std::clamp(m_view.selected, 0, std::max(0, count - 1));
        if (count == 0)
            m_view.notice = QStringLiteral("no test to abort yet");
        else if (m_runs->stop(row))
            m_view.notice = QStringLiteral("aborting %1").arg(terminalSafe(m_runs->run(row).runId));
        else
            m_view.notice =
                QStringLiteral("%1 is not running").arg(terminalSafe(m_runs->run(row).runId));
    } else if (key == "\x1b[A" || key == "\x1bOA" || key == "k") {
        m_view.selected = std::max(0, std::min(m_view.selected, count - 1) - 1);
    } else if (key == "\x1b[B" || key == "\x1bOB" || key == "j") {
        m_view.selected = std::min(std::max(0, count - 1), m_view.selected + 1);
    } else {
        return;
    }
    // A key's effect shows at once, also while the display is paused.
    redraw();
}

} // namespace Perfdeck::Cli

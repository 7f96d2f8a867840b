#include "cli/terminalprompter.h"

#include "cli/clioutput.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

// Nobody at the keyboard for this long: the login is refused rather than waiting forever.
constexpr int PromptLimitMs = 120 * 1000;
constexpr qsizetype MaxSecretBytes = 4096;

} // namespace

TerminalPrompter::TerminalPrompter(QObject *parent)
    : QObject(parent) {
    connect(&m_reader, &QFutureWatcher<Answer>::finished, this, [this] {
        const Answer answer = m_reader.result();
        const Pending current = std::exchange(m_current, Pending{});
        m_asking = false;
        if (current.connection) {
            if (answer.ok)
                current.connection->provideSecret(answer.secret);
            else
                current.connection->refuseSecret();
        }
        next();
    });
}

TerminalPrompter::~TerminalPrompter() {
    // The reader polls this flag: it restores the terminal's echo and returns.
    *m_cancel = true;
    m_reader.waitForFinished();
}

bool TerminalPrompter::hasTerminal() {
    if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
        return false;
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

void TerminalPrompter::ask(SshConnection *connection, const SshConnection::SecretRequest &request) {
    if (!hasTerminal()) {
        printError(Tr::tr("%1: no terminal to ask on; use ssh-agent or a key without a "
                          "passphrase")
                       .arg(request.prompt));
        connection->refuseSecret();
        return;
    }
    m_queue.enqueue(Pending{connection, request});
    next();
}

void TerminalPrompter::next() {
    if (m_asking || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    if (!m_current.connection) {
        next();
        return;
    }
    m_asking = true;
    QString prompt = m_current.request.prompt;
    if (m_current.request.attempt > 1)
        prompt = Tr::tr("Permission denied, please try again.\n") + prompt;
    // A QString, not the QStringBuilder `prompt + ": "` would be: the builder keeps references
    // to this function's locals and the task runs after they are gone.
    const QString shown = prompt + QStringLiteral(": ");
    m_reader.setFuture(QtConcurrent::run(&TerminalPrompter::read, shown, m_cancel));
}

TerminalPrompter::Answer TerminalPrompter::read(const QString &prompt,
                                                std::shared_ptr<std::atomic_bool> cancel) {
    Answer answer;
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return answer;
    const QByteArray shown = prompt.toLocal8Bit();
    if (::write(fd, shown.constData(), size_t(shown.size())) < 0) {
        ::close(fd);
        return answer;
    }
    termios saved{};
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray typed;
    bool ended = false;
    for (int waited = 0; !ended && !*cancel && waited < PromptLimitMs;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0) {
            waited += 200;
            continue;
        }
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got <= 0)
            break; // the terminal went away
        if (c == '\n' || c == '\r')
            ended = true;
        else if (typed.size() < MaxSecretBytes)
            typed.append(c);
    }
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &saved);
    if (!ended && haveTermios) {
        const char newline = '\n';
        (void)!::write(fd, &newline, 1);
    }
    ::close(fd);
    answer.ok = ended;
    answer.secret = QString::fromLocal8Bit(typed);
    typed.fill('\0');
    return answer;
}

} // namespace Perfdeck::Cli

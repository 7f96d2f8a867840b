#include "exec/managedprocess.h"

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

ManagedProcess::ManagedProcess(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this)) {
    m_deadline.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    // The child dies with us (SIGKILL on parent death) and gets its own process group, so a
    // terminal Ctrl-C reaches Perfdeck first and Perfdeck decides how to stop its tools.
    m_process->setChildProcessModifier([this] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::setpgid(0, 0);
        // In the forked child: only async-signal-safe calls, reading the copied list.
        for (const int fd : std::as_const(m_inheritedFds))
            ::fcntl(fd, F_SETFD, 0);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ManagedProcess::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &ManagedProcess::readStderr);
    connect(m_process, &QProcess::finished, this, &ManagedProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ManagedProcess::onErrorOccurred);
    connect(m_process, &QProcess::started, this, [this] {
        // The child made itself the leader of its group (setpgid above) before exec.
        m_processGroup = m_process->processId();
        Q_EMIT started();
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stop();
    });
    connect(&m_graceTimer, &QTimer::timeout, this, &ManagedProcess::kill);
}

ManagedProcess::~ManagedProcess() {
    if (m_process->state() != QProcess::NotRunning) {
        // Reap synchronously: the destructor must not leave a zombie or an orphan behind.
        m_process->blockSignals(true);
        signalGroup(SIGKILL);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    sweepGroup();
}

bool ManagedProcess::signalGroup(int signal) {
    // The whole group: a tool behind a wrapper script is the wrapper's child, and a signal to
    // the wrapper alone would leave it running.
    return m_processGroup > 0 && ::kill(-pid_t(m_processGroup), signal) == 0;
}

void ManagedProcess::sweepGroup() {
    // The leader is reaped: whatever it left in its group (a tool its wrapper started, a
    // background child) must not outlive it. The group ID cannot be reused while members
    // remain, so this reaches only them.
    if (m_processGroup > 0)
        ::kill(-pid_t(m_processGroup), SIGKILL);
    m_processGroup = 0;
}

void ManagedProcess::setProgram(const QString &program, const QStringList &arguments) {
    m_program = program;
    m_arguments = arguments;
}

QString ManagedProcess::commandLine() const {
    return shellCommandLine(m_program, m_arguments);
}

void ManagedProcess::start() {
    m_stdoutLines.clear();
    m_stderrLines.clear();
    m_stdoutAll.clear();
    m_stderrAll.clear();
    m_timedOut = false;
    m_stopRequested = false;
    m_signalSent = 0;
    m_finishedEmitted = false;
    m_processGroup = 0;
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    m_process->start(m_program, m_arguments, QIODevice::ReadOnly);
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
}

void ManagedProcess::stop() {
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopRequested = true;
    if (m_process->state() == QProcess::Starting) {
        kill();
        return;
    }
    m_signalSent = std::max(m_signalSent, int(SIGTERM));
    if (!signalGroup(SIGTERM))
        m_process->terminate();
    if (!m_graceTimer.isActive())
        m_graceTimer.start(m_graceMs);
}

void ManagedProcess::kill() {
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopRequested = true;
    m_signalSent = SIGKILL;
    signalGroup(SIGKILL);
    m_process->kill();
}

bool ManagedProcess::isRunning() const {
    return m_process->state() != QProcess::NotRunning;
}

qint64 ManagedProcess::pid() const {
    return m_process->processId();
}

void ManagedProcess::readStdout() {
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_captureStdout)
        m_stdoutAll.append(chunk);
    emitLines(m_stdoutLines.feed(chunk), true);
}

void ManagedProcess::readStderr() {
    const QByteArray chunk = m_process->readAllStandardError();
    m_stderrAll += QString::fromUtf8(chunk);
    emitLines(m_stderrLines.feed(chunk), false);
}

void ManagedProcess::emitLines(const QStringList &lines, bool isStdout) {
    for (const QString &line : lines) {
        if (isStdout)
            Q_EMIT stdoutLine(line);
        else
            Q_EMIT stderrLine(line);
    }
}

namespace {

// How a process that Perfdeck did not stop died: the signal is the cause a user looks for
// (SIGKILL from the OOM killer or another user, SIGSEGV from the tool itself). Qt reports the
// signal number as the exit code of a crashed process.
QString signalDescription(int signal) {
    const char *name = signal > 0 ? ::sigabbrev_np(signal) : nullptr;
    const QString which =
        name ? QStringLiteral("signal %1 (SIG%2)").arg(signal).arg(QString::fromLatin1(name))
             : QStringLiteral("a signal");
    switch (signal) {
    case SIGKILL:
    case SIGTERM:
    case SIGINT:
    case SIGHUP:
    case SIGQUIT:
        return Tr::tr("was killed by %1").arg(which);
    default:
        return QStringLiteral("crashed (%1)").arg(which);
    }
}

} // namespace

void ManagedProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    m_deadline.stop();
    m_graceTimer.stop();
    sweepGroup();
    readStdout();
    readStderr();
    emitLines(m_stdoutLines.finish(), true);
    emitLines(m_stderrLines.finish(), false);
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    QString description;
    if (m_timedOut)
        description = Tr::tr("timed out after %1 s").arg(m_timeoutMs / 1000.0);
    else if (status == QProcess::CrashExit && m_stopRequested &&
             (m_signalSent == SIGKILL || exitCode == m_signalSent))
        description = QStringLiteral("stopped");
    else if (status == QProcess::CrashExit)
        description = signalDescription(exitCode);
    else if (exitCode != 0)
        description = Tr::tr("exited with code %1").arg(exitCode);
    Q_EMIT finished(status == QProcess::CrashExit ? -1 : exitCode, status, description);
}

void ManagedProcess::onErrorOccurred(QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart || m_finishedEmitted)
        return;
    m_deadline.stop();
    m_finishedEmitted = true;
    Q_EMIT finished(-1, QProcess::CrashExit,
                    Tr::tr("could not start %1: %2").arg(m_program, m_process->errorString()));
}

} // namespace Perfdeck

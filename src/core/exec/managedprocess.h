// A child process that Perfdeck owns from start to reaping: output split into lines (the
// unfinished last line is kept for the next read), an optional deadline, and a stop that
// escalates from SIGTERM to SIGKILL. Children die with their parent (PR_SET_PDEATHSIG), so a
// crashed or killed Perfdeck leaves no orphan tool running.
#pragma once

#include "exec/linesplitter.h"
#include "util/chunkedbuffer.h"
#include "util/shellquote.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Perfdeck {

class ManagedProcess final : public QObject {
    Q_OBJECT
public:
    explicit ManagedProcess(QObject *parent = nullptr);
    ~ManagedProcess() override;

    void setProgram(const QString &program, const QStringList &arguments);
    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }
    // The command as a user could paste it into a shell (each argument quoted as needed).
    QString commandLine() const;
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    // Descriptors of this process (opened with O_CLOEXEC) that the child keeps across its
    // exec, under the same numbers: the pipes of a start barrier.
    void setInheritedFds(const QList<int> &fds) { m_inheritedFds = fds; }
    // Kills the process (with the usual grace period) when it runs longer than this.
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    // Time between SIGTERM and SIGKILL in stop().
    void setGracePeriod(int msecs) { m_graceMs = msecs; }
    // Keep the whole stdout in memory (in addition to the line signals).
    void setCaptureStdout(bool capture) { m_captureStdout = capture; }

    void start();
    // Asks the process and its group to end (SIGTERM), kills them after the grace period.
    // Non-blocking. Whatever is left in the group when the process ends is killed.
    void stop();
    // Immediate SIGKILL to the process and its group. Non-blocking.
    void kill();

    bool isRunning() const;
    qint64 pid() const;
    bool timedOut() const { return m_timedOut; }
    bool stopRequested() const { return m_stopRequested; }
    ChunkedBuffer capturedStdout() const { return m_stdoutAll; }
    QString stderrText() const { return m_stderrAll; }

Q_SIGNALS:
    void started();
    void stdoutLine(const QString &line);
    void stderrLine(const QString &line);
    // exitCode is -1 when the process crashed or was killed; description says what happened.
    void finished(int exitCode, QProcess::ExitStatus status, const QString &description);

private:
    void readStdout();
    void readStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void emitLines(const QStringList &lines, bool isStdout);
    bool signalGroup(int signal);
    void sweepGroup();

    QProcess *m_process = nullptr;
    QTimer m_deadline;
    QTimer m_graceTimer;
    QString m_program;
    QStringList m_arguments;
    QString m_workingDirectory;
    QList<int> m_inheritedFds;
    LineSplitter m_stdoutLines;
    LineSplitter m_stderrLines;
    ChunkedBuffer m_stdoutAll;
    QString m_stderrAll;
    int m_timeoutMs = 0;
    int m_graceMs = 3000;
    bool m_captureStdout = false;
    bool m_timedOut = false;
    bool m_stopRequested = false;
    // The strongest signal we sent (SIGTERM by stop(), SIGKILL by kill()): a death by another
    // one (SIGKILL while we had only asked with SIGTERM) was someone else's doing.
    int m_signalSent = 0;
    bool m_finishedEmitted = false;
    qint64 m_processGroup = 0; // the child's PID, which is its group's ID; 0 when reaped
};

} // namespace Perfdeck

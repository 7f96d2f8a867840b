// One process of a test on some host (this machine, or a remote one over SSH), as a test run
// sees it: configured, started, followed line by line on stdout and stderr, and ended with an
// exit status, a stop (SIGTERM, SIGKILL after a grace period) or a kill that reaches the whole
// process group. A HostLauncher creates them; the run never knows where the process lives.
#pragma once

#include "util/chunkedbuffer.h"

#include <QObject>
#include <QStringList>

namespace Perfdeck {

class HostProcess : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // ---- Configuration, before start() ----
    void setProgram(const QString &program, const QStringList &arguments);
    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }
    // The command as a user could paste it into a shell on that host (arguments quoted).
    QString commandLine() const;
    // Stops the process (with the grace period) when it runs longer than this; 0: no limit.
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }
    // Time between SIGTERM and SIGKILL in stop().
    void setGracePeriod(int msecs) { m_graceMs = msecs; }
    int gracePeriod() const { return m_graceMs; }
    // Keep the whole stdout in memory (in addition to the line signals).
    void setCaptureStdout(bool capture) { m_captureStdout = capture; }
    bool capturesStdout() const { return m_captureStdout; }
    // Descriptors of this Perfdeck that the process keeps open under the same numbers (a
    // start barrier's pipes). Only a process on this machine can inherit them.
    void setInheritedFds(const QList<int> &fds) { m_inheritedFds = fds; }
    QList<int> inheritedFds() const { return m_inheritedFds; }
    // A start barrier for a process that cannot inherit its pipe (one on another host): start()
    // spawns what stands in front of the program, which then waits; startHeld() says it waits,
    // releaseStart() lets the program run, startReleased() follows with the moment. Only where
    // canHoldStart().
    virtual bool canHoldStart() const { return false; }
    void setHoldStart(bool hold) { m_holdStart = hold; }
    bool holdsStart() const { return m_holdStart; }
    virtual void releaseStart() {}

    // ---- Life cycle: all non-blocking; finished() follows exactly once after start() ----
    virtual void start() = 0;
    // SIGTERM to the process group, SIGKILL to it after the grace period.
    virtual void stop() = 0;
    // SIGKILL to the process group at once.
    virtual void kill() = 0;

    virtual bool isRunning() const = 0;
    // The process ID on its host (0 before it started or when the host has not reported it).
    virtual qint64 pid() const = 0;
    // Whether the timeout ended it.
    virtual bool timedOut() const = 0;
    // The whole stdout when setCaptureStdout(true), else empty (join() it off the UI thread
    // when it may be large).
    virtual ChunkedBuffer capturedStdout() const = 0;
    // Everything the process wrote to stderr (for error messages).
    virtual QString stderrText() const = 0;

Q_SIGNALS:
    void started();
    // Whole lines ("\n", "\r\n" or a lone "\r" ends one); the last unfinished line comes
    // before finished().
    void stdoutLine(const QString &line);
    void stderrLine(const QString &line);
    // exitCode is -1 when the process crashed, was killed or could not start; description
    // says what happened ("exited with code 3", "stopped", "timed out after 5 s", "could not
    // start ..."), empty for a clean exit 0.
    void finished(int exitCode, const QString &description);
    // With setHoldStart(true): spawned and waiting for releaseStart().
    void startHeld();
    // The program was let run; realtimeNs: the host's CLOCK_REALTIME at that moment (ns since
    // the epoch), 0 when the host gave none.
    void startReleased(qint64 realtimeNs);

private:
    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs = 0;
    int m_graceMs = 3000;
    bool m_captureStdout = false;
    bool m_holdStart = false;
    QList<int> m_inheritedFds;
};

} // namespace Perfdeck

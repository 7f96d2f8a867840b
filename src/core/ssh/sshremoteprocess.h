// A program started on a remote host through an exec channel of a shared SshConnection, wrapped
// so that Perfdeck learns its PID (= its process group: sshd starts every session in a new one)
// and so that nothing survives it: the wrapper's watchdog kills the whole group when the
// channel's stdin ends, which is what stop(), an exec timeout and a dropped connection all do.
#pragma once

#include "ssh/sshchannel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Perfdeck {

class SshConnection;

class SshRemoteProcess final : public QObject {
    Q_OBJECT
public:
    explicit SshRemoteProcess(SshConnection *connection, QObject *parent = nullptr);
    ~SshRemoteProcess() override;

    void setProgram(const QString &program, const QStringList &arguments);
    // Ends the process (stop) when it runs longer than this. 0: no limit.
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    // Time between SIGTERM (to the group) and SIGKILL in stop().
    void setGracePeriod(int msecs) { m_graceMs = msecs; }
    // A start barrier on the host: the wrapper reports its PID (held()) and waits for
    // releaseStart() before it runs the program (released() with the host's clock). Stopping
    // it while it waits ends it without running the program.
    void setHoldStart(bool hold) { m_holdStart = hold; }
    void releaseStart();

    // The exact command line sent to the remote shell: every argument single-quoted, so user
    // text never becomes shell syntax.
    static QString wrappedCommand(const QString &program, const QStringList &arguments,
                                  bool holdStart = false);
    // The command as a user could paste it into a shell on that host.
    QString commandLine() const;

    void start();
    // SIGTERM to the remote process group, SIGKILL after the grace period. Non-blocking.
    void stop();
    // SIGKILL to the remote process group. Non-blocking.
    void kill();

    bool isRunning() const { return m_running; }
    // The remote PID (and process group), 0 until the wrapper reported it.
    qint64 remotePid() const { return m_remotePid; }
    bool timedOut() const { return m_timedOut; }
    bool stopRequested() const { return m_stopRequested; }
    QString hostName() const;

Q_SIGNALS:
    void started();
    // setHoldStart(true): the wrapper waits for releaseStart() (comes right after started()).
    void held();
    // The program runs; realtimeNs: the host's CLOCK_REALTIME then, 0 if it gave none.
    void released(qint64 realtimeNs);
    void stdoutLine(const QString &line);
    void stderrLine(const QString &line);
    // exitCode -1: killed by a signal, never started, or the connection dropped (description
    // names the host and why).
    void finished(int exitCode, const QString &description);

private:
    void onStdout(const QString &line);
    void onFinished(const SshChannel::Exit &exit);
    void sendSignal(const char *signal);

    QPointer<SshConnection> m_connection;
    QPointer<SshChannel> m_channel;
    QString m_program;
    QStringList m_arguments;
    QTimer m_deadline;
    QTimer m_graceTimer;
    QTimer m_answerTimer; // after SIGKILL: how long the host may take to confirm the end
    int m_timeoutMs = 0;
    int m_graceMs = 3000;
    qint64 m_remotePid = 0;
    int m_toolExit = -1;
    bool m_toolExitSeen = false;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_stopRequested = false;
    bool m_holdStart = false;
    bool m_releaseSent = false;
    bool m_goSeen = false;
};

} // namespace Perfdeck

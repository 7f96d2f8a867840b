// The lifecycle every locally driven test shares, whatever the tool: an optional embedded
// server on a free loopback port (started, awaited, retried when the port is taken, stopped
// with the run), one client process with a deadline, progress ticks, live samples, and cancel
// and failure paths that keep what was measured. Iperf3Run and NetperfRun add the parts that
// depend on the tool: command lines, readiness, and how output becomes a RunResult.
#pragma once

#include "exec/testrun.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Perfdeck {

class ManagedProcess;

class LocalToolRun : public TestRun {
    Q_OBJECT
public:
    ~LocalToolRun() override;

    void start() override;
    void cancel() override;
    State state() const override { return m_state; }
    QList<qint64> processIds() const override;
    const TestSpec &spec() const override { return m_spec; }

    quint16 serverPort() const { return m_serverPort; }
    // Milliseconds to wait for the embedded server to listen before giving up.
    void setServerStartTimeout(int msecs) { m_serverStartTimeoutMs = msecs; }
    // Keep the tool's own output in this file, for audits and re-imports.
    void setRawOutputPath(const QString &path) { m_rawOutputPath = path; }

protected:
    LocalToolRun(const TestSpec &spec, const QString &runId, QObject *parent);

    // ---- What the engine supplies ----
    // Why the tools cannot run this spec (missing binary, unsupported feature); empty if fine.
    virtual QString preflightError() const = 0;
    // "iperf3 server", "netserver": for messages.
    virtual QString serverName() const = 0;
    // Program and arguments of the embedded server on port (resets per-server parse state).
    virtual QStringList serverCommand(quint16 port) = 0;
    // One line of the embedded server's output; call serverIsListening() once it is ready.
    virtual void onServerLine(const QString &line) = 0;
    // Why the server ended before listening; the default is its last output line.
    virtual QString serverStartFailure() const;
    // Whether that reason means the port was taken (another port is then tried).
    virtual bool portTaken(const QString &reason) const = 0;
    // Starts the client (through launchClient) once the server listens, or at once.
    virtual void startClient() = 0;
    virtual void onClientStdout(const QString &line) = 0;
    virtual void onClientStderr(const QString &line);
    // The client ended normally or not: build the result and call finishWith().
    virtual void onClientFinished(int exitCode, const QString &description) = 0;
    // The planned length of the test, for progress.
    virtual double expectedSeconds() const = 0;
    // How long the client may run in all; the server's deadline is derived from it.
    virtual int clientTimeoutSeconds() const = 0;

    // ---- Shared machinery ----
    void setState(State state);
    void serverIsListening();
    void launchClient(const QString &program, const QStringList &arguments, int graceMs,
                      bool captureStdout);
    // Live samples; the closing sliver (< 25 % of the interval) is noise and is dropped.
    void emitSamples(const QList<IntervalSample> &samples);
    void keepRawOutput(const QByteArray &bytes);
    // Ends with this result once the embedded server is gone, stopping it after lingerMs.
    void finishWith(const RunResult &run, int serverLingerMs);
    void fail(const QString &message);

    static QString lastNonEmptyLine(const QString &text);
    static const QString LocalHostAddress;

    TestSpec m_spec;
    RunResult m_result;
    ManagedProcess *m_server = nullptr;
    ManagedProcess *m_client = nullptr;
    QList<IntervalSample> m_liveSamples;
    QString m_serverOutputTail;
    quint16 m_serverPort = 0;
    bool m_cancelled = false;
    bool m_clientDone = false;

private:
    void startServer();
    void handleServerLine(const QString &line);
    void onServerFinished(int exitCode, const QString &description);
    void handleClientFinished(int exitCode, const QString &description);
    void complete();

    State m_state = State::Idle;
    QTimer m_progressTimer;
    QTimer m_serverStartTimer;
    QElapsedTimer m_clientClock;
    QString m_rawOutputPath;
    int m_serverAttempts = 0;
    int m_serverStartTimeoutMs = 10000;
    bool m_failed = false;
};

} // namespace Perfdeck

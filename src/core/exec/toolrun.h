// The lifecycle every test shares, whatever the tool and wherever its processes run: an
// optional server that Perfdeck starts on the server host (on a port leased there, awaited,
// retried when the port is taken, stopped with the run), one client process on the client host
// with a deadline, progress ticks, live samples, and cancel and failure paths that keep what
// was measured. Iperf3Run and NetperfRun add the parts that depend on the tool: command lines,
// readiness, and how output becomes a RunResult. Processes come from the hosts' launchers.
#pragma once

#include "exec/testrun.h"
#include "util/chunkedbuffer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Perfdeck {

class HostLauncher;
class HostProcess;
class StartBarrier;
struct PortLease;

// The launchers of a run's two ends; both must outlive the run.
struct RunHosts {
    HostLauncher *client = nullptr;
    // Where Perfdeck starts the server (spec.usesEmbeddedServer()); unused for an external one.
    HostLauncher *server = nullptr;
};

class ToolRun : public TestRun {
    Q_OBJECT
public:
    ~ToolRun() override;

    void start() override;
    void cancel() override;
    State state() const override { return m_state; }
    // PIDs of the run's processes alive on this machine (remote ones are not listed).
    QList<qint64> processIds() const override;
    QList<Process> processes() const override;
    const TestSpec &spec() const override { return m_spec; }

    const RunHosts &hosts() const { return m_hosts; }
    // The port of the server Perfdeck started (0 before it has one).
    quint16 serverPort() const { return m_serverPort; }
    // Milliseconds to wait for the embedded server to listen before giving up.
    void setServerStartTimeout(int msecs) { m_serverStartTimeoutMs = msecs; }
    // Keep the tool's own output in this file, for audits and re-imports.
    void setRawOutputPath(const QString &path) { m_rawOutputPath = path; }
    // One of several instances started together: the client waits at the barrier (behind
    // perfdeck-gate on this machine, or is launched when it opens elsewhere), pinned to cpus
    // (none: not pinned; taskset on a remote host). The barrier must outlive the run.
    void setStartBarrier(StartBarrier *barrier, int slot, const QList<int> &cpus);

protected:
    ToolRun(const TestSpec &spec, const RunHosts &hosts, const QString &runId, QObject *parent);

    // ---- What the engine supplies ----
    // Why the tools cannot run this spec (missing binary, unsupported feature); empty if fine.
    virtual QString preflightError() const = 0;
    // "iperf3 server", "netserver": for messages.
    virtual QString serverName() const = 0;
    // Program and arguments of the server on port, bound to serverAddress() (resets the
    // per-server parse state).
    virtual QStringList serverCommand(quint16 port) = 0;
    // One line of the server's output; call serverIsListening() once it is ready.
    virtual void onServerLine(const QString &line) = 0;
    // Why the server ended before listening; the default is its last output line.
    virtual QString serverStartFailure() const;
    // Whether that reason means the port was taken (another port is then tried).
    virtual bool portTaken(const QString &reason) const = 0;
    // Starts the client (through launchClient) once the server listens, or at once.
    virtual void startClient() = 0;
    virtual void onClientStdout(const QString &line) = 0;
    virtual void onClientStderr(const QString &line);
    // The client ended normally or not: build the result (synchronously or not; the run does
    // not finish before) and call finishWith().
    virtual void onClientFinished(int exitCode, const QString &description) = 0;
    // The planned length of the test, for progress.
    virtual double expectedSeconds() const = 0;
    // How long the client may run in all; the server's deadline is derived from it.
    virtual int clientTimeoutSeconds() const = 0;

    // ---- Shared machinery ----
    // What the result says about the run before the tool has said anything.
    void describeRun(Engine engine, Protocol protocol, Direction direction, int streams,
                     const QString &toolVersion);
    // The result as known before the tool's output: identity, hosts, command, start time.
    const RunResult &draftResult() const { return m_result; }
    // "host:port" of the server, as recorded in the result.
    void setServerLabel(const QString &label) { m_result.server = label; }
    // The address the server Perfdeck starts binds to (its host's address).
    QString serverAddress() const;
    // Where the client connects: the started server's host and port, or the spec's target.
    QString clientTargetHost() const;
    int clientTargetPort() const;
    // The address a local client sends from when it stands for this machine at another
    // loopback address (a plan's "lo2" at 127.0.0.2) and targets a loopback server, so the
    // server sees the plan's host; empty otherwise (the kernel picks the source).
    QString loopbackSourceAddress(const QString &targetHost) const;

    void serverIsListening();
    void launchClient(const QString &program, const QStringList &arguments, int graceMs,
                      bool captureStdout);
    // Live samples; the closing sliver (< 25 % of the interval) is noise and is dropped.
    void emitSamples(const QList<IntervalSample> &samples);
    const QList<IntervalSample> &liveSamples() const { return m_liveSamples; }
    void keepRawOutput(const QByteArray &bytes);
    // Where keepRawOutput() writes (empty: nowhere), for writers off the UI thread.
    QString rawOutputPath() const { return m_rawOutputPath; }
    // Why a client that timed out without measuring anything got no answer: tries a TCP
    // connection to the target from this machine (a client elsewhere gets a plainer text) and
    // calls done with "no response from the iperf3 server at HOST:PORT within N s: ...".
    void explainSilentServer(int defaultPort, std::function<void(const QString &)> done);
    // Why a client that measured something was stopped at its deadline: the test never
    // ended, which is what a link or a server gone mid-test looks like from here.
    QString deadlineReason(int defaultPort) const;
    // Ends with this result once the embedded server is gone, stopping it after lingerMs.
    void finishWith(const RunResult &run, int serverLingerMs);
    void fail(const QString &message);

    bool isCancelled() const { return m_cancelled; }
    bool clientDone() const { return m_clientDone; }
    ChunkedBuffer clientStdout() const;
    QString clientStderr() const;
    bool clientTimedOut() const;
    QString serverOutputTail() const { return m_serverOutputTail; }

    static QString lastNonEmptyLine(const QString &text);

private:
    void setState(State state);
    void startServer();
    void onPortLeased(const PortLease &lease);
    void launchServer(quint16 port);
    void handleServerLine(const QString &line);
    void onServerFinished(int exitCode, const QString &description);
    void handleClientFinished(int exitCode, const QString &description);
    bool serverRunning() const;
    // Stops the embedded server (if it runs), remembering that its end is ours.
    void stopServer();
    void releaseLeasedPort();
    void complete();
    void startClientProcess();

    TestSpec m_spec;
    RunHosts m_hosts;
    RunResult m_result;
    HostProcess *m_server = nullptr;
    HostProcess *m_client = nullptr;
    QFutureWatcher<PortLease> *m_leaseWatcher = nullptr;
    QList<IntervalSample> m_liveSamples;
    QString m_serverOutputTail;
    // Why a remote end went away during the test (a dropped connection, a killed process):
    // added to a failed run's error, which otherwise has only the tool's words for it.
    QString m_clientLost;
    QString m_clientLostWhy; // the process's own description, part of m_clientLost
    QString m_serverLost;
    QString m_serverLostWhy;
    State m_state = State::Idle;
    QTimer m_progressTimer;
    QTimer m_serverStartTimer;
    QElapsedTimer m_clientClock;
    QString m_rawOutputPath;
    QPointer<StartBarrier> m_barrier;
    QList<int> m_cpus;
    int m_barrierSlot = 0;
    bool m_arrived = false; // counted at the barrier (arrived or withdrawn)
    quint16 m_serverPort = 0;
    quint16 m_leasedPort = 0; // the port to give back to the server host's launcher
    int m_serverAttempts = 0;
    int m_serverStartTimeoutMs = 10000;
    bool m_cancelled = false;
    bool m_clientDone = false;
    bool m_failed = false;
    bool m_serverStopRequested = false; // this run asked the current server to stop
    bool m_awaitingResult = false;      // the client ended; its result is being built
};

} // namespace Perfdeck

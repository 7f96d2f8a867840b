// Runs a batch of tests (each spec repeated spec.repeat times) with a concurrency limit,
// forwarding every run's live samples, logs and result with the run's index in the batch.
// Each run's client and server start through the launchers of the hosts its spec names; the
// tools are probed once per host and batch. The CLI and the GUI both drive tests through this
// class; cancel() leaves no process behind.
#pragma once

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "model/runresult.h"
#include "model/testspec.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

namespace Perfdeck {

class HostLauncher;
class LocalLauncher;
class TestRun;

class JobRunner final : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // At most this many runs at once (a profile's `concurrent: true` asks for all of them).
    static constexpr int MaxConcurrentLimit = 64;
    // Clamped to 1..MaxConcurrentLimit: each run holds processes, ports and a reader thread.
    void setMaxConcurrent(int runs) { m_maxConcurrent = qBound(1, runs, MaxConcurrentLimit); }
    int maxConcurrent() const { return m_maxConcurrent; }
    // This machine's iperf3. Empty: $PERFDECK_IPERF3 or iperf3 from PATH.
    void setIperf3Path(const QString &path);
    // This machine's netperf. Empty: $PERFDECK_NETPERF or netperf from PATH (netserver
    // beside it).
    void setNetperfPath(const QString &path);
    // The launcher of a host that specs name in clientHost/serverHost (replacing one of the
    // same name). This machine ("local", also an empty name) has one from the start. Not
    // owned: it must outlive the runner.
    void setLauncher(HostLauncher *launcher);
    HostLauncher *launcher(const QString &hostName) const;
    // Keep each run's raw tool output as DIR/<run id>.json (empty: do not keep).
    void setRawOutputDirectory(const QString &dir) { m_rawOutputDirectory = dir; }

    // Expands repeats, probes the tools off the calling thread, then starts the runs.
    void start(const QList<TestSpec> &specs);
    void cancel();

    bool isRunning() const { return m_running; }
    int totalRuns() const { return int(m_queue.size()); }
    int finishedRuns() const { return m_finishedCount; }
    QList<RunResult> results() const { return m_results; }
    QList<qint64> processIds() const;
    // The tools probed on this machine (default values before the first probe).
    Iperf3Info iperf3Info() const { return iperf3Info(QString()); }
    NetperfInfo netperfInfo() const { return netperfInfo(QString()); }
    // The tools probed on a host in this batch.
    Iperf3Info iperf3Info(const QString &hostName) const;
    NetperfInfo netperfInfo(const QString &hostName) const;

Q_SIGNALS:
    void runStarted(int index, const QString &runId, const Perfdeck::TestSpec &spec);
    void intervalSample(int index, const Perfdeck::IntervalSample &sample);
    void logLine(int index, const QString &origin, const QString &line);
    void runProgress(int index, double elapsedS, double totalS);
    void runFinished(int index, const Perfdeck::RunResult &result);
    void finished();

private:
    void probeTools();
    void onProbed();
    void launchMore();
    TestRun *createRun(const TestSpec &spec, const QString &id, QString *error);
    void onRunFinished(int index, const RunResult &result);
    static QString canonicalHost(const QString &hostName);

    QList<TestSpec> m_queue; // one entry per run, repeats expanded
    QList<RunResult> m_results;
    QList<TestRun *> m_active;
    LocalLauncher *m_localLauncher = nullptr;
    QHash<QString, HostLauncher *> m_launchers; // by host name
    // Probe results by host name; this machine's are kept across batches once found.
    QHash<QString, Iperf3Info> m_iperf3;
    QHash<QString, NetperfInfo> m_netperf;
    QList<QObject *> m_probeWatchers; // pending probes
    QList<QFuture<void>> m_localProbes;
    QString m_iperf3Path;
    QString m_netperfPath;
    QString m_rawOutputDirectory;
    int m_next = 0;
    int m_finishedCount = 0;
    int m_refusedPending = 0; // runs refused before start, their results not yet reported
    int m_maxConcurrent = 1;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Perfdeck

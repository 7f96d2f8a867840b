// Runs a batch of tests (each spec repeated spec.repeat times, each repeat as spec.instances
// copies started together behind a StartBarrier) under a PlanScheduler: a global and a
// per-host concurrency limit, fair order over client/server pairs, bounded retries after a
// transient failure. Every run's live samples, logs and result are forwarded with the run's
// index in the batch (expandRuns() gives the spec of each index). Each run's client and server
// start through the launchers of the hosts its spec names; the tools are probed once per host
// and batch. The CLI and the GUI both drive tests through this class; cancel() leaves no
// process behind.
#pragma once

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "model/runresult.h"
#include "model/testspec.h"
#include "plan/planscheduler.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

namespace Perfdeck {

class HostLauncher;
class LocalLauncher;
class ResourceMonitor;
class StartBarrier;
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
    // Tests a host takes part in (as client or server) at once; 0: no per-host limit.
    void setMaxPerHost(int runs) { m_maxPerHost = qMax(0, runs); }
    // Extra attempts of a test that failed transiently (server busy, connection refused),
    // each after retryDelayMs.
    void setMaxRetries(int retries, int retryDelayMs = 1000);

    // Where a run stands in the batch: which scheduled job (one repeat of one spec) it
    // belongs to, and which of that job's instances it is (1-based; 0 for a lone run).
    struct RunSlot {
        int job = 0;
        int instance = 0;
        int instances = 0;
    };
    // One spec per run index, as start() expands them (repeats, then instances; a netperf
    // test's streams become instances of one stream each), and where each run stands.
    static QList<TestSpec> expandRuns(const QList<TestSpec> &specs,
                                      QList<RunSlot> *slots = nullptr);

    // This machine's iperf3. Empty: $PERFDECK_IPERF3 or iperf3 from PATH.
    void setIperf3Path(const QString &path);
    // This machine's netperf. Empty: $PERFDECK_NETPERF or netperf from PATH (netserver
    // beside it).
    void setNetperfPath(const QString &path);
    // The launcher of a host that specs name in clientHost/serverHost (replacing one of the
    // same name). This machine ("local", also an empty name) has one from the start. Not
    // owned: it must outlive the runner.
    void setLauncher(HostLauncher *launcher);
    // Forgets a host's launcher (before the launcher goes away); `local` stays.
    void removeLauncher(const QString &hostName);
    HostLauncher *launcher(const QString &hostName) const;
    // Keep each run's raw tool output as DIR/<run id>.json (empty: do not keep).
    void setRawOutputDirectory(const QString &dir) { m_rawOutputDirectory = dir; }

    // Expands repeats, probes the tools off the calling thread, then starts the runs.
    void start(const QList<TestSpec> &specs);
    void cancel();
    // Stops one run of the batch (a dashboard's Stop): a running one ends with what it
    // measured, a queued one's job is skipped; the others go on. False if the index is not
    // running or queued.
    bool cancelRun(int index);

    bool isRunning() const { return m_running; }
    int totalRuns() const { return int(m_queue.size()); }
    int finishedRuns() const { return m_finishedCount; }
    QList<RunResult> results() const { return m_results; }
    QList<qint64> processIds() const;
    // CPU and memory of the runs' processes and their hosts' interface rates, sampled while
    // they run (live figures there; each result gets its "resources" and CPU-bound warnings).
    ResourceMonitor *resourceMonitor() const { return m_resources; }
    // Where each scheduled job (see RunSlot::job) stands: queued, running, done, failed...
    const PlanScheduler &scheduler() const { return m_scheduler; }
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
    // A run was asked to stop (cancel(), cancelRun()); runFinished() follows.
    void runStopping(int index);
    void runFinished(int index, const Perfdeck::RunResult &result);
    // One instance of a test run as N instances ended while others still run (stopped alone,
    // failed, or done earlier): live views show it ended now. Its runFinished() follows when
    // the whole group ends (with the group, the start skew), or a retry starts it again.
    void runEnded(int index, const Perfdeck::RunResult &result);
    // A scheduled job changed status (see scheduler()); reason says why it failed, was
    // skipped or is retried.
    void jobStatusChanged(int job, Perfdeck::CellStatus status, const QString &reason);
    void finished();

private:
    void probeTools();
    void onProbed();
    // Client's and server's peer addresses for the environment's test interface.
    std::pair<QString, QString> peers(const TestSpec &spec) const;
    void collectEnvironments();
    std::optional<HostEnvironment> environment(const QString &hostName, const QString &peer,
                                               Engine engine) const;
    void launchMore();
    void launchJob(int job);
    void reportUnstarted();
    TestRun *createRun(const TestSpec &spec, const QString &id, QString *error);
    void onRunFinished(int index, const RunResult &result);
    void completeJob(int job);
    QList<int> cpusOf(const TestSpec &spec, int instance) const;

    struct JobState {
        QList<int> indexes;
        QList<RunResult> results; // of the current attempt, reported once all are in
        StartBarrier *barrier = nullptr;
        int remaining = 0;
        bool reported = false;
    };
    static QString canonicalHost(const QString &hostName);

    QList<TestSpec> m_queue; // one entry per run, repeats and instances expanded
    QList<RunSlot> m_slots;  // parallel to m_queue
    QList<JobState> m_jobs;
    PlanScheduler m_scheduler;
    QList<RunResult> m_results;
    QList<TestRun *> m_active;
    QHash<TestRun *, int> m_activeIndex; // run index of each active run
    LocalLauncher *m_localLauncher = nullptr;
    ResourceMonitor *m_resources = nullptr;
    QHash<QString, HostLauncher *> m_launchers; // by host name
    // Probe results by host name; this machine's are kept across batches once found.
    QHash<QString, Iperf3Info> m_iperf3;
    QHash<QString, NetperfInfo> m_netperf;
    QHash<QString, HostEnvironment> m_environments; // by "host\npeer", this batch
    QList<QObject *> m_probeWatchers;               // pending probes and environment collections
    QList<QFuture<void>> m_localProbes;
    QString m_iperf3Path;
    QString m_netperfPath;
    QString m_rawOutputDirectory;
    int m_finishedCount = 0;
    int m_maxPerHost = 0;
    int m_maxRetries = 0;
    int m_retryDelayMs = 1000;
    int m_refusedPending = 0; // runs refused before start, their results not yet reported
    int m_maxConcurrent = 1;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Perfdeck

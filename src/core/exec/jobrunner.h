// Runs a batch of tests (each spec repeated spec.repeat times) with a concurrency limit,
// forwarding every run's live samples, logs and result with the run's index in the batch.
// The CLI and the GUI both drive tests through this class; cancel() leaves no process behind.
#pragma once

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "model/runresult.h"
#include "model/testspec.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace Perfdeck {

class TestRun;

class JobRunner final : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void setMaxConcurrent(int runs) { m_maxConcurrent = qMax(1, runs); }
    int maxConcurrent() const { return m_maxConcurrent; }
    // Empty: $PERFDECK_IPERF3 or iperf3 from PATH.
    void setIperf3Path(const QString &path);
    // Empty: $PERFDECK_NETPERF or netperf from PATH (netserver beside it).
    void setNetperfPath(const QString &path);
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
    const Iperf3Info &iperf3Info() const { return m_iperf3; }
    const NetperfInfo &netperfInfo() const { return m_netperf; }

Q_SIGNALS:
    void runStarted(int index, const QString &runId, const Perfdeck::TestSpec &spec);
    void intervalSample(int index, const Perfdeck::IntervalSample &sample);
    void logLine(int index, const QString &origin, const QString &line);
    void runProgress(int index, double elapsedS, double totalS);
    void runFinished(int index, const Perfdeck::RunResult &result);
    void finished();

private:
    void onProbed();
    void launchMore();
    void onRunFinished(int index, const RunResult &result);

    QList<TestSpec> m_queue; // one entry per run, repeats expanded
    QList<RunResult> m_results;
    QList<TestRun *> m_active;
    QFutureWatcher<Iperf3Info> m_probeWatcher;
    Iperf3Info m_iperf3;
    QString m_iperf3Path;
    // netperf is probed only when a queued spec uses it.
    QFutureWatcher<NetperfInfo> m_netperfProbeWatcher;
    NetperfInfo m_netperf;
    QString m_netperfPath;
    bool m_netperfProbed = false;
    QString m_rawOutputDirectory;
    int m_next = 0;
    int m_finishedCount = 0;
    int m_maxConcurrent = 1;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_probed = false;
};

} // namespace Perfdeck

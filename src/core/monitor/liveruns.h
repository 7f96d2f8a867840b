// The live state of every run being executed, for every live view: the GUI dashboard, the
// exporters (Prometheus, StatsD, InfluxDB), the web dashboard and the terminal. Attached to
// one or more JobRunners, it keeps per run its labels, status, progress, latest figures and a
// bounded ring of recent rates, plus a bounded log of what the runs printed.
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"
#include "monitor/boundedring.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Perfdeck {

class JobRunner;

enum class LiveStatus { Starting, Running, Stopping, Finished, Failed, Stopped };
// "starting", "running", "stopping", "finished", "failed", "stopped" (exporters, web API).
QString toString(LiveStatus status);

enum class LiveLogLevel { Info, Warning, Error };
// "info", "warning", "error".
QString toString(LiveLogLevel level);

struct LiveRun {
    QString runId;
    TestSpec spec;
    QString specLabel; // the profile test's name, else "iperf3 TCP send"
    QString engine;    // "iperf3", "netperf"
    QString protocol;  // "tcp", "udp"
    QString client;    // inventory name of the client's host ("local": this machine)
    QString server;    // the server's host name, or the address of a server Perfdeck did not start
    QString pairLabel; // "local → lab-1"
    LiveStatus status = LiveStatus::Starting;
    QString error; // why it failed or stopped
    QDateTime startedAt;
    double elapsedS = 0;
    double totalS = 0;
    OptDouble rateBps; // the latest interval's
    OptDouble reverseRateBps;
    OptDouble transactionsPerS;
    OptDouble retransmits; // all intervals so far; null where the engine does not count them
    int samples = 0;
    // CPU of the run's client and server (with their process groups), % of one core, from
    // the runner's ResourceMonitor; null until sampled (or for a server Perfdeck did not start).
    OptDouble clientCpuPercent;
    OptDouble serverCpuPercent;
    BoundedRing<double> recentRates; // bits/s, or transactions/s for request/response tests
    std::optional<RunResult> result; // once it ended
    // Ended while the other instances of its test still run: its result is not final yet
    // (JobRunner::runEnded); runFinished() completes it, a retry starts it again.
    bool awaitingGroup = false;
    quint64 revision = 0; // grows with every change: pollers redraw what changed

    bool isActive() const;
    // 0..1 of the planned time; 1 once it ended.
    double progressRatio() const;
    // Request/response (netperf *_RR): its rate is transactions/s, not bits/s.
    bool isRequestResponse() const;
};

struct LiveLogEntry {
    quint64 sequence = 0; // 1, 2, ...: never reused, so a reader asks for "after N"
    QDateTime time;
    QString runId;
    QString origin; // "client", "server", "perfdeck"
    LiveLogLevel level = LiveLogLevel::Info;
    QString text;
};

class LiveRuns final : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultRateHistory = 120;
    static constexpr int DefaultLogCapacity = 2000;
    static constexpr int DefaultMaxRuns = 1024;

    explicit LiveRuns(QObject *parent = nullptr);
    ~LiveRuns() override;

    // Follows a runner's runs until detach() or until the runner is destroyed. Several
    // runners may be attached at once (the web dashboard starts one per request).
    void attach(JobRunner *runner);
    void detach(JobRunner *runner);

    // Recent rates kept per run, log lines kept, ended runs kept (the oldest ended runs are
    // dropped beyond it, see runsReset()).
    void setRateHistory(int samples);
    void setLogCapacity(int lines);
    void setMaxRuns(int runs);

    int count() const { return int(m_runs.size()); }
    // Rows are in start order and stable until runsReset().
    const LiveRun &run(int row) const { return m_runs.at(row); }
    const QList<LiveRun> &runs() const { return m_runs; }
    int rowOf(const QString &runId) const;
    // A run's number where it is shown: the numberer's answer (the session's number in the
    // GUI, so the dashboard says "#6" and uses #6's colour where the table does), else N for
    // the N-th run followed here. runName() is "#" and the number.
    void setRunNumberer(std::function<int(const QString &runId)> numberer);
    int runNumber(const QString &runId) const;
    QString runName(const QString &runId) const;
    // Runs starting, running or stopping.
    int activeCount() const { return m_activeCount; }

    // Asks the run's runner to stop it; runFinished() later makes it Stopped. False if it is
    // not active or its runner is gone.
    bool stop(int row);

    const BoundedRing<LiveLogEntry> &log() const { return m_log; }
    // The sequence number of the newest log line (0: none yet).
    quint64 lastLogSequence() const { return m_logSequence; }
    // Lines of Perfdeck's own (a web request, an exporter's error), beside the runs' output.
    void appendLog(const QString &runId, const QString &origin, LiveLogLevel level,
                   const QString &text);
    // Drops every ended run (runsReset() follows).
    void clearEnded();

    // The level a line of tool output reads as.
    static LiveLogLevel levelOf(const QString &origin, const QString &text);

Q_SIGNALS:
    void runAdded(int row);
    void runChanged(int row);
    void statusChanged(int row, Perfdeck::LiveStatus status);
    void logAppended(const Perfdeck::LiveLogEntry &entry);
    void activeCountChanged(int active);
    // Rows were renumbered (ended runs dropped): views read everything again.
    void runsReset();

private:
    struct Source {
        QPointer<JobRunner> runner;
        int index = -1;
    };
    using Key = QPair<const JobRunner *, int>;

    int rowOf(const JobRunner *runner, int index) const;
    void onRunStarted(JobRunner *runner, int index, const QString &runId, const TestSpec &spec);
    void onSample(JobRunner *runner, int index, const IntervalSample &sample);
    void onProgress(JobRunner *runner, int index, double elapsedS, double totalS);
    void onStopping(JobRunner *runner, int index);
    void onFinished(JobRunner *runner, int index, const RunResult &result);
    // An instance ended before its group: shown ended now, completed by onFinished().
    void onEnded(JobRunner *runner, int index, const RunResult &result);
    void endRun(int row, const RunResult &result);
    void onRunnerGone(const JobRunner *runner);
    void setStatus(int row, LiveStatus status);
    void changed(int row);
    void recountActive();
    void prune();
    void rebuildIndex();

    QList<LiveRun> m_runs;
    QList<Source> m_sources; // parallel to m_runs
    QHash<Key, int> m_rowByIndex;
    QHash<QString, int> m_rowById;
    QList<QPointer<JobRunner>> m_runners;
    BoundedRing<LiveLogEntry> m_log{DefaultLogCapacity};
    quint64 m_logSequence = 0;
    int m_rateHistory = DefaultRateHistory;
    int m_maxRuns = DefaultMaxRuns;
    std::function<int(const QString &)> m_runNumberer;
    int m_activeCount = 0;
};

} // namespace Perfdeck

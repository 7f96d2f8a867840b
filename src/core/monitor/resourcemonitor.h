// Resource use of the runs of a batch: which processes each run started on which host, one
// HostResourceSampler per host (this machine's launchers share one), CPU and memory per
// process group and interface rates from consecutive snapshots. Live figures for dashboards
// while the runs go; each run's ResourceUsage (and its CPU-bound warnings) when it ends.
#pragma once

#include "model/resourceusage.h"
#include "monitor/procsnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Perfdeck {

class HostLauncher;
class HostResourceSampler;
class TestRun;

class ResourceMonitor final : public QObject {
    Q_OBJECT
public:
    explicit ResourceMonitor(QObject *parent = nullptr);
    ~ResourceMonitor() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Sampling interval for hosts whose sampler starts after this call.
    void setIntervalS(double seconds);
    double intervalS() const { return m_intervalS; }

    // Follows a run from its start: its hosts get a sampler (if they have none yet), its
    // processes are looked up as they appear.
    void track(int index, TestRun *run);
    // What was measured for the run (nullopt when nothing was); forgets the run.
    std::optional<ResourceUsage> finish(int index);
    // Stops every sampler and forgets everything (the batch is over).
    void stopAll();
    // Stops the host's sampler before its launcher goes away.
    void forgetHost(const QString &hostName);

    // The latest figures of a run, for dashboards.
    struct RunFigures {
        OptDouble clientCpuPercent;
        OptDouble serverCpuPercent;
        OptDouble clientRssBytes;
        OptDouble serverRssBytes;
    };
    RunFigures latest(int index) const;
    // The latest rates of every interface with traffic, per sampled host.
    struct LiveInterface {
        QString host;
        QString name;
        InterfaceSample sample;
        OptDouble speedBps;
    };
    QList<LiveInterface> latestInterfaces() const;
    int samplerCount() const { return int(m_hosts.size()); }

Q_SIGNALS:
    // New figures for a run (see latest()).
    void runSampled(int index);
    // New interface rates of a host (see latestInterfaces()).
    void interfacesSampled(const QString &host);
    // A host's sampler stopped by itself; reason names the host (also kept in the notes).
    void samplerEnded(const QString &host, const QString &reason);

private:
    struct TrackedProcess {
        QString role;
        QString host;
        qint64 pid = 0;
        int usageIndex = -1;
    };
    struct Tracked {
        QPointer<TestRun> run;
        double startedAt = 0; // batch clock, s
        QStringList samplerKeys;
        QList<TrackedProcess> processes;
        ResourceUsage usage;
        RunFigures latest;
    };
    struct HostRow {
        double at = 0; // batch clock, s
        QHash<QString, InterfaceSample> interfaces;
    };
    struct HostState {
        HostResourceSampler *sampler = nullptr;
        std::optional<ProcSnapshot> previous;
        QList<HostRow> rows; // bounded: the batch's last hours
        QHash<QString, double> speeds;
        QString endedReason;
    };

    static QString samplerKey(const HostLauncher *launcher);
    void ensureSampler(HostLauncher *launcher);
    void refreshProcesses();
    void onSnapshot(const QString &key, const ProcSnapshot &snapshot);
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }

    QHash<int, Tracked> m_runs;
    QHash<QString, HostState> m_hosts; // by sampler key
    QTimer m_refreshTimer;
    QElapsedTimer m_clock;
    double m_intervalS = 1;
    bool m_enabled = true;
};

} // namespace Perfdeck

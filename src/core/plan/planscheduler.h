// Decides which queued job of a test plan may start now: a global limit on concurrent tests,
// a per-host limit (a host is client or server of at most that many tests at once), fair
// round-robin over client/server pairs so no host is hammered first, and a bounded number of
// retries after a transient failure (server busy, connection refused). Pure bookkeeping, no
// processes and no clock: JobRunner drives it with real runs, tests and bench with fake ones.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace Perfdeck {

// How far a job (one test of a cell, possibly several instances) has come. The spellings of
// toString() are shown to users and written to results.
enum class CellStatus { Queued, Starting, Running, Done, Failed, Skipped };
QString toString(CellStatus status);

struct PlanJob {
    QString cell;   // the matrix cell it belongs to ("A->B/bulk-tcp"); jobs may share one
    QString client; // host names; the per-host limit counts each distinct host once per job
    QString server;
    int weight = 1; // concurrent tests it stands for (its instances)
};

class PlanScheduler final {
public:
    struct Limits {
        int maxParallel = 1; // tests running at once, over all hosts
        int maxPerHost = 0;  // tests a host takes part in at once; 0: no per-host limit
        int maxRetries = 0;  // extra attempts after a transient failure
    };

    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }
    // Replaces the plan: every job is queued.
    void setJobs(const QList<PlanJob> &jobs);
    int jobCount() const { return int(m_jobs.size()); }
    const PlanJob &job(int index) const { return m_jobs.at(index).job; }

    // A queued job that may start now without exceeding a limit (now Starting and counted
    // against the limits), or -1. A job heavier than a limit starts only on idle hosts, so it
    // runs alone rather than never.
    int takeNext();
    void markRunning(int job);
    // The job's test ended. A transient error with retries left queues it again, held until
    // releaseRetry(): the caller waits a moment first. An attempt that measured something
    // (`measured`) is never retried: its error came mid-test, and a retry would drop what it
    // measured. Returns the status it is now in.
    CellStatus finish(int job, bool ok, const QString &error = QString(), bool measured = false);
    void releaseRetry(int job);
    // Never start it (what was asked cannot run): Skipped with the reason.
    void skip(int job, const QString &reason);
    // Queued and held jobs become Skipped ("cancelled"); running ones finish as they end.
    void cancel();

    CellStatus status(int job) const { return m_jobs.at(job).status; }
    QString reason(int job) const { return m_jobs.at(job).reason; }
    int attempts(int job) const { return m_jobs.at(job).attempts; }
    // A cell's status from its jobs: Failed if any failed, else the least advanced of the
    // rest (Running before Done), Skipped only if all were.
    CellStatus cellStatus(const QString &cell) const;
    QStringList cells() const { return m_cellOrder; }
    // Tests running or starting, and those a host takes part in.
    int activeWeight() const { return m_activeWeight; }
    int hostLoad(const QString &host) const;
    // Nothing is queued, held, starting or running.
    bool isFinished() const { return m_pending == 0; }
    // Whether error names a failure that a second attempt may not meet (the server was busy,
    // the connection was refused or reset, a port was taken).
    static bool isTransient(const QString &error);

private:
    struct Slot {
        PlanJob job;
        CellStatus status = CellStatus::Queued;
        QString reason;
        int attempts = 0;
        int pair = -1;
        int clientId = -1;
        int serverId = -1; // same as clientId when the job runs on one host
        bool held = false;
    };
    struct Pair {
        std::deque<int> queue;
    };

    int hostId(const QString &name);
    bool fits(const Slot &slot) const;
    int frontThatFits(int pair) const;
    int take(int pair);
    void markDirty(const Slot &slot);
    void account(const Slot &slot, int sign);
    void settle(Slot &slot, CellStatus status, const QString &reason);

    Limits m_limits;
    QList<Slot> m_jobs;
    QList<Pair> m_pairs; // in fair order: successive pairs differ in client and server
    QHash<QString, int> m_hostIds;
    QList<int> m_hostLoad;
    QHash<QString, QList<int>> m_cellJobs;
    QStringList m_cellOrder;
    int m_cursor = 0; // the pair to look at first next time
    // After a full scan found every pair held back by a busy host, only pairs that something
    // has freed since can start: those of hosts that ended a test, and pairs whose queue
    // changed. This keeps a 10,000-pair plan from being scanned whole at every test's end.
    QList<QList<int>> m_hostPairs; // pairs of each host id
    QList<int> m_dirtyHosts;
    QList<int> m_dirtyPairs;
    bool m_hostBlocked = false;
    int m_activeWeight = 0;
    int m_pending = 0;
};

} // namespace Perfdeck

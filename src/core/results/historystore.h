// The history database: every finished or imported run kept in one SQLite file (Qt SQL), so
// trends over weeks can be drawn and recent runs of a pair can serve as a baseline. One
// HistoryStore is one connection and belongs to the thread that created it.
#pragma once

#include "inventory/hoststatus.h"
#include "model/runresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

// What the runs themselves do not say: how they came (a run or an import), the profile they
// belong to and the user's tags.
struct HistoryMeta {
    QString origin = QStringLiteral("run"); // run | import
    QString profile;
    QStringList tags;
};

// One row of the runs table, without its JSON document.
struct HistoryEntry {
    qint64 id = 0; // the database's row id: what `history show ID` takes
    QString runId;
    QDateTime startedAt; // invalid when the run did not say
    QString origin;
    Engine engine = Engine::Iperf3;
    Protocol protocol = Protocol::Tcp;
    Direction direction = Direction::Send;
    QString test;
    QString kind; // RunKind::describe(): the runs a trend puts on one line
    QString client;
    QString server;
    QString clientHost;
    QString serverHost;
    QString pairClient; // the names a pair is known by (see pairNames())
    QString pairServer;
    QString profile;
    QStringList tags;
    RunStatus status = RunStatus::Ok;
    OptDouble throughputBps;
    OptDouble transactionsPerS;
};

// A pair of the history with how many runs it has (the GUI's and `history list`'s choices).
struct HistoryPair {
    QString client;
    QString server;
    qint64 runs = 0;
    QDateTime lastRun;
};

struct HistoryFilter {
    QString client; // pair names, exact
    QString server;
    QString engine; // iperf3 | netperf
    QString protocol;
    QString direction;
    QString kind;
    QString profile;
    QString tag;
    QDateTime since; // inclusive; invalid: no bound
    QDateTime until; // inclusive
    std::optional<RunStatus> status;
    int limit = 0; // 0: all
    bool newestFirst = true;
};

class HistoryStore final {
public:
    // The schema this build writes (PRAGMA user_version); older files are migrated on open.
    static constexpr int SchemaVersion = 3;

    explicit HistoryStore(const QString &path);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // $XDG_DATA_HOME/perfdeck/history.sqlite: one file for the GUI and the CLI.
    static QString defaultPath();
    // --history-db FILE when given, else $PERFDECK_HISTORY_DB, else defaultPath().
    static QString resolvePath(const QString &option);
    // The names a run's pair is filed under: the inventory host names where the run has them,
    // else the addresses (the server's without its port, which a one-off server picks anew).
    static QString pairClientOf(const RunResult &run);
    static QString pairServerOf(const RunResult &run);

    // Creates the file (and its folder) or opens and migrates it; WAL, busy timeout. A file
    // that is not a usable database is renamed to FILE.corrupt-TIMESTAMP (never deleted) and a
    // fresh one is created; notice() then says so. False with *error naming the file.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    // What open() had to do that the user should hear about (a damaged file set aside, a
    // migration); empty when nothing.
    QString notice() const { return m_notice; }

    // Stores the runs in one transaction. A run already stored (same id, start, engine,
    // client and server: an import of the same file) is skipped. Returns how many were added,
    // or -1 with *error.
    int add(const QList<RunResult> &runs, const HistoryMeta &meta, QString *error);
    QList<HistoryEntry> list(const HistoryFilter &filter, QString *error) const;
    // The filter's ok runs, oldest first, with only what a trend needs (id, run id, start,
    // kind, status, values): read from one covering index, fast on a big file.
    QList<HistoryEntry> trendEntries(const HistoryFilter &filter, QString *error) const;
    // The stored run (its whole JSON document); nullopt with *error naming the id.
    std::optional<RunResult> run(qint64 id, QString *error) const;
    QList<RunResult> runs(const QList<qint64> &ids, QString *error) const;
    qint64 count(QString *error) const;
    // Every pair with runs, most runs first.
    QList<HistoryPair> pairs(QString *error) const;

    // Health checks of hosts (`hosts check`, the inventory's Check), kept beside the runs so
    // a host's reachability, RTT and tool versions can be followed over weeks. A check
    // already stored (same host and time: a session saved twice) is skipped. Returns how many
    // were added, or -1 with *error.
    int addHostChecks(const QList<HostStatus> &checks, QString *error);
    // The checks of host (all hosts when empty), newest first, at most limit (0: all).
    QList<HostStatus> hostChecks(const QString &host, int limit, QString *error) const;
    // A host renamed in the inventory keeps its checks: they are filed under the new name
    // (a check at the same moment already under the new name wins). The number moved, or -1
    // with *error.
    int renameHostChecks(const QString &from, const QString &to, QString *error);

private:
    bool openConnection(QString *error);
    bool setAside(const QString &why, QString *error);
    bool migrate(QString *error);
    bool migrateFromZero(bool hasRuns, QString *error);
    bool exec(const QString &sql, QString *error) const;
    QString describe(const QString &what, const QString &sqlError) const;

    QString m_path;
    QString m_connection;
    QString m_notice;
};

} // namespace Perfdeck

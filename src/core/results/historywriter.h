// Stores finished runs in the history database on a worker thread of its own (with its own
// SQLite connection: Qt SQL connections belong to one thread), so the GUI never waits for the
// disk or for another Perfdeck holding the database's lock.
#pragma once

#include "results/historystore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Perfdeck {

class HistoryWriterWorker;

class HistoryWriter final : public QObject {
    Q_OBJECT
public:
    explicit HistoryWriter(const QString &databasePath, QObject *parent = nullptr);
    // Finishes the writes already queued, then stops the thread.
    ~HistoryWriter() override;

    QString databasePath() const { return m_path; }
    // Queued; stored() or failed() follows. Never blocks.
    void add(const QList<RunResult> &runs, const HistoryMeta &meta = {});
    // Health checks of hosts, queued the same way; hostChecksStored() or failed() follows.
    void addHostChecks(const QList<HostStatus> &checks);
    // A host was renamed: its stored checks follow (HistoryStore::renameHostChecks);
    // hostChecksStored(moved, moved) or failed() follows.
    void renameHostChecks(const QString &from, const QString &to);
    // Waits until every queued write is done (tests and shutdown only).
    void flush();

Q_SIGNALS:
    void stored(int added, int given);
    // Host checks are in the database (added of given: the rest were there already).
    void hostChecksStored(int added, int given);
    void failed(const QString &error);
    // The database had to be set aside or migrated (HistoryStore::notice()).
    void notice(const QString &text);

private:
    QString m_path;
    QThread m_thread;
    HistoryWriterWorker *m_worker = nullptr;
};

// Lives on the writer's thread; opens the store on first use.
class HistoryWriterWorker final : public QObject {
    Q_OBJECT
public:
    explicit HistoryWriterWorker(const QString &path);
    ~HistoryWriterWorker() override;
    void add(const QList<RunResult> &runs, const HistoryMeta &meta);
    void addHostChecks(const QList<HostStatus> &checks);
    void renameHostChecks(const QString &from, const QString &to);

Q_SIGNALS:
    void stored(int added, int given);
    void hostChecksStored(int added, int given);
    void failed(const QString &error);
    void notice(const QString &text);

private:
    // The store, opened on first use; nullptr after failed() said why.
    HistoryStore *store();

    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

} // namespace Perfdeck

#include "results/historywriter.h"

#include <QMetaObject>

namespace Perfdeck {

HistoryWriter::HistoryWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(new HistoryWriterWorker(databasePath)) {
    m_thread.setObjectName(QStringLiteral("perfdeck-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWriterWorker::stored, this, &HistoryWriter::stored);
    connect(m_worker, &HistoryWriterWorker::hostChecksStored, this,
            &HistoryWriter::hostChecksStored);
    connect(m_worker, &HistoryWriterWorker::failed, this, &HistoryWriter::failed);
    connect(m_worker, &HistoryWriterWorker::notice, this, &HistoryWriter::notice);
    m_thread.start();
}

HistoryWriter::~HistoryWriter() {
    // quit() is queued behind the pending writes, so none of them is lost.
    m_thread.quit();
    m_thread.wait();
}

void HistoryWriter::add(const QList<RunResult> &runs, const HistoryMeta &meta) {
    if (runs.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, runs, meta] { worker->add(runs, meta); },
        Qt::QueuedConnection);
}

void HistoryWriter::addHostChecks(const QList<HostStatus> &checks) {
    if (checks.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, checks] { worker->addHostChecks(checks); },
        Qt::QueuedConnection);
}

void HistoryWriter::renameHostChecks(const QString &from, const QString &to) {
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, from, to] { worker->renameHostChecks(from, to); },
        Qt::QueuedConnection);
}

void HistoryWriter::flush() {
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

HistoryWriterWorker::HistoryWriterWorker(const QString &path)
    : m_path(path) {}

HistoryWriterWorker::~HistoryWriterWorker() = default;

HistoryStore *HistoryWriterWorker::store() {
    if (m_store && m_store->isOpen())
        return m_store.get();
    QString error;
    m_store = std::make_unique<HistoryStore>(m_path);
    if (!m_store->open(&error)) {
        m_store.reset();
        Q_EMIT failed(error);
        return nullptr;
    }
    if (!m_store->notice().isEmpty())
        Q_EMIT notice(m_store->notice());
    return m_store.get();
}

void HistoryWriterWorker::add(const QList<RunResult> &runs, const HistoryMeta &meta) {
    HistoryStore *history = store();
    if (!history)
        return;
    QString error;
    const int added = history->add(runs, meta, &error);
    if (added < 0)
        Q_EMIT failed(error);
    else
        Q_EMIT stored(added, int(runs.size()));
}

void HistoryWriterWorker::addHostChecks(const QList<HostStatus> &checks) {
    HistoryStore *history = store();
    if (!history)
        return;
    QString error;
    const int added = history->addHostChecks(checks, &error);
    if (added < 0)
        Q_EMIT failed(error);
    else
        Q_EMIT hostChecksStored(added, int(checks.size()));
}

void HistoryWriterWorker::renameHostChecks(const QString &from, const QString &to) {
    HistoryStore *history = store();
    if (!history)
        return;
    QString error;
    const int moved = history->renameHostChecks(from, to, &error);
    if (moved < 0)
        Q_EMIT failed(error);
    else if (moved > 0)
        Q_EMIT hostChecksStored(moved, moved);
}

} // namespace Perfdeck

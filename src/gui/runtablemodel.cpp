#include "gui/runtablemodel.h"

#include "model/format.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Perfdeck {

namespace {

QString protocolText(Protocol protocol) {
    return protocol == Protocol::Udp ? RunTableModel::tr("UDP") : RunTableModel::tr("TCP");
}

QString directionText(Direction direction) {
    switch (direction) {
    case Direction::Send:
        return RunTableModel::tr("Send");
    case Direction::Receive:
        return RunTableModel::tr("Receive");
    case Direction::Bidir:
        return RunTableModel::tr("Bidirectional");
    }
    return {};
}

QString statusText(const RunRecord &record) {
    if (record.running)
        return RunTableModel::tr("Running");
    switch (record.result.status) {
    case RunStatus::Ok:
        return RunTableModel::tr("OK");
    case RunStatus::Error:
        return RunTableModel::tr("Error");
    case RunStatus::Partial:
        return RunTableModel::tr("Partial");
    }
    return {};
}

// Sort key for an optional number: nulls sort before every value.
QVariant sortKey(const OptDouble &value) {
    return value ? QVariant(*value) : QVariant(-1e300);
}

} // namespace

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RunTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &rec = m_records.at(index.row());
    const RunResult &r = rec.result;
    const Summary &s = r.summary;
    switch (role) {
    case RunIdRole:
        return r.id;
    case RunningRole:
        return rec.running;
    case StatusRole:
        return int(r.status);
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == StatusColumn) {
            if (!r.error.isEmpty())
                return r.error;
        }
        return r.id;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !rec.running && r.status != RunStatus::Ok)
            return QBrush(r.status == RunStatus::Error ? QColor(0xc0, 0x1c, 0x28)
                                                       : QColor(0xb5, 0x83, 0x5a));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ThroughputColumn ||
            (index.column() >= StreamsColumn && index.column() <= DurationColumn) ||
            (index.column() >= SentColumn && index.column() <= LossColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case StatusColumn:
        return sort ? QVariant(rec.running ? -1 : int(r.status)) : QVariant(statusText(rec));
    case StartedColumn:
        if (sort)
            return r.startedAt;
        return r.startedAt.isValid()
                   ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case TargetColumn:
        return r.server.isEmpty() ? rec.spec.targetLabel() : r.server;
    case ProtocolColumn:
        return protocolText(r.protocol);
    case DirectionColumn:
        return directionText(r.direction);
    case StreamsColumn:
        return r.streams;
    case DurationColumn: {
        const OptDouble d = rec.running ? OptDouble(rec.elapsedS) : r.durationS;
        if (sort)
            return sortKey(d);
        return d ? tr("%1 s").arg(QLocale().toString(*d, 'f', 1)) : Format::number(d);
    }
    case ThroughputColumn: {
        // Request/response tests (netperf *_RR) measure transactions, not bits.
        if (!s.throughputBps && s.transactionsPerS)
            return sort ? sortKey(s.transactionsPerS)
                        : QVariant(tr("%1 trans/s").arg(Format::number(s.transactionsPerS, 0)));
        const OptDouble v = rec.running && !s.throughputBps ? rec.lastBps : s.throughputBps;
        return sort ? sortKey(v) : QVariant(Format::bitrate(v));
    }
    case SentColumn:
        return sort ? sortKey(s.sentBps) : QVariant(Format::bitrate(s.sentBps));
    case ReceivedColumn:
        return sort ? sortKey(s.receivedBps) : QVariant(Format::bitrate(s.receivedBps));
    case RetransmitsColumn:
        return sort ? sortKey(s.retransmits) : QVariant(Format::number(s.retransmits));
    case JitterColumn:
        if (sort)
            return sortKey(s.jitterMs);
        return s.jitterMs ? Format::latencyUs(*s.jitterMs * 1000.0) : Format::number({});
    case LossColumn:
        if (sort)
            return sortKey(s.lostPercent);
        return s.lostPercent ? Format::percent(*s.lostPercent) : Format::number({});
    case ErrorColumn:
        return r.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case TargetColumn:
        return tr("Target");
    case ProtocolColumn:
        return tr("Protocol");
    case DirectionColumn:
        return tr("Direction");
    case StreamsColumn:
        return tr("Streams");
    case DurationColumn:
        return tr("Duration");
    case ThroughputColumn:
        return tr("Throughput");
    case SentColumn:
        return tr("Sent");
    case ReceivedColumn:
        return tr("Received");
    case RetransmitsColumn:
        return tr("Retransmits");
    case JitterColumn:
        return tr("Jitter");
    case LossColumn:
        return tr("Loss");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> RunTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunIdRole, "runId");
    names.insert(SortRole, "sortKey");
    names.insert(RunningRole, "running");
    names.insert(StatusRole, "status");
    return names;
}

void RunTableModel::addRunning(const QString &runId, const TestSpec &spec,
                               const QDateTime &startedAt) {
    RunRecord rec;
    rec.spec = spec;
    rec.running = true;
    rec.result.id = runId;
    rec.result.engine = spec.engine;
    rec.result.protocol = spec.protocol;
    rec.result.direction = spec.direction;
    rec.result.streams = spec.parallel;
    rec.result.server = spec.targetLabel();
    rec.result.startedAt = startedAt;
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(rec);
    endInsertRows();
}

void RunTableModel::updateProgress(const QString &runId, double elapsedS) {
    const int row = rowOf(runId);
    if (row < 0)
        return;
    m_records[row].elapsedS = elapsedS;
    emitRowChanged(row);
}

void RunTableModel::updateLiveSample(const QString &runId, const IntervalSample &sample) {
    const int row = rowOf(runId);
    if (row < 0 || sample.omitted)
        return;
    m_records[row].lastBps = sample.bps;
    m_records[row].result.intervals.append(sample);
    emitRowChanged(row);
}

void RunTableModel::finishRun(const QString &runId, const RunResult &result) {
    const int row = rowOf(runId);
    if (row < 0) {
        RunRecord rec;
        rec.result = result;
        const int at = int(m_records.size());
        beginInsertRows({}, at, at);
        m_records.append(rec);
        endInsertRows();
        return;
    }
    RunRecord &rec = m_records[row];
    const QDateTime startedAt = rec.result.startedAt;
    rec.result = result;
    if (!rec.result.startedAt.isValid())
        rec.result.startedAt = startedAt;
    if (rec.result.server.isEmpty())
        rec.result.server = rec.spec.targetLabel();
    rec.running = false;
    emitRowChanged(row);
}

void RunTableModel::setRecords(const QList<RunRecord> &records) {
    beginResetModel();
    m_records = records;
    endResetModel();
}

void RunTableModel::removeRuns(const QStringList &runIds) {
    for (const QString &id : runIds) {
        const int row = rowOf(id);
        if (row < 0 || m_records.at(row).running)
            continue;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
    }
}

void RunTableModel::clear() {
    setRecords({});
}

int RunTableModel::rowOf(const QString &runId) const {
    // Sessions hold tens to hundreds of runs: a linear scan is cheaper than keeping an index.
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).result.id == runId)
            return i;
    }
    return -1;
}

const RunRecord *RunTableModel::record(const QString &runId) const {
    const int row = rowOf(runId);
    return row < 0 ? nullptr : &m_records.at(row);
}

QList<RunResult> RunTableModel::finishedResults() const {
    QList<RunResult> results;
    for (const RunRecord &rec : m_records) {
        if (!rec.running)
            results.append(rec.result);
    }
    return results;
}

void RunTableModel::emitRowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Perfdeck

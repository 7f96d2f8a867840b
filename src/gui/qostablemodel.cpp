#include "qostablemodel.h"

#include "model/format.h"
#include "qos/dscpclass.h"
#include "qos/qosclassresult.h"

#include <QBrush>
#include <QColor>

namespace Perfdeck {

QosTableModel::QosTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int QosTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int QosTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QosTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case SentColumn:
        return tr("Sent");
    case ReceivedColumn:
        return tr("Received");
    case VerdictColumn:
        return tr("Verdict");
    case LossColumn:
        return tr("Loss");
    case JitterColumn:
        return tr("Jitter");
    case RttColumn:
        return tr("RTT mean");
    case RttP99Column:
        return tr("RTT p99");
    }
    return {};
}

QVariant QosTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunResult &run = m_runs[index.row()];
    const QosClassResult q = QosClassResult::fromJson(run.qos);
    if (role == VerdictRole)
        return QosClassResult::toString(q.verdict);
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        if (run.status == RunStatus::Error || q.verdict == QosClassResult::Verdict::Bleached)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (q.verdict == QosClassResult::Verdict::Remarked)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (q.verdict == QosClassResult::Verdict::Kept)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == VerdictColumn && !run.error.isEmpty())
        return run.error;
    if (role == Qt::TextAlignmentRole && index.column() >= LossColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Summary &s = run.summary;
    auto latency = [](const OptDouble &us) {
        return us ? Format::latencyUs(*us) : QStringLiteral("\u2013");
    };
    switch (index.column()) {
    case ClassColumn:
        return run.trafficClass;
    case SentColumn:
        return DscpClass::label(q.sentDscp);
    case ReceivedColumn:
        return q.receivedText();
    case VerdictColumn:
        if (run.status == RunStatus::Error)
            return tr("failed: %1").arg(run.error);
        return q.verdictText();
    case LossColumn:
        return s.lostPercent ? Format::percent(*s.lostPercent, 2) : QStringLiteral("\u2013");
    case JitterColumn:
        return s.jitterMs ? tr("%1 ms").arg(*s.jitterMs, 0, 'f', 3) : QStringLiteral("\u2013");
    case RttColumn:
        return latency(s.rttMeanUs);
    case RttP99Column:
        return latency(s.latencyUs.p99);
    }
    return {};
}

void QosTableModel::setRuns(const QList<RunResult> &runs) {
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void QosTableModel::updateLive(int row, const IntervalSample &sample) {
    if (row < 0 || row >= m_runs.size())
        return;
    Summary &s = m_runs[row].summary;
    s.jitterMs = sample.jitterMs;
    if (sample.rttUs)
        s.rttMeanUs = sample.rttUs;
    if (sample.lostPercent)
        s.lostPercent = sample.lostPercent;
    Q_EMIT dataChanged(index(row, LossColumn), index(row, RttColumn));
}

} // namespace Perfdeck

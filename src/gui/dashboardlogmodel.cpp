#include "gui/dashboardlogmodel.h"

#include <QBrush>
#include <QColor>

namespace Perfdeck {

DashboardLogModel::DashboardLogModel(QObject *parent)
    : QAbstractListModel(parent) {}

void DashboardLogModel::setLiveRuns(LiveRuns *live) {
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    if (live) {
        for (int i = 0; i < live->log().size(); ++i)
            m_lines << live->log().at(i);
    }
    endResetModel();
    if (live)
        connect(live, &LiveRuns::logAppended, this,
                [this](const LiveLogEntry &e) { m_pending << e; });
}

void DashboardLogModel::setCapacity(int lines) {
    m_capacity = std::max(1, lines);
}

void DashboardLogModel::flush() {
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype overflow = m_lines.size() + m_pending.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_lines.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + m_pending.size()) - 1);
    m_lines += m_pending;
    m_pending.clear();
    endInsertRows();
}

int DashboardLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant DashboardLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LiveLogEntry &e = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString run =
            m_live && m_live->rowOf(e.runId) >= 0 ? m_live->runName(e.runId) : QStringLiteral("-");
        return QStringLiteral("%1  %2 %3  %4")
            .arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), run, e.origin,
                 e.text);
    }
    case Qt::ForegroundRole:
        if (e.level == LiveLogLevel::Error)
            return QBrush(QColor(0xc0, 0x20, 0x20));
        if (e.level == LiveLogLevel::Warning)
            return QBrush(QColor(0xa0, 0x60, 0x00));
        return {};
    case RunIdRole:
        return e.runId;
    case OriginRole:
        return e.origin;
    case LevelRole:
        return toString(e.level);
    default:
        return {};
    }
}

} // namespace Perfdeck

#include "gui/dashboardlogfilter.h"

#include "gui/dashboardlogmodel.h"

namespace Perfdeck {

namespace {

int levelRank(const QString &level) {
    if (level == QLatin1String("error"))
        return 2;
    if (level == QLatin1String("warning"))
        return 1;
    return 0;
}

} // namespace

void DashboardLogFilter::setRunId(const QString &runId) {
    m_runId = runId;
    invalidateFilter();
}

void DashboardLogFilter::setOrigin(const QString &origin) {
    m_origin = origin;
    invalidateFilter();
}

void DashboardLogFilter::setMinimumLevel(const QString &level) {
    m_minimumLevel = levelRank(level);
    invalidateFilter();
}

bool DashboardLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_runId.isEmpty() && i.data(DashboardLogModel::RunIdRole).toString() != m_runId)
        return false;
    if (!m_origin.isEmpty() && i.data(DashboardLogModel::OriginRole).toString() != m_origin)
        return false;
    return levelRank(i.data(DashboardLogModel::LevelRole).toString()) >= m_minimumLevel;
}

} // namespace Perfdeck

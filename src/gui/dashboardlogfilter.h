// Filters the dashboard's log by run, origin and lowest level; an empty filter lets all pass.
#pragma once

#include <QSortFilterProxyModel>

namespace Perfdeck {

class DashboardLogFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setRunId(const QString &runId);
    void setOrigin(const QString &origin);
    // "info" (everything), "warning" (warnings and errors), "error".
    void setMinimumLevel(const QString &level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_runId;
    QString m_origin;
    int m_minimumLevel = 0;
};

} // namespace Perfdeck

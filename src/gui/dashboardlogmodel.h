// The dashboard's streaming log: LiveRuns' lines, appended in batches on the refresh tick and
// bounded (the oldest lines leave), with roles to filter by run, origin and level.
#pragma once

#include "monitor/liveruns.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Perfdeck {

class DashboardLogModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { RunIdRole = Qt::UserRole + 1, OriginRole, LevelRole };
    Q_ENUM(Role)

    explicit DashboardLogModel(QObject *parent = nullptr);

    void setLiveRuns(LiveRuns *live);
    void setCapacity(int lines);
    // Appends the lines that came since the last call.
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPointer<LiveRuns> m_live;
    QList<LiveLogEntry> m_lines;
    QList<LiveLogEntry> m_pending;
    int m_capacity = LiveRuns::DefaultLogCapacity;
};

} // namespace Perfdeck

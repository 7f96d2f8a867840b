// The health checks of one host as filed in the history database, newest first: when, the
// level, the round-trip time and the one-line summary, with the whole check as a tooltip
// (describe()). The inventory dock's check history shows it beside the host's RTT trend.
#pragma once

#include "inventory/hoststatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace Perfdeck {

class HostCheckModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CheckedColumn, LevelColumn, RttColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        LevelRole = Qt::UserRole + 1, // HostStatus::Level as int
        RttRole,                      // the RTT in ms as a double; invalid when not measured
        CheckedAtRole,                // the check's QDateTime (UTC)
    };
    Q_ENUM(Role)

    explicit HostCheckModel(QObject *parent = nullptr);

    // The checks as HistoryStore::hostChecks() returns them (newest first).
    void setChecks(const QList<HostStatus> &checks);
    const QList<HostStatus> &checks() const { return m_checks; }
    const HostStatus &check(int row) const { return m_checks.at(row); }

    // Everything one check found, one fact a line, for a tooltip or the details below.
    static QString describe(const HostStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<HostStatus> m_checks;
};

} // namespace Perfdeck

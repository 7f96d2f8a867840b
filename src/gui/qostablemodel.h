// The QoS view's table: one row per DSCP class of a QoS test (probe runs), with the code point
// sent, what arrived, the verdict (coloured when the mark was not kept), loss, jitter and RTT.
#pragma once

#include "model/runresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace Perfdeck {

class QosTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ClassColumn,
        SentColumn,
        ReceivedColumn,
        VerdictColumn,
        LossColumn,
        JitterColumn,
        RttColumn,
        RttP99Column,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { VerdictRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit QosTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRuns(const QList<RunResult> &runs);
    const QList<RunResult> &runs() const { return m_runs; }
    // A live interval of class row while the test runs (loss, jitter and RTT so far).
    void updateLive(int row, const IntervalSample &sample);

private:
    QList<RunResult> m_runs;
};

} // namespace Perfdeck

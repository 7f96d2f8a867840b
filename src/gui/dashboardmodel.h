// One row per live run of a LiveRuns, for the dashboard's panes: changes are collected and
// published in one dataChanged per refresh (flush()), never once per sample, and a paused
// display keeps showing the runs as they were while LiveRuns goes on.
#pragma once

#include "monitor/liveruns.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace Perfdeck {

class DashboardModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // "#3 iperf3 tcp"
        PairRole,                     // "local → lab-1"
        StatusRole,                   // "running"
        RateRole,                     // bit/s, or transactions/s for request/response
        RateTextRole,                 // "9.42 Gbit/s", "12,345 trans/s"
        ProgressRole,                 // 0..1
        TimeTextRole,                 // "12.3 / 30 s"
        CpuTextRole,                  // "CPU client 97 % · server 41 %"
        SparklineRole,                // QList<double>, oldest first
        RunIdRole,
        ActiveRole,
    };
    Q_ENUM(Role)

    explicit DashboardModel(QObject *parent = nullptr);

    void setLiveRuns(LiveRuns *live);
    LiveRuns *liveRuns() const { return m_live; }

    // The run a row shows (valid rows only).
    const LiveRun &runAt(int row) const;
    // Publishes the rows that changed since the last call (one dataChanged).
    void flush();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // How many rows changed since the last flush (0 while nothing happened).
    int pendingChanges() const { return int(m_dirty.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(LiveStatus status);
    static QString rateText(const LiveRun &run);
    static QString cpuText(const LiveRun &run);

private:
    void reset();
    const QList<LiveRun> &rows() const;

    QPointer<LiveRuns> m_live;
    QList<LiveRun> m_frozen; // what a paused display shows
    QSet<int> m_dirty;
    int m_rows = 0; // rows announced to views
    bool m_paused = false;
    bool m_needsReset = false;
};

} // namespace Perfdeck

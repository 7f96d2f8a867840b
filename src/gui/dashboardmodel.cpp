#include "gui/dashboardmodel.h"

#include "model/format.h"

#include <QLocale>

#include <algorithm>

namespace Perfdeck {

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractListModel(parent) {}

void DashboardModel::setLiveRuns(LiveRuns *live) {
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    reset();
    if (!live)
        return;
    connect(live, &LiveRuns::runAdded, this, [this](int row) {
        if (m_paused) {
            m_needsReset = true;
            return;
        }
        // Rows arrive in order; a gap (rows added while a reset was pending) resets.
        if (row != m_rows) {
            reset();
            return;
        }
        beginInsertRows({}, row, row);
        m_rows = row + 1;
        endInsertRows();
    });
    connect(live, &LiveRuns::runChanged, this, [this](int row) { m_dirty.insert(row); });
    connect(live, &LiveRuns::runsReset, this, [this] {
        if (m_paused)
            m_needsReset = true;
        else
            reset();
    });
}

void DashboardModel::reset() {
    beginResetModel();
    m_rows = m_live ? m_live->count() : 0;
    m_dirty.clear();
    m_needsReset = false;
    endResetModel();
}

const QList<LiveRun> &DashboardModel::rows() const {
    static const QList<LiveRun> none;
    if (m_paused)
        return m_frozen;
    return m_live ? m_live->runs() : none;
}

const LiveRun &DashboardModel::runAt(int row) const {
    return rows().at(row);
}

void DashboardModel::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    if (paused) {
        m_frozen = m_live ? m_live->runs().mid(0, m_rows) : QList<LiveRun>();
        m_paused = true;
        return;
    }
    m_paused = false;
    m_frozen.clear();
    if (m_needsReset || (m_live && m_live->count() != m_rows)) {
        reset();
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1));
    m_dirty.clear();
}

void DashboardModel::flush() {
    if (m_paused || m_dirty.isEmpty())
        return;
    int first = m_rows;
    int last = -1;
    for (int row : std::as_const(m_dirty)) {
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    last = std::min(last, m_rows - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last));
}

int DashboardModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_paused ? int(m_frozen.size()) : m_rows;
}

QString DashboardModel::statusText(LiveStatus status) {
    switch (status) {
    case LiveStatus::Starting:
        return tr("starting");
    case LiveStatus::Running:
        return tr("running");
    case LiveStatus::Stopping:
        return tr("stopping");
    case LiveStatus::Finished:
        return tr("finished");
    case LiveStatus::Failed:
        return tr("failed");
    case LiveStatus::Stopped:
        return tr("stopped");
    }
    return {};
}

QString DashboardModel::rateText(const LiveRun &run) {
    if (run.isRequestResponse()) {
        if (!run.transactionsPerS)
            return QStringLiteral("–");
        return tr("%1 trans/s").arg(QLocale().toString(*run.transactionsPerS, 'f', 0));
    }
    return run.rateBps ? Format::bitrate(*run.rateBps) : QStringLiteral("–");
}

QString DashboardModel::cpuText(const LiveRun &run) {
    auto pct = [](const OptDouble &v) {
        return v ? QStringLiteral("%1 %").arg(std::lround(*v)) : QStringLiteral("–");
    };
    if (!run.clientCpuPercent && !run.serverCpuPercent)
        return tr("CPU –");
    return tr("CPU client %1 · server %2")
        .arg(pct(run.clientCpuPercent), pct(run.serverCpuPercent));
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LiveRun &run = runAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return QStringLiteral("%1 %2").arg(m_live ? m_live->runName(run.runId)
                                                  : QStringLiteral("#%1").arg(index.row() + 1),
                                           run.specLabel);
    case PairRole:
        return run.pairLabel;
    case StatusRole:
        return statusText(run.status);
    case RateRole:
        return run.isRequestResponse() ? QVariant::fromValue(run.transactionsPerS.value_or(0))
                                       : QVariant::fromValue(run.rateBps.value_or(0));
    case RateTextRole:
        return rateText(run);
    case ProgressRole:
        return run.progressRatio();
    case TimeTextRole:
        return tr("%1 / %2 s")
            .arg(QLocale().toString(run.elapsedS, 'f', 1))
            .arg(QLocale().toString(run.totalS, 'f', 0));
    case CpuTextRole:
        return cpuText(run);
    case SparklineRole:
        return QVariant::fromValue(run.recentRates.toList());
    case RunIdRole:
        return run.runId;
    case ActiveRole:
        return run.isActive();
    case Qt::ToolTipRole:
        return run.error.isEmpty() ? run.pairLabel : run.pairLabel + QLatin1Char('\n') + run.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(PairRole, "pair");
    names.insert(StatusRole, "status");
    names.insert(RateRole, "rate");
    names.insert(RateTextRole, "rateText");
    names.insert(ProgressRole, "progress");
    names.insert(TimeTextRole, "timeText");
    names.insert(CpuTextRole, "cpuText");
    names.insert(SparklineRole, "sparkline");
    names.insert(RunIdRole, "runId");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace Perfdeck

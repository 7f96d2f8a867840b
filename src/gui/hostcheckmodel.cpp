#include "gui/hostcheckmodel.h"

#include "gui/inventorymodel.h"
#include "inventory/host.h"

#include <QLocale>

namespace Perfdeck {

namespace {

QString millis(double ms) {
    return HostCheckModel::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

QString levelText(HostStatus::Level level) {
    switch (level) {
    case HostStatus::Level::Ok:
        return HostCheckModel::tr("ok");
    case HostStatus::Level::Warning:
        return HostCheckModel::tr("warning");
    case HostStatus::Level::Error:
        return HostCheckModel::tr("error");
    case HostStatus::Level::Unknown:
        break;
    }
    return HostCheckModel::tr("unknown");
}

} // namespace

HostCheckModel::HostCheckModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void HostCheckModel::setChecks(const QList<HostStatus> &checks) {
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

QString HostCheckModel::describe(const HostStatus &s) {
    QStringList lines;
    lines
        << tr("Checked %1").arg(QLocale().toString(s.checkedAt.toLocalTime(), QLocale::LongFormat));
    // The summary of a clean check is just "ok": no need to say it twice.
    lines << (s.summary.isEmpty() || s.summary == toString(s.level)
                  ? tr("Status: %1").arg(levelText(s.level))
                  : tr("Status: %1 (%2)").arg(levelText(s.level), s.summary));
    if (s.tcpReachable == true)
        lines << (s.tcpConnectMs
                      ? tr("TCP to %1: connected in %2").arg(s.tcpTarget, millis(*s.tcpConnectMs))
                      : tr("TCP to %1: connected").arg(s.tcpTarget));
    else if (s.tcpReachable == false)
        lines << tr("TCP to %1: %2").arg(s.tcpTarget, s.tcpError);
    if (s.sshOk == true)
        lines << (s.sshConnectMs ? tr("SSH login: ok in %1").arg(millis(*s.sshConnectMs))
                                 : tr("SSH login: ok"));
    else if (s.sshOk == false)
        lines << tr("SSH login failed: %1").arg(s.sshError);
    if (s.rttMs)
        lines << tr("Round-trip time: %1").arg(millis(*s.rttMs));
    if (s.commandRoundTripMs)
        lines << tr("SSH command round trip: %1").arg(millis(*s.commandRoundTripMs));
    // Tools are only looked for once logged in (or on this machine): "not found" then means it.
    const bool looked =
        s.sshOk == true || s.host == Host::localName() || s.iperf3Found() || s.netserverFound();
    if (looked) {
        lines << (s.iperf3Found() ? tr("iperf3 %1: %2").arg(s.iperf3Version, s.iperf3Path)
                                  : tr("iperf3: not found"));
        if (!s.netperfPath.isEmpty())
            lines << tr("netperf %1: %2").arg(s.netperfVersion, s.netperfPath);
        lines << (s.netserverFound() ? tr("netserver: %1").arg(s.netserverPath)
                                     : tr("netserver: not found"));
    }
    if (s.diskFreeBytes)
        lines << tr("Free disk: %1 GiB in %2")
                     .arg(QLocale().toString(double(*s.diskFreeBytes) / double(qint64(1) << 30),
                                             'f', 1),
                          s.diskPath);
    if (s.load1) {
        QString load = tr("Load: %1, %2, %3")
                           .arg(QLocale().toString(*s.load1, 'f', 2),
                                QLocale().toString(s.load5.value_or(0), 'f', 2),
                                QLocale().toString(s.load15.value_or(0), 'f', 2));
        if (s.cpuCount)
            load += tr(" (%n CPU(s))", nullptr, *s.cpuCount);
        lines << load;
    }
    lines += s.notes;
    return lines.join(QLatin1Char('\n'));
}

int HostCheckModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_checks.size());
}

int HostCheckModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostCheckModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostStatus &s = m_checks.at(index.row());
    switch (role) {
    case LevelRole:
        return int(s.level);
    case RttRole:
        return s.rttMs ? QVariant(*s.rttMs) : QVariant();
    case CheckedAtRole:
        return s.checkedAt;
    case Qt::ToolTipRole:
        return describe(s);
    case Qt::DecorationRole:
        return index.column() == LevelColumn ? QVariant(InventoryModel::levelIcon(int(s.level)))
                                             : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RttColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CheckedColumn:
        return QLocale().toString(s.checkedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case LevelColumn:
        return levelText(s.level);
    case RttColumn:
        return s.rttMs ? millis(*s.rttMs) : QStringLiteral("\u2013");
    case SummaryColumn:
        return s.summary;
    default:
        return {};
    }
}

QVariant HostCheckModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckedColumn:
        return tr("Checked");
    case LevelColumn:
        return tr("Status");
    case RttColumn:
        return tr("RTT");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

QHash<int, QByteArray> HostCheckModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(RttRole, "rttMs");
    names.insert(CheckedAtRole, "checkedAt");
    return names;
}

} // namespace Perfdeck

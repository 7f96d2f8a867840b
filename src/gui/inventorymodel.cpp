#include "gui/inventorymodel.h"

#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Perfdeck {

namespace {

constexpr quintptr SiteId = 0; // internalId of site rows; host rows store site index + 1

QIcon statusIcon(const QColor &color, bool hollow = false) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(130), 1.5));
    p.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
    p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return QIcon(pixmap);
}

const QIcon &iconFor(int level) {
    static const QIcon unknown = statusIcon(QColor(160, 160, 160), true);
    static const QIcon ok = statusIcon(QColor(46, 160, 67));
    static const QIcon warning = statusIcon(QColor(230, 160, 20));
    static const QIcon error = statusIcon(QColor(210, 50, 45));
    static const QIcon checking = statusIcon(QColor(60, 120, 220), true);
    switch (level) {
    case int(HostStatus::Level::Ok):
        return ok;
    case int(HostStatus::Level::Warning):
        return warning;
    case int(HostStatus::Level::Error):
        return error;
    case -1:
        return checking;
    default:
        return unknown;
    }
}

} // namespace

QIcon InventoryModel::levelIcon(int level) {
    return iconFor(level);
}

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractItemModel(parent) {
    rebuild();
}

void InventoryModel::setInventory(const Inventory &inventory, const HostStatusHistory &history) {
    beginResetModel();
    m_inventory = inventory;
    m_history = history;
    m_checking.clear();
    rebuild();
    endResetModel();
    Q_EMIT inventoryChanged();
}

QStringList InventoryModel::sites() const {
    QStringList list;
    for (const Group &g : m_groups) {
        if (!g.site.isEmpty())
            list << g.site;
    }
    return list;
}

void InventoryModel::rebuild() {
    m_groups.clear();
    QList<Host> hosts = m_inventory.hosts;
    if (!m_inventory.contains(Host::localName()))
        hosts << Host::local();
    for (const Host &h : std::as_const(hosts)) {
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&h](const Group &g) { return g.site == h.site; });
        if (it == m_groups.end())
            m_groups.append({h.site, {h.name}});
        else
            it->hosts << h.name;
    }
    // Sites by name; hosts without a site at the end.
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.site.isEmpty() != b.site.isEmpty())
            return b.site.isEmpty();
        return QString::localeAwareCompare(a.site, b.site) < 0;
    });
}

void InventoryModel::insertHost(int index, const Host &host) {
    beginResetModel();
    m_inventory.hosts.insert(qBound(0, index, int(m_inventory.hosts.size())), host);
    rebuild();
    endResetModel();
    Q_EMIT inventoryChanged();
}

int InventoryModel::removeHost(const QString &name) {
    const int index = m_inventory.indexOf(name);
    if (index < 0)
        return -1;
    beginResetModel();
    m_inventory.hosts.removeAt(index);
    m_checking.remove(name);
    rebuild();
    endResetModel();
    Q_EMIT inventoryChanged();
    return index;
}

void InventoryModel::replaceHost(const QString &name, const Host &host) {
    const int index = m_inventory.indexOf(name);
    if (index < 0) {
        // Editing the implicit `local` lists it.
        insertHost(int(m_inventory.hosts.size()), host);
        return;
    }
    const Host old = m_inventory.hosts.at(index);
    if (old.name == host.name && old.site == host.site) {
        m_inventory.hosts[index] = host;
        emitHostChanged(host.name);
        Q_EMIT inventoryChanged();
        return;
    }
    beginResetModel();
    m_inventory.hosts[index] = host;
    m_history.rename(old.name, host.name);
    // Hosts that jumped through the old name follow the rename.
    for (Host &h : m_inventory.hosts) {
        if (h.jump == old.name && old.name != host.name)
            h.jump = host.name;
    }
    if (m_checking.remove(old.name))
        m_checking.insert(host.name);
    rebuild();
    endResetModel();
    if (old.name != host.name)
        Q_EMIT hostRenamed(old.name, host.name);
    Q_EMIT inventoryChanged();
}

void InventoryModel::addStatus(const HostStatus &status) {
    m_history.add(status);
    m_checking.remove(status.host);
    emitHostChanged(status.host);
}

void InventoryModel::setStoredLatest(const QHash<QString, HostStatus> &latest) {
    m_storedLatest = latest;
    for (const Group &group : std::as_const(m_groups))
        for (const QString &name : group.hosts)
            emitHostChanged(name);
}

std::optional<HostStatus> InventoryModel::latest(const QString &host) const {
    std::optional<HostStatus> own = m_history.latest(host);
    const auto stored = m_storedLatest.constFind(host);
    if (stored != m_storedLatest.cend() && (!own || stored->checkedAt > own->checkedAt))
        return *stored;
    return own;
}

void InventoryModel::setChecking(const QString &name, bool checking) {
    if (checking)
        m_checking.insert(name);
    else
        m_checking.remove(name);
    emitHostChanged(name);
}

void InventoryModel::emitHostChanged(const QString &name) {
    const QModelIndex first = indexOfHost(name, 0);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex InventoryModel::indexOfHost(const QString &name, int column) const {
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).hosts.indexOf(name));
        if (row >= 0)
            return createIndex(row, column, quintptr(g + 1));
    }
    return {};
}

QString InventoryModel::hostName(const QModelIndex &index) const {
    return index.data(HostNameRole).toString();
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, SiteId) : QModelIndex();
    if (parent.internalId() != SiteId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).hosts.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == SiteId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SiteId);
}

int InventoryModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != SiteId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).hosts.size());
}

int InventoryModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SiteId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return {};
            return QStringLiteral("%1 (%2)")
                .arg(g.site.isEmpty() ? tr("No site") : g.site)
                .arg(g.hosts.size());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsSiteRole:
            return true;
        case SiteRole:
            return g.site;
        case HostNameRole:
            return QString();
        default:
            return {};
        }
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const std::optional<Host> host = m_inventory.find(g.hosts.value(index.row()));
    if (!host)
        return {};
    return hostData(*host, index.column(), role);
}

QVariant InventoryModel::hostData(const Host &host, int column, int role) const {
    const std::optional<HostStatus> status = latest(host.name);
    const bool checking = m_checking.contains(host.name);
    const int level = checking ? -1 : int(status ? status->level : HostStatus::Level::Unknown);
    switch (role) {
    case HostNameRole:
        return host.name;
    case IsSiteRole:
        return false;
    case SiteRole:
        return host.site;
    case IsClientRole:
        return host.client;
    case IsServerRole:
        return host.server;
    case StatusLevelRole:
        return level;
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(iconFor(level)) : QVariant();
    case Qt::ToolTipRole:
        if (column == StatusColumn && status) {
            QStringList lines{status->summary};
            lines += status->notes;
            return lines.join(QLatin1Char('\n'));
        }
        if (column == NameColumn && !host.notes.isEmpty())
            return host.notes;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return host.name;
    case AddressColumn:
        if (host.isLocal())
            return tr("this machine");
        return host.jump.isEmpty() ? host.target() : tr("%1 via %2").arg(host.target(), host.jump);
    case UserColumn:
        return host.user;
    case RolesColumn:
        return host.rolesText();
    case RegionColumn:
        return host.region;
    case LocationColumn:
        return host.location ? QStringLiteral("%1, %2")
                                   .arg(host.location->lat, 0, 'f', 4)
                                   .arg(host.location->lon, 0, 'f', 4)
                             : QString();
    case StatusColumn:
        if (checking)
            return tr("checking…");
        return status ? status->summary : QString();
    case Iperf3Column:
        if (!status)
            return {};
        return status->iperf3Found() ? status->iperf3Version : QStringLiteral("—");
    case NetserverColumn:
        if (!status)
            return {};
        return status->netserverFound()
                   ? (status->netperfVersion.isEmpty() ? tr("yes") : status->netperfVersion)
                   : QStringLiteral("—");
    case RttColumn:
        return status && status->rttMs ? QStringLiteral("%1 ms").arg(*status->rttMs, 0, 'f', 1)
                                       : QVariant();
    case LastCheckColumn:
        return status && status->checkedAt.isValid()
                   ? QLocale().toString(status->checkedAt.toLocalTime(), QLocale::ShortFormat)
                   : QVariant();
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == RttColumn)
        return tr("Network round trip of the last check: the TCP connect to the host's SSH "
                  "port (through jump hosts: the round trip of an SSH command)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case UserColumn:
        return tr("User");
    case RolesColumn:
        return tr("Roles");
    case RegionColumn:
        return tr("Region");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case Iperf3Column:
        return tr("iperf3");
    case NetserverColumn:
        return tr("netserver");
    case RttColumn:
        return tr("RTT");
    case LastCheckColumn:
        return tr("Last check");
    default:
        return {};
    }
}

QHash<int, QByteArray> InventoryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(HostNameRole, "hostName");
    names.insert(IsSiteRole, "isSite");
    names.insert(SiteRole, "site");
    names.insert(IsClientRole, "isClient");
    names.insert(IsServerRole, "isServer");
    names.insert(StatusLevelRole, "statusLevel");
    return names;
}

} // namespace Perfdeck

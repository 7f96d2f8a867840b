#include "gui/hostlistmodel.h"

#include "gui/inventorymodel.h"

namespace Perfdeck {

HostListModel::HostListModel(InventoryModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source) {
    connect(source, &InventoryModel::inventoryChanged, this, &HostListModel::reload);
    reload();
}

void HostListModel::reload() {
    beginResetModel();
    m_hosts.clear();
    if (m_source) {
        for (const QString &name : m_source->inventory().names())
            m_hosts << *m_source->inventory().find(name);
    }
    // As the run panel offers them: this machine first, then the hosts by site as the Hosts
    // dock groups them (sites by name, hosts without a site last), file order within a site.
    std::stable_sort(m_hosts.begin(), m_hosts.end(), [](const Host &a, const Host &b) {
        if (a.isLocal() != b.isLocal())
            return a.isLocal();
        if (a.site.isEmpty() != b.site.isEmpty())
            return b.site.isEmpty();
        return QString::localeAwareCompare(a.site, b.site) < 0;
    });
    endResetModel();
}

int HostListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hosts.size());
}

QVariant HostListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &h = m_hosts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.isLocal() ? tr("local (this machine)")
                           : QStringLiteral("%1 (%2)").arg(h.name, h.target());
    case HostNameRole:
        return h.name;
    case IsClientRole:
        return h.client;
    case IsServerRole:
        return h.server;
    case SiteRole:
        return h.site;
    case RegionRole:
        return h.region;
    case TagsRole:
        return h.tags;
    default:
        return {};
    }
}

QHash<int, QByteArray> HostListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(HostNameRole, "hostName");
    names.insert(IsClientRole, "isClient");
    names.insert(IsServerRole, "isServer");
    names.insert(SiteRole, "site");
    names.insert(RegionRole, "region");
    names.insert(TagsRole, "tags");
    return names;
}

} // namespace Perfdeck

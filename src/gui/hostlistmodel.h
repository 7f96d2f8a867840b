// The inventory's host names as a flat list, with whether each may be a client or a server:
// what the run panel offers for "client" and "server" (filter on IsClientRole/IsServerRole).
// Follows an InventoryModel; `local` is always in it, first; then the hosts by site.
#pragma once

#include "inventory/host.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Perfdeck {

class InventoryModel;

class HostListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        HostNameRole = Qt::UserRole + 1,
        IsClientRole,
        IsServerRole,
        SiteRole,
        RegionRole,
        TagsRole, // QStringList
    };
    Q_ENUM(Role)

    explicit HostListModel(InventoryModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    QPointer<InventoryModel> m_source;
    QList<Host> m_hosts;
};

} // namespace Perfdeck

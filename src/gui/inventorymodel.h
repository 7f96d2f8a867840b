// The host inventory as a tree for the inventory dock: one row per site (hosts without a site
// last), its hosts below with address, roles, location and their latest health check. `local`
// is always there. Edits go through the dock's undo stack, which calls the mutators here.
#pragma once

#include "inventory/hoststatushistory.h"
#include "inventory/inventory.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSet>

namespace Perfdeck {

class InventoryModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AddressColumn,
        UserColumn,
        RolesColumn,
        RegionColumn,
        LocationColumn,
        StatusColumn,
        Iperf3Column,
        NetserverColumn,
        RttColumn,
        LastCheckColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        HostNameRole = Qt::UserRole + 1, // empty on site rows
        IsSiteRole,
        SiteRole,
        IsClientRole,
        IsServerRole,
        StatusLevelRole, // HostStatus::Level as int; -1 while a check runs
    };
    Q_ENUM(Role)

    explicit InventoryModel(QObject *parent = nullptr);

    // The status dot of a check's level (HostStatus::Level as int, -1: a check is running),
    // shared with the check history so a level looks the same everywhere.
    static QIcon levelIcon(int level);

    const Inventory &inventory() const { return m_inventory; }
    const HostStatusHistory &history() const { return m_history; }
    void setInventory(const Inventory &inventory, const HostStatusHistory &history);

    // The host as shown (the implicit `local` too); nothing for an unknown name.
    std::optional<Host> host(const QString &name) const { return m_inventory.find(name); }
    // Whether name is listed in the inventory (the implicit `local` is not).
    bool isListed(const QString &name) const { return m_inventory.contains(name); }
    QStringList sites() const;

    // Mutators for the undo commands. insertHost at index (clamped) of the inventory list;
    // removeHost returns the index it had (-1 if not listed); replaceHost keeps the position
    // and moves the host's check history along with a rename.
    void insertHost(int index, const Host &host);
    int removeHost(const QString &name);
    void replaceHost(const QString &name, const Host &host);

    void addStatus(const HostStatus &status);
    void setChecking(const QString &name, bool checking);
    // The newest check of each host in the history database (checks the CLI or an earlier
    // session made): shown when newer than the session's own. Not saved with the session.
    void setStoredLatest(const QHash<QString, HostStatus> &latest);
    // The check the tree shows for a host: the newer of the session's and the database's.
    std::optional<HostStatus> latest(const QString &host) const;

    QModelIndex indexOfHost(const QString &name, int column = 0) const;
    QString hostName(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The hosts changed (not only their status): for the run panel's host list.
    void inventoryChanged();
    // A host got another name (its check history moved with it); the stored checks follow.
    void hostRenamed(const QString &from, const QString &to);

private:
    struct Group {
        QString site;
        QStringList hosts;
    };
    void rebuild();
    void emitHostChanged(const QString &name);
    QVariant hostData(const Host &host, int column, int role) const;

    Inventory m_inventory;
    HostStatusHistory m_history;
    QHash<QString, HostStatus> m_storedLatest;
    QSet<QString> m_checking;
    QList<Group> m_groups;
};

} // namespace Perfdeck

// Turns an Ansible inventory (INI or YAML, with group_vars/ and host_vars/ beside it) into
// inventory hosts: connection variables become address, port, user and key; the groups a host
// is in (directly or through `children`) become its tags. Rules are in docs/ORCHESTRATION.md.
#pragma once

#include "inventory/inventory.h"
#include "inventory/inventoryissue.h"

#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

class AnsibleImporter final {
public:
    // Reads path (INI, or YAML for .yml/.yaml files and files that start like YAML). Nothing
    // when it cannot be read or parsed (errors() says where); skipped entries in notices().
    std::optional<Inventory> import(const QString &path);

    const QList<InventoryIssue> &notices() const { return m_notices; }
    const QList<InventoryIssue> &errors() const { return m_errors; }

    // "web[01:03].example.com" -> web01..web03.example.com; "db-[a:c]" -> db-a, db-b, db-c;
    // "[0:8:4]" steps by 4. Nothing and *error when a range is malformed. Public for tests.
    static QStringList expandHostPattern(const QString &pattern, QString *error);

private:
    QList<InventoryIssue> m_notices;
    QList<InventoryIssue> m_errors;
};

} // namespace Perfdeck

// Reads a YAML host inventory (`format: perfdeck.hosts/1`, DESIGN.md and
// docs/ORCHESTRATION.md) and checks every field, so a mistake is reported as FILE:LINE:COLUMN
// with the field and, for a misspelt key or host name, the likely intended one.
#pragma once

#include "inventory/inventory.h"
#include "inventory/inventoryissue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

class InventoryLoader final {
public:
    // Reads path. On failure returns nothing and errors() says why (all problems found).
    std::optional<Inventory> load(const QString &path);
    // The same from bytes; file names the source in errors.
    std::optional<Inventory> parse(const QByteArray &yaml, const QString &file);

    const QList<InventoryIssue> &errors() const { return m_errors; }
    QString errorString() const { return InventoryIssue::join(m_errors); }

    // The keys a host may have (aliases not included), as written in YAML.
    static const QStringList &hostFields();

private:
    QList<InventoryIssue> m_errors;
};

} // namespace Perfdeck

// Writes an inventory as a perfdeck.hosts/1 YAML file that InventoryLoader reads back to the
// same hosts: what `hosts import` and the GUI's export produce.
#pragma once

#include "inventory/inventory.h"

#include <QByteArray>
#include <QString>

namespace Perfdeck::InventoryWriter {

// header: comment lines put above the document (e.g. where the hosts were imported from).
QByteArray toYaml(const Inventory &inventory, const QStringList &header = {});
// Atomic: the previous file survives a failed write.
bool save(const Inventory &inventory, const QString &path, QString *error,
          const QStringList &header = {});

} // namespace Perfdeck::InventoryWriter

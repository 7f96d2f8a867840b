#include "inventory/inventoryissue.h"

#include <QStringList>

namespace Perfdeck {

QString InventoryIssue::toString() const {
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    if (column <= 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QString InventoryIssue::join(const QList<InventoryIssue> &issues) {
    QStringList lines;
    for (const InventoryIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Perfdeck

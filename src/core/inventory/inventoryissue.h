// A problem or notice about an inventory source (a perfdeck.hosts/1 file, an ssh config, an
// Ansible inventory), located where the user has to look.
#pragma once

#include <QList>
#include <QString>

namespace Perfdeck {

struct InventoryIssue {
    QString file;
    int line = 0; // 1-based; 0 when the issue has no place in a file
    int column = 0;
    QString message;

    // "hosts.yaml:12:5: unknown field 'adress' (did you mean 'address'?)"
    QString toString() const;
    static QString join(const QList<InventoryIssue> &issues);

    bool operator==(const InventoryIssue &) const = default;
};

} // namespace Perfdeck

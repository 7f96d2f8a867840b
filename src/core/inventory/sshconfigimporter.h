// Turns an OpenSSH client configuration (~/.ssh/config and its Includes) into inventory hosts,
// evaluated as ssh itself would: one host per concrete `Host` alias, wildcard and negated
// patterns applied as defaults, the first value of a keyword winning. Rules and limits are in
// docs/ORCHESTRATION.md.
#pragma once

#include "inventory/inventory.h"
#include "inventory/inventoryissue.h"

#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

class SshConfigImporter final {
public:
    SshConfigImporter();

    // Where relative Include paths start (ssh: ~/.ssh for the user's configuration).
    void setSshDirectory(const QString &directory) { m_sshDirectory = directory; }
    // What ~ and %d expand to.
    void setHomeDirectory(const QString &directory) { m_homeDirectory = directory; }
    // %u, and the remote user (%r) of a host without User.
    void setLocalUser(const QString &user) { m_localUser = user; }

    // The hosts of the configuration at path (default ~/.ssh/config). Nothing when the file
    // cannot be read (errors() says why); skipped or simplified lines are in notices().
    std::optional<Inventory> import(const QString &path = QString());

    const QList<InventoryIssue> &notices() const { return m_notices; }
    const QList<InventoryIssue> &errors() const { return m_errors; }

    // "%h.example.com" style token expansion; unknown tokens are kept as written and named
    // in *unknown. Public for tests.
    static QString expandTokens(const QString &text, const QHash<QChar, QString> &values,
                                QStringList *unknown);

private:
    QString m_sshDirectory;
    QString m_homeDirectory;
    QString m_localUser;
    QList<InventoryIssue> m_notices;
    QList<InventoryIssue> m_errors;
};

} // namespace Perfdeck

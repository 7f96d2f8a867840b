// The hosts a user measures between: what `--hosts FILE` loads, the GUI edits and a session
// keeps. Looks hosts up by name (with the list of known names when one is unknown) and checks
// the rules every inventory obeys: unique names, jump hosts that exist and never loop.
#pragma once

#include "inventory/host.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Perfdeck {

class Inventory final {
public:
    static constexpr const char *FormatId = "perfdeck.hosts/1";

    QList<Host> hosts; // in file order; `local` only when the file describes it

    int indexOf(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    // The host called name; `local` is always known (this machine) even when not listed.
    std::optional<Host> find(const QString &name) const;
    // Like find, but an unknown name sets *error to "unknown host 'X' (did you mean 'Y'?;
    // known hosts: a, b, local)": what the CLI prints before exiting with 2.
    std::optional<Host> resolve(const QString &name, QString *error) const;
    // Every name of a "--clients a,b" list, in order; the first unknown one fails as resolve().
    std::optional<QList<Host>> resolveAll(const QStringList &names, QString *error) const;
    // Every name that resolves, in file order, `local` last unless listed.
    QStringList names() const;

    // The jump hosts from name outwards ("web1" -> ["bastion-eu", "gateway"]); stops at a
    // cycle or an unknown name (validate() reports those).
    QStringList jumpChain(const QString &name) const;

    // Every broken rule, one message each: duplicate names, invalid names, unknown or
    // self-referencing jump hosts, jump cycles, `local` with SSH settings. Empty when valid.
    QStringList problems() const;

    // {"format": "perfdeck.hosts/1", "hosts": [...]} with the YAML keys; for sessions and
    // `hosts list --json`.
    QJsonObject toJson() const;
    static Inventory fromJson(const QJsonObject &o);

    bool operator==(const Inventory &) const = default;
};

} // namespace Perfdeck

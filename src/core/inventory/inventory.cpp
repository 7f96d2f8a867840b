#include "inventory/inventory.h"

#include "util/fieldsuggestion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

int Inventory::indexOf(const QString &name) const {
    for (int i = 0; i < hosts.size(); ++i) {
        if (hosts.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<Host> Inventory::find(const QString &name) const {
    if (const int i = indexOf(name); i >= 0)
        return hosts.at(i);
    if (name == Host::localName())
        return Host::local();
    return std::nullopt;
}

std::optional<Host> Inventory::resolve(const QString &name, QString *error) const {
    if (std::optional<Host> host = find(name))
        return host;
    const QStringList known = names();
    QString message = Tr::tr("unknown host '%1'").arg(name);
    if (const QString best = FieldSuggestion::closest(name, known); !best.isEmpty())
        message += Tr::tr(" (did you mean '%1'?)").arg(best);
    message += Tr::tr("; known hosts: %1").arg(known.join(QLatin1String(", ")));
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<QList<Host>> Inventory::resolveAll(const QStringList &names, QString *error) const {
    QList<Host> result;
    for (const QString &name : names) {
        std::optional<Host> host = resolve(name.trimmed(), error);
        if (!host)
            return std::nullopt;
        result << *host;
    }
    return result;
}

QStringList Inventory::names() const {
    QStringList list;
    for (const Host &h : hosts)
        list << h.name;
    if (!list.contains(Host::localName()))
        list << Host::localName();
    return list;
}

QStringList Inventory::jumpChain(const QString &name) const {
    QStringList chain;
    QSet<QString> seen{name};
    std::optional<Host> current = find(name);
    while (current && !current->jump.isEmpty()) {
        if (seen.contains(current->jump))
            break;
        chain << current->jump;
        seen.insert(current->jump);
        current = find(current->jump);
    }
    return chain;
}

QStringList Inventory::problems() const {
    QStringList problems;
    QSet<QString> seen;
    for (const Host &h : hosts) {
        if (const QString p = hostNameProblem(h.name); !p.isEmpty())
            problems << p;
        if (seen.contains(h.name))
            problems << Tr::tr("duplicate host name '%1'").arg(h.name);
        seen.insert(h.name);
        if (h.isLocal()) {
            if (!h.address.isEmpty() || !h.user.isEmpty() || !h.jump.isEmpty() ||
                !h.identityFile.isEmpty())
                problems << Tr::tr("'local' is this machine without SSH: it takes no "
                                   "address, user, identity_file or jump");
            continue;
        }
        if (h.address.isEmpty())
            problems << Tr::tr("host '%1' has no address").arg(h.name);
        if (h.port < 1 || h.port > 65535)
            problems << Tr::tr("host '%1': port %2 is not 1-65535").arg(h.name).arg(h.port);
    }
    for (const Host &h : hosts) {
        if (h.jump.isEmpty())
            continue;
        if (h.jump == h.name) {
            problems << Tr::tr("host '%1' names itself as its jump host").arg(h.name);
        } else if (h.jump == Host::localName()) {
            problems << Tr::tr("host '%1': 'local' cannot be a jump host (it is this "
                               "machine; leave jump empty)")
                            .arg(h.name);
        } else if (!contains(h.jump)) {
            QString error;
            resolve(h.jump, &error);
            problems << Tr::tr("host '%1': jump host: %2").arg(h.name, error);
        } else {
            // A cycle: following jumps from h comes back to h.
            QStringList chain{h.name};
            QString next = h.jump;
            while (!next.isEmpty() && contains(next) && !chain.contains(next)) {
                chain << next;
                next = hosts.at(indexOf(next)).jump;
            }
            if (next == h.name) {
                chain << next;
                problems
                    << Tr::tr("jump hosts form a cycle: %1").arg(chain.join(QLatin1String(" -> ")));
            }
        }
    }
    return problems;
}

QJsonObject Inventory::toJson() const {
    QJsonArray list;
    for (const Host &h : hosts)
        list.append(h.toJson());
    return QJsonObject{{QStringLiteral("format"), QLatin1String(FormatId)},
                       {QStringLiteral("hosts"), list}};
}

Inventory Inventory::fromJson(const QJsonObject &o) {
    Inventory inventory;
    for (const QJsonValue &v : o.value(QLatin1String("hosts")).toArray())
        inventory.hosts.append(Host::fromJson(v.toObject()));
    return inventory;
}

} // namespace Perfdeck

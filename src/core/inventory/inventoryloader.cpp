#include "inventory/inventoryloader.h"

#include "util/fieldsuggestion.h"
#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

const QStringList &InventoryLoader::hostFields() {
    static const QStringList fields = {
        QStringLiteral("name"),   QStringLiteral("address"),  QStringLiteral("port"),
        QStringLiteral("user"),   QStringLiteral("auth"),     QStringLiteral("identity_file"),
        QStringLiteral("jump"),   QStringLiteral("roles"),    QStringLiteral("site"),
        QStringLiteral("region"), QStringLiteral("location"), QStringLiteral("tags"),
        QStringLiteral("notes"),  QStringLiteral("iperf3"),   QStringLiteral("netperf"),
    };
    return fields;
}

namespace {

QString fromStd(const std::string &s) {
    return QString::fromStdString(s);
}

// Keys of older netperf orchestration inventories, accepted for their current names.
const QHash<QString, QString> &aliases() {
    static const QHash<QString, QString> map = {
        {QStringLiteral("ssh_user"), QStringLiteral("user")},
        {QStringLiteral("ssh_key"), QStringLiteral("identity_file")},
        {QStringLiteral("role"), QStringLiteral("roles")},
    };
    return map;
}

class Parser {
public:
    Parser(const QString &file, QList<InventoryIssue> *errors)
        : m_file(file)
        , m_errors(errors) {}

    std::optional<Inventory> parse(const QByteArray &bytes);

private:
    void error(const YAML::Mark &mark, const QString &message) {
        m_errors->append({m_file, mark.line + 1, mark.column + 1, message});
    }
    // A single text value, else an error naming the field.
    std::optional<QString> text(const QString &field, const YAML::Node &node);
    bool readHost(const YAML::Node &node, Host *host, QHash<QString, YAML::Mark> *marks);
    bool readRoles(const YAML::Node &node, Host *host);
    bool readLocation(const YAML::Node &node, Host *host);

    QString m_file;
    QList<InventoryIssue> *m_errors;
};

std::optional<QString> Parser::text(const QString &field, const YAML::Node &node) {
    if (node.IsNull()) {
        error(node.Mark(), Tr::tr("%1 has no value").arg(field));
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(node.Mark(),
              Tr::tr("%1 must be a single value, not a %2")
                  .arg(field, node.IsSequence() ? QStringLiteral("list") : QStringLiteral("map")));
        return std::nullopt;
    }
    return fromStd(node.Scalar()).trimmed();
}

bool Parser::readRoles(const YAML::Node &node, Host *host) {
    QList<YAML::Node> items;
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            items << node[i];
    } else {
        items << node;
    }
    host->client = false;
    host->server = false;
    bool ok = true;
    for (const YAML::Node &item : items) {
        const std::optional<QString> value = text(QStringLiteral("roles"), item);
        if (!value) {
            ok = false;
            continue;
        }
        const QString role = value->toLower();
        if (role == QLatin1String("client")) {
            host->client = true;
        } else if (role == QLatin1String("server")) {
            host->server = true;
        } else if (role == QLatin1String("both")) {
            host->client = host->server = true;
        } else {
            error(item.Mark(),
                  Tr::tr("roles: unknown role '%1' (use client, server or both)").arg(*value));
            ok = false;
        }
    }
    if (ok && !host->client && !host->server) {
        error(node.Mark(), Tr::tr("roles must name client, server or both"));
        ok = false;
    }
    return ok;
}

bool Parser::readLocation(const YAML::Node &node, Host *host) {
    if (!node.IsMap()) {
        error(node.Mark(), Tr::tr("location must be a map {lat: 48.2, lon: 16.4}"));
        return false;
    }
    static const QStringList keys = {QStringLiteral("lat"), QStringLiteral("lon")};
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (!keys.contains(key)) {
            error(it->first.Mark(),
                  QStringLiteral("location: ") + FieldSuggestion::unknownField(key, keys));
            ok = false;
        }
    }
    HostLocation location;
    for (const QString &key : keys) {
        const YAML::Node value = node[key.toStdString()];
        if (!value) {
            error(node.Mark(), Tr::tr("location needs both lat and lon"));
            return false;
        }
        const std::optional<QString> t = text(QStringLiteral("location.") + key, value);
        if (!t)
            return false;
        bool isNumber = false;
        const double d = t->toDouble(&isNumber);
        const double limit = key == QLatin1String("lat") ? 90 : 180;
        if (!isNumber || !std::isfinite(d) || std::abs(d) > limit) {
            error(value.Mark(), Tr::tr("location.%1 must be a number from -%2 to %2 "
                                       "(got '%3')")
                                    .arg(key)
                                    .arg(limit)
                                    .arg(*t));
            return false;
        }
        (key == QLatin1String("lat") ? location.lat : location.lon) = d;
    }
    host->location = location;
    return ok;
}

bool Parser::readHost(const YAML::Node &node, Host *host, QHash<QString, YAML::Mark> *marks) {
    if (!node.IsMap()) {
        error(node.Mark(), Tr::tr("a host must be a map of field: value (name, "
                                  "address, ...)"));
        return false;
    }
    bool ok = true;
    QStringList known = InventoryLoader::hostFields();
    QStringList withAliases = known + aliases().keys();
    QHash<QString, YAML::Node> fields;
    QHash<QString, QString> spelling; // canonical field -> key as written
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (key == QLatin1String("password") || key == QLatin1String("ssh_password")) {
            error(it->first.Mark(),
                  Tr::tr("%1: passwords are never stored in an inventory; write 'auth: "
                         "password' and Perfdeck asks (and can keep it in the system "
                         "keychain)")
                      .arg(key));
            ok = false;
            continue;
        }
        if (!withAliases.contains(key)) {
            error(it->first.Mark(), FieldSuggestion::unknownField(key, withAliases));
            ok = false;
            continue;
        }
        const QString canonical = aliases().value(key, key);
        if (spelling.contains(canonical)) {
            const QString first = spelling.value(canonical);
            error(it->first.Mark(), first == key
                                        ? Tr::tr("%1 is given twice").arg(key)
                                        : Tr::tr("%1 and %2 are the same field (%2 is an alias "
                                                 "of %1): keep one")
                                              .arg(canonical, first == canonical ? key : first));
            ok = false;
            continue;
        }
        spelling.insert(canonical, key);
        fields.insert(canonical, it->second);
        marks->insert(canonical, it->second.Mark());
    }

    auto field = [&](const char *name) -> std::optional<QString> {
        const auto it = fields.constFind(QLatin1String(name));
        if (it == fields.cend())
            return std::nullopt;
        std::optional<QString> value = text(spelling.value(QLatin1String(name)), *it);
        if (!value)
            ok = false;
        return value;
    };

    if (const auto name = field("name")) {
        host->name = *name;
        if (const QString problem = hostNameProblem(*name); !problem.isEmpty()) {
            error(marks->value(QStringLiteral("name")), problem);
            ok = false;
        }
    } else if (!fields.contains(QStringLiteral("name"))) {
        error(node.Mark(), Tr::tr("a host needs a name"));
        ok = false;
    }
    const bool local = host->name == Host::localName();
    if (local)
        host->port = 0;
    if (const auto address = field("address"))
        host->address = *address;
    if (const auto port = field("port")) {
        bool isNumber = false;
        const int p = port->toInt(&isNumber);
        if (!isNumber || p < 1 || p > 65535) {
            error(marks->value(QStringLiteral("port")),
                  Tr::tr("port must be a number from 1 to 65535 (got '%1')").arg(*port));
            ok = false;
        } else {
            host->port = p;
        }
    }
    if (const auto user = field("user"))
        host->user = *user;
    if (const auto identity = field("identity_file"))
        host->identityFile = *identity;
    host->auth = host->identityFile.isEmpty() ? HostAuth::Agent : HostAuth::Key;
    if (const auto auth = field("auth")) {
        if (const auto a = hostAuthFromString(*auth)) {
            host->auth = *a;
        } else {
            error(marks->value(QStringLiteral("auth")),
                  Tr::tr("auth must be agent, key or password (got '%1')").arg(*auth));
            ok = false;
        }
    }
    if (const auto jump = field("jump"))
        host->jump = *jump;
    if (fields.contains(QStringLiteral("roles")))
        ok = readRoles(fields.value(QStringLiteral("roles")), host) && ok;
    if (const auto site = field("site"))
        host->site = *site;
    if (const auto region = field("region"))
        host->region = *region;
    if (fields.contains(QStringLiteral("location")))
        ok = readLocation(fields.value(QStringLiteral("location")), host) && ok;
    if (fields.contains(QStringLiteral("tags"))) {
        const YAML::Node tags = fields.value(QStringLiteral("tags"));
        if (tags.IsSequence()) {
            for (std::size_t i = 0; i < tags.size(); ++i) {
                if (const auto tag = text(QStringLiteral("tags"), tags[i]))
                    host->tags << *tag;
                else
                    ok = false;
            }
        } else if (!tags.IsNull()) {
            if (const auto tag = text(QStringLiteral("tags"), tags))
                host->tags << *tag;
            else
                ok = false;
        }
    }
    if (const auto notes = field("notes"))
        host->notes = *notes;
    if (const auto iperf3 = field("iperf3"))
        host->iperf3Path = *iperf3;
    if (const auto netperf = field("netperf"))
        host->netperfPath = *netperf;

    if (local) {
        for (const char *sshField : {"address", "port", "user", "auth", "identity_file", "jump"}) {
            const QString f = QLatin1String(sshField);
            if (fields.contains(f)) {
                error(marks->value(f),
                      Tr::tr("'local' is this machine, reached without SSH: remove %1 "
                             "(or give the host another name)")
                          .arg(spelling.value(f)));
                ok = false;
            }
        }
    } else if (!host->name.isEmpty() && !fields.contains(QStringLiteral("address"))) {
        error(node.Mark(), Tr::tr("host '%1' needs an address").arg(host->name));
        ok = false;
    }
    return ok;
}

std::optional<Inventory> Parser::parse(const QByteArray &bytes) {
    int line = 0;
    int column = 0;
    if (const QString limit = InputLimits::checkYaml(bytes, &line, &column); !limit.isEmpty()) {
        m_errors->append({m_file, line, column, limit});
        return std::nullopt;
    }
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        error(e.mark, Tr::tr("YAML syntax error: %1").arg(fromStd(e.msg)));
        return std::nullopt;
    }
    if (!root || root.IsNull()) {
        m_errors->append({m_file, 0, 0,
                          Tr::tr("the inventory is empty (it needs 'format: %1' and "
                                 "'hosts:')")
                              .arg(QLatin1String(Inventory::FormatId))});
        return std::nullopt;
    }
    if (!root.IsMap()) {
        error(root.Mark(), Tr::tr("an inventory is a map with 'format: %1' and 'hosts:'")
                               .arg(QLatin1String(Inventory::FormatId)));
        return std::nullopt;
    }
    static const QStringList topLevel = {QStringLiteral("format"), QStringLiteral("hosts")};
    bool ok = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (!topLevel.contains(key)) {
            error(it->first.Mark(), FieldSuggestion::unknownField(key, topLevel));
            ok = false;
        }
    }
    const YAML::Node format = root["format"];
    if (!format) {
        error(root.Mark(), Tr::tr("missing 'format: %1' (is this a Perfdeck inventory?)")
                               .arg(QLatin1String(Inventory::FormatId)));
        return std::nullopt;
    }
    if (!format.IsScalar() || fromStd(format.Scalar()) != QLatin1String(Inventory::FormatId)) {
        const QString got = format.IsScalar() ? fromStd(format.Scalar()) : QString();
        error(format.Mark(),
              got.startsWith(QLatin1String("perfdeck.hosts/"))
                  ? Tr::tr("format '%1' is not supported by this Perfdeck (it reads %2)")
                        .arg(got, QLatin1String(Inventory::FormatId))
                  : Tr::tr("format must be '%1' (got '%2')")
                        .arg(QLatin1String(Inventory::FormatId), got));
        return std::nullopt;
    }
    const YAML::Node hosts = root["hosts"];
    if (!hosts) {
        error(root.Mark(), Tr::tr("missing 'hosts:' (a list of hosts, each starting "
                                  "with '- name:')"));
        return std::nullopt;
    }
    Inventory inventory;
    if (hosts.IsNull())
        return ok ? std::optional(inventory) : std::nullopt;
    if (!hosts.IsSequence()) {
        error(hosts.Mark(), Tr::tr("hosts must be a list of hosts (each starting with '- name:')"));
        return std::nullopt;
    }
    QList<QHash<QString, YAML::Mark>> marks;
    QHash<QString, int> firstLine;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        Host host;
        QHash<QString, YAML::Mark> hostMarks;
        const bool hostOk = readHost(hosts[i], &host, &hostMarks);
        ok = hostOk && ok;
        if (!host.name.isEmpty()) {
            if (auto first = firstLine.constFind(host.name); first != firstLine.cend()) {
                error(hostMarks.value(QStringLiteral("name")),
                      Tr::tr("duplicate host name '%1' (first at line %2)")
                          .arg(host.name)
                          .arg(*first));
                ok = false;
                continue;
            }
            firstLine.insert(host.name, hostMarks.value(QStringLiteral("name")).line + 1);
        }
        inventory.hosts.append(host);
        marks.append(hostMarks);
    }

    // Jump hosts can point forwards in the file, so they are checked once all are read.
    for (int i = 0; i < inventory.hosts.size(); ++i) {
        const Host &h = inventory.hosts.at(i);
        if (h.jump.isEmpty())
            continue;
        const YAML::Mark mark = marks.at(i).value(QStringLiteral("jump"));
        QString why;
        if (h.jump == h.name) {
            error(mark, Tr::tr("jump: host '%1' cannot be its own jump host").arg(h.name));
            ok = false;
        } else if (h.jump == Host::localName()) {
            error(mark, Tr::tr("jump: 'local' is this machine; leave jump out to "
                               "connect directly"));
            ok = false;
        } else if (!inventory.contains(h.jump)) {
            inventory.resolve(h.jump, &why);
            error(mark, QStringLiteral("jump: %1").arg(why));
            ok = false;
        } else {
            QStringList chain{h.name};
            QString next = h.jump;
            while (!next.isEmpty() && inventory.contains(next) && !chain.contains(next)) {
                chain << next;
                next = inventory.hosts.at(inventory.indexOf(next)).jump;
            }
            if (next == h.name) {
                chain << next;
                error(mark, Tr::tr("jump: the jump hosts form a cycle %1")
                                .arg(chain.join(QLatin1String(" -> "))));
                ok = false;
            }
        }
    }
    if (!ok)
        return std::nullopt;
    return inventory;
}

} // namespace

std::optional<Inventory> InventoryLoader::load(const QString &path) {
    m_errors.clear();
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        m_errors.append({path, 0, 0, Tr::tr("cannot read the inventory: %1").arg(why)});
        return std::nullopt;
    }
    return parse(bytes, path);
}

std::optional<Inventory> InventoryLoader::parse(const QByteArray &yaml, const QString &file) {
    m_errors.clear();
    Parser parser(file, &m_errors);
    try {
        return parser.parse(yaml);
    } catch (const YAML::Exception &e) {
        // Not expected after a successful parse; still never let a file crash the caller.
        m_errors.append({file, e.mark.line + 1, e.mark.column + 1, fromStd(e.msg)});
        return std::nullopt;
    }
}

} // namespace Perfdeck

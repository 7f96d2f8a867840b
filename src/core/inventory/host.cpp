#include "inventory/host.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString toString(HostAuth auth) {
    switch (auth) {
    case HostAuth::Agent:
        return QStringLiteral("agent");
    case HostAuth::Key:
        return QStringLiteral("key");
    case HostAuth::Password:
        return QStringLiteral("password");
    }
    return {};
}

std::optional<HostAuth> hostAuthFromString(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("agent"))
        return HostAuth::Agent;
    if (t == QLatin1String("key") || t == QLatin1String("publickey"))
        return HostAuth::Key;
    if (t == QLatin1String("password"))
        return HostAuth::Password;
    return std::nullopt;
}

Host Host::local() {
    Host h;
    h.name = localName();
    h.port = 0;
    h.notes = Tr::tr("this machine (no SSH)");
    return h;
}

QString Host::rolesText() const {
    QStringList roles;
    if (client)
        roles << QStringLiteral("client");
    if (server)
        roles << QStringLiteral("server");
    return roles.join(QLatin1String(", "));
}

QString Host::target() const {
    if (isLocal())
        return Tr::tr("this machine");
    QString t = address;
    if (t.contains(QLatin1Char(':'))) // IPv6 literal
        t = QLatin1Char('[') + t + QLatin1Char(']');
    if (!user.isEmpty())
        t = user + QLatin1Char('@') + t;
    if (port != DefaultSshPort)
        t += QLatin1Char(':') + QString::number(port);
    return t;
}

QJsonObject Host::toJson() const {
    QJsonObject o;
    auto text = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    o.insert(QLatin1String("name"), name);
    text("address", address);
    if (!isLocal())
        o.insert(QLatin1String("port"), port);
    text("user", user);
    if (!isLocal())
        o.insert(QLatin1String("auth"), toString(auth));
    text("identity_file", identityFile);
    text("jump", jump);
    QJsonArray roles;
    if (client)
        roles.append(QStringLiteral("client"));
    if (server)
        roles.append(QStringLiteral("server"));
    o.insert(QLatin1String("roles"), roles);
    text("site", site);
    text("region", region);
    if (location)
        o.insert(QLatin1String("location"), QJsonObject{{QStringLiteral("lat"), location->lat},
                                                        {QStringLiteral("lon"), location->lon}});
    if (!tags.isEmpty())
        o.insert(QLatin1String("tags"), QJsonArray::fromStringList(tags));
    text("notes", notes);
    text("iperf3", iperf3Path);
    text("netperf", netperfPath);
    return o;
}

Host Host::fromJson(const QJsonObject &o) {
    Host h;
    h.name = o.value(QLatin1String("name")).toString();
    h.address = o.value(QLatin1String("address")).toString();
    h.port = o.value(QLatin1String("port")).toInt(h.isLocal() ? 0 : DefaultSshPort);
    h.user = o.value(QLatin1String("user")).toString();
    h.auth =
        hostAuthFromString(o.value(QLatin1String("auth")).toString()).value_or(HostAuth::Agent);
    h.identityFile = o.value(QLatin1String("identity_file")).toString();
    h.jump = o.value(QLatin1String("jump")).toString();
    if (o.contains(QLatin1String("roles"))) {
        const QJsonArray roles = o.value(QLatin1String("roles")).toArray();
        h.client = roles.contains(QStringLiteral("client"));
        h.server = roles.contains(QStringLiteral("server"));
    }
    h.site = o.value(QLatin1String("site")).toString();
    h.region = o.value(QLatin1String("region")).toString();
    if (const QJsonValue loc = o.value(QLatin1String("location")); loc.isObject())
        h.location = HostLocation{loc[QLatin1String("lat")].toDouble(),
                                  loc[QLatin1String("lon")].toDouble()};
    for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray())
        h.tags << tag.toString();
    h.notes = o.value(QLatin1String("notes")).toString();
    h.iperf3Path = o.value(QLatin1String("iperf3")).toString();
    h.netperfPath = o.value(QLatin1String("netperf")).toString();
    return h;
}

QString hostNameProblem(const QString &name) {
    if (name.isEmpty())
        return Tr::tr("a host needs a name");
    if (name.startsWith(QLatin1Char('-')))
        return Tr::tr("host name '%1' must not start with '-'").arg(name);
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char(',') || !c.isPrint())
            return Tr::tr("host name '%1' must not contain white space or commas").arg(name);
    }
    return {};
}

} // namespace Perfdeck

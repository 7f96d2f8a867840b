#include "inventory/inventorywriter.h"

#include "util/fileio.h"

#include <yaml-cpp/yaml.h>

namespace Perfdeck::InventoryWriter {

namespace {

std::string toStd(const QString &s) {
    return s.toStdString();
}

void text(YAML::Emitter &out, const char *key, const QString &value) {
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << toStd(value);
}

} // namespace

QByteArray toYaml(const Inventory &inventory, const QStringList &header) {
    YAML::Emitter out;
    out.SetIndent(2);
    for (const QString &line : header)
        out << YAML::Comment(toStd(line)) << YAML::Newline;
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << Inventory::FormatId;
    out << YAML::Key << "hosts" << YAML::Value;
    if (inventory.hosts.isEmpty())
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    else
        out << YAML::BeginSeq;
    for (const Host &h : inventory.hosts) {
        out << YAML::BeginMap;
        text(out, "name", h.name);
        if (!h.isLocal()) {
            text(out, "address", h.address);
            if (h.port != Host::DefaultSshPort)
                out << YAML::Key << "port" << YAML::Value << h.port;
            text(out, "user", h.user);
            const HostAuth implied = h.identityFile.isEmpty() ? HostAuth::Agent : HostAuth::Key;
            if (h.auth != implied)
                out << YAML::Key << "auth" << YAML::Value << toStd(toString(h.auth));
            text(out, "identity_file", h.identityFile);
            text(out, "jump", h.jump);
        }
        if (!(h.client && h.server)) {
            out << YAML::Key << "roles" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            if (h.client)
                out << "client";
            if (h.server)
                out << "server";
            out << YAML::EndSeq;
        }
        text(out, "site", h.site);
        text(out, "region", h.region);
        if (h.location) {
            out << YAML::Key << "location" << YAML::Value << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "lat" << YAML::Value << h.location->lat;
            out << YAML::Key << "lon" << YAML::Value << h.location->lon;
            out << YAML::EndMap;
        }
        if (!h.tags.isEmpty()) {
            out << YAML::Key << "tags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &tag : h.tags)
                out << toStd(tag);
            out << YAML::EndSeq;
        }
        text(out, "notes", h.notes);
        text(out, "iperf3", h.iperf3Path);
        text(out, "netperf", h.netperfPath);
        out << YAML::EndMap;
    }
    if (!inventory.hosts.isEmpty())
        out << YAML::EndSeq;
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes += '\n';
    return bytes;
}

bool save(const Inventory &inventory, const QString &path, QString *error,
          const QStringList &header) {
    return FileIo::writeAtomically(path, toYaml(inventory, header), error);
}

} // namespace Perfdeck::InventoryWriter

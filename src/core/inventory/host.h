// One machine of the host inventory: how to reach it over SSH, what it may do in a test
// (client, server) and where it stands (site, region, location). The name `local` is this
// machine, reached without SSH.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

enum class HostAuth { Agent, Key, Password };

QString toString(HostAuth auth);
std::optional<HostAuth> hostAuthFromString(const QString &text);

struct HostLocation {
    double lat = 0;
    double lon = 0;
    bool operator==(const HostLocation &) const = default;
};

struct Host {
    static constexpr int DefaultSshPort = 22;

    QString name;
    QString address; // host name or IP address; empty for `local`
    int port = DefaultSshPort;
    QString user; // empty: the local user name, as ssh does
    HostAuth auth = HostAuth::Agent;
    QString identityFile;
    QString jump; // another inventory host the SSH connection goes through
    bool client = true;
    bool server = true;
    QString site;
    QString region;
    std::optional<HostLocation> location;
    QStringList tags;
    QString notes;
    QString iperf3Path;  // empty: iperf3 from the host's PATH
    QString netperfPath; // empty: netperf from the host's PATH (netserver beside it)

    static QString localName() { return QStringLiteral("local"); }
    bool isLocal() const { return name == localName(); }
    // This machine as the inventory sees it when the file does not describe it.
    static Host local();

    // "client, server", "client" or "server".
    QString rolesText() const;
    // "user@address:port" (user and port only where set), "this machine" for local.
    QString target() const;

    // Same keys as the YAML inventory (DESIGN.md); empty values are left out.
    QJsonObject toJson() const;
    static Host fromJson(const QJsonObject &o);

    bool operator==(const Host &) const = default;
};

// A name usable on the command line (`--clients A,B`) and in a YAML file: not empty, no
// white space or commas, not starting with '-'. Returns the problem, empty if none.
QString hostNameProblem(const QString &name);

} // namespace Perfdeck

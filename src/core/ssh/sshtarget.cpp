#include "ssh/sshtarget.h"

#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QDir>

#include <pwd.h>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString SshTarget::effectiveUser() const {
    if (!user.isEmpty())
        return user;
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QString SshTarget::displayName() const {
    const QString address = effectiveUser() + QLatin1Char('@') + host +
                            (port == 22 ? QString() : QLatin1Char(':') + QString::number(port));
    if (name.isEmpty() || name == host)
        return address;
    return name + QStringLiteral(" (") + address + QLatin1Char(')');
}

QString SshTarget::key() const {
    QString k = effectiveUser() + QLatin1Char('@') + host + QLatin1Char(':') +
                QString::number(port) + QLatin1Char('/') + QString::number(int(auth)) +
                QLatin1Char('/') + identityFile;
    if (jump)
        k += QStringLiteral(" via ") + jump->key();
    return k;
}

static std::optional<SshTarget> targetFor(const Host &host, const Inventory &inventory, int depth,
                                          QString *error) {
    if (host.isLocal()) {
        if (error)
            *error = Tr::tr("'%1' is this machine, reached without SSH").arg(host.name);
        return std::nullopt;
    }
    if (depth > 8) {
        if (error)
            *error = Tr::tr("the jump hosts of '%1' loop").arg(host.name);
        return std::nullopt;
    }
    SshTarget t;
    t.name = host.name;
    t.host = host.address.isEmpty() ? host.name : host.address;
    t.port = host.port;
    t.user = host.user;
    t.identityFile = host.identityFile;
    switch (host.auth) {
    case HostAuth::Agent:
        t.auth = SshTarget::Auth::Auto;
        break;
    case HostAuth::Key:
        t.auth = SshTarget::Auth::Key;
        break;
    case HostAuth::Password:
        t.auth = SshTarget::Auth::Password;
        break;
    }
    if (!host.jump.isEmpty()) {
        const std::optional<Host> jumpHost = inventory.find(host.jump);
        if (!jumpHost) {
            if (error)
                *error = Tr::tr("the jump host '%1' of '%2' is not in the inventory")
                             .arg(host.jump, host.name);
            return std::nullopt;
        }
        const auto jump = targetFor(*jumpHost, inventory, depth + 1, error);
        if (!jump)
            return std::nullopt;
        t.jump = std::make_shared<SshTarget>(*jump);
    }
    return t;
}

std::optional<SshTarget> SshTarget::fromHost(const Host &host, const Inventory &inventory,
                                             QString *error) {
    return targetFor(host, inventory, 0, error);
}

QString SshOptions::effectiveKnownHostsFile() const {
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace Perfdeck

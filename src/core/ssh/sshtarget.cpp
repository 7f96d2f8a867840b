#include "ssh/sshtarget.h"

#include <QDir>

#include <pwd.h>
#include <unistd.h>

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

QString SshOptions::effectiveKnownHostsFile() const {
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace Perfdeck

#include "ssh/knownhosts.h"

#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

KnownHosts KnownHosts::load(const QString &path) {
    // A file that cannot be read (or is larger than any known_hosts) knows no host: every key
    // is then unknown and asked about, never trusted.
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        KnownHosts empty;
        empty.m_path = path;
        return empty;
    }
    return parse(bytes, path);
}

KnownHosts KnownHosts::parse(const QByteArray &contents, const QString &path) {
    KnownHosts kh;
    kh.m_path = path;
    const QList<QByteArray> lines = contents.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        Entry e;
        e.line = int(i + 1);
        if (fields.first().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@revoked")
                e.marker = Entry::Marker::Revoked;
            else if (marker == "@cert-authority")
                e.marker = Entry::Marker::CertAuthority;
            else {
                kh.m_malformed << e.line;
                continue;
            }
        }
        if (fields.size() < 3) {
            kh.m_malformed << e.line;
            continue;
        }
        e.patterns = QString::fromUtf8(fields.at(0));
        e.keyType = QString::fromLatin1(fields.at(1));
        e.key = SshHostKey::fromBase64(fields.at(2));
        if (!e.key.isValid() || e.key.type() != e.keyType) {
            kh.m_malformed << e.line;
            continue;
        }
        kh.m_entries << e;
    }
    return kh;
}

QString KnownHosts::hostName(const QString &host, int port) {
    if (port == 22 || port <= 0)
        return host;
    return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
}

static bool hashedMatches(const QString &pattern, const QString &name) {
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

static bool wildcardMatches(const QString &pattern, const QString &name) {
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern.compare(name, Qt::CaseInsensitive) == 0;
    // Anchored by wildcardToRegularExpression; host names hold no '/', its only special case.
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool KnownHosts::patternsMatch(const QString &patterns, const QString &name) {
    if (patterns.startsWith(QLatin1Char('|')))
        return hashedMatches(patterns, name);
    bool matched = false;
    for (const QString &p : patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (p.startsWith(QLatin1Char('!'))) {
            // A negated pattern that matches rules the whole line out, whatever else matches.
            if (wildcardMatches(p.mid(1), name))
                return false;
        } else if (wildcardMatches(p, name)) {
            matched = true;
        }
    }
    return matched;
}

KnownHosts::Result KnownHosts::check(const QString &host, int port, const SshHostKey &key) const {
    const QString name = hostName(host, port);
    Result result;
    const Entry *changed = nullptr;
    for (const Entry &e : m_entries) {
        if (e.marker == Entry::Marker::CertAuthority || !patternsMatch(e.patterns, name))
            continue;
        if (e.marker == Entry::Marker::Revoked) {
            if (e.key == key) {
                result.status = Status::Revoked;
                result.line = e.line;
                result.knownKey = e.key;
                return result;
            }
            continue;
        }
        if (e.key == key) {
            result.status = Status::Known;
            result.line = e.line;
        } else if (e.keyType == key.type()) {
            if (!changed)
                changed = &e;
        } else if (!result.otherKnownTypes.contains(e.keyType)) {
            result.otherKnownTypes << e.keyType;
        }
    }
    // A matching key wins over another line with an old key of the same type (as in ssh, the
    // user may have several lines for one host); a revoked key always loses.
    if (result.status == Status::Known)
        return result;
    if (changed) {
        result.status = Status::Changed;
        result.line = changed->line;
        result.knownKey = changed->key;
    }
    return result;
}

QStringList KnownHosts::knownKeyTypes(const QString &host, int port) const {
    const QString name = hostName(host, port);
    QStringList types;
    for (const Entry &e : m_entries) {
        if (e.marker == Entry::Marker::None && patternsMatch(e.patterns, name) &&
            !types.contains(e.keyType))
            types << e.keyType;
    }
    return types;
}

bool KnownHosts::append(const QString &path, const QString &host, int port, const SshHostKey &key,
                        QString *error) {
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = Tr::tr("cannot create directory %1").arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    QFile f(path);
    const bool existed = f.exists();
    bool needsNewline = false;
    if (existed && f.open(QIODevice::ReadOnly)) {
        const qint64 size = f.size();
        if (size > 0 && f.seek(size - 1))
            needsNewline = f.read(1) != "\n";
        f.close();
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!existed)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = key.knownHostsLine(hostName(host, port)).toUtf8() + '\n';
    if (needsNewline)
        line.prepend('\n');
    if (f.write(line) != line.size() || !f.flush()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Perfdeck

// An OpenSSH known_hosts file: checks a server's key the way ssh does (hashed names
// "|1|salt|hash", "[host]:port" for other ports, patterns with * ? and !, several key types,
// @revoked keys; @cert-authority lines are not host keys) and appends accepted keys.
#pragma once

#include "ssh/sshhostkey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

class KnownHosts final {
public:
    enum class Status { Known, Unknown, Changed, Revoked };

    struct Entry {
        int line = 0; // 1-based
        enum class Marker { None, Revoked, CertAuthority } marker = Marker::None;
        QString patterns; // as written: "host,10.0.0.1" or "|1|salt|hash"
        QString keyType;
        SshHostKey key;
    };

    struct Result {
        Status status = Status::Unknown;
        // Changed/Revoked: the line that holds the other (or revoked) key.
        int line = 0;
        SshHostKey knownKey;
        // Unknown: key types already known for this host (another type than the server's).
        QStringList otherKnownTypes;
    };

    // Reads the file; a missing file is an empty one. Lines that cannot be parsed are skipped
    // (ssh does the same) and counted in malformedLines().
    static KnownHosts load(const QString &path);
    static KnownHosts parse(const QByteArray &contents, const QString &path = {});

    QString path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    QList<int> malformedLines() const { return m_malformed; }

    // The name known_hosts uses for host:port ("host" on port 22, "[host]:port" otherwise).
    static QString hostName(const QString &host, int port);
    // Does a pattern list (comma-separated, maybe hashed or negated) match this name?
    static bool patternsMatch(const QString &patterns, const QString &name);

    Result check(const QString &host, int port, const SshHostKey &key) const;
    // Key types known for this host, best first, for the key exchange preference.
    QStringList knownKeyTypes(const QString &host, int port) const;

    // Appends "NAME TYPE BASE64" to the file (creating it and its directory, mode 0600/0700).
    static bool append(const QString &path, const QString &host, int port, const SshHostKey &key,
                       QString *error);

private:
    QString m_path;
    QList<Entry> m_entries;
    QList<int> m_malformed;
};

} // namespace Perfdeck

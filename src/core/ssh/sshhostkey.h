// A server's public host key as it travels in SSH (the wire blob) with the names and
// fingerprints users see: "ssh-ed25519" and "SHA256:..." exactly as OpenSSH prints them.
#pragma once

#include <QByteArray>
#include <QString>

namespace Perfdeck {

class SshHostKey final {
public:
    SshHostKey() = default;
    explicit SshHostKey(const QByteArray &blob);
    static SshHostKey fromBase64(const QByteArray &base64);

    bool isValid() const { return !m_type.isEmpty(); }
    // The algorithm name inside the blob: ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, ...
    QString type() const { return m_type; }
    QByteArray blob() const { return m_blob; }
    QByteArray base64() const { return m_blob.toBase64(); }
    // OpenSSH's form: "SHA256:" + unpadded base64 of the SHA-256 of the blob.
    QString sha256Fingerprint() const;
    // One known_hosts line for this key: "NAME TYPE BASE64".
    QString knownHostsLine(const QString &hostName) const;

    bool operator==(const SshHostKey &other) const { return m_blob == other.m_blob; }

private:
    QByteArray m_blob;
    QString m_type;
};

} // namespace Perfdeck

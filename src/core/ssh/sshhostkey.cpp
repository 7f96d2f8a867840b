#include "ssh/sshhostkey.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace Perfdeck {

SshHostKey::SshHostKey(const QByteArray &blob) {
    // The blob starts with the algorithm name as an SSH string (uint32 length + bytes).
    if (blob.size() < 4)
        return;
    const quint32 len = qFromBigEndian<quint32>(blob.constData());
    if (len == 0 || len > 64 || qsizetype(len) + 4 > blob.size())
        return;
    m_type = QString::fromLatin1(blob.mid(4, qsizetype(len)));
    m_blob = blob;
}

SshHostKey SshHostKey::fromBase64(const QByteArray &base64) {
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return SshHostKey(*decoded);
}

QString SshHostKey::sha256Fingerprint() const {
    const QByteArray digest = QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshHostKey::knownHostsLine(const QString &hostName) const {
    return hostName + QLatin1Char(' ') + m_type + QLatin1Char(' ') + QString::fromLatin1(base64());
}

} // namespace Perfdeck

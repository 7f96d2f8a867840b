// Copies one local file to a remote host over SFTP (libssh2) on an SshConnection, atomically:
// written under a temporary name beside the target, its mode set, then renamed over the
// target, so a reader never sees half a file and a failed copy leaves the old one in place.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Perfdeck {

class SshConnection;

class SftpUpload final : public QObject {
    Q_OBJECT
public:
    SftpUpload(SshConnection *connection, const QString &localPath, const QString &remotePath,
               int mode = 0755, QObject *parent = nullptr);

    QString localPath() const { return m_localPath; }
    QString remotePath() const { return m_remotePath; }
    int mode() const { return m_mode; }
    // The temporary name on the remote host (set once start() ran).
    QString temporaryPath() const { return m_temporaryPath; }

    // Non-blocking; finished() follows exactly once. The connection must be connected.
    void start();

Q_SIGNALS:
    // error names the host and the path; empty when ok.
    void finished(bool ok, const QString &error);

private:
    void renameIntoPlace();
    void fail(const QString &error, bool removeTemporary);

    QPointer<SshConnection> m_connection;
    QString m_localPath;
    QString m_remotePath;
    QString m_temporaryPath;
    int m_mode = 0755;
    bool m_done = false;
};

} // namespace Perfdeck

#include "ssh/sftpupload.h"

#include "ssh/sshchannel.h"
#include "ssh/sshconnection.h"
#include "util/shellquote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include <libssh2.h>
#include <libssh2_sftp.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr qint64 kStepTimeoutMs = 30000; // per SFTP request: a stalled link, not a slow one
constexpr qsizetype kChunk = 32 * 1024;

QString sftpError(LIBSSH2_SESSION *session, LIBSSH2_SFTP *sftp, int rc) {
    if (rc == -1000)
        return Tr::tr("timed out");
    if (rc == -1001)
        return QStringLiteral("cancelled");
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL && sftp) {
        switch (libssh2_sftp_last_error(sftp)) {
        case LIBSSH2_FX_NO_SUCH_FILE:
        case LIBSSH2_FX_NO_SUCH_PATH:
            return Tr::tr("no such directory");
        case LIBSSH2_FX_PERMISSION_DENIED:
            return Tr::tr("permission denied");
        case LIBSSH2_FX_FILE_ALREADY_EXISTS:
            return Tr::tr("the temporary file already exists");
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            return Tr::tr("no space left");
        default:
            return QStringLiteral("SFTP error %1").arg(libssh2_sftp_last_error(sftp));
        }
    }
    char *msg = nullptr;
    int len = 0;
    libssh2_session_last_error(session, &msg, &len, 0);
    return msg && len > 0 ? QString::fromUtf8(msg, len)
                          : QStringLiteral("libssh2 error %1").arg(rc);
}

// The SFTP part, on the connection's worker thread: the temporary file written, its mode set.
QString writeTemporary(LIBSSH2_SESSION *session, const SshConnection::SessionRetry &retry,
                       const QString &localPath, const QByteArray &remote, int mode) {
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("cannot read %1: %2").arg(localPath, file.errorString());
    auto deadline = [] { return SshConnection::monotonicMs() + kStepTimeoutMs; };
    LIBSSH2_SFTP *sftp = nullptr;
    int rc = retry(
        [&] {
            sftp = libssh2_sftp_init(session);
            return sftp ? 0 : libssh2_session_last_errno(session);
        },
        deadline());
    if (!sftp)
        return Tr::tr("cannot start SFTP: %1").arg(sftpError(session, nullptr, rc));
    QString error;
    LIBSSH2_SFTP_HANDLE *handle = nullptr;
    rc = retry(
        [&] {
            handle = libssh2_sftp_open_ex(sftp, remote.constData(), unsigned(remote.size()),
                                          LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL,
                                          0600, LIBSSH2_SFTP_OPENFILE);
            return handle ? 0 : libssh2_session_last_errno(session);
        },
        deadline());
    if (!handle) {
        error = Tr::tr("cannot create %1: %2")
                    .arg(QString::fromUtf8(remote), sftpError(session, sftp, rc));
    } else {
        QByteArray chunk;
        while (error.isEmpty() && !(chunk = file.read(kChunk)).isEmpty()) {
            qsizetype done = 0;
            while (error.isEmpty() && done < chunk.size()) {
                ssize_t n = 0;
                rc = retry(
                    [&] {
                        n = libssh2_sftp_write(handle, chunk.constData() + done,
                                               size_t(chunk.size() - done));
                        return n < 0 ? int(n) : 0;
                    },
                    deadline());
                if (rc < 0 || n < 0)
                    error = QStringLiteral("writing %1 failed: %2")
                                .arg(QString::fromUtf8(remote), sftpError(session, sftp, rc));
                else
                    done += n;
            }
        }
        if (error.isEmpty() && file.error() != QFileDevice::NoError)
            error = Tr::tr("cannot read %1: %2").arg(localPath, file.errorString());
        if (error.isEmpty()) {
            // Explicitly, so the remote umask does not decide the mode.
            LIBSSH2_SFTP_ATTRIBUTES attrs{};
            attrs.flags = LIBSSH2_SFTP_ATTR_PERMISSIONS;
            attrs.permissions = unsigned(mode);
            rc = retry([&] { return libssh2_sftp_fsetstat(handle, &attrs); }, deadline());
            if (rc != 0)
                error = Tr::tr("cannot set the mode of %1: %2")
                            .arg(QString::fromUtf8(remote), sftpError(session, sftp, rc));
        }
        rc = retry([&] { return libssh2_sftp_close_handle(handle); }, deadline());
        if (rc != 0 && error.isEmpty())
            error = QStringLiteral("closing %1 failed: %2")
                        .arg(QString::fromUtf8(remote), sftpError(session, sftp, rc));
    }
    retry([&] { return libssh2_sftp_shutdown(sftp); }, deadline());
    return error;
}

} // namespace

SftpUpload::SftpUpload(SshConnection *connection, const QString &localPath,
                       const QString &remotePath, int mode, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_localPath(localPath)
    , m_remotePath(remotePath)
    , m_mode(mode) {}

void SftpUpload::start() {
    const QFileInfo local(m_localPath);
    if (!local.isFile() || !local.isReadable()) {
        QTimer::singleShot(0, this, [this] {
            fail(Tr::tr("cannot read %1: no such readable file").arg(m_localPath), false);
        });
        return;
    }
    if (m_remotePath.isEmpty() || m_remotePath.endsWith(QLatin1Char('/'))) {
        QTimer::singleShot(0, this, [this] {
            fail(Tr::tr("the remote path '%1' names no file").arg(m_remotePath), false);
        });
        return;
    }
    // Beside the target: the rename stays on one file system, hence atomic.
    m_temporaryPath = QStringLiteral("%1.perfdeck-%2.tmp")
                          .arg(m_remotePath)
                          .arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (!m_connection) {
        QTimer::singleShot(0, this, [this] { fail(Tr::tr("no connection"), false); });
        return;
    }
    const QString localPath = m_localPath;
    const QByteArray remote = m_temporaryPath.toUtf8();
    const int mode = m_mode;
    m_connection->runOnSession(
        [localPath, remote, mode](LIBSSH2_SESSION *session,
                                  const SshConnection::SessionRetry &retry) {
            return writeTemporary(session, retry, localPath, remote, mode);
        },
        this,
        [this](const QString &error) {
            if (error.isEmpty())
                renameIntoPlace();
            else
                fail(error, true);
        });
}

void SftpUpload::renameIntoPlace() {
    // SFTP v3 (OpenSSH) cannot rename over an existing file; mv does, with rename(2).
    if (!m_connection) {
        fail(Tr::tr("connection closed"), false);
        return;
    }
    SshChannel *mv = m_connection->exec(
        QStringLiteral("mv -f -- %1 %2").arg(shellQuote(m_temporaryPath), shellQuote(m_remotePath)),
        int(kStepTimeoutMs), this);
    auto stderrText = std::make_shared<QStringList>();
    connect(mv, &SshChannel::stderrLine, this,
            [stderrText](const QString &line) { *stderrText << line; });
    connect(mv, &SshChannel::finished, this, [this, stderrText](const SshChannel::Exit &exit) {
        if (exit.exitStatus == 0) {
            m_done = true;
            Q_EMIT finished(true, {});
            return;
        }
        const QString why = !exit.error.isEmpty()   ? exit.error
                            : stderrText->isEmpty() ? Tr::tr("mv failed")
                                                    : stderrText->join(QLatin1Char(' '));
        fail(Tr::tr("cannot rename %1 to %2: %3").arg(m_temporaryPath, m_remotePath, why), true);
    });
}

void SftpUpload::fail(const QString &error, bool removeTemporary) {
    if (m_done)
        return;
    m_done = true;
    if (removeTemporary && m_connection && m_connection->isConnected()) {
        // Best effort, not waited for: the error is what the caller needs.
        SshChannel *rm = m_connection->exec(
            QStringLiteral("rm -f -- %1").arg(shellQuote(m_temporaryPath)), 10000, m_connection);
        connect(rm, &SshChannel::finished, rm, [rm] { rm->deleteLater(); });
    }
    const QString host = m_connection ? m_connection->target().displayName() : QString();
    Q_EMIT finished(false, host.isEmpty() ? error : QStringLiteral("%1: %2").arg(host, error));
}

} // namespace Perfdeck

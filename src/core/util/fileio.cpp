#include "util/fileio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::FileIo {

namespace {

// strerror's text for errno value e (thread-safe, unlike strerror itself).
QString osError(int e) {
    return QString::fromStdString(std::generic_category().message(e));
}

QByteArray encoded(const QString &path) {
    return QFile::encodeName(path);
}

// Closes a descriptor on every path out of a function.
class Fd final {
public:
    explicit Fd(int fd)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    // Closes now so a deferred write error (NFS, quota) is seen; returns errno or 0.
    int close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

private:
    int m_fd;
};

// Writes all of bytes to fd; returns 0 or the errno of the failed write.
int writeFully(int fd, const QByteArray &bytes) {
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += n;
        left -= n;
    }
    return 0;
}

QString writeError(const QString &path, int e) {
    return Tr::tr("%1: cannot write: %2").arg(path, osError(e));
}

// Files of the system's device and process trees (/dev/stdout, /proc/self/fd/1) are written in
// place even when they resolve to a regular file: nothing may be created beside them.
bool isSystemPath(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return absolute.startsWith(QLatin1String("/dev/")) ||
           absolute.startsWith(QLatin1String("/proc/"));
}

bool writeDirectly(const QString &path, int fd, const QByteArray &bytes, QString *error) {
    if (const int e = writeFully(fd, bytes)) {
        *error = writeError(path, e);
        return false;
    }
    return true;
}

bool writeInPlace(const QString &path, bool truncate, const QByteArray &bytes, QString *error) {
    // No O_CREAT: the special file exists, and must stay what it is.
    Fd fd(::open(encoded(path).constData(),
                 O_WRONLY | O_CLOEXEC | O_NOCTTY | (truncate ? O_TRUNC : 0)));
    if (fd.get() < 0) {
        *error = writeError(path, errno);
        return false;
    }
    if (!writeDirectly(path, fd.get(), bytes, error))
        return false;
    if (const int e = fd.close()) {
        *error = writeError(path, e);
        return false;
    }
    return true;
}

// The temporary file of an atomic save of fileName: ".NAME.xxxxxxxx.tmp" (8 hex digits).
QString temporaryName(const QString &fileName, quint32 random) {
    // Concatenated, not arg(): a file name may hold "%1".
    return QLatin1Char('.') + fileName + QLatin1Char('.') +
           QString::number(random, 16).rightJustified(8, QLatin1Char('0')) + QLatin1String(".tmp");
}

} // namespace

int removeStaleTemporaries(const QString &path, int minAgeSeconds) {
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    // Exactly our pattern for this file: nothing a user (or another program) names otherwise.
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QString(QLatin1String("\\.") + QRegularExpression::escape(info.fileName()) +
                QLatin1String("\\.[0-9a-f]{8}\\.tmp"))));
    // The glob only narrows the listing (a file name may hold glob characters itself).
    const QStringList candidates = QDir(dir).entryList(
        {QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int removed = 0;
    for (const QString &name : candidates) {
        if (!pattern.match(name).hasMatch())
            continue;
        const QByteArray file = encoded(dir + QLatin1Char('/') + name);
        struct stat st {};
        // Only a regular file of ours (never a link), untouched for minAgeSeconds: a save in
        // progress (here or in another Perfdeck) writes to its temporary file all the time.
        if (::lstat(file.constData(), &st) != 0 || !S_ISREG(st.st_mode) ||
            st.st_uid != ::geteuid() || now - qint64(st.st_mtime) < minAgeSeconds)
            continue;
        if (::unlink(file.constData()) == 0)
            ++removed;
    }
    return removed;
}

bool readAll(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes) {
    Fd fd(::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, osError(errno));
        return false;
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) == 0 && S_ISDIR(st.st_mode)) {
        *error = Tr::tr("%1: cannot read: it is a directory").arg(path);
        return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > maxBytes) {
        *error = Tr::tr("%1: the file is too large (%2 MiB; at most %3 MiB are read)")
                     .arg(path)
                     .arg(st.st_size / (1024 * 1024))
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    QByteArray data;
    if (S_ISREG(st.st_mode))
        data.reserve(qsizetype(st.st_size));
    constexpr qsizetype Chunk = 1 << 16;
    for (;;) {
        const qsizetype used = data.size();
        // Reads one byte past the cap to tell "exactly at the limit" from "too large".
        const qsizetype want = qsizetype(std::min<qint64>(Chunk, maxBytes + 1 - used));
        if (want <= 0) {
            *error = Tr::tr("%1: the input is larger than %2 MiB (a device or an endless "
                            "stream?); refusing to read more")
                         .arg(path)
                         .arg(maxBytes / (1024 * 1024));
            return false;
        }
        data.resize(used + want);
        const ssize_t n = ::read(fd.get(), data.data() + used, size_t(want));
        if (n < 0) {
            data.resize(used);
            if (errno == EINTR)
                continue;
            *error = Tr::tr("%1: cannot read: %2").arg(path, osError(errno));
            return false;
        }
        data.resize(used + n);
        if (n == 0)
            break;
    }
    *bytes = std::move(data);
    return true;
}

bool isStandardOutput(const QString &path) {
    // The system's names of descriptor 1 too: writing to the descriptor itself keeps a
    // `>> log` redirection appending (reopening /dev/stdout would truncate it), and lets the
    // CLI move its human output to stderr.
    return path == QLatin1String("-") || path == QLatin1String("/dev/stdout") ||
           path == QLatin1String("/dev/fd/1") || path == QLatin1String("/proc/self/fd/1");
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error) {
    if (path.isEmpty()) {
        *error = Tr::tr("cannot write: no file name given");
        return false;
    }
    if (isStandardOutput(path))
        return writeDirectly(Tr::tr("standard output"), STDOUT_FILENO, bytes, error);

    // A symbolic link stays a link: the file it points to is replaced.
    QString target = path;
    const QFileInfo info(path);
    if (info.isSymLink() && info.exists())
        target = info.canonicalFilePath();
    struct stat st {};
    const bool exists = ::stat(encoded(target).constData(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        *error = Tr::tr("%1: cannot write: it is a directory").arg(path);
        return false;
    }
    if (exists && !S_ISREG(st.st_mode))
        return writeInPlace(path, false, bytes, error);
    if (isSystemPath(path))
        return writeInPlace(path, true, bytes, error);

    const QFileInfo targetInfo(target);
    const QString dir = targetInfo.absolutePath();
    // What an earlier save left when it was killed mid-way (SIGKILL, power loss): it also
    // takes room the new temporary file may need on a nearly full disk.
    removeStaleTemporaries(target);
    QString temp;
    int raw = -1;
    for (int attempt = 0; attempt < 100 && raw < 0; ++attempt) {
        temp = dir + QLatin1Char('/') +
               temporaryName(targetInfo.fileName(), QRandomGenerator::global()->generate());
        // 0666 lets the umask decide a new file's permissions, as for any other program.
        raw = ::open(encoded(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (raw < 0 && errno != EEXIST)
            break;
    }
    if (raw < 0) {
        *error = Tr::tr("%1: cannot write: %2 (in directory %3)").arg(path, osError(errno), dir);
        return false;
    }
    Fd fd(raw);
    const QByteArray tempName = encoded(temp);
    auto fail = [&](int e) {
        ::unlink(tempName.constData());
        *error =
            Tr::tr("%1: cannot write: %2 (the previous file is unchanged)").arg(path, osError(e));
        return false;
    };
    if (exists)
        ::fchmod(fd.get(), st.st_mode & 07777); // keep the file's permissions
    if (const int e = writeFully(fd.get(), bytes))
        return fail(e);
    if (::fsync(fd.get()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(errno);
    if (const int e = fd.close())
        return fail(e);
    if (::rename(tempName.constData(), encoded(target).constData()) != 0)
        return fail(errno);
    return true;
}

bool checkWritable(const QString &path, QString *error) {
    if (path.isEmpty()) {
        *error = Tr::tr("no file name given");
        return false;
    }
    if (isStandardOutput(path))
        return true;
    const QByteArray name = encoded(path);
    struct stat st {};
    if (::stat(name.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            *error = Tr::tr("%1: cannot write: it is a directory").arg(path);
            return false;
        }
        if (::access(name.constData(), W_OK) != 0) {
            *error = writeError(path, errno);
            return false;
        }
        if (!S_ISREG(st.st_mode) || isSystemPath(path))
            return true;
    }
    // A new file, or the temporary file of an atomic replace, is created in the directory (of
    // the file a symbolic link points to).
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString dir = QFileInfo(target).absolutePath();
    const QByteArray dirName = encoded(dir);
    if (::stat(dirName.constData(), &st) != 0) {
        *error = Tr::tr("%1: cannot write: directory %2 does not exist").arg(path, dir);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = Tr::tr("%1: cannot write: %2 is not a directory").arg(path, dir);
        return false;
    }
    if (::access(dirName.constData(), W_OK | X_OK) != 0) {
        *error = Tr::tr("%1: cannot write in directory %2: %3").arg(path, dir, osError(errno));
        return false;
    }
    return true;
}

} // namespace Perfdeck::FileIo

// Whole-file reads with a size cap and safe writes, with errors that name the file and give the
// OS's reason. Every Perfdeck file (sessions, results, exports, raw tool output) goes through
// here: a failed save never damages the previous file, and a device or FIFO is never replaced.
#pragma once

#include <QByteArray>
#include <QString>

namespace Perfdeck::FileIo {

// Larger than any real session, results document or tool output (a 60 s -P 128 iperf3 -J file
// is about 250 MB); a bigger input (or /dev/zero) is refused instead of exhausting memory.
inline constexpr qint64 DefaultReadLimit = qint64(512) * 1024 * 1024;

// Reads at most maxBytes from path (regular file, FIFO or device); more is an error.
bool readAll(const QString &path, QByteArray *bytes, QString *error,
             qint64 maxBytes = DefaultReadLimit);
// Reads path and hands its bytes to parse(bytes, &why); a parse error is prefixed with path,
// so every loader reports "FILE: line L, column C: ..." the same way.
template<typename Parse>
bool readAndParse(const QString &path, QString *error, Parse &&parse) {
    QByteArray bytes;
    if (!readAll(path, &bytes, error))
        return false;
    QString why;
    if (!parse(bytes, &why)) {
        *error = path + QLatin1String(": ") + why;
        return false;
    }
    return true;
}

// "-" names standard output in every output option (--json -, --csv -); /dev/stdout,
// /dev/fd/1 and /proc/self/fd/1 mean the same.
bool isStandardOutput(const QString &path);
// Writes bytes to path. A regular (or new) file is written to a temporary file beside it and
// renamed over it only when complete and synced; its permissions are kept. Standard output
// ("-"), devices, FIFOs and sockets (/dev/null, /dev/stdout, a named pipe) are written
// directly: renaming over them would replace the device node or pipe with a plain file.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
// Removes the temporary files that writeAtomically(path) left beside path when it was killed
// mid-save: only names of its exact pattern (".NAME.xxxxxxxx.tmp", 8 lowercase hex digits),
// only regular files of this user untouched for minAgeSeconds. writeAtomically calls it;
// returns how many were removed.
int removeStaleTemporaries(const QString &path, int minAgeSeconds = 60);
// Checks up front that writeAtomically(path) can succeed (the directory exists and is
// writable, path is not a directory), so a long test is not run only to lose its results.
bool checkWritable(const QString &path, QString *error);

} // namespace Perfdeck::FileIo

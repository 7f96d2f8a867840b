// Helpers shared by the fuzz targets: the input as Qt bytes, and as a file for the loaders that
// only take a path (they read includes and sibling folders the same way).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// One private folder per fuzzing process; the file is rewritten for every input.
inline QString writeFile(const uint8_t *data, size_t size, const QString &name) {
    static QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace FuzzInput

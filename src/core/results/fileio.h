// Whole-file reads and atomic writes with errors that name the file. Every Perfdeck file
// (sessions, results, exports, raw tool output) is written through writeAtomically, so a
// failed or interrupted save never damages the previous file.
#pragma once

#include <QByteArray>
#include <QString>

namespace Perfdeck::FileIo {

bool readAll(const QString &path, QByteArray *bytes, QString *error);
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
// Writes to a temporary file beside path and renames it over path only when complete.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Perfdeck::FileIo

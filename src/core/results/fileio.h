// Whole-file reads and atomic writes with errors that name the file. Every Perfdeck file
// (sessions, results, exports, raw tool output) is written through writeAtomically, so a
// failed or interrupted save never damages the previous file.
#pragma once

#include <QByteArray>
#include <QString>

namespace Perfdeck::FileIo {

bool readAll(const QString &path, QByteArray *bytes, QString *error);
// Writes to a temporary file beside path and renames it over path only when complete.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Perfdeck::FileIo

// CSV export of results: one row per interval of every run (the CLI's --csv, the GUI's
// "Export CSV"). Null values are empty cells; numbers are written at full precision.
#pragma once

#include "model/runresult.h"

#include <QByteArray>
#include <QList>

namespace Perfdeck::CsvExport {

QByteArray intervals(const QList<RunResult> &runs);
// One text cell: quoted when needed, and a leading ' when a spreadsheet would take it for a
// formula (=, +, -, @, tab, CR), so opening an export never runs what a tool or file put there.
QString textCell(const QString &value);
// One row per run with its summary.
QByteArray summaries(const QList<RunResult> &runs);
// Atomic write of bytes to path; false with *error naming the file on failure.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Perfdeck::CsvExport

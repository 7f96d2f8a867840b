// Small helpers so every sub-command prints the same way: results on stdout,
// progress and errors on stderr, always flushed line by line.
#pragma once

#include <QString>

namespace Perfdeck::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
// "perfdeck-cli: <message>" on stderr.
void printError(const QString &message);

} // namespace Perfdeck::Cli

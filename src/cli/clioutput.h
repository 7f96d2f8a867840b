// Small helpers so every sub-command prints the same way: results on stdout, progress and
// errors on stderr, always flushed line by line, and never a control character from a file or
// a tool's output that the terminal would obey (escape sequences, bidi overrides).
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Perfdeck::Cli {

// text with every control character except newline and tab shown as an escape ("\x1b" for
// C0, "\u009b" for DEL, C1 and bidi controls), so a string from a file or a tool prints as
// what it is and cannot drive the terminal.
QString terminalSafe(const QString &text);

// Both return false when the stream cannot be written (a closed pipe: SIGPIPE is ignored).
bool printOut(const QString &text);
bool printErr(const QString &text);
// "perfdeck-cli: <message>" on stderr.
void printError(const QString &message);
// While set, printErr() and printError() hand their text to sink instead of writing it (the
// terminal dashboard shows it in its pane rather than have it overdraw the screen); error is
// true for printError(). An empty function writes to stderr again.
using StandardErrorSink = std::function<void(const QString &text, bool error)>;
void setStandardErrorSink(StandardErrorSink sink);
// Writes to stderr even while a sink is set (the dashboard's own frames and held lines).
bool writeStandardError(const QString &text);
// The OS error of the first failed write to stdout (e.g. "Broken pipe" for
// `perfdeck-cli run | true`), empty if every write succeeded.
QString standardOutputError();
// Parses a sub-command's arguments the same way for every command: a parse error is printed
// (exit 2), --help prints the help (exit 0). nullopt: parsed, go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

} // namespace Perfdeck::Cli

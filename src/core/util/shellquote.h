// Quoting for POSIX shells: how Perfdeck shows a command a user can paste, and how a command
// line for a remote shell is built without letting user text be interpreted by that shell.
#pragma once

#include <QString>
#include <QStringList>

namespace Perfdeck {

// Quotes one argument only where needed ("a b" -> 'a b', "it's" -> 'it'\''s').
QString shellQuote(const QString &argument);
// The program and its arguments, each quoted as needed, joined by spaces.
QString shellCommandLine(const QString &program, const QStringList &arguments);

} // namespace Perfdeck

#include "util/shellquote.h"

#include <QRegularExpression>

namespace Perfdeck {

QString shellQuote(const QString &argument) {
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    if (!argument.isEmpty() && safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommandLine(const QString &program, const QStringList &arguments) {
    QStringList parts{shellQuote(program)};
    for (const QString &a : arguments)
        parts << shellQuote(a);
    return parts.join(QLatin1Char(' '));
}

} // namespace Perfdeck

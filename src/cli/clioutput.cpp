#include "cli/clioutput.h"

#include <cstdio>

namespace Perfdeck::Cli {

void printOut(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printError(const QString &message) {
    printErr(QStringLiteral("perfdeck-cli: ") + message + QLatin1Char('\n'));
}

} // namespace Perfdeck::Cli

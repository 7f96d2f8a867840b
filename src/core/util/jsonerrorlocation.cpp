#include "util/jsonerrorlocation.h"

#include "util/inputlimits.h"

#include <algorithm>

namespace Perfdeck {

QString jsonErrorLocation(const QByteArray &bytes, qsizetype offset) {
    const qsizetype end = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(end - lineStart + 1);
}

QString jsonErrorText(const QJsonParseError &error) {
    if (error.error == QJsonParseError::DeepNesting)
        return QStringLiteral("nested deeper than %1 levels (the input limit)")
            .arg(InputLimits::MaxJsonDepth);
    return error.errorString();
}

} // namespace Perfdeck

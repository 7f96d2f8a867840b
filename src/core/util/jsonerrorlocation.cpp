#include "util/jsonerrorlocation.h"

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

} // namespace Perfdeck

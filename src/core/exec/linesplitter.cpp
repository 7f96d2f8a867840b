#include "exec/linesplitter.h"

namespace Perfdeck {

QStringList LineSplitter::feed(const QByteArray &chunk) {
    m_pending += chunk;
    QStringList lines;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const char c = m_pending.at(i);
        if (c != '\n' && c != '\r')
            continue;
        // A "\r" at the very end may be the first half of "\r\n": wait for the next byte.
        if (c == '\r' && i + 1 == m_pending.size())
            break;
        lines << QString::fromUtf8(m_pending.constData() + begin, i - begin);
        if (c == '\r' && m_pending.at(i + 1) == '\n')
            ++i;
        begin = i + 1;
    }
    m_pending.remove(0, begin);
    return lines;
}

QStringList LineSplitter::finish() {
    QStringList lines;
    if (m_pending.endsWith('\r'))
        m_pending.chop(1);
    if (!m_pending.isEmpty())
        lines << QString::fromUtf8(m_pending);
    m_pending.clear();
    return lines;
}

} // namespace Perfdeck

#include "util/chunkedbuffer.h"

#include <algorithm>

namespace Perfdeck {

void ChunkedBuffer::append(const QByteArray &bytes) {
    if (bytes.size() >= BlockBytes / 2) {
        // A large piece is kept as it is: implicitly shared, not copied.
        m_blocks.append(bytes);
        m_size += bytes.size();
        m_lastIsOwn = false;
        return;
    }
    append(bytes.constData(), bytes.size());
}

void ChunkedBuffer::append(const char *bytes, qsizetype size) {
    if (size <= 0)
        return;
    if (!m_lastIsOwn || m_blocks.constLast().size() + size > m_blocks.constLast().capacity()) {
        QByteArray block;
        block.reserve(std::max(BlockBytes, size));
        m_blocks.append(block);
        m_lastIsOwn = true;
    }
    m_blocks.last().append(bytes, size);
    m_size += size;
}

void ChunkedBuffer::clear() {
    m_blocks.clear();
    m_size = 0;
    m_lastIsOwn = false;
}

QByteArray ChunkedBuffer::join() const {
    if (m_blocks.size() == 1)
        return m_blocks.constFirst();
    QByteArray all;
    all.reserve(m_size);
    for (const QByteArray &block : m_blocks)
        all.append(block);
    return all;
}

} // namespace Perfdeck

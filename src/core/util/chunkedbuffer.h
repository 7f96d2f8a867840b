// Bytes that arrive in pieces (a process's standard output) kept without one growing array.
// Appending to a QByteArray of tens of megabytes reallocates and copies it each time it doubles:
// at the end of a long iperf3 -J run that stalled the UI thread for hundreds of milliseconds.
// Here the pieces go into blocks of a fixed size, and one contiguous copy is made only when
// join() is called, which callers do off the UI thread.
#pragma once

#include <QByteArray>
#include <QList>

namespace Perfdeck {

class ChunkedBuffer {
public:
    void append(const QByteArray &bytes);
    void append(const char *bytes, qsizetype size);
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // All bytes in the order they were appended, as one array.
    QByteArray join() const;
    // How many separate blocks hold the bytes (for tests of the no-copy promise).
    qsizetype blockCount() const { return m_blocks.size(); }

    static constexpr qsizetype BlockBytes = 1 << 20;

private:
    QList<QByteArray> m_blocks;
    qsizetype m_size = 0;
    bool m_lastIsOwn = false; // the last block was reserved here and may take more bytes
};

} // namespace Perfdeck

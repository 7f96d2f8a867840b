// Turns a byte stream from a process (a local pipe or an SSH channel) into whole lines: "\n",
// "\r\n" and a lone "\r" (progress redraws) end a line; the unfinished last line is kept until
// more bytes arrive or the stream ends.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Perfdeck {

class LineSplitter final {
public:
    // The lines completed by this chunk.
    QStringList feed(const QByteArray &chunk);
    // The unfinished last line, if any (the stream has ended).
    QStringList finish();
    void clear() { m_pending.clear(); }

private:
    QByteArray m_pending;
};

} // namespace Perfdeck

// Follows iperf3 >= 3.17 --json-stream output: one JSON object per line
// ({"event":"start"|"interval"|"end"|"error", "data":...}). Emits interval samples as they
// arrive and assembles the same document -J would have printed, for Iperf3JsonParser.
#pragma once

#include "model/runresult.h"

#include <optional>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>

namespace Perfdeck {

class Iperf3StreamParser final {
public:
    // Feeds one line; returns the interval it carried, if any. Malformed lines are counted.
    std::optional<IntervalSample> feedLine(QByteArrayView line);
    bool hasStart() const { return !m_start.isEmpty(); }
    bool hasEnd() const { return m_hasEnd; }
    int malformedLines() const { return m_malformed; }
    // 1-based number of the first line that was neither a JSON event nor iperf3's error text.
    int firstMalformedLine() const { return m_firstMalformed; }
    // {start, intervals, end[, error]} as -J prints it, from what arrived so far.
    QJsonObject assembledDocument() const;

private:
    QJsonObject m_start;
    QJsonArray m_intervals;
    QJsonObject m_end;
    QString m_error;
    bool m_hasEnd = false;
    int m_malformed = 0;
    int m_lines = 0;
    int m_firstMalformed = 0;
};

} // namespace Perfdeck

// Placeholder until the text parser lands (owned by the parser work).
#include "engines/iperf3textparser.h"

namespace Perfdeck {

struct Iperf3TextParser::Pending {};

Iperf3TextParser::Iperf3TextParser(int streams, bool bidir)
    : m_streams(streams)
    , m_bidir(bidir) {}

QList<IntervalSample> Iperf3TextParser::feedLine(QStringView line) {
    if (line.startsWith(u"Server listening on"))
        m_serverListening = true;
    return {};
}

QList<IntervalSample> Iperf3TextParser::finish() {
    return {};
}

} // namespace Perfdeck

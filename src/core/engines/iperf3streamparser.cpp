// Placeholder until the stream parser lands (owned by the parser work).
#include "engines/iperf3streamparser.h"

namespace Perfdeck {

std::optional<IntervalSample> Iperf3StreamParser::feedLine(QByteArrayView) {
    return std::nullopt;
}

QJsonObject Iperf3StreamParser::assembledDocument() const {
    return {};
}

} // namespace Perfdeck

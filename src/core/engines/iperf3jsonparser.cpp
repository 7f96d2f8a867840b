#include "engines/iperf3jsonparser.h"

namespace Perfdeck::Iperf3JsonParser {

Iperf3ParseOutcome parse(const QByteArray &) {
    return {};
}
Iperf3ParseOutcome parseDocument(const QJsonObject &) {
    return {};
}
IntervalSample parseInterval(const QJsonObject &) {
    return {};
}

} // namespace Perfdeck::Iperf3JsonParser

// libFuzzer target: iperf3 -J documents through Iperf3JsonParser::parse, the path every run
// and import takes (simdjson first; Qt's parser for what simdjson refuses, with truncation
// salvage).
#include "engines/iperf3jsonparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = FuzzInput::bytes(data, size);
    Perfdeck::Iperf3JsonParser::looksLikeIperf3Json(bytes);
    const Perfdeck::Iperf3ParseOutcome outcome = Perfdeck::Iperf3JsonParser::parse(bytes);
    (void)outcome.run.toJson();
    return 0;
}

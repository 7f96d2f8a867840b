// libFuzzer target: iperf3 >= 3.17 --json-stream output, line by line, then the assembled
// document through the -J reader (what a live run does when the tool ends).
#include "engines/iperf3jsonparser.h"
#include "engines/iperf3streamparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = FuzzInput::bytes(data, size);
    Perfdeck::Iperf3StreamParser parser;
    for (const QByteArray &line : bytes.split('\n'))
        (void)parser.feedLine(QByteArrayView(line));
    (void)Perfdeck::Iperf3JsonParser::parseDocument(parser.assembledDocument()).run.toJson();
    return 0;
}

// libFuzzer target: iperf3's --forceflush text, line by line as a live run feeds it. The first
// byte picks the -P count and --bidir the parser is told about.
#include "engines/iperf3textparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const int streams = 1 + (data[0] & 0x0f);
    const bool bidir = data[0] & 0x10;
    Perfdeck::Iperf3TextParser parser(streams, bidir);
    const QString text = QString::fromUtf8(FuzzInput::bytes(data + 1, size - 1));
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        (void)parser.feedLine(line);
    (void)parser.finish();
    (void)parser.summary();
    (void)parser.reverseSummary();
    return 0;
}

// libFuzzer target: netperf output, as a whole file (import: classic table, OMNI CSV, -k keys,
// errors) and line by line (a live run's interim results).
#include "engines/netperfparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = FuzzInput::bytes(data, size);
    (void)Perfdeck::NetperfParser::looksLikeNetperf(bytes);
    (void)Perfdeck::NetperfParser::parse(bytes).run.toJson();
    Perfdeck::NetperfParser live;
    const QString text = QString::fromUtf8(bytes);
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        (void)live.feedLine(line);
    (void)live.result().toJson();
    return 0;
}

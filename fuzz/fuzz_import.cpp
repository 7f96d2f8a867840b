// libFuzzer target: `perfdeck-cli import` on any bytes: format detection, then whichever reader
// claims them (iperf3 JSON / stream, netperf, flent).
#include "fuzzinput.h"
#include "results/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Perfdeck::ImportOptions options;
    options.salvageTruncated = size % 2 == 0;
    const Perfdeck::ImportOutcome outcome =
        Perfdeck::importBytes(FuzzInput::bytes(data, size), QStringLiteral("fuzz"), options);
    for (const auto &run : outcome.runs)
        (void)run.toJson();
    return 0;
}

// libFuzzer target: flent data files, gzip or plain JSON (FlentReader::read inflates with the
// cap of InputLimits).
#include "fuzzinput.h"
#include "results/flentreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = FuzzInput::bytes(data, size);
    (void)Perfdeck::FlentReader::looksLikeFlent(bytes);
    const Perfdeck::FlentReadOutcome outcome = Perfdeck::FlentReader::read(bytes);
    for (const auto &run : outcome.runs)
        (void)run.toJson();
    return 0;
}

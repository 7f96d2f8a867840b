// libFuzzer target: perfdeck-probe's JSON lines (sender and reflector output) as QosRun reads
// them from a local or remote probe.
#include "fuzzinput.h"
#include "qos/probeparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const Perfdeck::ProbeParser parser = Perfdeck::ProbeParser::parse(FuzzInput::bytes(data, size));
    (void)parser.classes();
    (void)parser.warnings();
    return 0;
}

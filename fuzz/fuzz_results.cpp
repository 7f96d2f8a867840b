// libFuzzer target: results documents (perfdeck.results/1). What loads must save and load
// again.
#include "fuzzinput.h"
#include "results/resultsdocument.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Perfdeck::ResultsDocument document;
    QString error;
    if (!Perfdeck::ResultsDocument::fromBytes(FuzzInput::bytes(data, size), &document, &error))
        return 0;
    Perfdeck::ResultsDocument again;
    if (!Perfdeck::ResultsDocument::fromBytes(document.toBytes(), &again, &error)) {
        std::fprintf(stderr, "a loaded results document does not load after saving: %s\n",
                     qPrintable(error));
        std::abort();
    }
    return 0;
}

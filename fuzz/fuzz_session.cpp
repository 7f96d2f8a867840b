// libFuzzer target: session files. What loads must save and load again (a session the user
// opened can always be saved).
#include "fuzzinput.h"
#include "results/session.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Perfdeck::Session session;
    QString error;
    if (!Perfdeck::Session::fromBytes(FuzzInput::bytes(data, size), &session, &error))
        return 0;
    Perfdeck::Session again;
    if (!Perfdeck::Session::fromBytes(session.toBytes(), &again, &error)) {
        std::fprintf(stderr, "a loaded session does not load after saving: %s\n",
                     qPrintable(error));
        std::abort();
    }
    return 0;
}

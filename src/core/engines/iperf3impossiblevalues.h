// Values iperf3 cannot have measured, which its known bugs print: a negative retransmit count
// printed as an unsigned 32-bit number (esnet/iperf#725), negative UDP loss after --omit
// (#412, #914) or after 2^32 datagrams without --udp-counters-64bit (#1892), loss above 100 %.
// They become null and the run says so, whether the run came from -J, --json-stream or text.
#pragma once

#include "model/runresult.h"

namespace Perfdeck {

class Iperf3ImpossibleValues final {
public:
    static void check(RunResult &run);
};

} // namespace Perfdeck

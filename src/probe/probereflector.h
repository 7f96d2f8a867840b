// The reflector end of perfdeck-probe: receives probe datagrams, reads what the network did
// to them (TOS byte, loss, reordering, duplicates, RFC 3550 jitter, one-way delay variation)
// and echoes each one back with what it saw. Prints JSON lines: "listening", an "interval"
// per flow and period, a "summary" per flow and "end".
#pragma once

#include "udpsocket.h"

namespace probe {

struct ReflectorOptions {
    SocketAddress bind;
    double intervalS = 1.0;
    double idleTimeoutS = 60.0; // no datagram for this long: exit
    double maxTimeS = 86400.0;  // hard limit on the whole lifetime
    bool echo = true;
    std::size_t maxFlows = 256; // flows beyond this are counted and ignored
};

class ProbeReflector final {
public:
    // Runs until idle, the time limit or ControllerWatch says stop. Returns the exit code.
    static int run(const ReflectorOptions &options);
};

} // namespace probe

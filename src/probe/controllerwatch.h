// Ends the probe when whoever started it goes away: SIGTERM/SIGINT/SIGHUP, the parent's death
// (PR_SET_PDEATHSIG, and a changed parent PID), and, when asked, end of file on stdin (the
// controller closed our stdin or its SSH channel went away).
#pragma once

#include <string>

namespace probe {

class ControllerWatch final {
public:
    // Installs the signal handlers and the parent-death signal; call once, early.
    static void install(bool watchStdin);
    // Cheap enough to call every few milliseconds; polls stdin at most every 20 ms.
    static bool shouldStop();
    // Why shouldStop() became true: "signal", "parent exited", "stdin closed".
    static std::string reason();
};

} // namespace probe

#include "controllerwatch.h"

#include "probeclock.h"

#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace probe {

namespace {

volatile std::sig_atomic_t g_signalled = 0;
bool g_watchStdin = false;
pid_t g_parent = 0;
std::int64_t g_nextCheck = 0;
std::string g_reason;

void onSignal(int) {
    g_signalled = 1;
}

} // namespace

void ControllerWatch::install(bool watchStdin) {
    g_watchStdin = watchStdin;
    g_parent = getppid();
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != g_parent) // the parent died before prctl took effect
        g_signalled = 1;
}

bool ControllerWatch::shouldStop() {
    if (!g_reason.empty())
        return true;
    if (g_signalled) {
        g_reason = "signal";
        return true;
    }
    const std::int64_t now = ProbeClock::monotonicNs();
    if (now < g_nextCheck)
        return false;
    g_nextCheck = now + 20000000;
    if (getppid() != g_parent) {
        g_reason = "parent exited";
        return true;
    }
    if (g_watchStdin) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        if (poll(&p, 1, 0) > 0) {
            char buffer[256];
            const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0 || (p.revents & (POLLHUP | POLLERR | POLLNVAL))) {
                g_reason = "stdin closed";
                return true;
            }
        }
    }
    return false;
}

std::string ControllerWatch::reason() {
    return g_reason;
}

} // namespace probe

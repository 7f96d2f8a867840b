// The two clocks the probe stamps datagrams with, and absolute-deadline sleeping.
#pragma once

#include <cstdint>
#include <ctime>

namespace probe {

class ProbeClock final {
public:
    static std::int64_t monotonicNs() { return read(CLOCK_MONOTONIC); }
    static std::int64_t realtimeNs() { return read(CLOCK_REALTIME); }
    // Sleeps until CLOCK_MONOTONIC reaches deadlineNs (returns at once if it has).
    static void sleepUntil(std::int64_t deadlineNs) {
        timespec ts{time_t(deadlineNs / 1000000000), long(deadlineNs % 1000000000)};
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
    }

private:
    static std::int64_t read(clockid_t clock) {
        timespec ts{};
        clock_gettime(clock, &ts);
        return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
};

} // namespace probe

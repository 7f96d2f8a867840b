// perfdeck-gate: starts a test's client only when Perfdeck releases it, so that N instances
// of a test start together. Perfdeck starts it as
//     perfdeck-gate WAIT_FD STAMP_FD SLOT CPUS MEMORY PROGRAM ARGS...
// It blocks reading WAIT_FD until end of file (Perfdeck closes the last write end once every
// server listens and every client is spawned: all gates wake at once), writes its slot and a
// CLOCK_MONOTONIC stamp of that moment to STAMP_FD (16 bytes, one write, atomic on a pipe),
// pins itself to CPUS ("-": no pinning, else "0,2-3"), limits its address space (RLIMIT_AS)
// to MEMORY bytes ("-": no limit), and execs PROGRAM. A gate cannot block
// inside QProcess's child-process modifier: Qt 6.4's QProcess::start() waits for the exec.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool parseFd(const char *text, int *fd) {
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 0 || value > 65535)
        return false;
    *fd = int(value);
    return true;
}

bool parseCpus(const char *text, cpu_set_t *set) {
    CPU_ZERO(set);
    const char *p = text;
    while (*p) {
        char *end = nullptr;
        const long first = std::strtol(p, &end, 10);
        if (end == p || first < 0 || first >= CPU_SETSIZE)
            return false;
        long last = first;
        p = end;
        if (*p == '-') {
            ++p;
            last = std::strtol(p, &end, 10);
            if (end == p || last < first || last >= CPU_SETSIZE)
                return false;
            p = end;
        }
        for (long cpu = first; cpu <= last; ++cpu)
            CPU_SET(int(cpu), set);
        if (*p == ',')
            ++p;
        else if (*p != '\0')
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    int waitFd = -1;
    int stampFd = -1;
    int slot = 0;
    if (argc < 7 || !parseFd(argv[1], &waitFd) || !parseFd(argv[2], &stampFd) ||
        !parseFd(argv[3], &slot)) {
        std::fprintf(stderr,
                     "usage: perfdeck-gate WAIT_FD STAMP_FD SLOT CPUS MEMORY PROGRAM ARGS...\n");
        return 127;
    }
    cpu_set_t cpus;
    const bool pin = std::strcmp(argv[4], "-") != 0;
    if (pin && !parseCpus(argv[4], &cpus)) {
        std::fprintf(stderr, "perfdeck-gate: bad CPU list '%s'\n", argv[4]);
        return 127;
    }
    // The limit is set before the wait: the release then costs nothing more than the exec.
    if (std::strcmp(argv[5], "-") != 0) {
        char *end = nullptr;
        errno = 0;
        const unsigned long long bytes = std::strtoull(argv[5], &end, 10);
        if (errno != 0 || end == argv[5] || *end != '\0' || bytes == 0) {
            std::fprintf(stderr, "perfdeck-gate: bad memory limit '%s'\n", argv[5]);
            return 127;
        }
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        if (::setrlimit(RLIMIT_AS, &limit) != 0) {
            std::fprintf(stderr, "perfdeck-gate: cannot limit memory to %s bytes: %s\n", argv[5],
                         std::strerror(errno));
            return 127;
        }
    }
    // Where allowed (root, CAP_SYS_NICE, a raised RLIMIT_NICE), wait at a higher priority so
    // that the woken gates take their stamps ahead of whatever else the CPUs are busy with;
    // the tool itself runs at the priority Perfdeck had.
    errno = 0;
    const int niceness = ::getpriority(PRIO_PROCESS, 0);
    const bool boosted = errno == 0 && ::setpriority(PRIO_PROCESS, 0, niceness - 10) == 0;
    char byte = 0;
    ssize_t n = 0;
    do {
        n = ::read(waitFd, &byte, 1);
    } while (n > 0 || (n < 0 && errno == EINTR));
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    ::close(waitFd);
    const std::int64_t record[2] = {std::int64_t(slot),
                                    std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec};
    if (::write(stampFd, record, sizeof record) < 0) {
        // No stamp: the start is still released; Perfdeck reports the skew as unknown.
    }
    ::close(stampFd);
    // Every gate woke at once but the CPUs are few: let the others take their stamp and go
    // before this one spends its time slice on exec and connecting.
    ::sched_yield();
    if (boosted)
        ::setpriority(PRIO_PROCESS, 0, niceness);
    if (pin && ::sched_setaffinity(0, sizeof cpus, &cpus) != 0)
        std::fprintf(stderr, "perfdeck-gate: cannot pin to CPUs %s: %s\n", argv[4],
                     std::strerror(errno));
    ::execvp(argv[6], argv + 6);
    std::fprintf(stderr, "perfdeck-gate: cannot run %s: %s\n", argv[6], std::strerror(errno));
    return 127;
}

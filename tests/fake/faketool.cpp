// A small stand-in for the tools Perfdeck runs, with modes that reproduce what real processes
// do to their parent: crash, hang, ignore SIGTERM, end without a newline, print garbage or
// '\r' progress. Process-handling tests use it instead of mocking QProcess.
//
//   perfdeck-fake-tool lines N DELAY_MS     N lines "line <i>" on stdout, DELAY_MS apart
//   perfdeck-fake-tool partial              two lines, then "partial" without a newline
//   perfdeck-fake-tool crash                one line, then abort()
//   perfdeck-fake-tool hang [SECONDS]       sleeps (default 600 s at most), SIGTERM ends it
//   perfdeck-fake-tool stubborn [SECONDS]   ignores SIGTERM; only SIGKILL ends it
//   perfdeck-fake-tool garbage              invalid UTF-8 and NUL bytes, then a line
//   perfdeck-fake-tool progress             "\r"-separated progress, then "done\n"
//   perfdeck-fake-tool exit CODE            "bye" on stderr, exits with CODE
//   perfdeck-fake-tool cat FILE [DELAY_MS]  copies FILE to stdout after DELAY_MS
//   perfdeck-fake-tool pidfile FILE SECONDS writes its PID to FILE, then sleeps
//
// Started through a link named "iperf3", it impersonates an iperf3 that this machine does not
// have (Debian 12 ships 3.12), so the --json-stream path can be tested:
//   --version            prints $FAKE_IPERF3_VERSION (default "iperf 3.17.1 (cJSON 1.7.15)")
//   -s ...               prints "Server listening on PORT" and waits (60 s at most)
//   -c ... --json-stream prints the lines of $FAKE_IPERF3_STREAM, $FAKE_IPERF3_DELAY_MS apart
//   -c ... -J            prints $FAKE_IPERF3_JSON
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <thread>
#include <unistd.h>

namespace {

void sleepMs(long ms) {
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

long arg(int argc, char **argv, int index, long fallback) {
    return index < argc ? std::strtol(argv[index], nullptr, 10) : fallback;
}

int usage() {
    std::fprintf(stderr, "usage: perfdeck-fake-tool MODE [ARGS] (see faketool.cpp)\n");
    return 64;
}

bool hasArg(int argc, char **argv, const char *flag) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

const char *env(const char *name, const char *fallback) {
    const char *value = std::getenv(name);
    return value && *value ? value : fallback;
}

int impersonateIperf3(int argc, char **argv) {
    if (hasArg(argc, argv, "--version")) {
        std::printf("%s\n", env("FAKE_IPERF3_VERSION", "iperf 3.17.1 (cJSON 1.7.15)"));
        return 0;
    }
    if (hasArg(argc, argv, "-s")) {
        const char *port = "5201";
        for (int i = 1; i + 1 < argc; ++i) {
            if (std::strcmp(argv[i], "-p") == 0)
                port = argv[i + 1];
        }
        std::printf("-----------------------------------------------------------\n"
                    "Server listening on %s (test #1)\n"
                    "-----------------------------------------------------------\n",
                    port);
        std::fflush(stdout);
        for (int i = 0; i < 600; ++i)
            sleepMs(100);
        return 0;
    }
    if (hasArg(argc, argv, "--json-stream")) {
        std::ifstream in(env("FAKE_IPERF3_STREAM", ""));
        if (!in)
            return 1;
        const long delay = std::strtol(env("FAKE_IPERF3_DELAY_MS", "300"), nullptr, 10);
        std::string line;
        while (std::getline(in, line)) {
            std::printf("%s\n", line.c_str());
            std::fflush(stdout);
            sleepMs(delay);
        }
        return 0;
    }
    std::ifstream in(env("FAKE_IPERF3_JSON", ""), std::ios::binary);
    if (!in)
        return 1;
    std::cout << in.rdbuf();
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    const std::string self = argv[0];
    if (self.size() >= 6 && self.compare(self.size() - 6, 6, "iperf3") == 0)
        return impersonateIperf3(argc, argv);
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];
    if (mode == "lines") {
        const long n = arg(argc, argv, 2, 3);
        const long delay = arg(argc, argv, 3, 0);
        for (long i = 1; i <= n && i <= 100000; ++i) {
            std::printf("line %ld\n", i);
            std::fflush(stdout);
            if (delay > 0)
                sleepMs(delay);
        }
        return 0;
    }
    if (mode == "partial") {
        std::printf("first\nsecond\npartial");
        std::fflush(stdout);
        return 0;
    }
    if (mode == "crash") {
        std::printf("about to crash\n");
        std::fflush(stdout);
        std::abort();
    }
    if (mode == "hang" || mode == "stubborn") {
        if (mode == "stubborn")
            std::signal(SIGTERM, SIG_IGN);
        std::printf("hanging\n");
        std::fflush(stdout);
        const long seconds = std::min(arg(argc, argv, 2, 600), 600L);
        for (long i = 0; i < seconds * 10; ++i)
            sleepMs(100);
        return 0;
    }
    if (mode == "garbage") {
        const char bytes[] = {'\xff', '\xfe', '\0', 'a', '\xc3', '\x28', '\n'};
        std::fwrite(bytes, 1, sizeof bytes, stdout);
        std::printf("after garbage\n");
        return 0;
    }
    if (mode == "progress") {
        for (int i = 0; i <= 100; i += 25) {
            std::printf("%d%%\r", i);
            std::fflush(stdout);
        }
        std::printf("done\n");
        return 0;
    }
    if (mode == "exit") {
        std::fprintf(stderr, "bye\n");
        return int(arg(argc, argv, 2, 1));
    }
    if (mode == "cat" && argc >= 3) {
        sleepMs(arg(argc, argv, 3, 0));
        std::ifstream in(argv[2], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot open %s\n", argv[2]);
            return 2;
        }
        std::cout << in.rdbuf();
        return 0;
    }
    if (mode == "pidfile" && argc >= 4) {
        {
            std::ofstream out(argv[2]);
            out << getpid() << "\n";
        }
        const long seconds = std::min(arg(argc, argv, 3, 60), 600L);
        for (long i = 0; i < seconds * 10; ++i)
            sleepMs(100);
        return 0;
    }
    return usage();
}

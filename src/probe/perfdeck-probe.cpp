// perfdeck-probe: Perfdeck's UDP probe for QoS tests (docs/QOS.md). No Qt and no name lookups,
// so that it links statically and can be copied to any Linux host (`hosts deploy --tools
// probe`).
//     perfdeck-probe reflect [--bind ADDR] [--port N] [--interval S] [--idle-timeout S]
//                            [--max-time S] [--no-echo] [--watch-stdin]
//     perfdeck-probe send --target ADDR --port N --class NAME:DSCP:PPS:SIZE [--class ...]
//                         [--duration S] [--interval S] [--linger S] [--session N]
//                         [--pattern SECONDS:FROM_BPS:TO_BPS,...] [--watch-stdin]
// Output: JSON lines on stdout (core's qos/ProbeParser reads them).
#include "controllerwatch.h"
#include "jsonline.h"
#include "probedatagram.h"
#include "probereflector.h"
#include "probesender.h"
#include "ratepattern.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <unistd.h>

#ifndef PERFDECK_VERSION
#define PERFDECK_VERSION "0"
#endif

namespace {

void printUsage(std::FILE *to) {
    std::fprintf(to, "usage: perfdeck-probe reflect [--bind ADDR] [--port N] [--interval S]\n"
                     "                              [--idle-timeout S] [--max-time S] [--no-echo]\n"
                     "                              [--watch-stdin]\n"
                     "       perfdeck-probe send --target ADDR --port N --class NAME:DSCP:PPS:SIZE"
                     "...\n"
                     "                           [--duration S] [--interval S] [--linger S]\n"
                     "                           [--session N] [--watch-stdin]\n"
                     "                           [--pattern SECONDS:FROM_BPS:TO_BPS,...]\n"
                     "       perfdeck-probe --version | --help\n");
}

int usage(const std::string &problem) {
    if (!problem.empty())
        probe::JsonLine().field("type", "error").field("message", problem).print();
    printUsage(stderr);
    return 2;
}

bool number(const char *text, double low, double high, double *out) {
    char *end = nullptr;
    const double v = std::strtod(text, &end);
    if (end == text || *end != '\0' || !std::isfinite(v) || v < low || v > high)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char **argv) {
    if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        printUsage(stdout);
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("perfdeck-probe %s (protocol %u)\n", PERFDECK_VERSION,
                    unsigned(probe::ProbeDatagram::Version));
        return 0;
    }
    if (argc < 2)
        return usage("no mode: reflect or send");
    const std::string mode = argv[1];
    if (mode != "reflect" && mode != "send")
        return usage("unknown mode '" + mode + "': reflect or send");

    std::string host = mode == "reflect" ? "0.0.0.0" : "";
    double port = -1;
    bool watchStdin = false;
    probe::ReflectorOptions reflector;
    probe::SenderOptions sender;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : nullptr;
        auto need = [&](double low, double high, double *out) {
            if (!value || !number(value, low, high, out))
                return false;
            ++i;
            return true;
        };
        double v = 0;
        if (arg == "--watch-stdin") {
            watchStdin = true;
        } else if (arg == "--no-echo" && mode == "reflect") {
            reflector.echo = false;
        } else if ((arg == "--bind" && mode == "reflect") ||
                   (arg == "--target" && mode == "send")) {
            if (!value)
                return usage(arg + " needs an address");
            host = value;
            ++i;
        } else if (arg == "--port") {
            if (!need(0, 65535, &port))
                return usage("--port needs 0-65535");
        } else if (arg == "--interval") {
            if (!need(0.01, 3600, &v))
                return usage("--interval needs 0.01-3600 seconds");
            reflector.intervalS = sender.intervalS = v;
        } else if (arg == "--idle-timeout" && mode == "reflect") {
            if (!need(0.1, 86400, &reflector.idleTimeoutS))
                return usage("--idle-timeout needs 0.1-86400 seconds");
        } else if (arg == "--max-time" && mode == "reflect") {
            if (!need(0.1, 604800, &reflector.maxTimeS))
                return usage("--max-time needs 0.1-604800 seconds");
        } else if (arg == "--duration" && mode == "send") {
            if (!need(0.01, 86400, &sender.durationS))
                return usage("--duration needs 0.01-86400 seconds");
        } else if (arg == "--linger" && mode == "send") {
            if (!need(0, 60, &sender.lingerS))
                return usage("--linger needs 0-60 seconds");
        } else if (arg == "--session" && mode == "send") {
            if (!need(0, 4294967295.0, &v))
                return usage("--session needs 0-4294967295");
            sender.session = std::uint32_t(v);
        } else if (arg == "--pattern" && mode == "send") {
            std::string error;
            if (!value || !probe::RatePattern::parse(value, &sender.pattern, &error))
                return usage(value ? error : "--pattern needs SECONDS:FROM_BPS:TO_BPS,...");
            ++i;
        } else if (arg == "--class" && mode == "send") {
            if (!value)
                return usage("--class needs NAME:DSCP:PPS:SIZE");
            probe::ProbeClass c;
            std::string error;
            if (!probe::ProbeClass::parse(value, &c, &error))
                return usage(error);
            sender.classes.push_back(c);
            ++i;
        } else {
            return usage("unknown option '" + arg + "' for " + mode);
        }
    }

    probe::ControllerWatch::install(watchStdin);
    if (mode == "reflect") {
        if (port < 0)
            port = 0;
        if (!probe::SocketAddress::parse(host, std::uint16_t(port), &reflector.bind))
            return usage("--bind '" + host + "' is not a numeric IPv4 or IPv6 address");
        return probe::ProbeReflector::run(reflector);
    }
    if (host.empty() || port <= 0)
        return usage("send needs --target ADDR and --port N");
    if (!probe::SocketAddress::parse(host, std::uint16_t(port), &sender.target))
        return usage("--target '" + host + "' is not a numeric IPv4 or IPv6 address");
    if (sender.classes.empty())
        return usage("send needs at least one --class NAME:DSCP:PPS:SIZE");
    if (sender.session == 0) {
        timespec ts{};
        clock_gettime(CLOCK_REALTIME, &ts);
        sender.session = std::uint32_t(ts.tv_nsec ^ (getpid() << 16)) | 1u;
    }
    return probe::ProbeSender::run(sender);
}

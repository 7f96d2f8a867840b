// The sending end of perfdeck-probe: paced datagrams per traffic class (each class its own
// socket marked with its DSCP), clock_nanosleep to absolute deadlines and sendmmsg batches
// when behind; reads the reflector's echoes for RTT, the DSCP that arrived, forward loss and
// jitter. Prints JSON lines: "start", an "interval" per class and period, a "summary" per
// class and "end". An interval counts the datagrams due in it, whenever their echoes come
// back (IntervalLedger).
#pragma once

#include "ratepattern.h"
#include "udpsocket.h"

#include <cstdint>
#include <string>
#include <vector>

namespace probe {

struct ProbeClass {
    std::string name; // "EF", "AF41", "46"
    int dscp = 0;
    double pps = 100;
    std::size_t size = 200; // UDP payload bytes
    // Parses NAME:DSCP:PPS:SIZE ("EF:46:50:200"); false with *error set when malformed.
    static bool parse(const std::string &text, ProbeClass *out, std::string *error);
};

struct SenderOptions {
    SocketAddress target;
    std::vector<ProbeClass> classes;
    double durationS = 10;
    double intervalS = 1;
    double lingerS = 1; // how long to wait for the last echoes after sending
    std::uint32_t session = 0;
    // Empty: every class at its own constant pps. Else every class's payload rate follows
    // this pattern (its pps is ignored; its size stays).
    RatePattern pattern;
};

class ProbeSender final {
public:
    static int run(const SenderOptions &options);
};

} // namespace probe

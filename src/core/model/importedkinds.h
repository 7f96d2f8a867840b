// Kinds of runs Perfdeck only imports and never runs: an ICMP echo latency series (flent's
// fping/ping runner) is a run of engine "ping" and protocol "icmp". They extend Engine and
// Protocol past the enumerators of model/enums.h (an enum class holds any value of its int
// base); enums.cpp spells them. Fold them into enums.h as Engine::Ping and Protocol::Icmp with
// that header's next change: editing it rebuilds every file of the project.
#pragma once

#include "model/enums.h"

namespace Perfdeck {

inline constexpr Engine PingEngine = Engine(3);       // after Iperf3, Netperf, Probe
inline constexpr Protocol IcmpProtocol = Protocol(2); // after Tcp, Udp

} // namespace Perfdeck

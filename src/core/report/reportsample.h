// A made-up but complete report input (iperf3 TCP runs with streams and intervals, a netperf
// TCP_RR run, a baseline, a host): what `template validate` and the template editor check a
// template against when no session is at hand, and what the benchmark scales up.
#pragma once

#include "report/reportinput.h"

namespace Perfdeck {

class ReportSample final {
public:
    // runs iperf3 TCP runs (10 one-second intervals, 2 streams) plus one netperf TCP_RR run,
    // and a baseline of three iperf3 runs. Deterministic: the same numbers every call.
    static ReportInput input(int runs = 3);
};

} // namespace Perfdeck

// One name per run everywhere: the run's number within its session ("#3") and a short
// description of what it measured ("iperf3 TCP send 4×"). The table, the chart legend, the log,
// the statistics panel and the CLI all call these, so a run is never "Run 3" in one place and
// "run-88041edf" in another.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>

namespace Perfdeck {

// "#3"; a run that has no number yet (seq 0) is named by its id.
QString runLabel(const RunResult &run);
// "iperf3 TCP send 4×", "iperf3 UDP receive", "netperf TCP_RR".
QString runDescription(const RunResult &run);
// "#3 iperf3 TCP send 4×".
QString runTitle(const RunResult &run);
// "fra-perf1 → ams-edge": the inventory names of the client and server hosts (the server's
// address when Perfdeck did not start it), "local" for this machine; empty when both ends
// are this machine.
QString runEndsText(const RunResult &run);
// The run's headline figure: "9.41 Gbit/s", or "170,631 trans/s, p99 80.0 µs" for a
// request/response run; an en dash when it measured nothing.
QString runFigure(const RunResult &run);
// What the direction means for this run: "send", "receive", "bidirectional", or
// "request/response" for a netperf *_RR test (its traffic goes both ways by design).
QString runDirectionText(const RunResult &run);
// A request/response run (netperf TCP_RR, TCP_CRR, UDP_RR): transactions, not bits.
bool isRequestResponse(const RunResult &run);
// The same for a netperf test name, in any case ("TCP_CRR" is one: it does not end in "_RR").
bool isRequestResponseTest(const QString &test);

// The number the next run of these gets: one more than the highest.
int nextRunNumber(const QList<RunResult> &runs);
// Gives each run without a number (seq 0) the next free one, in list order. Files written
// before runs had numbers get the numbers their order implies.
void numberRuns(QList<RunResult> &runs);

} // namespace Perfdeck

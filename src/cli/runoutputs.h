// What `perfdeck-cli run` leaves behind after its tests: the results document, the CSV and the
// session (written first, so a closed stdout or a full terminal cannot cost the results), then
// the mean over the repeats of each test.
#pragma once

#include "cli/runoptions.h"
#include "model/runresult.h"

#include <QList>
#include <QStringList>

namespace Perfdeck {
class Session;
}

namespace Perfdeck::Cli {

// Writes --json, --csv and --session (runs appended to session, read before the tests ran).
// Every file is attempted; false with one message per failed file in *errors.
bool writeRunOutputs(const RunOptions &options, const QList<RunResult> &finishedRuns,
                     Session &session, QStringList *errors);
// "N runs: mean, stddev, min, max" per test repeated more than once; results holds one entry
// per run in the order of specs (repeats expanded), empty ids for runs that never started.
QString repeatSummary(const QList<TestSpec> &specs, const QList<RunResult> &results);
// Per test run as several instances: total, per instance, Jain, spread, start skew.
QString instanceSummary(const QList<RunResult> &results);
// "A -> B: forward X, reverse Y, asymmetry Z" per bidir run and per linked send/receive pair.
QString directionSummary(const QList<RunResult> &runs);
// Per run that followed a traffic pattern: each phase's requested and achieved rate, and the
// loss of a UDP phase (qos/PatternPhases; the same figures as the run's "phases" in --json).
QString patternSummary(const QList<RunResult> &runs);

} // namespace Perfdeck::Cli

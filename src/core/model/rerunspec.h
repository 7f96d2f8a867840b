// Rebuilds what to run again from a finished run, for runs whose original TestSpec is not
// stored (sessions and results written by perfdeck-cli, imports): the same engine, test,
// protocol, direction, streams, duration and target, or a reason why it cannot be.
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"

#include <optional>

namespace Perfdeck {

// Empty with *why filled when the run does not say enough to measure the same thing again.
std::optional<TestSpec> rerunSpec(const RunResult &run, QString *why);

} // namespace Perfdeck

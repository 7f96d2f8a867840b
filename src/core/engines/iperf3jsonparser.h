// Turns iperf3's -J output (client or server side, any mode) into a RunResult.
// Pure functions: the CLI, the GUI and the importer call the same code; no I/O here.
#pragma once

#include "model/runresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Perfdeck {

struct Iperf3ParseOutcome {
    // False when the bytes are not an iperf3 document at all (not JSON, truncated, no "start").
    bool parsed = false;
    // Why parsing failed, with a line/column for JSON syntax errors.
    QString parseError;
    // Filled whenever parsed is true. A document with an "error" key gives status error (no
    // data) or partial (some intervals), with the tool's message in run.error.
    RunResult run;
};

namespace Iperf3JsonParser {

Iperf3ParseOutcome parse(const QByteArray &bytes);
Iperf3ParseOutcome parseDocument(const QJsonObject &document);
// One element of "intervals" ({streams, sum, sum_bidir_reverse}) as a sample.
IntervalSample parseInterval(const QJsonObject &interval);

} // namespace Iperf3JsonParser

} // namespace Perfdeck

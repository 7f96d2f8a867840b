// Reads flent data files (.flent.gz, data format version 4, or the same JSON uncompressed) into
// runs: one netperf run per real flow (throughput, or netperf RR latency) with its traffic
// class; the flows of a multi-flow test (rrul, tcp_nup) form one group. flent's computed
// series (sums, averages) are not runs: its sums check the totals of the flows. The ICMP
// ping series is each flow's latency. Used by the importer; pure functions, no file access.
#pragma once

#include "model/runresult.h"
#include "util/inputlimits.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

struct FlentReadOutcome {
    QList<RunResult> runs; // empty on failure
    QString error;         // why nothing could be read, in the user's terms
    QStringList warnings;  // notes about what was imported
};

class FlentReader final {
public:
    // The newest flent data format this reader understands (flent 2.x writes 4).
    static constexpr int SupportedVersion = 4;
    // flent writes about 12 kB of JSON per second of rrul at its 0.2 s step (45 MB for an
    // hour; gzip shrinks it 3 to 4 times). Past these sizes a file is refused with a message
    // before it can take the machine's memory (parsing needs several times the JSON size).
    static constexpr qint64 MaxFileBytes = InputLimits::MaxFlentFileBytes;
    static constexpr qint64 MaxInflatedBytes = InputLimits::MaxInflatedBytes;

    // True for any gzip stream (flent's own files are gzip; the reader then says precisely why
    // a gzip that is not flent's cannot be imported) and for flent's uncompressed JSON.
    static bool looksLikeFlent(const QByteArray &head);

    // Whole gzip file -> its content. On a damaged or truncated stream returns false and says
    // why in *error.
    static bool gunzip(const QByteArray &compressed, QByteArray *out, QString *error);

    static FlentReadOutcome read(const QByteArray &bytes);
};

} // namespace Perfdeck

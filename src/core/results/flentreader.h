// Reads flent data files (.flent.gz, data format version 4, or the same JSON uncompressed) into
// runs: one netperf run per throughput series, with flent's ping series as the latency
// summary. Used by the importer; pure functions, no file access.
#pragma once

#include "model/runresult.h"

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

    // True for any gzip stream (flent's own files are gzip; the reader then says precisely why
    // a gzip that is not flent's cannot be imported) and for flent's uncompressed JSON.
    static bool looksLikeFlent(const QByteArray &head);

    // Whole gzip file -> its content. On a damaged or truncated stream returns false and says
    // why in *error.
    static bool gunzip(const QByteArray &compressed, QByteArray *out, QString *error);

    static FlentReadOutcome read(const QByteArray &bytes);
};

} // namespace Perfdeck

// Imports result files written by other tools (iperf3 -J, netperf output, flent .flent.gz) into
// runs. The format is detected from the content, not the file name; every file that cannot be
// imported gives one error naming the file, and the good files still import.
#pragma once

#include "model/runresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Perfdeck {

struct ImportError {
    QString path;
    QString message; // "line 12, column 3: unexpected end of data (the file looks truncated)"

    // "FILE: message", as the CLI prints it.
    QString toString() const { return path + QLatin1String(": ") + message; }
};

struct ImportOptions {
    // Import what precedes the cut of a truncated file as a partial run (still reported, as a
    // warning instead of an error).
    bool salvageTruncated = false;
};

struct ImportOutcome {
    QList<RunResult> runs;     // source = the file path, id unique within the outcome
    QList<ImportError> errors; // files that gave no run
    QStringList warnings;      // "FILE: ..." notes about files that did import

    bool ok() const { return errors.isEmpty(); }
};

// One importable format. A new format is one more entry in importFormats(): sniff decides
// from the first bytes whether the content is this format, read turns the whole file into runs.
struct ImportFormat {
    QString name; // "iperf3-json"
    // The largest file of this format that is read (more is refused with a message before it
    // is read): a little more than real files need, so that /dev/zero, a log that grows
    // forever or a wrong file cannot take the machine's memory.
    qint64 maxBytes = 0;
    QString sizeHint; // what real files weigh, for the message: "a 10-minute -P 8 run: 8 MB"
    std::function<bool(const QByteArray &head)> sniff;
    // Returns the runs; on failure returns none and fills *error. *warnings collects notes.
    std::function<QList<RunResult>(const QByteArray &bytes, const ImportOptions &options,
                                   QString *error, QStringList *warnings)>
        read;
};

const QList<ImportFormat> &importFormats();

ImportOutcome importFiles(const QStringList &paths, const ImportOptions &options = {});
// The same for content already in memory; source names it in runs and messages.
ImportOutcome importBytes(const QByteArray &bytes, const QString &source,
                          const ImportOptions &options = {});

} // namespace Perfdeck

// Where `run` and `import` file their runs in the history database (--history-db FILE,
// --no-history, --tag T), shared by both commands, and the storing itself: a history that
// cannot be written is said on stderr and never costs the results files.
#pragma once

#include "model/runresult.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Perfdeck::Cli {

struct HistoryOptions {
    QString databasePath;  // --history-db; empty: $PERFDECK_HISTORY_DB or the data folder
    bool disabled = false; // --no-history
    QStringList tags;      // --tag, repeatable or comma-separated
};

void addHistoryOptions(QCommandLineParser &parser);
bool readHistoryOptions(const QCommandLineParser &parser, HistoryOptions *options, QString *error);
// Stores runs (origin "run" or "import") unless disabled; prints what was stored or why not
// on stderr (nothing when quiet and all went well). False when the database failed.
bool storeInHistory(const HistoryOptions &options, const QList<RunResult> &runs,
                    const QString &origin, const QString &profile, bool quiet);

} // namespace Perfdeck::Cli

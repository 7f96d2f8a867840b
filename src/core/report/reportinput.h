// What a report is made from: the runs of a session or results file, the session's title,
// notes and host inventory when it is a session, and optionally a baseline results file.
// Loading says which file is wrong and why; ReportContext turns this into the template context.
#pragma once

#include "inventory/inventory.h"
#include "model/runresult.h"
#include "plan/testmatrix.h"
#include "results/historytrend.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Perfdeck {

class Session;

struct ReportInput {
    QString path; // the file the runs came from (may be empty for runs from the GUI)
    QString kind; // "session" or "results"
    QString title;
    QString notes;
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString generator; // results documents: who wrote the file
    QList<RunResult> runs;
    Inventory inventory;
    TestMatrix matrix; // a session's test plan (empty: none, or a results document)
    QString baselinePath;
    QList<RunResult> baselineRuns;
    // The history database's trend of each pair the runs measured (loadHistory()): the
    // context's `history` and the `chart:trend` charts. Empty historyPath: not asked for.
    QString historyPath;
    QString historyError; // why the database could not be read (the report is still made)
    QList<HistoryTrend> history;

    // Reads a perfdeck.session or perfdeck.results/1 file (told apart by its "format").
    static bool load(const QString &path, ReportInput *out, QString *error);
    static ReportInput fromSession(const Session &session, const QString &path = {});
    // Reads a session or results file whose runs become the baseline.
    bool loadBaseline(const QString &path, QString *error);
    // Reads the trend of every client/server pair of the runs (as `history trend` computes
    // it) from the history database at path. A database that does not exist is not created:
    // history stays empty. A database that cannot be read leaves historyError set and
    // returns false; the report can still be made without it. Not for the UI thread.
    bool loadHistory(const QString &path, const HistoryTrendOptions &options = {});
};

} // namespace Perfdeck

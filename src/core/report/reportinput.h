// What a report is made from: the runs of a session or results file, the session's title,
// notes and host inventory when it is a session, and optionally a baseline results file.
// Loading says which file is wrong and why; ReportContext turns this into the template context.
#pragma once

#include "inventory/inventory.h"
#include "model/runresult.h"
#include "plan/testmatrix.h"

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

    // Reads a perfdeck.session or perfdeck.results/1 file (told apart by its "format").
    static bool load(const QString &path, ReportInput *out, QString *error);
    static ReportInput fromSession(const Session &session, const QString &path = {});
    // Reads a session or results file whose runs become the baseline.
    bool loadBaseline(const QString &path, QString *error);
};

} // namespace Perfdeck

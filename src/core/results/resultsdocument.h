// The perfdeck.results/1 document: what `run --json` and `import --json` write and what
// `stats` reads. A list of runs plus provenance; reading reports what is wrong and where.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>

namespace Perfdeck {

struct ResultsDocument {
    static constexpr const char *FormatId = "perfdeck.results/1";

    QList<RunResult> runs;
    QString generator; // "perfdeck-cli 0.1.0"
    QDateTime generatedAt;

    QJsonObject toJson() const;
    // All fields but "runs" (toBytes() streams those).
    QJsonObject toJsonWithoutRuns() const;
    // toJson() as indented JSON text, streamed (JsonWriter): what save() writes.
    QByteArray toBytes() const;
    // Parses a document; on failure returns false and fills *error ("line 3, column 7: ...").
    static bool fromBytes(const QByteArray &bytes, ResultsDocument *out, QString *error);

    // Atomic write (QSaveFile): the previous file stays intact when anything fails.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, ResultsDocument *out, QString *error);
};

// header's fields followed by "runs": the runs, each numbered (numberRuns) so a reader names
// them as the writer did. Streamed, the same text as QJsonDocument of the whole tree: a tree
// of a big -P 8 run costs several times its parse. Results documents and sessions use it.
QByteArray jsonWithRuns(const QJsonObject &header, const QList<RunResult> &runs);

} // namespace Perfdeck

#include "report/reportinput.h"

#include "model/runlabel.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// Both formats put "format" among the first keys (sorted keys, or a hand-written header);
// a file that names neither in its first 64 KiB is tried as a results document, whose loader
// then says what is missing.
bool looksLikeSession(const QByteArray &bytes) {
    const QByteArray head = bytes.left(64 * 1024);
    const qsizetype session = head.indexOf("\"perfdeck.session\"");
    const qsizetype results = head.indexOf("\"perfdeck.results/");
    return session >= 0 && (results < 0 || session < results);
}

} // namespace

ReportInput ReportInput::fromSession(const Session &session, const QString &path) {
    ReportInput input;
    input.path = path;
    input.kind = QStringLiteral("session");
    input.title = session.title;
    input.notes = session.notes;
    input.createdAt = session.createdAt;
    input.modifiedAt = session.modifiedAt;
    input.runs = session.runs;
    input.inventory = session.inventory;
    input.matrix = session.matrix;
    if (input.title.isEmpty() && !path.isEmpty())
        input.title = QFileInfo(path).completeBaseName();
    numberRuns(input.runs);
    return input;
}

bool ReportInput::load(const QString &path, ReportInput *out, QString *error) {
    QByteArray bytes;
    if (!FileIo::readAll(path, &bytes, error))
        return false;
    if (looksLikeSession(bytes)) {
        Session session;
        QString why;
        if (!Session::fromBytes(bytes, &session, &why)) {
            *error = path + QStringLiteral(": ") + why;
            return false;
        }
        *out = fromSession(session, path);
        return true;
    }
    ResultsDocument document;
    QString why;
    if (!ResultsDocument::fromBytes(bytes, &document, &why)) {
        *error = path + QStringLiteral(": ") + why;
        return false;
    }
    ReportInput input;
    input.path = path;
    input.kind = QStringLiteral("results");
    input.title = QFileInfo(path).completeBaseName();
    input.createdAt = document.generatedAt;
    input.modifiedAt = document.generatedAt;
    input.generator = document.generator;
    input.runs = document.runs;
    numberRuns(input.runs);
    *out = input;
    return true;
}

bool ReportInput::loadBaseline(const QString &path, QString *error) {
    ReportInput baseline;
    if (!load(path, &baseline, error))
        return false;
    if (baseline.runs.isEmpty()) {
        *error = path + Tr::tr(": the baseline has no runs");
        return false;
    }
    baselinePath = path;
    baselineRuns = baseline.runs;
    return true;
}

bool ReportInput::loadHistory(const QString &path, const HistoryTrendOptions &options) {
    historyPath = path;
    historyError.clear();
    history.clear();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true; // no database yet: nothing to compare with, and none is created
    HistoryStore store(path);
    if (!store.open(&historyError))
        return false;
    // The pairs in the order the runs first name them; a report of many pairs keeps 50.
    QList<std::pair<QString, QString>> pairs;
    for (const RunResult &run : runs) {
        const std::pair<QString, QString> pair{HistoryStore::pairClientOf(run),
                                               HistoryStore::pairServerOf(run)};
        if (!pairs.contains(pair) && pairs.size() < 50)
            pairs.append(pair);
    }
    for (const auto &[client, server] : pairs) {
        HistoryFilter filter;
        filter.client = client;
        filter.server = server;
        const QList<HistoryEntry> entries = store.trendEntries(filter, &historyError);
        if (!historyError.isEmpty())
            return false;
        HistoryTrend trend = HistoryTrend::compute(client, server, entries, options);
        if (!trend.series.isEmpty())
            history.append(trend);
    }
    return true;
}

} // namespace Perfdeck

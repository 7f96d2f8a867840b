#include "cli/historyoptions.h"

#include "cli/clioutput.h"
#include "results/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

void addHistoryOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("history-db"),
         Tr::tr("History database the runs are stored in (default: "
                "$PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-history"), Tr::tr("Do not store the runs in the history.")},
        {QStringLiteral("tag"),
         Tr::tr("Tag the runs in the history (repeatable or comma-separated; `history "
                "list --tag T` finds them)."),
         QStringLiteral("T")},
    });
}

bool readHistoryOptions(const QCommandLineParser &parser, HistoryOptions *options, QString *error) {
    options->databasePath = parser.value(QStringLiteral("history-db"));
    options->disabled = parser.isSet(QStringLiteral("no-history"));
    if (options->disabled && parser.isSet(QStringLiteral("history-db"))) {
        *error = QStringLiteral("--history-db and --no-history exclude each other");
        return false;
    }
    if (parser.isSet(QStringLiteral("history-db")) && options->databasePath.isEmpty()) {
        *error = Tr::tr("--history-db needs a file name");
        return false;
    }
    options->tags.clear();
    for (const QString &value : parser.values(QStringLiteral("tag"))) {
        for (const QString &tag : value.split(QLatin1Char(','))) {
            const QString t = tag.trimmed();
            if (t.isEmpty())
                continue;
            if (options->disabled) {
                *error = QStringLiteral("--tag labels runs in the history, which --no-history "
                                        "turns off");
                return false;
            }
            if (!options->tags.contains(t))
                options->tags << t;
        }
    }
    return true;
}

bool storeInHistory(const HistoryOptions &options, const QList<RunResult> &runs,
                    const QString &origin, const QString &profile, bool quiet) {
    if (options.disabled || runs.isEmpty())
        return true;
    HistoryStore store(HistoryStore::resolvePath(options.databasePath));
    QString error;
    if (!store.open(&error)) {
        printError(Tr::tr("history not updated: %1").arg(error));
        return false;
    }
    if (!store.notice().isEmpty())
        printErr(Tr::tr("perfdeck-cli: warning: %1\n").arg(terminalSafe(store.notice())));
    HistoryMeta meta;
    meta.origin = origin;
    meta.profile = profile;
    meta.tags = options.tags;
    const int added = store.add(runs, meta, &error);
    if (added < 0) {
        printError(Tr::tr("history not updated: %1").arg(error));
        return false;
    }
    if (!quiet) {
        const qsizetype skipped = runs.size() - added;
        printErr(Tr::tr("perfdeck-cli: history: stored %n run(s) in %1%2\n", nullptr, int(added))
                     .arg(terminalSafe(store.path()),
                          skipped > 0 ? Tr::tr(" (%1 already there)").arg(skipped) : QString()));
    }
    return true;
}

} // namespace Perfdeck::Cli

// perfdeck-cli history list | show ID | trend --client A --server B: the runs every `run` and
// `import` stored in the history database, one stored run as a results document, and a pair's
// trend with its baseline band and regressions (exit 3 when a series' newest run regressed).
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "model/format.h"
#include "results/historystore.h"
#include "results/historytrend.h"
#include "results/resultsdocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

const char *const Description =
    "The history database: every run `perfdeck-cli run` made and every file `import` read.\n"
    "  list               stored runs, newest first (filters below)\n"
    "  show ID            one stored run (--json: as a results document for stats/report)\n"
    "  trend --client A --server B\n"
    "                     the pair's runs over time, one series per kind of test; each run\n"
    "                     against the --window runs before it: the CI band of their mean and\n"
    "                     REGRESSION below their prediction interval (exit 3 when the newest\n"
    "                     run of a series is one)\n"
    "Pairs are named by inventory host names (`local` for this machine), else by address\n"
    "(`history list` shows them). Dates: 2026-12-01 or 2026-12-01T14:30 (local time) or ISO\n"
    "8601 with a zone.";

QString formatValue(const OptDouble &value, const QString &metricKey) {
    if (!value)
        return QStringLiteral("-");
    if (metricKey == QLatin1String("transactions_per_s"))
        return QStringLiteral("%1 trans/s").arg(*value, 0, 'f', 1);
    return Format::bitrate(*value);
}

QString entryValue(const HistoryEntry &entry) {
    if (entry.throughputBps)
        return formatValue(entry.throughputBps, QStringLiteral("throughput_bps"));
    return formatValue(entry.transactionsPerS, QStringLiteral("transactions_per_s"));
}

QString localTime(const QDateTime &time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("(unknown)          ");
}

// A date alone is a whole day: --since takes its first, --until its last millisecond.
std::optional<QDateTime> parseDate(const QString &text, bool endOfDay) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfDay ? date.startOfDay().addDays(1).addMSecs(-1) : date.startOfDay();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QJsonObject entryJson(const HistoryEntry &e) {
    QJsonArray tags;
    for (const QString &tag : e.tags)
        tags.append(tag);
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("run_id"), e.runId},
        {QStringLiteral("started_at"), e.startedAt.isValid()
                                           ? QJsonValue(e.startedAt.toString(Qt::ISODateWithMs))
                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("origin"), e.origin},
        {QStringLiteral("engine"), toString(e.engine)},
        {QStringLiteral("protocol"), toString(e.protocol)},
        {QStringLiteral("direction"), toString(e.direction)},
        {QStringLiteral("test"), e.test},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("client"), e.client},
        {QStringLiteral("server"), e.server},
        {QStringLiteral("client_host"), e.clientHost},
        {QStringLiteral("server_host"), e.serverHost},
        {QStringLiteral("pair_client"), e.pairClient},
        {QStringLiteral("pair_server"), e.pairServer},
        {QStringLiteral("profile"), e.profile},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("status"), toString(e.status)},
        {QStringLiteral("throughput_bps"), optToJson(e.throughputBps)},
        {QStringLiteral("transactions_per_s"), optToJson(e.transactionsPerS)},
    };
}

QString knownPairs(const HistoryStore &store) {
    QString error;
    const QList<HistoryPair> pairs = store.pairs(&error);
    if (pairs.isEmpty())
        return Tr::tr("the history is empty");
    QStringList names;
    for (const HistoryPair &pair : pairs.mid(0, 10))
        names << QStringLiteral("%1..%2 (%3)").arg(pair.client, pair.server).arg(pair.runs);
    return QStringLiteral("pairs: ") + names.join(QStringLiteral(", ")) +
           (pairs.size() > 10 ? QStringLiteral(", ...") : QString());
}

int list(const HistoryStore &store, const HistoryFilter &filter, bool json) {
    QString error;
    const QList<HistoryEntry> entries = store.list(filter, &error);
    if (!error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    if (json) {
        QJsonArray runs;
        for (const HistoryEntry &entry : entries)
            runs.append(entryJson(entry));
        const QJsonObject object{{QStringLiteral("database"), store.path()},
                                 {QStringLiteral("runs"), runs}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (entries.isEmpty()) {
        printErr(Tr::tr("perfdeck-cli: no stored runs match in %1 (%2)\n")
                     .arg(store.path(), knownPairs(store)));
        return ExitOk;
    }
    QString out;
    for (const HistoryEntry &e : entries) {
        QString line =
            QStringLiteral("%1  %2  %3..%4  %5  %6  %7")
                .arg(QString::number(e.id).rightJustified(6), localTime(e.startedAt), e.pairClient,
                     e.pairServer, e.kind, toString(e.status), entryValue(e));
        if (!e.profile.isEmpty())
            line += QStringLiteral("  profile %1").arg(e.profile);
        if (!e.tags.isEmpty())
            line += QStringLiteral("  tags %1").arg(e.tags.join(QLatin1Char(',')));
        if (e.origin != QLatin1String("run"))
            line += QStringLiteral("  (%1)").arg(e.origin);
        out += terminalSafe(line) + QLatin1Char('\n');
    }
    printOut(out);
    return ExitOk;
}

int show(const HistoryStore &store, const QString &idText, bool json) {
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(Tr::tr("history show: '%1' is not a history id (the number in the "
                          "first column of 'perfdeck-cli history list')")
                       .arg(idText));
        return ExitBadInput;
    }
    QString error;
    const std::optional<RunResult> run = store.run(id, &error);
    if (!run) {
        printError(error);
        return ExitBadInput;
    }
    if (json) {
        ResultsDocument document;
        document.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
        document.generatedAt = QDateTime::currentDateTimeUtc();
        document.runs = {*run};
        printOut(QString::fromUtf8(document.toBytes()));
        return ExitOk;
    }
    QString out;
    auto row = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("  %1 %2\n").arg(label, -14).arg(terminalSafe(value));
    };
    out += Tr::tr("history run %1 (run id %2)\n").arg(id).arg(terminalSafe(run->id));
    row(QStringLiteral("started"), localTime(run->startedAt));
    row(QStringLiteral("test"),
        QStringLiteral("%1 %2 %3, %4 stream(s)")
            .arg(toString(run->engine), toString(run->protocol), toString(run->direction))
            .arg(run->streams));
    row(QStringLiteral("client"),
        run->clientHost.isEmpty() ? run->client
                                  : QStringLiteral("%1 (%2)").arg(run->clientHost, run->client));
    row(QStringLiteral("server"),
        run->serverHost.isEmpty() ? run->server
                                  : QStringLiteral("%1 (%2)").arg(run->serverHost, run->server));
    row(QStringLiteral("status"),
        run->error.isEmpty() ? toString(run->status)
                             : QStringLiteral("%1: %2").arg(toString(run->status), run->error));
    if (run->summary.throughputBps)
        row(QStringLiteral("throughput"), Format::bitrate(run->summary.throughputBps));
    if (run->summary.transactionsPerS)
        row(QStringLiteral("transactions"),
            QStringLiteral("%1 /s").arg(*run->summary.transactionsPerS, 0, 'f', 1));
    if (run->summary.retransmits)
        row(QStringLiteral("retransmits"), QString::number(*run->summary.retransmits));
    if (run->durationS)
        row(QStringLiteral("duration"), QStringLiteral("%1 s").arg(*run->durationS, 0, 'f', 1));
    row(QStringLiteral("intervals"), QString::number(run->intervals.size()));
    if (!run->source.isEmpty())
        row(QStringLiteral("source"), run->source);
    out += Tr::tr("(--json prints it as a results document)\n");
    printOut(out);
    return ExitOk;
}

int trend(const HistoryStore &store, const HistoryFilter &filter,
          const HistoryTrendOptions &options, bool json) {
    QString error;
    HistoryFilter pairFilter = filter;
    pairFilter.limit = 0;
    const QList<HistoryEntry> entries = store.trendEntries(pairFilter, &error);
    if (!error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    const HistoryTrend trend =
        HistoryTrend::compute(filter.client, filter.server, entries, options);
    if (trend.series.isEmpty()) {
        printError(Tr::tr("no ok runs of %1..%2 in %3 (%4)")
                       .arg(filter.client, filter.server, store.path(), knownPairs(store)));
        return ExitBadInput;
    }
    bool latestRegressed = false;
    for (const HistoryTrendSeries &series : trend.series)
        latestRegressed = latestRegressed || series.points.constLast().regression;
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(trend.toJson()).toJson(QJsonDocument::Indented)));
        return latestRegressed ? ExitRegression : ExitOk;
    }
    QString out = Tr::tr("%1..%2: %3 kind(s) of test; each run against the %4 before "
                         "it, %5 % confidence\n")
                      .arg(filter.client, filter.server)
                      .arg(trend.series.size())
                      .arg(options.window)
                      .arg(100 * options.confidence);
    for (const HistoryTrendSeries &series : trend.series) {
        out += QStringLiteral("\n%1 (%2, %3 run(s), %4 regression(s))\n")
                   .arg(series.kind, series.metricKey)
                   .arg(series.points.size())
                   .arg(series.regressions);
        for (const HistoryTrendPoint &p : series.points) {
            QString line = QStringLiteral("  %1  %2  %3")
                               .arg(localTime(p.startedAt), QString::number(p.id).rightJustified(6),
                                    formatValue(p.value, series.metricKey).rightJustified(14));
            if (p.baselineMean)
                line += QStringLiteral("  band %1 .. %2")
                            .arg(formatValue(p.ciLow, series.metricKey),
                                 formatValue(p.ciHigh, series.metricKey));
            else
                line += Tr::tr("  (baseline: %1 earlier run(s))").arg(p.baselineRuns);
            if (p.regression)
                line += QStringLiteral("  REGRESSION (below %1)")
                            .arg(formatValue(p.predictionLow, series.metricKey));
            out += line + QLatin1Char('\n');
        }
    }
    printOut(terminalSafe(out));
    return latestRegressed ? ExitRegression : ExitOk;
}

} // namespace

int historyCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QLatin1String(Description));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | show ID | trend"));
    const QCommandLineOption dbOption(
        QStringLiteral("history-db"),
        Tr::tr("History database (default: $PERFDECK_HISTORY_DB, else "
               "~/.local/share/perfdeck/history.sqlite)."),
        QStringLiteral("FILE"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          Tr::tr("The pair's client name."), QStringLiteral("A"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          Tr::tr("The pair's server name."), QStringLiteral("B"));
    const QCommandLineOption engineOption(QStringLiteral("engine"), Tr::tr("iperf3 or netperf."),
                                          QStringLiteral("E"));
    const QCommandLineOption protocolOption(QStringLiteral("protocol"), Tr::tr("tcp or udp."),
                                            QStringLiteral("P"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("Runs of this profile."), QStringLiteral("NAME"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), Tr::tr("Runs with this tag."),
                                       QStringLiteral("T"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), Tr::tr("Runs started on or after DATE."), QStringLiteral("DATE"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"), Tr::tr("Runs started on or before DATE."), QStringLiteral("DATE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Tr::tr("list: at most N runs (default 50; 0: "
                                                "all)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          Tr::tr("trend: baseline of each run = the N "
                                                 "runs before it (default 10)."),
                                          QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              Tr::tr("trend: confidence level (default "
                                                     "0.95)."),
                                              QStringLiteral("C"), QStringLiteral("0.95"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({dbOption, clientOption, serverOption, engineOption, protocolOption, profileOption,
                  tagOption, sinceOption, untilOption, limitOption, windowOption, confidenceOption,
                  jsonOption});
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    const bool json = p.isSet(jsonOption);

    HistoryFilter filter;
    filter.client = p.value(clientOption);
    filter.server = p.value(serverOption);
    filter.engine = p.value(engineOption).toLower();
    filter.protocol = p.value(protocolOption).toLower();
    filter.profile = p.value(profileOption);
    filter.tag = p.value(tagOption);
    if (!filter.engine.isEmpty() && !engineFromString(filter.engine)) {
        printError(Tr::tr("--engine '%1' must be iperf3 or netperf").arg(filter.engine));
        return ExitBadInput;
    }
    if (!filter.protocol.isEmpty() && !protocolFromString(filter.protocol)) {
        printError(Tr::tr("--protocol '%1' must be tcp or udp").arg(filter.protocol));
        return ExitBadInput;
    }
    for (const auto &[option, endOfDay, target] : {std::tuple{&sinceOption, false, &filter.since},
                                                   std::tuple{&untilOption, true, &filter.until}}) {
        if (!p.isSet(*option))
            continue;
        const std::optional<QDateTime> time = parseDate(p.value(*option), endOfDay);
        if (!time) {
            printError(Tr::tr("--%1 '%2' is not a date (2026-12-01, 2026-12-01T14:30, "
                              "or ISO 8601 with a zone)")
                           .arg(option->names().constFirst(), p.value(*option)));
            return ExitBadInput;
        }
        *target = *time;
    }
    bool ok = false;
    filter.limit = p.value(limitOption).toInt(&ok);
    if (!ok || filter.limit < 0) {
        printError(
            Tr::tr("--limit '%1' must be 0 or a positive whole number").arg(p.value(limitOption)));
        return ExitBadInput;
    }
    HistoryTrendOptions trendOptions;
    trendOptions.window = p.value(windowOption).toInt(&ok);
    if (!ok || trendOptions.window < 2 || trendOptions.window > 10000) {
        printError(Tr::tr("--window '%1' must be a whole number from 2 to 10000")
                       .arg(p.value(windowOption)));
        return ExitBadInput;
    }
    trendOptions.minimumBaseline = std::min(3, trendOptions.window);
    trendOptions.confidence = p.value(confidenceOption).toDouble(&ok);
    if (!ok || !(trendOptions.confidence > 0 && trendOptions.confidence < 1)) {
        printError(Tr::tr("--confidence '%1' must be a number between 0 and 1, e.g. 0.95")
                       .arg(p.value(confidenceOption)));
        return ExitBadInput;
    }

    const bool isList = action == QLatin1String("list");
    const bool isShow = action == QLatin1String("show");
    const bool isTrend = action == QLatin1String("trend");
    if (!isList && !isShow && !isTrend) {
        printError(action.isEmpty()
                       ? Tr::tr("history needs an action: list, show ID or trend (see "
                                "perfdeck-cli history --help)")
                       : Tr::tr("history: unknown action '%1' (list, show ID, trend)").arg(action));
        return ExitBadInput;
    }
    if (positional.size() != (isShow ? 2 : 1)) {
        printError(
            isShow
                ? Tr::tr("history show needs one ID")
                : Tr::tr("history %1: unexpected argument '%2'").arg(action, positional.value(1)));
        return ExitBadInput;
    }
    if (isTrend && (filter.client.isEmpty() || filter.server.isEmpty())) {
        printError(Tr::tr("history trend needs --client A and --server B (the pair's "
                          "names as 'history list' shows them)"));
        return ExitBadInput;
    }

    HistoryStore store(HistoryStore::resolvePath(p.value(dbOption)));
    QString error;
    if (!store.open(&error)) {
        printError(error);
        return ExitBadInput;
    }
    if (!store.notice().isEmpty())
        printErr(Tr::tr("perfdeck-cli: warning: %1\n").arg(terminalSafe(store.notice())));
    if (isList)
        return list(store, filter, json);
    if (isShow)
        return show(store, positional.at(1), json);
    return trend(store, filter, trendOptions, json);
}

} // namespace Perfdeck::Cli

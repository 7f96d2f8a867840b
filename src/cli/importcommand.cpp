// perfdeck-cli import FILE... --json OUT: converts tool output files into one results document.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/historyoptions.h"
#include "model/format.h"
#include "model/rungrouptotals.h"
#include "results/importer.h"
#include "results/resultsdocument.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

QString formatBps(const OptDouble &bps) {
    if (!bps)
        return QStringLiteral("n/a");
    const Format::BitrateUnit unit = Format::bitrateUnit(*bps);
    return Format::bitrateIn(*bps, unit, std::fabs(*bps / unit.scale) < 10 ? 2 : 1);
}

QString describe(const RunResult &run) {
    QString line =
        QStringLiteral("%1: %2 %3 %4, %5 stream%6")
            .arg(run.id, toString(run.engine), toString(run.protocol), toString(run.direction))
            .arg(run.streams)
            .arg(run.streams == 1 ? QString() : QStringLiteral("s"));
    if (!run.trafficClass.isEmpty())
        line += QStringLiteral(", class %1").arg(run.trafficClass);
    if (!run.client.isEmpty() || !run.server.isEmpty())
        line += QStringLiteral(", %1 -> %2").arg(run.client, run.server);
    const OptDouble shown =
        run.summary.throughputBps ? run.summary.throughputBps : run.summary.sentBps;
    const LatencyStats &latency = run.summary.latencyUs;
    if (!shown && latency.mean) // a latency flow (netperf RR in a flent test)
        line += Tr::tr(", latency mean %1 ms").arg(*latency.mean / 1000.0, 0, 'f', 3);
    else
        line += QStringLiteral(", %1%2").arg(formatBps(shown), run.summary.throughputBps || !shown
                                                                   ? QString()
                                                                   : QStringLiteral(" (sent)"));
    if (run.reverseSummary)
        line += QStringLiteral(" / reverse %1").arg(formatBps(run.reverseSummary->throughputBps));
    line +=
        QStringLiteral(", %1 intervals, %2").arg(run.intervals.size()).arg(toString(run.status));
    if (!run.error.isEmpty())
        line += QStringLiteral(" (%1)").arg(run.error);
    return line;
}

} // namespace

int importCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Converts iperf3 -J output, netperf output and flent .flent.gz files into a Perfdeck "
        "results document "
        "(format perfdeck.results/1). The format of each file is detected from its content.\n"
        "Exit codes: 0 all files imported, 2 a file failed (the others are still written) or "
        "bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Write the results document to <file> "
                                               "(required; - for standard output)."),
                                        QStringLiteral("file"));
    const QCommandLineOption salvageOption(
        QStringLiteral("salvage"),
        Tr::tr("Import the complete intervals of a truncated file as a partial run."));
    parser.addOption(jsonOption);
    parser.addOption(salvageOption);
    addHistoryOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("Files to import."),
                                 QStringLiteral("FILE..."));

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     Tr::tr("Usage: perfdeck-cli import"));
        printOut(help);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(Tr::tr("import: no input files (usage: perfdeck-cli import FILE... "
                          "--json OUT)"));
        return ExitBadInput;
    }
    const QString out = parser.value(jsonOption);
    if (out.isEmpty()) {
        printError(Tr::tr("import: --json OUT is required (where to write the results "
                          "document)"));
        return ExitBadInput;
    }

    QString error;
    HistoryOptions history;
    if (!readHistoryOptions(parser, &history, &error)) {
        printError(error);
        return ExitBadInput;
    }
    if (!FileIo::checkWritable(out, &error)) {
        printError(QStringLiteral("--json: ") + error);
        return ExitBadInput;
    }

    ImportOptions options;
    options.salvageTruncated = parser.isSet(salvageOption);
    const ImportOutcome outcome = importFiles(files, options);
    for (const ImportError &importError : outcome.errors)
        printError(importError.toString());
    for (const QString &warning : outcome.warnings)
        printErr(Tr::tr("perfdeck-cli: warning: %1\n").arg(warning));

    // The document first: a closed stdout cannot cost it. With --json -, stdout is the
    // document and the human lines go to stderr.
    ResultsDocument document;
    document.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.runs = outcome.runs;
    if (!document.save(out, &error)) {
        printError(error);
        return ExitBadInput;
    }
    storeInHistory(history, outcome.runs, QStringLiteral("import"), QString(), false);
    const bool toStdout = FileIo::isStandardOutput(out);
    for (const RunResult &run : outcome.runs) {
        if (toStdout)
            printErr(describe(run) + QLatin1Char('\n'));
        else
            printOut(describe(run) + QLatin1Char('\n'));
    }
    // A group's totals come from its runs (the flows of one flent test), said once.
    for (const RunGroupTotals &group : RunGroupTotals::of(outcome.runs)) {
        const QString line =
            QStringLiteral("group %1 (%2 runs, classes %3): upload %4, download %5, total %6\n")
                .arg(group.label)
                .arg(group.runs)
                .arg(group.classes.isEmpty() ? QStringLiteral("-")
                                             : group.classes.join(QLatin1Char(' ')))
                .arg(formatBps(group.uploadBps), formatBps(group.downloadBps),
                     formatBps(group.totalBps));
        if (toStdout)
            printErr(line);
        else
            printOut(line);
    }
    printErr(Tr::tr("perfdeck-cli: wrote %n run(s) to %1%2\n", nullptr, int(outcome.runs.size()))
                 .arg(toStdout ? Tr::tr("standard output") : out,
                      outcome.ok()
                          ? QString()
                          : Tr::tr(" (%n file(s) failed)", nullptr, int(outcome.errors.size()))));
    return outcome.ok() ? ExitOk : ExitBadInput;
}

} // namespace Perfdeck::Cli

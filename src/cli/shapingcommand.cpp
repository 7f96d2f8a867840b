// perfdeck-cli shaping FILE [--run ID] [--json]: is the path of a run rate-limited by a token
// bucket, and by a shaper or a policer (qos/ShapingDetector, docs/SHAPING.md). FILE is a
// results document, a session or an iperf3 -J file. Exit 0 when analysed (whatever the
// verdict), 2 for bad input.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "model/format.h"
#include "model/runlabel.h"
#include "qos/shapingdetector.h"
#include "results/importer.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

// A results document, else a session, else anything the importer reads (iperf3 -J).
bool loadRuns(const QString &path, QList<RunResult> *runs, QString *error) {
    ResultsDocument document;
    if (ResultsDocument::load(path, &document, error)) {
        *runs = document.runs;
        return true;
    }
    // The message is translated; its start up to " (" names the case.
    const QString notResults =
        QCoreApplication::translate("Perfdeck", "not a Perfdeck results document (\"format\" is "
                                                "'%1', expected '%2')")
            .section(QLatin1String(" ("), 0, 0);
    if (!error->contains(notResults))
        return false;
    Session session;
    QString sessionError;
    if (Session::load(path, &session, &sessionError)) {
        *runs = session.runs;
        return true;
    }
    const ImportOutcome imported = importFiles({path});
    if (imported.ok() && !imported.runs.isEmpty()) {
        *runs = imported.runs;
        return true;
    }
    *error = path + Tr::tr(": neither a results document, a session nor a file "
                           "'perfdeck-cli import' reads");
    if (!imported.errors.isEmpty())
        *error += QStringLiteral(" (") + imported.errors.first().message + QLatin1Char(')');
    return false;
}

// --run takes the id, the number ("3" or "#3") as the run table shows it.
qsizetype findRun(const QList<RunResult> &runs, const QString &wanted) {
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (runs.at(i).id == wanted)
            return i;
    QString number = wanted;
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    bool ok = false;
    const int seq = number.toInt(&ok);
    if (!ok)
        return -1;
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (runs.at(i).seq == seq)
            return i;
    // Unnumbered runs (an imported file): the 1-based position.
    if (seq >= 1 && seq <= runs.size() && runs.at(seq - 1).seq == 0)
        return seq - 1;
    return -1;
}

QJsonObject runJson(const RunResult &run, const ShapingResult &shaping) {
    QJsonObject o = shaping.toJson();
    o.insert(QLatin1String("run"), run.id);
    o.insert(QLatin1String("seq"), run.seq);
    return o;
}

QString exact(const OptDouble &value, int decimals = 0) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("null");
}

QString runText(const RunResult &run, qsizetype index, const ShapingResult &s) {
    const QString name = run.seq > 0 ? runLabel(run) : QStringLiteral("run %1").arg(index + 1);
    QString text = Tr::tr("%1 (%2), %3 %4 %5, measured at the %6\n")
                       .arg(name, run.id, toString(run.engine), toString(run.protocol),
                            toString(run.direction),
                            s.measuredAt.isEmpty() ? QStringLiteral("?") : s.measuredAt);
    const auto line = [&text](const char *key, const QString &value) {
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(key), -18).arg(value);
    };
    line("shaped", s.shaped ? (*s.shaped ? QStringLiteral("yes") : QStringLiteral("no"))
                            : QStringLiteral("unknown"));
    line("kind", s.shaped ? toString(s.kind) : QStringLiteral("unknown"));
    line("sustained_bps",
         s.sustainedBps
             ? QStringLiteral("%1 (%2)").arg(exact(s.sustainedBps), Format::bitrate(s.sustainedBps))
             : QStringLiteral("null"));
    line("burst_bytes", s.burstBytes ? QStringLiteral("%1 (%2)").arg(exact(s.burstBytes),
                                                                     Format::bytes(*s.burstBytes))
                                     : QStringLiteral("null"));
    line("burst_duration_s", exact(s.burstDurationS, 2));
    line("confidence", QString::number(s.confidence, 'f', 2));
    line("reason", s.reason);
    return text;
}

} // namespace

int shapingCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Detects a token-bucket rate limit in a run's throughput series: the initial burst "
        "(bytes and duration above the sustained rate), the sustained rate, and whether it is "
        "a shaper (queues: the RTT rises, few drops) or a policer (drops: retransmits, loss). "
        "Best with -i 0.1 for 5 s or more, and with a --reverse run (the receiver's series); "
        "the shipped 'shaping' profile runs such tests. Without --run, single-stream runs are "
        "also compared with multi-stream runs over the same path (several streams filling what "
        "one cannot: a policer). FILE is a results document, a session or an iperf3 -J file. "
        "Method and limits: docs/SHAPING.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the runs to analyse"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       Tr::tr("only this run: its id or number (#3 or 3)"),
                                       QStringLiteral("ID"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), Tr::tr("print JSON: one object with --run, else {\"runs\": [...], "
                                       "\"stream_comparisons\": [...]}"));
    parser.addOptions({runOption, jsonOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(Tr::tr("shaping needs exactly one FILE (see perfdeck-cli shaping --help)"));
        return ExitBadInput;
    }
    const QString path = positional.first();
    QList<RunResult> runs;
    QString error;
    if (!loadRuns(path, &runs, &error)) {
        printError(terminalSafe(error));
        return ExitBadInput;
    }
    if (runs.isEmpty()) {
        printError(Tr::tr("%1: no runs to analyse").arg(path));
        return ExitBadInput;
    }
    QList<qsizetype> selected;
    if (parser.isSet(runOption)) {
        const QString wanted = parser.value(runOption);
        const qsizetype index = findRun(runs, wanted);
        if (index < 0) {
            QStringList known;
            for (qsizetype i = 0; i < runs.size() && i < 20; ++i)
                known << (runs.at(i).seq > 0
                              ? QStringLiteral("#%1 %2").arg(runs.at(i).seq).arg(runs.at(i).id)
                              : runs.at(i).id);
            printError(
                terminalSafe(Tr::tr("%1: no run '%2' (runs: %3%4)")
                                 .arg(path, wanted, known.join(QStringLiteral(", ")),
                                      runs.size() > 20 ? QStringLiteral(", ...") : QString())));
            return ExitBadInput;
        }
        selected << index;
    } else {
        for (qsizetype i = 0; i < runs.size(); ++i)
            selected << i;
    }

    if (parser.isSet(jsonOption)) {
        QJsonDocument document;
        if (parser.isSet(runOption)) {
            const RunResult &run = runs.at(selected.first());
            document.setObject(runJson(run, ShapingDetector::analyse(run)));
        } else {
            QJsonArray array;
            for (qsizetype index : selected)
                array.append(runJson(runs.at(index), ShapingDetector::analyse(runs.at(index))));
            QJsonArray comparisons;
            for (const StreamComparison &c : ShapingDetector::compareStreams(runs))
                comparisons.append(c.toJson());
            document.setObject(QJsonObject{{QStringLiteral("runs"), array},
                                           {QStringLiteral("stream_comparisons"), comparisons}});
        }
        return printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)))
                   ? ExitOk
                   : ExitTestFailure;
    }
    QString text;
    for (qsizetype index : selected) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += runText(runs.at(index), index, ShapingDetector::analyse(runs.at(index)));
    }
    if (!parser.isSet(runOption)) {
        // One stream against several over the same path: policer or shaper, seen another way.
        const auto nameOf = [&runs](const QString &id) {
            for (const RunResult &run : runs)
                if (run.id == id)
                    return run.seq > 0 ? runLabel(run) : id;
            return id;
        };
        for (const StreamComparison &c : ShapingDetector::compareStreams(runs))
            text += QStringLiteral("\nstreams %1 vs %2: %3\n")
                        .arg(nameOf(c.singleRun), nameOf(c.parallelRun), c.reason);
    }
    return printOut(terminalSafe(text)) ? ExitOk : ExitTestFailure;
}

} // namespace Perfdeck::Cli

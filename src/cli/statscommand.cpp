// perfdeck-cli stats FILE [--baseline FILE] [--confidence C] [--json] [--metric M]:
// statistics of one value per run (results document) or per line (CSV), optionally a verdict
// against a baseline. Exit 3 when the difference is a significant regression.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "model/format.h"
#include "model/runkind.h"
#include "results/historypairspec.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"
#include "results/samplestatistics.h"
#include "results/valueselection.h"
#include "stats/analysis.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <cstring>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

using namespace Perfdeck::Stats;

using ValueSelection::Unit;

struct Sample {
    std::vector<double> values;
    QString description; // "12 of 13 runs, throughput_bps, 1 skipped; iperf3 TCP send, ..."
    Unit unit = Unit::Plain;
    QString metricKey;
    // Results documents only (a CSV has no runs): the runs and what was selected from them.
    QList<RunResult> runs;
    std::optional<ValueSelection::Selection> selection;
};

struct Loaded {
    bool ok = false;
    Sample sample;
    QString error;
};

bool looksLikeJson(const QByteArray &bytes) {
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QString runName(const RunResult &run, qsizetype index) {
    return run.id.isEmpty() ? QStringLiteral("runs[%1]").arg(index)
                            : QStringLiteral("run '%1'").arg(run.id);
}

// The values of runs read from path (a file, or "history:PAIR" for runs of the history).
Loaded loadRuns(const QString &path, const ResultsDocument &document, const QString &metric) {
    Loaded loaded;
    const QString key = ValueSelection::resolveMetric(document.runs, metric);
    loaded.sample.metricKey = key;
    loaded.sample.unit = ValueSelection::unitOf(key);
    loaded.sample.runs = document.runs;
    ValueSelection::Options options;
    options.metricKey = key;
    options.runName = runName;
    const ValueSelection::Selection selection = ValueSelection::select(document.runs, options);
    QStringList notes;
    QStringList knownFields;
    for (const ValueSelection::Skip &skip : selection.skipped) {
        const RunResult &run = document.runs.at(skip.run);
        if (skip.cause == ValueSelection::Skip::Cause::Failed) {
            notes << Tr::tr("perfdeck-cli: note: %1: %2 skipped (status error%3)\n")
                         .arg(path, runName(run, skip.run),
                              run.error.isEmpty() ? QString() : QStringLiteral(": ") + run.error);
            continue;
        }
        notes << Tr::tr("perfdeck-cli: note: %1: %2 skipped (%3 is null)\n")
                     .arg(path, runName(run, skip.run), key);
        if (knownFields.isEmpty())
            knownFields = run.summary.toJson().keys();
    }
    for (qsizetype index : selection.partialRuns) {
        notes << Tr::tr("perfdeck-cli: note: %1: %2 is partial (stopped early%3); its "
                        "value is used\n")
                     .arg(path, runName(document.runs.at(index), index),
                          document.runs.at(index).error.isEmpty()
                              ? QString()
                              : QStringLiteral(": ") + document.runs.at(index).error);
    }
    loaded.sample.values = selection.numbers();
    loaded.sample.description = QStringLiteral("%1 of %2 runs, %3")
                                    .arg(loaded.sample.values.size())
                                    .arg(document.runs.size())
                                    .arg(key);
    if (!selection.skipped.isEmpty())
        loaded.sample.description += Tr::tr(", %1 skipped").arg(selection.skipped.size());
    if (!selection.partialRuns.isEmpty())
        loaded.sample.description +=
            QStringLiteral(", %1 partial").arg(selection.partialRuns.size());
    if (selection.kindDifferences.isEmpty() && selection.kind)
        loaded.sample.description += QStringLiteral("; ") + selection.kind->describe();
    if (loaded.sample.values.empty()) {
        loaded.error = Tr::tr("%1: no run has a value for %2").arg(path, key);
        if (!knownFields.isEmpty())
            loaded.error +=
                Tr::tr(" (--metric can name: %1)").arg(knownFields.join(QStringLiteral(", ")));
        return loaded;
    }
    for (const QString &note : notes)
        printErr(note);
    loaded.sample.selection = selection;
    loaded.ok = true;
    return loaded;
}

Loaded loadDocument(const QString &path, const QString &metric) {
    ResultsDocument document;
    Loaded unreadable;
    if (!ResultsDocument::load(path, &document, &unreadable.error))
        return unreadable;
    return loadRuns(path, document, metric);
}

// history:CLIENT..SERVER[:N]: the newest N ok runs of the pair like the candidate's (same
// engine, protocol, direction, streams, rate, duration), the candidate's own runs left out
// (a `run` just stored them in the history too).
Loaded loadHistoryBaseline(const QString &text, const Sample &candidate, const QString &metric,
                           const QString &databaseOption) {
    Loaded loaded;
    const std::optional<HistoryPairSpec> spec =
        HistoryPairSpec::parse(text.mid(int(std::strlen("history:"))), &loaded.error);
    if (!spec) {
        loaded.error = QStringLiteral("--baseline ") + loaded.error;
        return loaded;
    }
    HistoryStore store(HistoryStore::resolvePath(databaseOption));
    if (!store.open(&loaded.error))
        return loaded;
    if (!store.notice().isEmpty())
        printErr(Tr::tr("perfdeck-cli: warning: %1\n").arg(terminalSafe(store.notice())));
    HistoryFilter filter;
    filter.client = spec->client;
    filter.server = spec->server;
    filter.status = RunStatus::Ok;
    const std::optional<RunKind> kind =
        candidate.selection ? candidate.selection->kind : std::nullopt;
    if (kind) {
        filter.engine = toString(kind->engine);
        filter.protocol = toString(kind->protocol);
        filter.direction = toString(kind->direction);
    }
    const QList<HistoryEntry> entries = store.list(filter, &loaded.error);
    if (!loaded.error.isEmpty())
        return loaded;
    QSet<QString> own;
    for (const RunResult &run : candidate.runs)
        own.insert(run.id + QLatin1Char('@') + run.startedAt.toString(Qt::ISODateWithMs));
    ResultsDocument document;
    for (const HistoryEntry &entry : entries) {
        if (document.runs.size() >= spec->lastN)
            break;
        if (own.contains(entry.runId + QLatin1Char('@') +
                         entry.startedAt.toString(Qt::ISODateWithMs)))
            continue;
        const std::optional<RunResult> run = store.run(entry.id, &loaded.error);
        if (!run)
            return loaded;
        if (kind && !RunKind::of(*run).isLike(*kind))
            continue;
        document.runs.prepend(*run); // oldest first, as they ran
    }
    if (document.runs.isEmpty()) {
        loaded.error =
            Tr::tr("%1: no ok runs of %2..%3 in the history %4%5")
                .arg(text, spec->client, spec->server, store.path(),
                     kind ? QStringLiteral(" like %1").arg(kind->describe()) : QString());
        return loaded;
    }
    return loadRuns(text, document, metric);
}

// One number per line; blank lines and '#' comments are skipped, and a first line that is
// not a number is taken as a header.
Loaded loadCsv(const QString &path, const QByteArray &bytes) {
    Loaded loaded;
    loaded.sample.unit = Unit::Plain;
    loaded.sample.metricKey = QStringLiteral("value");
    const QList<QByteArray> lines = bytes.split('\n');
    bool seenContent = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i)).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        QString field = text;
        if (field.endsWith(QLatin1Char(','))) // a one-column CSV written with a trailing comma
            field.chop(1);
        bool ok = false;
        const double value = field.trimmed().toDouble(&ok);
        if (!ok && !seenContent) {
            seenContent = true;
            loaded.sample.metricKey = field.trimmed();
            continue; // header
        }
        seenContent = true;
        if (!ok) {
            loaded.error = Tr::tr("%1:%2: '%3' is not a number").arg(path).arg(i + 1).arg(text);
            return loaded;
        }
        if (!std::isfinite(value)) {
            loaded.error =
                Tr::tr("%1:%2: '%3' is not a finite number").arg(path).arg(i + 1).arg(text);
            return loaded;
        }
        loaded.sample.values.push_back(value);
    }
    if (loaded.sample.values.empty()) {
        loaded.error = Tr::tr("%1: no numbers found (expected one number per line)").arg(path);
        return loaded;
    }
    loaded.sample.description = Tr::tr("%1 values from CSV").arg(loaded.sample.values.size());
    // A header such as "throughput_bps" gives the unit.
    loaded.sample.unit = ValueSelection::unitOf(loaded.sample.metricKey);
    loaded.ok = true;
    return loaded;
}

Loaded loadValues(const QString &path, const QString &metric) {
    if (path.startsWith(QLatin1String("history:"))) {
        Loaded unsupported;
        unsupported.error = Tr::tr("%1: a history pair is a baseline only "
                                   "(--baseline history:PAIR)")
                                .arg(path);
        return unsupported;
    }
    // Bounded: `stats /dev/zero` is refused instead of reading until memory runs out.
    QByteArray bytes;
    Loaded unreadable;
    if (!FileIo::readAll(path, &bytes, &unreadable.error))
        return unreadable;
    if (looksLikeJson(bytes))
        return loadDocument(path, metric);
    return loadCsv(path, bytes);
}

QString formatValue(double value, Unit unit) {
    if (!std::isfinite(value))
        return QStringLiteral("-");
    if (unit == Unit::BitsPerSecond)
        return Format::bitrateIn(value, Format::bitrateUnit(value), 3);
    const QString number = QString::number(value, 'g', 6);
    return unit == Unit::PerSecond ? number + QStringLiteral(" /s") : number;
}

QString formatP(double p) {
    return p < 1e-4 ? QString::number(p, 'e', 2) : QString::number(p, 'f', 4);
}

QString indexList(const std::vector<qsizetype> &indices) {
    if (indices.empty())
        return QStringLiteral("none");
    QStringList parts;
    for (qsizetype index : indices)
        parts << QString::number(index);
    return parts.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &value) {
    return QStringLiteral("  %1 %2\n").arg(label, -22).arg(value);
}

std::optional<ValueSelection::Fairness> fairnessOf(const Sample &sample) {
    if (!sample.selection)
        return std::nullopt;
    return ValueSelection::jainFairness(sample.runs, *sample.selection);
}

QString fairnessText(const ValueSelection::Fairness &fairness) {
    QString text = Tr::tr("%1 over %2 streams (mean stream rates)")
                       .arg(fairness.index, 0, 'f', 4)
                       .arg(fairness.streams);
    if (fairness.runs > 1)
        text += Tr::tr(", mean of %1 runs").arg(fairness.runs);
    return text;
}

QString humanReport(const QString &path, const Sample &sample, const Analysis &analysis) {
    const Unit unit = sample.unit;
    const Descriptive &d = analysis.descriptive;
    QString out = QStringLiteral("%1 (%2)\n").arg(path, sample.description);
    out += row(QStringLiteral("n"), QString::number(d.n));
    out += row(QStringLiteral("mean"), formatValue(d.mean, unit));
    out += row(QStringLiteral("median"), formatValue(d.median, unit));
    out += row(QStringLiteral("stddev"), formatValue(d.stddev, unit));
    out +=
        row(QStringLiteral("variance"),
            std::isfinite(d.variance) ? QString::number(d.variance, 'g', 6) : QStringLiteral("-"));
    out += row(QStringLiteral("cv"), std::isfinite(d.cv)
                                         ? QStringLiteral("%1 %").arg(100 * d.cv, 0, 'f', 2)
                                         : QStringLiteral("-"));
    out += row(QStringLiteral("min / max"),
               formatValue(d.min, unit) + QStringLiteral(" / ") + formatValue(d.max, unit));
    if (analysis.ci) {
        out += row(
            QStringLiteral("%1 % CI (t)").arg(100 * analysis.ci->level),
            QStringLiteral("%1 .. %2")
                .arg(formatValue(analysis.ci->low, unit), formatValue(analysis.ci->high, unit)));
    }
    if (analysis.bootstrapCi) {
        const BootstrapInterval &b = *analysis.bootstrapCi;
        out += row(QStringLiteral("%1 % CI (bootstrap)").arg(100 * b.level),
                   QStringLiteral("%1 .. %2 (%3, %4 resamples)")
                       .arg(formatValue(b.low, unit), formatValue(b.high, unit),
                            b.method == BootstrapMethod::BCa ? QStringLiteral("BCa")
                                                             : QStringLiteral("percentile"))
                       .arg(b.resamples));
    }
    out += row(QStringLiteral("outliers (index)"),
               QStringLiteral("IQR: %1; z-score: %2; MAD: %3")
                   .arg(indexList(analysis.outliers.iqr), indexList(analysis.outliers.zScore),
                        indexList(analysis.outliers.mad)));
    if (analysis.normality) {
        const NormalityTest &t = *analysis.normality;
        const bool shapiro = t.kind == NormalityTestKind::ShapiroWilk;
        out += row(QStringLiteral("normality"),
                   QStringLiteral("%1 %2 = %3, p = %4")
                       .arg(shapiro ? QStringLiteral("Shapiro-Wilk")
                                    : QStringLiteral("D'Agostino-Pearson"),
                            shapiro ? QStringLiteral("W") : QStringLiteral("K2"))
                       .arg(t.statistic, 0, 'f', 4)
                       .arg(formatP(t.p)));
    }
    if (const auto fairness = fairnessOf(sample))
        out += row(Tr::tr("Jain fairness"), fairnessText(*fairness));
    for (const QString &note : analysis.notes)
        out += row(QStringLiteral("note"), note);
    return out;
}

QString humanComparison(const QString &baselinePath, const Sample &baseline, const Comparison &c,
                        double confidence, const QStringList &warnings) {
    QString out = Tr::tr("\nagainst baseline %1 (%2)\n").arg(baselinePath, baseline.description);
    for (const QString &warning : warnings)
        out += row(QStringLiteral("WARNING"), warning);
    out += row(Tr::tr("change of the mean"),
               std::isfinite(c.changePercent)
                   ? QStringLiteral("%1%2 %")
                         .arg(c.changePercent >= 0 ? QStringLiteral("+") : QString())
                         .arg(c.changePercent, 0, 'f', 2)
                   : QStringLiteral("-"));
    out += row(QStringLiteral("Welch t-test"), QStringLiteral("t = %1, df = %2, p = %3")
                                                   .arg(c.welch.t, 0, 'f', 4)
                                                   .arg(c.welch.df, 0, 'f', 2)
                                                   .arg(formatP(c.welch.p)));
    out += row(
        QStringLiteral("Mann-Whitney U"),
        QStringLiteral("U = %1, p = %2 (%3)")
            .arg(c.mannWhitney.u)
            .arg(formatP(c.mannWhitney.p))
            .arg(c.mannWhitney.exact ? QStringLiteral("exact") : Tr::tr("normal approximation")));
    QString verdict = toString(c.verdict).toUpper();
    verdict +=
        c.significant
            ? Tr::tr(" (significant at %1 % confidence)").arg(100 * confidence)
            : Tr::tr(" (no significant difference at %1 % confidence)").arg(100 * confidence);
    if (!warnings.isEmpty())
        verdict += Tr::tr(" - but the tests are not alike (see WARNING)");
    out += row(QStringLiteral("verdict"), verdict);
    return out;
}

} // namespace

int statsCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Statistics of one value per run of a results document (summary.throughput_bps, or\n"
        "transactions_per_s for latency tests) or of a CSV with one number per line.\n"
        "With --baseline: Welch t-test, Mann-Whitney U and a verdict; exit 3 on a significant\n"
        "regression. Exit 2 on bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("results document or CSV"));
    const QCommandLineOption baselineOption(
        QStringLiteral("baseline"),
        Tr::tr("compare against this results document or CSV, or history:CLIENT..SERVER"
               "[:N]: the newest N (default 10) ok runs of that pair in the history "
               "like the runs of FILE"),
        QStringLiteral("FILE"));
    const QCommandLineOption historyOption(
        QStringLiteral("history-db"),
        Tr::tr("history database of --baseline history:... (default: "
               "$PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)"),
        QStringLiteral("FILE"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              Tr::tr("confidence level (default 0.95)"),
                                              QStringLiteral("C"), QStringLiteral("0.95"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("print JSON"));
    const QCommandLineOption metricOption(
        QStringLiteral("metric"),
        Tr::tr("throughput | transactions | a summary field such as rtt_mean_us or "
               "latency_us.p99 (default: throughput, else transactions)"),
        QStringLiteral("M"), QStringLiteral("auto"));
    const QCommandLineOption directionOption(
        QStringLiteral("direction"),
        Tr::tr("higher | lower is better (default: lower for latency/rtt/jitter/loss/"
               "retransmit fields, else higher)"),
        QStringLiteral("D"));
    const QCommandLineOption resamplesOption(QStringLiteral("resamples"),
                                             Tr::tr("bootstrap resamples (default 10000; 0: none)"),
                                             QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({baselineOption, historyOption, confidenceOption, jsonOption, metricOption,
                       directionOption, resamplesOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(Tr::tr("stats needs exactly one FILE (see perfdeck-cli stats --help)"));
        return ExitBadInput;
    }
    bool ok = false;
    const double confidence = parser.value(confidenceOption).toDouble(&ok);
    if (!ok || !(confidence > 0 && confidence < 1)) {
        printError(Tr::tr("--confidence '%1' must be a number between 0 and 1, e.g. 0.95")
                       .arg(parser.value(confidenceOption)));
        return ExitBadInput;
    }
    const int resamples = parser.value(resamplesOption).toInt(&ok);
    if (!ok || resamples < 0 || resamples == 1) {
        printError(
            Tr::tr("--resamples '%1' must be 0 or at least 2").arg(parser.value(resamplesOption)));
        return ExitBadInput;
    }
    const QString metric = parser.value(metricOption);

    const QString path = positional.first();
    const Loaded candidate = loadValues(path, metric);
    if (!candidate.ok) {
        printError(candidate.error);
        return ExitBadInput;
    }
    AnalysisOptions options;
    options.confidence = confidence;
    options.bootstrap = resamples > 0;
    options.bootstrapOptions.resamples = std::max(resamples, 2);
    const Result<Analysis> analysis = analyze(candidate.sample.values, options);
    if (!analysis) {
        printError(path + QStringLiteral(": ") + analysis.error());
        return ExitBadInput;
    }

    std::optional<Comparison> comparison;
    QStringList comparisonWarnings;
    Loaded baseline;
    if (parser.isSet(baselineOption)) {
        // The baseline is read for the candidate's metric: each side choosing its own default
        // would compare bit/s with transactions/s.
        const QString baselineMetric =
            candidate.sample.selection ? candidate.sample.metricKey : metric;
        const QString baselineSource = parser.value(baselineOption);
        baseline = baselineSource.startsWith(QLatin1String("history:"))
                       ? loadHistoryBaseline(baselineSource, candidate.sample, baselineMetric,
                                             parser.value(historyOption))
                       : loadValues(baselineSource, baselineMetric);
        if (!baseline.ok) {
            printError(baseline.error);
            return ExitBadInput;
        }
        CompareOptions compareOptions;
        compareOptions.confidence = confidence;
        compareOptions.better = ValueSelection::betterOf(candidate.sample.metricKey);
        if (parser.isSet(directionOption)) {
            const QString direction = parser.value(directionOption);
            if (direction == QLatin1String("higher")) {
                compareOptions.better = Better::Higher;
            } else if (direction == QLatin1String("lower")) {
                compareOptions.better = Better::Lower;
            } else {
                printError(Tr::tr("--direction '%1' must be 'higher' or 'lower'").arg(direction));
                return ExitBadInput;
            }
        }
        const Result<Comparison> result =
            compareToBaseline(candidate.sample.values, baseline.sample.values, compareOptions);
        if (!result) {
            printError(Tr::tr("cannot compare %1 with %2: %3")
                           .arg(path, parser.value(baselineOption), result.error()));
            return ExitBadInput;
        }
        comparison = *result;
        if (candidate.sample.selection && baseline.sample.selection)
            comparisonWarnings = ValueSelection::comparisonWarnings(*candidate.sample.selection,
                                                                    *baseline.sample.selection);
    }
    // Said on stderr in both output modes, so a script that reads --json still shows it.
    QStringList sampleWarnings;
    if (candidate.sample.selection && !candidate.sample.selection->kindDifferences.isEmpty())
        sampleWarnings << Tr::tr("%1 mixes unlike runs: %2")
                              .arg(path, candidate.sample.selection->kindDifferences.join(
                                             QStringLiteral(", ")));
    for (const QString &warning : sampleWarnings)
        printErr(Tr::tr("perfdeck-cli: warning: %1\n").arg(warning));
    for (const QString &warning : comparisonWarnings)
        printErr(Tr::tr("perfdeck-cli: warning: %1 against %2: %3\n")
                     .arg(path, parser.value(baselineOption), warning));

    if (parser.isSet(jsonOption)) {
        // The same composition as a report's groups[].statistics (results/samplestatistics).
        const QJsonObject json = statisticsJson(*analysis, fairnessOf(candidate.sample),
                                                sampleWarnings, comparison, comparisonWarnings);
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        for (const QString &note : analysis->notes)
            printErr(QStringLiteral("perfdeck-cli: note: %1: %2\n").arg(path, note));
    } else {
        QString text = humanReport(path, candidate.sample, *analysis);
        if (comparison)
            text += humanComparison(parser.value(baselineOption), baseline.sample, *comparison,
                                    confidence, comparisonWarnings);
        printOut(text);
    }
    if (comparison && comparison->verdict == Verdict::Regressed)
        return ExitRegression;
    return ExitOk;
}

} // namespace Perfdeck::Cli

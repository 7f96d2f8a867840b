#include "cli/runoutputs.h"

#include "cli/historyoptions.h"
#include "cli/reportfile.h"
#include "model/runlabel.h"

#include "exec/jobrunner.h"
#include "model/directionpair.h"
#include "model/format.h"
#include "model/instanceaggregate.h"
#include "qos/patternphases.h"
#include "results/csvexport.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

// The measured runs, when the file the user asked for cannot hold them (a full disk, a folder
// that went away): a results document under $XDG_DATA_HOME/perfdeck/rescued, else in the
// temporary folder. Returns the message that says where they are, or that they are lost.
QString rescueRuns(const QList<RunResult> &runs) {
    ResultsDocument doc;
    doc.runs = runs;
    doc.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
    const QByteArray bytes = doc.toBytes();
    const QString name =
        QStringLiteral("perfdeck-run-%1-%2.json")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 QString::number(QCoreApplication::applicationPid()));
    QStringList tried;
    const QStringList dirs{QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               QStringLiteral("/perfdeck/rescued"),
                           QDir::tempPath()};
    for (const QString &dir : dirs) {
        if (dir.isEmpty() || !QDir().mkpath(dir))
            continue;
        const QString path = dir + QLatin1Char('/') + name;
        QString error;
        if (FileIo::writeAtomically(path, bytes, &error))
            return Tr::tr("the measured runs were kept in %1 instead").arg(path);
        tried << error;
    }
    return Tr::tr("the measured runs could not be kept anywhere (%1); the history "
                  "database has them unless it failed too")
        .arg(tried.join(QLatin1String("; ")));
}

// --json, --csv, --session and --report, each attempted; *runsKept once the runs are in a
// results document or a session.
bool writeRunFiles(const RunOptions &options, const QList<RunResult> &finishedRuns,
                   Session &session, QStringList *errors, bool *runsKept) {
    QString error;
    bool ok = true;
    if (!options.jsonPath.isEmpty()) {
        ResultsDocument doc;
        doc.runs = finishedRuns;
        doc.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
        if (!doc.save(options.jsonPath, &error)) {
            *errors << error;
            ok = false;
        } else {
            *runsKept = true;
        }
    }
    if (!options.csvPath.isEmpty()) {
        if (!CsvExport::writeFile(options.csvPath, CsvExport::intervals(finishedRuns), &error)) {
            *errors << error;
            ok = false;
        }
    }
    if (!options.sessionPath.isEmpty()) {
        session.specs.append(options.specs);
        session.runs.append(finishedRuns);
        if (!session.save(options.sessionPath, &error)) {
            *errors << error;
            ok = false;
        } else {
            *runsKept = true;
        }
    }
    // Then the history, so a report's history trend has these runs too (a failure there is
    // said, not fatal); last the report, made from what the files above already hold.
    storeInHistory(options.history, finishedRuns, QStringLiteral("run"), options.profileName,
                   options.quiet);
    if (!options.reportPath.isEmpty()) {
        ReportInput input;
        input.kind = QStringLiteral("results");
        input.title = options.profileName.isEmpty()
                          ? Tr::tr("perfdeck-cli run")
                          : Tr::tr("perfdeck-cli run --profile %1").arg(options.profileName);
        input.createdAt = QDateTime::currentDateTimeUtc();
        input.modifiedAt = input.createdAt;
        input.runs = finishedRuns;
        input.matrix = session.matrix;
        numberRuns(input.runs);
        ReportFileOptions report;
        report.templateArg = options.reportTemplate;
        report.outPath = options.reportPath;
        if (!options.history.disabled)
            report.historyPath = HistoryStore::resolvePath(options.history.databasePath);
        if ((!options.baselinePath.isEmpty() &&
             !input.loadBaseline(options.baselinePath, &error)) ||
            !writeReportFile(input, report, &error)) {
            *errors << QStringLiteral("report: ") + error;
            ok = false;
        }
    }
    return ok;
}

} // namespace

bool writeRunOutputs(const RunOptions &options, const QList<RunResult> &finishedRuns,
                     Session &session, QStringList *errors) {
    bool runsKept = false;
    const bool ok = writeRunFiles(options, finishedRuns, session, errors, &runsKept);
    // A failed file, and the runs are in no results document or session: keep them somewhere.
    if (!ok && !runsKept && !finishedRuns.isEmpty())
        *errors << rescueRuns(finishedRuns);
    return ok;
}

QString repeatSummary(const QList<TestSpec> &specs, const QList<RunResult> &results) {
    QString out;
    // Aggregate over the repeats of each test (a profile's tests are not averaged together).
    qsizetype first = 0;
    for (const TestSpec &spec : specs) {
        const int runs = int(JobRunner::expandRuns({spec}).size());
        if (runs != qMax(1, spec.repeat)) {
            // Instances: instanceSummary() gives their figures per repeat.
            first += runs;
            continue;
        }
        QList<double> values;
        QList<double> transactions; // netperf _RR runs
        for (const RunResult &r : results.mid(first, runs)) {
            if (r.id.isEmpty() || r.status != RunStatus::Ok)
                continue;
            if (r.summary.throughputBps)
                values << *r.summary.throughputBps;
            else if (r.summary.transactionsPerS)
                transactions << *r.summary.transactionsPerS;
        }
        first += runs;
        const QString prefix = spec.name.isEmpty() ? QString() : spec.name + QStringLiteral(": ");
        if (values.size() > 1) {
            double sum = 0;
            for (double v : values)
                sum += v;
            const double mean = sum / values.size();
            double ss = 0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            const double sd = std::sqrt(ss / (values.size() - 1));
            out += (prefix +
                    QStringLiteral("%1 runs: mean %2, stddev %3, min %4, max %5\n")
                        .arg(values.size())
                        .arg(Format::bitrate(mean), Format::bitrate(sd),
                             Format::bitrate(*std::min_element(values.begin(), values.end())),
                             Format::bitrate(*std::max_element(values.begin(), values.end()))));
        }
        if (transactions.size() > 1) {
            double sum = 0;
            for (double v : transactions)
                sum += v;
            out += (prefix +
                    QStringLiteral("%1 runs: mean %2 transactions/s, min %3, max %4\n")
                        .arg(transactions.size())
                        .arg(Format::number(sum / transactions.size(), 1),
                             Format::number(
                                 *std::min_element(transactions.begin(), transactions.end()), 1),
                             Format::number(
                                 *std::max_element(transactions.begin(), transactions.end()), 1)));
        }
    }

    return out;
}

QString directionSummary(const QList<RunResult> &runs) {
    QString out;
    for (const DirectionPair &p : DirectionPair::of(runs)) {
        const auto rate = [](const OptDouble &v) {
            return v ? Format::bitrate(*v) : QStringLiteral("n/a");
        };
        out +=
            QStringLiteral("%1 -> %2: forward %3, reverse %4, asymmetry %5\n")
                .arg(p.client, p.server, rate(p.forwardBps), rate(p.reverseBps),
                     p.asymmetry ? QString::number(*p.asymmetry, 'f', 3) : QStringLiteral("n/a"));
    }
    return out;
}

QString patternSummary(const QList<RunResult> &runs) {
    QString out;
    for (const RunResult &r : runs) {
        if (r.pattern.isEmpty() || r.intervals.isEmpty())
            continue;
        const QList<PatternPhases::Phase> phases = PatternPhases::of(r);
        if (phases.isEmpty()) {
            out += Tr::tr("%1 pattern %2: no phase holds a whole reporting interval (a shorter "
                          "--interval measures shorter phases)\n")
                       .arg(runLabel(r), r.pattern);
            continue;
        }
        out += Tr::tr("%1 pattern %2, requested and achieved rate per phase:\n")
                   .arg(runLabel(r), r.pattern);
        for (const PatternPhases::Phase &p : phases)
            out += QStringLiteral("  ") + PatternPhases::describe(p) + QLatin1Char('\n');
    }
    return out;
}

QString instanceSummary(const QList<RunResult> &results) {
    QString out;
    for (const InstanceAggregate &a : InstanceAggregate::of(results)) {
        const bool rr = !a.totalBps && a.totalTransactionsPerS;
        auto value = [rr](const OptDouble &v) {
            if (!v)
                return QStringLiteral("n/a");
            return rr ? Format::number(*v, 1) + QStringLiteral(" trans/s") : Format::bitrate(*v);
        };
        out += QStringLiteral("%1%2 instances: total %3")
                   .arg(a.cell.isEmpty() ? QString() : a.cell + QStringLiteral(": "))
                   .arg(a.instances)
                   .arg(value(rr ? a.totalTransactionsPerS : a.totalBps));
        if (a.measured < a.instances)
            out += QStringLiteral(" (%1 of %2 measured)").arg(a.measured).arg(a.instances);
        if (rr && a.latencyMeanUs)
            out += Tr::tr(", latency mean %1 µs, worst p99 %2 µs")
                       .arg(Format::number(*a.latencyMeanUs, 1),
                            a.latencyP99Us ? Format::number(*a.latencyP99Us, 1)
                                           : QStringLiteral("n/a"));
        out += QStringLiteral(", min %1, max %2").arg(value(a.minValue), value(a.maxValue));
        if (a.jainIndex)
            out += QStringLiteral(", Jain %1").arg(*a.jainIndex, 0, 'f', 3);
        if (a.spreadPercent)
            out += QStringLiteral(", spread %1 %").arg(*a.spreadPercent, 0, 'f', 1);
        out += a.startSkewMs ? Tr::tr(", start skew %1 ms").arg(*a.startSkewMs, 0, 'f', 2)
                             : Tr::tr(", start skew not measured");
        out += QLatin1Char('\n');
        QStringList each;
        for (int i = 0; i < a.perInstance.size(); ++i)
            each << QStringLiteral("#%1 %2").arg(i + 1).arg(value(a.perInstance.at(i)));
        out += Tr::tr("  per instance: ") + each.join(QLatin1String(", ")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Perfdeck::Cli

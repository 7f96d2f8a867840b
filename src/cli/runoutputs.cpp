#include "cli/runoutputs.h"

#include "cli/reportfile.h"
#include "model/runlabel.h"

#include "exec/jobrunner.h"
#include "model/directionpair.h"
#include "model/format.h"
#include "model/instanceaggregate.h"
#include "results/csvexport.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <algorithm>
#include <cmath>

namespace Perfdeck::Cli {

bool writeRunOutputs(const RunOptions &options, const QList<RunResult> &finishedRuns,
                     Session &session, QStringList *errors) {
    QString error;
    bool ok = true;
    if (!options.jsonPath.isEmpty()) {
        ResultsDocument doc;
        doc.runs = finishedRuns;
        doc.generator = QStringLiteral("perfdeck-cli " PERFDECK_VERSION);
        if (!doc.save(options.jsonPath, &error)) {
            *errors << error;
            ok = false;
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
        }
    }
    // Last: the report is made from what the files above already hold.
    if (!options.reportPath.isEmpty()) {
        ReportInput input;
        input.kind = QStringLiteral("results");
        input.title =
            options.profileName.isEmpty()
                ? QStringLiteral("perfdeck-cli run")
                : QStringLiteral("perfdeck-cli run --profile %1").arg(options.profileName);
        input.createdAt = QDateTime::currentDateTimeUtc();
        input.modifiedAt = input.createdAt;
        input.runs = finishedRuns;
        input.matrix = session.matrix;
        numberRuns(input.runs);
        ReportFileOptions report;
        report.templateArg = options.reportTemplate;
        report.outPath = options.reportPath;
        if ((!options.baselinePath.isEmpty() &&
             !input.loadBaseline(options.baselinePath, &error)) ||
            !writeReportFile(input, report, &error)) {
            *errors << QStringLiteral("report: ") + error;
            ok = false;
        }
    }
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
            out += QStringLiteral(", latency mean %1 µs, worst p99 %2 µs")
                       .arg(Format::number(*a.latencyMeanUs, 1),
                            a.latencyP99Us ? Format::number(*a.latencyP99Us, 1)
                                           : QStringLiteral("n/a"));
        out += QStringLiteral(", min %1, max %2").arg(value(a.minValue), value(a.maxValue));
        if (a.jainIndex)
            out += QStringLiteral(", Jain %1").arg(*a.jainIndex, 0, 'f', 3);
        if (a.spreadPercent)
            out += QStringLiteral(", spread %1 %").arg(*a.spreadPercent, 0, 'f', 1);
        out += a.startSkewMs ? QStringLiteral(", start skew %1 ms").arg(*a.startSkewMs, 0, 'f', 2)
                             : QStringLiteral(", start skew not measured");
        out += QLatin1Char('\n');
        QStringList each;
        for (int i = 0; i < a.perInstance.size(); ++i)
            each << QStringLiteral("#%1 %2").arg(i + 1).arg(value(a.perInstance.at(i)));
        out +=
            QStringLiteral("  per instance: ") + each.join(QLatin1String(", ")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Perfdeck::Cli

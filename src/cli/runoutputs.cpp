#include "cli/runoutputs.h"

#include "model/format.h"
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
    return ok;
}

QString repeatSummary(const QList<TestSpec> &specs, const QList<RunResult> &results) {
    QString out;
    // Aggregate over the repeats of each test (a profile's tests are not averaged together).
    qsizetype first = 0;
    for (const TestSpec &spec : specs) {
        const int runs = qMax(1, spec.repeat);
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

} // namespace Perfdeck::Cli

#include "monitor/prometheustext.h"

#include "monitor/liveruns.h"

#include <cmath>

namespace Perfdeck {

namespace {

struct Metric {
    const char *name;
    const char *type;
    const char *help;
};

// In the order they are printed; the run_* ones carry the run labels.
constexpr Metric Throughput{"perfdeck_run_throughput_bits_per_second", "gauge",
                            "Throughput of the run's latest interval (the final figure once "
                            "it ended), receiver side."};
constexpr Metric Reverse{"perfdeck_run_reverse_throughput_bits_per_second", "gauge",
                         "Throughput of the reverse direction of a bidirectional run."};
constexpr Metric Transactions{"perfdeck_run_transactions_per_second", "gauge",
                              "Transactions per second of a request/response run."};
constexpr Metric Retransmits{"perfdeck_run_retransmits_total", "counter",
                             "TCP retransmits counted so far in the run."};
constexpr Metric Progress{"perfdeck_run_progress_ratio", "gauge",
                          "Elapsed share of the run's planned time (1 once it ended)."};
constexpr Metric Elapsed{"perfdeck_run_elapsed_seconds", "gauge", "Time the run has measured."};
constexpr Metric Planned{"perfdeck_run_planned_seconds", "gauge",
                         "Time the run is planned to take."};
constexpr Metric State{"perfdeck_run_state", "gauge",
                       "1 for the state the run is in (starting, running, stopping, finished, "
                       "failed, stopped), 0 for the others."};
constexpr Metric Active{"perfdeck_runs_active", "gauge", "Runs starting, running or stopping."};
constexpr Metric Runs{"perfdeck_runs", "gauge", "Runs known to the exporter, by state."};

constexpr LiveStatus AllStatuses[] = {LiveStatus::Starting, LiveStatus::Running,
                                      LiveStatus::Stopping, LiveStatus::Finished,
                                      LiveStatus::Failed,   LiveStatus::Stopped};

void header(QByteArray &out, const Metric &metric) {
    out += "# HELP ";
    out += metric.name;
    out += ' ';
    out += metric.help;
    out += "\n# TYPE ";
    out += metric.name;
    out += ' ';
    out += metric.type;
    out += '\n';
}

void sample(QByteArray &out, const Metric &metric, const QByteArray &labels, double value) {
    out += metric.name;
    out += labels;
    out += ' ';
    out += prometheusNumber(value);
    out += '\n';
}

QByteArray runLabels(const LiveRun &run) {
    QByteArray labels = "{run=\"";
    labels += prometheusLabelValue(run.runId);
    labels += "\",engine=\"";
    labels += prometheusLabelValue(run.engine);
    labels += "\",protocol=\"";
    labels += prometheusLabelValue(run.protocol);
    labels += "\",client=\"";
    labels += prometheusLabelValue(run.client);
    labels += "\",server=\"";
    labels += prometheusLabelValue(run.server);
    labels += "\"}";
    return labels;
}

} // namespace

QByteArray prometheusContentType() {
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray prometheusLabelValue(const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray prometheusNumber(double value) {
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray prometheusText(const LiveRuns &runs) {
    const QList<LiveRun> &all = runs.runs();
    QList<QByteArray> labels;
    labels.reserve(all.size());
    for (const LiveRun &run : all)
        labels.append(runLabels(run));

    QByteArray out;
    out.reserve(1024 + all.size() * 1400);
    // One family at a time: the format wants a metric's samples together under its TYPE.
    const auto family = [&](const Metric &metric, auto valueOf) {
        header(out, metric);
        for (int i = 0; i < all.size(); ++i) {
            if (const std::optional<double> value = valueOf(all.at(i)))
                sample(out, metric, labels.at(i), *value);
        }
    };
    family(Throughput,
           [](const LiveRun &r) { return r.isRequestResponse() ? std::nullopt : r.rateBps; });
    family(Reverse, [](const LiveRun &r) { return r.reverseRateBps; });
    family(Transactions, [](const LiveRun &r) { return r.transactionsPerS; });
    family(Retransmits, [](const LiveRun &r) { return r.retransmits; });
    family(Progress, [](const LiveRun &r) { return std::optional(r.progressRatio()); });
    family(Elapsed, [](const LiveRun &r) { return std::optional(r.elapsedS); });
    family(Planned,
           [](const LiveRun &r) { return r.totalS > 0 ? std::optional(r.totalS) : std::nullopt; });
    header(out, State);
    for (int i = 0; i < all.size(); ++i) {
        for (const LiveStatus status : AllStatuses) {
            QByteArray stateLabels = labels.at(i);
            stateLabels.chop(1);
            stateLabels += ",state=\"" + toString(status).toLatin1() + "\"}";
            sample(out, State, stateLabels, all.at(i).status == status ? 1 : 0);
        }
    }
    header(out, Active);
    sample(out, Active, QByteArray(), runs.activeCount());
    header(out, Runs);
    for (const LiveStatus status : AllStatuses) {
        int n = 0;
        for (const LiveRun &run : all)
            n += run.status == status ? 1 : 0;
        sample(out, Runs, "{state=\"" + toString(status).toLatin1() + "\"}", n);
    }
    return out;
}

} // namespace Perfdeck

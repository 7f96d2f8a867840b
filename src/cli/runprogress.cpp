#include "cli/runprogress.h"

#include "cli/clioutput.h"
#include "engines/netperfcommand.h"
#include "exec/jobrunner.h"
#include "model/format.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

RunProgress::RunProgress(const QList<TestSpec> &runSpecs, bool quiet, bool resultsToStderr,
                         QObject *parent)
    : QObject(parent)
    , m_runSpecs(runSpecs)
    , m_samplesSeen(runSpecs.size(), 0)
    , m_lastSecondShown(runSpecs.size(), -1)
    , m_quiet(quiet)
    , m_resultsToStderr(resultsToStderr) {}

void RunProgress::follow(JobRunner &runner) {
    connect(&runner, &JobRunner::runStarted, this, &RunProgress::onRunStarted);
    connect(&runner, &JobRunner::intervalSample, this, &RunProgress::onSample);
    connect(&runner, &JobRunner::runProgress, this, &RunProgress::onProgress);
    connect(&runner, &JobRunner::runFinished, this, &RunProgress::onRunFinished);
}

void RunProgress::onRunStarted(int index, const QString &id, const TestSpec &spec) {
    if (m_quiet)
        return;
    const bool remoteClient =
        !spec.clientHost.isEmpty() && spec.clientHost != QLatin1String("local");
    printErr(QStringLiteral("[%1/%2] %3: %4 test %5against %6 for %7 s\n")
                 .arg(index + 1)
                 .arg(m_runSpecs.size())
                 .arg(spec.name.isEmpty() ? id : id + QStringLiteral(" ") + spec.name,
                      spec.engine == Engine::Netperf
                          ? QStringLiteral("netperf ") + NetperfCommand::testName(spec)
                          : toString(spec.protocol).toUpper(),
                      remoteClient ? QStringLiteral("from %1 ").arg(spec.clientHost) : QString(),
                      spec.targetLabel())
                 .arg(spec.durationS));
}

void RunProgress::onSample(int index, const IntervalSample &s) {
    if (index < 0 || index >= m_runSpecs.size())
        return;
    ++m_samplesSeen[index];
    if (m_quiet)
        return;
    const TestSpec &spec = m_runSpecs.at(index);
    QString line =
        QStringLiteral("[%1/%2] %3/%4 s  %5")
            .arg(index + 1)
            .arg(m_runSpecs.size())
            .arg(s.endS, 5, 'f', 1)
            .arg(spec.engine == Engine::Netperf ? NetperfCommand::expectedSeconds(spec)
                                                : spec.durationS + spec.omitS)
            .arg((s.transactionsPerS
                      ? QStringLiteral("%1 Trans/s").arg(Format::number(s.transactionsPerS, 1))
                      : Format::bitrate(s.bps))
                     .rightJustified(13));
    if (s.reverseBps)
        line += QStringLiteral("  reverse %1").arg(Format::bitrate(s.reverseBps));
    if (s.retransmits && *s.retransmits > 0)
        line += QStringLiteral("  retr %1").arg(*s.retransmits);
    if (s.lostPercent)
        line += QStringLiteral("  lost %1").arg(Format::percent(*s.lostPercent, 2));
    if (s.omitted)
        line += QStringLiteral("  (omitted)");
    printErr(line + QLatin1Char('\n'));
}

// Without a live source (iperf3 < 3.17 against a server we did not start), show time.
void RunProgress::onProgress(int index, double elapsed, double total) {
    if (m_quiet || index < 0 || index >= m_runSpecs.size() || m_samplesSeen[index] > 0)
        return;
    const int second = int(elapsed);
    // Live samples normally arrive about one interval in; only say "waiting" when none came
    // well after that.
    if (second == m_lastSecondShown[index] || second < m_runSpecs.at(index).intervalS + 1.5)
        return;
    m_lastSecondShown[index] = second;
    if (second > total + 2)
        return;
    printErr(Tr::tr("[%1/%2] %3/%4 s  (waiting for the result)\n")
                 .arg(index + 1)
                 .arg(m_runSpecs.size())
                 .arg(std::min<double>(second, total), 5, 'f', 1)
                 .arg(total));
}

void RunProgress::onRunFinished(int index, const RunResult &result) {
    // A profile's runs say which of its tests they are.
    const QString name =
        index >= 0 && index < m_runSpecs.size() ? m_runSpecs.at(index).name : QString();
    const QString text =
        (name.isEmpty() ? QString() : name + QStringLiteral(": ")) + describeRun(result);
    if (m_holding)
        m_held += text;
    else if (m_resultsToStderr)
        printErr(text);
    else
        printOut(text);
}

void RunProgress::releaseResults() {
    m_holding = false;
    if (m_held.isEmpty())
        return;
    if (m_resultsToStderr)
        printErr(m_held);
    else
        printOut(m_held);
    m_held.clear();
}

QString RunProgress::describeRun(const RunResult &r) {
    // A run with an end on an inventory host names its hosts.
    const QString where =
        r.clientAddress.isEmpty() && r.serverAddress.isEmpty()
            ? r.server
            : QStringLiteral("%1 -> %2 (%3)")
                  .arg(r.clientHost.isEmpty() ? r.client : r.clientHost,
                       r.serverHost.isEmpty() ? r.serverAddress : r.serverHost, r.server);
    QString head =
        QStringLiteral("%1  %2 %3 %4  %5  %6 stream%7")
            .arg(r.id, toString(r.engine), toString(r.protocol), toString(r.direction), where)
            .arg(r.streams)
            .arg(r.streams == 1 ? QString() : QStringLiteral("s"));
    if (r.durationS)
        head += QStringLiteral("  %1 s").arg(*r.durationS);
    QStringList parts;
    const Summary &s = r.summary;
    if (s.transactionsPerS) {
        parts << QStringLiteral("%1 transactions/s").arg(Format::number(s.transactionsPerS, 1));
        const LatencyStats &l = s.latencyUs;
        if (l.p50 || l.p90 || l.p99)
            parts << QStringLiteral("latency p50 %1, p90 %2, p99 %3")
                         .arg(l.p50 ? Format::latencyUs(*l.p50) : QStringLiteral("-"),
                              l.p90 ? Format::latencyUs(*l.p90) : QStringLiteral("-"),
                              l.p99 ? Format::latencyUs(*l.p99) : QStringLiteral("-"));
        if (l.mean)
            parts << QStringLiteral("mean %1").arg(Format::latencyUs(*l.mean));
        if (l.min && l.max)
            parts << QStringLiteral("min %1, max %2")
                         .arg(Format::latencyUs(*l.min), Format::latencyUs(*l.max));
    }
    if (s.throughputBps || !s.transactionsPerS)
        parts << QStringLiteral("throughput %1").arg(Format::bitrate(s.throughputBps));
    if (s.sentBps)
        parts << QStringLiteral("sent %1").arg(Format::bitrate(s.sentBps));
    if (s.retransmits)
        parts << QStringLiteral("retransmits %1").arg(Format::number(s.retransmits));
    if (s.rttMeanUs)
        parts << QStringLiteral("rtt %1").arg(Format::latencyUs(*s.rttMeanUs));
    if (s.jitterMs)
        parts << QStringLiteral("jitter %1 ms").arg(Format::number(s.jitterMs, 3));
    if (s.lostPercent)
        parts << QStringLiteral("lost %1").arg(Format::percent(*s.lostPercent, 2));
    if (s.cpuLocalPercent && s.cpuRemotePercent)
        parts << QStringLiteral("cpu %1 local / %2 remote")
                     .arg(Format::percent(*s.cpuLocalPercent),
                          Format::percent(*s.cpuRemotePercent));
    QString text = head + QStringLiteral("\n  ") + parts.join(QStringLiteral(", "));
    if (r.reverseSummary) {
        text += QStringLiteral("\n  reverse: throughput %1")
                    .arg(Format::bitrate(r.reverseSummary->throughputBps));
        if (r.reverseSummary->retransmits)
            text += QStringLiteral(", retransmits %1")
                        .arg(Format::number(r.reverseSummary->retransmits));
    }
    if (r.engine == Engine::Netperf) {
        for (const QString &warning : r.warnings)
            text += QStringLiteral("\n  note: ") + warning;
    }
    if (r.status != RunStatus::Ok)
        text += QStringLiteral("\n  %1: %2").arg(toString(r.status).toUpper(), r.error);
    return text + QLatin1Char('\n');
}

} // namespace Perfdeck::Cli

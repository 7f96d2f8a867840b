#include "monitor/liveruns.h"

#include "engines/netperfcommand.h"
#include "exec/jobrunner.h"
#include "model/runlabel.h"
#include "monitor/resourcemonitor.h"
#include "qos/patternrun.h"

namespace Perfdeck {

namespace {

// The run as its description functions see it before it has a result.
RunResult skeletonOf(const TestSpec &spec) {
    RunResult r;
    r.engine = PatternRun::engineOf(spec);
    r.protocol = spec.protocol;
    r.direction = spec.direction;
    r.streams = spec.parallel;
    r.embeddedServer = spec.usesEmbeddedServer();
    r.clientHost = spec.clientHost;
    r.serverHost = spec.serverHost;
    r.server = spec.targetLabel();
    if (spec.engine == Engine::Netperf)
        r.test = NetperfCommand::testName(spec);
    return r;
}

QString hostName(const QString &name) {
    return name.isEmpty() ? QStringLiteral("local") : name;
}

void fillLabels(LiveRun &run, const RunResult &skeleton, const TestSpec &spec) {
    run.specLabel = spec.name.isEmpty() ? runDescription(skeleton) : spec.name;
    run.engine = toString(skeleton.engine);
    run.protocol = toString(skeleton.protocol);
    run.client = hostName(skeleton.clientHost);
    run.server = skeleton.embeddedServer || !skeleton.serverHost.isEmpty()
                     ? hostName(skeleton.serverHost)
                     : (spec.host.isEmpty() ? skeleton.server : spec.host);
    run.pairLabel = run.client + QStringLiteral(" \u2192 ") + run.server;
}

double plannedSeconds(const TestSpec &spec) {
    return spec.engine == Engine::Netperf ? NetperfCommand::expectedSeconds(spec)
                                          : spec.durationS + spec.omitS;
}

} // namespace

QString toString(LiveStatus status) {
    switch (status) {
    case LiveStatus::Starting:
        return QStringLiteral("starting");
    case LiveStatus::Running:
        return QStringLiteral("running");
    case LiveStatus::Stopping:
        return QStringLiteral("stopping");
    case LiveStatus::Finished:
        return QStringLiteral("finished");
    case LiveStatus::Failed:
        return QStringLiteral("failed");
    case LiveStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString toString(LiveLogLevel level) {
    switch (level) {
    case LiveLogLevel::Info:
        return QStringLiteral("info");
    case LiveLogLevel::Warning:
        return QStringLiteral("warning");
    case LiveLogLevel::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool LiveRun::isActive() const {
    return status == LiveStatus::Starting || status == LiveStatus::Running ||
           status == LiveStatus::Stopping;
}

double LiveRun::progressRatio() const {
    if (!isActive())
        return 1;
    if (totalS <= 0)
        return 0;
    return qBound(0.0, elapsedS / totalS, 1.0);
}

bool LiveRun::isRequestResponse() const {
    return spec.engine == Engine::Netperf && isRequestResponseTest(NetperfCommand::testName(spec));
}

LiveRuns::LiveRuns(QObject *parent)
    : QObject(parent) {}

LiveRuns::~LiveRuns() = default;

void LiveRuns::attach(JobRunner *runner) {
    if (!runner || m_runners.contains(runner))
        return;
    m_runners.append(runner);
    connect(runner, &JobRunner::runStarted, this,
            [this, runner](int index, const QString &id, const TestSpec &spec) {
                onRunStarted(runner, index, id, spec);
            });
    connect(runner, &JobRunner::intervalSample, this,
            [this, runner](int index, const IntervalSample &sample) {
                onSample(runner, index, sample);
            });
    connect(runner, &JobRunner::runProgress, this,
            [this, runner](int index, double elapsed, double total) {
                onProgress(runner, index, elapsed, total);
            });
    connect(runner, &JobRunner::runStopping, this,
            [this, runner](int index) { onStopping(runner, index); });
    connect(runner, &JobRunner::runEnded, this,
            [this, runner](int index, const RunResult &result) { onEnded(runner, index, result); });
    connect(
        runner, &JobRunner::runFinished, this,
        [this, runner](int index, const RunResult &result) { onFinished(runner, index, result); });
    connect(runner, &JobRunner::logLine, this,
            [this, runner](int index, const QString &origin, const QString &line) {
                const int row = rowOf(runner, index);
                appendLog(row >= 0 ? m_runs.at(row).runId : QString(), origin,
                          levelOf(origin, line), line);
            });
    connect(runner->resourceMonitor(), &ResourceMonitor::runSampled, this,
            [this, runner](int index) {
                const int row = rowOf(runner, index);
                if (row < 0)
                    return;
                const ResourceMonitor::RunFigures f = runner->resourceMonitor()->latest(index);
                m_runs[row].clientCpuPercent = f.clientCpuPercent;
                m_runs[row].serverCpuPercent = f.serverCpuPercent;
                changed(row);
            });
    // The raw pointer is only a key by then: the runner is half destroyed.
    connect(runner, &QObject::destroyed, this, [this, runner] { onRunnerGone(runner); });
}

void LiveRuns::detach(JobRunner *runner) {
    if (!runner)
        return;
    disconnect(runner, nullptr, this, nullptr);
    m_runners.removeAll(runner);
}

void LiveRuns::setRateHistory(int samples) {
    m_rateHistory = qMax(1, samples);
    for (int row = 0; row < m_runs.size(); ++row)
        m_runs[row].recentRates.setCapacity(m_rateHistory);
}

void LiveRuns::setLogCapacity(int lines) {
    m_log.setCapacity(qMax(1, lines));
}

void LiveRuns::setMaxRuns(int runs) {
    m_maxRuns = qMax(1, runs);
    prune();
}

void LiveRuns::setRunNumberer(std::function<int(const QString &)> numberer) {
    m_runNumberer = std::move(numberer);
}

int LiveRuns::runNumber(const QString &runId) const {
    if (m_runNumberer) {
        if (const int number = m_runNumberer(runId); number > 0)
            return number;
    }
    return rowOf(runId) + 1;
}

QString LiveRuns::runName(const QString &runId) const {
    const int number = runNumber(runId);
    return number > 0 ? QStringLiteral("#%1").arg(number) : QStringLiteral("-");
}

int LiveRuns::rowOf(const QString &runId) const {
    return m_rowById.value(runId, -1);
}

int LiveRuns::rowOf(const JobRunner *runner, int index) const {
    return m_rowByIndex.value(Key(runner, index), -1);
}

bool LiveRuns::stop(int row) {
    if (row < 0 || row >= m_runs.size() || !m_runs.at(row).isActive())
        return false;
    JobRunner *runner = m_sources.at(row).runner;
    if (!runner)
        return false;
    if (m_runs.at(row).status == LiveStatus::Stopping)
        return true;
    return runner->cancelRun(m_sources.at(row).index);
}

void LiveRuns::appendLog(const QString &runId, const QString &origin, LiveLogLevel level,
                         const QString &text) {
    LiveLogEntry entry;
    entry.sequence = ++m_logSequence;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.runId = runId;
    entry.origin = origin;
    entry.level = level;
    entry.text = text;
    m_log.append(entry);
    Q_EMIT logAppended(entry);
}

void LiveRuns::clearEnded() {
    QList<LiveRun> runs;
    QList<Source> sources;
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).isActive() || m_runs.at(row).awaitingGroup) {
            runs.append(m_runs.at(row));
            sources.append(m_sources.at(row));
        }
    }
    m_runs = runs;
    m_sources = sources;
    rebuildIndex();
    Q_EMIT runsReset();
}

LiveLogLevel LiveRuns::levelOf(const QString &origin, const QString &text) {
    Q_UNUSED(origin)
    // Tool output is mostly figures; only its own error and warning words raise the level.
    if (text.contains(QLatin1String("error"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("failed"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        return LiveLogLevel::Error;
    if (text.contains(QLatin1String("warning"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("interrupt"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("retry"), Qt::CaseInsensitive))
        return LiveLogLevel::Warning;
    return LiveLogLevel::Info;
}

void LiveRuns::onRunStarted(JobRunner *runner, int index, const QString &runId,
                            const TestSpec &spec) {
    const Key key(runner, index);
    int row = rowOf(runner, index);
    const bool retry = row >= 0 && (m_runs.at(row).isActive() || m_runs.at(row).awaitingGroup);
    LiveRun run;
    run.runId = runId;
    run.spec = spec;
    fillLabels(run, skeletonOf(spec), spec);
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.totalS = plannedSeconds(spec);
    run.recentRates.setCapacity(m_rateHistory);
    if (retry) {
        // A new attempt of the same run (a transient failure was retried): same row.
        m_rowById.remove(m_runs.at(row).runId);
        run.revision = m_runs.at(row).revision + 1;
        m_runs[row] = run;
    } else {
        row = int(m_runs.size());
        m_runs.append(run);
        m_sources.append({runner, index});
        m_rowByIndex.insert(key, row);
    }
    m_rowById.insert(runId, row);
    appendLog(runId, QStringLiteral("perfdeck"), LiveLogLevel::Info,
              tr("%1 started: %2, %3").arg(runId, run.specLabel, run.pairLabel));
    if (retry) {
        Q_EMIT runChanged(row);
        Q_EMIT statusChanged(row, run.status);
    } else {
        Q_EMIT runAdded(row);
    }
    recountActive();
    prune();
}

void LiveRuns::onSample(JobRunner *runner, int index, const IntervalSample &sample) {
    const int row = rowOf(runner, index);
    if (row < 0 || !m_runs.at(row).isActive())
        return;
    LiveRun &run = m_runs[row];
    run.rateBps = sample.bps;
    run.reverseRateBps = sample.reverseBps;
    run.transactionsPerS = sample.transactionsPerS;
    if (sample.retransmits)
        run.retransmits = run.retransmits.value_or(0) + *sample.retransmits;
    ++run.samples;
    run.elapsedS = qMax(run.elapsedS, sample.endS);
    const OptDouble rate = sample.transactionsPerS ? sample.transactionsPerS : sample.bps;
    if (rate)
        run.recentRates.append(*rate);
    if (run.status == LiveStatus::Starting)
        setStatus(row, LiveStatus::Running);
    changed(row);
}

void LiveRuns::onProgress(JobRunner *runner, int index, double elapsedS, double totalS) {
    const int row = rowOf(runner, index);
    if (row < 0 || !m_runs.at(row).isActive())
        return;
    LiveRun &run = m_runs[row];
    run.elapsedS = qMax(run.elapsedS, elapsedS);
    if (totalS > 0)
        run.totalS = totalS;
    if (run.status == LiveStatus::Starting && elapsedS > 0)
        setStatus(row, LiveStatus::Running);
    changed(row);
}

void LiveRuns::onStopping(JobRunner *runner, int index) {
    const int row = rowOf(runner, index);
    if (row < 0 || !m_runs.at(row).isActive() || m_runs.at(row).status == LiveStatus::Stopping)
        return;
    appendLog(m_runs.at(row).runId, QStringLiteral("perfdeck"), LiveLogLevel::Info,
              tr("%1: stopping").arg(m_runs.at(row).runId));
    setStatus(row, LiveStatus::Stopping);
    changed(row);
}

void LiveRuns::onEnded(JobRunner *runner, int index, const RunResult &result) {
    const int row = rowOf(runner, index);
    if (row < 0 || !m_runs.at(row).isActive())
        return;
    m_runs[row].awaitingGroup = true;
    endRun(row, result);
}

void LiveRuns::onFinished(JobRunner *runner, int index, const RunResult &result) {
    int row = rowOf(runner, index);
    if (row >= 0 && m_runs.at(row).awaitingGroup) {
        // Shown ended when it ended; now its result is final (group, start skew).
        LiveRun &run = m_runs[row];
        run.awaitingGroup = false;
        run.result = result;
        run.error = result.error;
        changed(row);
        return;
    }
    if (row < 0 || !m_runs.at(row).isActive()) {
        // Never started (cancelled in the queue): a row of its own, so every run is seen.
        TestSpec spec;
        spec.engine = result.engine;
        spec.protocol = result.protocol;
        spec.direction = result.direction;
        spec.parallel = result.streams;
        spec.clientHost = result.clientHost;
        spec.serverHost = result.serverHost;
        LiveRun run;
        run.runId = result.id;
        run.spec = spec;
        fillLabels(run, result, spec);
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.recentRates.setCapacity(m_rateHistory);
        row = int(m_runs.size());
        m_runs.append(run);
        m_sources.append({runner, index});
        m_rowByIndex.insert(Key(runner, index), row);
        m_rowById.insert(result.id, row);
        Q_EMIT runAdded(row);
    }
    endRun(row, result);
}

void LiveRuns::endRun(int row, const RunResult &result) {
    LiveRun &run = m_runs[row];
    const bool stopping = run.status == LiveStatus::Stopping;
    run.result = result;
    run.error = result.error;
    if (result.durationS)
        run.elapsedS = *result.durationS;
    // The final figures replace the last interval's: they are what the run measured.
    if (result.summary.throughputBps)
        run.rateBps = result.summary.throughputBps;
    if (result.summary.transactionsPerS)
        run.transactionsPerS = result.summary.transactionsPerS;
    if (result.summary.retransmits)
        run.retransmits = result.summary.retransmits;
    LiveStatus status = LiveStatus::Finished;
    if (stopping)
        status = LiveStatus::Stopped;
    else if (result.status != RunStatus::Ok)
        status = LiveStatus::Failed;
    appendLog(run.runId, QStringLiteral("perfdeck"),
              status == LiveStatus::Failed ? LiveLogLevel::Error : LiveLogLevel::Info,
              result.error.isEmpty()
                  ? tr("%1 %2").arg(run.runId, toString(status))
                  : tr("%1 %2: %3").arg(run.runId, toString(status), result.error));
    setStatus(row, status);
    changed(row);
    recountActive();
    prune();
}

void LiveRuns::onRunnerGone(const JobRunner *runner) {
    m_runners.removeAll(nullptr);
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_sources.at(row).runner || !m_runs.at(row).isActive())
            continue;
        if (m_rowByIndex.value(Key(runner, m_sources.at(row).index), -1) != row)
            continue;
        m_runs[row].error = tr("its runner went away before it ended");
        setStatus(row, LiveStatus::Failed);
        changed(row);
    }
    for (auto it = m_rowByIndex.begin(); it != m_rowByIndex.end();) {
        if (it.key().first == runner)
            it = m_rowByIndex.erase(it);
        else
            ++it;
    }
    recountActive();
}

void LiveRuns::setStatus(int row, LiveStatus status) {
    if (m_runs.at(row).status == status)
        return;
    m_runs[row].status = status;
    Q_EMIT statusChanged(row, status);
}

void LiveRuns::changed(int row) {
    ++m_runs[row].revision;
    Q_EMIT runChanged(row);
}

void LiveRuns::recountActive() {
    int active = 0;
    for (const LiveRun &run : std::as_const(m_runs))
        active += run.isActive() ? 1 : 0;
    if (active == m_activeCount)
        return;
    m_activeCount = active;
    Q_EMIT activeCountChanged(active);
}

void LiveRuns::prune() {
    if (m_runs.size() <= m_maxRuns)
        return;
    qsizetype excess = m_runs.size() - m_maxRuns;
    QList<LiveRun> runs;
    QList<Source> sources;
    runs.reserve(m_runs.size());
    for (int row = 0; row < m_runs.size(); ++row) {
        if (excess > 0 && !m_runs.at(row).isActive() && !m_runs.at(row).awaitingGroup) {
            --excess;
            continue;
        }
        runs.append(m_runs.at(row));
        sources.append(m_sources.at(row));
    }
    m_runs = runs;
    m_sources = sources;
    rebuildIndex();
    Q_EMIT runsReset();
}

void LiveRuns::rebuildIndex() {
    // Only the newest row of a runner's index stays reachable by that index.
    m_rowByIndex.clear();
    m_rowById.clear();
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_sources.at(row).runner)
            m_rowByIndex.insert(Key(m_sources.at(row).runner.data(), m_sources.at(row).index), row);
        m_rowById.insert(m_runs.at(row).runId, row);
    }
}

} // namespace Perfdeck

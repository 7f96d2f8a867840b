#include "exec/jobrunner.h"

#include "engines/netperfcommand.h"
#include "exec/environmentcollector.h"
#include "exec/iperf3run.h"
#include "exec/locallauncher.h"
#include "exec/netperfrun.h"
#include "exec/startbarrier.h"
#include "model/measuredsummary.h"
#include "monitor/resourcemonitor.h"
#include "qos/patternrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

QString newRunId() {
    return QStringLiteral("run-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

RunResult unstartedResult(const TestSpec &spec, const QString &id, const QString &error) {
    RunResult r;
    r.id = id;
    r.status = RunStatus::Error;
    r.error = error;
    r.engine = spec.engine;
    r.protocol = spec.protocol;
    r.direction = spec.direction;
    r.streams = spec.parallel;
    r.server = spec.targetLabel();
    r.clientHost = spec.clientHost;
    r.serverHost = spec.serverHost;
    return r;
}

// What the spec says about a run that its tool cannot: which netperf test it was, and that
// its server was the throw-away one on loopback. A partial run gets the figures of the time
// it ran.
void completeFromSpec(RunResult &run, const TestSpec &spec) {
    if (spec.engine == Engine::Netperf && run.test.isEmpty())
        run.test = NetperfCommand::testName(spec);
    run.embeddedServer = spec.usesEmbeddedServer();
    run.pattern = spec.pattern;
    run.memoryLimitBytes = spec.memoryLimitBytes;
    completePartialRun(run);
}

} // namespace

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
    , m_localLauncher(new LocalLauncher(this))
    , m_resources(new ResourceMonitor(this)) {
    m_launchers.insert(LocalLauncher::LocalHostName, m_localLauncher);
}

JobRunner::~JobRunner() {
    m_resources->stopAll();
    // Local probes run on the thread pool; remote ones belong to their launchers.
    for (QFuture<void> &probe : m_localProbes)
        probe.waitForFinished();
    // Runs still active go first (their process destructors kill and reap any tool still
    // alive): they give their ports back to the launchers, which are children created
    // earlier and would be deleted before them.
    const QList<TestRun *> active = std::exchange(m_active, {});
    qDeleteAll(active);
}

QString JobRunner::canonicalHost(const QString &hostName) {
    return hostName.isEmpty() ? LocalLauncher::LocalHostName : hostName;
}

void JobRunner::setIperf3Path(const QString &path) {
    m_iperf3Path = path;
    m_iperf3.remove(LocalLauncher::LocalHostName);
}

void JobRunner::setNetperfPath(const QString &path) {
    m_netperfPath = path;
    m_netperf.remove(LocalLauncher::LocalHostName);
}

void JobRunner::setLauncher(HostLauncher *launcher) {
    m_launchers.insert(launcher->hostName(), launcher);
    m_iperf3.remove(launcher->hostName());
    m_netperf.remove(launcher->hostName());
}

void JobRunner::removeLauncher(const QString &hostName) {
    const QString name = canonicalHost(hostName);
    if (name == LocalLauncher::LocalHostName)
        return;
    m_resources->forgetHost(name);
    m_launchers.remove(name);
    m_iperf3.remove(name);
    m_netperf.remove(name);
}

HostLauncher *JobRunner::launcher(const QString &hostName) const {
    return m_launchers.value(canonicalHost(hostName));
}

Iperf3Info JobRunner::iperf3Info(const QString &hostName) const {
    return m_iperf3.value(canonicalHost(hostName));
}

NetperfInfo JobRunner::netperfInfo(const QString &hostName) const {
    return m_netperf.value(canonicalHost(hostName));
}

QList<TestSpec> JobRunner::expandRuns(const QList<TestSpec> &specs, QList<RunSlot> *slots) {
    QList<TestSpec> runs;
    if (slots)
        slots->clear();
    int job = 0;
    for (const TestSpec &spec : specs) {
        TestSpec run = spec;
        // netperf runs one stream per process: its streams are instances.
        if (spec.engine == Engine::Netperf && spec.parallel > 1) {
            run.instances = spec.instances * spec.parallel;
            run.parallel = 1;
        }
        const int n = qMax(1, run.instances);
        for (int r = 0; r < qMax(1, spec.repeat); ++r, ++job) {
            for (int i = 0; i < n; ++i) {
                runs.append(run);
                if (slots)
                    slots->append({job, n > 1 ? i + 1 : 0, n > 1 ? n : 0});
            }
        }
    }
    return runs;
}

void JobRunner::setMaxRetries(int retries, int retryDelayMs) {
    m_maxRetries = qMax(0, retries);
    m_retryDelayMs = qMax(0, retryDelayMs);
}

void JobRunner::start(const QList<TestSpec> &specs) {
    if (m_running)
        return;
    m_queue = expandRuns(specs, &m_slots);
    m_jobs.clear();
    QList<PlanJob> planJobs;
    for (int index = 0; index < m_queue.size(); ++index) {
        const RunSlot &slot = m_slots.at(index);
        if (slot.job == m_jobs.size()) {
            const TestSpec &spec = m_queue.at(index);
            m_jobs.append(JobState{});
            // An external server is a host of its own for the per-host limit.
            planJobs.append({spec.cell, canonicalHost(spec.clientHost),
                             spec.usesEmbeddedServer() ? canonicalHost(spec.serverHost) : spec.host,
                             qMax(1, slot.instances)});
        }
        m_jobs[slot.job].indexes.append(index);
    }
    m_scheduler.setLimits({m_maxConcurrent, m_maxPerHost, m_maxRetries});
    m_scheduler.setJobs(planJobs);
    m_results = QList<RunResult>(m_queue.size());
    m_finishedCount = 0;
    m_cancelled = false;
    m_running = true;
    // Sampled as often as the densest test reports, but not more than twice a second.
    double interval = 60;
    for (const TestSpec &spec : std::as_const(m_queue))
        interval = std::min(interval, spec.intervalS);
    m_resources->setIntervalS(std::max(0.5, interval));
    probeTools();
    collectEnvironments();
    if (m_probeWatchers.isEmpty())
        launchMore();
}

void JobRunner::probeTools() {
    // What each host needs in this batch: the client's tool, and the server's where Perfdeck
    // starts it. A host's tools are probed once; this machine's stay known once found.
    QSet<QString> iperf3Hosts;
    QSet<QString> netperfHosts;
    for (const TestSpec &spec : std::as_const(m_queue)) {
        QSet<QString> &hosts = spec.engine == Engine::Netperf ? netperfHosts : iperf3Hosts;
        hosts.insert(canonicalHost(spec.clientHost));
        if (spec.usesEmbeddedServer())
            hosts.insert(canonicalHost(spec.serverHost));
    }
    for (auto it = m_iperf3.begin(); it != m_iperf3.end();) {
        const bool keep = it.key() == LocalLauncher::LocalHostName && it.value().found;
        it = keep ? std::next(it) : m_iperf3.erase(it);
    }
    for (auto it = m_netperf.begin(); it != m_netperf.end();) {
        const bool keep = it.key() == LocalLauncher::LocalHostName && it.value().found;
        it = keep ? std::next(it) : m_netperf.erase(it);
    }
    for (const QString &host : std::as_const(iperf3Hosts)) {
        HostLauncher *launcher = m_launchers.value(host);
        if (!launcher || m_iperf3.contains(host))
            continue; // an unknown host fails its runs by name in createRun()
        auto *watcher = new QFutureWatcher<Iperf3Info>(this);
        m_probeWatchers.append(watcher);
        connect(watcher, &QFutureWatcher<Iperf3Info>::finished, this, [this, watcher, host] {
            Iperf3Info info;
            if (watcher->future().resultCount() > 0)
                info = watcher->result();
            else
                info.error = Tr::tr("iperf3 could not be probed on %1").arg(host);
            m_iperf3.insert(host, info);
            m_probeWatchers.removeOne(watcher);
            watcher->deleteLater();
            onProbed();
        });
        const QFuture<Iperf3Info> probe =
            launcher->probeIperf3(launcher->isLocal() ? m_iperf3Path : QString());
        if (launcher->isLocal())
            m_localProbes.append(QFuture<void>(probe));
        watcher->setFuture(probe);
    }
    for (const QString &host : std::as_const(netperfHosts)) {
        HostLauncher *launcher = m_launchers.value(host);
        if (!launcher || m_netperf.contains(host))
            continue;
        auto *watcher = new QFutureWatcher<NetperfInfo>(this);
        m_probeWatchers.append(watcher);
        connect(watcher, &QFutureWatcher<NetperfInfo>::finished, this, [this, watcher, host] {
            NetperfInfo info;
            if (watcher->future().resultCount() > 0)
                info = watcher->result();
            else
                info.error = Tr::tr("netperf could not be probed on %1").arg(host);
            m_netperf.insert(host, info);
            m_probeWatchers.removeOne(watcher);
            watcher->deleteLater();
            onProbed();
        });
        const QFuture<NetperfInfo> probe =
            launcher->probeNetperf(launcher->isLocal() ? m_netperfPath : QString());
        if (launcher->isLocal())
            m_localProbes.append(QFuture<void>(probe));
        watcher->setFuture(probe);
    }
}

std::pair<QString, QString> JobRunner::peers(const TestSpec &spec) const {
    // The client looks towards the server it connects to; the server towards the client. A
    // remote server serving this machine's client sees it as the SSH client's address (empty).
    HostLauncher *client = launcher(spec.clientHost);
    HostLauncher *server = spec.usesEmbeddedServer() ? launcher(spec.serverHost) : nullptr;
    if (!client)
        return {};
    const QString towardsServer = server ? server->address() : spec.host;
    if (!server)
        return {towardsServer, {}};
    const bool sshClientAddress = client->isLocal() && !server->isLocal();
    return {towardsServer, sshClientAddress ? QString() : client->address()};
}

void JobRunner::collectEnvironments() {
    // Once per host and peer in a batch, beside the tool probes: the runs start after both.
    m_environments.clear();
    QList<std::pair<QString, QString>> wanted;
    for (const TestSpec &spec : std::as_const(m_queue)) {
        const auto [clientPeer, serverPeer] = peers(spec);
        wanted << std::pair(canonicalHost(spec.clientHost), clientPeer);
        if (spec.usesEmbeddedServer())
            wanted << std::pair(canonicalHost(spec.serverHost), serverPeer);
    }
    for (const auto &[host, peer] : std::as_const(wanted)) {
        HostLauncher *hostLauncher = m_launchers.value(host);
        const QString key = host + QLatin1Char('\n') + peer;
        if (!hostLauncher || m_environments.contains(key))
            continue;
        m_environments.insert(key, HostEnvironment());
        auto *watcher = new QFutureWatcher<HostEnvironment>(this);
        m_probeWatchers.append(watcher);
        connect(watcher, &QFutureWatcher<HostEnvironment>::finished, this, [this, watcher, key] {
            if (watcher->future().resultCount() > 0)
                m_environments.insert(key, watcher->result());
            m_probeWatchers.removeOne(watcher);
            watcher->deleteLater();
            onProbed();
        });
        const QFuture<HostEnvironment> future = EnvironmentCollector::collect(hostLauncher, peer);
        if (hostLauncher->isLocal())
            m_localProbes.append(QFuture<void>(future));
        watcher->setFuture(future);
    }
}

std::optional<HostEnvironment> JobRunner::environment(const QString &hostName, const QString &peer,
                                                      Engine engine) const {
    const QString host = canonicalHost(hostName);
    HostEnvironment e = m_environments.value(host + QLatin1Char('\n') + peer);
    if (e.isEmpty())
        return std::nullopt;
    // The versions the runs used, from this batch's probes.
    if (engine == Engine::Iperf3 && m_iperf3.value(host).found)
        e.iperf3Version = m_iperf3.value(host).versionString();
    if (engine == Engine::Netperf && m_netperf.value(host).found)
        e.netperfVersion = m_netperf.value(host).versionString();
    return e;
}

void JobRunner::onProbed() {
    // Launch once every probe this batch started has finished.
    if (!m_probeWatchers.isEmpty())
        return;
    m_localProbes.clear();
    if (m_running)
        launchMore();
}

TestRun *JobRunner::createRun(const TestSpec &spec, const QString &id, QString *error) {
    RunHosts hosts;
    hosts.client = launcher(spec.clientHost);
    hosts.server = spec.usesEmbeddedServer() ? launcher(spec.serverHost) : hosts.client;
    for (const QString &name : {spec.clientHost, spec.serverHost}) {
        if (!launcher(name)) {
            QStringList known = m_launchers.keys();
            known.sort();
            *error = Tr::tr("unknown host '%1' (known hosts: %2)")
                         .arg(name, known.join(QLatin1String(", ")));
            return nullptr;
        }
    }
    const QString client = canonicalHost(spec.clientHost);
    const QString server = spec.usesEmbeddedServer() ? canonicalHost(spec.serverHost) : client;
    const QDir rawDir(m_rawOutputDirectory);
    if (spec.engine == Engine::Netperf) {
        auto *run =
            new NetperfRun(spec, hosts, m_netperf.value(client), m_netperf.value(server), id, this);
        if (!m_rawOutputDirectory.isEmpty())
            run->setRawOutputPath(rawDir.filePath(id + QLatin1String(".txt")));
        return run;
    }
    if (!spec.pattern.isEmpty())
        return new PatternRun(spec, hosts, m_iperf3.value(client), m_iperf3.value(server), id,
                              this);
    auto *run =
        new Iperf3Run(spec, hosts, m_iperf3.value(client), m_iperf3.value(server), id, this);
    if (!m_rawOutputDirectory.isEmpty())
        run->setRawOutputPath(rawDir.filePath(id + QLatin1String(".json")));
    return run;
}

QList<int> JobRunner::cpusOf(const TestSpec &spec, int instance) const {
    // Each instance on one CPU of the list, in turn ("auto": all CPUs of this machine).
    QList<int> cpus;
    if (spec.affinity == QLatin1String("auto")) {
        for (int cpu = 0; cpu < qMax(1, QThread::idealThreadCount()); ++cpu)
            cpus << cpu;
    } else {
        cpus = parseCpuList(spec.affinity).value_or(QList<int>{});
    }
    if (cpus.isEmpty())
        return {};
    return {cpus.at(qMax(0, instance - 1) % cpus.size())};
}

void JobRunner::reportUnstarted() {
    // Jobs the scheduler will never start (cancelled before their turn) still get a result
    // for every index, so every index is reported exactly once.
    for (int job = 0; job < m_jobs.size(); ++job) {
        JobState &state = m_jobs[job];
        if (state.reported || m_scheduler.status(job) != CellStatus::Skipped)
            continue;
        state.reported = true;
        Q_EMIT jobStatusChanged(job, CellStatus::Skipped, m_scheduler.reason(job));
        for (const int index : std::as_const(state.indexes)) {
            RunResult r = unstartedResult(m_queue.at(index), newRunId(),
                                          Tr::tr("cancelled by the user before the test started"));
            completeFromSpec(r, m_queue.at(index));
            r.cell = m_queue.at(index).cell;
            r.instance = m_slots.at(index).instance;
            r.instances = m_slots.at(index).instances;
            m_results[index] = r;
            ++m_finishedCount;
            Q_EMIT runFinished(index, r);
        }
    }
}

void JobRunner::launchMore() {
    if (m_cancelled && m_active.isEmpty())
        reportUnstarted();
    while (!m_cancelled) {
        const int job = m_scheduler.takeNext();
        if (job < 0)
            break;
        launchJob(job);
    }
    if (m_active.isEmpty() && m_refusedPending == 0 && m_scheduler.isFinished() && m_running) {
        m_running = false;
        m_resources->stopAll();
        Q_EMIT finished();
    }
}

void JobRunner::launchJob(int job) {
    JobState &state = m_jobs[job];
    const int n = int(state.indexes.size());
    state.results = QList<RunResult>(n);
    state.remaining = n;
    const TestSpec &first = m_queue.at(state.indexes.first());
    // The gate also pins CPUs and limits memory, so a single instance goes through it too.
    if (n > 1 || !first.affinity.isEmpty() || first.memoryLimitBytes)
        state.barrier = new StartBarrier(n, this);
    m_scheduler.markRunning(job);
    Q_EMIT jobStatusChanged(job, CellStatus::Running, QString());
    for (int i = 0; i < n; ++i) {
        const int index = state.indexes.at(i);
        const TestSpec &spec = m_queue.at(index);
        const QString id = newRunId();
        QString error;
        TestRun *run = createRun(spec, id, &error);
        Q_EMIT runStarted(index, id, spec);
        if (!run) {
            // Reported from the event loop, like a run that fails at once.
            state.results[i] = unstartedResult(spec, id, error);
            --state.remaining;
            if (state.barrier)
                state.barrier->withdraw();
            continue;
        }
        if (state.barrier) {
            if (auto *toolRun = qobject_cast<ToolRun *>(run))
                toolRun->setStartBarrier(state.barrier, i,
                                         cpusOf(spec, m_slots.at(index).instance));
        }
        m_active.append(run);
        m_activeIndex.insert(run, index);
        m_resources->track(index, run);
        connect(run, &TestRun::intervalSample, this,
                [this, index](const IntervalSample &s) { Q_EMIT intervalSample(index, s); });
        connect(run, &TestRun::logLine, this,
                [this, index](const QString &origin, const QString &line) {
                    Q_EMIT logLine(index, origin, line);
                });
        connect(run, &TestRun::progress, this, [this, index](double elapsed, double total) {
            Q_EMIT runProgress(index, elapsed, total);
        });
        connect(run, &TestRun::finished, this, [this, index, run](const RunResult &result) {
            m_active.removeOne(run);
            m_activeIndex.remove(run);
            run->deleteLater();
            onRunFinished(index, result);
        });
        // Deferred: a run that fails at once must not finish inside this loop.
        QMetaObject::invokeMethod(run, &TestRun::start, Qt::QueuedConnection);
    }
    if (state.remaining == 0) {
        ++m_refusedPending;
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                --m_refusedPending;
                completeJob(job);
            },
            Qt::QueuedConnection);
    }
}

void JobRunner::onRunFinished(int index, const RunResult &finished) {
    const RunSlot &slot = m_slots.at(index);
    JobState &state = m_jobs[slot.job];
    RunResult result = finished;
    const TestSpec &spec = m_queue.at(index);
    completeFromSpec(result, spec);
    const auto [clientPeer, serverPeer] = peers(spec);
    result.clientEnvironment = environment(spec.clientHost, clientPeer, spec.engine);
    if (spec.usesEmbeddedServer())
        result.serverEnvironment = environment(spec.serverHost, serverPeer, spec.engine);
    if (std::optional<ResourceUsage> usage = m_resources->finish(index)) {
        result.warnings += usage->cpuBoundWarnings();
        result.resources = std::move(usage);
    }
    result.cell = m_queue.at(index).cell;
    result.instance = slot.instance;
    result.instances = slot.instances;
    if (!result.cell.isEmpty() && result.instances == 0) {
        // A plan's runs always say which instance they were (DESIGN: cell, instance).
        result.instance = 1;
        result.instances = 1;
    }
    state.results[int(state.indexes.indexOf(index))] = result;
    if (--state.remaining == 0)
        completeJob(slot.job);
    else
        Q_EMIT runEnded(index, result);
}

void JobRunner::completeJob(int job) {
    JobState &state = m_jobs[job];
    if (state.indexes.size() > 1) {
        // The instances are one test: a shared group (RunGroupTotals, InstanceAggregate).
        const QString group = QStringLiteral("instances-") +
                              QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const TestSpec &spec = m_queue.at(state.indexes.first());
        const QString label =
            QStringLiteral("%1 instances%2")
                .arg(state.indexes.size())
                .arg(spec.cell.isEmpty() ? QString() : QStringLiteral(" of ") + spec.cell);
        for (RunResult &r : state.results) {
            r.group = group;
            r.groupLabel = label;
        }
    }
    if (state.barrier) {
        // Every client was released before any could end: all stamps are in by now.
        const OptDouble skew = state.barrier->skewMs();
        for (RunResult &r : state.results) {
            if (r.instances > 0)
                r.startSkewMs = skew;
        }
        state.barrier->deleteLater();
        state.barrier = nullptr;
    }
    bool ok = true;
    bool measured = false;
    QString error;
    for (const RunResult &r : std::as_const(state.results)) {
        measured = measured || !r.intervals.isEmpty();
        if (r.status != RunStatus::Ok) {
            ok = false;
            if (error.isEmpty())
                error = r.error;
        }
    }
    // A run that failed mid-test ("connection reset" after intervals came in) keeps its data
    // as a partial result rather than being retried from scratch.
    const CellStatus status = m_scheduler.finish(job, ok, error, measured);
    if (status == CellStatus::Queued && !m_cancelled) {
        // A transient failure with attempts left: this attempt's results are dropped.
        Q_EMIT jobStatusChanged(job, status, m_scheduler.reason(job));
        Q_EMIT logLine(state.indexes.first(), QStringLiteral("perfdeck"), m_scheduler.reason(job));
        QTimer::singleShot(m_retryDelayMs, this, [this, job] {
            m_scheduler.releaseRetry(job);
            launchMore();
        });
        launchMore();
        return;
    }
    if (status == CellStatus::Queued) // cancelled while it waited for its retry
        m_scheduler.skip(job, QStringLiteral("cancelled"));
    state.reported = true;
    for (int i = 0; i < state.indexes.size(); ++i) {
        const int index = state.indexes.at(i);
        m_results[index] = state.results.at(i);
        ++m_finishedCount;
        Q_EMIT runFinished(index, state.results.at(i));
    }
    // After the runs: whoever follows the job finds their results in results().
    Q_EMIT jobStatusChanged(job, m_scheduler.status(job), m_scheduler.reason(job));
    launchMore();
}

void JobRunner::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_scheduler.cancel();
    if (!m_probeWatchers.isEmpty())
        return; // onProbed() -> launchMore() reports the queue as cancelled
    const QList<TestRun *> active = m_active;
    for (TestRun *run : active) {
        Q_EMIT runStopping(m_activeIndex.value(run, -1));
        run->cancel();
    }
    if (m_active.isEmpty())
        launchMore();
}

bool JobRunner::cancelRun(int index) {
    if (!m_running || index < 0 || index >= m_slots.size())
        return false;
    for (auto it = m_activeIndex.cbegin(); it != m_activeIndex.cend(); ++it) {
        if (it.value() == index) {
            Q_EMIT runStopping(index);
            it.key()->cancel();
            return true;
        }
    }
    const int job = m_slots.at(index).job;
    if (m_scheduler.status(job) != CellStatus::Queued || !m_probeWatchers.isEmpty())
        return false;
    // Never started: skipped like a cancelled batch's queue, reported from the event loop.
    m_scheduler.skip(job, QStringLiteral("cancelled"));
    Q_EMIT runStopping(index);
    QMetaObject::invokeMethod(
        this,
        [this] {
            reportUnstarted();
            launchMore();
        },
        Qt::QueuedConnection);
    return true;
}

QList<qint64> JobRunner::processIds() const {
    QList<qint64> pids;
    for (const TestRun *run : m_active)
        pids += run->processIds();
    return pids;
}

} // namespace Perfdeck

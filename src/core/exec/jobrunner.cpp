#include "exec/jobrunner.h"

#include "engines/netperfcommand.h"
#include "exec/iperf3run.h"
#include "exec/locallauncher.h"
#include "exec/netperfrun.h"
#include "model/measuredsummary.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSet>
#include <QUuid>

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
    completePartialRun(run);
}

} // namespace

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
    , m_localLauncher(new LocalLauncher(this)) {
    m_launchers.insert(LocalLauncher::LocalHostName, m_localLauncher);
}

JobRunner::~JobRunner() {
    // Local probes run on the thread pool; remote ones belong to their launchers.
    for (QFuture<void> &probe : m_localProbes)
        probe.waitForFinished();
    // Runs are children: their process destructors kill and reap any tool still alive.
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

HostLauncher *JobRunner::launcher(const QString &hostName) const {
    return m_launchers.value(canonicalHost(hostName));
}

Iperf3Info JobRunner::iperf3Info(const QString &hostName) const {
    return m_iperf3.value(canonicalHost(hostName));
}

NetperfInfo JobRunner::netperfInfo(const QString &hostName) const {
    return m_netperf.value(canonicalHost(hostName));
}

void JobRunner::start(const QList<TestSpec> &specs) {
    if (m_running)
        return;
    m_queue.clear();
    for (const TestSpec &spec : specs) {
        for (int i = 0; i < qMax(1, spec.repeat); ++i)
            m_queue.append(spec);
    }
    m_results = QList<RunResult>(m_queue.size());
    m_next = 0;
    m_finishedCount = 0;
    m_cancelled = false;
    m_running = true;
    probeTools();
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
                info.error = QStringLiteral("iperf3 could not be probed on %1").arg(host);
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
                info.error = QStringLiteral("netperf could not be probed on %1").arg(host);
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
            *error = QStringLiteral("unknown host '%1' (known hosts: %2)")
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
    auto *run =
        new Iperf3Run(spec, hosts, m_iperf3.value(client), m_iperf3.value(server), id, this);
    if (!m_rawOutputDirectory.isEmpty())
        run->setRawOutputPath(rawDir.filePath(id + QLatin1String(".json")));
    return run;
}

void JobRunner::launchMore() {
    if (m_cancelled && m_active.isEmpty()) {
        // Runs never started are reported as cancelled so every index gets a result.
        while (m_next < m_queue.size()) {
            RunResult r =
                unstartedResult(m_queue.at(m_next), newRunId(),
                                QStringLiteral("cancelled by the user before the test started"));
            completeFromSpec(r, m_queue.at(m_next));
            const int index = m_next++;
            m_results[index] = r;
            ++m_finishedCount;
            Q_EMIT runFinished(index, r);
        }
    }
    while (!m_cancelled && m_active.size() < m_maxConcurrent && m_next < m_queue.size()) {
        const int index = m_next++;
        const TestSpec &spec = m_queue.at(index);
        const QString id = newRunId();
        QString error;
        TestRun *run = createRun(spec, id, &error);
        if (!run) {
            // Reported from the event loop, like a run that fails at once.
            Q_EMIT runStarted(index, id, spec);
            ++m_refusedPending;
            const RunResult r = unstartedResult(spec, id, error);
            QMetaObject::invokeMethod(
                this,
                [this, index, r] {
                    --m_refusedPending;
                    onRunFinished(index, r);
                },
                Qt::QueuedConnection);
            continue;
        }
        m_active.append(run);
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
            run->deleteLater();
            onRunFinished(index, result);
        });
        Q_EMIT runStarted(index, id, spec);
        // Deferred: a run that fails at once must not finish inside this loop.
        QMetaObject::invokeMethod(run, &TestRun::start, Qt::QueuedConnection);
    }
    if (m_active.isEmpty() && m_refusedPending == 0 && m_next >= m_queue.size() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void JobRunner::onRunFinished(int index, const RunResult &finished) {
    RunResult result = finished;
    completeFromSpec(result, m_queue.at(index));
    m_results[index] = result;
    ++m_finishedCount;
    Q_EMIT runFinished(index, result);
    launchMore();
}

void JobRunner::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (!m_probeWatchers.isEmpty())
        return; // onProbed() -> launchMore() reports the queue as cancelled
    const QList<TestRun *> active = m_active;
    for (TestRun *run : active)
        run->cancel();
    if (m_active.isEmpty())
        launchMore();
}

QList<qint64> JobRunner::processIds() const {
    QList<qint64> pids;
    for (const TestRun *run : m_active)
        pids += run->processIds();
    return pids;
}

} // namespace Perfdeck

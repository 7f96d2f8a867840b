#include "exec/jobrunner.h"

#include "exec/iperf3run.h"
#include "exec/netperfrun.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

namespace Perfdeck {

namespace {

QString newRunId() {
    return QStringLiteral("run-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

JobRunner::JobRunner(QObject *parent)
    : QObject(parent) {
    connect(&m_probeWatcher, &QFutureWatcher<Iperf3Info>::finished, this, &JobRunner::onProbed);
    connect(&m_netperfProbeWatcher, &QFutureWatcher<NetperfInfo>::finished, this,
            &JobRunner::onProbed);
}

JobRunner::~JobRunner() {
    m_probeWatcher.waitForFinished();
    m_netperfProbeWatcher.waitForFinished();
    // Runs are children: their ManagedProcess destructors kill and reap any tool still alive.
}

void JobRunner::setIperf3Path(const QString &path) {
    m_iperf3Path = path;
    m_probed = false;
}

void JobRunner::setNetperfPath(const QString &path) {
    m_netperfPath = path;
    m_netperfProbed = false;
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
    bool needsIperf3 = false;
    bool needsNetperf = false;
    for (const TestSpec &spec : std::as_const(m_queue)) {
        needsIperf3 = needsIperf3 || spec.engine == Engine::Iperf3;
        needsNetperf = needsNetperf || spec.engine == Engine::Netperf;
    }
    needsIperf3 = needsIperf3 && !m_probed;
    needsNetperf = needsNetperf && !m_netperfProbed;
    if (!needsIperf3 && !needsNetperf) {
        launchMore();
        return;
    }
    if (needsIperf3) {
        const QString path = m_iperf3Path;
        m_probeWatcher.setFuture(QtConcurrent::run([path] { return Iperf3Info::probe(path); }));
    }
    if (needsNetperf) {
        const QString path = m_netperfPath;
        m_netperfProbeWatcher.setFuture(
            QtConcurrent::run([path] { return NetperfInfo::probe(path); }));
    }
}

void JobRunner::onProbed() {
    // Launch once every probe this batch started has finished.
    if (m_probeWatcher.isRunning() || m_netperfProbeWatcher.isRunning())
        return;
    if (m_probeWatcher.future().isValid() && m_probeWatcher.future().resultCount() > 0 &&
        !m_probed) {
        m_iperf3 = m_probeWatcher.result();
        m_probed = m_iperf3.found;
    }
    if (m_netperfProbeWatcher.future().isValid() &&
        m_netperfProbeWatcher.future().resultCount() > 0 && !m_netperfProbed) {
        m_netperf = m_netperfProbeWatcher.result();
        m_netperfProbed = m_netperf.found;
    }
    if (m_running)
        launchMore();
}

void JobRunner::launchMore() {
    if (m_cancelled && m_active.isEmpty()) {
        // Runs never started are reported as cancelled so every index gets a result.
        while (m_next < m_queue.size()) {
            RunResult r;
            r.id = newRunId();
            r.status = RunStatus::Error;
            r.error = QStringLiteral("cancelled by the user before the test started");
            r.engine = m_queue.at(m_next).engine;
            r.protocol = m_queue.at(m_next).protocol;
            r.direction = m_queue.at(m_next).direction;
            r.streams = m_queue.at(m_next).parallel;
            r.server = m_queue.at(m_next).targetLabel();
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
        TestRun *run = nullptr;
        if (spec.engine == Engine::Netperf) {
            auto *netperfRun = new NetperfRun(spec, m_netperf, id, this);
            if (!m_rawOutputDirectory.isEmpty())
                netperfRun->setRawOutputPath(
                    QDir(m_rawOutputDirectory).filePath(id + QLatin1String(".txt")));
            run = netperfRun;
        } else {
            auto *iperf3Run = new Iperf3Run(spec, m_iperf3, id, this);
            if (!m_rawOutputDirectory.isEmpty())
                iperf3Run->setRawOutputPath(
                    QDir(m_rawOutputDirectory).filePath(id + QLatin1String(".json")));
            run = iperf3Run;
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
    if (m_active.isEmpty() && m_next >= m_queue.size() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void JobRunner::onRunFinished(int index, const RunResult &result) {
    m_results[index] = result;
    ++m_finishedCount;
    Q_EMIT runFinished(index, result);
    launchMore();
}

void JobRunner::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_probeWatcher.isRunning() || m_netperfProbeWatcher.isRunning())
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

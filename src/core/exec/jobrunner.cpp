#include "exec/jobrunner.h"

#include "exec/iperf3run.h"

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
}

JobRunner::~JobRunner() {
    m_probeWatcher.waitForFinished();
    // Runs are children: their ManagedProcess destructors kill and reap any tool still alive.
}

void JobRunner::setIperf3Path(const QString &path) {
    m_iperf3Path = path;
    m_probed = false;
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
    if (m_probed) {
        launchMore();
        return;
    }
    const QString path = m_iperf3Path;
    m_probeWatcher.setFuture(QtConcurrent::run([path] { return Iperf3Info::probe(path); }));
}

void JobRunner::onProbed() {
    m_iperf3 = m_probeWatcher.result();
    m_probed = m_iperf3.found;
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
        if (spec.engine == Engine::Netperf) {
            // The netperf engine is not implemented yet: say so instead of running iperf3.
            RunResult r;
            r.id = id;
            r.engine = Engine::Netperf;
            r.status = RunStatus::Error;
            r.error = QStringLiteral("the netperf engine is not available in this version");
            m_results[index] = r;
            ++m_finishedCount;
            Q_EMIT runStarted(index, id, spec);
            Q_EMIT runFinished(index, r);
            continue;
        }
        auto *iperf3Run = new Iperf3Run(spec, m_iperf3, id, this);
        if (!m_rawOutputDirectory.isEmpty())
            iperf3Run->setRawOutputPath(
                QDir(m_rawOutputDirectory).filePath(id + QLatin1String(".json")));
        TestRun *run = iperf3Run;
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
    if (m_probeWatcher.isRunning())
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

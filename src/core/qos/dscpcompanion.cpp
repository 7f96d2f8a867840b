#include "qos/dscpcompanion.h"

#include "exec/hostlauncher.h"
#include "exec/jobrunner.h"
#include "model/testspec.h"
#include "qos/qosclassresult.h"
#include "qos/qosrun.h"

namespace Perfdeck {

DscpCompanion::DscpCompanion(QObject *parent)
    : QObject(parent) {}

DscpCompanion::~DscpCompanion() {
    // The runs are children: their destructors end the probes.
}

void DscpCompanion::attach(JobRunner *runner) {
    m_runner = runner;
    connect(runner, &JobRunner::runStarted, this,
            [this](int, const QString &runId, const TestSpec &spec) { onRunStarted(runId, spec); });
}

void DscpCompanion::onRunStarted(const QString &runId, const TestSpec &spec) {
    if (spec.dscp.isEmpty() || m_running.contains(runId) || m_qos.contains(runId) || !m_runner)
        return;
    // A UDP pattern is perfdeck-probe's own flow of the class: it says what arrived itself.
    if (!spec.pattern.isEmpty() && spec.protocol == Protocol::Udp)
        return;
    const std::optional<DscpClass> c = DscpClass::parse(spec.dscp);
    if (!c)
        return;
    if (!spec.host.isEmpty()) {
        // An external server: nothing of ours runs on that host to reflect the probe.
        m_problems.insert(
            runId, tr("no DSCP probe: the server %1 was not started by Perfdeck").arg(spec.host));
        return;
    }
    HostLauncher *client = m_runner->launcher(spec.clientHost);
    HostLauncher *server = m_runner->launcher(spec.serverHost);
    if (!client || !server)
        return;
    QosRequest request;
    DscpClass probeClass = *c;
    probeClass.pps = m_pps;
    request.classes = {probeClass};
    request.durationS = spec.durationS;
    request.intervalS = std::clamp(spec.intervalS, 0.1, 60.0);
    auto *run = new QosRun(request, client, server, this);
    m_running.insert(runId, run);
    connect(run, &QosRun::finished, this, [this, runId, run] {
        const QList<RunResult> results = run->results();
        if (!results.isEmpty() && results.first().status != RunStatus::Error)
            m_qos.insert(runId, results.first().qos);
        else
            m_problems.insert(runId,
                              tr("DSCP probe: %1")
                                  .arg(!results.isEmpty() ? results.first().error : run->error()));
        m_running.remove(runId);
        run->deleteLater();
        Q_EMIT qosMeasured(runId);
        if (m_running.isEmpty())
            Q_EMIT idle();
    });
    run->start();
}

void DscpCompanion::cancel() {
    const QList<QosRun *> runs = m_running.values();
    for (QosRun *run : runs)
        run->cancel();
}

void DscpCompanion::annotate(QList<RunResult> &runs) const {
    for (RunResult &run : runs) {
        if (const QJsonObject qos = m_qos.value(run.id); !qos.isEmpty())
            run.qos = qos;
        if (const QString problem = m_problems.value(run.id);
            !problem.isEmpty() && !run.warnings.contains(problem))
            run.warnings << problem;
    }
}

} // namespace Perfdeck

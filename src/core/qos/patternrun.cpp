#include "qos/patternrun.h"

#include "exec/iperf3run.h"
#include "qos/dscpclass.h"
#include "qos/qosrun.h"

#include <algorithm>
#include <cmath>

namespace Perfdeck {

PatternRun::PatternRun(const TestSpec &spec, const RunHosts &hosts, const Iperf3Info &clientIperf3,
                       const Iperf3Info &serverIperf3, const QString &runId, QObject *parent)
    : TestRun(parent)
    , m_spec(spec)
    , m_hosts(hosts)
    , m_clientIperf3(clientIperf3)
    , m_serverIperf3(serverIperf3)
    , m_runId(runId) {
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &PatternRun::startPhase);
}

PatternRun::~PatternRun() = default;

Engine PatternRun::engineOf(const TestSpec &spec) {
    return !spec.pattern.isEmpty() && spec.protocol == Protocol::Udp ? Engine::Probe : spec.engine;
}

void PatternRun::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QList<qint64> PatternRun::processIds() const {
    return m_current ? m_current->processIds() : QList<qint64>();
}

QList<TestRun::Process> PatternRun::processes() const {
    return m_current ? m_current->processes() : QList<Process>();
}

void PatternRun::start() {
    if (m_state != State::Idle)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = m_spec.validate(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    QString error;
    m_pattern = TrafficPattern::parse(m_spec.pattern, &error);
    if (!m_pattern) {
        fail(error);
        return;
    }
    setState(State::Running);
    if (m_spec.protocol == Protocol::Udp) {
        startProbe();
        return;
    }
    m_phases = m_pattern->tcpPhases(m_spec.durationS, &error).value_or(m_phases);
    if (m_phases.isEmpty()) {
        fail(error);
        return;
    }
    m_clock.start();
    startPhase();
}

void PatternRun::startProbe() {
    std::optional<DscpClass> probeClass =
        DscpClass::parse(m_spec.dscp.isEmpty() ? QStringLiteral("CS0") : m_spec.dscp);
    if (!probeClass) {
        fail(tr("unknown DSCP '%1'").arg(m_spec.dscp));
        return;
    }
    probeClass->sizeBytes = int(m_spec.lengthBytes.value_or(TrafficPattern::DefaultDatagramBytes));
    // The probe paces by the pattern; its packets per second only size its buffers.
    probeClass->pps = std::clamp(m_pattern->peakBps() / (probeClass->sizeBytes * 8.0), 1.0,
                                 TrafficPattern::MaxPacketsPerS);
    QosRequest request;
    request.classes = {*probeClass};
    request.durationS = m_spec.durationS;
    request.intervalS = m_spec.intervalS;
    request.probePattern = m_pattern->probeArgument();
    request.group = m_runId; // cleared below: a pattern run stands alone
    if (!m_spec.usesEmbeddedServer()) {
        // An external target is a reflector someone started (`perfdeck-probe reflect`).
        request.targetHost = m_spec.host;
        request.targetPort = quint16(m_spec.port);
    }
    m_probe = new QosRun(request, m_hosts.client, m_hosts.server, this);
    connect(m_probe, &QosRun::intervalMeasured, this,
            [this](int, const IntervalSample &sample) { Q_EMIT intervalSample(sample); });
    connect(m_probe, &QosRun::progress, this, &PatternRun::progress);
    connect(m_probe, &QosRun::message, this,
            [this](const QString &text) { Q_EMIT logLine(QStringLiteral("probe"), text); });
    connect(m_probe, &QosRun::finished, this, [this] {
        QosRun *probe = m_probe;
        const QList<RunResult> results = probe->results();
        RunResult result;
        if (results.isEmpty()) {
            result.status = RunStatus::Error;
            result.error = probe->error().isEmpty() ? tr("the probe did not run") : probe->error();
        } else {
            result = results.first();
        }
        result.group.clear();
        result.groupLabel.clear();
        probe->deleteLater();
        finishWith(result);
    });
    m_probe->start();
}

void PatternRun::startPhase() {
    ++m_phase;
    if (m_cancelled || m_phase >= m_phases.size()) {
        finishTcp();
        return;
    }
    const TrafficPattern::Phase phase = m_phases.at(m_phase);
    const double total = m_phases.last().startS + m_phases.last().durationS;
    Q_EMIT progress(phase.startS, total);
    if (phase.bps <= 0) {
        // Nothing to send: the phase passes with intervals at rate 0 (what was sent).
        for (double t = 0; t < phase.durationS - 1e-9; t += m_spec.intervalS) {
            IntervalSample s;
            s.startS = phase.startS + t;
            s.endS = phase.startS + std::min(phase.durationS, t + m_spec.intervalS);
            s.bps = 0;
            s.bytes = 0;
            s.targetBps = 0;
            m_intervals << s;
            Q_EMIT intervalSample(s);
        }
        m_idleTimer.start(int(phase.durationS * 1000));
        return;
    }
    TestSpec child = m_spec;
    child.pattern.clear();
    child.repeat = 1;
    child.durationS = phase.durationS;
    child.bitrateBps = std::max(1.0, std::round(phase.bps / std::max(1, child.parallel)));
    const QString id = QStringLiteral("%1-phase%2").arg(m_runId).arg(m_phase + 1);
    auto *run = new Iperf3Run(child, m_hosts, m_clientIperf3, m_serverIperf3, id, this);
    m_current = run;
    const double offset = phase.startS;
    const double target = phase.bps;
    connect(run, &TestRun::intervalSample, this, [this, offset, target](IntervalSample s) {
        s.startS += offset;
        s.endS += offset;
        s.targetBps = target;
        Q_EMIT intervalSample(s);
    });
    connect(run, &TestRun::logLine, this, &PatternRun::logLine);
    connect(run, &TestRun::progress, this, [this, offset, total](double elapsed, double) {
        Q_EMIT progress(offset + elapsed, total);
    });
    connect(run, &TestRun::finished, this, &PatternRun::phaseFinished);
    Q_EMIT logLine(QStringLiteral("pattern"), tr("phase %1 of %2: %3 bit/s for %4 s")
                                                  .arg(m_phase + 1)
                                                  .arg(m_phases.size())
                                                  .arg(phase.bps, 0, 'f', 0)
                                                  .arg(phase.durationS));
    QMetaObject::invokeMethod(run, &TestRun::start, Qt::QueuedConnection);
}

void PatternRun::phaseFinished(const RunResult &result) {
    const TrafficPattern::Phase phase = m_phases.at(m_phase);
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    m_phaseResults << result;
    for (IntervalSample s : result.intervals) {
        s.startS += phase.startS;
        s.endS += phase.startS;
        s.targetBps = phase.bps;
        m_intervals << s;
    }
    // A phase that could not run (no server, refused) ends the pattern: the next would fail
    // the same way.
    if (result.status == RunStatus::Error)
        m_cancelled = true;
    startPhase();
}

void PatternRun::finishTcp() {
    RunResult result;
    QStringList errors;
    double sent = 0, received = 0, retransmits = 0;
    bool haveSent = false, haveReceived = false, haveRetransmits = false;
    double rttSum = 0;
    int rttCount = 0;
    bool partial = false;
    int phaseIndex = 0;
    QList<QStringList> phaseCommands;
    for (const RunResult &r : std::as_const(m_phaseResults)) {
        while (phaseIndex < m_phases.size() && m_phases.at(phaseIndex).bps <= 0)
            ++phaseIndex;
        if (result.toolVersion.isEmpty() && !r.toolVersion.isEmpty())
            result = r; // client, server, tool version, command of the first phase
        if (!r.command.isEmpty())
            phaseCommands << r.command;
        if (r.summary.sentBytes) {
            sent += *r.summary.sentBytes;
            haveSent = true;
        }
        if (r.summary.receivedBytes) {
            received += *r.summary.receivedBytes;
            haveReceived = true;
        }
        if (r.summary.retransmits) {
            retransmits += *r.summary.retransmits;
            haveRetransmits = true;
        }
        if (r.summary.rttMeanUs) {
            rttSum += *r.summary.rttMeanUs;
            ++rttCount;
        }
        if (r.status != RunStatus::Ok) {
            partial = true;
            const TrafficPattern::Phase p = m_phases.value(phaseIndex);
            errors << tr("phase %1 (%2 s, %3 bit/s): %4")
                          .arg(phaseIndex + 1)
                          .arg(p.startS)
                          .arg(p.bps, 0, 'f', 0)
                          .arg(r.error.isEmpty() ? tr("failed") : r.error);
        }
        for (const QString &w : r.warnings)
            if (!result.warnings.contains(w))
                result.warnings << w;
        ++phaseIndex;
    }
    result.intervals = m_intervals;
    if (phaseCommands.size() > 1)
        result.phaseCommands = phaseCommands;
    result.summary = Summary();
    result.reverseSummary.reset();
    // The pattern's time that passed (phases at rate 0 included): the mean rate is over it.
    double seconds = 0;
    for (int i = 0; i < m_phases.size() && i <= m_phase; ++i)
        seconds += i < m_phase || !m_cancelled ? m_phases.at(i).durationS : 0;
    if (!m_intervals.isEmpty())
        seconds = std::max(seconds, m_intervals.last().endS - m_intervals.first().startS);
    result.durationS = seconds > 0 ? OptDouble(seconds) : std::nullopt;
    if (haveSent) {
        result.summary.sentBytes = sent;
        if (seconds > 0)
            result.summary.sentBps = sent * 8 / seconds;
    }
    if (haveReceived) {
        result.summary.receivedBytes = received;
        if (seconds > 0)
            result.summary.receivedBps = received * 8 / seconds;
        result.summary.throughputBps = result.summary.receivedBps;
    }
    if (haveRetransmits)
        result.summary.retransmits = retransmits;
    if (rttCount > 0)
        result.summary.rttMeanUs = rttSum / rttCount;
    result.status = RunStatus::Ok;
    result.error.clear();
    if (m_phaseResults.isEmpty() || (!haveReceived && !haveSent)) {
        result.status = RunStatus::Error;
        result.error = errors.isEmpty() ? (m_cancelled ? tr("stopped") : tr("no phase ran"))
                                        : errors.join(QLatin1String("; "));
    } else if (partial || m_cancelled || m_phase < m_phases.size()) {
        result.status = RunStatus::Partial;
        result.error = errors.isEmpty() ? tr("stopped") : errors.join(QLatin1String("; "));
    }
    finishWith(result);
}

void PatternRun::finishWith(RunResult result) {
    m_idleTimer.stop();
    result.id = m_runId;
    result.startedAt = m_startedAt;
    if (m_spec.protocol == Protocol::Tcp)
        result.engine = Engine::Iperf3;
    result.protocol = m_spec.protocol;
    result.pattern = m_spec.pattern;
    if (m_cancelled && result.status == RunStatus::Ok) {
        result.status = RunStatus::Partial;
        result.error = tr("stopped");
    }
    setState(State::Finished);
    Q_EMIT finished(result);
}

void PatternRun::fail(const QString &error) {
    RunResult result;
    result.status = RunStatus::Error;
    result.error = error;
    finishWith(result);
}

void PatternRun::cancel() {
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_state == State::Idle) {
        fail(tr("stopped"));
        return;
    }
    setState(State::Stopping);
    if (m_probe) {
        m_probe->cancel();
        return;
    }
    if (m_current) {
        m_current->cancel();
        return;
    }
    if (m_idleTimer.isActive()) {
        m_idleTimer.stop();
        finishTcp();
    }
}

} // namespace Perfdeck

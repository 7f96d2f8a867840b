// A test whose rate follows a traffic pattern (spec.pattern). UDP: one flow of
// perfdeck-probe's paced sender, which follows the pattern datagram by datagram (iperf3
// cannot change its rate during a test). TCP: a sequence of iperf3 tests, one per phase at its
// -b rate (ramps and sines in 1 s steps), stitched into one run on the pattern's timeline.
// Every interval carries the rate it requested (target_bps) beside the one achieved.
#pragma once

#include "engines/iperf3info.h"
#include "exec/testrun.h"
#include "exec/toolrun.h"
#include "qos/trafficpattern.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Perfdeck {

class QosRun;

class PatternRun final : public TestRun {
    Q_OBJECT
public:
    PatternRun(const TestSpec &spec, const RunHosts &hosts, const Iperf3Info &clientIperf3,
               const Iperf3Info &serverIperf3, const QString &runId, QObject *parent = nullptr);
    ~PatternRun() override;

    void start() override;
    void cancel() override;
    State state() const override { return m_state; }
    QList<qint64> processIds() const override;
    QList<Process> processes() const override;
    const TestSpec &spec() const override { return m_spec; }

    // The engine whose results a run of spec has: perfdeck-probe for a UDP pattern (whatever
    // spec.engine says), else spec.engine. Labels name it before the run has a result.
    static Engine engineOf(const TestSpec &spec);

private:
    void setState(State state);
    void startProbe();
    void startPhase();
    void phaseFinished(const RunResult &phase);
    void finishTcp();
    void finishWith(RunResult result);
    void fail(const QString &error);

    TestSpec m_spec;
    RunHosts m_hosts;
    Iperf3Info m_clientIperf3;
    Iperf3Info m_serverIperf3;
    QString m_runId;
    State m_state = State::Idle;
    std::optional<TrafficPattern> m_pattern;
    QDateTime m_startedAt;
    bool m_cancelled = false;

    // UDP
    QPointer<QosRun> m_probe;

    // TCP
    QList<TrafficPattern::Phase> m_phases;
    int m_phase = -1;
    QPointer<TestRun> m_current;
    QTimer m_idleTimer; // a phase at rate 0
    QElapsedTimer m_clock;
    QList<RunResult> m_phaseResults;
    QList<IntervalSample> m_intervals;
};

} // namespace Perfdeck

// Says what arrived for every marked test: while a JobRunner runs an iperf3 or netperf test
// with a DSCP class, a perfdeck-probe flow of the same class runs between the same two hosts
// (reflector beside the test's server, sender beside its client), and its verdict (kept,
// remarked, bleached; loss, jitter, RTT) becomes that run's `qos`. The test's own packets are
// not captured: the probe's datagrams stand for the class.
#pragma once

#include "model/runresult.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Perfdeck {

class JobRunner;
class QosRun;
struct TestSpec;

class DscpCompanion final : public QObject {
    Q_OBJECT
public:
    explicit DscpCompanion(QObject *parent = nullptr);
    ~DscpCompanion() override;

    // Follows runner's marked runs from now on (the runner must outlive this object or be
    // detached by its destruction).
    void attach(JobRunner *runner);
    // Probe rate per marked test.
    void setPacketsPerSecond(double pps) { m_pps = pps; }

    bool isIdle() const { return m_running.isEmpty(); }
    // A probe runs beside runId now.
    bool follows(const QString &runId) const { return m_running.contains(runId); }
    // Stops every probe still running (what they measured is kept).
    void cancel();
    // The qos object for a run (empty when it was not marked or the probe did not run), and
    // why the probe could not say anything (empty when it could).
    QJsonObject qosFor(const QString &runId) const { return m_qos.value(runId); }
    QString problemFor(const QString &runId) const { return m_problems.value(runId); }
    // Sets run.qos (and a warning when the probe failed) for every run of runs it followed.
    void annotate(QList<RunResult> &runs) const;

Q_SIGNALS:
    // The probe beside runId has finished: qosFor() or problemFor() says what it found.
    void qosMeasured(const QString &runId);
    // The last probe still running has finished.
    void idle();

private:
    void onRunStarted(const QString &runId, const TestSpec &spec);

    QPointer<JobRunner> m_runner;
    double m_pps = 50;
    QHash<QString, QosRun *> m_running; // by run id
    QHash<QString, QJsonObject> m_qos;
    QHash<QString, QString> m_problems;
};

} // namespace Perfdeck

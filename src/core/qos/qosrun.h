// One QoS test: perfdeck-probe's reflector on one host (started through that host's launcher,
// or already running at a given address), its sender on another, one paced UDP flow per DSCP
// class; the sender's output becomes one RunResult per class (engine "probe", the class in
// `class`, what arrived in `qos`). Asynchronous and cancellable; never blocks its thread.
#pragma once

#include "model/runresult.h"
#include "qos/dscpclass.h"
#include "qos/probeparser.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace Perfdeck {

class HostLauncher;
class HostProcess;
class JobRunner;

struct QosRequest {
    QList<DscpClass> classes;
    double durationS = 10;
    double intervalS = 1;
    // A reflector that is already running (`perfdeck-probe reflect --port N` on that host);
    // empty: the run starts one through the reflector host's launcher.
    QString targetHost;
    quint16 targetPort = 0;
    // The address the started reflector binds to and the sender sends to; empty: the
    // reflector host's address (127.0.0.1 for this machine).
    QString reflectorAddress;
    // perfdeck-probe on this machine (empty: localProbePath()) and on SSH hosts (relative
    // paths start in the login directory; `hosts deploy --tools probe` copies it there).
    QString probePath;
    QString remoteProbePath = QStringLiteral(".perfdeck/bin/perfdeck-probe");
    // Runs of one test share a group; empty: a new one.
    QString group;
    // Traffic classes under load: a bulk TCP iperf3 test marked with this class ("CS0") runs
    // between the same two hosts in the middle of the test, after a quiet baseline of
    // bulkDelayS(); each higher class then says whether it was protected. Empty: no bulk.
    QString bulkClass;
    int bulkStreams = 1;
    // An iperf3 server already running for the bulk test ("host", port); empty: one started
    // beside the reflector. Needed with targetHost (nothing of ours runs on that host).
    QString bulkTargetHost;
    quint16 bulkTargetPort = 0;
    // Every class's rate follows this pattern (TrafficPattern::probeArgument()); empty:
    // each class at its constant pps.
    QString probePattern;

    // The quiet time before the bulk test starts and after it ends.
    double bulkDelayS() const { return std::max(1.0, durationS / 5); }
};

class QosRun final : public QObject {
    Q_OBJECT
public:
    static constexpr int ListenTimeoutMs = 10000;

    // reflectorHost may be null when request.targetHost names a running reflector.
    QosRun(const QosRequest &request, HostLauncher *senderHost, HostLauncher *reflectorHost,
           QObject *parent = nullptr);
    ~QosRun() override;

    // The runner that runs the bulk test (request.bulkClass); it must have both hosts'
    // launchers. Not owned.
    void setJobRunner(JobRunner *runner);

    void start();
    // Stops the sender (it still prints what it measured) and the reflector; finished()
    // follows.
    void cancel();
    bool isRunning() const { return m_running; }

    // One run per class, in the order of the request (after finished()).
    QList<RunResult> results() const { return m_results; }
    // Why nothing or only part was measured; empty when all went well.
    QString error() const { return m_error; }
    const QosRequest &request() const { return m_request; }

    // With a bulk class: one line per higher class, "EF protected: RTT 52 us -> 61 us, loss
    // 0.00 % -> 0.00 % while CS0 bulk TCP carried 23.1 Gbit/s"; empty without.
    QStringList protectionSummary() const;

    // perfdeck-probe on this machine: $PERFDECK_PROBE, beside the running program, the build
    // tree, then PATH; empty when none is found.
    static QString localProbePath();
    // The probe's argument for one class: NAME:DSCP:PPS:SIZE.
    static QString classArgument(const DscpClass &c);

Q_SIGNALS:
    void progress(double elapsedS, double totalS);
    // One interval of one class as it arrives (the sender's line, as IntervalSample).
    void intervalMeasured(int classIndex, const Perfdeck::IntervalSample &sample);
    void message(const QString &text);
    void finished();

private:
    void startReflector();
    void startSender(const QString &address, quint16 port);
    void senderFinished(int exitCode, const QString &description);
    void reflectorFinished(int exitCode, const QString &description);
    void fail(const QString &error);
    void startBulk();
    void judgeProtection();
    void finishIfDone();
    QString programFor(HostLauncher *host) const;

    QosRequest m_request;
    QPointer<HostLauncher> m_senderHost;
    QPointer<HostLauncher> m_reflectorHost;
    HostProcess *m_reflector = nullptr;
    HostProcess *m_sender = nullptr;
    ProbeParser m_reflectorOutput;
    ProbeParser m_senderOutput;
    QTimer m_listenTimer;
    QTimer m_progressTimer;
    QDateTime m_startedAt;
    qint64 m_senderStartMs = 0;
    QString m_target; // "address:port" the sender sent to
    QString m_error;
    QList<RunResult> m_results;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_senderDone = false;
    bool m_reflectorDone = true;
    QPointer<JobRunner> m_runner;
    QTimer m_bulkTimer;
    bool m_bulkDone = true;
    std::optional<RunResult> m_bulk;
    QDateTime m_senderStartedAt;
    QDateTime m_bulkStartedAt; // when the runner started the bulk run
};

} // namespace Perfdeck

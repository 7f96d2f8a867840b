// Runs one netperf test locally: starts a netserver on a free loopback port when the spec has
// no host (the embedded default), then the netperf client with -D interim results followed
// live, and the -k summary at the end. Cancel and failures keep what was measured; the
// netserver Perfdeck started is stopped afterwards.
#pragma once

#include "engines/netperfinfo.h"
#include "engines/netperfparser.h"
#include "exec/testrun.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Perfdeck {

class ManagedProcess;

class NetperfRun final : public TestRun {
    Q_OBJECT
public:
    NetperfRun(const TestSpec &spec, const NetperfInfo &netperf, const QString &runId,
               QObject *parent = nullptr);
    ~NetperfRun() override;

    void start() override;
    void cancel() override;
    State state() const override { return m_state; }
    QList<qint64> processIds() const override;
    const TestSpec &spec() const override { return m_spec; }

    quint16 serverPort() const { return m_serverPort; }
    void setServerStartTimeout(int msecs) { m_serverStartTimeoutMs = msecs; }
    // Keep netperf's own output in this file, for audits and re-imports.
    void setRawOutputPath(const QString &path) { m_rawOutputPath = path; }

private:
    void setState(State state);
    void startServer();
    void onServerLine(const QString &line);
    void onServerFinished(int exitCode, const QString &description);
    void startClient();
    void onClientLine(const QString &line);
    void onClientFinished(int exitCode, const QString &description);
    void stopServerThenComplete();
    void fail(const QString &message);
    void complete();

    TestSpec m_spec;
    NetperfInfo m_netperf;
    RunResult m_result;
    State m_state = State::Idle;
    ManagedProcess *m_server = nullptr;
    ManagedProcess *m_client = nullptr;
    NetperfParser m_parser;
    QList<IntervalSample> m_liveSamples;
    QTimer m_progressTimer;
    QTimer m_serverStartTimer;
    QElapsedTimer m_clientClock;
    QString m_serverOutputTail;
    QString m_rawOutputPath;
    QByteArray m_rawOutput;
    quint16 m_serverPort = 0;
    int m_serverAttempts = 0;
    int m_serverStartTimeoutMs = 10000;
    bool m_cancelled = false;
    bool m_clientDone = false;
};

} // namespace Perfdeck

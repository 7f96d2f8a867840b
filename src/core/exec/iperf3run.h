// Runs one iperf3 test locally: starts a one-off server on a free loopback port when the spec
// has no host (the embedded default), then the client; follows it live (--json-stream on
// iperf3 >= 3.17, else the server's --forceflush text) and finishes with the client's -J
// document. Cancel and failures keep what was measured.
#pragma once

#include "engines/iperf3info.h"
#include "engines/iperf3streamparser.h"
#include "engines/iperf3textparser.h"
#include "exec/testrun.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace Perfdeck {

class ManagedProcess;

class Iperf3Run final : public TestRun {
    Q_OBJECT
public:
    // Where live samples come from: nowhere (progress by time), the embedded server's text,
    // the client's --json-stream (iperf3 >= 3.17) or the client's text (spec.liveClientText).
    enum class LiveSource { None, ServerText, JsonStream, ClientText };

    Iperf3Run(const TestSpec &spec, const Iperf3Info &iperf3, const QString &runId,
              QObject *parent = nullptr);
    ~Iperf3Run() override;

    void start() override;
    void cancel() override;
    State state() const override { return m_state; }
    QList<qint64> processIds() const override;
    const TestSpec &spec() const override { return m_spec; }

    LiveSource liveSource() const { return m_liveSource; }
    quint16 serverPort() const { return m_serverPort; }
    // Seconds to wait for the embedded server to listen before giving up.
    void setServerStartTimeout(int msecs) { m_serverStartTimeoutMs = msecs; }
    // Keep iperf3's own output (the -J document) in this file, for audits and re-imports.
    void setRawOutputPath(const QString &path) { m_rawOutputPath = path; }

private:
    void setState(State state);
    void startServer();
    void onServerLine(const QString &line);
    void onServerFinished(int exitCode, const QString &description);
    void startClient();
    void onClientLine(const QString &line);
    void onClientFinished(int exitCode, const QString &description);
    void finishClientResult();
    void fail(const QString &message);
    void complete();
    void emitSample(const IntervalSample &sample);
    // Live samples shorter than a quarter interval are iperf3's closing slivers: noise.
    void emitTextSamples(const QList<IntervalSample> &samples);
    RunResult resultFromClientText();

    TestSpec m_spec;
    Iperf3Info m_iperf3;
    RunResult m_result;
    State m_state = State::Idle;
    LiveSource m_liveSource = LiveSource::None;
    ManagedProcess *m_server = nullptr;
    ManagedProcess *m_client = nullptr;
    std::unique_ptr<Iperf3TextParser> m_serverParser;
    std::unique_ptr<Iperf3TextParser> m_clientTextParser;
    Iperf3StreamParser m_streamParser;
    QList<IntervalSample> m_liveSamples;
    QTimer m_progressTimer;
    QTimer m_serverStartTimer;
    QElapsedTimer m_clientClock;
    QString m_serverOutputTail;
    QString m_rawOutputPath;
    quint16 m_serverPort = 0;
    int m_serverAttempts = 0;
    int m_serverStartTimeoutMs = 10000;
    bool m_cancelled = false;
    bool m_clientDone = false;
};

} // namespace Perfdeck

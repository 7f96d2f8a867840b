// Runs one iperf3 test: starts a one-off server on a free port of the server host when the spec
// has no target (the embedded default; 127.0.0.1 on this machine), then the client on the
// client host; follows it live (--json-stream on iperf3 >= 3.17, else the server's --forceflush
// text, or the client's text on request) and finishes with the client's -J document. Cancel
// and failures keep what was measured.
#pragma once

#include "engines/iperf3info.h"
#include "engines/iperf3jsonparser.h"
#include "engines/iperf3streamparser.h"
#include "engines/iperf3textparser.h"
#include "exec/toolrun.h"

#include <memory>

namespace Perfdeck {

class Iperf3Run final : public ToolRun {
    Q_OBJECT
public:
    // Where live samples come from: nowhere (progress by time), the embedded server's text,
    // the client's --json-stream (iperf3 >= 3.17) or the client's text (spec.liveClientText).
    enum class LiveSource { None, ServerText, JsonStream, ClientText };

    // clientIperf3 was probed on the client host, serverIperf3 on the server host.
    Iperf3Run(const TestSpec &spec, const RunHosts &hosts, const Iperf3Info &clientIperf3,
              const Iperf3Info &serverIperf3, const QString &runId, QObject *parent = nullptr);

    LiveSource liveSource() const { return m_liveSource; }

private:
    QString preflightError() const override;
    QString serverName() const override { return QStringLiteral("iperf3 server"); }
    QStringList serverCommand(quint16 port) override;
    void onServerLine(const QString &line) override;
    QString serverStartFailure() const override;
    bool portTaken(const QString &reason) const override;
    void startClient() override;
    void onClientStdout(const QString &line) override;
    void onClientFinished(int exitCode, const QString &description) override;
    double expectedSeconds() const override;
    int clientTimeoutSeconds() const override;

    RunResult resultFromDocument(const Iperf3ParseOutcome &outcome, int exitCode,
                                 const QString &description);
    RunResult resultFromClientText();

    Iperf3Info m_iperf3;       // the client's
    Iperf3Info m_serverIperf3; // the server host's
    LiveSource m_liveSource = LiveSource::None;
    std::unique_ptr<Iperf3TextParser> m_serverParser;
    std::unique_ptr<Iperf3TextParser> m_clientTextParser;
    Iperf3StreamParser m_streamParser;
};

} // namespace Perfdeck

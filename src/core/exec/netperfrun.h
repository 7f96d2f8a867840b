// Runs one netperf test: starts a netserver on a free port of the server host when the spec has
// no target (the embedded default; 127.0.0.1 on this machine), then the netperf client on the
// client host with -D interim results followed live, and the -k summary at the end. Cancel and
// failures keep what was measured; the netserver Perfdeck started is stopped afterwards.
#pragma once

#include "engines/netperfinfo.h"
#include "engines/netperfparser.h"
#include "exec/toolrun.h"

namespace Perfdeck {

class NetperfRun final : public ToolRun {
    Q_OBJECT
public:
    // clientNetperf was probed on the client host, serverNetperf (its netserver) on the
    // server host.
    NetperfRun(const TestSpec &spec, const RunHosts &hosts, const NetperfInfo &clientNetperf,
               const NetperfInfo &serverNetperf, const QString &runId, QObject *parent = nullptr);

private:
    QString preflightError() const override;
    QString serverName() const override { return QStringLiteral("netserver"); }
    QStringList serverCommand(quint16 port) override;
    void onServerLine(const QString &line) override;
    bool portTaken(const QString &reason) const override;
    void startClient() override;
    void onClientStdout(const QString &line) override;
    void onClientStderr(const QString &line) override { onClientStdout(line); }
    void onClientFinished(int exitCode, const QString &description) override;
    double expectedSeconds() const override;
    int clientTimeoutSeconds() const override;

    NetperfInfo m_netperf;       // the client's
    NetperfInfo m_serverNetperf; // the server host's
    NetperfParser m_parser;
    QByteArray m_rawOutput;
};

} // namespace Perfdeck

// Runs one netperf test locally: starts a netserver on a free loopback port when the spec has
// no host (the embedded default), then the netperf client with -D interim results followed
// live, and the -k summary at the end. Cancel and failures keep what was measured; the
// netserver Perfdeck started is stopped afterwards.
#pragma once

#include "engines/netperfinfo.h"
#include "engines/netperfparser.h"
#include "exec/localtoolrun.h"

namespace Perfdeck {

class NetperfRun final : public LocalToolRun {
    Q_OBJECT
public:
    NetperfRun(const TestSpec &spec, const NetperfInfo &netperf, const QString &runId,
               QObject *parent = nullptr);

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

    NetperfInfo m_netperf;
    NetperfParser m_parser;
    QByteArray m_rawOutput;
};

} // namespace Perfdeck

// The remote HostProcess: a test's process on a host reached over SSH, run by SshRemoteProcess
// (PID reported by the remote shell, process group stopped by its watchdog on stop, timeout or
// a dropped connection). Created by SshLauncher.
#pragma once

#include "exec/hostprocess.h"

#include <QPointer>

namespace Perfdeck {

class SshConnection;
class SshRemoteProcess;

class SshProcess final : public HostProcess {
    Q_OBJECT
public:
    SshProcess(SshConnection *connection, QObject *parent = nullptr);
    ~SshProcess() override;

    void start() override;
    void stop() override;
    void kill() override;
    bool isRunning() const override;
    qint64 pid() const override;
    bool timedOut() const override;
    bool canHoldStart() const override { return true; }
    void releaseStart() override;
    ChunkedBuffer capturedStdout() const override { return m_stdoutAll; }
    QString stderrText() const override { return m_stderrAll; }

private:
    SshRemoteProcess *m_remote;
    ChunkedBuffer m_stdoutAll;
    QString m_stderrAll;
    bool m_started = false;
};

} // namespace Perfdeck

// A HostProcess on this machine: a ManagedProcess (own process group, dies with Perfdeck,
// SIGTERM then SIGKILL to the whole group) behind the host-neutral interface.
#pragma once

#include "exec/hostprocess.h"

namespace Perfdeck {

class ManagedProcess;

class LocalProcess final : public HostProcess {
    Q_OBJECT
public:
    explicit LocalProcess(QObject *parent = nullptr);
    // Kills the process group and reaps the child before returning.
    ~LocalProcess() override;

    void start() override;
    void stop() override;
    void kill() override;
    bool isRunning() const override;
    qint64 pid() const override;
    bool timedOut() const override;
    ChunkedBuffer capturedStdout() const override;
    QString stderrText() const override;

private:
    ManagedProcess *m_process = nullptr;
};

} // namespace Perfdeck

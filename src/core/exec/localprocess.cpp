#include "exec/localprocess.h"

#include "exec/managedprocess.h"

namespace Perfdeck {

LocalProcess::LocalProcess(QObject *parent)
    : HostProcess(parent)
    , m_process(new ManagedProcess(this)) {
    connect(m_process, &ManagedProcess::started, this, [this] { Q_EMIT started(); });
    connect(m_process, &ManagedProcess::stdoutLine, this, &HostProcess::stdoutLine);
    connect(m_process, &ManagedProcess::stderrLine, this, &HostProcess::stderrLine);
    connect(m_process, &ManagedProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus, const QString &description) {
                Q_EMIT finished(exitCode, description);
            });
}

LocalProcess::~LocalProcess() {
    // Explicitly, before QObject deletes the children: whoever holds a port for this process
    // may release it once this destructor has returned.
    delete m_process;
}

void LocalProcess::start() {
    m_process->setProgram(program(), arguments());
    m_process->setTimeout(timeout());
    m_process->setGracePeriod(gracePeriod());
    m_process->setCaptureStdout(capturesStdout());
    m_process->setInheritedFds(inheritedFds());
    m_process->start();
}

void LocalProcess::stop() {
    m_process->stop();
}

void LocalProcess::kill() {
    m_process->kill();
}

bool LocalProcess::isRunning() const {
    return m_process->isRunning();
}

qint64 LocalProcess::pid() const {
    return m_process->pid();
}

bool LocalProcess::timedOut() const {
    return m_process->timedOut();
}

ChunkedBuffer LocalProcess::capturedStdout() const {
    return m_process->capturedStdout();
}

QString LocalProcess::stderrText() const {
    return m_process->stderrText();
}

} // namespace Perfdeck

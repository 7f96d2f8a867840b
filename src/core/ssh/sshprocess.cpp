#include "ssh/sshprocess.h"

#include "ssh/sshconnection.h"
#include "ssh/sshremoteprocess.h"

namespace Perfdeck {

SshProcess::SshProcess(SshConnection *connection, QObject *parent)
    : HostProcess(parent)
    , m_remote(new SshRemoteProcess(connection, this)) {
    connect(m_remote, &SshRemoteProcess::started, this, [this] { Q_EMIT started(); });
    connect(m_remote, &SshRemoteProcess::held, this, [this] { Q_EMIT startHeld(); });
    connect(m_remote, &SshRemoteProcess::released, this,
            [this](qint64 realtimeNs) { Q_EMIT startReleased(realtimeNs); });
    connect(m_remote, &SshRemoteProcess::stdoutLine, this, [this](const QString &line) {
        if (capturesStdout()) {
            m_stdoutAll.append(line.toUtf8());
            m_stdoutAll.append("\n", 1);
        }
        Q_EMIT stdoutLine(line);
    });
    connect(m_remote, &SshRemoteProcess::stderrLine, this, [this](const QString &line) {
        m_stderrAll += line + QLatin1Char('\n');
        Q_EMIT stderrLine(line);
    });
    connect(m_remote, &SshRemoteProcess::finished, this,
            [this](int exitCode, const QString &description) {
                // HostProcess: a clean exit 0 has an empty description.
                Q_EMIT finished(exitCode,
                                exitCode == 0 && !m_remote->timedOut() ? QString() : description);
            });
}

SshProcess::~SshProcess() = default;

void SshProcess::start() {
    m_stdoutAll.clear();
    m_stderrAll.clear();
    m_remote->setProgram(program(), arguments());
    m_remote->setTimeout(timeout());
    m_remote->setGracePeriod(gracePeriod());
    m_remote->setHoldStart(holdsStart());
    m_started = true;
    m_remote->start();
}

void SshProcess::releaseStart() {
    m_remote->releaseStart();
}

void SshProcess::stop() {
    m_remote->stop();
}

void SshProcess::kill() {
    m_remote->kill();
}

bool SshProcess::isRunning() const {
    return m_remote->isRunning();
}

qint64 SshProcess::pid() const {
    return m_remote->remotePid();
}

bool SshProcess::timedOut() const {
    return m_remote->timedOut();
}

} // namespace Perfdeck

#include "ssh/sshchannel.h"

#include "ssh/sshconnection.h"

namespace Perfdeck {

SshChannel::SshChannel(SshConnection *connection, int id, const QString &command)
    : m_connection(connection)
    , m_id(id)
    , m_command(command) {}

SshChannel::~SshChannel() {
    if (!m_finished && m_connection)
        m_connection->channelDestroyed(m_id);
}

void SshChannel::writeStdin(const QByteArray &data) {
    if (!m_finished && m_connection)
        m_connection->channelWrite(m_id, data);
}

void SshChannel::closeStdin() {
    if (!m_finished && m_connection)
        m_connection->channelCloseStdin(m_id);
}

void SshChannel::close() {
    if (!m_finished && m_connection)
        m_connection->channelClose(m_id);
}

void SshChannel::deliverStarted() {
    Q_EMIT started();
}

void SshChannel::deliverLines(const QStringList &lines, bool isStderr) {
    for (const QString &line : lines) {
        if (isStderr)
            Q_EMIT stderrLine(line);
        else
            Q_EMIT stdoutLine(line);
    }
}

void SshChannel::deliverFinished(const Exit &exit) {
    if (m_finished)
        return;
    m_finished = true;
    m_exit = exit;
    Q_EMIT finished(m_exit);
}

} // namespace Perfdeck

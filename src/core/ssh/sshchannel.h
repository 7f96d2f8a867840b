// One command running on a remote host over an exec channel of a shared SshConnection: stdout
// and stderr arrive line by line while it runs, then its exit status or signal. Created by
// SshConnection::exec(); lives in the caller's thread, the I/O happens on the connection's.
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Perfdeck {

class SshConnection;

class SshChannel final : public QObject {
    Q_OBJECT
public:
    struct Exit {
        std::optional<int> exitStatus; // unset when killed by a signal or never run
        QString exitSignal;            // "TERM", "KILL", ... (without "SIG")
        bool timedOut = false;         // the exec timeout closed the channel
        bool closedByUs = false;       // close() was called before the command ended
        QString error;                 // channel or connection failure, names the host
    };

    ~SshChannel() override;

    int id() const { return m_id; }
    QString command() const { return m_command; }
    bool isRunning() const { return !m_finished; }
    bool hasFinished() const { return m_finished; }
    const Exit &exit() const { return m_exit; }

    void writeStdin(const QByteArray &data);
    void closeStdin();
    // Closes the channel. The remote command sees its stdin end and its stdout close; it is
    // not killed by this (SSH without a terminal has no hang-up): kill it by PID first.
    void close();

Q_SIGNALS:
    void started();
    void stdoutLine(const QString &line);
    void stderrLine(const QString &line);
    void finished(const Perfdeck::SshChannel::Exit &exit);

private:
    friend class SshConnection;
    SshChannel(SshConnection *connection, int id, const QString &command);
    void deliverStarted();
    void deliverLines(const QStringList &lines, bool isStderr);
    void deliverFinished(const Exit &exit);

    SshConnection *m_connection;
    int m_id;
    QString m_command;
    Exit m_exit;
    bool m_finished = false;
};

} // namespace Perfdeck

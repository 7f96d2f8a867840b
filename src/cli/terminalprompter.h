// Asks for SSH passwords and key passphrases on the controlling terminal, as ssh does: the
// prompt goes to /dev/tty, typing is not echoed, and the answer never reaches a log or a
// file. Without a terminal (a script, CI, a pipe) the login is refused with a message saying
// what works instead (ssh-agent, a key without a passphrase). Questions from several
// connections are asked one after the other; reading happens on a thread of its own, so the
// event loop (other hosts, running tests) keeps going while the user types.
#pragma once

#include "ssh/sshconnection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <atomic>
#include <memory>

namespace Perfdeck::Cli {

class TerminalPrompter final : public QObject {
    Q_OBJECT
public:
    explicit TerminalPrompter(QObject *parent = nullptr);
    ~TerminalPrompter() override;

    // True when stdin and stderr are a terminal and /dev/tty opens.
    static bool hasTerminal();

    // Answers on the connection: provideSecret() with what was typed, or refuseSecret().
    void ask(SshConnection *connection, const SshConnection::SecretRequest &request);

private:
    struct Pending {
        QPointer<SshConnection> connection;
        SshConnection::SecretRequest request;
    };
    struct Answer {
        bool ok = false;
        QString secret;
    };
    void next();
    static Answer read(const QString &prompt, std::shared_ptr<std::atomic_bool> cancel);

    QQueue<Pending> m_queue;
    Pending m_current;
    bool m_asking = false;
    QFutureWatcher<Answer> m_reader;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Perfdeck::Cli

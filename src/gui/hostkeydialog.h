// Asks the user whether to trust a host key seen for the first time: host, port, key type,
// SHA256 fingerprint and the known_hosts file it would be saved to. Refuse is the default
// (Enter, Esc, closing the window); the dialog never blocks the event loop (open()).
#pragma once

#include "ssh/sshconnection.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace Perfdeck {

class HostKeyDialog final : public QDialog {
    Q_OBJECT
public:
    HostKeyDialog(const SshConnection::HostKeyQuestion &question, QWidget *parent = nullptr);

    // "host" and port from known_hosts' "host" or "[host]:port" spelling.
    static std::pair<QString, int> splitHostPort(const QString &knownHostsName);

    QPushButton *acceptOnceButton() const { return m_acceptOnce; }
    QPushButton *acceptAndSaveButton() const { return m_acceptAndSave; }
    QPushButton *refuseButton() const { return m_refuse; }
    SshConnection::HostKeyDecision decision() const { return m_decision; }

Q_SIGNALS:
    // Exactly once, when the dialog closes (Refuse if it was closed without a choice).
    void decided(Perfdeck::SshConnection::HostKeyDecision decision);

protected:
    void done(int result) override;

private:
    QPushButton *m_acceptOnce = nullptr;
    QPushButton *m_acceptAndSave = nullptr;
    QPushButton *m_refuse = nullptr;
    SshConnection::HostKeyDecision m_decision = SshConnection::HostKeyDecision::Refuse;
    bool m_decided = false;
};

} // namespace Perfdeck

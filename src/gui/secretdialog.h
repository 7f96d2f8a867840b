// Asks for an SSH password or key passphrase, with "Remember in the keychain" (Qt Keychain;
// never a file or a session). Non-blocking (open()); Cancel refuses the request.
#pragma once

#include "ssh/sshconnection.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Perfdeck {

class SecretDialog final : public QDialog {
    Q_OBJECT
public:
    SecretDialog(const SshConnection::SecretRequest &request, QWidget *parent = nullptr);
    ~SecretDialog() override;

    QLineEdit *secretEdit() const { return m_edit; }
    QCheckBox *rememberCheck() const { return m_remember; }

Q_SIGNALS:
    // Exactly once: the secret typed (remember: store it once it worked), or refused.
    void provided(const QString &secret, bool remember);
    void refused();

protected:
    void done(int result) override;

private:
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_remember = nullptr;
    bool m_answered = false;
};

} // namespace Perfdeck

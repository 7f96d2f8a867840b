#include "gui/secretdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Perfdeck {

SecretDialog::SecretDialog(const SshConnection::SecretRequest &request, QWidget *parent)
    : QDialog(parent) {
    const bool password = request.kind == SshConnection::SecretKind::Password;
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(password ? tr("SSH Password") : tr("Key Passphrase"));
    auto *prompt = new QLabel(request.prompt, this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    if (request.attempt > 1) {
        auto *again = new QLabel(
            tr("The previous answer was not accepted (attempt %1 of 3).").arg(request.attempt),
            this);
        again->setObjectName(QStringLiteral("retryLabel"));
        again->setWordWrap(true);
        layout->addWidget(again);
    }
    m_edit = new QLineEdit(this);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    layout->addWidget(m_edit);
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(!request.keychainKey.isEmpty());
    m_remember->setToolTip(
        tr("Stored in the desktop's keychain (Secret Service) once the login worked; never in "
           "a file or the session. Perfdeck then connects without asking."));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(password ? tr("&Log In") : tr("&Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
}

SecretDialog::~SecretDialog() {
    // QLineEdit keeps its text until destroyed: do not leave the secret around longer.
    m_edit->clear();
}

void SecretDialog::done(int result) {
    if (!m_answered) {
        m_answered = true;
        if (result == QDialog::Accepted)
            Q_EMIT provided(m_edit->text(), m_remember->isChecked() && m_remember->isEnabled());
        else
            Q_EMIT refused();
        m_edit->clear();
    }
    QDialog::done(result);
}

} // namespace Perfdeck

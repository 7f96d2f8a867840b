// Answers what SSH connections ask the user (an unknown host key, a password or passphrase)
// with dialogs over the window, never blocking the event loop; stores a secret the user asked
// to remember in the keychain once the login with it worked; shows a changed host key as an
// error (it is never a question).
#pragma once

#include "ssh/sshconnection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QDialog;
class QWidget;
QT_END_NAMESPACE

namespace Perfdeck {

class SshPrompter final : public QObject {
    Q_OBJECT
public:
    explicit SshPrompter(QWidget *window);
    ~SshPrompter() override;

    void askHostKey(SshConnection *connection, const SshConnection::HostKeyQuestion &question);
    void askSecret(SshConnection *connection, const SshConnection::SecretRequest &request);
    // An error dialog with the core's message (both fingerprints, the line to remove). The same
    // message is shown once while its dialog is open.
    void showHostKeyChanged(const QString &message);
    // Closes the open questions as refused (the batch was stopped).
    void refuseAll();
    QList<QDialog *> openDialogs() const;

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // For the log: a remembered secret stored, or why it could not be.
    void notice(const QString &message);

private:
    struct Remembered {
        QString key;
        QString secret;
        QString who;
        QList<QMetaObject::Connection> links;
    };
    void rememberAfterLogin(SshConnection *connection, const QString &key, const QString &secret,
                            const QString &who);
    void forget(SshConnection *connection);
    void track(QDialog *dialog);

    QWidget *m_window = nullptr;
    QList<QPointer<QDialog>> m_dialogs;
    QHash<SshConnection *, Remembered> m_remembered;
    QSet<QString> m_shownErrors;
};

} // namespace Perfdeck

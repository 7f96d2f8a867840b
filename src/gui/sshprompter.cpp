#include "gui/sshprompter.h"

#include "gui/hostkeydialog.h"
#include "gui/secretdialog.h"
#include "ssh/sshkeychain.h"

#include <QMessageBox>
#include <QWidget>

namespace Perfdeck {

SshPrompter::SshPrompter(QWidget *window)
    : QObject(window)
    , m_window(window) {}

SshPrompter::~SshPrompter() {
    for (auto it = m_remembered.begin(); it != m_remembered.end(); ++it)
        it->secret.fill(QLatin1Char(' '));
}

void SshPrompter::track(QDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.append(dialog);
    connect(dialog, &QObject::destroyed, this,
            [this] { m_dialogs.removeIf([](const QPointer<QDialog> &d) { return d.isNull(); }); });
    // open(): window-modal over the main window, the event loop (and running tests) go on.
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void SshPrompter::askHostKey(SshConnection *connection,
                             const SshConnection::HostKeyQuestion &question) {
    auto *dialog = new HostKeyDialog(question, m_window);
    const QPointer<SshConnection> target(connection);
    connect(dialog, &HostKeyDialog::decided, this,
            [target](SshConnection::HostKeyDecision decision) {
                if (target)
                    target->answerHostKey(decision);
            });
    track(dialog);
}

void SshPrompter::askSecret(SshConnection *connection,
                            const SshConnection::SecretRequest &request) {
    auto *dialog = new SecretDialog(request, m_window);
    const QPointer<SshConnection> target(connection);
    const QString key = request.keychainKey;
    const QString who = request.prompt;
    connect(dialog, &SecretDialog::provided, this,
            [this, target, key, who](const QString &secret, bool remember) {
                if (!target)
                    return;
                if (remember && !key.isEmpty())
                    rememberAfterLogin(target, key, secret, who);
                else
                    forget(target);
                target->provideSecret(secret);
            });
    connect(dialog, &SecretDialog::refused, this, [this, target] {
        if (!target)
            return;
        forget(target);
        target->refuseSecret();
    });
    track(dialog);
}

void SshPrompter::rememberAfterLogin(SshConnection *connection, const QString &key,
                                     const QString &secret, const QString &who) {
    forget(connection);
    Remembered r{key, secret, who, {}};
    // Only a secret that let the user in is worth keeping: a typo must not be stored.
    r.links << connect(connection, &SshConnection::connected, this, [this, connection] {
        const Remembered entry = m_remembered.value(connection);
        forget(connection);
        SshKeychain::write(entry.key, entry.secret, this, [this, entry](const QString &error) {
            Q_EMIT notice(error.isEmpty()
                              ? tr("%1: stored in the keychain").arg(entry.who)
                              : tr("%1: not stored in the keychain (%2)").arg(entry.who, error));
        });
    });
    r.links << connect(connection, &SshConnection::failed, this,
                       [this, connection] { forget(connection); });
    r.links << connect(connection, &QObject::destroyed, this,
                       [this, connection] { forget(connection); });
    m_remembered.insert(connection, r);
}

void SshPrompter::forget(SshConnection *connection) {
    auto it = m_remembered.find(connection);
    if (it == m_remembered.end())
        return;
    for (const QMetaObject::Connection &link : std::as_const(it->links))
        disconnect(link);
    it->secret.fill(QLatin1Char(' '));
    m_remembered.erase(it);
}

void SshPrompter::showHostKeyChanged(const QString &message) {
    if (m_shownErrors.contains(message))
        return;
    m_shownErrors.insert(message);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Host Key Changed"),
                                tr("The connection was refused because the host key changed."),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("hostKeyChangedDialog"));
    box->setInformativeText(message);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(box, &QObject::destroyed, this, [this, message] { m_shownErrors.remove(message); });
    track(box);
}

void SshPrompter::refuseAll() {
    const QList<QPointer<QDialog>> dialogs = m_dialogs;
    for (const QPointer<QDialog> &dialog : dialogs) {
        if (dialog && !qobject_cast<QMessageBox *>(dialog))
            dialog->reject();
    }
}

QList<QDialog *> SshPrompter::openDialogs() const {
    QList<QDialog *> open;
    for (const QPointer<QDialog> &dialog : m_dialogs) {
        if (dialog && dialog->isVisible())
            open.append(dialog);
    }
    return open;
}

} // namespace Perfdeck

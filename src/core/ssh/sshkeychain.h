// Passwords and key passphrases for SSH in the desktop's keychain (Qt Keychain, service
// "perfdeck"): read before a connection asks the user, written when the user ticks "Remember".
// Secrets never go to a file or a session; every call is asynchronous.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Perfdeck {

class SshKeychain final {
public:
    // The Qt Keychain service every Perfdeck secret is stored under.
    static QString service();

    // done(secret, error) runs in context's thread once the keychain answered; the secret is
    // empty with an error when nothing is stored or no keychain is available. Nothing runs if
    // context is destroyed first.
    static void read(const QString &key, QObject *context,
                     std::function<void(const QString &secret, const QString &error)> done);
    // done(error): empty on success.
    static void write(const QString &key, const QString &secret, QObject *context,
                      std::function<void(const QString &error)> done);
    static void remove(const QString &key, QObject *context,
                       std::function<void(const QString &error)> done);
};

} // namespace Perfdeck

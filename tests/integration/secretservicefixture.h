// A real Secret Service for keychain tests: a private D-Bus session bus (dbus-daemon) with
// gnome-keyring-daemon's secrets component, its keyring unlocked and kept in a temporary
// directory. start() points this process's DBUS_SESSION_BUS_ADDRESS at that bus, so call it
// before anything talks to D-Bus (Qt connects to the session bus once). Both daemons are
// stopped by PID in the destructor.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace TestHelpers {

class SecretServiceFixture {
public:
    SecretServiceFixture() = default;
    ~SecretServiceFixture() { stop(); }
    SecretServiceFixture(const SecretServiceFixture &) = delete;
    SecretServiceFixture &operator=(const SecretServiceFixture &) = delete;

    static bool available() {
        return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
    }
    QString error() const { return m_error; }

    bool start() {
        if (!available())
            return fail(QStringLiteral("dbus-daemon or gnome-keyring-daemon is not installed "
                                       "(packaging/install-deps.sh installs them)"));
        const QString address =
            QStringLiteral("unix:path=%1").arg(m_dir.path() + QStringLiteral("/bus"));
        m_bus = std::make_unique<QProcess>();
        m_bus->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_bus->start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"),
                      QStringLiteral("--nopidfile"), QStringLiteral("--address=") + address,
                      QStringLiteral("--print-address=1")});
        if (!m_bus->waitForStarted(5000) || !m_bus->waitForReadyRead(5000))
            return fail(QStringLiteral("dbus-daemon did not start"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        // The keyring file and control socket stay in the temporary directory.
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        QDir().mkpath(m_dir.path() + QStringLiteral("/data"));
        m_keyring = std::make_unique<QProcess>();
        m_keyring->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_keyring->setProcessEnvironment(env);
        m_keyring->start(QStringLiteral("gnome-keyring-daemon"),
                         {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                          QStringLiteral("--unlock")});
        if (!m_keyring->waitForStarted(5000))
            return fail(QStringLiteral("gnome-keyring-daemon did not start"));
        // --unlock reads the login keyring's password from stdin until EOF.
        // (QProcess writes from the event loop: flush before the waiting loop below.)
        m_keyring->write("perfdeck-test");
        m_keyring->waitForBytesWritten(3000);
        m_keyring->closeWriteChannel();
        // Ready once the secrets service owns its name on the bus.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            QProcess probe;
            probe.setProcessEnvironment(env);
            probe.start(QStringLiteral("dbus-send"),
                        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                         QStringLiteral("--dest=org.freedesktop.DBus"),
                         QStringLiteral("/org/freedesktop/DBus"),
                         QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                         QStringLiteral("string:org.freedesktop.secrets")});
            probe.waitForFinished(3000);
            if (probe.readAllStandardOutput().contains("boolean true"))
                return true;
            if (m_keyring->state() != QProcess::Running)
                return fail(QStringLiteral("gnome-keyring-daemon exited: ") +
                            QString::fromLocal8Bit(m_keyring->readAllStandardError()));
            QThread::msleep(100);
        }
        return fail(QStringLiteral("the secrets service did not appear on the bus: ") +
                    QString::fromLocal8Bit(m_keyring->readAllStandardError() +
                                           m_keyring->readAllStandardOutput()));
    }

    void stop() {
        for (auto *p : {&m_keyring, &m_bus}) {
            if (*p) {
                (*p)->kill();
                (*p)->waitForFinished(3000);
                p->reset();
            }
        }
    }

private:
    bool fail(const QString &message) {
        m_error = message;
        return false;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/perfdeck-keyring-XXXXXX")};
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_error;
};

} // namespace TestHelpers

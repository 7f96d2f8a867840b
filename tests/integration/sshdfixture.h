// A real OpenSSH sshd on a free loopback port for tests, with its own host key, user keys and
// authorized_keys in a temporary directory; plus a real ssh-agent. As root it logs in a
// throw-away user whose shell is /bin/sh (so no one's ~/.bashrc runs, or hangs, in a test) and
// who can get a password; the user is deleted in the destructor. Everything it starts is
// stopped by PID in the destructor.
//
//     SshdFixture sshd;
//     QVERIFY2(sshd.start(), qPrintable(sshd.error()));
//     target.host = "127.0.0.1"; target.port = sshd.port(); target.user = sshd.loginUser();
//     target.identityFile = sshd.userKey();
//     options.knownHostsFile = sshd.writeKnownHosts();   // or leave it unknown on purpose
#pragma once

#include "ssh/sshhostkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace TestHelpers {

class SshdFixture {
public:
    SshdFixture() { m_dir.setAutoRemove(true); }
    ~SshdFixture() {
        stop();
        stopAgent();
        removeUser();
    }
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    static bool available() { return QFile::exists(QStringLiteral("/usr/sbin/sshd")); }

    QString dir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    qint64 pid() const { return m_sshd ? m_sshd->processId() : 0; }
    QString logFile() const { return path(QStringLiteral("sshd.log")); }
    QString log() const { return QString::fromUtf8(readFile(logFile())); }
    // The private key whose public half is in authorized_keys (ed25519 unless made otherwise).
    QString userKey() const { return path(QStringLiteral("userkey")); }
    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    // Extra sshd_config lines (before start()), e.g. "LogLevel DEBUG1".
    void addConfig(const QString &line) { m_extraConfig << line; }
    void setPasswordAuthentication(bool on) { m_passwordAuth = on; }
    // Runs sshd inside a network namespace (created by the test), listening on address there.
    void setNetworkNamespace(const QString &ns, const QString &address) {
        m_netns = ns;
        m_listenAddress = address;
    }
    QString listenAddress() const { return m_listenAddress; }

    // Generates a key pair NAME / NAME.pub in the directory (passphrase may be empty).
    bool makeKey(const QString &name, const QString &type, const QString &passphrase = {}) {
        QFile::remove(path(name));
        QFile::remove(path(name + QStringLiteral(".pub")));
        QStringList args{
            QStringLiteral("-q"), QStringLiteral("-t"), type,      QStringLiteral("-N"),
            passphrase,           QStringLiteral("-f"), path(name)};
        if (type == QLatin1String("rsa"))
            args << QStringLiteral("-b") << QStringLiteral("2048");
        return run(QStringLiteral("ssh-keygen"), args);
    }
    bool authorize(const QString &keyName) {
        QFile f(path(QStringLiteral("authorized_keys")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        f.write(readFile(path(keyName + QStringLiteral(".pub"))));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                         QFileDevice::ReadOther);
        return true;
    }

    // Creates the host key (unless already there), a user key "userkey" in authorized_keys, the
    // config, and starts sshd -D on a free port; returns once it accepts connections.
    bool start() {
        if (!available()) {
            m_error = QStringLiteral("/usr/sbin/sshd is not installed");
            return false;
        }
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
        // The login user reads authorized_keys with its own rights.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        if (::geteuid() == 0 && m_user.isEmpty() && !createUser())
            return false;
        if (!QFile::exists(path(QStringLiteral("hostkey"))) &&
            !makeKey(QStringLiteral("hostkey"), QStringLiteral("ed25519")))
            return fail(QStringLiteral("ssh-keygen failed for the host key"));
        if (!QFile::exists(userKey())) {
            if (!makeKey(QStringLiteral("userkey"), QStringLiteral("ed25519")) ||
                !authorize(QStringLiteral("userkey")))
                return fail(QStringLiteral("ssh-keygen failed for the user key"));
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = pickPort();
            writeConfig();
            m_sshd = std::make_unique<QProcess>();
            m_sshd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
            m_sshd->setProcessChannelMode(QProcess::MergedChannels);
            const QStringList sshdArgs{QStringLiteral("-D"), QStringLiteral("-f"),
                                       path(QStringLiteral("sshd_config")), QStringLiteral("-E"),
                                       logFile()};
            // `ip netns exec` execs sshd: the PID stays sshd's.
            if (m_netns.isEmpty())
                m_sshd->start(QStringLiteral("/usr/sbin/sshd"), sshdArgs);
            else
                m_sshd->start(QStringLiteral("ip"),
                              QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_netns,
                                          QStringLiteral("/usr/sbin/sshd")} +
                                  sshdArgs);
            if (!m_sshd->waitForStarted(5000))
                return fail(QStringLiteral("sshd did not start"));
            if (waitListening(5000))
                return true;
            const QString why = log();
            stop();
            if (!why.contains(QLatin1String("Address already in use")))
                return fail(QStringLiteral("sshd is not listening: ") + why);
        }
        return fail(QStringLiteral("no free port for sshd"));
    }

    // Restarts on the same port (after a config or host key change).
    bool restart() {
        const int port = m_port;
        stop();
        m_fixedPort = port;
        const bool ok = start();
        m_fixedPort = 0;
        return ok;
    }

    // Kills the listening sshd and every per-connection sshd it forked (a host going away).
    void killAll() {
        if (!m_sshd)
            return;
        QList<qint64> pids = descendants(m_sshd->processId());
        for (qint64 pid : pids)
            ::kill(pid_t(pid), SIGKILL);
        m_sshd->kill();
        m_sshd->waitForFinished(3000);
        m_sshd.reset();
    }

    // Sends sig to every sshd process (listener and per-connection), not to the sessions' own
    // processes.
    void signalSshd(int sig) {
        if (!m_sshd)
            return;
        for (qint64 pid : descendants(m_sshd->processId())) {
            if (readFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed() == "sshd")
                ::kill(pid_t(pid), sig);
        }
    }

    // Kills only the sshd processes (listener and per-connection), leaving the sessions' own
    // processes to fend for themselves: what a crashed sshd or a dead link looks like to them.
    void killSshdOnly() {
        if (!m_sshd)
            return;
        signalSshd(SIGKILL);
        m_sshd->kill();
        m_sshd->waitForFinished(3000);
        m_sshd.reset();
    }

    void stop() {
        if (!m_sshd)
            return;
        killAll();
    }

    // The host public key as the server sends it.
    Perfdeck::SshHostKey hostKey() const {
        const QList<QByteArray> f = readFile(path(QStringLiteral("hostkey.pub"))).split(' ');
        return f.size() >= 2 ? Perfdeck::SshHostKey::fromBase64(f.at(1)) : Perfdeck::SshHostKey();
    }
    // The fingerprint as OpenSSH's ssh-keygen -l prints it (an independent oracle).
    QString opensshFingerprint() const {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-f"), path(QStringLiteral("hostkey.pub"))});
        p.waitForFinished(5000);
        const QList<QByteArray> f = p.readAllStandardOutput().split(' ');
        return f.size() >= 2 ? QString::fromLatin1(f.at(1)) : QString();
    }
    // A known_hosts file that knows this server; returns its path.
    QString writeKnownHosts(const QString &name = QStringLiteral("known_hosts")) const {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(
                QStringLiteral("[%1]:%2 %3\n")
                    .arg(m_listenAddress)
                    .arg(m_port)
                    .arg(QString::fromUtf8(readFile(path(QStringLiteral("hostkey.pub"))).trimmed()))
                    .toUtf8());
        return path(name);
    }

    // A real ssh-agent holding the given keys; its socket for SSH_AUTH_SOCK.
    bool startAgent(const QStringList &keyFiles) {
        m_agentSocket = path(QStringLiteral("agent.sock"));
        QFile::remove(m_agentSocket);
        m_agent = std::make_unique<QProcess>();
        m_agent->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_agent->start(QStringLiteral("ssh-agent"),
                       {QStringLiteral("-D"), QStringLiteral("-a"), m_agentSocket});
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(m_agentSocket) && t.elapsed() < 5000)
            QThread::msleep(20);
        if (!QFile::exists(m_agentSocket))
            return fail(QStringLiteral("ssh-agent did not create its socket"));
        for (const QString &key : keyFiles) {
            QProcess add;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agentSocket);
            add.setProcessEnvironment(env);
            add.start(QStringLiteral("ssh-add"), {key});
            if (!add.waitForFinished(5000) || add.exitCode() != 0)
                return fail(QStringLiteral("ssh-add failed: ") +
                            QString::fromUtf8(add.readAllStandardError()));
        }
        return true;
    }
    QString agentSocket() const { return m_agentSocket; }
    void stopAgent() {
        if (m_agent) {
            m_agent->kill();
            m_agent->waitForFinished(3000);
            m_agent.reset();
        }
    }

    // The user tests log in as: the throw-away user as root, else whoever runs the test.
    QString loginUser() const {
        return m_user.isEmpty() ? QString::fromLocal8Bit(qgetenv("USER")) : m_user;
    }
    // Gives the login user a random password (root only), for password authentication.
    bool createPasswordUser() {
        if (::geteuid() != 0 || m_user.isEmpty())
            return fail(QStringLiteral("password authentication needs root to add a test user"));
        m_password =
            QStringLiteral("pw-%1;$x 'q'").arg(QRandomGenerator::global()->generate64(), 0, 36);
        QProcess p;
        p.start(QStringLiteral("chpasswd"), QStringList());
        p.waitForStarted(5000);
        p.write((m_user + QLatin1Char(':') + m_password + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return fail(QStringLiteral("chpasswd failed"));
        return true;
    }
    QString passwordUser() const { return m_user; }
    QString password() const { return m_password; }
    void removeUser() {
        if (m_user.isEmpty())
            return;
        // Retried: useradd/userdel fail while another test holds the passwd lock.
        for (int i = 0; i < 10 && !run(QStringLiteral("userdel"), {QStringLiteral("-f"), m_user});
             ++i)
            QThread::msleep(200);
        m_user.clear();
    }

    // All processes below pid (sshd forks one per connection, then the session's shell).
    static QList<qint64> descendants(qint64 pid) {
        QList<qint64> result;
        QList<qint64> todo{pid};
        while (!todo.isEmpty()) {
            const qint64 parent = todo.takeFirst();
            const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &entry : entries) {
                bool ok = false;
                const qint64 p = entry.toLongLong(&ok);
                if (!ok)
                    continue;
                const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(p));
                const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
                if (fields.size() > 1 && fields.at(1).toLongLong() == parent) {
                    result << p;
                    todo << p;
                }
            }
        }
        return result;
    }

    static QByteArray readFile(const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    bool createUser() {
        const QString name =
            QStringLiteral("pdssh%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        for (int i = 0; i < 10; ++i) {
            if (run(QStringLiteral("useradd"),
                    // "*": no password, but not locked ("!"), which sshd would refuse.
                    {QStringLiteral("-M"), QStringLiteral("-p"), QStringLiteral("*"),
                     QStringLiteral("-d"), m_dir.path(), QStringLiteral("-s"),
                     QStringLiteral("/bin/sh"), name})) {
                m_user = name;
                return true;
            }
            QThread::msleep(200);
        }
        return fail(QStringLiteral("useradd failed"));
    }
    bool fail(const QString &message) {
        m_error = message;
        return false;
    }
    static bool run(const QString &program, const QStringList &args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }
    int pickPort() {
        if (m_fixedPort)
            return m_fixedPort;
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }
    void writeConfig() {
        QFile f(path(QStringLiteral("sshd_config")));
        f.open(QIODevice::WriteOnly);
        QStringList lines{
            QStringLiteral("Port %1").arg(m_port),
            QStringLiteral("ListenAddress %1").arg(m_listenAddress),
            QStringLiteral("HostKey %1").arg(path(QStringLiteral("hostkey"))),
            QStringLiteral("PidFile %1").arg(path(QStringLiteral("sshd.pid"))),
            QStringLiteral("AuthorizedKeysFile %1").arg(path(QStringLiteral("authorized_keys"))),
            QStringLiteral("PasswordAuthentication %1")
                .arg(m_passwordAuth ? QStringLiteral("yes") : QStringLiteral("no")),
            QStringLiteral("KbdInteractiveAuthentication no"),
            QStringLiteral("PermitRootLogin prohibit-password"),
            QStringLiteral("UsePAM no"),
            QStringLiteral("StrictModes no"),
            QStringLiteral("MaxSessions 50"),
            QStringLiteral("MaxStartups 50"),
            QStringLiteral("AllowTcpForwarding yes")};
        lines << m_extraConfig;
        f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    bool waitListening(int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (m_sshd->state() != QProcess::Running)
                return false;
            QTcpSocket s;
            s.connectToHost(QHostAddress(m_listenAddress), quint16(m_port));
            if (s.waitForConnected(200) && s.waitForReadyRead(2000) &&
                s.readLine().startsWith("SSH-"))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/perfdeck-sshd-XXXXXX")};
    std::unique_ptr<QProcess> m_sshd;
    std::unique_ptr<QProcess> m_agent;
    QString m_agentSocket;
    QString m_netns;
    QString m_listenAddress = QStringLiteral("127.0.0.1");
    QStringList m_extraConfig;
    QString m_error;
    QString m_user;
    QString m_password;
    int m_port = 0;
    int m_fixedPort = 0;
    bool m_passwordAuth = false;
};

} // namespace TestHelpers

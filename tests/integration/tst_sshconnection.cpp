// SshConnection against a real OpenSSH sshd on loopback: host keys (unknown, accepted and
// appended, changed, hashed), every authentication method, live output, exit status and
// signals, timeouts, several channels, the pool, a jump host, and a connection that drops.
#include "sshdfixture.h"

#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshconnectionpool.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <vector>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

// What a channel reported, collected as it happened.
struct ChannelLog {
    QStringList out;
    QStringList err;
    bool finished = false;
    bool startedSeen = false;
    SshChannel::Exit exit;
    QElapsedTimer clock;
    qint64 firstLineAt = -1;
    qint64 finishedAt = -1;

    void attach(SshChannel *ch) {
        clock.start();
        QObject::connect(ch, &SshChannel::started, ch, [this] { startedSeen = true; });
        QObject::connect(ch, &SshChannel::stdoutLine, ch, [this](const QString &l) {
            if (firstLineAt < 0)
                firstLineAt = clock.elapsed();
            out << l;
        });
        QObject::connect(ch, &SshChannel::stderrLine, ch, [this](const QString &l) { err << l; });
        QObject::connect(ch, &SshChannel::finished, ch, [this](const SshChannel::Exit &e) {
            exit = e;
            finished = true;
            finishedAt = clock.elapsed();
        });
    }
};

bool waitFor(const std::function<bool()> &cond, int ms) {
    QElapsedTimer t;
    t.start();
    while (!cond() && t.elapsed() < ms)
        QTest::qWait(10);
    return cond();
}

// Waits until every log has (started or) finished.
bool waitForAll(const std::vector<ChannelLog> &logs, bool ChannelLog::*flag, int ms) {
    return waitFor(
        [&] {
            return std::all_of(logs.begin(), logs.end(),
                               [flag](const ChannelLog &l) { return l.*flag; });
        },
        ms);
}

} // namespace

class TstSshConnection final : public QObject {
    Q_OBJECT

private:
    SshdFixture m_sshd;
    QString m_knownHosts;

    SshTarget target(const SshdFixture &sshd) const {
        SshTarget t;
        t.name = QStringLiteral("loopback");
        t.host = QStringLiteral("127.0.0.1");
        t.port = sshd.port();
        t.user = sshd.loginUser();
        t.auth = SshTarget::Auth::Key;
        t.identityFile = sshd.userKey();
        return t;
    }
    SshOptions options(const QString &knownHosts) const {
        SshOptions o;
        o.knownHostsFile = knownHosts;
        o.useKeychain = false;
        o.connectTimeoutMs = 10000;
        return o;
    }
    // Opens and waits; returns the error text ("" when connected).
    static QString openAndWait(SshConnection &c, int ms = 20000) {
        QString error;
        bool done = false;
        QObject::connect(&c, &SshConnection::connected, &c, [&] { done = true; });
        QObject::connect(&c, &SshConnection::failed, &c,
                         [&](SshConnection::Error, const QString &m) {
                             error = m;
                             done = true;
                         });
        c.open();
        if (!waitFor([&] { return done; }, ms))
            return QStringLiteral("no answer in time");
        return error;
    }
    static ChannelLog runCommand(SshConnection &c, const QString &cmd, int timeoutMs = 0) {
        ChannelLog log;
        log.attach(c.exec(cmd, timeoutMs));
        waitFor([&] { return log.finished; }, 30000);
        return log;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY2(m_sshd.makeKey(QStringLiteral("ecdsakey"), QStringLiteral("ecdsa")), "keygen");
        QVERIFY(m_sshd.authorize(QStringLiteral("ecdsakey")));
        QVERIFY(m_sshd.makeKey(QStringLiteral("rsakey"), QStringLiteral("rsa")));
        QVERIFY(m_sshd.authorize(QStringLiteral("rsakey")));
        QVERIFY(m_sshd.makeKey(QStringLiteral("lockedkey"), QStringLiteral("ed25519"),
                               QStringLiteral("open sesame")));
        QVERIFY(m_sshd.authorize(QStringLiteral("lockedkey")));
        QVERIFY(m_sshd.makeKey(QStringLiteral("strangerkey"), QStringLiteral("ed25519")));
        // libssh2 1.10 signs with ssh-rsa (SHA-1) only, which OpenSSH 9 refuses by default.
        m_sshd.addConfig(QStringLiteral("PubkeyAcceptedAlgorithms +ssh-rsa"));
        m_sshd.addConfig(QStringLiteral("LogLevel VERBOSE"));
        m_sshd.setPasswordAuthentication(true);
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_knownHosts = m_sshd.writeKnownHosts();
    }

    void keyAuthentication_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::addRow("ed25519") << QStringLiteral("userkey") << QString();
        QTest::addRow("ecdsa") << QStringLiteral("ecdsakey") << QString();
        QTest::addRow("rsa") << QStringLiteral("rsakey") << QString();
        QTest::addRow("ed25519 with passphrase from the prompt")
            << QStringLiteral("lockedkey") << QStringLiteral("open sesame");
    }
    void keyAuthentication() {
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        SshTarget t = target(m_sshd);
        t.identityFile = m_sshd.path(key);
        SshConnection c(t, options(m_knownHosts));
        int asked = 0;
        connect(&c, &SshConnection::secretRequested, this,
                [&](SshConnection *conn, const SshConnection::SecretRequest &r) {
                    ++asked;
                    QCOMPARE(r.kind, SshConnection::SecretKind::Passphrase);
                    QVERIFY(r.prompt.contains(key));
                    // A wrong answer first: the prompt must come back for a second try.
                    if (r.attempt == 1)
                        conn->provideSecret(QStringLiteral("wrong"));
                    else
                        conn->provideSecret(passphrase);
                });
        QCOMPARE(openAndWait(c), QString());
        QCOMPARE(asked, passphrase.isEmpty() ? 0 : 2);
        const ChannelLog log = runCommand(c, QStringLiteral("echo hello; id -un"));
        QCOMPARE(log.exit.exitStatus, std::optional<int>(0));
        QCOMPARE(log.out.value(0), QStringLiteral("hello"));
        QCOMPARE(log.out.value(1), t.effectiveUser());
    }

    void passphraseRefusedFailsClearly() {
        SshTarget t = target(m_sshd);
        t.identityFile = m_sshd.path(QStringLiteral("lockedkey"));
        SshConnection c(t, options(m_knownHosts));
        connect(&c, &SshConnection::secretRequested, this,
                [](SshConnection *conn, const SshConnection::SecretRequest &) {
                    conn->refuseSecret();
                });
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::Auth);
        QVERIFY2(error.contains(QLatin1String("no passphrase")), qPrintable(error));
    }

    void agentAuthentication() {
        QVERIFY2(m_sshd.startAgent({m_sshd.path(QStringLiteral("ecdsakey"))}),
                 qPrintable(m_sshd.error()));
        SshTarget t = target(m_sshd);
        t.auth = SshTarget::Auth::Agent;
        t.identityFile.clear();
        SshOptions o = options(m_knownHosts);
        o.agentSocket = m_sshd.agentSocket();
        SshConnection c(t, o);
        QCOMPARE(openAndWait(c), QString());
        // sshd logs which key it accepted: the agent's ECDSA key, not a file.
        QVERIFY(waitFor([&] { return m_sshd.log().contains(QLatin1String("Accepted publickey")); },
                        3000));
        QVERIFY2(m_sshd.log().contains(QLatin1String("ECDSA")), qPrintable(m_sshd.log()));
        QCOMPARE(runCommand(c, QStringLiteral("true")).exit.exitStatus, std::optional<int>(0));
        m_sshd.stopAgent();
    }

    void agentMissingIsNamed() {
        SshTarget t = target(m_sshd);
        t.auth = SshTarget::Auth::Agent;
        SshOptions o = options(m_knownHosts);
        o.agentSocket = m_sshd.path(QStringLiteral("no-agent.sock"));
        SshConnection c(t, o);
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::Auth);
        QVERIFY2(error.contains(QLatin1String("ssh-agent")), qPrintable(error));
    }

    void passwordAuthentication() {
        if (!m_sshd.createPasswordUser())
            QSKIP(qPrintable(m_sshd.error()));
        SshTarget t = target(m_sshd);
        t.auth = SshTarget::Auth::Password;
        t.user = m_sshd.passwordUser();
        t.identityFile.clear();
        SshConnection c(t, options(m_knownHosts));
        QList<int> attempts;
        connect(&c, &SshConnection::secretRequested, this,
                [&](SshConnection *conn, const SshConnection::SecretRequest &r) {
                    attempts << r.attempt;
                    QCOMPARE(r.kind, SshConnection::SecretKind::Password);
                    QVERIFY(r.prompt.contains(m_sshd.passwordUser()));
                    conn->provideSecret(r.attempt == 1 ? QStringLiteral("not it")
                                                       : m_sshd.password());
                });
        QCOMPARE(openAndWait(c), QString());
        QCOMPARE(attempts, QList<int>({1, 2}));
        const ChannelLog log = runCommand(c, QStringLiteral("id -un"));
        QCOMPARE(log.out.value(0), m_sshd.passwordUser());
    }

    void wrongKeyRefused() {
        SshTarget t = target(m_sshd);
        t.identityFile = m_sshd.path(QStringLiteral("strangerkey"));
        SshConnection c(t, options(m_knownHosts));
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::Auth);
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("refused key")), qPrintable(error));
        QCOMPARE(c.state(), SshConnection::State::Failed);
    }

    void unknownHostKeyRefusedByDefault() {
        const QString kh = m_sshd.path(QStringLiteral("empty_known_hosts"));
        QFile::remove(kh);
        SshConnection c(target(m_sshd), options(kh));
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::HostKeyUnknown);
        // The fingerprint exactly as OpenSSH prints it.
        QVERIFY2(error.contains(m_sshd.opensshFingerprint()), qPrintable(error));
        QVERIFY(!QFile::exists(kh));
    }

    void unknownHostKeyAcceptedAndAppended() {
        const QString kh = m_sshd.path(QStringLiteral("new_known_hosts"));
        {
            QFile f(kh);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# kept\nother.example ssh-ed25519 "
                    "AAAAC3NzaC1lZDI1NTE5AAAAIHb5qkBPCcbq5x7LrEpqLh1Cw0gxZwRU0IwlIUq/tVyY");
        }
        SshOptions o = options(kh);
        o.unknownHostKey = SshOptions::UnknownHostKey::AcceptAndSave;
        {
            SshConnection c(target(m_sshd), o);
            QCOMPARE(openAndWait(c), QString());
        }
        const QList<QByteArray> lines = SshdFixture::readFile(kh).split('\n');
        QCOMPARE(lines.value(0), QByteArray("# kept"));
        QVERIFY(lines.value(1).startsWith("other.example ssh-ed25519"));
        QCOMPARE(lines.value(2), QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 %2")
                                     .arg(m_sshd.port())
                                     .arg(QString::fromLatin1(m_sshd.hostKey().base64()))
                                     .toUtf8());
        // Refusing is the default again, and the saved key is now known.
        SshConnection again(target(m_sshd), options(kh));
        QCOMPARE(openAndWait(again), QString());
        // OpenSSH itself accepts the line we wrote.
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"),
                  {QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + kh,
                   QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                   QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-i"),
                   m_sshd.userKey(), QStringLiteral("-l"), m_sshd.loginUser(), QStringLiteral("-p"),
                   QString::number(m_sshd.port()), QStringLiteral("127.0.0.1"),
                   QStringLiteral("true")});
        QVERIFY(ssh.waitForFinished(20000));
        QVERIFY2(ssh.exitCode() == 0, ssh.readAllStandardError().constData());
    }

    void unknownHostKeyAskedAndAcceptedOnce() {
        const QString kh = m_sshd.path(QStringLiteral("ask_known_hosts"));
        QFile::remove(kh);
        SshOptions o = options(kh);
        o.unknownHostKey = SshOptions::UnknownHostKey::Ask;
        SshConnection c(target(m_sshd), o);
        QString fingerprint;
        connect(&c, &SshConnection::hostKeyQuestion, this,
                [&](SshConnection *conn, const SshConnection::HostKeyQuestion &q) {
                    fingerprint = q.key.sha256Fingerprint();
                    QCOMPARE(q.host, QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()));
                    conn->answerHostKey(SshConnection::HostKeyDecision::AcceptOnce);
                });
        QCOMPARE(openAndWait(c), QString());
        QCOMPARE(fingerprint, m_sshd.opensshFingerprint());
        QVERIFY(!QFile::exists(kh));

        SshConnection refused(target(m_sshd), o);
        connect(&refused, &SshConnection::hostKeyQuestion, this,
                [](SshConnection *conn, const SshConnection::HostKeyQuestion &) {
                    conn->answerHostKey(SshConnection::HostKeyDecision::Refuse);
                });
        openAndWait(refused);
        QCOMPARE(refused.error(), SshConnection::Error::HostKeyUnknown);
    }

    void changedHostKeyRefused() {
        // A known_hosts whose line 3 holds another key of the same type for this host; hashed
        // and @cert-authority lines around it must not confuse the check.
        SshdFixture other;
        QVERIFY(other.makeKey(QStringLiteral("hostkey"), QStringLiteral("ed25519")));
        const SshHostKey oldKey = SshHostKey::fromBase64(
            SshdFixture::readFile(other.path(QStringLiteral("hostkey.pub"))).split(' ').at(1));
        const QString kh = m_sshd.path(QStringLiteral("changed_known_hosts"));
        {
            QFile f(kh);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# comment\n@cert-authority *.example " +
                    oldKey.knownHostsLine({}).mid(1).toUtf8() + "\n" +
                    oldKey
                        .knownHostsLine(
                            KnownHosts::hostName(QStringLiteral("127.0.0.1"), m_sshd.port()))
                        .toUtf8() +
                    "\n");
        }
        SshOptions o = options(kh);
        o.unknownHostKey = SshOptions::UnknownHostKey::AcceptAndSave; // never for a change
        SshConnection c(target(m_sshd), o);
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::HostKeyChanged);
        QVERIFY2(error.contains(m_sshd.opensshFingerprint()), qPrintable(error));
        QVERIFY2(error.contains(oldKey.sha256Fingerprint()), qPrintable(error));
        QVERIFY2(error.contains(kh + QStringLiteral(":3")), qPrintable(error));
        QCOMPARE(SshdFixture::readFile(kh).count('\n'), 3); // nothing appended
    }

    void hashedKnownHostsEntry() {
        const QString kh = m_sshd.writeKnownHosts(QStringLiteral("hashed_known_hosts"));
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), kh});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(SshdFixture::readFile(kh).startsWith("|1|"));
        SshConnection c(target(m_sshd), options(kh));
        QCOMPARE(openAndWait(c), QString());
    }

    void outputArrivesBeforeTheCommandEnds() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        ChannelLog log;
        SshChannel *ch =
            c.exec(QStringLiteral("echo first; echo oops >&2; read x; echo second:$x"));
        log.attach(ch);
        QVERIFY(waitFor([&] { return !log.out.isEmpty() && !log.err.isEmpty(); }, 10000));
        // The command is still waiting for its input: the line came live, not at the end.
        QVERIFY(!log.finished);
        QCOMPARE(log.out, QStringList{QStringLiteral("first")});
        QCOMPARE(log.err, QStringList{QStringLiteral("oops")});
        ch->writeStdin("go\n");
        QVERIFY(waitFor([&] { return log.finished; }, 10000));
        QCOMPARE(log.out.value(1), QStringLiteral("second:go"));
        QVERIFY(log.startedSeen);
    }

    void exitStatusAndSignal_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("signal");
        QTest::addRow("exit 0") << QStringLiteral("true") << 0 << QString();
        QTest::addRow("exit 3") << QStringLiteral("exit 3") << 3 << QString();
        QTest::addRow("killed by TERM")
            << QStringLiteral("kill -TERM $$") << -1 << QStringLiteral("TERM");
        QTest::addRow("command not found")
            << QStringLiteral("no-such-command-pd") << 127 << QString();
    }
    void exitStatusAndSignal() {
        QFETCH(QString, command);
        QFETCH(int, status);
        QFETCH(QString, signal);
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        const ChannelLog log = runCommand(c, command);
        QVERIFY(log.finished);
        QCOMPARE(log.exit.exitStatus, status < 0 ? std::nullopt : std::optional<int>(status));
        QCOMPARE(log.exit.exitSignal, signal);
        QCOMPARE(log.exit.error, QString());
    }

    void severalChannelsOverOneConnection() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        // The slow one is started first and finishes last: channels run side by side.
        ChannelLog slow, fast1, fast2;
        slow.attach(c.exec(QStringLiteral("read x; echo slow")));
        fast1.attach(c.exec(QStringLiteral("echo one")));
        fast2.attach(c.exec(QStringLiteral("echo two")));
        QVERIFY(waitFor([&] { return fast1.finished && fast2.finished; }, 10000));
        QVERIFY(!slow.finished);
        const QList<SshChannel *> channels = c.findChildren<SshChannel *>();
        for (SshChannel *ch : channels)
            if (ch->isRunning())
                ch->closeStdin();
        QVERIFY(waitFor([&] { return slow.finished; }, 10000));
        QCOMPARE(slow.out, QStringList{QStringLiteral("slow")});
        QCOMPARE(fast1.out, QStringList{QStringLiteral("one")});
    }

    // A matrix starts its probes, servers and clients on one connection at once. libssh2
    // 1.10 took another channel's CHANNEL_SUCCESS for a lost connection ("Failed waiting
    // for channel success") when two exec requests were in flight: one in a few dozen runs
    // of a two-channel plan, nearly every time with this many.
    void manyChannelsStartedAtOnce() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        constexpr int kChannels = 24;
        std::vector<ChannelLog> logs(kChannels);
        for (int i = 0; i < kChannels; ++i)
            logs[size_t(i)].attach(c.exec(QStringLiteral("echo %1").arg(i)));
        QVERIFY(waitForAll(logs, &ChannelLog::finished, 30000));
        for (int i = 0; i < kChannels; ++i) {
            const ChannelLog &l = logs[size_t(i)];
            QVERIFY2(l.exit.error.isEmpty(), qPrintable(l.exit.error));
            QCOMPARE(l.exit.exitStatus, 0);
            QCOMPARE(l.out, QStringList{QString::number(i)});
        }
        QVERIFY(c.isConnected());
    }

    // Closing channels whose open or exec request is still in flight: each ends, none
    // leaves a reply behind that the next channel would take for its own.
    void closingChannelsWhileTheyStart() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        constexpr int kChannels = 12;
        std::vector<ChannelLog> logs(kChannels);
        std::vector<SshChannel *> channels;
        for (int i = 0; i < kChannels; ++i) {
            channels.push_back(c.exec(QStringLiteral("sleep 30")));
            logs[size_t(i)].attach(channels.back());
        }
        QTest::qWait(5); // some are opening, one is waiting for its exec reply
        for (SshChannel *ch : channels)
            ch->close();
        QVERIFY(waitForAll(logs, &ChannelLog::finished, 20000));
        for (const ChannelLog &l : logs)
            QVERIFY(l.exit.closedByUs);
        QVERIFY(c.isConnected());
        QCOMPARE(runCommand(c, QStringLiteral("echo still")).out,
                 QStringList{QStringLiteral("still")});
    }

    // A command whose time is up while its channel is still opening or waiting for the exec
    // reply (a probe with a short timeout on a loaded host): it ends as timed out, and the
    // reply it leaves is not taken for the next command's (which libssh2 reports as
    // "Failed waiting for channel success").
    void timeoutWhileStartingLeavesTheConnectionUsable() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        for (int round = 0; round < 5; ++round) {
            std::vector<ChannelLog> logs(4);
            for (ChannelLog &l : logs)
                l.attach(c.exec(QStringLiteral("echo late"), 1));
            QVERIFY(waitForAll(logs, &ChannelLog::finished, 20000));
            for (const ChannelLog &l : logs)
                QVERIFY(l.exit.timedOut);
            const ChannelLog next = runCommand(c, QStringLiteral("echo next"));
            QVERIFY2(next.exit.error.isEmpty(), qPrintable(next.exit.error));
            QCOMPARE(next.out, QStringList{QStringLiteral("next")});
            QVERIFY(c.isConnected());
        }
    }

    // Several channels writing while the server stops reading for a moment (its sshd
    // stopped): the socket's send buffer fills and libssh2 holds a half-sent packet that only
    // the same call may finish; the other channels' writes, window adjusts and keepalives
    // must wait for it rather than fail. Every command ends with every byte.
    void bulkWritesSurviveAStalledServer() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        constexpr int kWriters = 8;
        constexpr int kBytes = 4 * 1024 * 1024;
        std::vector<ChannelLog> logs(kWriters);
        std::vector<SshChannel *> writers;
        for (ChannelLog &l : logs) {
            writers.push_back(c.exec(QStringLiteral("wc -c")));
            l.attach(writers.back());
        }
        QVERIFY(waitForAll(logs, &ChannelLog::startedSeen, 10000));
        m_sshd.signalSshd(SIGSTOP);
        for (SshChannel *w : writers) {
            w->writeStdin(QByteArray(kBytes, 'y'));
            w->closeStdin();
        }
        QTest::qWait(1500);
        m_sshd.signalSshd(SIGCONT);
        QVERIFY(waitForAll(logs, &ChannelLog::finished, 60000));
        for (const ChannelLog &l : logs) {
            QVERIFY2(l.exit.error.isEmpty(), qPrintable(l.exit.error));
            QCOMPARE(l.out, QStringList{QString::number(kBytes)});
        }
        QVERIFY(c.isConnected());
    }

    void execBeforeConnectedRunsOnceUp() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        ChannelLog log;
        log.attach(c.exec(QStringLiteral("echo queued")));
        c.open();
        QVERIFY(waitFor([&] { return log.finished; }, 20000));
        QCOMPARE(log.out, QStringList{QStringLiteral("queued")});
    }

    void execTimeout() {
        SshConnection c(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(c), QString());
        const ChannelLog log = runCommand(c, QStringLiteral("echo started; read x"), 3000);
        QVERIFY(log.finished);
        QVERIFY(log.exit.timedOut);
        QCOMPARE(log.out, QStringList{QStringLiteral("started")});
        QVERIFY2(log.exit.error.contains(QLatin1String("timed out")), qPrintable(log.exit.error));
        QVERIFY(log.finishedAt < 15000);
        // The connection is still usable.
        QCOMPARE(runCommand(c, QStringLiteral("echo ok")).out.value(0), QStringLiteral("ok"));
    }

    void connectTimeoutOnSilentServer() {
        // Accepts TCP but never says a word: the handshake must give up on time.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshTarget t = target(m_sshd);
        t.port = silent.serverPort();
        SshOptions o = options(m_knownHosts);
        o.connectTimeoutMs = 800;
        SshConnection c(t, o);
        QElapsedTimer clock;
        clock.start();
        const QString error = openAndWait(c, 15000);
        QCOMPARE(c.error(), SshConnection::Error::Timeout);
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    }

    void connectionRefusedNamesHostAndPort() {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        const quint16 port = s.serverPort();
        s.close();
        SshTarget t = target(m_sshd);
        t.port = port;
        SshConnection c(t, options(m_knownHosts));
        const QString error = openAndWait(c);
        QCOMPARE(c.error(), SshConnection::Error::Connect);
        QVERIFY2(error.contains(QString::number(port)) && error.contains(QLatin1String("refused")),
                 qPrintable(error));
    }

    // A command given after the worker gave up, but before the failure reached this thread,
    // ends with that failure instead of waiting forever (a run's tool probe did).
    void execAfterAnInstantFailureEnds() {
        SshTarget t = target(m_sshd);
        t.host = QStringLiteral("-no-such-host.invalid"); // fails without asking DNS
        SshConnection c(t, options(m_knownHosts));
        c.open();
        QThread::msleep(300); // the worker ends meanwhile; its news is still queued
        ChannelLog log;
        log.attach(c.exec(QStringLiteral("true")));
        QVERIFY(waitFor([&] { return log.finished; }, 10000));
        QVERIFY2(log.exit.error.contains(QLatin1String("no-such-host")),
                 qPrintable(log.exit.error));
        QCOMPARE(c.state(), SshConnection::State::Failed);
    }

    void poolReusesConnections() {
        SshConnectionPool pool(options(m_knownHosts));
        const SshTarget t = target(m_sshd);
        SshConnection *first = pool.connection(t);
        ChannelLog a;
        a.attach(first->exec(QStringLiteral("echo a")));
        QVERIFY(waitFor([&] { return a.finished; }, 20000));
        SshConnection *second = pool.connection(t);
        QCOMPARE(second, first);
        QCOMPARE(pool.size(), 1);
        ChannelLog b;
        b.attach(second->exec(QStringLiteral("echo b")));
        QVERIFY(waitFor([&] { return b.finished; }, 10000));
        QCOMPARE(b.out, QStringList{QStringLiteral("b")});
        SshTarget other = t;
        other.user = QStringLiteral("nobody-else");
        QVERIFY(pool.connection(other) != first);
        pool.closeAll();
        QCOMPARE(pool.size(), 0);
    }

    void jumpHost() {
        // The target sshd is reached through a direct-tcpip channel of the jump sshd.
        SshdFixture jump;
        jump.addConfig(QStringLiteral("LogLevel DEBUG1"));
        QVERIFY2(jump.start(), qPrintable(jump.error()));
        QFile kh(m_sshd.path(QStringLiteral("jump_known_hosts")));
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write(SshdFixture::readFile(m_knownHosts));
        kh.write(SshdFixture::readFile(jump.writeKnownHosts()));
        kh.close();

        SshTarget hop = target(jump);
        hop.name = QStringLiteral("bastion");
        SshTarget t = target(m_sshd);
        t.jump = std::make_shared<SshTarget>(hop);
        SshConnectionPool pool(options(kh.fileName()));
        SshConnection *c = pool.connection(t);
        ChannelLog log;
        log.attach(c->exec(QStringLiteral("echo through")));
        QVERIFY(waitFor([&] { return log.finished; }, 30000));
        QVERIFY2(log.exit.error.isEmpty(), qPrintable(log.exit.error));
        QCOMPARE(log.out, QStringList{QStringLiteral("through")});
        QCOMPARE(pool.size(), 2);
        QVERIFY2(jump.log().contains(QStringLiteral("port %1").arg(m_sshd.port())) &&
                     jump.log().contains(QLatin1String("direct-tcpip")),
                 qPrintable(jump.log()));
        pool.closeAll();
    }

    void jumpHostFailureNamesTheJump() {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        SshTarget hop = target(m_sshd);
        hop.name = QStringLiteral("bastion");
        hop.port = s.serverPort();
        s.close();
        SshTarget t = target(m_sshd);
        t.jump = std::make_shared<SshTarget>(hop);
        SshConnection c(t, options(m_knownHosts));
        const QString error = openAndWait(c);
        QVERIFY2(error.contains(QLatin1String("bastion")), qPrintable(error));
    }

    void droppedConnectionKeepsOutputAndSaysWhy() {
        SshdFixture doomed;
        QVERIFY2(doomed.start(), qPrintable(doomed.error()));
        SshConnection c(target(doomed), options(doomed.writeKnownHosts()));
        QCOMPARE(openAndWait(c), QString());
        QSignalSpy disconnected(&c, &SshConnection::disconnected);
        ChannelLog log;
        log.attach(c.exec(QStringLiteral("i=0; while [ $i -lt 300 ]; do echo tick $i; "
                                         "i=$((i+1)); sleep 0.1; done")));
        QVERIFY(waitFor([&] { return log.out.size() >= 3; }, 10000));
        doomed.killAll();
        QVERIFY(waitFor([&] { return log.finished; }, 15000));
        QVERIFY(log.out.size() >= 3);
        QCOMPARE(log.out.first(), QStringLiteral("tick 0"));
        QVERIFY2(log.exit.error.contains(QLatin1String("127.0.0.1")) &&
                     log.exit.error.contains(QLatin1String("lost")),
                 qPrintable(log.exit.error));
        QVERIFY(!log.exit.exitStatus);
        QVERIFY(waitFor([&] { return disconnected.size() == 1; }, 5000));
        QCOMPARE(c.error(), SshConnection::Error::Disconnected);
    }

    void destroyingARunningConnectionDoesNotHang() {
        auto *c = new SshConnection(target(m_sshd), options(m_knownHosts));
        QCOMPARE(openAndWait(*c), QString());
        c->exec(QStringLiteral("read x")); // ends when its stdin closes
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        delete c;
        QVERIFY(t.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TstSshConnection)
#include "tst_sshconnection.moc"

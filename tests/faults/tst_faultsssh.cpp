// The fault matrix for remote hosts, through perfdeck-cli against a real OpenSSH sshd on
// loopback: sshd killed in the middle of a test (server host and client host), a key the host
// does not accept, a changed host key, iperf3 missing on the host, and an inventory address
// that does not resolve. Each case checks the message (host and cause), exit code 1 (a test
// that could not run is a test failure, DESIGN's CLI contract), the samples measured before
// the fault, the time it took, and that no iperf3 it started is left on the "remote" side.
#include "../integration/sshdfixture.h"
#include "faultfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using Faults::Cli;
using Faults::ToolDir;
using TestHelpers::SshdFixture;

namespace {

// The iperf3 processes among pids (not the remote wrapper shell, whose command line holds the
// same words).
QList<qint64> iperf3Only(const QList<qint64> &pids) {
    QList<qint64> result;
    for (qint64 pid : pids) {
        if (SshdFixture::readFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed() == "iperf3")
            result << pid;
    }
    return result;
}

QJsonObject firstRun(const QString &jsonPath) {
    return TestHelpers::readJson(jsonPath)
        .value(QStringLiteral("runs"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TstFaultsSsh final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ToolDir> m_tools;
    std::unique_ptr<SshdFixture> m_sshd;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An inventory with host "remote" on the sshd; extra lines are added to its entry.
    QString writeHosts(const QString &name, const QString &extra = QString(),
                       const QString &address = QStringLiteral("127.0.0.1")) {
        const QString file = path(name);
        QString text = QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                                      "  - name: remote\n    address: %1\n    port: %2\n"
                                      "    user: %3\n    auth: key\n")
                           .arg(address)
                           .arg(m_sshd->port())
                           .arg(m_sshd->loginUser());
        if (!extra.contains(QLatin1String("identity_file:")))
            text += QStringLiteral("    identity_file: %1\n").arg(m_sshd->userKey());
        if (!extra.contains(QLatin1String("iperf3:")))
            text += QStringLiteral("    iperf3: %1\n").arg(m_tools->iperf3());
        text += extra;
        Faults::writeFile(file, text.toUtf8());
        return file;
    }

    QStringList runArgs(const QString &hosts, const QString &client, const QString &server) {
        return {"run",
                "--iperf3",
                m_tools->iperf3(),
                "--hosts",
                hosts,
                "--clients",
                client,
                "--servers",
                server,
                "--known-hosts",
                m_sshd->writeKnownHosts()};
    }

    void verifyNoOrphans(int ms = 10000) {
        const QList<qint64> left = m_tools->orphansAfter(ms);
        m_tools->killLeftovers();
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("left running: ") + ToolDir::describe(left)));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available() || !TestHelpers::iperf3Available())
            QSKIP("needs sshd and iperf3");
        QVERIFY(m_dir.isValid());
        Faults::becomeSubreaper();
        m_tools = std::make_unique<ToolDir>();
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        qputenv("PERFDECK_HISTORY_DB", path(QStringLiteral("history.sqlite")).toUtf8());
    }
    void init() {
        // A case that killed sshd leaves the next one a fresh one on the same port.
        if (m_sshd->pid() == 0)
            QVERIFY2(m_sshd->restart(), qPrintable(m_sshd->error()));
    }
    void cleanup() {
        if (m_tools)
            m_tools->killLeftovers();
    }

    // sshd and its sessions die while the test runs (a crashed or restarted sshd); the tool
    // on that host is left without its session, and must end all the same.
    void sshdKilledMidTest_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addRow("server over SSH") << "local"
                                         << "remote";
        QTest::addRow("client over SSH") << "remote"
                                         << "local";
    }
    void sshdKilledMidTest() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        const QString json = path(QStringLiteral("sshd-killed.json"));
        Cli cli;
        cli.start(runArgs(writeHosts(QStringLiteral("hosts.yaml")), client, server) +
                  QStringList{"-t", "6", "-i", "0.5", "--json", json});
        QVERIFY2(cli.waitForStderr("1.5/6 s", 30000), qPrintable(cli.err()));
        m_sshd->killSshdOnly();
        QVERIFY2(cli.finish((6 + 30 + 5) * 1000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
        const QString error = run.value(QStringLiteral("error")).toString();
        qInfo("error: %s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("remote")), qPrintable(error));
        verifyNoOrphans();
    }

    // The order that made about one sshdKilledMidTest run in eight lose the host's name: the
    // local client sees "the server has terminated" and ends first, and the connection to the
    // server's host is lost only afterwards, while the run lets its server linger (2 s). Here
    // that order is forced: sshd is frozen, the remote server killed, and sshd killed only once
    // the client has ended. The lost connection still names the host.
    void serverHostLostAfterClientEnded() {
        const QString json = path(QStringLiteral("lost-after-client.json"));
        Cli cli;
        cli.start(runArgs(writeHosts(QStringLiteral("hosts.yaml")), QStringLiteral("local"),
                          QStringLiteral("remote")) +
                  QStringList{"-t", "6", "-i", "0.5", "--json", json});
        QVERIFY2(cli.waitForStderr("1.5/6 s", 30000), qPrintable(cli.err()));
        const QList<qint64> servers = iperf3Only(m_tools->processes(QStringLiteral(" -s ")));
        const QList<qint64> clients = iperf3Only(m_tools->processes(QStringLiteral(" -c ")));
        QCOMPARE(servers.size(), 1);
        QCOMPARE(clients.size(), 1);
        m_sshd->signalSshd(SIGSTOP); // the connection stays open, but nothing moves on it
        QVERIFY(::kill(pid_t(servers.first()), SIGKILL) == 0);
        // The local client ends ("the server has terminated"); its result is built meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(iperf3Only(m_tools->processes(QStringLiteral(" -c "))).isEmpty(),
                                 10000);
        QTest::qWait(300);
        m_sshd->killSshdOnly();
        QVERIFY2(cli.finish((6 + 30 + 5) * 1000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        // What was measured before the loss is kept: a partial run, not a retry from scratch
        // (iperf3's "Connection reset by peer" here once made the plan retry it and drop it).
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY2(!run.value(QStringLiteral("intervals")).toArray().isEmpty(),
                 qPrintable(cli.said()));
        const QString error = run.value(QStringLiteral("error")).toString();
        qInfo("error: %s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("iperf3 server on remote")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("lost")), qPrintable(error));
        QVERIFY2(cli.said().contains(error), qPrintable(cli.said()));
        verifyNoOrphans();
    }

    void wrongKey() {
        QVERIFY(m_sshd->makeKey(QStringLiteral("strangerkey"), QStringLiteral("ed25519")));
        const QString hosts = writeHosts(QStringLiteral("wrong-key.yaml"),
                                         QStringLiteral("    identity_file: %1\n")
                                             .arg(m_sshd->path(QStringLiteral("strangerkey"))));
        const qsizetype logBefore = m_sshd->log().size();
        Cli cli;
        // Three runs of the test: each fails on the refused key.
        cli.start(runArgs(hosts, QStringLiteral("local"), QStringLiteral("remote")) +
                  QStringList{"-t", "1", "--repeat", "3"});
        QVERIFY2(cli.finish(30000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.said().contains(QLatin1String("remote")), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(QLatin1String("authenticat"), Qt::CaseInsensitive),
                 qPrintable(cli.said()));
        // One refused login for the batch, not one per run or per process a run needed:
        // sshd counts failed logins and fail2ban bans after a few.
        const QString log = m_sshd->log().mid(logBefore);
        QVERIFY2(log.count(QLatin1String("Connection closed by authenticating user")) == 1,
                 qPrintable(log));
        verifyNoOrphans(2000);
    }

    void changedHostKey() {
        QVERIFY(m_sshd->makeKey(QStringLiteral("otherhostkey"), QStringLiteral("ed25519")));
        const QString knownHosts = path(QStringLiteral("changed_known_hosts"));
        const QByteArray previous =
            QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd->port()).toUtf8() +
            SshdFixture::readFile(m_sshd->path(QStringLiteral("otherhostkey.pub"))).trimmed() +
            '\n';
        QVERIFY(Faults::writeFile(knownHosts, previous));
        Cli cli;
        cli.start({"run", "--hosts", writeHosts(QStringLiteral("changed.yaml")), "--clients",
                   "local", "--servers", "remote", "--known-hosts", knownHosts,
                   "--accept-new-host-keys", "-t", "1"});
        QVERIFY2(cli.finish(30000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.said().contains(QLatin1String("HOST KEY CHANGED")), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(QLatin1String("remote")), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(m_sshd->opensshFingerprint()), qPrintable(cli.said()));
        QCOMPARE(Faults::readFile(knownHosts), previous); // never overwritten
        verifyNoOrphans(2000);
    }

    void iperf3MissingOnHost_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addRow("server host") << "local"
                                     << "remote";
        QTest::addRow("client host") << "remote"
                                     << "local";
    }
    void iperf3MissingOnHost() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        const QString missing = QStringLiteral("/nonexistent-%1/iperf3").arg(Faults::randomTag());
        const QString hosts = writeHosts(QStringLiteral("missing.yaml"),
                                         QStringLiteral("    iperf3: %1\n").arg(missing));
        const QString json = path(QStringLiteral("missing.json"));
        Cli cli;
        cli.start(runArgs(hosts, client, server) + QStringList{"-t", "1", "--json", json});
        QVERIFY2(cli.finish(30000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        const QString error = firstRun(json).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(missing), qPrintable(error));
        qInfo("error: %s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("remote")), qPrintable(error));
        verifyNoOrphans(2000);
    }

    void addressDoesNotResolve() {
        const QString name = QStringLiteral("no-such-host-%1.invalid").arg(Faults::randomTag());
        const QString hosts = writeHosts(QStringLiteral("unresolved.yaml"), QString(), name);
        Cli cli;
        cli.start(runArgs(hosts, QStringLiteral("local"), QStringLiteral("remote")) +
                  QStringList{"-t", "1"});
        QVERIFY2(cli.finish(30000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.said().contains(name), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(QLatin1String("remote")), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(QLatin1String("resolve"), Qt::CaseInsensitive),
                 qPrintable(cli.said()));
        verifyNoOrphans(2000);
    }
};

QTEST_GUILESS_MAIN(TstFaultsSsh)
#include "tst_faultsssh.moc"

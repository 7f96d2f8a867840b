// perfdeck-cli run --hosts FILE --clients NAME --servers NAME against a real OpenSSH sshd on
// loopback (two inventory names for one sshd): both ends over SSH, `local` with a remote end,
// a 2x1 plan, host keys (unknown refused with its fingerprint, accepted and saved with the
// flag, a changed key refused naming both), unknown names, a profile, and shell
// metacharacters in every field that reaches a remote command line, none of which may run.
#include "sshdfixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using TestHelpers::CliResult;
using TestHelpers::SshdFixture;

namespace {

// YAML double-quoted scalar: every byte of the value arrives as written.
QString yamlQuote(QString value) {
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('"'), QLatin1String("\\\""));
    value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

using Fields = QList<std::pair<QString, QString>>;

QString hostYaml(const QString &name, const SshdFixture &sshd, const Fields &overrides = {}) {
    Fields fields{{QStringLiteral("name"), name},
                  {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                  {QStringLiteral("port"), QString::number(sshd.port())},
                  {QStringLiteral("user"), sshd.loginUser()},
                  {QStringLiteral("auth"), QStringLiteral("key")},
                  {QStringLiteral("identity_file"), sshd.userKey()}};
    for (const auto &[key, value] : overrides) {
        auto it = std::find_if(fields.begin(), fields.end(),
                               [&key](const auto &f) { return f.first == key; });
        if (it != fields.end())
            it->second = value;
        else
            fields.append({key, value});
    }
    QString text;
    for (const auto &[key, value] : fields) {
        text += (text.isEmpty() ? QStringLiteral("  - ") : QStringLiteral("    ")) + key +
                QStringLiteral(": ") + (key == QLatin1String("port") ? value : yamlQuote(value)) +
                QLatin1Char('\n');
    }
    return text;
}

bool writeText(const QString &path, const QString &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QJsonObject firstRun(const QString &jsonPath) {
    return TestHelpers::readJson(jsonPath)
        .value(QStringLiteral("runs"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TstCliRemoteRun final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_hosts;      // alpha and beta, both this sshd
    QString m_knownHosts; // knows this sshd

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliResult run(const QStringList &args, int timeoutMs = 90000) {
        return TestHelpers::runCli(
            QStringList{QStringLiteral("run"), QStringLiteral("--quiet")} + args, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_hosts = path(QStringLiteral("hosts.yaml"));
        QVERIFY(writeText(m_hosts, QStringLiteral("format: perfdeck.hosts/1\nhosts:\n") +
                                       hostYaml(QStringLiteral("alpha"), m_sshd) +
                                       hostYaml(QStringLiteral("beta"), m_sshd)));
        m_knownHosts = m_sshd.writeKnownHosts();
    }

    // What the server saw, when a case failed (the CLI's error names the client side only).
    void cleanup() {
        if (QTest::currentTestFailed())
            qWarning("sshd log (last lines):\n%s", qPrintable(m_sshd.log().right(6000)));
    }

    void bothEndsRemote() {
        const QString json = path(QStringLiteral("both.json"));
        QProcess p;
        p.start(QStringLiteral(PERFDECK_CLI),
                {QStringLiteral("run"), QStringLiteral("--hosts"), m_hosts,
                 QStringLiteral("--clients"), QStringLiteral("alpha"), QStringLiteral("--servers"),
                 QStringLiteral("beta"), QStringLiteral("--known-hosts"), m_knownHosts,
                 QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-i"),
                 QStringLiteral("0.5"), QStringLiteral("--json"), json});
        // Live: interval lines on stderr while the test still runs.
        const QByteArray err = TestHelpers::waitForStderr(p, "1.0/3 s", 60000);
        QVERIFY2(err.contains("from alpha against beta"), err.constData());
        QVERIFY2(err.contains("1.0/3 s"), err.constData());
        QCOMPARE(p.state(), QProcess::Running); // a good second before the test's end
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, QByteArray(err + p.readAllStandardError()).constData());
        QVERIFY2(out.contains("alpha -> beta"), out.constData());
        const QJsonObject r = firstRun(json);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("client_host")).toString(), QStringLiteral("alpha"));
        QCOMPARE(r.value(QStringLiteral("server_host")).toString(), QStringLiteral("beta"));
        QCOMPARE(r.value(QStringLiteral("client_address")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(r.value(QStringLiteral("server_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(r.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("intervals")).toArray().size() >= 5);
    }

    void localAndRemote_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addRow("local client, remote server") << "local"
                                                     << "beta";
        QTest::addRow("remote client, local server") << "alpha"
                                                     << "local";
    }
    void localAndRemote() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        const QString json = path(QStringLiteral("mixed.json"));
        const CliResult r = run({"--hosts", m_hosts, "--clients", client, "--servers", server,
                                 "--known-hosts", m_knownHosts, "-t", "2", "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("client_host")).toString(), client);
        QCOMPARE(run.value(QStringLiteral("server_host")).toString(), server);
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
    }

    void netperfRemote() {
        if (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty())
            QSKIP("netperf is not installed");
        const QString json = path(QStringLiteral("netperf.json"));
        const CliResult r = run({"--hosts", m_hosts, "--clients", "alpha", "--servers", "beta",
                                 "--known-hosts", m_knownHosts, "--engine", "netperf", "--test",
                                 "TCP_STREAM", "-t", "2", "-i", "0.5", "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("engine")).toString(), QStringLiteral("netperf"));
        QCOMPARE(run.value(QStringLiteral("server_host")).toString(), QStringLiteral("beta"));
        QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
    }

    void profileOnRemoteHosts() {
        const QString profile = path(QStringLiteral("remote-profile.yaml"));
        QVERIFY(writeText(profile, QStringLiteral("name: remote-pair\n"
                                                  "defaults:\n  engine: iperf3\n  duration: 1\n"
                                                  "tests:\n  - name: up\n"
                                                  "  - name: down\n    direction: receive\n")));
        const QString json = path(QStringLiteral("profile.json"));
        const CliResult r =
            run({"--hosts", m_hosts, "--clients", "alpha", "--servers", "beta", "--known-hosts",
                 m_knownHosts, "--profile", profile, "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonArray runs = TestHelpers::readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &v : runs) {
            QCOMPARE(v.toObject().value(QStringLiteral("client_host")).toString(),
                     QStringLiteral("alpha"));
            QCOMPARE(v.toObject().value(QStringLiteral("server_host")).toString(),
                     QStringLiteral("beta"));
        }
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("receive"));
    }

    void unknownNameExitsTwo_data() {
        QTest::addColumn<QString>("option");
        QTest::addRow("client") << "--clients";
        QTest::addRow("server") << "--servers";
    }
    void unknownNameExitsTwo() {
        QFETCH(QString, option);
        const QString other =
            option == QLatin1String("--clients") ? QStringLiteral("--servers") : "--clients";
        const CliResult r = run({"--hosts", m_hosts, option, "alpah", other, "beta", "-t", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("unknown host 'alpah'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("alpha")) && r.err.contains(QLatin1String("beta")),
                 qPrintable(r.err));
    }

    // A plan whose cells start over SSH: local and alpha as clients, beta as the server.
    void planOverSsh() {
        const QString json = path(QStringLiteral("plan.json"));
        const CliResult r = run({"--hosts", m_hosts, "--clients", "local,alpha", "--servers",
                                 "beta", "--known-hosts", m_knownHosts, "-t", "1", "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonArray runs = TestHelpers::readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QStringList clients;
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(run.value(QStringLiteral("server_host")).toString(), QStringLiteral("beta"));
            clients << run.value(QStringLiteral("client_host")).toString();
        }
        clients.sort();
        QCOMPARE(clients, QStringList({"alpha", "local"}));
    }

    void unknownKeyRefusedThenAcceptedWithTheFlag() {
        const QString knownHosts = path(QStringLiteral("empty_known_hosts"));
        QFile::remove(knownHosts);
        const QString fingerprint = m_sshd.opensshFingerprint();
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
        const CliResult refused = run({"--hosts", m_hosts, "--clients", "alpha", "--servers",
                                       "beta", "--known-hosts", knownHosts, "-t", "1"});
        QCOMPARE(refused.exitCode, 1);
        const QString said = refused.err + refused.out;
        QVERIFY2(said.contains(fingerprint), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("--accept-new-host-keys")), qPrintable(said));
        QVERIFY(!QFile::exists(knownHosts) ||
                !SshdFixture::readFile(knownHosts).contains(m_sshd.hostKey().base64()));

        const QString json = path(QStringLiteral("accepted.json"));
        const CliResult accepted =
            run({"--hosts", m_hosts, "--clients", "alpha", "--servers", "beta", "--known-hosts",
                 knownHosts, "--accept-new-host-keys", "-t", "1", "--json", json});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err + accepted.out));
        const QByteArray saved = SshdFixture::readFile(knownHosts);
        QVERIFY2(saved.contains(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8()),
                 saved.constData());
        QVERIFY(saved.contains(m_sshd.hostKey().base64()));
        QCOMPARE(saved.count('\n'), 1); // appended once, though two names share the host
        // Known now: no flag needed.
        const CliResult again = run({"--hosts", m_hosts, "--clients", "alpha", "--servers", "beta",
                                     "--known-hosts", knownHosts, "-t", "1"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void changedKeyRefusedNamingBothFingerprints() {
        // known_hosts holds another ed25519 key for this host: what a reinstalled or
        // impersonated host looks like.
        QVERIFY(m_sshd.makeKey(QStringLiteral("otherhostkey"), QStringLiteral("ed25519")));
        const QString otherPub =
            QString::fromUtf8(
                SshdFixture::readFile(m_sshd.path(QStringLiteral("otherhostkey.pub"))))
                .trimmed();
        const QString knownHosts = path(QStringLiteral("changed_known_hosts"));
        QVERIFY(writeText(knownHosts,
                          QStringLiteral("[127.0.0.1]:%1 %2\n").arg(m_sshd.port()).arg(otherPub)));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-l"), QStringLiteral("-f"),
                      m_sshd.path(QStringLiteral("otherhostkey.pub"))});
        QVERIFY(keygen.waitForFinished(5000));
        const QString oldFingerprint =
            QString::fromLatin1(keygen.readAllStandardOutput().split(' ').value(1));
        QVERIFY(oldFingerprint.startsWith(QLatin1String("SHA256:")));
        for (const bool accept : {false, true}) {
            QStringList args{"--hosts", m_hosts,         "--clients", "alpha", "--servers",
                             "beta",    "--known-hosts", knownHosts,  "-t",    "1"};
            if (accept)
                args << QStringLiteral("--accept-new-host-keys"); // never overrides a change
            const CliResult r = run(args);
            QCOMPARE(r.exitCode, 1);
            const QString said = r.err + r.out;
            QVERIFY2(said.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(said));
            QVERIFY2(said.contains(m_sshd.opensshFingerprint()), qPrintable(said));
            QVERIFY2(said.contains(oldFingerprint), qPrintable(said));
            QVERIFY2(said.contains(knownHosts + QLatin1String(":1")), qPrintable(said));
        }
        QCOMPARE(SshdFixture::readFile(knownHosts).count('\n'), 1); // left as it was
    }

    // Shell metacharacters in every user-editable field that reaches a remote command line:
    // each run is refused or runs with the text quoted; the marker file never appears.
    void metacharactersNeverRun_data() {
        QTest::addColumn<QString>("field");   // inventory key of alpha, or a run option
        QTest::addColumn<QString>("payload"); // MARK is replaced by the marker's path
        QTest::addColumn<bool>("runs");       // true: the run must succeed (quoted)
        const QStringList payloads = {QStringLiteral(";touch MARK;"),
                                      QStringLiteral("$(touch MARK)"),
                                      QStringLiteral("`touch MARK`"),
                                      QStringLiteral("x'; touch MARK; '"),
                                      QStringLiteral("x\"; touch MARK; \""),
                                      QStringLiteral("x\ntouch MARK\n"),
                                      QStringLiteral("-oProxyCommand=touch MARK")};
        const QStringList kinds = {"semicolon",    "dollar-paren", "backticks",   "single quote",
                                   "double quote", "newline",      "leading dash"};
        for (int i = 0; i < payloads.size(); ++i) {
            for (const char *field : {"iperf3", "netperf", "user", "address", "congestion", "dscp",
                                      "profile-congestion", "profile-set-host"})
                QTest::addRow("%s: %s", field, qPrintable(kinds.at(i)))
                    << QString::fromLatin1(field) << payloads.at(i) << false;
        }
        // Fields that are only names, never shell words: the run goes ahead.
        QTest::addRow("host name") << "name"
                                   << "a;$(touch${IFS}MARK)`id`'\"" << true;
        // A real iperf3 reached through a path full of metacharacters: quoted, it runs.
        QTest::addRow("iperf3 path that exists") << "iperf3-real" << QString() << true;
    }
    void metacharactersNeverRun() {
        QFETCH(QString, field);
        QFETCH(QString, payload);
        QFETCH(bool, runs);
        if (field == QLatin1String("netperf") &&
            QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty())
            QSKIP("netperf is not installed");
        // A directory the remote login user may write to: an executed payload would succeed.
        const QString base =
            QStringLiteral("/tmp/pdmeta-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        QVERIFY(QDir().mkpath(base));
        QFile::setPermissions(base, QFileDevice::Permissions(0x7777));
        const QString marker = base + QStringLiteral("/pwned");
        const QString text = QString(payload).replace(QLatin1String("MARK"), marker);

        Fields alpha;
        QStringList options{"-t", "1"};
        QString clientName = QStringLiteral("alpha");
        if (field == QLatin1String("iperf3") || field == QLatin1String("user") ||
            field == QLatin1String("address")) {
            alpha << std::pair{field, text};
        } else if (field == QLatin1String("netperf")) {
            alpha << std::pair{field, text};
            options << "--engine"
                    << "netperf";
        } else if (field == QLatin1String("congestion")) {
            options << "--congestion" << text;
        } else if (field == QLatin1String("dscp")) {
            options << "--dscp" << text;
        } else if (field == QLatin1String("name")) {
            clientName = text;
        } else if (field == QLatin1String("iperf3-real")) {
            // Directories named like commands, then a link to the real iperf3.
            const QString dir = base + QStringLiteral("/a;$(touch %1)/b`touch %1`/c'\"; touch "
                                                      "%1; '\"/-d $(id)")
                                           .arg(marker);
            QVERIFY(QDir().mkpath(dir));
            const QString tool = dir + QStringLiteral("/iperf3");
            QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("iperf3")), tool));
            alpha << std::pair{QStringLiteral("iperf3"), tool};
        } else {
            // A profile carries the value: directly, or through a variable set on the command
            // line.
            const QString profile = base + QStringLiteral("/profile.yaml");
            const bool direct = field == QLatin1String("profile-congestion");
            QVERIFY(writeText(
                profile, QStringLiteral("name: meta\ntests:\n  - name: t\n"
                                        "    duration: 1\n") +
                             (direct ? QStringLiteral("    congestion: %1\n").arg(yamlQuote(text))
                                     : QStringLiteral("    host: ${HOST}\n"))));
            options << "--profile" << profile;
            if (!direct)
                options << "--set" << QStringLiteral("HOST=") + text;
        }
        const QString hosts = base + QStringLiteral("/hosts.yaml");
        QVERIFY(writeText(hosts, QStringLiteral("format: perfdeck.hosts/1\nhosts:\n") +
                                     hostYaml(clientName, m_sshd, alpha) +
                                     hostYaml(QStringLiteral("beta"), m_sshd)));
        // (A plan never pairs a host with itself: the server is always beta.)
        const QStringList args{"--hosts",   hosts,  "--clients",     clientName,
                               "--servers", "beta", "--known-hosts", m_knownHosts};
        const CliResult r = run(args + options);
        // The remote side had its chance to run a stray command; give it a moment.
        QTest::qWait(300);
        const bool executed = QFile::exists(marker);
        QDir(base).removeRecursively();
        QVERIFY2(!executed, qPrintable(QStringLiteral("the payload ran: ") + r.err));
        if (runs) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        } else {
            QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(r.err + r.out));
            QVERIFY2(!r.err.trimmed().isEmpty() || r.out.contains(QLatin1String("ERROR")),
                     qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliRemoteRun)
#include "tst_cliremoterun.moc"

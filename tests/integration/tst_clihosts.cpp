// perfdeck-cli hosts list | check | import: exit codes and output of the real binary, with a
// HOME whose ~/.ssh holds a real-world config with Include, an Ansible inventory, a real sshd
// on loopback for check (host keys unknown, accepted, changed), and the known-names error for
// an unknown host.
#include "sshdfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString dataDir = QStringLiteral(PERFDECK_TEST_DATA "/inventory");

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args, const QString &home = QString()) {
    QProcess p;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(PERFDECK_CLI), args);
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool copyTree(const QString &from, const QString &to) {
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QString writeFile(const QString &path, const QByteArray &text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

} // namespace

class TestCliHosts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listText();
    void listJson();
    void listBrokenFile();
    void listNeedsHosts();
    void importSshConfigFromHome();
    void importAnsible();
    void importErrors();
    void checkLoopbackHosts();
    void checkHostKeys();
    void checkUnknownNameListsKnownNames();
    void passwordAskedOnTheTerminal();
};

void TestCliHosts::listText() {
    const Result r = cli({"hosts", "list", "--hosts", dataDir + "/hosts.yaml"});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // header, five hosts, local
    QVERIFY(lines.at(0).startsWith(QLatin1String("NAME")));
    QVERIFY2(lines.at(4).contains(QRegularExpression(
                 "^ams-edge +edge1\\.ams\\.example\\.net:2222 +netops +password +client,server "
                 "+Amsterdam +eu-west")),
             qPrintable(lines.at(4)));
    QVERIFY(lines.at(6).startsWith(QLatin1String("local")));
}

void TestCliHosts::listJson() {
    const Result r = cli({"hosts", "list", "--hosts", dataDir + "/legacy-netperf.yaml", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("format").toString(), QStringLiteral("perfdeck.hosts/1"));
    QCOMPARE(o.value("names").toArray().size(), 4);
    QCOMPARE(o.value("names").toArray().last().toString(), QStringLiteral("local"));
    const QJsonObject sender = o.value("hosts").toArray().first().toObject();
    QCOMPARE(sender.value("user").toString(), QStringLiteral("root")); // ssh_user alias
    QCOMPARE(sender.value("roles").toArray(), QJsonArray({"client"}));
}

void TestCliHosts::listBrokenFile() {
    QTemporaryDir dir;
    const QString path =
        writeFile(dir.filePath("hosts.yaml"), "format: perfdeck.hosts/1\nhosts:\n  - name: a\n"
                                              "    adress: 10.0.0.1\n");
    const Result r = cli({"hosts", "list", "--hosts", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path + ":4:5: unknown field 'adress' (did you mean 'address'?)"),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliHosts::listNeedsHosts() {
    const Result r = cli({"hosts", "list"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--hosts FILE is required")));
    QCOMPARE(cli({"hosts", "frobnicate"}).exitCode, 2);
    QCOMPARE(cli({"hosts"}).exitCode, 2);
}

void TestCliHosts::importSshConfigFromHome() {
    QTemporaryDir home;
    QVERIFY(copyTree(dataDir + "/ssh", home.filePath(".ssh")));
    const QString out = home.filePath("hosts.yaml");
    const Result r = cli({"hosts", "import", "ssh-config", "--out", out}, home.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("11 hosts written to %1\n").arg(out));
    QVERIFY2(r.err.contains(QLatin1String("config:31: 'Match host *.corp")), qPrintable(r.err));

    const Result list = cli({"hosts", "list", "--hosts", out, "--json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray hosts =
        QJsonDocument::fromJson(list.out.toUtf8()).object().value("hosts").toArray();
    QCOMPARE(hosts.size(), 11);
    const QJsonObject switch1 = hosts.at(0).toObject(); // from the Included config.d/10-lab.conf
    QCOMPARE(switch1.value("name").toString(), QStringLiteral("switch1.lab"));
    QCOMPARE(switch1.value("port").toInt(), 2022);
    QCOMPARE(switch1.value("identity_file").toString(),
             home.filePath(".ssh/lab_labuser_switch1.lab"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("# Perfdeck host inventory imported from "));
}

void TestCliHosts::importAnsible() {
    QTemporaryDir dir;
    const QString out = dir.filePath("lab.yaml");
    const Result r =
        cli({"hosts", "import", "ansible", dataDir + "/ansible/hosts.ini", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("12 hosts written to %1\n").arg(out));
    const Result list = cli({"hosts", "list", "--hosts", out});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QRegularExpression("\\nfra-perf4 +10\\.20\\.1\\.14:2222 +labadmin "
                                                  "+key +server +Frankfurt +eu +bastion-fra "
                                                  "+fra_perf,lab\\n")),
             qPrintable(list.out));

    const Result stdoutOnly =
        cli({"hosts", "import", "ansible", dataDir + "/ansible/inventory.yml", "--out", "-"});
    QCOMPARE(stdoutOnly.exitCode, 0);
    QVERIFY(stdoutOnly.out.contains(QLatin1String("format: perfdeck.hosts/1")));
    QVERIFY(stdoutOnly.out.contains(QLatin1String("- name: vie-recv01")));
}

void TestCliHosts::importErrors() {
    QTemporaryDir dir;
    Result r = cli({"hosts", "import", "ansible", dataDir + "/ansible/hosts.ini"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--out FILE")));
    r = cli({"hosts", "import", "ansible", "--out", dir.filePath("x.yaml")});
    QCOMPARE(r.exitCode, 2);
    const QString broken = writeFile(dir.filePath("broken.ini"), "[web]\nweb[1:\n");
    r = cli({"hosts", "import", "ansible", broken, "--out", dir.filePath("x.yaml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(broken + ":2:1: host range in 'web[1:' has no closing ']'"),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.yaml")));
    const QString wildcards = writeFile(dir.filePath("config"), "Host *\n  User x\n");
    r = cli({"hosts", "import", "ssh-config", wildcards, "--out", dir.filePath("x.yaml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("no hosts found")));
}

namespace {

QString sshInventory(const QString &file, const TestHelpers::SshdFixture &sshd, quint16 closed) {
    return writeFile(file, QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                                          "  - name: up\n    address: 127.0.0.1\n    port: %1\n"
                                          "    user: %2\n    auth: key\n"
                                          "    identity_file: %3\n"
                                          "  - name: down\n    address: 127.0.0.1\n    port: %4\n")
                               .arg(sshd.port())
                               .arg(sshd.loginUser(), sshd.userKey())
                               .arg(closed)
                               .toUtf8());
}

quint16 closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed when probe goes
}

} // namespace

void TestCliHosts::checkLoopbackHosts() {
    if (!TestHelpers::SshdFixture::available())
        QSKIP("OpenSSH server (sshd) is not installed");
    TestHelpers::SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    const quint16 closed = closedPort();
    QTemporaryDir dir;
    const QString path = sshInventory(dir.filePath("hosts.yaml"), sshd, closed);
    const QString knownHosts = sshd.writeKnownHosts();
    Result r = cli({"hosts", "check", "--hosts", path, "up", "local", "--json", "--known-hosts",
                    knownHosts, "--timeout", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("ok").toBool(), true);
    const QJsonArray hosts = o.value("hosts").toArray();
    QCOMPARE(hosts.size(), 2);
    const QJsonObject up = hosts.at(0).toObject();
    QCOMPARE(up.value("host").toString(), QStringLiteral("up"));
    QCOMPARE(up.value("tcp_reachable").toBool(), true);
    QCOMPARE(up.value("ssh_ok").toBool(), true);
    QVERIFY(up.value("ssh_connect_ms").toDouble() > 0);
    // RTT is the network's (the TCP connect), not sshd starting a shell (the command's).
    QVERIFY(up.value("rtt_ms").toDouble() > 0);
    QCOMPARE(up.value("rtt_ms").toDouble(), up.value("tcp_connect_ms").toDouble());
    QVERIFY(up.value("command_round_trip_ms").toDouble() > 0);
    QCOMPARE(up.value("iperf3_path").toString(), QStringLiteral("/usr/bin/iperf3"));
    QVERIFY(up.value("iperf3_version").toString().startsWith(QLatin1String("3.")));
    QVERIFY(up.value("disk_free_bytes").toDouble() > 0);
    QCOMPARE(up.value("load").toArray().size(), 3);
    QVERIFY(up.value("load").toArray().at(0).isDouble());
    QCOMPARE(hosts.at(1).toObject().value("host").toString(), QStringLiteral("local"));
    QVERIFY(!hosts.at(1).toObject().value("iperf3_version").toString().isEmpty());

    // Behind a jump host only the first hop's connect is timed from here: the RTT shown is
    // the SSH command's round trip then, and a note says so.
    const QString jumped = writeFile(
        dir.filePath("jumped.yaml"),
        QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                       "  - name: up\n    address: 127.0.0.1\n    port: %1\n"
                       "    user: %2\n    auth: key\n    identity_file: %3\n"
                       "  - name: behind\n    address: 127.0.0.1\n    port: %1\n    jump: up\n"
                       "    user: %2\n    auth: key\n    identity_file: %3\n")
            .arg(sshd.port())
            .arg(sshd.loginUser(), sshd.userKey())
            .toUtf8());
    r = cli({"hosts", "check", "--hosts", jumped, "behind", "--json", "--known-hosts", knownHosts,
             "--timeout", "20", "--no-history"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject behind =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value("hosts").toArray().at(0).toObject();
    QCOMPARE(behind.value("ssh_ok").toBool(), true);
    QVERIFY(behind.value("command_round_trip_ms").toDouble() > 0);
    QCOMPARE(behind.value("rtt_ms").toDouble(), behind.value("command_round_trip_ms").toDouble());
    QVERIFY2(QJsonDocument(behind.value("notes").toArray())
                 .toJson()
                 .contains("round trip of an SSH command"),
             qPrintable(QJsonDocument(behind).toJson()));

    r = cli({"hosts", "check", "--hosts", path, "--max-parallel", "2", "--timeout", "20",
             "--known-hosts", knownHosts});
    QCOMPARE(r.exitCode, 1); // "down" refuses
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("\\ndown +error .*unreachable: 127\\.0\\.0\\.1:%1: ").arg(closed))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression("\\nup +(ok|warning) +[0-9.]+ ms +3\\.")),
             qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("checked down: unreachable")));
    QCOMPARE(cli({"hosts", "check", "--hosts", path, "--max-parallel", "0"}).exitCode, 2);

    // Each check is filed in the history database; `hosts history` reads them back, newest
    // first; --no-history files nothing.
    const QString db = dir.filePath("history.sqlite");
    for (int i = 0; i < 2; ++i) {
        r = cli({"hosts", "check", "--hosts", path, "--timeout", "20", "--known-hosts", knownHosts,
                 "--history-db", db});
        QCOMPARE(r.exitCode, 1);
    }
    r = cli({"hosts", "check", "--hosts", path, "up", "--known-hosts", knownHosts, "--history-db",
             db, "--no-history"});
    QCOMPARE(r.exitCode, 0);
    r = cli({"hosts", "history", "--history-db", db, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray checks =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value("checks").toArray();
    QMap<QString, QList<QDateTime>> times;
    for (const QJsonValue &v : checks)
        times[v.toObject().value("host").toString()] << QDateTime::fromString(
            v.toObject().value("checked_at").toString(), Qt::ISODateWithMs);
    QVERIFY2(times.contains("down") && times.contains("up"), qPrintable(times.keys().join(u',')));
    for (const QList<QDateTime> &t : std::as_const(times)) {
        QCOMPARE(t.size(), 2);
        QVERIFY(t.at(0) > t.at(1));
    }
    r = cli({"hosts", "history", "down", "--limit", "1", "--history-db", db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("\\ndown +\\S+ +error .*unreachable: 127\\.0\\.0\\.1:%1: ")
                     .arg(closed))),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1String("\ndown ")), 1);
    r = cli({"hosts", "history", "--history-db", dir.filePath("none.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("none.sqlite")), qPrintable(r.err));
}

void TestCliHosts::checkHostKeys() {
    if (!TestHelpers::SshdFixture::available())
        QSKIP("OpenSSH server (sshd) is not installed");
    TestHelpers::SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    QTemporaryDir dir;
    const QString path = sshInventory(dir.filePath("hosts.yaml"), sshd, closedPort());
    const QString knownHosts = dir.filePath("known_hosts");

    // Unknown: refused, the fingerprint and the way out named; nothing written.
    Result r = cli(
        {"hosts", "check", "--hosts", path, "up", "--known-hosts", knownHosts, "--timeout", "20"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(sshd.opensshFingerprint()), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("--accept-new-host-keys")), qPrintable(r.out));
    QVERIFY(!QFile::exists(knownHosts));

    // Accepted with the flag, and saved: the next check needs no flag.
    r = cli({"hosts", "check", "--hosts", path, "up", "--known-hosts", knownHosts,
             "--accept-new-host-keys", "--timeout", "20", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(
        TestHelpers::SshdFixture::readFile(knownHosts)
            .startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(sshd.port()).toUtf8()));
    r = cli(
        {"hosts", "check", "--hosts", path, "up", "--known-hosts", knownHosts, "--timeout", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Changed (the host got a new key): refused with both fingerprints, even with the flag.
    const QString oldFingerprint = sshd.opensshFingerprint();
    QFile::remove(sshd.path("hostkey"));
    QFile::remove(sshd.path("hostkey.pub"));
    QVERIFY(sshd.makeKey("hostkey", "ed25519"));
    QVERIFY2(sshd.restart(), qPrintable(sshd.error()));
    const QString newFingerprint = sshd.opensshFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);
    r = cli({"hosts", "check", "--hosts", path, "up", "--known-hosts", knownHosts,
             "--accept-new-host-keys", "--timeout", "20", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject up =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value("hosts").toArray().at(0).toObject();
    QCOMPARE(up.value("ssh_ok").toBool(true), false);
    const QString error = up.value("ssh_error").toString();
    QVERIFY2(error.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(error));
    QVERIFY2(error.contains(oldFingerprint), qPrintable(error));
    QVERIFY2(error.contains(newFingerprint), qPrintable(error));
    QVERIFY2(error.contains(knownHosts + QStringLiteral(":1")), qPrintable(error));
}

void TestCliHosts::checkUnknownNameListsKnownNames() {
    const Result r = cli({"hosts", "check", "--hosts", dataDir + "/hosts.yaml", "fra-perf9"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("perfdeck-cli: unknown host 'fra-perf9' (did you mean "
                                   "'fra-perf1'?); known hosts: bastion-fra, fra-perf1, "
                                   "fra-perf2, ams-edge, nyc-cloud1, local\n"));
}

namespace {

QString shellQuoted(const QString &text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

QString readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("-");
}

// A private tmux server: the terminal a user types into.
struct Tmux {
    QString socket = QStringLiteral("perfdeck-tst-%1").arg(QCoreApplication::applicationPid());
    QString run(const QStringList &args) const {
        QProcess p;
        p.start(QStringLiteral("tmux"), QStringList{QStringLiteral("-L"), socket} + args);
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString screen() const {
        return run({QStringLiteral("capture-pane"), QStringLiteral("-p"), QStringLiteral("-t"),
                    QStringLiteral("cli")});
    }
    ~Tmux() { run({QStringLiteral("kill-server")}); }
};

} // namespace

void TestCliHosts::passwordAskedOnTheTerminal() {
    if (!TestHelpers::SshdFixture::available())
        QSKIP("OpenSSH server (sshd) is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty())
        QSKIP("tmux is not installed");
    TestHelpers::SshdFixture sshd;
    sshd.setPasswordAuthentication(true);
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    if (!sshd.createPasswordUser())
        QSKIP(qPrintable(sshd.error()));
    QTemporaryDir dir;
    const QString inventory =
        writeFile(dir.filePath("hosts.yaml"),
                  QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                                 "  - name: pw\n    address: 127.0.0.1\n    port: %1\n"
                                 "    user: %2\n    auth: password\n")
                      .arg(sshd.port())
                      .arg(sshd.passwordUser())
                      .toUtf8());
    const QString knownHosts = sshd.writeKnownHosts();
    const QStringList args{QStringLiteral("hosts"),
                           QStringLiteral("check"),
                           QStringLiteral("--hosts"),
                           inventory,
                           QStringLiteral("pw"),
                           QStringLiteral("--json"),
                           QStringLiteral("--known-hosts"),
                           knownHosts,
                           QStringLiteral("--timeout"),
                           QStringLiteral("30")};

    // A script has no terminal: the login is refused and the message says what works.
    const Result script = cli(args, dir.path());
    QCOMPARE(script.exitCode, 1);
    QVERIFY2(script.err.contains(QLatin1String("no terminal to ask on")), qPrintable(script.err));

    // On a terminal the password is asked, typed without echo, and the login works.
    Tmux tmux;
    QString command = QStringLiteral("HOME=%1 %2")
                          .arg(shellQuoted(dir.path()), shellQuoted(QStringLiteral(PERFDECK_CLI)));
    for (const QString &a : args)
        command += QLatin1Char(' ') + shellQuoted(a);
    command += QStringLiteral(" >%1; echo $? >%2; sleep 30")
                   .arg(shellQuoted(dir.filePath("out.json")), shellQuoted(dir.filePath("rc")));
    tmux.run({QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-s"),
              QStringLiteral("cli"), QStringLiteral("-x"), QStringLiteral("160"),
              QStringLiteral("-y"), QStringLiteral("20"), command});
    QTRY_VERIFY2_WITH_TIMEOUT(tmux.screen().contains(QStringLiteral("Password for")),
                              qPrintable(tmux.screen() + QStringLiteral(" | sessions: ") +
                                         tmux.run({QStringLiteral("list-sessions")}) +
                                         QStringLiteral(" | rc: ") + readAll(dir.filePath("rc"))),
                              30000);
    tmux.run({QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("cli"),
              sshd.password(), QStringLiteral("Enter")});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dir.filePath("rc")).size() > 0, 40000);
    const QString screen = tmux.screen();
    QVERIFY2(!screen.contains(sshd.password()), qPrintable(screen)); // no echo
    QFile rc(dir.filePath("rc"));
    QVERIFY(rc.open(QIODevice::ReadOnly));
    QCOMPARE(rc.readAll().trimmed(), QByteArray("0"));
    QFile out(dir.filePath("out.json"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QJsonObject host = QJsonDocument::fromJson(out.readAll())
                                 .object()
                                 .value(QStringLiteral("hosts"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(host.value(QStringLiteral("ssh_ok")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliHosts)
#include "tst_clihosts.moc"

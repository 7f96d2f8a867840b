// perfdeck-cli hosts deploy against a real sshd on loopback whose login user has recording
// shims first on PATH (sshd's SetEnv): a `sudo` that logs its argv and runs the rest (or one
// that wants a password), and an `apt-get` that logs its argv and environment. The exact
// commands are asserted as the shims saw them. A real SFTP copy is checked byte for byte, with
// its mode, over an existing file and into a missing directory.
#include "sshdfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using TestHelpers::SshdFixture;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(PERFDECK_CLI), args);
    Result r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeFile(const QString &path, const QByteArray &text, int mode) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text);
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

} // namespace

class TestCliDeploy final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    QTemporaryDir m_shared; // shims, their log and copy targets: the login user writes here
    QString m_hosts;
    QString m_knownHosts;

    QString shimDir() const { return m_shared.filePath(QStringLiteral("shim")); }
    QString logFile() const { return m_shared.filePath(QStringLiteral("shim.log")); }
    QStringList logLines() const {
        return QString::fromUtf8(SshdFixture::readFile(logFile()))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    void clearLog() { writeFile(logFile(), {}, 0666); }
    // Logs "NAME [arg] [arg]..." and, with extra, more of the shim's view.
    QByteArray recorder(const QByteArray &name, const QByteArray &extra = {}) const {
        const QByteArray log = logFile().toUtf8();
        return "#!/bin/sh\n{ printf '%s' '" + name + "'; for a in \"$@\"; do printf ' [%s]' " +
               "\"$a\"; done; " + extra + "printf '\\n'; } >> '" + log + "'\n";
    }
    bool passwordlessSudo() {
        return writeFile(shimDir() + "/sudo",
                         recorder("sudo") + "[ \"$1\" = -n ] || exit 64\nshift\nexec \"$@\"\n",
                         0755);
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY(QFile::setPermissions(m_shared.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QDir().mkpath(shimDir()));
        clearLog();
        QVERIFY(passwordlessSudo());
        QVERIFY(writeFile(shimDir() + "/apt-get",
                          recorder("apt-get", "printf ' DEBIAN_FRONTEND=%s' "
                                              "\"$DEBIAN_FRONTEND\"; ") +
                              "echo 'Reading package lists...'\n",
                          0755));
        m_sshd.addConfig(
            QStringLiteral("SetEnv PATH=%1:/usr/local/bin:/usr/bin:/bin").arg(shimDir()));
        m_sshd.addConfig(QStringLiteral("Subsystem sftp internal-sftp"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_knownHosts = m_sshd.writeKnownHosts();
        // Tool paths that do not exist: this machine has iperf3 and netperf, the "remote" host
        // must lack them.
        m_hosts = m_shared.filePath(QStringLiteral("hosts.yaml"));
        QVERIFY(writeFile(m_hosts,
                          QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                                         "  - name: bare\n    address: 127.0.0.1\n    port: %1\n"
                                         "    user: %2\n    auth: key\n    identity_file: %3\n"
                                         "    iperf3: /nonexistent/iperf3\n"
                                         "    netperf: /nonexistent/netperf\n"
                                         "  - name: equipped\n    address: 127.0.0.1\n"
                                         "    port: %1\n    user: %2\n    auth: key\n"
                                         "    identity_file: %3\n")
                              .arg(m_sshd.port())
                              .arg(m_sshd.loginUser(), m_sshd.userKey())
                              .toUtf8(),
                          0644));
    }

    void installsWithSudoN() {
        clearLog();
        const Result r = cli({"hosts", "deploy", "--hosts", m_hosts, "--host", "bare",
                              "--known-hosts", m_knownHosts});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The plan first, with the exact command lines.
        QVERIFY2(
            r.out.startsWith("bare: installing iperf3, netperf with apt-get (sudo -n):\n"
                             "    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -q\n"
                             "    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "
                             "iperf3 netperf\n"),
            qPrintable(r.out));
        QCOMPARE(logLines(),
                 QStringList({
                     "sudo [-n] [env] [DEBIAN_FRONTEND=noninteractive] [apt-get] [update] [-q]",
                     "apt-get [update] [-q] DEBIAN_FRONTEND=noninteractive",
                     "sudo [-n] [env] [DEBIAN_FRONTEND=noninteractive] [apt-get] [install] [-y] "
                     "[-q] [iperf3] [netperf]",
                     "apt-get [install] [-y] [-q] [iperf3] [netperf] "
                     "DEBIAN_FRONTEND=noninteractive",
                 }));
        QVERIFY2(r.err.contains("bare | Reading package lists..."), qPrintable(r.err));
        // The shim installed nothing: the check afterwards says so.
        QVERIFY2(r.err.contains("bare: iperf3 is still not found on bare after the install "
                                "(the inventory names /nonexistent/iperf3)"),
                 qPrintable(r.err));
    }

    void dryRunChangesNothing() {
        clearLog();
        const Result r = cli({"hosts", "deploy", "--hosts", m_hosts, "--known-hosts", m_knownHosts,
                              "--dry-run", "--tools", "iperf3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("bare: would install iperf3 with apt-get (sudo -n):\n"
                                "    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update "
                                "-q\n"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("equipped: nothing to install (iperf3 (/usr/bin/iperf3))"),
                 qPrintable(r.out));
        QVERIFY(logLines().isEmpty());
    }

    void sudoWantingAPasswordIsAClearError() {
        clearLog();
        QVERIFY(writeFile(shimDir() + "/sudo",
                          recorder("sudo") + "echo 'sudo: a password is required' >&2\nexit 1\n",
                          0755));
        const Result r = cli({"hosts", "deploy", "--hosts", m_hosts, "bare", "--known-hosts",
                              m_knownHosts, "--tools", "iperf3"});
        QVERIFY(passwordlessSudo());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("perfdeck-cli: bare: sudo needs a password there, and Perfdeck "
                                "runs sudo -n only"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -q"),
                 qPrintable(r.err));
        // Stopped at the first command; nothing asked for a password.
        QCOMPARE(logLines(),
                 QStringList{
                     "sudo [-n] [env] [DEBIAN_FRONTEND=noninteractive] [apt-get] [update] [-q]"});
    }

    void sftpCopyIsAtomicWithMode0755() {
        QByteArray binary;
        for (int i = 0; i < 200000; ++i) // several SFTP writes, every byte value
            binary += char(i * 7919 % 256);
        const QString local = m_shared.filePath("helper");
        QVERIFY(writeFile(local, binary, 0600));
        const QString target = m_shared.filePath("bin/pd helper");
        QVERIFY(QDir().mkpath(m_shared.filePath("bin")));
        QVERIFY(QFile::setPermissions(m_shared.filePath("bin"), QFileDevice::Permissions(0x7777)));
        QVERIFY(writeFile(target, "old version", 0644)); // replaced, not appended to
        const Result r = cli({"hosts", "deploy", "--hosts", m_hosts, "--host", "bare",
                              "--known-hosts", m_knownHosts, "--copy", local, "--to", target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("bare: will copy %1 -> %2").arg(local, target)),
                 qPrintable(r.out));
        QCOMPARE(SshdFixture::readFile(target), binary);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0755);
        QCOMPARE(QDir(m_shared.filePath("bin")).entryList(QDir::Files),
                 QStringList{"pd helper"}); // no temporary left
    }

    void sftpCopyIntoMissingDirectory() {
        const QString local = m_shared.filePath("helper");
        const QString target = m_shared.filePath("missing/dir/helper");
        const Result r = cli({"hosts", "deploy", "--hosts", m_hosts, "--host", "bare",
                              "--known-hosts", m_knownHosts, "--copy", local, "--to", target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bare (") && r.err.contains("no such directory") &&
                     r.err.contains(target),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
    }

    void badInput() {
        // The probe is copied, not installed: on its own only.
        QCOMPARE(cli({"hosts", "deploy", "--hosts", m_hosts, "--tools", "probe,iperf3"}).exitCode,
                 2);
        QCOMPARE(cli({"hosts", "deploy", "--hosts", m_hosts, "--tools", "iperf2"}).exitCode, 2);
        QCOMPARE(cli({"hosts", "deploy", "--hosts", m_hosts, "--copy", m_hosts}).exitCode, 2);
        const Result unknown = cli({"hosts", "deploy", "--hosts", m_hosts, "--host", "nope"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("known hosts: bare, equipped, local"));
    }
};

QTEST_GUILESS_MAIN(TestCliDeploy)
#include "tst_clideploy.moc"

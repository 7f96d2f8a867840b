// Runs every shell example of the user guide (docs/guide/*.md) that is marked runnable, on
// loopback, so that what the guide tells a user to type works with today's code. A failure
// names the page and line of the example (the row name), its exit code and its output.
//
// Marking, in the Markdown: a fenced block whose info string starts with "sh runnable",
// followed by words that say what it needs or expects:
//   ssh       a loopback sshd and ~/.ssh/config naming it as hosts lab-a and lab-b
//   root      root and network namespaces (skipped where they are not available)
//   netperf   netperf and netserver installed (skipped otherwise)
//   exit=N    the exit code the example must end with (default 0)
//   timeout=S seconds it may take (default 120); the whole process group is killed after
// Lines "<!-- expect: TEXT -->" right after the closing fence name text the output must hold.
// The examples of one page run in order, in one temporary HOME (also the working directory),
// so a page can make a file in one example and use it in the next. PATH starts with the
// build's perfdeck-cli and perfdeck-probe; the history, profile and template folders are the
// defaults under that HOME.
#include "sshdfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

struct Example {
    QString page; // file name under docs/guide
    int line = 0; // line of the opening fence, 1-based
    QString code;
    QStringList needs; // ssh, root, netperf
    int exitCode = 0;
    int timeoutS = 120;
    QStringList expects;
};

QString guideDir() {
    return QStringLiteral(PERFDECK_SOURCE_DIR "/docs/guide");
}

// Parses one page; malformed markers (an unknown word, an unclosed block) are errors, so a
// typo cannot silently drop an example from the test.
QList<Example> parsePage(const QString &page, QString *error) {
    QFile f(guideDir() + QLatin1Char('/') + page);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = page + QStringLiteral(": cannot read");
        return {};
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression opening(QStringLiteral("^```sh runnable(\\s.*)?$"));
    static const QRegularExpression expect(QStringLiteral("^<!-- expect: (.*) -->$"));
    QList<Example> examples;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = opening.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        Example e;
        e.page = page;
        e.line = i + 1;
        const QStringList words = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word == QLatin1String("ssh") || word == QLatin1String("root") ||
                word == QLatin1String("netperf"))
                e.needs << word;
            else if (word.startsWith(QLatin1String("exit=")))
                e.exitCode = word.mid(5).toInt();
            else if (word.startsWith(QLatin1String("timeout=")))
                e.timeoutS = word.mid(8).toInt();
            else {
                *error = QStringLiteral("%1:%2: unknown word '%3' after ```sh runnable")
                             .arg(page)
                             .arg(e.line)
                             .arg(word);
                return {};
            }
        }
        int j = i + 1;
        QStringList code;
        while (j < lines.size() && lines.at(j) != QLatin1String("```"))
            code << lines.at(j++);
        if (j >= lines.size()) {
            *error =
                QStringLiteral("%1:%2: the runnable block is never closed").arg(page).arg(i + 1);
            return {};
        }
        e.code = code.join(QLatin1Char('\n')) + QLatin1Char('\n');
        for (++j; j < lines.size(); ++j) {
            const QRegularExpressionMatch x = expect.match(lines.at(j));
            if (!x.hasMatch())
                break;
            e.expects << x.captured(1);
        }
        i = j - 1;
        examples << e;
    }
    return examples;
}

QString tail(const QByteArray &text, int lines = 25) {
    QStringList l = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (l.size() > lines)
        l = QStringList{QStringLiteral("...")} + l.mid(l.size() - lines);
    return l.join(QLatin1Char('\n'));
}

bool commandWorks(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestGuideExamples final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void examples_data();
    void examples();

private:
    QString homeOf(const QString &page);
    bool prepareSsh(const QString &home, QString *error);
    bool netnsAvailable();

    QList<Example> m_examples;
    QMap<QString, std::shared_ptr<QTemporaryDir>> m_homes;
    std::unique_ptr<TestHelpers::SshdFixture> m_sshd;
    int m_netns = -1; // unknown yet
};

void TestGuideExamples::initTestCase() {
    const QStringList pages =
        QDir(guideDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(!pages.isEmpty(), qPrintable(guideDir() + QStringLiteral(" has no pages")));
    for (const QString &page : pages) {
        QString error;
        const QList<Example> found = parsePage(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_examples += found;
    }
    // The guide promises runnable examples on every capability page: a page whose markers
    // all went missing would otherwise pass by running nothing.
    QVERIFY2(m_examples.size() >= 50,
             qPrintable(QStringLiteral("only %1 runnable examples").arg(m_examples.size())));
    QVERIFY2(QFile::exists(QStringLiteral(PERFDECK_CLI)), PERFDECK_CLI);
}

void TestGuideExamples::examples_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_examples.size(); ++i) {
        const Example &e = m_examples.at(i);
        QTest::newRow(qPrintable(QStringLiteral("docs/guide/%1:%2").arg(e.page).arg(e.line))) << i;
    }
}

QString TestGuideExamples::homeOf(const QString &page) {
    auto &dir = m_homes[page];
    if (!dir) {
        dir = std::make_shared<QTemporaryDir>();
        QDir(dir->path()).mkpath(QStringLiteral(".config"));
    }
    return dir->path();
}

bool TestGuideExamples::netnsAvailable() {
    if (m_netns < 0) {
        const QString name = QStringLiteral("pdguide%1").arg(::getpid());
        m_netns = ::geteuid() == 0 &&
                  commandWorks(QStringLiteral("ip"),
                               {QStringLiteral("netns"), QStringLiteral("add"), name});
        if (m_netns)
            commandWorks(QStringLiteral("ip"),
                         {QStringLiteral("netns"), QStringLiteral("delete"), name});
    }
    return m_netns == 1;
}

// One loopback sshd for the whole test; every page that needs it gets ~/.ssh/config with the
// hosts lab-a and lab-b (both this sshd), the user key and a known_hosts that knows it: what a
// user with a working ssh set-up has.
bool TestGuideExamples::prepareSsh(const QString &home, QString *error) {
    if (!m_sshd) {
        auto sshd = std::make_unique<TestHelpers::SshdFixture>();
        // SFTP for `hosts deploy --copy/--tools probe`, which writes into the login user's
        // home: the fixture's folder.
        sshd->addConfig(QStringLiteral("Subsystem sftp internal-sftp"));
        if (!sshd->start()) {
            *error = sshd->error();
            return false;
        }
        QFile::setPermissions(sshd->dir(), QFileDevice::Permissions(0x7777));
        m_sshd = std::move(sshd);
    }
    const QString ssh = home + QStringLiteral("/.ssh");
    if (QFile::exists(ssh + QStringLiteral("/config")))
        return true;
    QDir().mkpath(ssh);
    QFile::setPermissions(ssh,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString key = ssh + QStringLiteral("/id_ed25519");
    if (!QFile::copy(m_sshd->userKey(), key)) {
        *error = QStringLiteral("cannot copy the user key");
        return false;
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile config(ssh + QStringLiteral("/config"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    for (const char *host : {"lab-a", "lab-b"}) {
        config.write(QStringLiteral("Host %1\n    HostName 127.0.0.1\n    Port %2\n"
                                    "    User %3\n    IdentityFile ~/.ssh/id_ed25519\n\n")
                         .arg(QLatin1String(host))
                         .arg(m_sshd->port())
                         .arg(m_sshd->loginUser())
                         .toUtf8());
    }
    config.close();
    QFile::copy(m_sshd->writeKnownHosts(), ssh + QStringLiteral("/known_hosts"));
    return true;
}

void TestGuideExamples::examples() {
    QFETCH(int, index);
    const Example &e = m_examples.at(index);
    const QString where = QStringLiteral("docs/guide/%1:%2").arg(e.page).arg(e.line);
    const QString home = homeOf(e.page);

    if (e.needs.contains(QLatin1String("root")) && !netnsAvailable())
        QSKIP("needs root and network namespaces");
    if (e.needs.contains(QLatin1String("netperf")) &&
        (QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() ||
         QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty()))
        QSKIP("needs netperf and netserver");
    if (e.needs.contains(QLatin1String("ssh"))) {
        if (!TestHelpers::SshdFixture::available())
            QSKIP("needs /usr/sbin/sshd");
        QString error;
        QVERIFY2(prepareSsh(home, &error), qPrintable(where + QStringLiteral(": ") + error));
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The guide describes the defaults: nothing of the test run's own set-up may leak in.
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PERFDECK_")) || name.startsWith(QLatin1String("XDG_")))
            env.remove(name);
    }
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QString tools = QFileInfo(QStringLiteral(PERFDECK_CLI)).absolutePath() +
                          QLatin1Char(':') +
                          QFileInfo(QStringLiteral(PERFDECK_PROBE_BIN)).absolutePath();
    env.insert(QStringLiteral("PATH"),
               tools + QLatin1Char(':') + env.value(QStringLiteral("PATH")));

    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    // Its own process group, so a timeout ends everything the example started.
    p.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    p.start(QStringLiteral("bash"), {QStringLiteral("-e"), QStringLiteral("-o"),
                                     QStringLiteral("pipefail"), QStringLiteral("-c"), e.code});
    QVERIFY2(p.waitForStarted(10000), qPrintable(where + QStringLiteral(": bash did not start")));
    const qint64 pid = p.processId();
    if (!p.waitForFinished(e.timeoutS * 1000)) {
        ::kill(-pid_t(pid), SIGKILL);
        p.waitForFinished(5000);
        QFAIL(
            qPrintable(QStringLiteral("%1: still running after %2 s\n--- stdout\n%3\n--- "
                                      "stderr\n%4")
                           .arg(where)
                           .arg(e.timeoutS)
                           .arg(tail(p.readAllStandardOutput()), tail(p.readAllStandardError()))));
    }
    // A background process the example left behind would outlive the test: end its group.
    ::kill(-pid_t(pid), SIGKILL);
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QString report = QStringLiteral("%1\n--- the example\n%2--- stdout\n%3\n--- stderr\n%4")
                               .arg(where, e.code, tail(out), tail(err));
    QVERIFY2(
        code == e.exitCode,
        qPrintable(
            QStringLiteral("exit code %1, the guide expects %2 at ").arg(code).arg(e.exitCode) +
            report));
    const QString both = QString::fromUtf8(out + err);
    for (const QString &text : e.expects) {
        QVERIFY2(both.contains(text),
                 qPrintable(QStringLiteral("the output lacks \"%1\" at ").arg(text) + report));
    }
}

QTEST_GUILESS_MAIN(TestGuideExamples)
#include "tst_guideexamples.moc"

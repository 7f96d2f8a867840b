// SshRemoteProcess against a real sshd on loopback (the "remote" processes are visible in
// /proc): PID reporting, exit codes, stop/timeout/dropped connection leave no process behind,
// and shell metacharacters in arguments stay data.
#include "sshdfixture.h"

#include "ssh/sshconnection.h"
#include "ssh/sshremoteprocess.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

bool waitFor(const std::function<bool()> &cond, int ms) {
    QElapsedTimer t;
    t.start();
    while (!cond() && t.elapsed() < ms)
        QTest::qWait(10);
    return cond();
}

bool alive(qint64 pid) {
    // A zombie counts as gone: it runs nothing.
    const QByteArray stat = SshdFixture::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return false;
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return f.value(0) != "Z";
}

// Processes whose process group is pgid.
QList<qint64> groupMembers(qint64 pgid) {
    QList<qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray stat = SshdFixture::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 2 && f.at(2).toLongLong() == pgid && f.at(0) != "Z")
            result << pid;
    }
    return result;
}

QString describe(const QList<qint64> &pids) {
    QStringList parts;
    for (qint64 pid : pids)
        parts << QStringLiteral("%1 %2").arg(pid).arg(QString::fromUtf8(
            SshdFixture::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).replace('\0', ' ')));
    return QStringLiteral("left behind: ") + parts.join(QStringLiteral(", "));
}

struct Outcome {
    QStringList out;
    QStringList err;
    bool started = false;
    bool finished = false;
    int code = -2;
    QString description;
    void attach(SshRemoteProcess &p) {
        QObject::connect(&p, &SshRemoteProcess::started, &p, [this] { started = true; });
        QObject::connect(&p, &SshRemoteProcess::stdoutLine, &p,
                         [this](const QString &l) { out << l; });
        QObject::connect(&p, &SshRemoteProcess::stderrLine, &p,
                         [this](const QString &l) { err << l; });
        QObject::connect(&p, &SshRemoteProcess::finished, &p, [this](int c, const QString &d) {
            code = c;
            description = d;
            finished = true;
        });
    }
};

} // namespace

class TstSshRemoteProcess final : public QObject {
    Q_OBJECT
private:
    SshdFixture m_sshd;
    std::unique_ptr<SshConnection> m_conn;

    SshTarget target(const SshdFixture &sshd) const {
        SshTarget t;
        t.name = QStringLiteral("remote-a");
        t.host = QStringLiteral("127.0.0.1");
        t.port = sshd.port();
        t.user = sshd.loginUser();
        t.auth = SshTarget::Auth::Key;
        t.identityFile = sshd.userKey();
        return t;
    }
    SshOptions options(const SshdFixture &sshd) const {
        SshOptions o;
        o.knownHostsFile = sshd.writeKnownHosts();
        o.useKeychain = false;
        return o;
    }
    static bool connectAndWait(SshConnection &c) {
        c.open();
        return waitFor([&] { return c.isConnected() || c.state() == SshConnection::State::Failed; },
                       20000) &&
               c.isConnected();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_conn = std::make_unique<SshConnection>(target(m_sshd), options(m_sshd));
        QVERIFY2(connectAndWait(*m_conn), qPrintable(m_conn->errorString()));
    }
    void cleanupTestCase() { m_conn.reset(); }

    void exitCodeAndOutput() {
        SshRemoteProcess p(m_conn.get());
        Outcome o;
        o.attach(p);
        p.setProgram(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 7")});
        p.start();
        QVERIFY(waitFor([&] { return o.finished; }, 15000));
        QVERIFY(o.started);
        QVERIFY(p.remotePid() > 0);
        QCOMPARE(o.code, 7);
        QCOMPARE(o.out, QStringList{QStringLiteral("out")});
        QCOMPARE(o.err, QStringList{QStringLiteral("err")});
        QVERIFY2(o.description.contains(QLatin1String("remote-a")), qPrintable(o.description));
    }

    void stopLeavesNothingBehind() {
        SshRemoteProcess p(m_conn.get());
        Outcome o;
        o.attach(p);
        // A tool with a child of its own in the group, and one that shrugs off SIGTERM.
        p.setProgram(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("sleep 300 & trap '' TERM; echo ready; sleep 300")});
        p.setGracePeriod(5000);
        p.start();
        QVERIFY(waitFor([&] { return o.out.contains(QStringLiteral("ready")); }, 15000));
        const qint64 pgid = p.remotePid();
        QVERIFY(groupMembers(pgid).size() >= 3);
        p.stop();
        QVERIFY(waitFor([&] { return o.finished; }, 15000));
        QVERIFY(waitFor([&] { return groupMembers(pgid).isEmpty(); }, 5000));
        QCOMPARE(o.code, -1);
    }

    void timeoutStopsTheTool() {
        SshRemoteProcess p(m_conn.get());
        Outcome o;
        o.attach(p);
        p.setProgram(QStringLiteral("sleep"), {QStringLiteral("300")});
        p.setTimeout(800);
        p.start();
        QVERIFY(waitFor([&] { return o.started; }, 15000));
        const qint64 pgid = p.remotePid();
        QVERIFY(waitFor([&] { return o.finished; }, 15000));
        QVERIFY(p.timedOut());
        QVERIFY2(o.description.contains(QLatin1String("timed out")), qPrintable(o.description));
        QVERIFY(waitFor([&] { return groupMembers(pgid).isEmpty(); }, 5000));
    }

    void metacharactersStayData_data() {
        QTest::addColumn<QString>("argument");
        QTest::addRow("semicolon") << QStringLiteral("a; touch CANARY");
        QTest::addRow("command substitution") << QStringLiteral("$(touch CANARY)");
        QTest::addRow("backticks") << QStringLiteral("`touch CANARY`");
        QTest::addRow("single quote") << QStringLiteral("it's'; touch CANARY; '");
        QTest::addRow("double quote") << QStringLiteral("\"; touch CANARY; \"");
        QTest::addRow("newline") << QStringLiteral("x\ntouch CANARY");
        QTest::addRow("leading dash") << QStringLiteral("-n");
        QTest::addRow("pipe and ampersand") << QStringLiteral("| touch CANARY & touch CANARY");
        QTest::addRow("variable") << QStringLiteral("${IFS}$HOME");
        QTest::addRow("backslash") << QStringLiteral("\\'\\\"; touch CANARY");
    }
    void metacharactersStayData() {
        QFETCH(QString, argument);
        const QString canary = m_sshd.path(QStringLiteral("canary"));
        QFile::remove(canary);
        const QString arg = QString(argument).replace(QLatin1String("CANARY"), canary);
        SshRemoteProcess p(m_conn.get());
        Outcome o;
        o.attach(p);
        // printf prints its argument back unchanged: the remote side saw exactly our bytes.
        p.setProgram(QStringLiteral("printf"), {QStringLiteral("%s|"), arg});
        p.start();
        QVERIFY(waitFor([&] { return o.finished; }, 15000));
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out.join(QLatin1Char('\n')), arg + QLatin1Char('|'));
        QVERIFY(!QFile::exists(canary));
        // The program name is quoted too.
        SshRemoteProcess q(m_conn.get());
        Outcome o2;
        o2.attach(q);
        q.setProgram(arg, {});
        q.start();
        QVERIFY(waitFor([&] { return o2.finished; }, 15000));
        QVERIFY(o2.code != 0);
        QVERIFY(!QFile::exists(canary));
    }

    void droppedConnectionLeavesNothingBehind() {
        SshdFixture doomed;
        QVERIFY2(doomed.start(), qPrintable(doomed.error()));
        SshConnection c(target(doomed), options(doomed));
        QVERIFY2(connectAndWait(c), qPrintable(c.errorString()));
        SshRemoteProcess p(&c);
        Outcome o;
        o.attach(p);
        p.setProgram(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("echo ready; sleep 300")});
        p.start();
        QVERIFY(waitFor([&] { return o.out.contains(QStringLiteral("ready")); }, 15000));
        const qint64 pgid = p.remotePid();
        QVERIFY(alive(pgid));
        doomed.killSshdOnly(); // the sessions' shells and tools stay: the watchdog must act
        QVERIFY(waitFor([&] { return o.finished; }, 15000));
        QVERIFY2(o.description.contains(QLatin1String("lost")) &&
                     o.description.contains(QLatin1String("remote-a")),
                 qPrintable(o.description));
        QVERIFY(o.out.contains(QStringLiteral("ready")));
        QVERIFY2(waitFor([&] { return groupMembers(pgid).isEmpty(); }, 8000),
                 qPrintable(describe(groupMembers(pgid))));
    }
};

QTEST_GUILESS_MAIN(TstSshRemoteProcess)
#include "tst_sshremoteprocess.moc"

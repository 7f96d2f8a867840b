// ManagedProcess against the fake tool: lines arrive whole, the unfinished last line is not
// lost, crashes and hangs are reported, stop() escalates to SIGKILL, nothing outlives it.
#include "exec/managedprocess.h"
#include "testhelpers.h"
#include "util/toollookup.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Perfdeck;

namespace {

const QString Fake = QStringLiteral(PERFDECK_FAKE_TOOL);

bool processExists(qint64 pid) {
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

struct Collected {
    QStringList out;
    QStringList err;
    int exitCode = -2;
    QString description;
    bool done = false;
};

void collect(ManagedProcess &p, Collected &c) {
    QObject::connect(&p, &ManagedProcess::stdoutLine, &p, [&c](const QString &l) { c.out << l; });
    QObject::connect(&p, &ManagedProcess::stderrLine, &p, [&c](const QString &l) { c.err << l; });
    QObject::connect(&p, &ManagedProcess::finished, &p,
                     [&c](int code, QProcess::ExitStatus, const QString &d) {
                         c.exitCode = code;
                         c.description = d;
                         c.done = true;
                     });
}

} // namespace

class TestManagedProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void linesArriveInOrder() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("lines"), QStringLiteral("50"), QStringLiteral("1")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out.size(), 50);
        QCOMPARE(c.out.first(), QStringLiteral("line 1"));
        QCOMPARE(c.out.last(), QStringLiteral("line 50"));
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.description.isEmpty());
    }

    void unfinishedLastLineIsKept() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("partial")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out, (QStringList{"first", "second", "partial"}));
    }

    void carriageReturnsSplitProgress() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("progress")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out, (QStringList{"0%", "25%", "50%", "75%", "100%", "done"}));
    }

    void garbageDoesNotBreakLineSplitting() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("garbage")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out.size(), 2);
        QCOMPARE(c.out.last(), QStringLiteral("after garbage"));
    }

    void crashIsReported() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("crash")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out, QStringList{QStringLiteral("about to crash")});
        QCOMPARE(c.exitCode, -1);
        QVERIFY2(c.description.startsWith(QLatin1String("crashed")), qPrintable(c.description));
    }

    void exitCodeAndStderr() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("exit"), QStringLiteral("3")});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.exitCode, 3);
        QCOMPARE(c.err, QStringList{QStringLiteral("bye")});
        QCOMPARE(c.description, QStringLiteral("exited with code 3"));
    }

    void missingProgramFailsToStart() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(QStringLiteral("/nonexistent/perfdeck-no-such-tool"), {});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.exitCode, -1);
        QVERIFY2(c.description.contains(QLatin1String("could not start")),
                 qPrintable(c.description));
    }

    void timeoutStopsAHangingProcess() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("hang"), QStringLiteral("60")});
        p.setTimeout(300);
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QVERIFY(p.timedOut());
        QVERIFY2(c.description.startsWith(QLatin1String("timed out")), qPrintable(c.description));
    }

    void stopEscalatesToKillForStubbornProcess() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("stubborn"), QStringLiteral("60")});
        p.setGracePeriod(300);
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.out.size(), 1, 10000); // it has installed SIG_IGN
        const qint64 pid = p.pid();
        QVERIFY(processExists(pid));
        p.stop();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QVERIFY(!processExists(pid));
        QCOMPARE(c.exitCode, -1);
        QCOMPARE(c.description, QStringLiteral("stopped"));
    }

    // A process SIGKILLed by someone else just before we ask it to stop (its death not yet
    // seen by the event loop) is reported as killed, not as "stopped": the run names it.
    void killedBySomeoneElseBeforeOurStop() {
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(Fake, {QStringLiteral("hang"), QStringLiteral("60")});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.out.size(), 1, 10000);
        QVERIFY(::kill(pid_t(p.pid()), SIGKILL) == 0);
        p.stop(); // no event processed in between: QProcess still thinks it runs
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.exitCode, -1);
        QVERIFY2(c.description.contains(QLatin1String("signal 9")), qPrintable(c.description));
        // And one that dies of the SIGTERM we sent was stopped by us.
        ManagedProcess q;
        Collected d;
        collect(q, d);
        q.setProgram(Fake, {QStringLiteral("hang"), QStringLiteral("60")});
        q.start();
        QTRY_COMPARE_WITH_TIMEOUT(d.out.size(), 1, 10000);
        q.stop();
        QTRY_VERIFY_WITH_TIMEOUT(d.done, 10000);
        QCOMPARE(d.description, QStringLiteral("stopped"));
    }

    void destructorReapsTheChild() {
        qint64 pid = 0;
        {
            ManagedProcess p;
            p.setProgram(Fake, {QStringLiteral("hang"), QStringLiteral("60")});
            QSignalSpy started(&p, &ManagedProcess::started);
            p.start();
            QVERIFY(started.wait(10000));
            pid = p.pid();
            QVERIFY(processExists(pid));
        }
        QVERIFY(!processExists(pid));
    }

    void commandLineQuotesForShells() {
        ManagedProcess p;
        p.setProgram(QStringLiteral("/usr/bin/iperf3"),
                     {QStringLiteral("-c"), QStringLiteral("a b"), QStringLiteral("it's")});
        QCOMPARE(p.commandLine(), QStringLiteral("/usr/bin/iperf3 -c 'a b' 'it'\\''s'"));
    }

    void stopReachesTheWholeGroup() {
        // A shell that runs the tool as its child, as wrapper scripts do: SIGTERM to the
        // shell alone would leave the tools running.
        ManagedProcess p;
        Collected c;
        collect(p, c);
        p.setProgram(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("%1 hang 60 & %1 hang 60").arg(Fake)});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(TestHelpers::childrenOf(p.pid()).size(), 2, 10000);
        const QList<qint64> tools = TestHelpers::childrenOf(p.pid());
        p.stop();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        for (qint64 pid : tools)
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 3000);
    }

    void versionCommandKilledOnTimeout() {
        const auto out = ToolLookup::runVersionCommand(
            Fake, {QStringLiteral("hang"), QStringLiteral("60")}, 300);
        QVERIFY(out.started);
        QVERIFY(out.timedOut);
        QVERIFY2(out.error.contains(QLatin1String("did not answer within 0.3 s")),
                 qPrintable(out.error));
        const auto missing =
            ToolLookup::runVersionCommand(QStringLiteral("/nonexistent/tool"), {}, 2000);
        QVERIFY(!missing.started);
        QVERIFY(missing.error.startsWith(QLatin1String("could not start /nonexistent/tool")));
        const auto version = ToolLookup::runVersionCommand(
            Fake, {QStringLiteral("exit"), QStringLiteral("0")}, 5000);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output, QByteArray("bye\n")); // stderr counts: tools print there
    }

    void toolLocatedByPathThenEnvironmentThenPath() {
        qputenv("PERFDECK_TEST_TOOL", "/from/environment");
        QCOMPARE(ToolLookup::locate(QStringLiteral("/explicit"), "PERFDECK_TEST_TOOL",
                                    QStringLiteral("sh")),
                 QStringLiteral("/explicit"));
        QCOMPARE(ToolLookup::locate(QString(), "PERFDECK_TEST_TOOL", QStringLiteral("sh")),
                 QStringLiteral("/from/environment"));
        qunsetenv("PERFDECK_TEST_TOOL");
        QCOMPARE(ToolLookup::locate(QString(), "PERFDECK_TEST_TOOL", QStringLiteral("sh")),
                 QStandardPaths::findExecutable(QStringLiteral("sh")));
        QVERIFY(ToolLookup::locate(QString(), "PERFDECK_TEST_TOOL",
                                   QStringLiteral("perfdeck-no-such-tool"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManagedProcess)
#include "tst_managedprocess.moc"

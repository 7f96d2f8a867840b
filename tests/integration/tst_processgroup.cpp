// Tools behind wrapper scripts: a tool path that is a shell script running the real tool (not
// exec'ing it) puts the tool one level below the process Perfdeck started. Stopping a test
// must reach those grandchildren too (Perfdeck signals the whole process group): after a
// cancel, a Ctrl-C of perfdeck-cli or the end of a run, no iperf3 or netserver is left, checked
// by PID. Real iperf3 and netperf on loopback.
#include "exec/jobrunner.h"
#include "testhelpers.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

// A wrapper that runs the tool as its child (no exec), as site wrappers often do.
QString writeWrapper(const QTemporaryDir &dir, const QString &name) {
    const QString real = QStandardPaths::findExecutable(name);
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write("#!/bin/sh\n" + real.toUtf8() + " \"$@\"\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return path;
}

// Every descendant of pid (children, grandchildren, ...).
QList<qint64> descendantsOf(qint64 pid) {
    QList<qint64> all;
    QList<qint64> level{pid};
    while (!level.isEmpty()) {
        QList<qint64> next;
        for (qint64 p : std::as_const(level))
            next += childrenOf(p);
        all += next;
        level = next;
    }
    return all;
}

QList<qint64> alive(const QList<qint64> &pids) {
    QList<qint64> result;
    for (qint64 pid : pids) {
        if (processExists(pid))
            result << pid;
    }
    return result;
}

QString describe(const QList<qint64> &pids) {
    QStringList parts;
    for (qint64 pid : pids)
        parts << QStringLiteral("%1 (%2)").arg(pid).arg(commandOf(pid));
    return parts.join(QLatin1String(", "));
}

bool netperfAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty();
}

} // namespace

class TestProcessGroup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void cancelReachesTheToolsBehindWrappers_data() {
        QTest::addColumn<int>("engine");
        QTest::addRow("iperf3") << int(Engine::Iperf3);
        QTest::addRow("netperf") << int(Engine::Netperf);
    }

    void cancelReachesTheToolsBehindWrappers() {
        QFETCH(int, engine);
        if (Engine(engine) == Engine::Netperf && !netperfAvailable())
            QSKIP("netperf/netserver are not installed (packaging/install-deps.sh)");
        QTemporaryDir dir;
        JobRunner runner;
        TestSpec spec;
        spec.durationS = 30;
        spec.engine = Engine(engine);
        if (spec.engine == Engine::Netperf) {
            runner.setNetperfPath(writeWrapper(dir, QStringLiteral("netperf")));
            // Found beside the netperf wrapper: a wrapper too.
            QVERIFY(!writeWrapper(dir, QStringLiteral("netserver")).isEmpty());
        } else {
            runner.setIperf3Path(writeWrapper(dir, QStringLiteral("iperf3")));
        }
        Recorder r;
        record(runner, r);
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(!r.samples.isEmpty() || r.done, 20000);
        QVERIFY2(!r.done, qPrintable(r.log.join(QLatin1Char('\n'))));
        QList<qint64> tools;
        for (qint64 wrapper : runner.processIds())
            tools += descendantsOf(wrapper);
        QCOMPARE(tools.size(), 2); // the server and the client, each below its wrapper
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE_ENUM(r.results.first().status, RunStatus::Partial);
        QTRY_VERIFY2_WITH_TIMEOUT(alive(tools).isEmpty(), qPrintable(describe(alive(tools))), 3000);
    }

    void ctrlCOfTheCliReachesTheToolsBehindWrappers() {
        QTemporaryDir dir;
        const QString wrapper = writeWrapper(dir, QStringLiteral("iperf3"));
        QProcess cli;
        cli.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("30"),
                   QStringLiteral("--iperf3"), wrapper});
        QVERIFY(cli.waitForStarted());
        // Live progress lines mean both tools run.
        const QByteArray progress = waitForStderr(cli, "bit/s", 20000);
        QVERIFY2(progress.contains("bit/s"), progress.constData());
        const QList<qint64> everything = descendantsOf(cli.processId());
        QList<qint64> tools;
        for (qint64 pid : everything) {
            if (commandOf(pid).startsWith(QStandardPaths::findExecutable(QStringLiteral("iperf3"))))
                tools << pid;
        }
        QCOMPARE(tools.size(), 2);
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(15000));
        QTRY_VERIFY2_WITH_TIMEOUT(alive(everything).isEmpty(),
                                  qPrintable(describe(alive(everything))), 3000);
    }

    void aToolLeftBehindByItsWrapperEndsWithTheRun() {
        // The wrapper ends on its own while the tool it started runs on: the run still
        // ends with nothing left over.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("iperf3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray real = QStandardPaths::findExecutable(QStringLiteral("iperf3")).toUtf8();
        // The client detaches a second iperf3 server into the background and returns.
        f.write("#!/bin/sh\ncase \"$*\" in *-c*) " + real + " -s -B 127.0.0.1 -p " +
                QByteArray::number(freePort()) + " >/dev/null 2>&1 & ;; esac\nexec " + real +
                " \"$@\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        JobRunner runner;
        runner.setIperf3Path(path);
        Recorder r;
        record(runner, r);
        TestSpec spec;
        spec.durationS = 1;
        runner.start({spec});
        QList<qint64> seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qint64 pid : runner.processIds())
                    for (qint64 d : descendantsOf(pid))
                        if (!seen.contains(d))
                            seen << d;
                return r.done;
            }(),
            30000);
        QVERIFY2(r.results.first().status == RunStatus::Ok, qPrintable(r.results.first().error));
        QTRY_VERIFY2_WITH_TIMEOUT(alive(seen).isEmpty(), qPrintable(describe(alive(seen))), 3000);
    }
};

QTEST_GUILESS_MAIN(TestProcessGroup)
#include "tst_processgroup.moc"

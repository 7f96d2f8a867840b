// The fault matrix on this machine, through perfdeck-cli as a user runs it: a tool killed
// mid-test (server, client, perfdeck-cli itself), a tool missing or too old, a port taken
// between allocation and bind, a server that accepts TCP and never answers, a host name that
// does not resolve, a full disk and a read-only folder when saving, and perfdeck-cli killed
// while it saves. Each case checks the message (host or file, and cause), the exit code of
// DESIGN's CLI contract (0 ok, 1 test failure, 2 bad input), the data measured before the
// fault, that nothing it started is left running, that it ended in time, and that the
// previous file is intact. Real iperf3, netperf and tmpfs mounts; no mocks.
#include "faultfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <array>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

using Faults::Cli;
using Faults::ToolDir;
using TestHelpers::CliResult;

namespace {

bool netperfAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("netperf")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("netserver")).isEmpty();
}

QJsonObject firstRun(const QString &jsonPath) {
    return TestHelpers::readJson(jsonPath)
        .value(QStringLiteral("runs"))
        .toArray()
        .first()
        .toObject();
}

// Every PID whose open descriptors include a file whose name contains needle.
bool hasOpenFile(qint64 pid, const QString &needle) {
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System);
    for (const QString &fd : fds) {
        if (QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd).contains(needle))
            return true;
    }
    return false;
}

// Access and modification times two minutes in the past (for utimensat).
std::array<struct timespec, 2> twoMinutesAgo() {
    std::array<struct timespec, 2> times{};
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= 120;
    times[1] = times[0];
    return times;
}

} // namespace

class TstFaultsCli final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ToolDir> m_tools;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList toolArgs(const QString &engine) const {
        if (engine == QLatin1String("netperf"))
            return {QStringLiteral("--engine"), QStringLiteral("netperf"),
                    QStringLiteral("--netperf"), m_tools->netperf()};
        return {QStringLiteral("--iperf3"), m_tools->iperf3()};
    }

    // No process of this case may be left once perfdeck-cli has exited.
    void verifyNoOrphans() {
        const QList<qint64> left = m_tools->orphansAfter(3000);
        m_tools->killLeftovers();
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("left running: ") + ToolDir::describe(left)));
    }

    // The set-up every "tool killed mid-test" case shares: a 12 s run with --json, SIGKILL to
    // the one process of this case whose command line holds mark once an interval is
    // measured, then the checks they share: perfdeck-cli ends in time with exit code 1 and the
    // run is kept as partial with its intervals. *error gets the run's error. Callers return
    // when QTest::currentTestFailed().
    void killMidTest(const QString &engine, const QString &mark, const QString &name, Cli &cli,
                     QString *error) {
        const QString json = path(engine + QLatin1Char('-') + name + QStringLiteral(".json"));
        cli.start(QStringList{"run", "-t", "12", "-i", "0.5", "--json", json} + toolArgs(engine));
        // netperf's first interim result can take 1.5 s: wait for a measured interval.
        QVERIFY2(cli.waitForStderr(" Gbit/s", 20000) || cli.waitForStderr(" Mbit/s", 100),
                 qPrintable(cli.err()));
        const QList<qint64> victims = m_tools->processes(mark);
        QCOMPARE(victims.size(), 1);
        QVERIFY(::kill(pid_t(victims.first()), SIGKILL) == 0);
        QVERIFY2(cli.finish(12000 + 30000 + 5000), qPrintable(cli.err()));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
        *error = run.value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        QVERIFY(m_dir.isValid());
        Faults::becomeSubreaper();
        m_tools = std::make_unique<ToolDir>();
        qputenv("PERFDECK_HISTORY_DB", path(QStringLiteral("history.sqlite")).toUtf8());
    }
    void cleanup() {
        if (m_tools)
            m_tools->killLeftovers();
    }

    // The server (or netserver) SIGKILLed while the client measures: the run is kept as
    // partial with what was measured, and the error says the server died and on which host.
    void serverKilledMidTest_data() {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("serverMark"); // in the server's command line only
        QTest::addRow("iperf3 server") << "iperf3"
                                       << " -s ";
        QTest::addRow("netserver") << "netperf"
                                   << "netserver";
    }
    void serverKilledMidTest() {
        QFETCH(QString, engine);
        QFETCH(QString, serverMark);
        if (engine == QLatin1String("netperf") && !netperfAvailable())
            QSKIP("netperf is not installed");
        Cli cli;
        QString error;
        killMidTest(engine, serverMark, QStringLiteral("server-killed"), cli, &error);
        if (QTest::currentTestFailed())
            return;
        // Which process ended, on which host, and how.
        // Also when netperf ends first and the run asks the (already dead) netserver to stop:
        // it died of a signal the run did not send.
        QVERIFY2(error.contains(QLatin1String("server on local")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("signal 9")), qPrintable(error));
        QVERIFY2(cli.said().contains(error), qPrintable(cli.said()));
        verifyNoOrphans();
    }

    void clientKilledMidTest_data() {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("clientMark");
        QTest::addRow("iperf3 client") << "iperf3"
                                       << " -c ";
        QTest::addRow("netperf client") << "netperf"
                                        << "tools-netperf-client";
    }
    void clientKilledMidTest() {
        QFETCH(QString, engine);
        QFETCH(QString, clientMark);
        if (engine == QLatin1String("netperf") && !netperfAvailable())
            QSKIP("netperf is not installed");
        if (clientMark == QLatin1String("tools-netperf-client"))
            clientMark = m_tools->netperf() + QStringLiteral(" -H");
        Cli cli;
        QString error;
        killMidTest(engine, clientMark, QStringLiteral("client-killed"), cli, &error);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(error.contains(QLatin1String("client")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("signal 9")), qPrintable(error));
        verifyNoOrphans();
    }

    // perfdeck-cli itself SIGKILLed mid-test: its tools die with it (PDEATHSIG), none is left.
    void cliKilledMidTest_data() {
        QTest::addColumn<QString>("engine");
        QTest::addRow("iperf3") << "iperf3";
        QTest::addRow("netperf") << "netperf";
    }
    void cliKilledMidTest() {
        QFETCH(QString, engine);
        if (engine == QLatin1String("netperf") && !netperfAvailable())
            QSKIP("netperf is not installed");
        Cli cli;
        cli.start(QStringList{"run", "-t", "12", "-i", "0.5"} + toolArgs(engine));
        QVERIFY2(cli.waitForStderr(" Gbit/s", 20000) || cli.waitForStderr(" Mbit/s", 100),
                 qPrintable(cli.err()));
        QVERIFY(m_tools->processes().size() >= 2);
        QVERIFY(::kill(pid_t(cli.pid()), SIGKILL) == 0);
        QVERIFY(cli.finish(5000));
        verifyNoOrphans();
    }

    void toolMissing_data() {
        QTest::addColumn<QString>("engine");
        QTest::addRow("iperf3") << "iperf3";
        QTest::addRow("netperf") << "netperf";
    }
    void toolMissing() {
        QFETCH(QString, engine);
        const QString missing = path(QStringLiteral("no-such-dir/") + engine);
        const QString json = path(engine + QStringLiteral("-missing.json"));
        Cli cli;
        cli.start({"run", "--engine", engine, "--" + engine, missing, "-t", "1", "--json", json});
        QVERIFY(cli.finish(10000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.err().contains(missing), qPrintable(cli.said()));
        QVERIFY2(cli.err().contains(QLatin1String("No such file or directory")),
                 qPrintable(cli.said()));
        // The failed run is in the results, with its reason.
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(run.value(QStringLiteral("error")).toString().contains(missing));
        verifyNoOrphans();
    }

    // An iperf3 that says it is 3.0 (no old build is packaged: a wrapper answers --version
    // and runs the real one otherwise): options it lacks are refused before anything starts.
    void iperf3TooOld_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::addRow("--bidir") << QStringList{"--bidir"} << "has no --bidir (needs 3.7";
        QTest::addRow("--dscp") << QStringList{"--dscp", "EF"} << "has no --dscp (needs 3.1";
    }
    void iperf3TooOld() {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const QString old = m_tools->path(QStringLiteral("iperf3-old"));
        QVERIFY(Faults::writeFile(
            old,
            "#!/bin/sh\n"
            "if [ \"$1\" = --version ] || [ \"$1\" = -v ]; then echo 'iperf 3.0.11'; exit 0; fi\n"
            "exec " +
                QStandardPaths::findExecutable(QStringLiteral("iperf3")).toUtf8() + " \"$@\"\n",
            true));
        Cli cli;
        cli.start(QStringList{"run", "--iperf3", old, "-t", "1"} + options);
        QVERIFY(cli.finish(10000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.said().contains(expected), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(QLatin1String("3.0.11")), qPrintable(cli.said()));
        QVERIFY2(cli.said().contains(old), qPrintable(cli.said())); // which binary
        verifyNoOrphans();
    }

    // The port Perfdeck allocated is taken by someone else between its allocation and the
    // server's bind (this test listens on it first): the run moves to another port and
    // succeeds. A wrapper hands the test the port the real server is about to bind.
    void portTakenBeforeBind() {
        const QString handoff = path(QStringLiteral("port-handoff"));
        const QString taken = path(QStringLiteral("port-taken"));
        QFile::remove(handoff);
        QFile::remove(taken);
        const QString wrapper = m_tools->path(QStringLiteral("iperf3-race"));
        // The first server start hands its arguments to the test and waits (10 s at most)
        // until the test has taken the port; every other call runs iperf3 at once.
        QVERIFY(Faults::writeFile(
            wrapper,
            "#!/bin/sh\n"
            "if [ \"$1\" = -s ] && [ ! -e " +
                handoff.toUtf8() +
                " ]; then\n"
                "  echo \"$*\" > " +
                handoff.toUtf8() + ".tmp && mv " + handoff.toUtf8() + ".tmp " + handoff.toUtf8() +
                "\n"
                "  i=0; while [ ! -e " +
                taken.toUtf8() +
                " ] && [ $i -lt 100 ]; do sleep 0.1; "
                "i=$((i+1)); done\n"
                "fi\n"
                "exec " +
                QStandardPaths::findExecutable(QStringLiteral("iperf3")).toUtf8() + " \"$@\"\n",
            true));
        const QString json = path(QStringLiteral("port-taken.json"));
        Cli cli;
        cli.start({"run", "--iperf3", wrapper, "-t", "1", "--json", json});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(handoff), 15000);
        const QStringList args =
            QString::fromUtf8(Faults::readFile(handoff)).simplified().split(QLatin1Char(' '));
        const int at = int(args.indexOf(QStringLiteral("-p")));
        QVERIFY2(at >= 0, qPrintable(args.join(u' ')));
        const quint16 port = quint16(args.value(at + 1).toUInt());
        QVERIFY(port > 0);
        QTcpServer thief;
        QVERIFY2(thief.listen(QHostAddress(QStringLiteral("127.0.0.1")), port),
                 qPrintable(thief.errorString()));
        QVERIFY(Faults::writeFile(taken, "1"));
        QVERIFY2(cli.finish(1000 + 30000 + 5000), qPrintable(cli.said()));
        QVERIFY2(cli.exitCode() == 0, qPrintable(cli.said()));
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QString server = run.value(QStringLiteral("server")).toString();
        QVERIFY2(server.startsWith(QLatin1String("127.0.0.1:")), qPrintable(server));
        QVERIFY2(!server.endsWith(QStringLiteral(":%1").arg(port)), qPrintable(server));
        thief.close();
        verifyNoOrphans();
    }

    // A port that accepts TCP (the kernel completes the handshake on a listening socket that
    // never accepts) and never answers: the run ends by its deadline, with the reason.
    void serverThatNeverAnswers_data() {
        QTest::addColumn<QString>("engine");
        QTest::addRow("iperf3") << "iperf3";
        QTest::addRow("netperf") << "netperf";
    }
    void serverThatNeverAnswers() {
        QFETCH(QString, engine);
        if (engine == QLatin1String("netperf") && !netperfAvailable())
            QSKIP("netperf is not installed");
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        const QString target = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        const QString json = path(engine + QStringLiteral("-silent.json"));
        Cli cli;
        cli.start(QStringList{"run", "--target", target, "-t", "1", "--json", json} +
                  toolArgs(engine));
        // The client's deadline is the test's length + 30 s.
        QVERIFY2(cli.finish((1 + 30 + 5) * 1000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject run = firstRun(json);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString error = run.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("no response")), qPrintable(error));
        verifyNoOrphans();
    }

    void hostNameDoesNotResolve_data() {
        QTest::addColumn<QString>("engine");
        QTest::addRow("iperf3") << "iperf3";
        QTest::addRow("netperf") << "netperf";
    }
    void hostNameDoesNotResolve() {
        QFETCH(QString, engine);
        if (engine == QLatin1String("netperf") && !netperfAvailable())
            QSKIP("netperf is not installed");
        const QString name = QStringLiteral("no-such-host-%1.invalid").arg(Faults::randomTag());
        const QString json = path(engine + QStringLiteral("-unresolved.json"));
        Cli cli;
        cli.start(QStringList{"run", "--target", name, "-t", "1", "--json", json} +
                  toolArgs(engine));
        QVERIFY2(cli.finish(30000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 1);
        const QString error = firstRun(json).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("resolve")), qPrintable(error));
        verifyNoOrphans();
    }

    // The results file (--json), the CSV and the session cannot be written: the disk is full.
    // The previous file stays as it was, the error names it and the cause, and the measured
    // run is not lost: it is rescued to a file the message names.
    void diskFullWhileSaving_data() {
        QTest::addColumn<QString>("option");
        QTest::addRow("results document") << "--json";
        QTest::addRow("session") << "--session";
        QTest::addRow("csv") << "--csv";
    }
    void diskFullWhileSaving() {
        QFETCH(QString, option);
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        Faults::SmallDisk disk(128);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString file = disk.path(QStringLiteral("previous.out"));
        // A valid previous file of its kind: an earlier session, results or CSV.
        QByteArray previous;
        if (option == QLatin1String("--csv")) {
            previous = "run,start_s,end_s,bps\nold,0,1,1000\n";
        } else {
            const QString seed = path(QStringLiteral("seed") + option + QStringLiteral(".json"));
            const CliResult seeded = TestHelpers::runCli(
                {"run", "--quiet", "--iperf3", m_tools->iperf3(), "-t", "1", option, seed});
            QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
            previous = Faults::readFile(seed);
        }
        QVERIFY(Faults::writeFile(file, previous));
        QVERIFY(disk.fill());
        const QString rescueHome = path(QStringLiteral("rescue-") + Faults::randomTag());
        Cli cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), rescueHome);
        cli.process().setProcessEnvironment(env);
        cli.start({"run", "--iperf3", m_tools->iperf3(), "-t", "1", option, file});
        QVERIFY2(cli.finish(1000 + 30000 + 5000), qPrintable(cli.said()));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.err().contains(file + QLatin1String(": cannot write: No space left")),
                 qPrintable(cli.said()));
        QCOMPARE(Faults::readFile(file), previous);
        // Rescued: a results document with the measured run, named in the message.
        const QStringList rescued =
            QDir(rescueHome + QStringLiteral("/perfdeck/rescued")).entryList(QDir::Files);
        QCOMPARE(rescued.size(), 1);
        const QString rescuedPath =
            rescueHome + QStringLiteral("/perfdeck/rescued/") + rescued.first();
        QVERIFY2(cli.err().contains(rescuedPath), qPrintable(cli.err()));
        const QJsonObject run = firstRun(rescuedPath);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
        // No temporary file left on the full disk.
        const QStringList left = QDir(disk.path(QString())).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList({"filler", "filler2", "previous.out"}));
        verifyNoOrphans();
    }

    // A read-only folder is found before any test runs (a long test is not run to be lost).
    void readOnlyOutputFolder_data() {
        QTest::addColumn<QString>("option");
        QTest::addRow("results document") << "--json";
        QTest::addRow("session") << "--session";
        QTest::addRow("csv") << "--csv";
        QTest::addRow("report") << "--report";
    }
    void readOnlyOutputFolder() {
        QFETCH(QString, option);
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root"); // root ignores a folder's mode bits
        Faults::SmallDisk disk(64);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString file = disk.path(QStringLiteral("out.html"));
        QVERIFY(Faults::writeFile(file, "previous\n"));
        QVERIFY2(disk.makeReadOnly(), qPrintable(disk.error()));
        Cli cli;
        QStringList args{"run", "--iperf3", m_tools->iperf3(), "-t", "1", option, file};
        if (option == QLatin1String("--report"))
            args << QStringLiteral("--template") << QStringLiteral("summary");
        cli.start(args);
        QVERIFY(cli.finish(10000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.err().contains(file) &&
                     cli.err().contains(QLatin1String("Read-only file system")),
                 qPrintable(cli.said()));
        QVERIFY2(cli.seconds() < 5, qPrintable(QString::number(cli.seconds())));
        QCOMPARE(Faults::readFile(file), QByteArray("previous\n"));
        verifyNoOrphans();
    }

    // perfdeck-cli SIGKILLed while it writes a big file (caught with the temporary file open):
    // the file at the path is the previous one, whole, or the new one, whole; never a mix.
    void cliKilledDuringSave_data() {
        QTest::addColumn<QString>("kind");
        QTest::addRow("results document (import --json)") << "results";
        QTest::addRow("session (run --session)") << "session";
    }
    void cliKilledDuringSave() {
        QFETCH(QString, kind);
        const QString target = path(kind + QStringLiteral("-killed.json"));
        QStringList args;
        QByteArray previous;
        if (kind == QLatin1String("results")) {
            // 3000 runs: a document of several MB takes a while to write.
            args << QStringLiteral("import");
            const QString one = QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json");
            for (int i = 0; i < 3000; ++i)
                args << one;
            args << QStringLiteral("--json") << target;
            const CliResult seeded = TestHelpers::runCli({"import", one, "--json", target});
            QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        } else {
            // A session with 3000 runs (one real run, copied), saved again after one more.
            const CliResult seeded =
                TestHelpers::runCli({"run", "--quiet", "--iperf3", m_tools->iperf3(), "-t", "1",
                                     "-i", "0.1", "--session", target});
            QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
            QJsonObject session = TestHelpers::readJson(target);
            const QJsonObject run =
                session.value(QStringLiteral("runs")).toArray().first().toObject();
            QJsonArray runs;
            for (int i = 0; i < 3000; ++i) {
                QJsonObject copy = run;
                copy.insert(QStringLiteral("id"), QStringLiteral("copy-%1").arg(i));
                runs.append(copy);
            }
            session.insert(QStringLiteral("runs"), runs);
            QVERIFY(Faults::writeFile(target, QJsonDocument(session).toJson()));
            args = QStringList{"run", "--quiet", "--iperf3",  m_tools->iperf3(),
                               "-t",  "1",       "--session", target};
        }
        previous = Faults::readFile(target);
        QVERIFY(!previous.isEmpty());
        const QString tempMark = QLatin1Char('.') + QFileInfo(target).fileName() + QLatin1Char('.');
        bool caught = false;
        for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
            Cli cli;
            cli.start(args);
            QElapsedTimer t;
            t.start();
            while (cli.process().state() == QProcess::Running && t.elapsed() < 60000) {
                if (hasOpenFile(cli.pid(), tempMark)) {
                    ::kill(pid_t(cli.pid()), SIGKILL);
                    caught = true;
                    break;
                }
            }
            QVERIFY(cli.finish(10000) || caught);
            const QByteArray now = Faults::readFile(target);
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(now, &parseError);
            QVERIFY2(
                parseError.error == QJsonParseError::NoError,
                qPrintable(target + QStringLiteral(" is damaged: ") + parseError.errorString()));
            if (caught)
                QVERIFY2(now == previous, "the file changed though the save was killed");
            previous = now;
        }
        if (!caught)
            QSKIP("the save was never caught with its temporary file open (machine too fast)");
        // The killed save left its temporary file. Once it is over a minute old, the next
        // save of the same file removes it (a younger one may be another save in progress).
        const QDir dir(m_dir.path());
        const QStringList left =
            dir.entryList({tempMark + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
        QVERIFY2(!left.isEmpty(), "no temporary file left by the killed save");
        for (const QString &name : left)
            QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(dir.filePath(name)).constData(),
                                twoMinutesAgo().data(), 0) == 0);
        const CliResult saved = TestHelpers::runCli(args);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QCOMPARE(dir.entryList({tempMark + QLatin1Char('*')}, QDir::Files | QDir::Hidden),
                 QStringList());
        QVERIFY(QJsonDocument::fromJson(Faults::readFile(target)).isObject());
        verifyNoOrphans();
    }
};

QTEST_GUILESS_MAIN(TstFaultsCli)
#include "tst_faultscli.moc"

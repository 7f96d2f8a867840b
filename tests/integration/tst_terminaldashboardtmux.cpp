// `perfdeck-cli run` in a real terminal: tmux gives it a pseudo-terminal, the test reads the
// screen with capture-pane and types with send-keys while two real iperf3 tests run at once on
// loopback. The dashboard shows a pane per test with a bar and a changing rate and the total
// chart; p freezes the display, a aborts the selected test (the other goes on), q stops the
// rest; afterwards the results are on the normal screen and in the JSON file. --plain and a
// pipe give plain lines.
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>

#include <csignal>
#include <QTemporaryDir>

using namespace TestHelpers;

namespace {

QString shellQuoted(const QString &text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// One tmux server of the test's own (its socket in the test's folder), killed at the end.
class Tmux {
public:
    explicit Tmux(const QString &dir)
        : m_socket(dir + QStringLiteral("/tmux.sock")) {}
    ~Tmux() { tmux({QStringLiteral("kill-server")}); }

    // Starts command (a shell line) in a 110x36 window; the pane stays after it ends.
    bool start(const QString &command) {
        return tmux({QStringLiteral("-f"), QStringLiteral("/dev/null"),
                     QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-s"),
                     QStringLiteral("pd"), QStringLiteral("-x"), QStringLiteral("110"),
                     QStringLiteral("-y"), QStringLiteral("36"), command}) == 0;
    }
    QString screen() {
        QProcess p;
        p.start(QStringLiteral("tmux"), {QStringLiteral("-u"), QStringLiteral("-S"), m_socket,
                                         QStringLiteral("capture-pane"), QStringLiteral("-p"),
                                         QStringLiteral("-t"), QStringLiteral("pd")});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    void keys(const QString &keys) {
        tmux({QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("pd"), keys});
    }
    // A pane variable such as alternate_on (1 while the alternate screen is shown) or pane_pid.
    QString value(const QString &name) {
        QProcess p;
        p.start(QStringLiteral("tmux"),
                {QStringLiteral("-u"), QStringLiteral("-S"), m_socket,
                 QStringLiteral("display-message"), QStringLiteral("-p"), QStringLiteral("-t"),
                 QStringLiteral("pd"), QStringLiteral("#{%1}").arg(name)});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    // Waits until the screen contains needle; returns the last screen read.
    QString waitFor(const QString &needle, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        QString text;
        while (t.elapsed() < timeoutMs) {
            text = screen();
            if (text.contains(needle))
                break;
            QTest::qWait(200);
        }
        return text;
    }

private:
    int tmux(const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("tmux"),
                QStringList{QStringLiteral("-u"), QStringLiteral("-S"), m_socket} + args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(2000);
            return -1;
        }
        return p.exitCode();
    }
    QString m_socket;
};

// The perfdeck-cli started by the pane's shell (0 when it is not running).
pid_t cliChildOf(const QString &shellPid) {
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(shellPid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &pid : children.readAll().split(' ')) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid.trimmed())));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("perfdeck-cli"))
            return pid_t(pid.trimmed().toInt());
    }
    return 0;
}

// The n-th run pane of the screen (0: the first): its line with the id and the one below.
QString paneAt(const QString &screen, int n) {
    static const QRegularExpression head(QStringLiteral("^[▶ ] \\S run-"));
    const QStringList lines = screen.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (head.match(lines.at(i)).hasMatch() && n-- == 0)
            return lines.at(i) + QLatin1Char('\n') + lines.at(i + 1);
    }
    return {};
}

} // namespace

class TestTerminalDashboardTmux : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
        if (QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty())
            QSKIP("tmux is not installed (run packaging/install-deps.sh)");
    }

    void dashboardPauseAbortQuit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("out.json"));
        // The shell line tmux runs: the exit code and the end of the output stay on screen.
        const QString command =
            QStringLiteral(
                "TERM=xterm-256color %1 run --duration 20 --interval 0.5 "
                "--repeat 2 --concurrency 2 --no-history --json %2; echo \"EXIT=$?\"; sleep 60")
                .arg(shellQuoted(QStringLiteral(PERFDECK_CLI)), shellQuoted(json));
        Tmux tmux(dir.path());
        QVERIFY(tmux.start(command));

        // Both instances get a pane with a bar and a rate.
        QString screen = tmux.waitFor(QStringLiteral("2 running"), 20000);
        QVERIFY2(screen.contains(QStringLiteral("2 running")), qPrintable(screen));
        // Both panes get a live rate (they show "-" until their first interval).
        QElapsedTimer live;
        live.start();
        while (live.elapsed() < 20000 &&
               !(paneAt(screen = tmux.screen(), 0).contains(QStringLiteral("bit/s")) &&
                 paneAt(screen, 1).contains(QStringLiteral("bit/s"))))
            QTest::qWait(200);
        QVERIFY2(paneAt(screen, 1).contains(QStringLiteral("bit/s")), qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("▶")), qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("█")), qPrintable(screen)); // bars and chart
        QVERIFY2(screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        const QString first = paneAt(screen, 0);
        const QString second = paneAt(screen, 1);
        QVERIFY2(first.contains(QStringLiteral("running")), qPrintable(screen));
        QVERIFY2(second.contains(QStringLiteral("running")), qPrintable(screen));

        // The screen moves on by itself (time, rate)...
        QTest::qWait(1200);
        QVERIFY2(tmux.screen() != screen, qPrintable(screen));

        // ...until p pauses the display: two looks a second apart are the same frame.
        tmux.keys(QStringLiteral("p"));
        screen = tmux.waitFor(QStringLiteral("display paused"), 5000);
        QVERIFY2(screen.contains(QStringLiteral("display paused")), qPrintable(screen));
        QTest::qWait(300);
        const QString frozen = tmux.screen();
        QTest::qWait(1200);
        QCOMPARE(tmux.screen(), frozen);
        tmux.keys(QStringLiteral("p"));
        QTest::qWait(1200);
        QVERIFY(!tmux.screen().contains(QStringLiteral("display paused")));

        // a aborts the selected test (the first); the second keeps running.
        tmux.keys(QStringLiteral("a"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 &&
               !paneAt(screen = tmux.screen(), 0).contains(QStringLiteral("stopped")))
            QTest::qWait(200);
        QVERIFY2(paneAt(screen, 0).contains(QStringLiteral("stopped")), qPrintable(screen));
        QVERIFY2(paneAt(screen, 1).contains(QStringLiteral("running")), qPrintable(screen));

        // Down selects the second, q stops what is left; the normal screen comes back with
        // the results, and the JSON file holds both runs, cut short.
        tmux.keys(QStringLiteral("Down"));
        tmux.keys(QStringLiteral("q"));
        screen = tmux.waitFor(QStringLiteral("EXIT="), 20000);
        QVERIFY2(screen.contains(QStringLiteral("EXIT=1")), qPrintable(screen));
        QVERIFY2(!screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("throughput")), qPrintable(screen));
        const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            QVERIFY2(run.value(QStringLiteral("duration_s")).toDouble() < 18,
                     qPrintable(QString::fromUtf8(QJsonDocument(run).toJson())));
            QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
        }
    }

    // Ctrl-Z gives the shell a normal screen (not the dashboard's alternate one) and fg draws
    // the dashboard again, live: the test went on meanwhile.
    void ctrlZLeavesTheScreenAndFgBringsItBack() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("out.json"));
        Tmux tmux(dir.path());
        // Job control needs an interactive shell.
        QVERIFY(tmux.start(QStringLiteral("env -i PATH=\"$PATH\" HOME=\"$HOME\" "
                                          "TERM=xterm-256color LANGUAGE=en bash --norc -i")));
        tmux.waitFor(QStringLiteral("$"), 10000);
        tmux.keys(QStringLiteral("%1 run --duration 12 --interval 0.5 --no-history --json %2; "
                                 "echo \"EXIT=$?\"")
                      .arg(shellQuoted(QStringLiteral(PERFDECK_CLI)), shellQuoted(json)));
        tmux.keys(QStringLiteral("Enter"));
        QString screen = tmux.waitFor(QStringLiteral("1 running"), 20000);
        QVERIFY2(screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        QCOMPARE(tmux.value(QStringLiteral("alternate_on")), QStringLiteral("1"));

        tmux.keys(QStringLiteral("C-z"));
        screen = tmux.waitFor(QStringLiteral("Stopped"), 10000);
        QVERIFY2(screen.contains(QStringLiteral("Stopped")), qPrintable(screen));
        QCOMPARE(tmux.value(QStringLiteral("alternate_on")), QStringLiteral("0"));
        QVERIFY2(!screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        // The shell reads lines with echo again (typed text shows).
        tmux.keys(QStringLiteral("echo typed-while-stopped"));
        screen = tmux.waitFor(QStringLiteral("typed-while-stopped"), 5000);
        QVERIFY2(screen.contains(QStringLiteral("typed-while-stopped")), qPrintable(screen));
        tmux.keys(QStringLiteral("C-u"));
        QTest::qWait(1500);

        tmux.keys(QStringLiteral("fg"));
        tmux.keys(QStringLiteral("Enter"));
        screen = tmux.waitFor(QStringLiteral("q stop all"), 10000);
        QVERIFY2(screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        QCOMPARE(tmux.value(QStringLiteral("alternate_on")), QStringLiteral("1"));
        // Live again: the frame moves on, and keys work (q stops the test).
        QTest::qWait(1200);
        QVERIFY(tmux.screen() != screen);
        tmux.keys(QStringLiteral("q"));
        screen = tmux.waitFor(QStringLiteral("EXIT="), 20000);
        QVERIFY2(screen.contains(QStringLiteral("EXIT=1")), qPrintable(screen));
        QCOMPARE(tmux.value(QStringLiteral("alternate_on")), QStringLiteral("0"));
        const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().toObject().value(QStringLiteral("intervals")).toArray().isEmpty());
    }

    // Stopped by a signal, the dashboard gives the terminal back (normal screen, line editing
    // and echo) and what Perfdeck said meanwhile ("stopping the test...") went to the
    // dashboard's warnings, then to the normal screen: it is not lost with the alternate one.
    void terminationSignalsGiveTheTerminalBack_data() {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("Ctrl-C (SIGINT)") << 0;
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGHUP") << int(SIGHUP);
    }
    void terminationSignalsGiveTheTerminalBack() {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("out.json"));
        Tmux tmux(dir.path());
        QVERIFY(tmux.start(QStringLiteral("TERM=xterm-256color %1 run --duration 12 --interval "
                                          "0.5 --no-history --json %2; echo \"EXIT=$?\"; "
                                          "stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' "
                                          "-e '-*echo' | tr '\\n' ' '; echo STTY-READ; "
                                          "sleep 60")
                               .arg(shellQuoted(QStringLiteral(PERFDECK_CLI)), shellQuoted(json))));
        QString screen = tmux.waitFor(QStringLiteral("1 running"), 20000);
        QVERIFY2(screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        QTest::qWait(1000);
        if (signalNumber == 0) {
            tmux.keys(QStringLiteral("C-c"));
        } else {
            const pid_t cli = cliChildOf(tmux.value(QStringLiteral("pane_pid")));
            QVERIFY(cli > 0);
            QCOMPARE(::kill(cli, signalNumber), 0);
        }
        screen = tmux.waitFor(QStringLiteral("STTY-READ"), 20000);
        QVERIFY2(screen.contains(QStringLiteral("EXIT=1")), qPrintable(screen));
        QCOMPARE(tmux.value(QStringLiteral("alternate_on")), QStringLiteral("0"));
        QVERIFY2(screen.contains(QStringLiteral("icanon echo STTY-READ")), qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("stopping the test")), qPrintable(screen));
        QVERIFY2(!screen.contains(QStringLiteral("q stop all")), qPrintable(screen));
        const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().toObject().value(QStringLiteral("intervals")).toArray().isEmpty());
    }

    void plainLines_data() {
        QTest::addColumn<bool>("terminal");
        QTest::addRow("--plain on a terminal") << true;
        QTest::addRow("stderr is a pipe") << false;
    }
    void plainLines() {
        QFETCH(bool, terminal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{QStringLiteral("run"),    QStringLiteral("--duration"),
                               QStringLiteral("2"),      QStringLiteral("--interval"),
                               QStringLiteral("0.5"),    QStringLiteral("--no-history"),
                               QStringLiteral("--plain")};
        QString text;
        if (terminal) {
            Tmux tmux(dir.path());
            QStringList quoted;
            for (const QString &a : args)
                quoted << shellQuoted(a);
            QVERIFY(tmux.start(QStringLiteral("TERM=xterm-256color %1 %2; echo \"EXIT=$?\"; "
                                              "sleep 30")
                                   .arg(shellQuoted(QStringLiteral(PERFDECK_CLI)),
                                        quoted.join(QLatin1Char(' ')))));
            text = tmux.waitFor(QStringLiteral("EXIT="), 30000);
            QVERIFY2(text.contains(QStringLiteral("EXIT=0")), qPrintable(text));
        } else {
            const CliResult r = runCli(args.mid(0, args.size() - 1), 30000);
            QCOMPARE(r.exitCode, 0);
            text = r.err;
        }
        QVERIFY2(text.contains(QStringLiteral("[1/1]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bit/s")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("q stop all")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("\x1b[")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestTerminalDashboardTmux)
#include "tst_terminaldashboardtmux.moc"

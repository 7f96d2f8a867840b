// perfdeck-cli and its files, end to end with the real iperf3 on loopback (1 s tests): results
// reach devices, FIFOs and standard output without replacing them, a closed stdout does not
// cost the results, unwritable outputs and bad values stop the command before a test runs, a
// full disk names the OS error, and text from files never reaches the terminal raw.
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace TestHelpers;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + QLatin1String(name);
}

struct stat statOf(const QString &path) {
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

// Progress lines of a run that started ("[1/1] run-...: TCP test against ...").
bool aTestRan(const CliResult &r) {
    return r.err.contains(QLatin1String("[1/1]")) || r.out.contains(QLatin1String("throughput"));
}

} // namespace

class TestCliFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importToDevNullKeepsTheDevice() {
        const QString devNull = QStringLiteral("/dev/null");
        const struct stat before = statOf(devNull);
        QVERIFY(S_ISCHR(before.st_mode));
        const CliResult r = runCli({QStringLiteral("import"), fixture("tcp_basic.json"),
                                    QStringLiteral("--json"), devNull});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const struct stat after = statOf(devNull);
        QVERIFY(S_ISCHR(after.st_mode)); // QSaveFile's rename used to make it a plain file
        QCOMPARE(after.st_rdev, before.st_rdev);
    }

    void importToAFifo() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("results.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
            if (fd < 0)
                return;
            char buf[4096];
            ssize_t n = 0;
            while ((n = ::read(fd, buf, sizeof buf)) > 0)
                received.append(buf, n);
            ::close(fd);
        });
        const CliResult r = runCli(
            {QStringLiteral("import"), fixture("tcp_basic.json"), QStringLiteral("--json"), fifo});
        if (r.exitCode != 0) { // unblock the reader before failing
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
        reader.join();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
        const QJsonObject doc = QJsonDocument::fromJson(received).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        QCOMPARE(doc.value(QStringLiteral("runs")).toArray().size(), 1);
    }

    void importToStandardOutput_data() {
        QTest::addColumn<QString>("out");
        QTest::addRow("dash") << "-";
        QTest::addRow("/dev/stdout") << "/dev/stdout";
    }
    void importToStandardOutput() {
        QFETCH(QString, out);
        const CliResult r = runCli(
            {QStringLiteral("import"), fixture("tcp_basic.json"), QStringLiteral("--json"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // stdout is the document alone; the human lines go to stderr.
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("runs")).toArray().size(), 1);
        QVERIFY2(r.err.contains(QLatin1String("tcp_basic: iperf3 tcp send")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("to standard output")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
    }

    void controlCharactersAreEscaped() {
        QTemporaryDir dir;
        const CliResult r =
            runCli({QStringLiteral("import"), fixture("error_escape.json"),
                    QStringLiteral("--json"), dir.filePath(QStringLiteral("r.json"))});
        QCOMPARE(r.exitCode, 0);
        for (const QString &text : {r.out, r.err}) {
            QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text.toUtf8().toPercentEncoding()));
            QVERIFY(!text.contains(QChar(0x07)));
            QVERIFY(!text.contains(QChar(0x9b)));
        }
        QVERIFY2(r.out.contains(QLatin1String("\\x1b[31munable to connect to server\\x1b[0m")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("\\u009b2J")), qPrintable(r.out));
        // The document keeps the text as it was: only the terminal is protected.
        const QJsonObject run = readJson(dir.filePath(QStringLiteral("r.json")))
                                    .value(QStringLiteral("runs"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY(run.value(QStringLiteral("error")).toString().contains(QChar(0x1b)));
    }

    // An endless input is refused at the read cap instead of exhausting memory or hanging.
    void statsOfAnEndlessDeviceIsRefused() {
        const CliResult r = runCli({QStringLiteral("stats"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("/dev/zero: the input is larger than")),
                 qPrintable(r.err));
    }

    // Refused before any test runs, with exit code 2 and the reason.
    void refusedBeforeTheTest_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("json directory missing")
            << QStringList{"--json", "@DIR@/missing/r.json"} << "does not exist";
        QTest::addRow("csv directory missing")
            << QStringList{"--csv", "@DIR@/missing/r.csv"} << "--csv: ";
        QTest::addRow("json is a directory")
            << QStringList{"--json", "@DIR@"} << "it is a directory";
        QTest::addRow("fractional parallel") << QStringList{"--parallel", "1.5"} << "whole number";
        QTest::addRow("fractional repeat") << QStringList{"--repeat", "2.5"} << "whole number";
        QTest::addRow("fractional concurrency")
            << QStringList{"--concurrency", "1.5"} << "whole number";
        QTest::addRow("bitrate beyond any tool")
            << QStringList{"-u", "--bitrate", "99999999999T"} << "bitrate";
        QTest::addRow("host like an option")
            << QStringList{"--target", "-d"} << "must not start with '-'";
        QTest::addRow("congestion like an option")
            << QStringList{"--congestion", "-d"} << "must not start with '-'";
    }
    void refusedBeforeTheTest() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        args.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
        args.prepend(QStringLiteral("run"));
        args << QStringLiteral("--duration") << QStringLiteral("1");
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!aTestRan(r), qPrintable(r.err + r.out));
    }

    void sessionWithOutOfRangeSpecIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.perfdeck"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"perfdeck.session","version":1,"specs":[{"name":"bulk",)"
                R"("duration_s":10,"port":1e300}],"runs":[]})");
        f.close();
        const QByteArray before = [&] {
            QFile in(path);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        }();
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--duration"),
                                    QStringLiteral("1"), QStringLiteral("--session"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + QStringLiteral(": specs[0] (test 'bulk'): port:")),
                 qPrintable(r.err));
        QVERIFY(!aTestRan(r));
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), before); // untouched
    }

    // `run --json out.json | true`: stdout closes before the summary; the run must not die
    // of SIGPIPE and the results file must be written.
    void closedStdoutKeepsTheResults() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), QStringLiteral(PERFDECK_CLI));
        env.insert(QStringLiteral("OUT"), json);
        shell.setProcessEnvironment(env);
        // `true` exits at once, so every write to stdout hits a closed pipe.
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("\"$CLI\" run --duration 1 --repeat 2 --json \"$OUT\" | true; "
                                    "echo \"status ${PIPESTATUS[0]}\" >&2")});
        QVERIFY(shell.waitForFinished(60000));
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("status 0")), qPrintable(err)); // 141: SIGPIPE
        QVERIFY2(err.contains(QLatin1String("could not write to standard output: Broken pipe")),
                 qPrintable(err));
        QCOMPARE(readJson(json).value(QStringLiteral("runs")).toArray().size(), 2);
    }

    void fullDiskNamesTheOsError() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--duration"),
                                    QStringLiteral("1"), QStringLiteral("--quiet"),
                                    QStringLiteral("--json"), QStringLiteral("/dev/full")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("/dev/full: cannot write: No space left on device")),
                 qPrintable(r.err));
        QVERIFY(S_ISCHR(statOf(QStringLiteral("/dev/full")).st_mode));
    }

    void runToStandardOutput() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                    QStringLiteral("--quiet"), QStringLiteral("--csv"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // stdout is the CSV alone (header and one row per interval); the summary is on stderr.
        const QStringList rows = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(rows.size() >= 2, qPrintable(r.out));
        QVERIFY(rows.first().startsWith(QLatin1String("run_id,engine,")));
        QVERIFY2(r.err.contains(QLatin1String("throughput")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"

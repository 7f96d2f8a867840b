// The options of `perfdeck-cli run` as a pure function: what the command line may say, what
// it may not (fractions where a count is meant, a concurrency above the cap, option-like hosts,
// rates no tool can take), and the output checks made before any test runs.
#include "cli/runoptions.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace Perfdeck::Cli;

namespace {

RunOptionsParse parse(QStringList args) {
    args.prepend(QStringLiteral("perfdeck-cli"));
    return parseRunOptions(args);
}

} // namespace

class TestRunOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeNumbers_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("fractional parallel")
            << QStringList{"--parallel", "1.5"} << "--parallel '1.5' must be a whole number";
        QTest::addRow("fractional -P")
            << QStringList{"-P", "4.9"} << "--parallel '4.9' must be a whole number";
        QTest::addRow("fractional repeat")
            << QStringList{"--repeat", "2.5"} << "--repeat '2.5' must be a whole number";
        QTest::addRow("fractional concurrency")
            << QStringList{"--concurrency", "3.7"} << "--concurrency '3.7' must be a whole number";
        QTest::addRow("concurrency above the cap")
            << QStringList{"--concurrency", "65"}
            << "--concurrency '65' must be a number from 1 to 64";
        QTest::addRow("parallel above 128") << QStringList{"--parallel", "129"} << "from 1 to 128";
        QTest::addRow("repeat not a number")
            << QStringList{"--repeat", "many"} << "--repeat 'many'";
    }
    void wholeNumbers() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const RunOptionsParse r = parse(args);
        QCOMPARE(int(r.outcome), int(RunOptionsParse::Outcome::Error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void wholeNumbersAreTaken() {
        const RunOptionsParse r = parse(
            {"-P", "4", "--repeat", "3", "--concurrency", "2", "-t", "1.5", "-c", "[::1]:5999"});
        QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
        QCOMPARE(r.options.specs.size(), 1);
        const TestSpec &spec = r.options.specs.first();
        QCOMPARE(spec.parallel, 4);
        QCOMPARE(spec.repeat, 3);
        QCOMPARE(spec.durationS, 1.5);
        QCOMPARE(spec.host, QStringLiteral("::1"));
        QCOMPARE(spec.port, 5999);
        QCOMPARE(r.options.concurrency, 2);
    }

    void refusedValues_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bitrate beyond any tool")
            << QStringList{"-u", "-b", "99999999999T"} << "bitrate";
        QTest::addRow("host like an option")
            << QStringList{"--target", "-d"} << "host '-d' must not start with '-'";
        QTest::addRow("congestion like an option")
            << QStringList{"-C", "-x"} << "must not start with '-'";
        QTest::addRow("both outputs on stdout")
            << QStringList{"--json", "-", "--csv", "-"} << "cannot both write to standard output";
        QTest::addRow("session on stdout")
            << QStringList{"--session", "-"} << "--session needs a file";
        QTest::addRow("empty json path") << QStringList{"--json", ""} << "--json needs a file";
        QTest::addRow("positional") << QStringList{"extra"} << "unexpected argument 'extra'";
    }
    void hostKeyOptions() {
        const RunOptionsParse r = parse({"--hosts", "h.yaml", "--clients", "web1", "--servers",
                                         "db1", "--known-hosts", "kh", "--accept-new-host-keys"});
        QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
        QCOMPARE(r.options.knownHostsPath, QStringLiteral("kh"));
        QVERIFY(r.options.acceptNewHostKeys);
        const RunOptionsParse plain =
            parse({"--hosts", "h.yaml", "--clients", "web1", "--servers", "db1"});
        QVERIFY(plain.options.knownHostsPath.isEmpty()); // ~/.ssh/known_hosts
        QVERIFY(!plain.options.acceptNewHostKeys);
    }

    void refusedValues() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const RunOptionsParse r = parse(args);
        QCOMPARE(int(r.outcome), int(RunOptionsParse::Outcome::Error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void standardOutputIsAnOutput() {
        const RunOptionsParse r = parse({"--json", "-"});
        QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
        QCOMPARE(r.options.jsonPath, QStringLiteral("-"));
        QVERIFY(r.options.writesToStandardOutput());
        QVERIFY(!parse({"--json", "r.json"}).options.writesToStandardOutput());
    }

    void helpIsNotAnError() {
        const RunOptionsParse r = parse({"--help"});
        QCOMPARE(int(r.outcome), int(RunOptionsParse::Outcome::Help));
        QVERIFY(r.helpText.contains(QLatin1String("--concurrency")));
    }

    // `concurrent: true` means all tests at once; more than the cap is refused, not run
    // 64 at a time (it used to bypass the cap entirely).
    void concurrentProfileHonoursTheCap_data() {
        QTest::addColumn<int>("tests");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("64 tests") << 64 << true;
        QTest::addRow("65 tests") << 65 << false;
    }
    void concurrentProfileHonoursTheCap() {
        QFETCH(int, tests);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.yaml"));
        QByteArray yaml = "name: many\nconcurrent: true\ntests:\n";
        for (int i = 0; i < tests; ++i)
            yaml += "  - name: t" + QByteArray::number(i) + "\n    duration: 1\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const RunOptionsParse r = parse({"--profile", path});
        if (accepted) {
            QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
            QCOMPARE(r.options.concurrency, 64);
            QCOMPARE(r.options.specs.size(), 64);
        } else {
            QCOMPARE(int(r.outcome), int(RunOptionsParse::Outcome::Error));
            QVERIFY2(r.error.contains(QLatin1String("more than the 64")), qPrintable(r.error));
        }
    }

    void outputsAreCheckedBeforeTheTest_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::addRow("json in a missing directory") << "--json"
                                                     << "missing/r.json"
                                                     << "--json: ";
        QTest::addRow("csv is a directory") << "--csv"
                                            << "."
                                            << "it is a directory";
        QTest::addRow("session in a missing directory") << "--session"
                                                        << "missing/s.perfdeck"
                                                        << "does not exist";
    }
    void outputsAreCheckedBeforeTheTest() {
        QFETCH(QString, option);
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const RunOptionsParse r = parse({option, dir.filePath(relative)});
        QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
        QString error;
        QVERIFY(!prepareRunOutputs(r.options, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
    }

    void writableOutputsPass() {
        QTemporaryDir dir;
        const RunOptionsParse r =
            parse({"--json", "-", "--csv", dir.filePath(QStringLiteral("r.csv")), "--keep-raw",
                   dir.filePath(QStringLiteral("raw/deeper"))});
        QVERIFY2(r.outcome == RunOptionsParse::Outcome::Run, qPrintable(r.error));
        QString error;
        QVERIFY2(prepareRunOutputs(r.options, &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("raw/deeper"))).isDir());
    }
};

QTEST_GUILESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"

// Runs the real perfdeck-cli binary: `profile list|show|validate` on the shipped profiles and
// on broken files, and `run --profile` against the embedded iperf3 server on 127.0.0.1.
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &yaml) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(yaml);
    return path;
}

const QString shippedDir = QStringLiteral(PERFDECK_SOURCE_DIR "/profiles");

} // namespace

class TestCliProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listShowsTheShippedProfiles();
    void listFindsUserProfiles();
    void showResolvesInheritanceAndVariables();
    void showUnknownProfile();
    void validateOk();
    void validateReportsLineAndColumn();
    void runProfileFile();
    void runBadProfileRunsNothing();
    void concurrentProfileRunsTestsAtOnce();
    void runUnknownProfile();
};

void TestCliProfile::init() {
    qunsetenv("PERFDECK_PROFILE_DIR");
}

void TestCliProfile::listShowsTheShippedProfiles() {
    const CliResult r = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    for (const char *name : {"throughput", "latency", "stress", "cloud", "datacenter", "wireless",
                             "lossy", "jitter", "qos", "bufferbloat"}) {
        QVERIFY2(r.out.contains(QLatin1String("\n") + QLatin1String(name) + QLatin1Char(' ')) ||
                     r.out.startsWith(QLatin1String(name) + QLatin1Char(' ')),
                 name);
    }
    QVERIFY(r.out.contains(QStringLiteral("4 tests  Bulk TCP throughput")));
}

void TestCliProfile::listFindsUserProfiles() {
    QTemporaryDir dir;
    write(dir, QStringLiteral("mine.yaml"),
          "description: my own\ntests:\n  - name: a\n  - name: b\n  - name: c\n");
    qputenv("PERFDECK_PROFILE_DIR", dir.path().toLocal8Bit());
    const CliResult r = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 tests  my own")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("throughput")));
}

void TestCliProfile::showResolvesInheritanceAndVariables() {
    const CliResult r =
        runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("cloud"),
                QStringLiteral("--set"), QStringLiteral("DURATION=3")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("extends: ") + shippedDir +
                           QStringLiteral("/throughput.yaml")));
    QVERIFY(r.out.contains(QStringLiteral("6 tests:")));
    // throughput's tcp-upload, with cloud's defaults laid over it and DURATION substituted
    QVERIFY2(r.out.contains(QStringLiteral("1. tcp-upload: iperf3, tcp, send, 3 s, omit 3 s, "
                                           "window 4194304 B")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("tcp-download-8-streams")));
}

void TestCliProfile::showUnknownProfile() {
    const CliResult r = runCli(
        {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("no-such-profile")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("no profile 'no-such-profile'")));
    QCOMPARE(runCli({QStringLiteral("profile")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestCliProfile::validateOk() {
    const CliResult r = runCli({QStringLiteral("profile"), QStringLiteral("validate"),
                                shippedDir + QStringLiteral("/bufferbloat.yaml")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("ok\n"));
}

void TestCliProfile::validateReportsLineAndColumn() {
    QTemporaryDir dir;
    const QString typo = write(dir, QStringLiteral("typo.yaml"),
                               "name: typo\ntests:\n  - name: a\n    paralel: 4\n");
    CliResult r = runCli({QStringLiteral("profile"), QStringLiteral("validate"), typo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err,
             typo + QStringLiteral(":4:5: unknown field 'paralel' (did you mean 'parallel'?)\n"));

    const QString syntax =
        write(dir, QStringLiteral("syntax.yaml"), "tests:\n  - name: a\n    duration: [1\n");
    r = runCli({QStringLiteral("profile"), QStringLiteral("validate"), syntax});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(syntax + QStringLiteral(":4:1: YAML syntax error")),
             qPrintable(r.err));
}

void TestCliProfile::runProfileFile() {
    if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
        QSKIP("iperf3 is not installed");
    QTemporaryDir dir;
    // Long by default: --duration 1 on the command line must win over the profile.
    const QString profile = write(dir, QStringLiteral("tiny.yaml"),
                                  "name: tiny\n"
                                  "description: two short iperf3 tests\n"
                                  "defaults:\n"
                                  "  engine: iperf3\n"
                                  "  duration: ${DURATION:-30}\n"
                                  "tests:\n"
                                  "  - name: up\n"
                                  "  - name: down\n"
                                  "    direction: receive\n");
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r =
        runCli({QStringLiteral("run"), QStringLiteral("--profile"), profile,
                QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--json"), out},
               60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("profile tiny: 2 tests, 2 runs")));
    QVERIFY(r.err.contains(QStringLiteral("[1/2]")));
    QVERIFY(r.err.contains(QStringLiteral("[2/2]")));
    QVERIFY(r.out.contains(QStringLiteral("up: run-")));
    QVERIFY(r.out.contains(QStringLiteral("down: run-")));
    const QJsonObject doc = readJson(out);
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("perfdeck.results/1"));
    const QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    QStringList directions;
    for (const QJsonValue &v : runs) {
        const QJsonObject run = v.toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.value(QStringLiteral("engine")).toString(), QStringLiteral("iperf3"));
        QVERIFY(
            run.value(QStringLiteral("server")).toString().startsWith(QStringLiteral("127.0.0.1")));
        QVERIFY(run.value(QStringLiteral("duration_s")).toDouble() < 3);
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
        directions << run.value(QStringLiteral("direction")).toString();
    }
    QCOMPARE(directions, QStringList({"send", "receive"}));
}

void TestCliProfile::concurrentProfileRunsTestsAtOnce() {
    if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
        QSKIP("iperf3 is not installed");
    QTemporaryDir dir;
    const QString profile = write(dir, QStringLiteral("load.yaml"),
                                  "name: load\n"
                                  "concurrent: true\n"
                                  "defaults:\n"
                                  "  duration: 3\n"
                                  "tests:\n"
                                  "  - name: up\n"
                                  "  - name: down\n"
                                  "    direction: receive\n");
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--profile"), profile,
                                QStringLiteral("--json"), out},
                               60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray runs = readJson(out).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    // Run one after the other, the second would start 3 s after the first; at once, both
    // start within the same second (iperf3 stamps whole seconds), on different servers.
    const QDateTime first = QDateTime::fromString(
        runs.at(0).toObject().value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    const QDateTime second = QDateTime::fromString(
        runs.at(1).toObject().value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(first.isValid() && second.isValid());
    QVERIFY2(
        qAbs(first.secsTo(second)) <= 1,
        qPrintable(first.toString(Qt::ISODate) + QLatin1Char(' ') + second.toString(Qt::ISODate)));
    QVERIFY(runs.at(0).toObject().value(QStringLiteral("server")) !=
            runs.at(1).toObject().value(QStringLiteral("server")));
    for (const QJsonValue &v : runs)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestCliProfile::runBadProfileRunsNothing() {
    QTemporaryDir dir;
    const QString profile = write(dir, QStringLiteral("bad.yaml"),
                                  "tests:\n"
                                  "  - name: up\n"
                                  "    duration: 1\n"
                                  "  - name: bad\n"
                                  "    duration: soon\n");
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--profile"), profile,
                                QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(profile + QStringLiteral(":5:15: duration must be a number (got "
                                                     "'soon')")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("[1/")));
    QVERIFY(!QFile::exists(out));
}

void TestCliProfile::runUnknownProfile() {
    const CliResult r = runCli(
        {QStringLiteral("run"), QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("no profile 'no-such-profile'")));
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"

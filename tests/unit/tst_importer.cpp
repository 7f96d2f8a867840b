// The importer: content detection, one error per bad file naming it, good files still import.
#include "results/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFilesImport();
    void badFiles_data();
    void badFiles();
    void badFileAmongGoodOnes();
    void salvageTruncated();
    void idsAreUnique();
};

void TestImporter::goodFilesImport() {
    const QStringList paths = {fixture("tcp_basic.json"), fixture("udp_100m.json"),
                               fixture("server_tcp_bidir.json"), fixture("error_refused.json")};
    const ImportOutcome outcome = importFiles(paths);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.runs.size(), 4);
    for (int i = 0; i < paths.size(); ++i)
        QCOMPARE(outcome.runs.at(i).source, paths.at(i));
    QCOMPARE(outcome.runs.at(0).id, QStringLiteral("tcp_basic"));
    QCOMPARE(toString(outcome.runs.at(1).protocol), toString(Protocol::Udp));
    QCOMPARE(toString(outcome.runs.at(2).direction), toString(Direction::Bidir));
    // A failed test is still a run: it is imported with its status and message.
    QCOMPARE(toString(outcome.runs.at(3).status), toString(RunStatus::Error));
    QCOMPARE(outcome.runs.at(3).error,
             QStringLiteral("unable to connect to server: Connection refused"));
}

void TestImporter::badFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray basic = readAll(fixture("tcp_basic.json"));
    const QByteArray cut = basic.left(basic.indexOf("\"test_start\"") + 14);
    const int line = int(cut.count('\n')) + 1;
    const int column = int(cut.size() - cut.lastIndexOf('\n'));
    QTest::addRow("truncated iperf3 json")
        << cut
        << QStringLiteral("line %1, column %2: unexpected end of data (the file looks truncated)")
               .arg(line)
               .arg(column);
    QTest::addRow("other json") << QByteArray(R"({"hello": "world"})")
                                << R"(not an iperf3 JSON document (no "start" object))";
    QTest::addRow("iperf3 text output")
        << readAll(fixture("tcp_text.txt")) << "unrecognised content: not an iperf3 JSON document";
    QTest::addRow("empty (client killed with SIGKILL)")
        << readAll(fixture("client_sigkill_empty.json")) << "empty file";
    QTest::addRow("binary") << QByteArray("\x7f\x45\x4c\x46\x02\x01", 6) << "unrecognised content";
    // gzip is flent's container, so a cut gzip is reported as one (tst_flentimport has more).
    QTest::addRow("gzip cut in its header") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6)
                                            << "cannot read as a flent .flent.gz file: the gzip "
                                               "data ends early";
}

void TestImporter::badFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.json"), content);
    const ImportOutcome outcome = importFiles({path});
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().path, path);
    QVERIFY2(outcome.errors.first().message.startsWith(message),
             qPrintable(outcome.errors.first().message));
    QVERIFY(outcome.errors.first().toString().startsWith(path + QLatin1String(": ")));
}

void TestImporter::badFileAmongGoodOnes() {
    QTemporaryDir dir;
    const QString bad =
        writeFile(dir, QStringLiteral("cut.json"), readAll(fixture("tcp_p4.json")).left(3000));
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const ImportOutcome outcome =
        importFiles({fixture("tcp_basic.json"), bad, missing, fixture("udp_reverse.json")});
    QCOMPARE(outcome.runs.size(), 2);
    QCOMPARE(outcome.errors.size(), 2);
    QCOMPARE(outcome.errors.at(0).path, bad);
    QVERIFY(outcome.errors.at(0).message.contains(QLatin1String("truncated")));
    QCOMPARE(outcome.errors.at(1).path, missing);
    QVERIFY(outcome.errors.at(1).message.startsWith(QLatin1String("cannot read")));
}

void TestImporter::salvageTruncated() {
    QTemporaryDir dir;
    const QByteArray full = readAll(fixture("tcp_p4.json"));
    const QString path =
        writeFile(dir, QStringLiteral("cut.json"), full.left(full.indexOf("\"end\":\t{")));
    QVERIFY(!importFiles({path}).ok());
    ImportOptions options;
    options.salvageTruncated = true;
    const ImportOutcome outcome = importFiles({path}, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.warnings.size(), 1);
    QCOMPARE(outcome.runs.size(), 1);
    QCOMPARE(toString(outcome.runs.first().status), toString(RunStatus::Partial));
    QCOMPARE(outcome.runs.first().intervals.size(),
             QJsonDocument::fromJson(full)["intervals"].toArray().size());
}

void TestImporter::idsAreUnique() {
    const ImportOutcome outcome =
        importFiles({fixture("tcp_basic.json"), fixture("tcp_basic.json")});
    QCOMPARE(outcome.runs.size(), 2);
    QCOMPARE(outcome.runs.at(0).id, QStringLiteral("tcp_basic"));
    QCOMPARE(outcome.runs.at(1).id, QStringLiteral("tcp_basic-2"));
}

QTEST_APPLESS_MAIN(TestImporter)
#include "tst_importer.moc"

// The importer: content detection, one error per bad file naming it, good files still import.
#include "results/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <thread>

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
    void jsonStreamFilesImport_data();
    void jsonStreamFilesImport();
    void endlessDevicesAreRefused();
    void pipesAreReadToTheirEnd();
    void oversizedFilesAreRefusedUnread_data();
    void oversizedFilesAreRefusedUnread();
    void defectsAreReportedOnImport();
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

// iperf3 >= 3.17 --json-stream output (JSON Lines) used to fail with "line 2, column 1:
// garbage at the end of the document". Real iperf3 3.21 captures, and its -J files.
void TestImporter::jsonStreamFilesImport_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("direction");
    QTest::addRow("tcp -P 2 stream") << "3.21/tcp_p2_stream.jsonl"
                                     << "ok"
                                     << "send";
    QTest::addRow("udp stream") << "3.21/udp_200m_stream.jsonl"
                                << "ok"
                                << "send";
    QTest::addRow("bidir stream") << "3.21/tcp_bidir_stream.jsonl"
                                  << "ok"
                                  << "bidir";
    QTest::addRow("server output stream") << "3.21/tcp_server_output_stream.jsonl"
                                          << "ok"
                                          << "send";
    QTest::addRow("refused stream (exit status 0, #1405)") << "3.21/refused_stream.jsonl"
                                                           << "error"
                                                           << "send";
    QTest::addRow("-R -P 2 json") << "3.21/tcp_rev_p2.json"
                                  << "ok"
                                  << "receive";
    QTest::addRow("udp bidir json") << "3.21/udp_bidir.json"
                                    << "ok"
                                    << "bidir";
}

void TestImporter::jsonStreamFilesImport() {
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, direction);
    const QString path = QStringLiteral(PERFDECK_TEST_DATA "/iperf3/") + file;
    const ImportOutcome outcome = importFiles({path});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
    QCOMPARE(outcome.runs.size(), 1);
    const RunResult &run = outcome.runs.first();
    QCOMPARE(toString(run.status), status);
    QCOMPARE(toString(run.direction), direction);
    QCOMPARE(run.source, path);
    if (status == QLatin1String("ok")) {
        QCOMPARE(run.toolVersion, QStringLiteral("iperf 3.21+"));
        QVERIFY(run.summary.throughputBps && *run.summary.throughputBps > 0);
        QVERIFY(!run.intervals.isEmpty());
        QVERIFY(outcome.warnings.isEmpty());
    } else {
        QVERIFY(run.error.contains(QLatin1String("Connection refused")));
    }
    // The stream imports exactly as the -J document its "end" event stands for.
    if (file.endsWith(QLatin1String(".jsonl")) && status == QLatin1String("ok")) {
        const QByteArray bytes = readAll(path);
        QCOMPARE(importBytes(bytes, path).runs.value(0).toJson(), run.toJson());
    }
}

// `import /dev/zero` aborted on bad_alloc: a device without end is read only as far as its
// first bytes, which are no known format.
void TestImporter::endlessDevicesAreRefused() {
    const ImportOutcome outcome = importFiles({QStringLiteral("/dev/zero")});
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().path, QStringLiteral("/dev/zero"));
    QVERIFY2(outcome.errors.first().message.startsWith(QLatin1String("unrecognised content")),
             qPrintable(outcome.errors.first().message));
}

// Sparse files: their declared size is past the format's limit, which is refused before a byte
// past the first 4 KiB is read (the test allocates nothing near that size).
void TestImporter::oversizedFilesAreRefusedUnread_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("message");
    QTest::addRow("iperf3 json past 1 GiB")
        << QByteArray("{\"start\": {") << (qint64(1) << 30) + 1
        << "1.0 GiB is more than the 1.0 GiB read as iperf3-json";
    QTest::addRow("netperf text past 256 MiB")
        << QByteArray("MIGRATED TCP STREAM TEST from 0.0.0.0 (0.0.0.0) port 0 AF_INET to "
                      "127.0.0.1 () port 0 AF_INET : demo\n")
        << (qint64(300) << 20) << "300.0 MiB is more than the 256.0 MiB read as netperf-text";
    QTest::addRow("flent past 256 MiB") << QByteArray("\x1f\x8b\x08\x00", 4) << (qint64(257) << 20)
                                        << "257.0 MiB is more than the 256.0 MiB read as flent";
}

void TestImporter::oversizedFilesAreRefusedUnread() {
    QFETCH(QByteArray, head);
    QFETCH(qint64, size);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big"), head);
    QVERIFY(QFile::resize(path, size));
    const ImportOutcome outcome = importFiles({path});
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY2(outcome.errors.first().message.startsWith(message),
             qPrintable(outcome.errors.first().message));
    QVERIFY(outcome.errors.first().message.endsWith(QLatin1String("; not imported")));
}

void TestImporter::defectsAreReportedOnImport() {
    const QString path =
        QStringLiteral(PERFDECK_TEST_DATA "/iperf3/defects/tcp_retransmits_wrap.json");
    const ImportOutcome outcome = importFiles({path});
    QVERIFY(outcome.ok());
    // The stream's count and the interval's sum (2^32) are both impossible, both said.
    QCOMPARE(outcome.warnings.size(), 2);
    for (const QString &w : outcome.warnings)
        QVERIFY2(w.startsWith(path + QLatin1String(": interval 2 (")), qPrintable(w));
    QVERIFY(outcome.warnings.join(QLatin1Char('\n'))
                .contains(QLatin1String("retransmits 4294967294 is impossible")));
}

// A pipe has no size: its content arrives in pieces and is read to its end (within the limit).
void TestImporter::pipesAreReadToTheirEnd() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray content = readAll(fixture("tcp_p4.json"));
    QVERIFY(content.size() > 4096); // more than the first bytes that pick the format
    std::thread writer([&path, &content] {
        QFile fifo(path);
        if (!fifo.open(QIODevice::WriteOnly))
            return;
        fifo.write(content.left(100));
        fifo.flush();
        QThread::msleep(50);
        fifo.write(content.mid(100));
    });
    const ImportOutcome outcome = importFiles({path});
    writer.join();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
    QCOMPARE(outcome.runs.size(), 1);
    RunResult run = outcome.runs.first();
    RunResult reference = importFiles({fixture("tcp_p4.json")}).runs.first();
    run.id = reference.id;
    run.source = reference.source;
    QCOMPARE(run.toJson(), reference.toJson());
}

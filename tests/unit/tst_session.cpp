// Session and results files: what is saved reopens identically, damaged or newer files give a
// readable error with a location, and a failed save leaves the previous file intact.
#include "results/csvexport.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Perfdeck;

namespace {

RunResult sampleRun(const QString &id, int seq = 1) {
    RunResult r;
    r.id = id;
    r.seq = seq;
    r.test = QStringLiteral("TCP_RR");
    r.embeddedServer = true;
    r.protocol = Protocol::Udp;
    r.direction = Direction::Bidir;
    r.client = QStringLiteral("127.0.0.1:40000");
    r.server = QStringLiteral("127.0.0.1:5201");
    r.streams = 2;
    r.durationS = 3;
    r.startedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0, 0, 125), Qt::UTC);
    r.status = RunStatus::Partial;
    r.error = QStringLiteral("the server has terminated");
    r.summary.throughputBps = 9.5e9;
    r.summary.jitterMs = 0.012;
    r.summary.lostPercent = 0.5;
    r.reverseSummary = Summary{};
    r.reverseSummary->throughputBps = 1.25e9;
    IntervalSample i;
    i.startS = 0;
    i.endS = 1.000201;
    i.bps = 9.4e9;
    i.reverseBps = 1.2e9;
    i.streams = {StreamSample{5, true, 4.7e9, 5.0e8, {}, {}, {}, 0.01, 0, 1000}};
    r.intervals = {i};
    r.command = {QStringLiteral("/usr/bin/iperf3"), QStringLiteral("-c"), QStringLiteral("x")};
    r.toolVersion = QStringLiteral("iperf 3.12");
    return r;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndReopenIsIdentical() {
        QTemporaryDir dir;
        Session s;
        s.title = QStringLiteral("WAN check");
        s.specs.append(TestSpec{});
        s.runs = {sampleRun(QStringLiteral("run-1")), sampleRun(QStringLiteral("run-2"), 2)};
        s.uiState.insert(QStringLiteral("baseline"), QStringLiteral("run-1"));
        QString error;
        const QString path = dir.filePath(QStringLiteral("s.perfdeck"));
        QVERIFY2(s.save(path, &error), qPrintable(error));
        Session back;
        QVERIFY2(Session::load(path, &back, &error), qPrintable(error));
        QCOMPARE(back.runs, s.runs);
        QCOMPARE(back.specs, s.specs);
        QCOMPARE(back.title, s.title);
        QCOMPARE(back.uiState, s.uiState);
        QVERIFY(back.findRun(QStringLiteral("run-2")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("s.perfdeck")});
    }

    void nullStaysNull() {
        RunResult r;
        r.id = QStringLiteral("n");
        const QJsonObject summary = r.toJson().value(QStringLiteral("summary")).toObject();
        QVERIFY(summary.value(QStringLiteral("throughput_bps")).isNull());
        QVERIFY(summary.value(QStringLiteral("retransmits")).isNull());
        QVERIFY(summary.value(QStringLiteral("jitter_ms")).isNull());
        const RunResult back = RunResult::fromJson(r.toJson());
        QVERIFY(!back.summary.retransmits.has_value());
    }

    void corruptFileNamesFileAndLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.perfdeck"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"perfdeck.session\",\n  \"version\": 1,\n  \"runs\": [ {\n");
        f.close();
        Session s;
        QString error;
        QVERIFY(!Session::load(path, &s, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("line 5")), qPrintable(error));
    }

    void newerVersionIsRefused() {
        Session s;
        QString error;
        QVERIFY(!Session::fromBytes(R"({"format":"perfdeck.session","version":3,"runs":[]})", &s,
                                    &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void otherJsonIsNotASession() {
        Session s;
        QString error;
        QVERIFY(!Session::fromBytes(R"({"start":{}})", &s, &error));
        QVERIFY2(error.contains(QLatin1String("not a Perfdeck session")), qPrintable(error));
    }

    void failedSaveKeepsPreviousFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.perfdeck"));
        Session s;
        s.runs = {sampleRun(QStringLiteral("first"))};
        QString error;
        QVERIFY(s.save(path, &error));
        const QByteArray before = readAll(path);
        // A bigger session written under a 4 KiB file-size limit fails half-way (as on a full
        // disk); the file on disk must still be the previous, complete one.
        for (int i = 0; i < 50; ++i)
            s.runs.append(sampleRun(QStringLiteral("more-%1").arg(i)));
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool saved = s.save(path, &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!saved);
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("unchanged")),
                 qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("keep.perfdeck")});
    }

    void resultsDocumentRoundTripAndErrors() {
        ResultsDocument doc;
        doc.runs = {sampleRun(QStringLiteral("a"))};
        ResultsDocument back;
        QString error;
        QVERIFY2(ResultsDocument::fromBytes(doc.toBytes(), &back, &error), qPrintable(error));
        QCOMPARE(back.runs, doc.runs);
        QCOMPARE(doc.toJson().value(QStringLiteral("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        QVERIFY(!ResultsDocument::fromBytes(R"({"format":"perfdeck.results/2","runs":[]})", &back,
                                            &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!ResultsDocument::fromBytes("{\"format\":", &back, &error));
        QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
        QVERIFY(!ResultsDocument::fromBytes(
            R"({"format":"perfdeck.results/1","runs":[{"status":"weird"}]})", &back, &error));
        QVERIFY2(error.contains(QLatin1String("runs[0]")), qPrintable(error));
    }

    void csvHasOneRowPerInterval() {
        RunResult r = sampleRun(QStringLiteral("csv,run"));
        IntervalSample second = r.intervals.first();
        second.startS = 1.000201;
        second.endS = 2.0;
        second.bps.reset();
        r.intervals.append(second);
        const QList<QByteArray> lines = CsvExport::intervals({r}).split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, trailing empty
        QVERIFY(lines.at(0).startsWith("run_id,engine,protocol,direction"));
        QVERIFY2(lines.at(1).startsWith("\"csv,run\",iperf3,udp,bidir"), lines.at(1).constData());
        QVERIFY(lines.at(1).contains(",9400000000,"));
        // A null bps is an empty cell, never 0.
        const QList<QByteArray> cells = lines.at(2).split(',');
        const QList<QByteArray> header = lines.at(0).split(',');
        const int bpsColumn = int(header.indexOf("bps")) + 1; // the quoted id holds a comma
        QCOMPARE(cells.at(bpsColumn), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

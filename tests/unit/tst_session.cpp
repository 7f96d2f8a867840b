// Session and results files: what is saved reopens identically, damaged or newer files give a
// readable error with a location, and a failed save leaves the previous file intact.
#include "results/csvexport.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
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

    // The exporters and the web dashboard a user switched on reopen with the session; what
    // was typed for one switched off is kept too; the session holds the keychain entry's name,
    // never a token; a session without the section (older files) has everything off.
    void monitoringSettingsRoundTrip() {
        QTemporaryDir dir;
        Session s;
        s.monitoring.metricsEnabled = true;
        s.monitoring.metricsListen = QStringLiteral("127.0.0.1:9555");
        s.monitoring.statsdEnabled = false;
        s.monitoring.statsd = QStringLiteral("statsd.lab:8125");
        s.monitoring.influxEnabled = true;
        s.monitoring.influxFile = QStringLiteral("/var/tmp/perfdeck.lp");
        s.monitoring.webEnabled = true;
        s.monitoring.webListen = QStringLiteral("[::1]:8088");
        s.monitoring.webTlsCert = QStringLiteral("/etc/perfdeck/cert.pem");
        s.monitoring.webTlsKey = QStringLiteral("/etc/perfdeck/key.pem");
        s.monitoring.webTokenKey = MonitoringSettings::newTokenKey();
        QVERIFY(s.monitoring.validate().isEmpty());
        QVERIFY(s.monitoring.onlyLoopback());
        QString error;
        const QString path = dir.filePath(QStringLiteral("m.perfdeck"));
        QVERIFY2(s.save(path, &error), qPrintable(error));
        Session back;
        QVERIFY2(Session::load(path, &back, &error), qPrintable(error));
        QCOMPARE(back.monitoring, s.monitoring);
        const QJsonObject web = QJsonDocument::fromJson(readAll(path))
                                    .object()
                                    .value(QStringLiteral("monitoring"))
                                    .toObject()
                                    .value(QStringLiteral("web"))
                                    .toObject();
        QCOMPARE(web.value(QStringLiteral("token_keychain_key")).toString(),
                 s.monitoring.webTokenKey);
        QVERIFY(!web.contains(QStringLiteral("token")));
        // The exporters that are on, as the CLI's --metrics-listen/--statsd/--influx-file.
        const Exporters::Settings on = back.monitoring.exporters();
        QCOMPARE(on.metricsListen, QStringLiteral("127.0.0.1:9555"));
        QVERIFY(on.statsd.isEmpty());
        QCOMPARE(on.influxFile, QStringLiteral("/var/tmp/perfdeck.lp"));

        // Defaults are not written at all, and a file without the section reads as defaults.
        Session plain;
        QVERIFY(!plain.toJson().contains(QStringLiteral("monitoring")));
        Session plainBack;
        QVERIFY2(Session::fromBytes(plain.toBytes(), &plainBack, &error), qPrintable(error));
        QCOMPARE(plainBack.monitoring, MonitoringSettings());
        QVERIFY(!plainBack.monitoring.anyEnabled());
    }

    void monitoringSettingsProblemsAreNamed_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("metrics port missing") << "metrics"
                                              << "127.0.0.1"
                                              << "metrics address";
        QTest::addRow("statsd port 0") << "statsd"
                                       << "127.0.0.1:0"
                                       << "StatsD address";
        QTest::addRow("web address garbage") << "web"
                                             << "-x:80"
                                             << "web dashboard address";
        QTest::addRow("influx without a file") << "influx"
                                               << ""
                                               << "InfluxDB";
        QTest::addRow("tls cert without key") << "tls"
                                              << "/tmp/c.pem"
                                              << "both a certificate";
    }
    void monitoringSettingsProblemsAreNamed() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        MonitoringSettings m;
        if (field == QLatin1String("metrics")) {
            m.metricsEnabled = true;
            m.metricsListen = value;
        } else if (field == QLatin1String("statsd")) {
            m.statsdEnabled = true;
            m.statsd = value;
        } else if (field == QLatin1String("web")) {
            m.webEnabled = true;
            m.webListen = value;
        } else if (field == QLatin1String("influx")) {
            m.influxEnabled = true;
            m.influxFile = value;
        } else {
            m.webEnabled = true;
            m.webTlsCert = value;
        }
        QVERIFY2(m.validate().contains(expected), qPrintable(m.validate()));
        // Switched off, the same text is no problem (kept for next time).
        MonitoringSettings off = m;
        off.metricsEnabled = off.statsdEnabled = off.influxEnabled = off.webEnabled = false;
        QVERIFY(off.validate().isEmpty());
        // Listening beyond this machine is what an opened session does not start by itself.
        MonitoringSettings wide;
        wide.metricsEnabled = true;
        wide.metricsListen = QStringLiteral("0.0.0.0:9464");
        QVERIFY(!wide.onlyLoopback());
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

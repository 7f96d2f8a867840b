// flent .flent.gz import: the real flent 2.1.1 tcp_upload file becomes one netperf run whose
// numbers are the file's own; real rrul, tcp_nup and tcp_ndown files (captured on loopback,
// tests/data/flent/capture.sh) become one group of flows whose totals are flent's own sums;
// damaged, foreign or oversized files give an error naming the file.
#include "model/rungrouptotals.h"
#include "results/flentreader.h"
#include "results/importer.h"
#include "results/resultsdocument.h"
#include "results/valueselection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Perfdeck;

namespace {

const QString FixtureName = QStringLiteral("tcp_upload-2026-11-24T122827.888669.flent.gz");

QString fixture() {
    return QStringLiteral(PERFDECK_TEST_DATA "/flent/") + FixtureName;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

// A gzip file as gzip(1) would write it, for the foreign-content cases.
QByteArray gzip(const QByteArray &data) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QJsonObject fixtureJson() {
    QByteArray json;
    QString error;
    if (!FlentReader::gunzip(readAll(fixture()), &json, &error))
        qFatal("cannot decompress the fixture: %s", qPrintable(error));
    return QJsonDocument::fromJson(json).object();
}

// numpy.percentile's default (linear between closest ranks), written out here so the test
// does not trust the statistics code it checks.
double percentile(const std::vector<double> &sorted, double p) {
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const auto lo = std::size_t(std::floor(rank));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (rank - double(lo)) * (sorted[hi] - sorted[lo]);
}

bool near(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestFlentImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFileImportsAsOneNetperfRun();
    void intervalsAreTheFilesSamples();
    void latencyFromThePingSeries();
    void uncompressedJsonImportsTheSame();
    void withoutSeriesMeta();
    void seriesWithoutData();
    void noThroughputSeries();
    void multiFlowTestsImportAsOneGroup_data();
    void multiFlowTestsImportAsOneGroup();
    void rrulClassesAndLatencyFlows();
    void pingCountedOnceInAGroup_data();
    void pingCountedOnceInAGroup();
    void groupSurvivesTheResultsDocument();
    void sumsThatDisagreeAreSaid();
    void inflationIsCapped();
    void badFiles_data();
    void badFiles();
    void badFileAmongGoodOnes();
};

void TestFlentImport::realFileImportsAsOneNetperfRun() {
    const ImportOutcome outcome = importFiles({fixture()});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
    QCOMPARE(outcome.runs.size(), 1);
    const RunResult &run = outcome.runs.first();
    QCOMPARE(run.source, fixture());
    QCOMPARE(toString(run.engine), toString(Engine::Netperf));
    QCOMPARE(toString(run.protocol), toString(Protocol::Tcp));
    QCOMPARE(toString(run.direction), toString(Direction::Send));
    QCOMPARE(toString(run.status), toString(RunStatus::Ok));
    QCOMPARE(run.client, QStringLiteral("vm"));
    QCOMPARE(run.server, QStringLiteral("127.0.0.1"));
    QCOMPARE(run.streams, 1);
    QCOMPARE(run.durationS, OptDouble(5));
    // TIME is 12:28:27.888669Z; QDateTime keeps milliseconds, rounded.
    QCOMPARE(run.startedAt.toUTC(),
             QDateTime(QDate(2026, 11, 24), QTime(12, 28, 27, 889), Qt::UTC));
    QCOMPARE(run.toolVersion, QStringLiteral("flent 2.1.1"));
    QVERIFY(run.command.contains(QStringLiteral("TCP_STREAM")));
    // The warning tells the user this came through flent and which test it was.
    QVERIFY(!run.warnings.isEmpty());
    QVERIFY(run.warnings.first().contains(QStringLiteral("tcp_upload")));
    QVERIFY(outcome.warnings.first().startsWith(fixture() + QStringLiteral(": ")));
    // netperf's own figure (SERIES_META MEAN_VALUE, Mbits/s) and byte counts.
    QCOMPARE(run.summary.throughputBps, OptDouble(18658.08e6));
    QCOMPARE(run.summary.sentBytes, OptDouble(11667177472.0));
    QCOMPARE(run.summary.receivedBytes, OptDouble(11667179599.0));
    QCOMPARE(run.summary.retransmits, OptDouble(23));
    // What flent does not measure stays null.
    QVERIFY(!run.summary.jitterMs);
    QVERIFY(!run.summary.cpuLocalPercent);
    QVERIFY(run.toJson().value(QLatin1String("summary"))[QLatin1String("jitter_ms")].isNull());
}

void TestFlentImport::intervalsAreTheFilesSamples() {
    const QJsonObject root = fixtureJson();
    const QJsonArray x = root[QLatin1String("x_values")].toArray();
    const QJsonArray tcp = root[QLatin1String("results")][QLatin1String("TCP upload")].toArray();
    const ImportOutcome outcome = importFiles({fixture()});
    QCOMPARE(outcome.runs.size(), 1);
    const QList<IntervalSample> &intervals = outcome.runs.first().intervals;

    qsizetype k = 0;
    for (qsizetype i = 0; i < tcp.size(); ++i) {
        if (tcp.at(i).isNull())
            continue; // a gap in the file is no interval, never a 0 bit/s one
        QVERIFY(k < intervals.size());
        const IntervalSample &s = intervals.at(k++);
        QVERIFY(s.bps);
        QVERIFY(near(*s.bps, tcp.at(i).toDouble() * 1e6));
        QVERIFY(near(s.endS, x.at(i).toDouble()));
        QVERIFY(near(s.startS, x.at(i).toDouble() - 0.2));
    }
    QCOMPARE(intervals.size(), k);
    // The file as jq shows it: 26 samples from 5.2 s, first 18613.38 and last 18846.91 Mbit/s.
    QCOMPARE(k, 26);
    QVERIFY(near(intervals.first().endS, 5.2));
    QVERIFY(near(*intervals.first().bps, 18613.38e6));
    QVERIFY(near(*intervals.last().bps, 18846.91e6));
}

void TestFlentImport::latencyFromThePingSeries() {
    const QJsonObject root = fixtureJson();
    const QJsonArray ping =
        root[QLatin1String("results")][QLatin1String("Ping (ms) ICMP")].toArray();
    std::vector<double> us;
    for (const QJsonValue v : ping)
        if (!v.isNull())
            us.push_back(v.toDouble() * 1000.0);
    QCOMPARE(us.size(), std::size_t(75));
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (double v : us)
        sum += v;
    const double mean = sum / double(us.size());
    double squares = 0;
    for (double v : us)
        squares += (v - mean) * (v - mean);

    const LatencyStats l = importFiles({fixture()}).runs.value(0).summary.latencyUs;
    QVERIFY(l.mean && l.p50 && l.p90 && l.p99 && l.min && l.max && l.stddev);
    QVERIFY(near(*l.mean, mean));
    QVERIFY(near(*l.min, us.front()));
    QVERIFY(near(*l.max, us.back()));
    QVERIFY(near(*l.p50, percentile(us, 50)));
    QVERIFY(near(*l.p90, percentile(us, 90)));
    QVERIFY(near(*l.p99, percentile(us, 99)));
    QVERIFY(near(*l.stddev, std::sqrt(squares / double(us.size() - 1))));
    // Bounds flent itself recorded for the series (MIN_VALUE/MAX_VALUE, ms).
    QVERIFY(std::abs(*l.min - 19.0) < 0.01);
    QVERIFY(std::abs(*l.max - 54.0) < 0.05);
}

void TestFlentImport::uncompressedJsonImportsTheSame() {
    QByteArray json;
    QString error;
    QVERIFY(FlentReader::gunzip(readAll(fixture()), &json, &error));
    const ImportOutcome plain = importBytes(json, QStringLiteral("x.flent"));
    QVERIFY2(plain.ok(), qPrintable(plain.errors.value(0).toString()));
    const ImportOutcome gz = importFiles({fixture()});
    QCOMPARE(plain.runs.size(), 1);
    QCOMPARE(plain.runs.first().intervals, gz.runs.first().intervals);
    QCOMPARE(plain.runs.first().summary, gz.runs.first().summary);
}

namespace {
ImportOutcome importJson(const QJsonObject &root) {
    return importBytes(gzip(QJsonDocument(root).toJson()), QStringLiteral("edited.flent.gz"));
}
} // namespace

void TestFlentImport::withoutSeriesMeta() {
    // Hand-written or re-saved files may lack SERIES_META: flent's series names still say
    // which series is throughput (Mbits/s) and which is latency "(ms)".
    QJsonObject root = fixtureJson();
    QJsonObject metadata = root[QLatin1String("metadata")].toObject();
    metadata.remove(QLatin1String("SERIES_META"));
    metadata.remove(QLatin1String("HOST"));
    metadata[QLatin1String("HOSTS")] = QJsonArray();
    root[QLatin1String("metadata")] = metadata;
    const ImportOutcome outcome = importJson(root);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
    QCOMPARE(outcome.runs.size(), 1);
    const RunResult &run = outcome.runs.first();
    QCOMPARE(run.intervals.size(), 26);
    QVERIFY(near(*run.intervals.first().bps, 18613.38e6));
    QVERIFY(run.server.isEmpty());
    // Without netperf's MEAN_VALUE the summary is the mean of the samples.
    double sum = 0;
    for (const IntervalSample &s : run.intervals)
        sum += *s.bps;
    QVERIFY(near(*run.summary.throughputBps, sum / 26));
    QVERIFY(run.summary.latencyUs.mean);
    QVERIFY(outcome.warnings.join(QLatin1Char('\n')).contains(QLatin1String("assumed Mbits/s")));
}

void TestFlentImport::seriesWithoutData() {
    // flent keeps a series whose netperf failed, all null: the run is imported as failed,
    // with no interval and a null throughput rather than 0.
    QJsonObject root = fixtureJson();
    QJsonObject results = root[QLatin1String("results")].toObject();
    QJsonArray nulls;
    for (qsizetype i = 0; i < results[QLatin1String("TCP upload")].toArray().size(); ++i)
        nulls.append(QJsonValue::Null);
    results[QLatin1String("TCP upload")] = nulls;
    root[QLatin1String("results")] = results;
    QJsonObject metadata = root[QLatin1String("metadata")].toObject();
    QJsonObject meta = metadata[QLatin1String("SERIES_META")].toObject();
    QJsonObject tcp = meta[QLatin1String("TCP upload")].toObject();
    tcp.remove(QLatin1String("MEAN_VALUE"));
    meta[QLatin1String("TCP upload")] = tcp;
    metadata[QLatin1String("SERIES_META")] = meta;
    root[QLatin1String("metadata")] = metadata;
    const ImportOutcome outcome = importJson(root);
    QCOMPARE(outcome.runs.size(), 1);
    const RunResult &run = outcome.runs.first();
    QCOMPARE(toString(run.status), toString(RunStatus::Error));
    QVERIFY(run.error.contains(QLatin1String("no data for series 'TCP upload'")));
    QVERIFY(run.intervals.isEmpty());
    QVERIFY(!run.summary.throughputBps);
}

void TestFlentImport::noThroughputSeries() {
    QJsonObject root = fixtureJson();
    QJsonObject results = root[QLatin1String("results")].toObject();
    results.remove(QLatin1String("TCP upload"));
    root[QLatin1String("results")] = results;
    const ImportOutcome outcome = importJson(root);
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY2(outcome.errors.first().message.contains(
                 QLatin1String("flent test 'tcp_upload' has no throughput series")),
             qPrintable(outcome.errors.first().message));
}

namespace {

QString flentFixture(const QString &name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/flent/") + name;
}

const QString RrulName = QStringLiteral("rrul-2026-12-01T214941.650960.loopback.flent.gz");

QJsonObject flentJson(const QString &name) {
    QByteArray json;
    QString error;
    if (!FlentReader::gunzip(readAll(flentFixture(name)), &json, &error))
        qFatal("cannot decompress %s: %s", qPrintable(name), qPrintable(error));
    return QJsonDocument::fromJson(json).object();
}

// flent's own MEAN_VALUE of a series, in bit/s (the files say Mbits/s).
double flentMean(const QJsonObject &root, const QString &series) {
    return root[QLatin1String("metadata")][QLatin1String("SERIES_META")][series]
               [QLatin1String("MEAN_VALUE")]
                   .toDouble() *
           1e6;
}

} // namespace

// The review found an rrul file imported as 13 runs: flent's computed "avg", "sum" and
// "totals" series became runs of their own (the sum counting its flows twice) with one warning
// per series. Now: one run per real flow, one group, totals from the flows equal to flent's.
void TestFlentImport::multiFlowTestsImportAsOneGroup_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("uploads");
    QTest::addColumn<int>("downloads");
    QTest::addColumn<int>("latencyFlows");
    QTest::addColumn<QStringList>("sums"); // flent's sum series: upload, download, total
    // Latency: rrul's three UDP request/response flows and its ICMP ping; one ping elsewhere.
    QTest::addRow("rrul") << RrulName << 4 << 4 << 4
                          << QStringList{"TCP upload sum", "TCP download sum", "TCP totals"};
    QTest::addRow("tcp_nup") << QStringLiteral("tcp_nup-2026-12-01T215008.615314.loopback.flent.gz")
                             << 4 << 0 << 1 << QStringList{"TCP upload sum", "", ""};
    QTest::addRow("tcp_ndown") << QStringLiteral(
                                      "tcp_ndown-2026-12-01T215032.618297.loopback.flent.gz")
                               << 0 << 2 << 1 << QStringList{"", "TCP download sum", ""};
}

void TestFlentImport::multiFlowTestsImportAsOneGroup() {
    QFETCH(QString, file);
    QFETCH(int, uploads);
    QFETCH(int, downloads);
    QFETCH(int, latencyFlows);
    QFETCH(QStringList, sums);
    const QString path = flentFixture(file);
    const ImportOutcome outcome = importFiles({path});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
    QCOMPARE(outcome.runs.size(), uploads + downloads + latencyFlows);
    // One notice for the file, naming the group and that the totals agree with flent's.
    QCOMPARE(outcome.warnings.size(), 1);
    const QString notice = outcome.warnings.first();
    QVERIFY2(notice.startsWith(path + QLatin1String(": flent test '")), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("(as flent's own sums)")), qPrintable(notice));
    QVERIFY(notice.contains(QLatin1String("not imported as runs")));

    const QString group = outcome.runs.first().group;
    QVERIFY(group.startsWith(QLatin1String("flent-")));
    int sends = 0;
    int receives = 0;
    int latency = 0;
    for (const RunResult &run : outcome.runs) {
        QCOMPARE(run.group, group);
        QVERIFY(run.groupLabel.contains(QLatin1String("loopback")));
        QCOMPARE(toString(run.status), toString(RunStatus::Ok));
        QVERIFY(!run.trafficClass.isEmpty());
        QCOMPARE(run.streams, 1);
        if (run.summary.throughputBps) {
            ++(run.direction == Direction::Receive ? receives : sends);
            QVERIFY(!run.intervals.isEmpty());
            // The ICMP ping is a run of its own, not a copy on every flow.
            QVERIFY(run.summary.latencyUs.isEmpty());
        } else {
            ++latency;
            if (run.engine == Engine::Ping)
                QCOMPARE(toString(run.protocol), toString(Protocol::Icmp));
            else
                QCOMPARE(toString(run.protocol), toString(Protocol::Udp));
            QVERIFY(run.summary.latencyUs.p99);
            QVERIFY(run.intervals.first().rttUs);
        }
        // No run is one of flent's computed series.
        QVERIFY(!run.warnings.join(QLatin1Char(' ')).contains(QLatin1String(" sum'")));
        QVERIFY(!run.warnings.join(QLatin1Char(' ')).contains(QLatin1String(" avg'")));
    }
    QCOMPARE(sends, uploads);
    QCOMPARE(receives, downloads);
    QCOMPARE(latency, latencyFlows);

    const QList<RunGroupTotals> totals = RunGroupTotals::of(outcome.runs);
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().runs, int(outcome.runs.size()));
    const QJsonObject root = flentJson(file);
    // flent rounds each flow's mean to 0.01 Mbit/s before summing: agree to that.
    const double tolerance = 0.01e6 * (uploads + downloads);
    const OptDouble ours[] = {totals.first().uploadBps, totals.first().downloadBps,
                              totals.first().totalBps};
    for (int i = 0; i < 3; ++i) {
        if (sums.at(i).isEmpty())
            continue;
        QVERIFY(ours[i]);
        QVERIFY2(std::abs(*ours[i] - flentMean(root, sums.at(i))) <= tolerance,
                 qPrintable(QStringLiteral("%1: %2 vs flent %3")
                                .arg(sums.at(i))
                                .arg(*ours[i])
                                .arg(flentMean(root, sums.at(i)))));
    }
}

void TestFlentImport::rrulClassesAndLatencyFlows() {
    const ImportOutcome outcome = importFiles({flentFixture(RrulName)});
    QStringList uploadClasses;
    QStringList downloadClasses;
    QStringList latencyClasses;
    for (const RunResult &run : outcome.runs) {
        if (!run.summary.throughputBps)
            latencyClasses << run.trafficClass;
        else if (run.direction == Direction::Receive)
            downloadClasses << run.trafficClass;
        else
            uploadClasses << run.trafficClass;
    }
    QCOMPARE(uploadClasses, (QStringList{"BE", "BK", "CS5", "EF"}));
    QCOMPARE(downloadClasses, (QStringList{"BE", "BK", "CS5", "EF"}));
    latencyClasses.sort();
    // UDP BE, BK, EF and the unmarked ICMP ping (BE).
    QCOMPARE(latencyClasses, (QStringList{"BE", "BE", "BK", "EF"}));

    // Each UDP latency flow keeps its own series, in microseconds.
    const QJsonObject root = flentJson(RrulName);
    for (const RunResult &run : outcome.runs) {
        if (run.summary.throughputBps || run.engine == Engine::Ping)
            continue;
        const QString series = QStringLiteral("Ping (ms) UDP ") + run.trafficClass;
        const double mean = root[QLatin1String("metadata")][QLatin1String("SERIES_META")][series]
                                [QLatin1String("MEAN_VALUE")]
                                    .toDouble();
        QVERIFY2(std::abs(*run.summary.latencyUs.mean - mean * 1000) < 1e-6 * mean * 1000,
                 qPrintable(series));
        QVERIFY(run.command.contains(QStringLiteral("UDP_RR")));
    }
    // The rrul EF upload flow: its own MEAN_VALUE and netperf's -Y marking.
    const auto ef =
        std::find_if(outcome.runs.cbegin(), outcome.runs.cend(), [](const RunResult &r) {
            return r.trafficClass == QLatin1String("EF") && r.direction == Direction::Send &&
                   r.summary.throughputBps;
        });
    QVERIFY(ef != outcome.runs.cend());
    QCOMPARE(*ef->summary.throughputBps, flentMean(root, QStringLiteral("TCP upload EF")));
    QVERIFY(ef->command.contains(QStringLiteral("0xb8,0xb8")));
}

// The review found rrul's ICMP ping series copied onto all 8 TCP flows, so the group's latency
// statistics counted it 8 times (11 values: 8 copies and 3 UDP flows). Each latency series is
// now one run with its class: the ping is a run of engine "ping", protocol "icmp".
void TestFlentImport::pingCountedOnceInAGroup_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("latencyValues"); // runs with a latency: every series once
    QTest::addRow("rrul") << RrulName << 4;
    QTest::addRow("tcp_nup") << QStringLiteral("tcp_nup-2026-12-01T215008.615314.loopback.flent.gz")
                             << 1;
    QTest::addRow("tcp_ndown") << QStringLiteral(
                                      "tcp_ndown-2026-12-01T215032.618297.loopback.flent.gz")
                               << 1;
}

void TestFlentImport::pingCountedOnceInAGroup() {
    QFETCH(QString, file);
    QFETCH(int, latencyValues);
    const ImportOutcome outcome = importFiles({flentFixture(file)});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));

    // The ICMP series as the file has it, in microseconds.
    const QJsonObject root = flentJson(file);
    std::vector<double> us;
    for (const QJsonValue v :
         root[QLatin1String("results")][QLatin1String("Ping (ms) ICMP")].toArray())
        if (v.isDouble())
            us.push_back(v.toDouble() * 1000.0);
    QVERIFY(us.size() > 10);
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (double v : us)
        sum += v;

    const RunResult *ping = nullptr;
    int carryingPing = 0;
    for (const RunResult &run : outcome.runs) {
        if (run.summary.latencyUs.mean && near(*run.summary.latencyUs.mean, sum / us.size()))
            ++carryingPing;
        if (run.engine == Engine::Ping) {
            QVERIFY(!ping);
            ping = &run;
        }
    }
    QCOMPARE(carryingPing, 1);
    QVERIFY(ping);
    QCOMPARE(toString(ping->engine), QStringLiteral("ping"));
    QCOMPARE(toString(ping->protocol), QStringLiteral("icmp"));
    QCOMPARE(ping->trafficClass, QStringLiteral("BE")); // fping without -O: unmarked
    QCOMPARE(ping->group, outcome.runs.first().group);
    QVERIFY(!ping->summary.throughputBps);
    QVERIFY(near(*ping->summary.latencyUs.p99, percentile(us, 99)));
    QCOMPARE(ping->intervals.size(), qsizetype(us.size()));
    QVERIFY(ping->intervals.first().rttUs);
    QVERIFY(ping->command.contains(QStringLiteral("/usr/bin/fping")));

    // What `perfdeck-cli stats --metric latency_us.mean` over the group sees.
    ValueSelection::Options options;
    options.metricKey = QStringLiteral("latency_us.mean");
    const ValueSelection::Selection selection = ValueSelection::select(outcome.runs, options);
    QCOMPARE(int(selection.values.size()), latencyValues);

    // The engine and protocol survive a results document.
    ResultsDocument document;
    document.runs = outcome.runs;
    ResultsDocument back;
    QString error;
    QVERIFY2(ResultsDocument::fromBytes(document.toBytes(), &back, &error), qPrintable(error));
    const auto it = std::find_if(back.runs.cbegin(), back.runs.cend(),
                                 [](const RunResult &r) { return r.engine == Engine::Ping; });
    QVERIFY(it != back.runs.cend());
    QCOMPARE(toString(it->protocol), QStringLiteral("icmp"));
    QCOMPARE(it->summary.latencyUs, ping->summary.latencyUs);
}

void TestFlentImport::groupSurvivesTheResultsDocument() {
    const ImportOutcome outcome = importFiles({flentFixture(RrulName)});
    ResultsDocument document;
    document.runs = outcome.runs;
    ResultsDocument back;
    QString error;
    QVERIFY2(ResultsDocument::fromBytes(document.toBytes(), &back, &error), qPrintable(error));
    QCOMPARE(back.runs.size(), outcome.runs.size());
    for (qsizetype i = 0; i < back.runs.size(); ++i) {
        QCOMPARE(back.runs.at(i).group, outcome.runs.at(i).group);
        QCOMPARE(back.runs.at(i).groupLabel, outcome.runs.at(i).groupLabel);
        QCOMPARE(back.runs.at(i).trafficClass, outcome.runs.at(i).trafficClass);
    }
    const QJsonObject first = document.toJson()[QLatin1String("runs")][0].toObject();
    QCOMPARE(first[QLatin1String("group")].toString(), outcome.runs.first().group);
    QCOMPARE(first[QLatin1String("class")].toString(), QStringLiteral("BE"));
    // A run that stands alone writes no group fields at all.
    const ImportOutcome single = importFiles({fixture()});
    QVERIFY(single.runs.first().group.isEmpty());
    QVERIFY(!single.runs.first().toJson().contains(QLatin1String("group")));
}

void TestFlentImport::sumsThatDisagreeAreSaid() {
    QJsonObject root = flentJson(RrulName);
    QJsonObject metadata = root[QLatin1String("metadata")].toObject();
    QJsonObject meta = metadata[QLatin1String("SERIES_META")].toObject();
    QJsonObject sum = meta[QLatin1String("TCP upload sum")].toObject();
    sum[QLatin1String("MEAN_VALUE")] = 5985.22; // twice the flows, as the old import counted
    meta[QLatin1String("TCP upload sum")] = sum;
    metadata[QLatin1String("SERIES_META")] = meta;
    root[QLatin1String("metadata")] = metadata;
    const ImportOutcome outcome = importJson(root);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.warnings.size(), 2);
    QVERIFY2(outcome.warnings.at(1).contains(
                 QLatin1String("'TCP upload sum' is 5985.22 Mbit/s but its 4 flows sum to")),
             qPrintable(outcome.warnings.at(1)));
}

// A 956 KB .gz inflated to 1 GB (and 8.6 GB of memory) before failing: inflation now stops at
// the cap, with the cap in the message. Many small gzip members of spaces make the bomb.
void TestFlentImport::inflationIsCapped() {
    const QByteArray member = gzip(QByteArray(4 << 20, ' '));
    QByteArray bomb;
    const qsizetype members = (FlentReader::MaxInflatedBytes >> 22) + 2;
    for (qsizetype i = 0; i < members; ++i)
        bomb += member;
    QVERIFY(bomb.size() < (1 << 20));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bomb.flent.gz"), bomb);
    const ImportOutcome outcome = importFiles({path});
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().path, path);
    QVERIFY2(
        outcome.errors.first().message.contains(QLatin1String("decompresses to more than 256 MiB")),
        qPrintable(outcome.errors.first().message));
}

void TestFlentImport::badFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray original = readAll(fixture());
    QTest::addRow("truncated gzip (half the file)")
        << original.left(original.size() / 2) << "the gzip data ends early";
    QTest::addRow("truncated gzip (header only)")
        << original.left(12) << "the gzip data ends early";
    QTest::addRow("gzip without its trailer")
        << original.left(original.size() - 4) << "the gzip data ends early";
    QByteArray corrupt = original;
    for (qsizetype i = 100; i < 140; ++i)
        corrupt[i] = char(~corrupt[i]);
    QTest::addRow("corrupt gzip") << corrupt << "corrupt gzip data";
    QTest::addRow("gzip of other json")
        << gzip(R"({"start": {}, "end": {}})")
        << R"(not a flent data file: the gzip content is JSON without flent's "metadata")";
    QTest::addRow("gzip of text") << gzip("hello\n")
                                  << "not a flent data file: the gzip content is not JSON";

    QJsonObject root = fixtureJson();
    root[QLatin1String("version")] = 5;
    QTest::addRow("newer data format")
        << gzip(QJsonDocument(root).toJson())
        << "flent data format version 5 is newer than version 4, which Perfdeck reads";
    root[QLatin1String("version")] = 3;
    QTest::addRow("older data format") << gzip(QJsonDocument(root).toJson())
                                       << "flent data format version 3 is older than version 4";
}

void TestFlentImport::badFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, FixtureName, content);
    const ImportOutcome outcome = importFiles({path});
    QVERIFY(outcome.runs.isEmpty());
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().path, path);
    QVERIFY2(outcome.errors.first().message.contains(message),
             qPrintable(outcome.errors.first().message));
}

void TestFlentImport::badFileAmongGoodOnes() {
    QTemporaryDir dir;
    const QByteArray original = readAll(fixture());
    const QString cut = writeFile(dir, QStringLiteral("cut.flent.gz"), original.left(1000));
    const ImportOutcome outcome =
        importFiles({fixture(), cut, QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_basic.json")});
    QCOMPARE(outcome.runs.size(), 2);
    QCOMPARE(toString(outcome.runs.at(0).engine), toString(Engine::Netperf));
    QCOMPARE(toString(outcome.runs.at(1).engine), toString(Engine::Iperf3));
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY(outcome.errors.first().toString().startsWith(cut + QStringLiteral(": ")));
}

QTEST_GUILESS_MAIN(TestFlentImport)
#include "tst_flentimport.moc"

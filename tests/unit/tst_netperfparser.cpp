// NetperfParser on real netperf 2.7.0 output (tests/data/netperf/README.md lists the command
// lines): live interim groups, -k summaries of every test, confidence, killed runs, the
// classic table, OMNI CSV and the error text, plus the importer entry that uses them.
#include "../integration/testhelpers.h"
#include "engines/netperfparser.h"
#include "results/importer.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Perfdeck;

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(PERFDECK_TEST_DATA "/netperf/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

RunResult parseFixture(const char *name) {
    const NetperfParseOutcome outcome = NetperfParser::parse(fixture(name));
    if (!outcome.parsed)
        qWarning("%s: %s", name, qPrintable(outcome.error));
    return outcome.run;
}

} // namespace

class TestNetperfParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interimGroupsBecomeSamplesLineByLine() {
        NetperfParser parser;
        QList<IntervalSample> samples;
        QList<int> emittedAtLine;
        const QList<QByteArray> lines = fixture("np_tcp_stream_k.txt").split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (const auto s = parser.feedLine(QString::fromUtf8(lines.at(i)))) {
                samples << *s;
                emittedAtLine << i;
            }
        }
        QCOMPARE(samples.size(), 3);
        // Each sample is complete at its NETPERF_ENDING line, before the final keys.
        QCOMPARE(emittedAtLine, (QList<int>{4, 8, 12}));
        QCOMPARE(samples.at(0).startS, 0.0);
        QCOMPARE(samples.at(0).endS, 1.044);
        QCOMPARE(samples.at(1).startS, 1.044);
        QVERIFY(qFuzzyCompare(samples.at(2).endS, 1.044 + 1.017 + 0.939));
        QVERIFY(qFuzzyCompare(*samples.at(0).bps, 17018.49e6));
        QVERIFY(!samples.at(0).transactionsPerS);
        QVERIFY(parser.hasSummary());
        const RunResult r = parser.result();
        QCOMPARE_ENUM(r.status, RunStatus::Ok);
        QVERIFY(qFuzzyCompare(*r.summary.throughputBps, 17316.14e6));
        QCOMPARE(*r.summary.retransmits, 2.0);
        QCOMPARE(*r.durationS, 3.0);
        // CPU -1.00 is netperf's "not measured": null, never 0.
        QVERIFY(!r.summary.cpuLocalPercent);
        QVERIFY(!r.summary.cpuRemotePercent);
        QVERIFY(r.summary.latencyUs.isEmpty()); // MEAN_LATENCY of a stream is no latency test
        QVERIFY(!r.summary.transactionsPerS);
        QCOMPARE(r.server, QStringLiteral("127.0.0.1"));
    }

    void summaries_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("bps");
        QTest::addColumn<double>("tps");
        QTest::addColumn<int>("intervals");
        QTest::addRow("TCP_MAERTS -k") << "np_tcp_maerts_k.txt" << int(Protocol::Tcp)
                                       << int(Direction::Receive) << 21672.83e6 << 0.0 << 2;
        QTest::addRow("UDP_STREAM -k") << "np_udp_stream_k.txt" << int(Protocol::Udp)
                                       << int(Direction::Send) << 1144.78e6 << 0.0 << 2;
        QTest::addRow("TCP_RR -k") << "np_tcp_rr_k.txt" << int(Protocol::Tcp)
                                   << int(Direction::Send) << 0.0 << 36285.949 << 0;
        QTest::addRow("TCP_RR -D -k") << "np_tcp_rr_interim_k.txt" << int(Protocol::Tcp)
                                      << int(Direction::Send) << 0.0 << 73143.853 << 2;
        QTest::addRow("TCP_CRR -D -k") << "np_tcp_crr_k.txt" << int(Protocol::Tcp)
                                       << int(Direction::Send) << 0.0 << 12356.92 << 2;
        QTest::addRow("UDP_RR -D -k") << "np_udp_rr_k.txt" << int(Protocol::Udp)
                                      << int(Direction::Send) << 0.0 << 86294.449 << 2;
        QTest::addRow("classic TCP_STREAM") << "np_tcp_stream.txt" << int(Protocol::Tcp)
                                            << int(Direction::Send) << 16587.91e6 << 0.0 << 0;
        QTest::addRow("classic TCP_STREAM -c -C")
            << "np_tcp_stream_cpu_classic.txt" << int(Protocol::Tcp) << int(Direction::Send)
            << 27534.44e6 << 0.0 << 0;
        QTest::addRow("classic UDP_STREAM") << "np_udp_stream_classic.txt" << int(Protocol::Udp)
                                            << int(Direction::Send) << 43066.79e6 << 0.0 << 0;
        QTest::addRow("classic TCP_RR") << "np_tcp_rr_classic.txt" << int(Protocol::Tcp)
                                        << int(Direction::Send) << 0.0 << 19568.36 << 0;
        QTest::addRow("OMNI -o CSV") << "np_omni_csv.txt" << int(Protocol::Tcp)
                                     << int(Direction::Send) << 17751.70e6 << 0.0 << 0;
        QTest::addRow("OMNI -o CSV rr") << "np_omni_csv_rr.txt" << int(Protocol::Tcp)
                                        << int(Direction::Send) << 0.0 << 58985.33 << 0;
    }
    void summaries() {
        QFETCH(QString, file);
        QFETCH(int, protocol);
        QFETCH(int, direction);
        QFETCH(double, bps);
        QFETCH(double, tps);
        QFETCH(int, intervals);
        const RunResult r = parseFixture(qPrintable(file));
        QCOMPARE_ENUM(r.status, RunStatus::Ok);
        QCOMPARE_ENUM(r.engine, Engine::Netperf);
        QCOMPARE_ENUM(r.protocol, Protocol(protocol));
        QCOMPARE_ENUM(r.direction, Direction(direction));
        QCOMPARE(r.intervals.size(), intervals);
        if (bps > 0) {
            QVERIFY(r.summary.throughputBps);
            QVERIFY(qFuzzyCompare(*r.summary.throughputBps, bps));
            QVERIFY(!r.summary.transactionsPerS);
        } else {
            QVERIFY(!r.summary.throughputBps);
            QVERIFY(qFuzzyCompare(*r.summary.transactionsPerS, tps));
            for (const IntervalSample &s : r.intervals) {
                QVERIFY(s.transactionsPerS.value_or(0) > 0);
                QVERIFY(!s.bps);
            }
        }
        if (r.protocol == Protocol::Udp)
            QVERIFY(!r.summary.retransmits);
    }

    void latencyPercentiles() {
        const RunResult r = parseFixture("np_tcp_rr_k.txt");
        const LatencyStats &l = r.summary.latencyUs;
        QCOMPARE(*l.min, 16.0);
        QCOMPARE(*l.p50, 26.0);
        QCOMPARE(*l.p90, 32.0);
        QCOMPARE(*l.p99, 46.0);
        QCOMPARE(*l.max, 5912.0);
        QCOMPARE(*l.mean, 27.5);
        QCOMPARE(*l.stddev, 25.22);
        const RunResult csv = parseFixture("np_omni_csv_rr.txt");
        QCOMPARE(*csv.summary.latencyUs.p99, 19.0);
        QCOMPARE(*csv.summary.retransmits, 0.0);
    }

    void classicCpuAndUdpLoss() {
        const RunResult cpu = parseFixture("np_tcp_stream_cpu_classic.txt");
        QCOMPARE(*cpu.summary.cpuLocalPercent, 78.24);
        QCOMPARE(*cpu.summary.cpuRemotePercent, 78.24);
        QCOMPARE(*cpu.durationS, 1.0);
        const RunResult udp = parseFixture("np_udp_stream_classic.txt");
        QVERIFY(qFuzzyCompare(*udp.summary.sentBps, 45811.06e6));
        QCOMPARE(*udp.summary.packets, 87423.0);
        QCOMPARE(*udp.summary.lostPackets, 87423.0 - 82186.0);
        QVERIFY(*udp.summary.lostPercent > 5.9 && *udp.summary.lostPercent < 6.0);
        const RunResult stream = parseFixture("np_tcp_stream.txt");
        QVERIFY(!stream.summary.cpuLocalPercent);
        QVERIFY(!stream.summary.retransmits); // the classic table has no retransmits
    }

    void confidenceBecomesANote() {
        const RunResult r = parseFixture("np_tcp_stream_confidence.txt");
        QCOMPARE_ENUM(r.status, RunStatus::Ok);
        QCOMPARE(r.intervals.size(), 3);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QLatin1String("+/-6.894 % at 95 % confidence "
                                                           "after 3 iterations")),
                 qPrintable(r.warnings.first()));
        QVERIFY(r.warnings.first().contains(QLatin1String("not the +/-2.5 % asked for")));
    }

    void killedRunsArePartial_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("intervals");
        QTest::addRow("SIGTERM") << "np_tcp_stream_sigterm.txt" << 2;
        QTest::addRow("SIGKILL") << "np_tcp_stream_sigkill.txt" << 1;
    }
    void killedRunsArePartial() {
        QFETCH(QString, file);
        QFETCH(int, intervals);
        const RunResult r = parseFixture(qPrintable(file));
        QCOMPARE_ENUM(r.status, RunStatus::Partial);
        QCOMPARE(r.intervals.size(), intervals);
        QVERIFY(r.error.contains(QLatin1String("no final result")));
        QVERIFY(!r.summary.throughputBps);
    }

    void groupCutBeforeItsEndingLineIsKept() {
        NetperfParser parser;
        parser.feedLine(u"NETPERF_INTERIM_RESULT[0]=100.0");
        parser.feedLine(u"NETPERF_UNITS[0]=10^3bits/s");
        QVERIFY(!parser.feedLine(u"NETPERF_INTERVAL[0]=0.5"));
        const RunResult r = parser.result();
        QCOMPARE(r.intervals.size(), 1);
        QCOMPARE(*r.intervals.first().bps, 100e3);
        QCOMPARE(r.intervals.first().endS, 0.5);
    }

    void noNetserver() {
        const NetperfParseOutcome outcome = NetperfParser::parse(fixture("np_error.txt"));
        QVERIFY(outcome.parsed);
        QCOMPARE_ENUM(outcome.run.status, RunStatus::Error);
        QVERIFY2(outcome.run.error.startsWith(
                     QLatin1String("no netserver listening on 127.0.0.1:12999")),
                 qPrintable(outcome.run.error));
    }

    void units_data() {
        QTest::addColumn<QString>("units");
        QTest::addColumn<double>("factor");
        QTest::addRow("10^6bits/s") << "10^6bits/s" << 1e6;
        QTest::addRow("10^3bits/s") << "10^3bits/s" << 1e3;
        QTest::addRow("10^9bits/s") << "10^9bits/s" << 1e9;
        QTest::addRow("classic 10^6bits/sec") << "10^6bits/sec" << 1e6;
        QTest::addRow("KBytes/s") << "KBytes/s" << 8.0 * 1024;
        QTest::addRow("MBytes/s") << "MBytes/s" << 8.0 * 1024 * 1024;
        QTest::addRow("10^6bytes") << "10^6Bytes/s" << 8e6;
        QTest::addRow("Trans/s") << "Trans/s" << 0.0;
        QTest::addRow("unknown") << "furlongs/fortnight" << 0.0;
        QTest::addRow("10^400 overflows") << "10^400bits/s" << 0.0;
    }
    void units() {
        QFETCH(QString, units);
        QFETCH(double, factor);
        const auto bps = NetperfParser::bitsPerSecond(2.0, units);
        if (factor == 0)
            QVERIFY(!bps);
        else
            QCOMPARE(*bps, 2.0 * factor);
    }

    // nan, inf and numbers beyond a double were stored as an ok run with null figures.
    void nonFiniteValuesAreRejected_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("keepInterims");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // in run.error, or in a warning for ok runs
        const int ok = int(RunStatus::Ok);
        QTest::addRow("throughput nan")
            << QByteArray("THROUGHPUT=17316.14") << QByteArray("THROUGHPUT=nan") << false
            << int(RunStatus::Error) << "netperf printed THROUGHPUT=nan";
        QTest::addRow("throughput -nan, interims kept")
            << QByteArray("THROUGHPUT=17316.14") << QByteArray("THROUGHPUT=-nan") << true
            << int(RunStatus::Partial) << "netperf printed THROUGHPUT=-nan";
        QTest::addRow("throughput inf")
            << QByteArray("THROUGHPUT=17316.14") << QByteArray("THROUGHPUT=inf") << false
            << int(RunStatus::Error) << "netperf printed THROUGHPUT=inf";
        QTest::addRow("throughput 1e400")
            << QByteArray("THROUGHPUT=17316.14") << QByteArray("THROUGHPUT=1e400") << false
            << int(RunStatus::Error) << "netperf printed THROUGHPUT=1e400";
        QTest::addRow("units 10^400") << QByteArray("THROUGHPUT_UNITS=10^6bits/s")
                                      << QByteArray("THROUGHPUT_UNITS=10^400bits/s") << false
                                      << int(RunStatus::Error) << "give no finite bit rate";
        QTest::addRow("cpu -nan") << QByteArray("LOCAL_CPU_UTIL=-1.00")
                                  << QByteArray("LOCAL_CPU_UTIL=-nan") << true << ok
                                  << "netperf printed LOCAL_CPU_UTIL=-nan (not a finite number)";
        QTest::addRow("interim nan") << QByteArray("NETPERF_INTERIM_RESULT[1]=16732.21")
                                     << QByteArray("NETPERF_INTERIM_RESULT[1]=nan") << true << ok
                                     << "1 interim result(s) were nan or infinite";
    }
    void nonFiniteValuesAreRejected() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, keepInterims);
        QFETCH(int, status);
        QFETCH(QString, message);
        QByteArray bytes = fixture("np_tcp_stream_k.txt");
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        if (!keepInterims) {
            QByteArrayList lines = bytes.split('\n');
            lines.removeIf([](const QByteArray &l) { return l.startsWith("NETPERF_"); });
            bytes = lines.join('\n');
        }
        const NetperfParseOutcome outcome = NetperfParser::parse(bytes);
        QVERIFY(outcome.parsed);
        const RunResult &run = outcome.run;
        QCOMPARE(int(run.status), status);
        if (status == int(RunStatus::Ok)) {
            QVERIFY2(run.warnings.join(QLatin1Char('|')).contains(message),
                     qPrintable(run.warnings.join(QLatin1Char('|'))));
            QVERIFY(run.summary.throughputBps);
            for (const IntervalSample &i : run.intervals)
                QVERIFY(i.bps && std::isfinite(*i.bps));
        } else {
            QVERIFY2(run.error.contains(message), qPrintable(run.error));
            QVERIFY(!run.summary.throughputBps);
            QCOMPARE(run.intervals.isEmpty(), !keepInterims);
        }
        // The importer refuses the rejected run the same way: not as an ok run with nulls.
        const ImportOutcome imported = importBytes(bytes, QStringLiteral("edited.txt"));
        QCOMPARE(imported.runs.size(), 1);
        QCOMPARE(int(imported.runs.first().status), status);
    }

    void garbageIsNotNetperf() {
        const NetperfParseOutcome outcome =
            NetperfParser::parse(QByteArrayLiteral("hello\nworld\n"));
        QVERIFY(!outcome.parsed);
        QVERIFY(outcome.error.contains(QLatin1String("no netperf result")));
        QVERIFY(!NetperfParser::looksLikeNetperf("{\"start\": {}}"));
    }

    void importerReadsEveryFixture() {
        const QStringList names = {"np_tcp_stream.txt",
                                   "np_tcp_stream_k.txt",
                                   "np_tcp_maerts_k.txt",
                                   "np_udp_stream_k.txt",
                                   "np_tcp_rr_k.txt",
                                   "np_tcp_crr_k.txt",
                                   "np_udp_rr_k.txt",
                                   "np_omni_csv.txt",
                                   "np_omni_csv_rr.txt",
                                   "np_tcp_rr_classic.txt",
                                   "np_error.txt",
                                   "np_tcp_stream_sigterm.txt",
                                   "np_tcp_stream_confidence.txt"};
        QStringList paths;
        for (const QString &n : names)
            paths << QStringLiteral(PERFDECK_TEST_DATA "/netperf/") + n;
        const ImportOutcome outcome = importFiles(paths);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).toString()));
        QCOMPARE(outcome.runs.size(), names.size());
        for (const RunResult &r : outcome.runs)
            QCOMPARE_ENUM(r.engine, Engine::Netperf);
        QCOMPARE(outcome.warnings.size(), 1); // the confidence note
        const ImportOutcome garbage = importBytes("MIGRATED TCP STREAM TEST from 0.0.0.0 "
                                                  "(0.0.0.0) port 0 AF_INET to x () port 0 : "
                                                  "demo\n",
                                                  QStringLiteral("cut.txt"));
        QCOMPARE(garbage.errors.size(), 1);
        QVERIFY(garbage.errors.first().message.contains(QLatin1String("did not finish")));
    }
};

QTEST_GUILESS_MAIN(TestNetperfParser)
#include "tst_netperfparser.moc"

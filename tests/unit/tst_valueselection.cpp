// The one set of rules that picks the numbers for the statistics panel and `perfdeck-cli
// stats`: metric choice, failed and partial runs, intervals, Jain's index, and which runs are
// alike (RunKind) so that unlike tests are never pooled or compared silently.
#include "model/format.h"
#include "model/runkind.h"
#include "results/valueselection.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(Perfdeck::RunResult)

using namespace Perfdeck;
namespace VS = Perfdeck::ValueSelection;

namespace {

RunResult iperf3Run(const QString &id, const QStringList &arguments, double bps) {
    RunResult run;
    run.id = id;
    run.engine = Engine::Iperf3;
    run.command = QStringList{QStringLiteral("/usr/bin/iperf3")} + arguments;
    run.durationS = 10;
    run.summary.throughputBps = bps;
    if (arguments.contains(QStringLiteral("-u")))
        run.protocol = Protocol::Udp;
    if (arguments.contains(QStringLiteral("-R")))
        run.direction = Direction::Receive;
    const qsizetype p = arguments.indexOf(QStringLiteral("-P"));
    if (p >= 0)
        run.streams = arguments.at(p + 1).toInt();
    return run;
}

RunResult tcpRun(const QString &id, double bps) {
    return iperf3Run(id,
                     {QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-t"),
                      QStringLiteral("10"), QStringLiteral("-J")},
                     bps);
}

RunResult udpRun(const QString &id, double bps) {
    return iperf3Run(id,
                     {QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-t"),
                      QStringLiteral("10"), QStringLiteral("-u"), QStringLiteral("-b"),
                      QStringLiteral("100M"), QStringLiteral("-J")},
                     bps);
}

RunResult netperfRun(const QString &id, const QString &test, double seconds) {
    RunResult run;
    run.id = id;
    run.engine = Engine::Netperf;
    run.command = {QStringLiteral("netperf"),
                   QStringLiteral("-H"),
                   QStringLiteral("127.0.0.1"),
                   QStringLiteral("-t"),
                   test,
                   QStringLiteral("-l"),
                   QString::number(seconds),
                   QStringLiteral("--"),
                   QStringLiteral("-k"),
                   QStringLiteral("THROUGHPUT")};
    run.durationS = seconds + 0.004; // netperf's ELAPSED_TIME
    if (test.endsWith(QLatin1String("_RR")))
        run.summary.transactionsPerS = 25000;
    else
        run.summary.throughputBps = 9e9;
    return run;
}

// Two streams; stream 5 carries `share` of each interval; interval 0 is omitted.
RunResult streamsRun(const QString &id, double share, int intervals = 5) {
    RunResult run = tcpRun(id, 9e9);
    run.streams = 2;
    for (int i = 0; i < intervals; ++i) {
        IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        interval.bps = 9e9 + i * 1e8;
        interval.omitted = i == 0;
        StreamSample a;
        a.id = 5;
        a.bps = *interval.bps * share;
        StreamSample b;
        b.id = 7;
        b.bps = *interval.bps * (1 - share);
        interval.streams = {a, b};
        run.intervals << interval;
    }
    return run;
}

double jain(double a, double b) {
    return (a + b) * (a + b) / (2 * (a * a + b * b));
}

} // namespace

class TestValueSelection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bitrateUnitIsTheOneLadder_data();
    void bitrateUnitIsTheOneLadder();
    void kindReadsTheCommand_data();
    void kindReadsTheCommand();
    void unlikeKindsNameTheirDifferences();
    void unknownAttributesAreNoDifference();
    void likeRunsOfAReference();
    void metricChoice();
    void perRunSkipsFailedAndNullAndMarksPartial();
    void perIntervalLeavesOmittedOut();
    void jainPerRunAndPerInterval();
    void comparisonWarnsAboutUnlikeTests();
};

void TestValueSelection::bitrateUnitIsTheOneLadder_data() {
    QTest::addColumn<double>("bps");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("zero") << 0.0 << 1.0 << "bit/s";
    QTest::addRow("999 bit/s") << 999.0 << 1.0 << "bit/s";
    QTest::addRow("1 kbit/s") << 1000.0 << 1e3 << "kbit/s";
    QTest::addRow("9.42 Gbit/s") << 9.42e9 << 1e9 << "Gbit/s";
    QTest::addRow("negative Mbit/s") << -5e6 << 1e6 << "Mbit/s";
    QTest::addRow("beyond Tbit/s") << 4e15 << 1e12 << "Tbit/s";
    QTest::addRow("NaN") << std::nan("") << 1.0 << "bit/s";
}

void TestValueSelection::bitrateUnitIsTheOneLadder() {
    QFETCH(double, bps);
    QFETCH(double, scale);
    QFETCH(QString, suffix);
    const Format::BitrateUnit unit = Format::bitrateUnit(bps);
    QCOMPARE(unit.scale, scale);
    QCOMPARE(unit.suffix, suffix);
    if (std::isfinite(bps))
        QCOMPARE(Format::bitrateIn(bps, unit, 1),
                 QString::number(bps / scale, 'f', 1) + QLatin1Char(' ') + suffix);
}

void TestValueSelection::kindReadsTheCommand_data() {
    QTest::addColumn<RunResult>("run");
    QTest::addColumn<QString>("described");
    QTest::addRow("iperf3 tcp") << tcpRun(QStringLiteral("a"), 9e9)
                                << "iperf3 TCP send, 1 stream, 10 s";
    QTest::addRow("iperf3 udp 100M")
        << udpRun(QStringLiteral("a"), 9.9e7) << "iperf3 UDP send at 100 Mbit/s, 1 stream, 10 s";
    QTest::addRow("iperf3 -b rate/burst, --time=30")
        << iperf3Run(QStringLiteral("a"),
                     {QStringLiteral("-c"), QStringLiteral("h"), QStringLiteral("--time=30"),
                      QStringLiteral("-R"), QStringLiteral("-P"), QStringLiteral("4"),
                      QStringLiteral("-b"), QStringLiteral("1G/10")},
                     1e9)
        << "iperf3 TCP receive at 1.00 Gbit/s, 4 streams, 30 s";
    QTest::addRow("iperf3 -b 0 is unlimited, no -t is 10 s")
        << iperf3Run(QStringLiteral("a"),
                     {QStringLiteral("-c"), QStringLiteral("h"), QStringLiteral("-b"),
                      QStringLiteral("0")},
                     1e9)
        << "iperf3 TCP send, 1 stream, 10 s";
    QTest::addRow("netperf TCP_RR") << netperfRun(QStringLiteral("n"), QStringLiteral("TCP_RR"), 5)
                                    << "netperf TCP_RR, 1 stream, 5 s";
    RunResult imported = tcpRun(QStringLiteral("i"), 9e9);
    imported.command.clear(); // an iperf3 JSON import: the recorded duration counts
    imported.durationS = 29.98;
    QTest::addRow("no command: recorded duration, rounded")
        << imported << "iperf3 TCP send, 1 stream, 30 s";
    RunResult netperfImport = netperfRun(QStringLiteral("n"), QStringLiteral("TCP_STREAM"), 10);
    netperfImport.command.clear();
    netperfImport.direction = Direction::Receive;
    QTest::addRow("netperf import: stream test from the direction")
        << netperfImport << "netperf TCP_MAERTS, 1 stream, 10 s";
    // A TCP pattern runs one iperf3 test per phase and keeps the first one's command: the
    // kind is the pattern over its whole length, not that phase's -b and -t.
    RunResult tcpPattern =
        iperf3Run(QStringLiteral("p"),
                  {QStringLiteral("-c"), QStringLiteral("h"), QStringLiteral("-t"),
                   QStringLiteral("2"), QStringLiteral("-b"), QStringLiteral("50M")},
                  1e8);
    tcpPattern.pattern = QStringLiteral("steps:50M/2s,150M/2s,100M/2s");
    tcpPattern.durationS = 6.0;
    QTest::addRow("tcp pattern: the pattern, not its first phase")
        << tcpPattern << "iperf3 TCP send with pattern steps:50M/2s,150M/2s,100M/2s, 1 stream, 6 s";
    RunResult rrImport = netperfRun(QStringLiteral("rr"), QStringLiteral("TCP_RR"), 10);
    rrImport.command.clear();
    rrImport.test = QStringLiteral("TCP_RR"); // a saved RR run: its test name, not a stream
    QTest::addRow("netperf import: the recorded test name")
        << rrImport << "netperf TCP_RR, 1 stream, 10 s";
}

void TestValueSelection::kindReadsTheCommand() {
    QFETCH(RunResult, run);
    QFETCH(QString, described);
    QCOMPARE(RunKind::of(run).describe(), described);
}

void TestValueSelection::unlikeKindsNameTheirDifferences() {
    // The comparison that read "Improved, significant, +18,077 %".
    const RunKind tcp = RunKind::of(tcpRun(QStringLiteral("t"), 9e9));
    const RunKind udp = RunKind::of(udpRun(QStringLiteral("u"), 9.9e7));
    QCOMPARE(tcp.differencesTo(udp),
             (QStringList{QStringLiteral("protocol: TCP vs UDP"),
                          QStringLiteral("bitrate: unlimited vs 100 Mbit/s")}));
    QVERIFY(!tcp.isLike(udp));
    RunResult reverse4 = tcpRun(QStringLiteral("r"), 9e9);
    reverse4.direction = Direction::Receive;
    reverse4.streams = 4;
    reverse4.command[reverse4.command.indexOf(QStringLiteral("10"))] = QStringLiteral("30");
    QCOMPARE(
        tcp.differencesTo(RunKind::of(reverse4)),
        (QStringList{QStringLiteral("direction: send vs receive"),
                     QStringLiteral("streams: 1 vs 4"), QStringLiteral("duration: 10 s vs 30 s")}));
    const RunKind rr = RunKind::of(netperfRun(QStringLiteral("n"), QStringLiteral("TCP_RR"), 10));
    const RunKind stream =
        RunKind::of(netperfRun(QStringLiteral("m"), QStringLiteral("TCP_STREAM"), 10));
    QCOMPARE(rr.differencesTo(stream),
             QStringList{QStringLiteral("netperf test: TCP_RR vs TCP_STREAM")});
    QCOMPARE(tcp.differencesTo(stream), QStringList{QStringLiteral("engine: iperf3 vs netperf")});
    QCOMPARE(
        kindDifferences({tcp, udp, RunKind::of(reverse4), tcp}),
        (QStringList{QStringLiteral("protocol (TCP, UDP)"),
                     QStringLiteral("direction (send, receive)"), QStringLiteral("streams (1, 4)"),
                     QStringLiteral("bitrate (unlimited, 100 Mbit/s)"),
                     QStringLiteral("duration (10 s, 30 s)")}));
    QVERIFY(kindDifferences({tcp, tcp}).isEmpty());
    // Two patterns with the same first phase are different tests, and neither is a plain run.
    RunResult ramp = tcpRun(QStringLiteral("p1"), 9e7);
    ramp.pattern = QStringLiteral("ramp:10M..100M/10s");
    ramp.durationS = 10.0;
    RunResult steps = ramp;
    steps.pattern = QStringLiteral("steps:10M/5s,100M/5s");
    QCOMPARE(RunKind::of(ramp).differencesTo(RunKind::of(steps)),
             QStringList{QStringLiteral("pattern: ramp:10M..100M/10s vs steps:10M/5s,100M/5s")});
    QVERIFY(!RunKind::of(ramp).isLike(tcp));
}

void TestValueSelection::unknownAttributesAreNoDifference() {
    RunResult rr = netperfRun(QStringLiteral("n"), QStringLiteral("TCP_RR"), 10);
    RunResult imported = rr;
    imported.command.clear(); // netperf text import of an RR test: the test is not recorded
    imported.durationS.reset();
    QVERIFY(RunKind::of(imported).netperfTest.isEmpty());
    QVERIFY(RunKind::of(rr).isLike(RunKind::of(imported)));
    QVERIFY(kindDifferences({RunKind::of(rr), RunKind::of(imported)}).isEmpty());
}

void TestValueSelection::likeRunsOfAReference() {
    const QList<RunResult> runs{tcpRun(QStringLiteral("a"), 9e9), udpRun(QStringLiteral("b"), 1e8),
                                tcpRun(QStringLiteral("c"), 9.1e9),
                                streamsRun(QStringLiteral("d"), 0.5),
                                tcpRun(QStringLiteral("e"), 9.2e9)};
    QCOMPARE(likeRuns(runs, 4), (QList<qsizetype>{0, 2, 4}));
    QCOMPARE(likeRuns(runs, 1), QList<qsizetype>{1});
    QVERIFY(likeRuns(runs, 9).isEmpty());
}

void TestValueSelection::metricChoice() {
    RunResult rr = netperfRun(QStringLiteral("rr"), QStringLiteral("TCP_RR"), 10);
    RunResult failed = tcpRun(QStringLiteral("f"), 9e9);
    failed.status = RunStatus::Error; // a failed run's figures choose nothing
    QCOMPARE(VS::resolveMetric({rr, failed}, QString()), QString::fromLatin1(VS::TransactionsKey));
    QCOMPARE(VS::resolveMetric({rr, tcpRun(QStringLiteral("t"), 1)}, QStringLiteral("auto")),
             QString::fromLatin1(VS::ThroughputKey));
    QCOMPARE(VS::resolveMetric({rr}, QStringLiteral("throughput")),
             QString::fromLatin1(VS::ThroughputKey));
    QCOMPARE(VS::resolveMetric({rr}, QStringLiteral("latency_us.p99")),
             QStringLiteral("latency_us.p99"));
    QCOMPARE(VS::unitOf(QStringLiteral("throughput_bps")), VS::Unit::BitsPerSecond);
    QCOMPARE(VS::unitOf(QStringLiteral("transactions_per_s")), VS::Unit::PerSecond);
    QCOMPARE(VS::unitOf(QStringLiteral("rtt_mean_us")), VS::Unit::Plain);
    QCOMPARE(VS::betterOf(QStringLiteral("latency_us.p99")), Stats::Better::Lower);
    QCOMPARE(VS::betterOf(QStringLiteral("cpu_local_percent")), Stats::Better::Lower);
    QCOMPARE(VS::betterOf(QStringLiteral("throughput_bps")), Stats::Better::Higher);

    rr.summary.latencyUs.p99 = 87.5;
    QCOMPARE(VS::runValue(rr, QStringLiteral("latency_us.p99")), std::optional<double>(87.5));
    QCOMPARE(VS::runValue(rr, QStringLiteral("latency_us.p50")), std::nullopt);
    rr.summary.transactionsPerS = std::nan("");
    QCOMPARE(VS::runValue(rr, QString::fromLatin1(VS::TransactionsKey)), std::nullopt);
}

void TestValueSelection::perRunSkipsFailedAndNullAndMarksPartial() {
    RunResult failed = tcpRun(QStringLiteral("failed"), 9e9);
    failed.status = RunStatus::Error;
    failed.error = QStringLiteral("connection refused");
    RunResult empty = tcpRun(QStringLiteral("empty"), 0);
    empty.summary.throughputBps.reset();
    RunResult stopped = tcpRun(QStringLiteral("stopped"), 8.5e9);
    stopped.status = RunStatus::Partial;
    RunResult twin = tcpRun(QStringLiteral("a"), 9.3e9); // the same id twice
    const QList<RunResult> runs{tcpRun(QStringLiteral("a"), 9.1e9), failed, empty, stopped, twin};
    VS::Options options;
    const VS::Selection selection = VS::select(runs, options);
    QCOMPARE(selection.values.size(), std::size_t(3));
    QCOMPARE(selection.numbers(), (std::vector<double>{9.1e9, 8.5e9, 9.3e9}));
    QCOMPARE(selection.values[0].key, QStringLiteral("run:a"));
    QCOMPARE(selection.values[2].key, QStringLiteral("run:a#2"));
    QVERIFY(selection.values[1].partial);
    QCOMPARE(selection.partialRuns, QList<qsizetype>{3});
    QCOMPARE(selection.skipped.size(), 2);
    QCOMPARE(selection.skipped[0].run, 1);
    QCOMPARE(selection.skipped[0].cause, VS::Skip::Cause::Failed);
    QCOMPARE(selection.skipped[0].reason, QStringLiteral("error: connection refused"));
    QCOMPARE(selection.skipped[1].cause, VS::Skip::Cause::NoValue);
    QCOMPARE(selection.skipped[1].reason, QStringLiteral("no throughput"));
    QVERIFY(selection.kindDifferences.isEmpty());
    QCOMPARE(selection.kind->describe(), QStringLiteral("iperf3 TCP send, 1 stream, 10 s"));
    QCOMPARE(selection.numbers({QStringLiteral("run:a#2")}), (std::vector<double>{9.1e9, 8.5e9}));
    // Runs without a number are named by id; numbered runs by the number the table shows,
    // while keys (exclusions saved in sessions) keep the id.
    QCOMPARE(selection.values[0].label, QStringLiteral("a"));
    QList<RunResult> numbered = runs;
    numbered[0].seq = 7;
    const VS::Selection named = VS::select(numbered, options);
    QCOMPARE(named.values[0].label, QStringLiteral("#7"));
    QCOMPARE(named.values[0].key, QStringLiteral("run:a"));
    QCOMPARE(VS::defaultRunName(numbered[0], 0), QStringLiteral("#7"));
    QCOMPARE(VS::defaultRunName(RunResult(), 4), QStringLiteral("run 5"));
    QCOMPARE(selection.included({QStringLiteral("run:a")}), (std::vector<qsizetype>{1, 2}));

    // A mixed selection says how it mixes.
    const VS::Selection mixed =
        VS::select({tcpRun(QStringLiteral("t"), 9e9), udpRun(QStringLiteral("u"), 1e8)}, options);
    QCOMPARE(mixed.kindDifferences,
             (QStringList{QStringLiteral("protocol (TCP, UDP)"),
                          QStringLiteral("bitrate (unlimited, 100 Mbit/s)")}));
}

void TestValueSelection::perIntervalLeavesOmittedOut() {
    RunResult first = streamsRun(QStringLiteral("one"), 0.5);
    first.intervals[2].bps.reset();
    const RunResult second = streamsRun(QStringLiteral("two"), 0.5, 3);
    VS::Options options;
    options.mode = VS::Mode::PerInterval;
    const VS::Selection one = VS::select({first, second}, options);
    QCOMPARE(one.intervalRuns, QList<qsizetype>{0});
    QCOMPARE(one.values.size(), std::size_t(3)); // 5 - omitted - null
    QCOMPARE(one.omittedIntervals, 1);
    QCOMPARE(one.missingIntervals, 1);
    QCOMPARE(one.values[0].key, QStringLiteral("interval:one/1"));
    QCOMPARE(one.values[0].label, QStringLiteral("1.0–2.0 s"));
    QCOMPARE(one.values[1].interval, 3);

    options.allRunsIntervals = true; // a baseline of several runs
    const VS::Selection both = VS::select({first, second}, options);
    QCOMPARE(both.intervalRuns, (QList<qsizetype>{0, 1}));
    QCOMPARE(both.values.size(), std::size_t(5));
    QCOMPARE(both.values.back().key, QStringLiteral("interval:two/2"));
}

void TestValueSelection::jainPerRunAndPerInterval() {
    const RunResult even = streamsRun(QStringLiteral("even"), 0.5);
    const RunResult skewed = streamsRun(QStringLiteral("skewed"), 0.7);
    VS::Options options;
    VS::Selection perRun = VS::select({even, skewed}, options);
    std::optional<VS::Fairness> fairness = VS::jainFairness({even, skewed}, perRun);
    QVERIFY(fairness);
    QCOMPARE(fairness->runs, 2);
    QCOMPARE(fairness->streams, 2);
    QVERIFY(std::fabs(fairness->index - (1.0 + jain(0.7, 0.3)) / 2) < 1e-12);
    // Excluding a run takes its streams out.
    fairness = VS::jainFairness({even, skewed}, perRun, {QStringLiteral("run:even")});
    QCOMPARE(fairness->runs, 1);
    QVERIFY(std::fabs(fairness->index - jain(0.7, 0.3)) < 1e-12);
    // Only throughput has stream rates.
    options.metricKey = QLatin1String(VS::TransactionsKey);
    QVERIFY(!VS::jainFairness({even}, VS::select({even}, options)));

    // Per interval the stream means follow the included intervals.
    RunResult run = streamsRun(QStringLiteral("run"), 0.5);
    run.intervals[4].streams[0].bps = 9e9; // stream 5 takes all of the last interval
    run.intervals[4].streams[1].bps = 0;
    options = VS::Options();
    options.mode = VS::Mode::PerInterval;
    const VS::Selection intervals = VS::select({run}, options);
    const std::optional<VS::Fairness> all = VS::jainFairness({run}, intervals);
    const std::optional<VS::Fairness> fair =
        VS::jainFairness({run}, intervals, {QStringLiteral("interval:run/4")});
    QVERIFY(all && fair);
    QVERIFY(all->index < 0.99);
    QVERIFY(std::fabs(fair->index - 1.0) < 1e-12);
    QCOMPARE(VS::streamMeans(run, {1, 2}).size(), std::size_t(2));
    QVERIFY(!VS::jainFairness({tcpRun(QStringLiteral("one stream"), 9e9)},
                              VS::select({tcpRun(QStringLiteral("one stream"), 9e9)}, {})));
}

void TestValueSelection::comparisonWarnsAboutUnlikeTests() {
    VS::Options options;
    const VS::Selection tcp =
        VS::select({tcpRun(QStringLiteral("a"), 9e9), tcpRun(QStringLiteral("b"), 9.1e9)}, options);
    const VS::Selection udp = VS::select(
        {udpRun(QStringLiteral("c"), 9.9e7), udpRun(QStringLiteral("d"), 9.8e7)}, options);
    QVERIFY(VS::comparisonWarnings(tcp, tcp).isEmpty());
    QCOMPARE(VS::comparisonWarnings(tcp, udp),
             QStringList{QStringLiteral("unlike tests: protocol: TCP vs UDP, bitrate: unlimited vs "
                                        "100 Mbit/s (selection vs baseline)")});
    const VS::Selection mixed =
        VS::select({tcpRun(QStringLiteral("a"), 9e9), udpRun(QStringLiteral("c"), 9.9e7)}, options);
    QCOMPARE(VS::comparisonWarnings(tcp, mixed),
             QStringList{QStringLiteral("the baseline mixes unlike runs: protocol (TCP, UDP), "
                                        "bitrate (unlimited, 100 Mbit/s)")});
}

QTEST_GUILESS_MAIN(TestValueSelection)
#include "tst_valueselection.moc"

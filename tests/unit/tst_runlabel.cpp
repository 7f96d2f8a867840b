// One name per run (runLabel, runDescription, numberRuns) and the figures of a partial run
// (completePartialRun): pure functions that the table, chart, log, statistics and CLI share.
#include "model/measuredsummary.h"
#include "model/rerunspec.h"
#include "model/runlabel.h"
#include "results/resultsdocument.h"

#include <QTest>

using namespace Perfdeck;

Q_DECLARE_METATYPE(Perfdeck::RunResult)

namespace {

IntervalSample interval(double start, double end, double bps, bool omitted = false) {
    IntervalSample i;
    i.startS = start;
    i.endS = end;
    i.bps = bps;
    i.omitted = omitted;
    return i;
}

// A 30 s iperf3 test stopped after 2.5 s: iperf3's partial JSON has the sender's sum but no
// receiver sum, so the throughput is unknown and the duration is the planned one.
RunResult stoppedRun() {
    RunResult r;
    r.id = QStringLiteral("run-stopped");
    r.status = RunStatus::Partial;
    r.error = QStringLiteral("interrupt - the client has terminated");
    r.durationS = 30;
    r.summary.sentBps = 17.1e9;
    r.intervals = {interval(0, 1, 16e9), interval(1, 2, 18e9), interval(2, 2.5, 17e9)};
    r.intervals[0].retransmits = 3;
    r.intervals[1].retransmits = 1;
    return r;
}

} // namespace

class TestRunLabel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describesRuns_data();
    void describesRuns();
    void numbersUnnumberedRunsAfterTheHighest();
    void numbersSurviveAResultsDocument();
    void partialRunGetsFiguresOfTheTimeItRan();
    void partialRunSkipsOmittedIntervals();
    void finishedRunsAreLeftAlone();
    void requestResponseFigure();
    void pingRunIsNamedAndNotRerun();
    void rerunSpecKeepsTarget_data();
    void rerunSpecKeepsTarget();
};

void TestRunLabel::describesRuns_data() {
    QTest::addColumn<RunResult>("run");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("direction");

    RunResult tcp;
    tcp.id = QStringLiteral("run-1");
    tcp.seq = 3;
    tcp.streams = 4;
    QTest::addRow("iperf3 tcp 4 streams")
        << tcp << QStringLiteral("#3") << QStringLiteral("iperf3 TCP send 4\u00d7")
        << QStringLiteral("send");
    RunResult udp;
    udp.id = QStringLiteral("run-2");
    udp.seq = 12;
    udp.protocol = Protocol::Udp;
    udp.direction = Direction::Receive;
    QTest::addRow("iperf3 udp receive")
        << udp << QStringLiteral("#12") << QStringLiteral("iperf3 UDP receive")
        << QStringLiteral("receive");
    RunResult rr;
    rr.id = QStringLiteral("run-3");
    rr.seq = 1;
    rr.engine = Engine::Netperf;
    rr.test = QStringLiteral("TCP_RR");
    QTest::addRow("netperf rr") << rr << QStringLiteral("#1") << QStringLiteral("netperf TCP_RR")
                                << QStringLiteral("request/response");
    RunResult imported; // an RR run from a file that does not name its test
    imported.id = QStringLiteral("run-4");
    imported.engine = Engine::Netperf;
    imported.summary.transactionsPerS = 1000;
    QTest::addRow("unnumbered rr without test name")
        << imported << QStringLiteral("run-4") << QStringLiteral("netperf TCP request/response")
        << QStringLiteral("request/response");
}

void TestRunLabel::describesRuns() {
    QFETCH(RunResult, run);
    QFETCH(QString, label);
    QFETCH(QString, description);
    QFETCH(QString, direction);
    QCOMPARE(runLabel(run), label);
    QCOMPARE(runDescription(run), description);
    QCOMPARE(runTitle(run), label + QLatin1Char(' ') + description);
    QCOMPARE(runDirectionText(run), direction);
}

void TestRunLabel::numbersUnnumberedRunsAfterTheHighest() {
    QList<RunResult> runs(4);
    runs[1].seq = 7;
    numberRuns(runs);
    QCOMPARE(runs[0].seq, 8);
    QCOMPARE(runs[1].seq, 7);
    QCOMPARE(runs[2].seq, 9);
    QCOMPARE(runs[3].seq, 10);
    QCOMPARE(nextRunNumber(runs), 11);
}

void TestRunLabel::numbersSurviveAResultsDocument() {
    ResultsDocument doc;
    doc.runs = QList<RunResult>(2);
    doc.runs[0].id = QStringLiteral("a");
    doc.runs[0].seq = 5;
    doc.runs[1].id = QStringLiteral("b"); // unnumbered: written with the next number
    doc.runs[1].engine = Engine::Netperf;
    doc.runs[1].test = QStringLiteral("TCP_CRR");
    doc.runs[1].embeddedServer = true;
    ResultsDocument back;
    QString error;
    QVERIFY2(ResultsDocument::fromBytes(doc.toBytes(), &back, &error), qPrintable(error));
    QCOMPARE(back.runs.size(), 2);
    QCOMPARE(back.runs[0].seq, 5);
    QCOMPARE(back.runs[1].seq, 6);
    QCOMPARE(back.runs[1].test, QStringLiteral("TCP_CRR"));
    QVERIFY(back.runs[1].embeddedServer);
    QVERIFY(!back.runs[0].embeddedServer);
    // A hostile number is not a number: the run gets the next free one.
    QVERIFY(ResultsDocument::fromBytes(
        R"({"format":"perfdeck.results/1","runs":[{"id":"x","seq":-4},{"id":"y","seq":1e300}]})",
        &back, &error));
    QCOMPARE(back.runs[0].seq, 1);
    QCOMPARE(back.runs[1].seq, 2);
}

void TestRunLabel::partialRunGetsFiguresOfTheTimeItRan() {
    RunResult run = stoppedRun();
    completePartialRun(run);
    QVERIFY(run.summary.throughputBps.has_value());
    // Time-weighted: (16 + 18 + 17 * 0.5) / 2.5 Gbit/s.
    QCOMPARE(*run.summary.throughputBps, (16e9 + 18e9 + 8.5e9) / 2.5);
    QCOMPARE(*run.summary.sentBps, 17.1e9); // what iperf3 said stays
    QCOMPARE(run.durationS.value_or(-1), 2.5);
    QCOMPARE(run.summary.retransmits.value_or(-1), 4.0);
    QVERIFY(run.status == RunStatus::Partial);
    QVERIFY2(run.warnings.join(QLatin1Char('\n')).contains(QLatin1String("2.5 s measured")),
             qPrintable(run.warnings.join(QLatin1Char('\n'))));
}

void TestRunLabel::partialRunSkipsOmittedIntervals() {
    RunResult run = stoppedRun();
    run.intervals.prepend(interval(-1, 0, 1e9, true));
    run.intervals[1].omitted = true;
    completePartialRun(run);
    QCOMPARE(run.durationS.value_or(-1), 1.5);
    QCOMPARE(*run.summary.throughputBps, (18e9 + 8.5e9) / 1.5);
}

void TestRunLabel::finishedRunsAreLeftAlone() {
    RunResult ok = stoppedRun();
    ok.status = RunStatus::Ok;
    completePartialRun(ok);
    QVERIFY(!ok.summary.throughputBps);
    QCOMPARE(ok.durationS.value_or(-1), 30.0);
    RunResult nothing = stoppedRun();
    nothing.intervals.clear();
    completePartialRun(nothing);
    QVERIFY(!nothing.summary.throughputBps);
    QVERIFY(nothing.warnings.isEmpty());
}

void TestRunLabel::requestResponseFigure() {
    RunResult rr;
    rr.engine = Engine::Netperf;
    rr.test = QStringLiteral("TCP_RR");
    rr.summary.transactionsPerS = 170631.4;
    rr.summary.latencyUs.p99 = 80;
    QCOMPARE(runFigure(rr), QStringLiteral("170631 trans/s, p99 80.0 \u00b5s"));
    RunResult none;
    QCOMPARE(runFigure(none), QStringLiteral("\u2013"));
}

// A ping series imported from flent (engine ping): named for what it is, its figure is its
// latency, and Re-run refuses it instead of running iperf3 against its host.
void TestRunLabel::pingRunIsNamedAndNotRerun() {
    RunResult ping;
    ping.seq = 9;
    ping.engine = Engine::Ping;
    ping.protocol = Protocol::Icmp;
    ping.server = QStringLiteral("127.0.0.1");
    ping.summary.latencyUs.p50 = 21500;
    ping.summary.latencyUs.p99 = 53800;
    QCOMPARE(runDescription(ping), QStringLiteral("ping ICMP"));
    QCOMPARE(runFigure(ping), QStringLiteral("p50 21.5 ms, p99 53.8 ms"));
    QString why;
    QVERIFY(!rerunSpec(ping, &why));
    QVERIFY2(why.contains(QLatin1String("does not run ping")), qPrintable(why));
    // The spellings survive a results document.
    ResultsDocument document;
    document.runs = {ping};
    ResultsDocument back;
    QString error;
    QVERIFY2(ResultsDocument::fromBytes(document.toBytes(), &back, &error), qPrintable(error));
    QCOMPARE(toString(back.runs.value(0).engine), QStringLiteral("ping"));
    QCOMPARE(toString(back.runs.value(0).protocol), QStringLiteral("icmp"));
}

void TestRunLabel::rerunSpecKeepsTarget_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("embedded");
    QTest::addColumn<QString>("host"); // "!" : refused
    QTest::addColumn<int>("port");
    QTest::addRow("host and port") << "lab-7:12866" << false << "lab-7" << 12866;
    QTest::addRow("host only") << "lab-7" << false << "lab-7" << 0;
    QTest::addRow("ipv6") << "[fd00::7]:5201" << false << "fd00::7" << 5201;
    QTest::addRow("embedded") << "127.0.0.1:43117" << true << "" << 0;
    QTest::addRow("embedded label") << "127.0.0.1 (embedded)" << false << "" << 0;
    QTest::addRow("no server") << "" << false << "!" << 0;
    QTest::addRow("bad port") << "lab-7:http" << false << "!" << 0;
    QTest::addRow("option-like host") << "-oProxyCommand=x" << false << "!" << 0;
}

void TestRunLabel::rerunSpecKeepsTarget() {
    QFETCH(QString, server);
    QFETCH(bool, embedded);
    QFETCH(QString, host);
    QFETCH(int, port);
    RunResult run;
    run.engine = Engine::Netperf;
    run.test = QStringLiteral("TCP_CRR");
    run.server = server;
    run.embeddedServer = embedded;
    run.durationS = 4.6; // a partial run: rounded up to whole seconds
    QString why;
    const auto spec = rerunSpec(run, &why);
    if (host == QLatin1String("!")) {
        QVERIFY(!spec);
        QVERIFY(!why.isEmpty());
        return;
    }
    QVERIFY2(spec, qPrintable(why));
    QVERIFY(spec->engine == Engine::Netperf);
    QCOMPARE(spec->netperfTest, QStringLiteral("TCP_CRR"));
    QCOMPARE(spec->host, host);
    QCOMPARE(spec->port, port);
    QCOMPARE(spec->durationS, 5.0);
}

QTEST_MAIN(TestRunLabel)
#include "tst_runlabel.moc"

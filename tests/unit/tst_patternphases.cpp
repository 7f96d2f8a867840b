// How a run followed its pattern, phase by phase (qos/PatternPhases): the phases a pattern is
// judged by, short pattern segments joined to at least one reporting interval, the requested
// and achieved rate and the loss of the intervals inside each phase, and a run's pattern and
// phases kept through results documents and sessions.
#include "qos/patternphases.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Perfdeck;

namespace {

IntervalSample interval(double start, double end, double bps, OptDouble target = {},
                        OptDouble received = {}, OptDouble lost = {}) {
    IntervalSample i;
    i.startS = start;
    i.endS = end;
    i.bps = bps;
    i.targetBps = target;
    i.packets = received;
    i.lostPackets = lost;
    return i;
}

// A UDP steps run as perfdeck-probe reports it: 0.5 s intervals, 1000 datagrams a second.
RunResult stepsRun() {
    RunResult r;
    r.id = QStringLiteral("p1");
    r.seq = 1;
    r.engine = Engine::Probe;
    r.protocol = Protocol::Udp;
    r.pattern = QStringLiteral("steps:10M/1s,40M/1s");
    r.durationS = 2.0004;
    r.intervals = {interval(0, 0.5, 9.9e6, 10e6, 500, 0), interval(0.5, 1, 10.1e6, 10e6, 490, 10),
                   interval(1, 1.5, 39e6, 40e6, 480, 20), interval(1.5, 2, 41e6, 40e6, 500, 0)};
    return r;
}

} // namespace

class TstPatternPhases final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void judgedPhases_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<double>("duration");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<QList<double>>("expected"); // start, duration, rate triples
        QTest::addRow("udp steps are the segments")
            << "steps:10M/1s,40M/2s" << true << 3.0 << 0.5 << QList<double>{0, 1, 10e6, 1, 2, 40e6};
        QTest::addRow("udp ramp is one phase at its mean")
            << "ramp:10M..50M/4s" << true << 4.0 << 0.5 << QList<double>{0, 4, 30e6};
        QTest::addRow("sine segments joined to an interval")
            << "sine:30M,10M,2s" << true << 2.0 << 0.5
            << QList<double>{0, 0.5, 30e6 + 20e6 / M_PI, 0.5, 0.5, 30e6 + 20e6 / M_PI,
                             1, 0.5, 30e6 - 20e6 / M_PI, 1.5, 0.5, 30e6 - 20e6 / M_PI};
        QTest::addRow("a long phase is never joined to short ones")
            << "steps:10M/200ms,20M/200ms,30M/2s" << true << 2.4 << 0.5
            << QList<double>{0, 0.4, 15e6, 0.4, 2, 30e6};
        QTest::addRow("tcp ramp in 1 s steps")
            << "ramp:20M..100M/4s" << false << 4.0 << 0.5
            << QList<double>{0, 1, 30e6, 1, 1, 50e6, 2, 1, 70e6, 3, 1, 90e6};
        QTest::addRow("tcp steps joined to two seconds")
            << "ramp:20M..100M/4s" << false << 4.0 << 2.0 << QList<double>{0, 2, 40e6, 2, 2, 80e6};
        QTest::addRow("not a pattern") << "ramp:5M" << true << 4.0 << 0.5 << QList<double>{};
        QTest::addRow("tcp cannot run half seconds")
            << "onoff:5M,500ms,1s" << false << 3.0 << 0.5 << QList<double>{};
    }
    void judgedPhases() {
        QFETCH(QString, pattern);
        QFETCH(bool, udp);
        QFETCH(double, duration);
        QFETCH(double, minimum);
        QFETCH(QList<double>, expected);
        const QList<TrafficPattern::Phase> phases =
            PatternPhases::judged(pattern, udp ? Protocol::Udp : Protocol::Tcp, duration, minimum);
        QCOMPARE(phases.size() * 3, expected.size());
        for (qsizetype i = 0; i < phases.size(); ++i) {
            const TrafficPattern::Phase &p = phases.at(i);
            QVERIFY2(std::fabs(p.startS - expected[3 * i]) < 1e-9 &&
                         std::fabs(p.durationS - expected[3 * i + 1]) < 1e-9 &&
                         std::fabs(p.bps - expected[3 * i + 2]) < 2e-3 * expected[3 * i + 2] + 1,
                     qPrintable(QStringLiteral("phase %1: %2 s for %3 s at %4")
                                    .arg(i)
                                    .arg(p.startS)
                                    .arg(p.durationS)
                                    .arg(p.bps)));
        }
    }

    void measuresRequestedAchievedAndLoss() {
        const QList<PatternPhases::Phase> phases = PatternPhases::of(stepsRun());
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].startS, 0.0);
        QCOMPARE(phases[0].endS, 1.0);
        QCOMPARE(phases[0].intervals, 2);
        QCOMPARE(phases[0].targetBps, 10e6);
        QCOMPARE(phases[0].achievedBps, 10e6);
        QCOMPARE(phases[0].lostPackets, OptDouble(10));
        QCOMPARE(phases[0].lostPercent, OptDouble(1.0)); // 10 of 1000 sent
        QCOMPARE(phases[1].targetBps, 40e6);
        QCOMPARE(phases[1].achievedBps, 40e6);
        QCOMPARE(phases[1].lostPercent, OptDouble(2.0));
    }

    void intervalAcrossAPhaseEndCountsInNeither() {
        const QList<TrafficPattern::Phase> judged{{0, 1, 10e6}, {1, 1, 40e6}};
        // iperf3's intervals drift off the phase edges: 0.9..1.4 lies in neither phase.
        const QList<PatternPhases::Phase> phases =
            PatternPhases::measure(judged, {interval(0, 0.45, 10e6), interval(0.45, 0.9, 12e6),
                                            interval(0.9, 1.4, 25e6), interval(1.4, 2.0004, 40e6)});
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].intervals, 2);
        QCOMPARE(phases[0].achievedBps, 11e6);
        QCOMPARE(phases[0].targetBps, 10e6); // no target_bps: the phase's own rate
        QVERIFY(!phases[0].lostPercent);     // TCP counts no datagrams
        QCOMPARE(phases[1].intervals, 1);
        QCOMPARE(phases[1].achievedBps, 40e6);
    }

    void phaseWithoutAWholeIntervalIsLeftOut() {
        const QList<PatternPhases::Phase> phases =
            PatternPhases::measure({{0, 0.3, 10e6}, {0.3, 0.7, 20e6}, {1, 1, 5e6}},
                                   {interval(0, 1, 14e6), interval(1, 2, 5e6)});
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases[0].startS, 1.0);
    }

    void stoppedTcpRunIsJudgedUpToWhereItStopped() {
        RunResult r;
        r.protocol = Protocol::Tcp;
        r.pattern = QStringLiteral("steps:50M/2s,150M/2s");
        r.durationS = 2.5;
        r.status = RunStatus::Partial;
        r.intervals = {interval(0, 1, 50e6, 50e6), interval(1, 2, 49e6, 50e6),
                       interval(2, 2.5, 150e6, 150e6)};
        const QList<PatternPhases::Phase> phases = PatternPhases::of(r);
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[1].startS, 2.0);
        QCOMPARE(phases[1].intervals, 1);
        QCOMPARE(phases[1].achievedBps, 150e6);
    }

    // The chart's requested line per reporting interval: each interval's mean at its end, as
    // a measured point is drawn, so a generator that follows the pattern lies on it (drawn
    // instantaneously, a ramp's line runs half an interval ahead of every measured point).
    void requestedPerIntervalIsWhereMeasuredPointsLie_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<double>("duration");
        QTest::addColumn<double>("interval");
        QTest::addColumn<QList<QPointF>>("points"); // Mbit/s
        QTest::addRow("udp ramp") << "ramp:20M..100M/4s" << true << 4.0 << 1.0
                                  << QList<QPointF>{{1, 30}, {2, 50}, {3, 70}, {4, 90}};
        QTest::addRow("udp on/off")
            << "onoff:20M,1s,1s" << true << 3.0 << 0.5
            << QList<QPointF>{{0.5, 20}, {1, 20}, {1.5, 0}, {2, 0}, {2.5, 20}, {3, 20}};
        QTest::addRow("udp interval across an edge") << "onoff:20M,1s,1s" << true << 2.0 << 0.8
                                                     << QList<QPointF>{{0.8, 20}, {1.6, 5}, {2, 0}};
        QTest::addRow("tcp ramp in 1 s steps")
            << "ramp:20M..100M/4s" << false << 2.0 << 0.5
            << QList<QPointF>{{0.5, 30}, {1, 30}, {1.5, 50}, {2, 50}};
        QTest::addRow("last interval a few ms late")
            << "constant:10M" << true << 2.002 << 1.0 << QList<QPointF>{{1, 10}, {2, 10}};
    }
    void requestedPerIntervalIsWhereMeasuredPointsLie() {
        QFETCH(QString, pattern);
        QFETCH(bool, udp);
        QFETCH(double, duration);
        QFETCH(double, interval);
        QFETCH(QList<QPointF>, points);
        const QList<QPointF> curve = PatternPhases::requestedCurve(
            pattern, udp ? Protocol::Udp : Protocol::Tcp, duration, interval);
        QList<QPointF> mbps;
        for (const QPointF &p : curve)
            mbps << QPointF(p.x(), std::round(p.y() / 1e3) / 1e3);
        QCOMPARE(mbps, points);
    }

    void runWithoutPatternHasNoPhases() {
        RunResult r = stepsRun();
        r.pattern.clear();
        QVERIFY(PatternPhases::of(r).isEmpty());
        QVERIFY(!r.toJson().contains(QLatin1String("pattern")));
        QVERIFY(!r.toJson().contains(QLatin1String("phases")));
    }

    void patternAndPhasesInResultsAndSessions() {
        const RunResult run = stepsRun();
        const QJsonObject json = run.toJson();
        QCOMPARE(json.value(QLatin1String("pattern")).toString(), run.pattern);
        const QJsonArray phases = json.value(QLatin1String("phases")).toArray();
        QCOMPARE(phases.size(), 2);
        const QJsonObject second = phases.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("start_s")).toDouble(), 1.0);
        QCOMPARE(second.value(QLatin1String("end_s")).toDouble(), 2.0);
        QCOMPARE(second.value(QLatin1String("target_bps")).toDouble(), 40e6);
        QCOMPARE(second.value(QLatin1String("achieved_bps")).toDouble(), 40e6);
        QCOMPARE(second.value(QLatin1String("lost_percent")).toDouble(), 2.0);

        ResultsDocument doc;
        doc.runs = {run};
        ResultsDocument back;
        QString error;
        QVERIFY2(ResultsDocument::fromBytes(doc.toBytes(), &back, &error), qPrintable(error));
        QCOMPARE(back.runs.value(0).pattern, run.pattern);
        QCOMPARE(back.runs, doc.runs);
        // Streamed (files) and built (reports) JSON are the same, phases included.
        QCOMPARE(QJsonDocument::fromJson(doc.toBytes())
                     .object()
                     .value(QLatin1String("runs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("phases"))
                     .toArray(),
                 phases);

        QTemporaryDir dir;
        Session session;
        session.runs = {run};
        const QString path = dir.filePath(QStringLiteral("p.perfdeck"));
        QVERIFY2(session.save(path, &error), qPrintable(error));
        Session reopened;
        QVERIFY2(Session::load(path, &reopened, &error), qPrintable(error));
        QCOMPARE(reopened.runs.value(0).pattern, run.pattern);
        QCOMPARE(reopened.runs, session.runs);
    }
};

QTEST_GUILESS_MAIN(TstPatternPhases)
#include "tst_patternphases.moc"

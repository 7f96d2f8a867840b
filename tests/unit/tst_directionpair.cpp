// Forward and reverse runs of one pair read as one pair of figures: a send run and a receive
// run of the same client, server, engine, protocol and streams are linked both ways by
// pair_of (kept in results documents); a bidir run is a pair on its own; unlike runs are not
// paired.
#include "model/directionpair.h"

#include <QTest>

using namespace Perfdeck;

namespace {

RunResult run(const QString &id, Direction direction, double bps, int streams = 1,
              const QString &server = QStringLiteral("127.0.0.1:5201")) {
    RunResult r;
    r.id = id;
    r.direction = direction;
    r.clientHost = QStringLiteral("local");
    r.serverHost = QStringLiteral("local");
    r.server = server;
    r.streams = streams;
    r.summary.throughputBps = bps;
    return r;
}

} // namespace

class TestDirectionPair final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sendAndReceiveOfOnePairAreLinked() {
        QList<RunResult> runs = {
            run(QStringLiteral("up1"), Direction::Send, 900e6),
            run(QStringLiteral("down1"), Direction::Receive, 300e6, 1,
                QStringLiteral("127.0.0.1:40000")), // another throw-away port
            run(QStringLiteral("up4"), Direction::Send, 800e6, 4),
            run(QStringLiteral("down4"), Direction::Receive, 400e6, 4),
            run(QStringLiteral("other"), Direction::Receive, 1e6, 1,
                QStringLiteral("10.0.0.9:5201")),
        };
        QCOMPARE(DirectionPair::link(runs), 2);
        QCOMPARE(runs.at(0).pairOf, QStringLiteral("down1"));
        QCOMPARE(runs.at(1).pairOf, QStringLiteral("up1"));
        QCOMPARE(runs.at(2).pairOf, QStringLiteral("down4"));
        QCOMPARE(runs.at(3).pairOf, QStringLiteral("up4"));
        QVERIFY(runs.at(4).pairOf.isEmpty());
        const QList<DirectionPair> pairs = DirectionPair::of(runs);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.at(0).forwardRunId, QStringLiteral("up1"));
        QCOMPARE(pairs.at(0).reverseRunId, QStringLiteral("down1"));
        QCOMPARE(pairs.at(0).asymmetry.value_or(0), 3.0);
        QCOMPARE(pairs.at(1).asymmetry.value_or(0), 2.0);
        // Linking again changes nothing.
        QCOMPARE(DirectionPair::link(runs), 0);
        // pair_of survives a results document.
        QString error;
        QCOMPARE(RunResult::fromJson(runs.at(1).toJson(), &error).pairOf, QStringLiteral("up1"));
    }

    void bidirRunIsAPairOnItsOwn() {
        RunResult r = run(QStringLiteral("both"), Direction::Bidir, 600e6);
        r.reverseSummary = Summary{};
        r.reverseSummary->throughputBps = 200e6;
        const QList<DirectionPair> pairs = DirectionPair::of({r});
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).forwardRunId, pairs.at(0).reverseRunId);
        QCOMPARE(pairs.at(0).asymmetry.value_or(0), 3.0);
    }

    void failedRunsAndOtherPairsAreNotLinked() {
        QList<RunResult> runs = {run(QStringLiteral("up"), Direction::Send, 900e6),
                                 run(QStringLiteral("down"), Direction::Receive, 300e6)};
        runs[1].status = RunStatus::Error;
        QCOMPARE(DirectionPair::link(runs), 0);
        runs[1].status = RunStatus::Ok;
        runs[1].serverHost = QStringLiteral("lo4");
        QCOMPARE(DirectionPair::link(runs), 0);
        runs[1].serverHost = QStringLiteral("local");
        runs[1].protocol = Protocol::Udp;
        QCOMPARE(DirectionPair::link(runs), 0);
    }
};

QTEST_GUILESS_MAIN(TestDirectionPair)
#include "tst_directionpair.moc"

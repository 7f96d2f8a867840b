// perfdeck-probe counts each datagram in the interval it was due (and sent) in, whatever the
// delay of its echo (IntervalLedger): an on/off pattern's off interval shows nothing even when
// the on interval's echoes come back during it, a forward loss counts in the interval the
// datagram left in, an echo lost on the way back is not a forward loss, and an echo later than
// its interval's deadline counts in no interval. Echoes are fed in by hand: no clock, no
// sockets.
#include "intervalledger.h"

#include <QTest>

using probe::IntervalLedger;

namespace {

constexpr std::int64_t Ms = 1000000;

// The echo of `sequence` as the reflector sends it when every datagram up to it arrived,
// except those in `lostBefore` (the reflector's count of distinct arrivals then).
void echo(IntervalLedger &ledger, std::uint64_t sequence, std::uint64_t lostBefore = 0,
          int tos = 46 << 2) {
    QCOMPARE(ledger.echo(sequence, sequence + 1 - lostBefore, 250.0, tos),
             IntervalLedger::Echo::Counted);
}

struct Reported {
    IntervalLedger::Interval interval;
    IntervalLedger::Counts counts;
};

Reported take(IntervalLedger &ledger) {
    Reported r;
    r.interval = ledger.take(&r.counts);
    return r;
}

} // namespace

class TstProbeIntervals final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // onoff: 100 datagrams in [0, 0.5) s, none in [0.5, 1) s; every echo comes back after
    // the on interval has closed, some only after the off interval closed too.
    void delayedEchoesStayInTheirSendInterval() {
        IntervalLedger ledger;
        ledger.recordSent(100, 100, 100 * 1200);
        ledger.close(0.5, 1000 * Ms);
        QVERIFY(!ledger.ready(500 * Ms)); // no echo yet, deadline not reached
        for (std::uint64_t s = 0; s < 60; ++s)
            echo(ledger, s);
        ledger.close(1.0, 1500 * Ms); // the off interval: nothing sent
        QVERIFY(!ledger.ready(990 * Ms));
        for (std::uint64_t s = 60; s < 100; ++s)
            echo(ledger, s);
        QVERIFY2(ledger.ready(990 * Ms), "complete before its deadline: reported at once");

        const Reported on = take(ledger);
        QCOMPARE(on.interval.startS, 0.0);
        QCOMPARE(on.interval.endS, 0.5);
        QCOMPARE(on.interval.sent, 100u);
        QCOMPARE(on.interval.sentBytes, 120000u);
        QCOMPARE(on.interval.echoes, 100u);
        QCOMPARE(on.counts.received, 100u);
        QCOMPARE(on.counts.lost, 0u);
        QCOMPARE(on.interval.receivedDscp[46], 100u);
        QCOMPARE(on.interval.rtt.count, 100u);

        QVERIFY2(ledger.ready(990 * Ms), "an interval that sent nothing waits for nothing");
        const Reported off = take(ledger);
        QCOMPARE(off.interval.sent, 0u);
        QCOMPARE(off.counts.received, 0u);
        QCOMPARE(off.counts.lost, 0u);
        QCOMPARE(off.interval.echoes, 0u);
        QVERIFY(!ledger.hasClosed());
        QCOMPARE(ledger.lateEchoes(), 0u);
    }

    // Datagrams 10..14 never reach the reflector: lost in the interval they were sent in,
    // not in the interval during which the sender noticed the gap.
    void forwardLossCountsWhereTheDatagramLeft() {
        IntervalLedger ledger;
        ledger.recordSent(20, 20, 20 * 100);
        ledger.close(1.0, 2000 * Ms);
        ledger.recordSent(20, 20, 20 * 100);
        ledger.close(2.0, 3000 * Ms);
        for (std::uint64_t s = 0; s < 40; ++s)
            if (s < 10 || s >= 15)
                echo(ledger, s, s >= 15 ? 5 : 0);
        QVERIFY2(!ledger.ready(1999 * Ms), "echoes missing: waits until its deadline");
        QVERIFY(ledger.ready(2000 * Ms));
        const Reported first = take(ledger);
        QCOMPARE(first.counts.received, 15u);
        QCOMPARE(first.counts.lost, 5u);
        QVERIFY(ledger.ready(2000 * Ms));
        const Reported second = take(ledger);
        QCOMPARE(second.counts.received, 20u);
        QCOMPARE(second.counts.lost, 0u);
    }

    // Datagrams 3 and 7 arrive but their echoes are lost on the way back: the reflector's
    // running count in the later echoes says they arrived, so nothing is lost forward.
    void lostEchoIsNotAForwardLoss() {
        IntervalLedger ledger;
        ledger.recordSent(10, 10, 10 * 100);
        ledger.close(1.0, 2000 * Ms);
        for (std::uint64_t s = 0; s < 10; ++s)
            if (s != 3 && s != 7)
                echo(ledger, s);
        QVERIFY(ledger.ready(2000 * Ms));
        const Reported r = take(ledger);
        QCOMPARE(r.interval.echoes, 8u);
        QCOMPARE(r.counts.received, 10u);
        QCOMPARE(r.counts.lost, 0u);
    }

    // An echo that comes after its interval was reported counts in no interval (the summary
    // has it as a late echo); one for a number never sent is not counted at all.
    void echoAfterTheDeadlineIsLateNotNext() {
        IntervalLedger ledger;
        ledger.recordSent(5, 5, 500);
        ledger.close(0.5, 600 * Ms);
        for (std::uint64_t s = 0; s < 4; ++s)
            echo(ledger, s);
        QVERIFY(ledger.ready(600 * Ms));
        const Reported first = take(ledger);
        QCOMPARE(first.counts.received, 4u);
        QCOMPARE(first.counts.lost, 1u);
        ledger.recordSent(5, 5, 500);
        QCOMPARE(ledger.echo(4, 5, 900.0, 0), IntervalLedger::Echo::Late);
        QCOMPARE(ledger.echo(1000, 6, 1.0, 0), IntervalLedger::Echo::Unknown);
        ledger.close(1.0, 1100 * Ms);
        for (std::uint64_t s = 5; s < 10; ++s)
            echo(ledger, s);
        const Reported second = take(ledger);
        QCOMPARE(second.counts.received, 5u);
        QCOMPARE(second.counts.lost, 0u);
        QCOMPARE(second.interval.firstSequence, 5u);
        QCOMPARE(second.interval.endSequence, 10u);
        QCOMPARE(ledger.lateEchoes(), 1u);
    }

    // The kernel refused 2 of a batch of 8: their numbers are used (the next interval starts
    // after them) but they were not sent, so they are not lost either.
    void refusedDatagramsAreNeitherSentNorLost() {
        IntervalLedger ledger;
        ledger.recordSent(8, 6, 600);
        ledger.close(1.0, 2000 * Ms);
        for (std::uint64_t s = 0; s < 6; ++s)
            echo(ledger, s);
        QVERIFY(ledger.ready(10 * Ms));
        const Reported r = take(ledger);
        QCOMPARE(r.interval.sent, 6u);
        QCOMPARE(r.counts.received, 6u);
        QCOMPARE(r.counts.lost, 0u);
        QCOMPARE(ledger.open().firstSequence, 8u);
    }
};

QTEST_APPLESS_MAIN(TstProbeIntervals)
#include "tst_probeintervals.moc"

// PlanScheduler driven by a fake launcher: a discrete-event simulation in which every started
// job "runs" for a given time and ends ok or with a given error. The invariants a user relies
// on are checked after every step: limits never exceeded, fair order, bounded retries, cancel.
#include "plan/planscheduler.h"

#include <QTest>

#include <map>

using namespace Perfdeck;

namespace {

struct FakeLauncher {
    explicit FakeLauncher(PlanScheduler *s)
        : scheduler(s) {}

    PlanScheduler *scheduler = nullptr;
    // Per job: the errors of its first attempts ("" = ok); beyond the list it succeeds.
    QHash<int, QStringList> failures;
    std::multimap<int, int> ending; // end time -> job
    int now = 0;
    int duration = 10;
    QList<int> startOrder;
    int maxActiveSeen = 0;
    QHash<QString, int> maxHostSeen;
    QString violation;

    void startAll() {
        for (int job = scheduler->takeNext(); job >= 0; job = scheduler->takeNext()) {
            scheduler->markRunning(job);
            startOrder.append(job);
            ending.insert({now + duration, job});
            check();
        }
    }
    void check() {
        const auto &limits = scheduler->limits();
        maxActiveSeen = qMax(maxActiveSeen, scheduler->activeWeight());
        if (scheduler->activeWeight() > limits.maxParallel)
            violation = QStringLiteral("%1 active > %2")
                            .arg(scheduler->activeWeight())
                            .arg(limits.maxParallel);
        for (int j = 0; j < scheduler->jobCount(); ++j) {
            for (const QString &h : {scheduler->job(j).client, scheduler->job(j).server}) {
                const int load = scheduler->hostLoad(h);
                maxHostSeen[h] = qMax(maxHostSeen[h], load);
                if (limits.maxPerHost > 0 && load > limits.maxPerHost)
                    violation = QStringLiteral("host %1 in %2 tests").arg(h).arg(load);
            }
        }
    }
    // Runs until nothing is left; at most maxSteps endings (no endless loop on a bug).
    void run(int maxSteps = 100000, int cancelAfter = -1) {
        startAll();
        int steps = 0;
        while (!ending.empty() && steps++ < maxSteps) {
            const auto it = ending.begin();
            now = it->first;
            const int job = it->second;
            ending.erase(it);
            QStringList &errors = failures[job];
            const QString error = errors.isEmpty() ? QString() : errors.takeFirst();
            const CellStatus status = scheduler->finish(job, error.isEmpty(), error);
            if (status == CellStatus::Queued)
                scheduler->releaseRetry(job);
            if (steps == cancelAfter)
                scheduler->cancel();
            startAll();
        }
    }
};

QList<PlanJob> matrixJobs(int clients, int servers, int testsPerPair, int weight = 1) {
    QList<PlanJob> jobs;
    for (int c = 0; c < clients; ++c) {
        for (int s = 0; s < servers; ++s) {
            for (int t = 0; t < testsPerPair; ++t) {
                const QString client = QStringLiteral("c%1").arg(c);
                const QString server = QStringLiteral("s%1").arg(s);
                jobs.append({QStringLiteral("%1->%2/t%3").arg(client, server).arg(t), client,
                             server, weight});
            }
        }
    }
    return jobs;
}

} // namespace

class TestPlanScheduler final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limitsAreNeverExceeded_data() {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("maxParallel");
        QTest::addColumn<int>("maxPerHost");
        QTest::addColumn<int>("weight");
        QTest::addRow("4x4, 3 at once, 1 per host") << 4 << 4 << 3 << 1 << 1;
        QTest::addRow("2x6, 8 at once, 2 per host") << 2 << 6 << 8 << 2 << 1;
        QTest::addRow("1x10, 10 at once, 3 per host") << 1 << 10 << 10 << 3 << 1;
        QTest::addRow("3x3, 8 at once, 4 per host, 2 instances") << 3 << 3 << 8 << 4 << 2;
        QTest::addRow("5x5, 64 at once, no host limit") << 5 << 5 << 64 << 0 << 1;
    }
    void limitsAreNeverExceeded() {
        QFETCH(int, clients);
        QFETCH(int, servers);
        QFETCH(int, maxParallel);
        QFETCH(int, maxPerHost);
        QFETCH(int, weight);
        PlanScheduler scheduler;
        scheduler.setLimits({maxParallel, maxPerHost, 0});
        scheduler.setJobs(matrixJobs(clients, servers, 2, weight));
        FakeLauncher fake(&scheduler);
        fake.run();
        QVERIFY2(fake.violation.isEmpty(), qPrintable(fake.violation));
        QVERIFY(scheduler.isFinished());
        QCOMPARE(fake.startOrder.size(), clients * servers * 2);
        for (int j = 0; j < scheduler.jobCount(); ++j)
            QCOMPARE(toString(scheduler.status(j)), toString(CellStatus::Done));
        // The limits were reached, not merely respected by running one test at a time.
        const int hostCap = maxPerHost > 0 ? maxPerHost : maxParallel;
        const int possible = qMin(qMin(maxParallel, clients * servers * 2 * weight),
                                  qMin(clients, servers) * hostCap);
        QVERIFY2(fake.maxActiveSeen >= possible, qPrintable(QString::number(fake.maxActiveSeen)));
    }

    void heavyJobRunsAloneRatherThanNever() {
        PlanScheduler scheduler;
        scheduler.setLimits({4, 2, 0});
        scheduler.setJobs({{QStringLiteral("a->b"), QStringLiteral("a"), QStringLiteral("b"), 8},
                           {QStringLiteral("a->c"), QStringLiteral("a"), QStringLiteral("c"), 1}});
        QCOMPARE(scheduler.takeNext(), 0);
        QCOMPARE(scheduler.takeNext(), -1); // host a and the plan are full
        QCOMPARE(toString(scheduler.finish(0, true)), toString(CellStatus::Done));
        QCOMPARE(scheduler.takeNext(), 1);
    }

    void roundRobinOverPairs() {
        // One test at a time over 3 clients x 3 servers, 2 tests each: the first three tests
        // use three different clients and three different servers, and every pair gets its
        // first test before any pair gets its second.
        PlanScheduler scheduler;
        scheduler.setLimits({1, 0, 0});
        scheduler.setJobs(matrixJobs(3, 3, 2));
        FakeLauncher fake(&scheduler);
        fake.run();
        QSet<QString> clients;
        QSet<QString> servers;
        for (int i = 0; i < 3; ++i) {
            clients.insert(scheduler.job(fake.startOrder.at(i)).client);
            servers.insert(scheduler.job(fake.startOrder.at(i)).server);
        }
        QCOMPARE(clients.size(), 3);
        QCOMPARE(servers.size(), 3);
        QSet<QString> pairs;
        for (int i = 0; i < 9; ++i) {
            const PlanJob &job = scheduler.job(fake.startOrder.at(i));
            pairs.insert(job.client + QLatin1String("->") + job.server);
        }
        QCOMPARE(pairs.size(), 9);
        for (int i = 0; i < 9; ++i)
            QVERIFY(scheduler.job(fake.startOrder.at(i)).cell.endsWith(QLatin1String("/t0")));
    }

    void busyServerIsSharedInTurn() {
        // One server, one test at a time on it, three clients with three tests each: the
        // clients take turns (c0 c1 c2 c0 c1 c2 ...) rather than c0 running its three first.
        PlanScheduler scheduler;
        scheduler.setLimits({8, 1, 0});
        scheduler.setJobs(matrixJobs(3, 1, 3));
        FakeLauncher fake(&scheduler);
        fake.run();
        QVERIFY2(fake.violation.isEmpty(), qPrintable(fake.violation));
        QCOMPARE(fake.startOrder.size(), 9);
        QStringList clients;
        for (const int job : std::as_const(fake.startOrder))
            clients << scheduler.job(job).client;
        QCOMPARE(clients.join(QLatin1Char(' ')), QStringLiteral("c0 c1 c2 c0 c1 c2 c0 c1 c2"));
    }

    void transientFailuresAreRetriedBoundedly_data() {
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<CellStatus>("expected");
        QTest::addColumn<int>("attempts");
        const QString busy = QStringLiteral("the server is busy running a test. try again later");
        const QString refused = QStringLiteral("unable to connect to server: Connection refused");
        QTest::addRow("busy once, retried") << QStringList{busy} << 2 << CellStatus::Done << 2;
        QTest::addRow("refused twice, 2 retries")
            << QStringList{refused, refused} << 2 << CellStatus::Done << 3;
        QTest::addRow("refused three times, 2 retries: failed")
            << QStringList{refused, refused, refused} << 2 << CellStatus::Failed << 3;
        QTest::addRow("no retries allowed") << QStringList{busy} << 0 << CellStatus::Failed << 1;
        QTest::addRow("not transient: failed at once")
            << QStringList{QStringLiteral("iperf3 not found")} << 5 << CellStatus::Failed << 1;
    }
    void transientFailuresAreRetriedBoundedly() {
        QFETCH(QStringList, errors);
        QFETCH(int, maxRetries);
        QFETCH(CellStatus, expected);
        QFETCH(int, attempts);
        PlanScheduler scheduler;
        scheduler.setLimits({2, 1, maxRetries});
        scheduler.setJobs(matrixJobs(2, 1, 1));
        FakeLauncher fake(&scheduler);
        fake.failures.insert(0, errors);
        fake.run();
        QVERIFY(scheduler.isFinished());
        QCOMPARE(toString(scheduler.status(0)), toString(expected));
        QCOMPARE(scheduler.attempts(0), attempts);
        if (expected == CellStatus::Failed)
            QCOMPARE(scheduler.reason(0), errors.at(attempts - 1));
        QCOMPARE(toString(scheduler.status(1)), toString(CellStatus::Done));
        QCOMPARE(scheduler.attempts(1), 1);
        QCOMPARE(toString(scheduler.cellStatus(scheduler.job(0).cell)), toString(expected));
    }

    void heldRetryKeepsThePlanUnfinished() {
        PlanScheduler scheduler;
        scheduler.setLimits({1, 0, 1});
        scheduler.setJobs(matrixJobs(1, 1, 1));
        QCOMPARE(scheduler.takeNext(), 0);
        QCOMPARE(toString(scheduler.finish(0, false, QStringLiteral("Connection refused"))),
                 toString(CellStatus::Queued));
        QVERIFY(scheduler.reason(0).contains(QLatin1String("retry 1 of 1")));
        QCOMPARE(scheduler.takeNext(), -1); // held until released
        QVERIFY(!scheduler.isFinished());
        scheduler.releaseRetry(0);
        QCOMPARE(scheduler.takeNext(), 0);
    }

    // A transient error after the test measured something is a mid-test failure: the attempt
    // is kept (Failed, its data with it), not thrown away for a retry.
    void measuredAttemptIsNotRetried() {
        PlanScheduler scheduler;
        scheduler.setLimits({1, 0, 2});
        scheduler.setJobs(matrixJobs(1, 1, 1));
        QCOMPARE(scheduler.takeNext(), 0);
        QCOMPARE(
            toString(scheduler.finish(0, false, QStringLiteral("Connection reset by peer"), true)),
            toString(CellStatus::Failed));
        QCOMPARE(scheduler.attempts(0), 1);
        QVERIFY(scheduler.isFinished());
    }

    void cancelMidPlan() {
        PlanScheduler scheduler;
        scheduler.setLimits({2, 0, 0});
        scheduler.setJobs(matrixJobs(2, 2, 3)); // 12 jobs
        FakeLauncher fake(&scheduler);
        fake.run(100000, 3); // cancel after the third test ended
        QVERIFY(scheduler.isFinished());
        QCOMPARE(scheduler.activeWeight(), 0);
        int done = 0;
        int skipped = 0;
        for (int j = 0; j < scheduler.jobCount(); ++j) {
            if (scheduler.status(j) == CellStatus::Done)
                ++done;
            if (scheduler.status(j) == CellStatus::Skipped) {
                ++skipped;
                QCOMPARE(scheduler.reason(j), QStringLiteral("cancelled"));
            }
        }
        // Three ended before the cancel, the one still running then ended too; none started
        // after it.
        QCOMPARE(done, 4);
        QCOMPARE(skipped, 8);
        QCOMPARE(fake.startOrder.size(), 4);
    }

    void skippedCellsNeverStart() {
        PlanScheduler scheduler;
        scheduler.setLimits({4, 0, 0});
        scheduler.setJobs(matrixJobs(2, 2, 1));
        scheduler.skip(1, QStringLiteral("turned off"));
        FakeLauncher fake(&scheduler);
        fake.run();
        QVERIFY(!fake.startOrder.contains(1));
        QCOMPARE(toString(scheduler.status(1)), toString(CellStatus::Skipped));
        QCOMPARE(toString(scheduler.cellStatus(scheduler.job(1).cell)),
                 toString(CellStatus::Skipped));
        QVERIFY(scheduler.isFinished());
    }

    void transientErrorsRecognised() {
        QVERIFY(PlanScheduler::isTransient(
            QStringLiteral("the server is busy running a test. try again later")));
        QVERIFY(PlanScheduler::isTransient(
            QStringLiteral("unable to connect to server: Connection refused")));
        QVERIFY(!PlanScheduler::isTransient(QStringLiteral("unknown host 'x'")));
        QVERIFY(!PlanScheduler::isTransient(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPlanScheduler)
#include "tst_planscheduler.moc"

// Planning and scheduling overhead of a large test plan, with a fake launcher: 1,000 hosts
// (990 clients x 10 servers) x a 3-test profile = 29,700 cells, 64 tests at once, at most 4
// per host, 2 % of the tests failing once with "connection refused" (retried). Prints the time
// to expand the plan into specs, to validate it, to schedule every cell to the end in a
// discrete-event simulation (no processes), and the peak memory. Goals (issue 9): planning and
// scheduling under 1 s, memory under 200 MB.
#include "plan/planscheduler.h"
#include "plan/testmatrix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <map>
#include <sys/resource.h>

using namespace Perfdeck;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    constexpr int Clients = 990;
    constexpr int Servers = 10;
    TestMatrix matrix;
    for (int i = 0; i < Clients; ++i)
        matrix.clients << QStringLiteral("host-%1").arg(i, 4, 10, QLatin1Char('0'));
    for (int i = Clients; i < Clients + Servers; ++i)
        matrix.servers << QStringLiteral("host-%1").arg(i, 4, 10, QLatin1Char('0'));
    TestSpec bulk;
    bulk.name = QStringLiteral("bulk-tcp");
    TestSpec udp;
    udp.name = QStringLiteral("udp");
    udp.protocol = Protocol::Udp;
    udp.bitrateBps = 100e6;
    TestSpec rr;
    rr.name = QStringLiteral("rr");
    rr.engine = Engine::Netperf;
    rr.netperfTest = QStringLiteral("TCP_RR");
    matrix.tests = {bulk, udp, rr};
    matrix.profile = QStringLiteral("throughput");
    // A few cells changed by the user, as a plan would have.
    for (int i = 0; i < Clients; i += 50)
        matrix.setEnabled(matrix.clients.at(i), matrix.servers.at(0), 1, false);

    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    const QList<TestMatrix::Cell> cells = matrix.cells();
    const double expandMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QString problem = matrix.validate();
    const double validateMs = t.nsecsElapsed() / 1e6;
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "plan invalid: %s\n", qPrintable(problem));
        return 1;
    }

    t.restart();
    PlanScheduler scheduler;
    scheduler.setLimits({64, 4, 1});
    QList<PlanJob> jobs;
    jobs.reserve(cells.size());
    for (const TestMatrix::Cell &cell : cells)
        jobs.append({cell.id, cell.client, cell.server, 1});
    scheduler.setJobs(jobs);
    int skipped = 0;
    for (int i = 0; i < cells.size(); ++i) {
        if (!cells.at(i).skipReason.isEmpty()) {
            scheduler.skip(i, cells.at(i).skipReason);
            ++skipped;
        }
    }
    const double setupMs = t.nsecsElapsed() / 1e6;

    // The fake launcher: every started test ends after 10 s +/- 2 s of simulated time.
    t.restart();
    QRandomGenerator rng(42);
    std::multimap<qint64, int> ending;
    QList<bool> failedOnce(cells.size(), false);
    qint64 now = 0;
    int started = 0;
    int maxActive = 0;
    auto startAll = [&] {
        for (int job = scheduler.takeNext(); job >= 0; job = scheduler.takeNext()) {
            scheduler.markRunning(job);
            ++started;
            ending.insert({now + 8000 + qint64(rng.bounded(4000)), job});
            maxActive = std::max(maxActive, scheduler.activeWeight());
        }
    };
    startAll();
    while (!ending.empty()) {
        const auto it = ending.begin();
        now = it->first;
        const int job = it->second;
        ending.erase(it);
        const bool fail = !failedOnce[job] && rng.bounded(100) < 2;
        failedOnce[job] = true;
        if (scheduler.finish(job, !fail, fail ? QStringLiteral("Connection refused") : QString()) ==
            CellStatus::Queued)
            scheduler.releaseRetry(job);
        startAll();
    }
    const double scheduleMs = t.nsecsElapsed() / 1e6;
    const double totalMs = total.nsecsElapsed() / 1e6;

    int done = 0;
    for (int j = 0; j < scheduler.jobCount(); ++j)
        done += scheduler.status(j) == CellStatus::Done ? 1 : 0;
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    std::printf("plan: %d hosts (%d clients x %d servers) x %lld tests = %lld cells, %d off\n",
                Clients + Servers, Clients, Servers, qlonglong(matrix.tests.size()),
                qlonglong(cells.size()), skipped);
    std::printf("  expand cells into specs   %8.1f ms\n", expandMs);
    std::printf("  validate every cell       %8.1f ms\n", validateMs);
    std::printf("  scheduler set-up          %8.1f ms\n", setupMs);
    std::printf("  schedule to the end       %8.1f ms  (%d starts incl. retries, %d done, "
                "at most %d at once; simulated %.1f h)\n",
                scheduleMs, started, done, maxActive, now / 3.6e6);
    std::printf("  planning + scheduling     %8.1f ms  (goal < 1000 ms)\n", totalMs);
    std::printf("  peak memory               %8.1f MB  (goal < 200 MB)\n",
                usage.ru_maxrss / 1024.0);
    return done + skipped == int(cells.size()) ? 0 : 1;
}

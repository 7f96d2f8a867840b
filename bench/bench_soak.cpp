// Soak (issue 13 item 5): many short runs through one long-lived JobRunner, as the GUI keeps
// one for a whole working day, sampling this process's resident memory, open descriptors,
// threads and child processes between batches. Phase 1: loopback runs (embedded iperf3 server
// on 127.0.0.1). Phase 2: runs whose server is started over SSH on a real OpenSSH sshd on
// loopback (one connection per batch, as HostLaunchers opens and closes them). Prints the
// figures of each sample and whether each is flat after the warm-up (a fifth of the runs, at
// least two batches): RSS within 5 % of the first sample after it, descriptor and thread counts
// never more than 5 % (at least 1) above it and back to it at the end, no child left.
// Not a test and not in CI: it takes minutes. Bounded in runs and in time (--max-minutes).
// Usage: bench_soak [--local N] [--ssh N] [--batch N] [--concurrency N] [--max-minutes M]
#include "../tests/integration/sshdfixture.h"

#include "exec/jobrunner.h"
#include "inventory/inventory.h"
#include "ssh/hostlaunchers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

struct Sample {
    int runs = 0;
    double rssMiB = 0;
    int fds = 0;
    int threads = 0;
    int children = 0;
    double seconds = 0;
};

QByteArray readProc(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

long statusField(const QByteArray &status, const char *key) {
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Children of this process that are still there (running or unreaped).
int childCount() {
    const QByteArray me = QByteArray::number(qint64(::getpid()));
    int n = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readProc(QStringLiteral("/proc/%1/stat").arg(entry));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == me)
            ++n;
    }
    return n;
}

Sample sampleNow(int runs, const QElapsedTimer &clock) {
    Sample s;
    s.runs = runs;
    const QByteArray status = readProc(QStringLiteral("/proc/self/status"));
    s.rssMiB = statusField(status, "VmRSS:") / 1024.0;
    s.threads = int(statusField(status, "Threads:"));
    s.fds = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    s.children = childCount();
    s.seconds = clock.elapsed() / 1000.0;
    return s;
}

void print(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

// Runs `total` runs of spec in batches through runner, sampling after each batch (the runner
// idle: every tool of the batch ended). Returns the samples and counts ok runs.
QList<Sample> soak(JobRunner &runner, const TestSpec &spec, int total, int batch,
                   const QElapsedTimer &clock, qint64 deadlineMs, int *okRuns,
                   QStringList *errors) {
    QList<Sample> samples;
    samples << sampleNow(0, clock);
    int done = 0;
    while (done < total && clock.elapsed() < deadlineMs) {
        const int n = std::min(batch, total - done);
        bool finished = false;
        QObject::connect(
            &runner, &JobRunner::finished, &runner, [&finished] { finished = true; },
            Qt::SingleShotConnection);
        runner.start(QList<TestSpec>(n, spec));
        QElapsedTimer batchClock;
        batchClock.start();
        // A batch that does not end in 5 minutes is a finding in itself.
        while (!finished && batchClock.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!finished) {
            errors->append(QStringLiteral("a batch of %1 runs did not finish in 5 min").arg(n));
            runner.cancel();
            return samples;
        }
        for (const RunResult &r : runner.results()) {
            if (r.status == RunStatus::Ok)
                ++*okRuns;
            else if (errors->size() < 5)
                errors->append(r.error);
        }
        done += n;
        // Let deferred deletes and the thread pool's idle threads settle, as between two
        // batches a user starts by hand.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        samples << sampleNow(done, clock);
    }
    return samples;
}

// Flat after warm-up: every sample from the first after warm-up on is within 5 % of it (RSS),
// or equal to it (descriptor, thread and child counts, where one is a leak).
bool reportPhase(const QString &title, const QList<Sample> &samples, int warmupRuns) {
    print(QStringLiteral("\n%1\n").arg(title));
    print(QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
              .arg(QStringLiteral("runs"), 6)
              .arg(QStringLiteral("seconds"), 8)
              .arg(QStringLiteral("RSS MiB"), 8)
              .arg(QStringLiteral("fds"), 5)
              .arg(QStringLiteral("threads"), 8)
              .arg(QStringLiteral("children"), 9));
    for (const Sample &s : samples)
        print(QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                  .arg(s.runs, 6)
                  .arg(s.seconds, 8, 'f', 1)
                  .arg(s.rssMiB, 8, 'f', 1)
                  .arg(s.fds, 5)
                  .arg(s.threads, 8)
                  .arg(s.children, 9));
    auto base = std::find_if(samples.cbegin(), samples.cend(),
                             [warmupRuns](const Sample &s) { return s.runs >= warmupRuns; });
    if (base == samples.cend() || base + 1 == samples.cend()) {
        print(QStringLiteral("  verdict: too few samples after the warm-up of %1 runs\n")
                  .arg(warmupRuns));
        return false;
    }
    double rssMax = base->rssMiB;
    int fdsMax = base->fds, threadsMax = base->threads, childrenMax = base->children;
    for (auto it = base; it != samples.cend(); ++it) {
        rssMax = std::max(rssMax, it->rssMiB);
        fdsMax = std::max(fdsMax, it->fds);
        threadsMax = std::max(threadsMax, it->threads);
        childrenMax = std::max(childrenMax, it->children);
    }
    const Sample &last = samples.last();
    const double rssGrowth = 100.0 * (rssMax - base->rssMiB) / base->rssMiB;
    const bool rssFlat = rssGrowth <= 5.0;
    // Counts: the last sample back at the baseline, and no peak above 5 % (at least 1).
    auto flatCount = [](int baseValue, int peak, int lastValue) {
        return lastValue <= baseValue && peak <= baseValue + std::max(1, baseValue / 20);
    };
    const bool fdsFlat = flatCount(base->fds, fdsMax, last.fds);
    const bool threadsFlat = flatCount(base->threads, threadsMax, last.threads);
    // (The SSH phase's sshd is a child of this program: counted from the start.)
    const bool childrenFlat = last.children <= base->children && childrenMax <= base->children;
    auto word = [](bool flat) { return flat ? QStringLiteral("flat") : QStringLiteral("GROWS"); };
    print(QStringLiteral("  after the warm-up (%1 runs): RSS %2 -> max %3 MiB (%4 %, %5); "
                         "fds %6 -> max %7, last %8 (%9); threads %10 -> max %11, last %12 "
                         "(%13); children %14 -> max %15, last %16 (%17)\n")
              .arg(base->runs)
              .arg(base->rssMiB, 0, 'f', 1)
              .arg(rssMax, 0, 'f', 1)
              .arg(rssGrowth, 0, 'f', 1)
              .arg(word(rssFlat))
              .arg(base->fds)
              .arg(fdsMax)
              .arg(last.fds)
              .arg(word(fdsFlat))
              .arg(base->threads)
              .arg(threadsMax)
              .arg(last.threads)
              .arg(word(threadsFlat))
              .arg(base->children)
              .arg(childrenMax)
              .arg(last.children)
              .arg(word(childrenFlat)));
    const bool flat = rssFlat && fdsFlat && threadsFlat && childrenFlat;
    print(QStringLiteral("  verdict: %1\n")
              .arg(flat ? QStringLiteral("FLAT within 5 %") : QStringLiteral("NOT FLAT")));
    return flat;
}

// The runs before the baseline sample: a fifth of them, at least two batches (the first
// batches grow the thread pool, the SSH session buffers and the allocator's arenas).
int warmup(int runs, int batch) {
    return std::max(2 * batch, runs / 5);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int localRuns = 1000;
    int sshRuns = 200;
    int batch = 50;
    int concurrency = 8;
    int maxMinutes = 40;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--local"))
            localRuns = value;
        else if (args.at(i) == QLatin1String("--ssh"))
            sshRuns = value;
        else if (args.at(i) == QLatin1String("--batch"))
            batch = std::max(1, value);
        else if (args.at(i) == QLatin1String("--concurrency"))
            concurrency = std::max(1, value);
        else if (args.at(i) == QLatin1String("--max-minutes"))
            maxMinutes = std::max(1, value);
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineMs = qint64(maxMinutes) * 60000;

    // Short and light: 1 s paced at 20 Mbit/s, so the soak measures Perfdeck, not loopback.
    TestSpec spec;
    spec.durationS = 1;
    spec.intervalS = 0.5;
    spec.bitrateBps = 20e6;

    bool allFlat = true;
    JobRunner runner;
    runner.setMaxConcurrent(concurrency);
    {
        int ok = 0;
        QStringList errors;
        const QList<Sample> samples =
            soak(runner, spec, localRuns, batch, clock, deadlineMs, &ok, &errors);
        allFlat &= reportPhase(QStringLiteral("== %1 loopback runs through one JobRunner, %2 at "
                                              "a time (batches of %3); %4 ok")
                                   .arg(samples.last().runs)
                                   .arg(concurrency)
                                   .arg(batch)
                                   .arg(ok),
                               samples, warmup(localRuns, batch));
        for (const QString &e : std::as_const(errors))
            print(QStringLiteral("  failed run: %1\n").arg(e));
        allFlat &= ok == samples.last().runs && samples.last().runs == localRuns;
    }

    if (sshRuns > 0) {
        if (::geteuid() != 0 || !SshdFixture::available()) {
            print(QStringLiteral("\n== SSH phase skipped: needs root and /usr/sbin/sshd\n"));
            return allFlat ? 0 : 1;
        }
        SshdFixture sshd;
        if (!sshd.start()) {
            print(QStringLiteral("\n== SSH phase: sshd did not start: %1\n").arg(sshd.error()));
            return 1;
        }
        Host h;
        h.name = QStringLiteral("soak");
        h.address = QStringLiteral("127.0.0.1");
        h.port = sshd.port();
        h.user = sshd.loginUser();
        h.auth = HostAuth::Key;
        h.identityFile = sshd.userKey();
        Inventory inventory;
        inventory.hosts = {h};
        SshOptions options;
        options.knownHostsFile = sshd.writeKnownHosts();
        options.useKeychain = false;
        HostLaunchers launchers(inventory, options);
        QString error;
        if (!launchers.attach(&runner, {QStringLiteral("soak")}, &error)) {
            print(QStringLiteral("\n== SSH phase: %1\n").arg(error));
            return 1;
        }
        TestSpec remote = spec;
        remote.serverHost = QStringLiteral("soak");
        int ok = 0;
        QStringList errors;
        const int sshBatch = std::min(batch, 20);
        const QList<Sample> samples =
            soak(runner, remote, sshRuns, sshBatch, clock, deadlineMs, &ok, &errors);
        allFlat &= reportPhase(QStringLiteral("== %1 runs with their server over SSH (loopback "
                                              "sshd), %2 at a time (batches of %3); %4 ok")
                                   .arg(samples.last().runs)
                                   .arg(concurrency)
                                   .arg(sshBatch)
                                   .arg(ok),
                               samples, warmup(sshRuns, sshBatch));
        for (const QString &e : std::as_const(errors))
            print(QStringLiteral("  failed run: %1\n").arg(e));
        allFlat &= ok == samples.last().runs && samples.last().runs == sshRuns;
    }
    print(QStringLiteral("\nsoak: %1 in %2 s\n")
              .arg(allFlat ? QStringLiteral("FLAT") : QStringLiteral("NOT FLAT"))
              .arg(clock.elapsed() / 1000.0, 0, 'f', 0));
    return allFlat ? 0 : 1;
}

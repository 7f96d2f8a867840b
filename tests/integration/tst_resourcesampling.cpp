// Resource sampling on this machine with real processes: a child that burns a core reads near
// 100 % and an idle one near 0 (also when the busy one is a wrapper script's child, counted
// through its process group); a real loopback iperf3 run through JobRunner carries
// "resources" with client and server CPU and the loopback traffic, and perfdeck-cli writes
// them into its results document. CPU figures are checked against the scheduler's own
// account (/proc/PID/schedstat), since other tests may share the machine's cores.
#include "testhelpers.h"

#include "exec/hostprocess.h"
#include "exec/jobrunner.h"
#include "exec/locallauncher.h"
#include "monitor/hostresourcesampler.h"
#include "monitor/resourcemonitor.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

// Busy for at most 60 s of wall time (the process's timeout stops it sooner); nice -20 gives
// it a core even while other tests load the machine (root only; otherwise plain priority).
QStringList burner(bool wrapped) {
    const QString loop = QStringLiteral("i=0; while [ $i -lt 200000000 ]; do i=$((i+1)); done");
    const QString body = wrapped ? QStringLiteral("sh -c '%1'; true").arg(loop) : loop;
    if (::geteuid() == 0)
        return {QStringLiteral("nice"), QStringLiteral("-n"), QStringLiteral("-20"),
                QStringLiteral("sh"),   QStringLiteral("-c"), body};
    return {QStringLiteral("sh"), QStringLiteral("-c"), body};
}

// Nanoseconds the group's members have been on a CPU (/proc/PID/schedstat: the scheduler's
// own exact account, not the tick counts of /proc/PID/stat the sampler reads).
double groupRuntimeNs(qint64 group) {
    double ns = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        if (entry.isEmpty() || !entry.at(0).isDigit())
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const auto s = ProcSnapshot::parseStat(QString::fromUtf8(stat.readAll()));
        if (!s || s->pgrp != group)
            continue;
        QFile sched(QStringLiteral("/proc/%1/schedstat").arg(entry));
        if (sched.open(QIODevice::ReadOnly))
            ns += sched.readAll().split(' ').value(0).toDouble();
    }
    return ns;
}

double uptimeS() {
    QFile f(QStringLiteral("/proc/uptime"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0;
}

struct Sampled {
    QList<ProcSnapshot> snapshots;
    // The group's scheduler runtime when each snapshot arrived, and the uptime then: the
    // oracle's own time base (the snapshot was read a moment earlier, on a worker thread).
    QList<double> runtimeNs;
    QList<double> arrivedS;
};

// At least count snapshots of the group at 0.5 s (a loaded machine may be slower).
Sampled sample(LocalLauncher &launcher, qint64 group, int count) {
    HostResourceSampler sampler(&launcher, 0.5);
    sampler.setGroups({group});
    Sampled out;
    QObject::connect(&sampler, &HostResourceSampler::snapshot, &sampler,
                     [&](const ProcSnapshot &s) {
                         out.snapshots << s;
                         out.runtimeNs << groupRuntimeNs(group);
                         out.arrivedS << uptimeS();
                     });
    sampler.start();
    // The callers check how many snapshots came; a short count is their failure to report.
    (void)QTest::qWaitFor([&] { return out.snapshots.size() >= count; }, 20000);
    sampler.stop();
    return out;
}

} // namespace

class TstResourceSampling final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void busyAndIdleChildren_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("busy");
        QTest::addRow("busy loop") << burner(false) << true;
        QTest::addRow("busy child of a wrapper script") << burner(true) << true;
        QTest::addRow("idle sleep")
            << QStringList{QStringLiteral("sleep"), QStringLiteral("30")} << false;
    }
    void busyAndIdleChildren() {
        QFETCH(QStringList, command);
        QFETCH(bool, busy);
        LocalLauncher launcher;
        HostProcess *child = launcher.createProcess(this);
        child->setProgram(command.first(), command.mid(1));
        child->setTimeout(20000);
        child->setGracePeriod(500);
        child->start();
        QTRY_VERIFY(child->pid() > 0);
        const qint64 group = child->pid(); // the child leads its own process group
        const Sampled sampled = sample(launcher, group, 6);
        child->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!child->isRunning(), 5000);
        delete child;

        const QList<ProcSnapshot> &snaps = sampled.snapshots;
        QVERIFY2(snaps.size() >= 6, qPrintable(QString::number(snaps.size())));
        // Every snapshot lists the group and this machine's interfaces, nothing else.
        for (const ProcSnapshot &s : snaps) {
            QVERIFY(!s.groupMembers(group).isEmpty());
            QCOMPARE(s.groupMembers(group).size(), s.processes.size());
            QVERIFY(!s.interfaces.isEmpty());
        }
        // Skip the first interval (the child was still starting).
        const ProcSnapshot &from = snaps.at(1);
        const ProcSnapshot &to = snaps.last();
        const auto cpu = ProcSnapshot::groupCpuPercent(from, to, group);
        QVERIFY(cpu);
        // What the scheduler says the group got over the same span: a busy loop gets a whole
        // core on an idle machine, less while other tests load it; the sampler must agree.
        const double span = to.uptimeS - from.uptimeS;
        const double truth = 100 * (sampled.runtimeNs.last() - sampled.runtimeNs.at(1)) / 1e9 /
                             (sampled.arrivedS.last() - sampled.arrivedS.at(1));
        qInfo("CPU %.1f %% of a core (scheduler: %.1f %%) over %.2f s", *cpu, truth, span);
        QVERIFY2(std::abs(*cpu - truth) <= 15,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*cpu).arg(truth)));
        if (busy) {
            // Under load the share is small, but never idle-like.
            QVERIFY2(*cpu >= 5 && *cpu <= 110, qPrintable(QString::number(*cpu)));
            if (truth >= 90) // a machine with a core to spare reads near 100 %
                QVERIFY(*cpu >= 85);
        } else {
            QVERIFY2(*cpu <= 3, qPrintable(QString::number(*cpu)));
        }
        // Memory: a shell holds some hundreds of KiB at least.
        const auto rss = to.groupRssBytes(group);
        QVERIFY(rss && *rss > 100 * 1024);
    }

    void wrapperGroupCountsItsChild() {
        // The wrapper alone (its PID only) is idle; its group is busy.
        LocalLauncher launcher;
        HostProcess *child = launcher.createProcess(this);
        const QStringList command = burner(true);
        child->setProgram(command.first(), command.mid(1));
        child->setTimeout(20000);
        child->start();
        QTRY_VERIFY(child->pid() > 0);
        const qint64 group = child->pid();
        const QList<ProcSnapshot> snaps = sample(launcher, group, 4).snapshots;
        child->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!child->isRunning(), 5000);
        delete child;
        QVERIFY(snaps.size() >= 3);
        const QList<ProcStat> members = snaps.last().groupMembers(group);
        QVERIFY2(members.size() >= 2, "the wrapper and its busy child");
        qint64 leaderTicks = 0;
        qint64 allTicks = 0;
        for (const ProcStat &m : members) {
            allTicks += m.ticks;
            if (m.pid == m.pgrp)
                leaderTicks = m.ticks;
        }
        QVERIFY(allTicks > 5 * leaderTicks);
    }

    void loopbackIperf3RunCarriesResources() {
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        JobRunner runner;
        TestHelpers::Recorder rec;
        TestHelpers::record(runner, rec);
        int liveFigures = 0;
        connect(runner.resourceMonitor(), &ResourceMonitor::runSampled, this, [&](int index) {
            if (runner.resourceMonitor()->latest(index).clientCpuPercent)
                ++liveFigures;
        });
        TestSpec spec;
        spec.durationS = 3;
        spec.intervalS = 0.5;
        runner.start({spec});
        QVERIFY(QTest::qWaitFor([&] { return rec.done; }, 60000));
        QCOMPARE(rec.results.size(), 1);
        const RunResult r = rec.results.first();
        QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
        QVERIFY(liveFigures >= 2);
        QVERIFY(r.resources);
        const ResourceUsage &u = *r.resources;
        QCOMPARE(u.intervalS.value_or(0), 0.5);
        QStringList roles;
        for (const ProcessUsage &p : u.processes) {
            roles << p.role;
            QCOMPARE(p.host, QStringLiteral("local"));
            QCOMPARE(p.program, QStringLiteral("iperf3"));
            QVERIFY(p.pid > 0);
            QVERIFY2(p.samples.size() >= 3, qPrintable(QString::number(p.samples.size())));
            // Loopback iperf3 moves gigabits: both ends work visibly.
            QVERIFY2(p.cpuMeanPercent().value_or(0) > 5,
                     qPrintable(QString::number(p.cpuMeanPercent().value_or(-1))));
            QVERIFY(p.rssMaxBytes().value_or(0) > 100 * 1024);
            // The warning is on the run exactly when the process was CPU-bound.
            const bool bound =
                std::max(p.cpuMeanPercent().value_or(0), p.cpuP90Percent().value_or(0)) > 90;
            const QString warning = QStringLiteral("%1 iperf3 on local used").arg(p.role);
            QCOMPARE(!r.warnings.filter(warning).isEmpty(), bound);
        }
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
        // The test's traffic crossed lo (whose speed the kernel does not know).
        const auto lo = std::find_if(u.interfaces.cbegin(), u.interfaces.cend(),
                                     [](const InterfaceUsage &i) { return i.name == "lo"; });
        QVERIFY(lo != u.interfaces.cend());
        QVERIFY(!lo->speedBps);
        QVERIFY(!lo->max(&InterfaceSample::utilisationPercent));
        // At least half of what iperf3 measured (lo also carries everyone else's tests).
        QVERIFY2(lo->mean(&InterfaceSample::rxBps).value_or(0) >
                     0.5 * r.summary.throughputBps.value_or(0),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(lo->mean(&InterfaceSample::rxBps).value_or(0))
                                .arg(r.summary.throughputBps.value_or(0))));
        // The batch is over: no sampler is left.
        QCOMPARE(runner.resourceMonitor()->samplerCount(), 0);
    }

    void cliWritesResources() {
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.json"));
        const TestHelpers::CliResult cli = TestHelpers::runCli(
            {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("2"),
             QStringLiteral("--interval"), QStringLiteral("0.5"), QStringLiteral("--json"), out});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QJsonObject run =
            TestHelpers::readJson(out).value(QLatin1String("runs")).toArray().at(0).toObject();
        const QJsonObject res = run.value(QLatin1String("resources")).toObject();
        QCOMPARE(res.value(QLatin1String("process_sample_fields")).toArray().at(1).toString(),
                 QStringLiteral("cpu_percent"));
        const QJsonArray procs = res.value(QLatin1String("processes")).toArray();
        QCOMPARE(procs.size(), 2);
        for (const QJsonValue &p : procs) {
            QVERIFY(p.toObject().value(QLatin1String("cpu_mean_percent")).isDouble());
            QVERIFY(p.toObject().value(QLatin1String("samples")).toArray().size() >= 2);
        }
        QVERIFY(!res.value(QLatin1String("totals")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstResourceSampling)
#include "tst_resourcesampling.moc"

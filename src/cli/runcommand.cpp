// perfdeck-cli run: runs iperf3 or netperf tests against one target (by default a server that
// Perfdeck starts on 127.0.0.1), shows live progress on stderr and writes the results.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/planrun.h"
#include "cli/runoptions.h"
#include "cli/runoutputs.h"
#include "cli/runprogress.h"
#include "cli/signalbridge.h"
#include "cli/terminaldashboard.h"

#include "exec/jobrunner.h"
#include "model/directionpair.h"
#include "model/runlabel.h"
#include "monitor/exporters.h"
#include "monitor/liveruns.h"
#include "qos/dscpclass.h"
#include "qos/dscpcompanion.h"
#include "qos/qosclassresult.h"
#include "results/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

int runCommand(const QStringList &arguments) {
    const RunOptionsParse parsed = parseRunOptions(arguments);
    if (parsed.outcome == RunOptionsParse::Outcome::Help) {
        printOut(parsed.helpText);
        return ExitOk;
    }
    if (parsed.outcome == RunOptionsParse::Outcome::Error) {
        printError(parsed.error);
        return ExitBadInput;
    }
    const RunOptions &options = parsed.options;
    QString error;
    // Output paths that cannot be written, and a session that cannot be read, stop us before
    // any test runs: a long test would be run only to lose its results.
    if (!prepareRunOutputs(options, &error)) {
        printError(error);
        return ExitBadInput;
    }
    Session session;
    if (!options.sessionPath.isEmpty() && QFileInfo::exists(options.sessionPath)) {
        if (!Session::load(options.sessionPath, &session, &error)) {
            printError(QStringLiteral("--session: ") + error);
            return ExitBadInput;
        }
    }

    // A plan runs the specs of its cells (each test for each client x server).
    PlanRun plan;
    if (options.isMatrix() && !plan.prepare(options, &error)) {
        printError(error);
        return ExitBadInput;
    }
    const QList<TestSpec> specs = options.isMatrix() ? plan.specs() : options.specs;
    // One entry per run, repeats and instances expanded as JobRunner does, so an index
    // finds its spec.
    const QList<TestSpec> runSpecs = JobRunner::expandRuns(specs);
    const int totalRuns = int(runSpecs.size());
    if (!options.profileName.isEmpty() && !options.quiet)
        printErr(QStringLiteral("profile %1: %2 test%3, %4 run%5\n")
                     .arg(options.profileName)
                     .arg(options.specs.size())
                     .arg(options.specs.size() == 1 ? QString() : QStringLiteral("s"))
                     .arg(totalRuns)
                     .arg(totalRuns == 1 ? QString() : QStringLiteral("s")));

    // On a terminal the dashboard replaces the progress lines (--plain keeps the lines).
    const bool dashboard = !options.quiet && !options.plain && TerminalDashboard::terminalUsable();
    // Declared before the runner so it outlives every signal the runner sends while it dies.
    RunProgress progress(runSpecs, options.quiet || dashboard, options.writesToStandardOutput());
    // Exporters (--metrics-listen, --statsd, --influx-file) read the live runs.
    LiveRuns live;
    Exporters exporters(&live);
    if (!exporters.start(options.exporters, &error)) {
        printError(error);
        return ExitBadInput;
    }
    QObject::connect(&exporters, &Exporters::errorOccurred, &exporters,
                     [](const QString &message) { printError(message); });
    if (!exporters.metricsUrl().isEmpty())
        printErr(QStringLiteral("metrics: %1\n").arg(exporters.metricsUrl()));
    TerminalDashboard terminal(&live, totalRuns);
    JobRunner runner;
    live.attach(&runner);
    runner.setIperf3Path(options.iperf3Path);
    runner.setNetperfPath(options.netperfPath);
    runner.setRawOutputDirectory(options.rawDir);
    runner.setMaxConcurrent(options.concurrency);
    progress.follow(runner);
    if (options.isMatrix())
        plan.follow(runner, options);
    if (options.retries >= 0)
        runner.setMaxRetries(options.retries, 1000);
    // A plan says its retries per cell; a plain run says them here.
    if (!options.isMatrix())
        QObject::connect(&runner, &JobRunner::jobStatusChanged, &runner,
                         [](int, CellStatus status, const QString &reason) {
                             if (status == CellStatus::Queued && !reason.isEmpty())
                                 printErr(QStringLiteral("perfdeck-cli: %1\n").arg(reason));
                         });
    DscpCompanion companion;
    if (options.dscpProbe)
        companion.attach(&runner);
    SignalBridge signals;
    bool interrupted = false;
    QObject::connect(&signals, &SignalBridge::terminationRequested, &runner,
                     [&runner, &interrupted, &companion](int, int count) {
                         interrupted = true;
                         companion.cancel();
                         if (count == 1) {
                             printErr(Tr::tr("\nperfdeck-cli: stopping the test (press "
                                             "Ctrl-C again to kill it now)...\n"));
                             runner.cancel();
                         } else {
                             QCoreApplication::exit(130);
                         }
                     });
    QObject::connect(&runner, &JobRunner::finished, &runner, [] { QCoreApplication::exit(0); });
    if (dashboard) {
        // q stops every test as a first Ctrl-C does; the results wait for the normal screen.
        QObject::connect(&terminal, &TerminalDashboard::quitRequested, &runner,
                         [&runner, &interrupted, &companion] {
                             interrupted = true;
                             companion.cancel();
                             runner.cancel();
                         });
        progress.holdResults();
        terminal.start();
    }

    QMetaObject::invokeMethod(
        &runner, [&runner, &specs] { runner.start(specs); }, Qt::QueuedConnection);
    const int loopCode = QCoreApplication::exec();
    terminal.finish();
    progress.releaseResults();
    const QList<RunResult> results = runner.results();
    exporters.stop(); // what StatsD and the line-protocol file gathered goes out now
    if (loopCode == 130) {
        printError(Tr::tr("killed the running test on a second interrupt"));
        return 130; // runner's destructor kills and reaps the tools
    }

    QList<RunResult> finishedRuns;
    for (const RunResult &r : results) {
        if (!r.id.isEmpty())
            finishedRuns.append(r);
    }
    // The DSCP probes end with their tests (a second or two of echoes after them).
    if (!companion.isIdle()) {
        QTimer::singleShot(15000, &companion, &DscpCompanion::cancel);
        QObject::connect(&companion, &DscpCompanion::idle, &companion,
                         [] { QCoreApplication::exit(0); });
        QCoreApplication::exec();
    }
    companion.annotate(finishedRuns);
    for (const RunResult &r : std::as_const(finishedRuns)) {
        if (r.qos.isEmpty() || options.quiet)
            continue;
        const QosClassResult q = QosClassResult::fromJson(r.qos);
        printErr(Tr::tr("%1 DSCP %2: %3 (probe flow of the class beside the test)\n")
                     .arg(runLabel(r), DscpClass::label(q.sentDscp), q.verdictText()));
    }
    if (runner.iperf3Info().found == false && !runner.iperf3Info().error.isEmpty())
        printError(runner.iperf3Info().error);
    const bool usesNetperf =
        std::any_of(options.specs.cbegin(), options.specs.cend(),
                    [](const TestSpec &spec) { return spec.engine == Engine::Netperf; });
    if (usesNetperf && !runner.netperfInfo().found && !runner.netperfInfo().error.isEmpty())
        printError(runner.netperfInfo().error);

    int exitCode = ExitOk;
    for (const RunResult &r : finishedRuns) {
        if (r.status != RunStatus::Ok)
            exitCode = ExitTestFailure;
    }
    if (interrupted || finishedRuns.isEmpty())
        exitCode = ExitTestFailure;

    // A forward and a reverse run of the same pair are read as one pair of figures.
    DirectionPair::link(finishedRuns);
    // A plan is saved with the session, to be opened and run again.
    if (options.isMatrix())
        session.matrix = plan.matrix();
    // The files first: whatever happens to stdout afterwards, the results are kept.
    QStringList writeErrors;
    if (!writeRunOutputs(options, finishedRuns, session, &writeErrors)) {
        for (const QString &message : std::as_const(writeErrors))
            printError(message);
        exitCode = ExitBadInput;
    }
    // Every finished run went into the history with the files (writeRunOutputs).
    QString summary = repeatSummary(specs, results) + instanceSummary(results) +
                      directionSummary(finishedRuns) + patternSummary(finishedRuns);
    if (options.isMatrix())
        summary += QLatin1Char('\n') + plan.table(results);
    if (!summary.isEmpty()) {
        if (options.writesToStandardOutput())
            printErr(summary);
        else
            printOut(summary);
    }
    return exitCode;
}

} // namespace Perfdeck::Cli

// The options of `perfdeck-cli run`, parsed into test specs and output paths by a pure
// function (no process is started, nothing is written), so every rule about what the command
// line may say is unit-tested (tests/unit/tst_runoptions.cpp).
#pragma once

#include "cli/historyoptions.h"
#include "model/testspec.h"
#include "monitor/exporters.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck::Cli {

// At most this many tests run at the same time (--concurrency, `concurrent: true`).
inline constexpr int MaxConcurrency = 64;

struct RunOptions {
    // One spec without --profile; the profile's tests (options applied) with it.
    QList<TestSpec> specs;
    QString profileName;
    QString jsonPath; // "-": standard output
    QString csvPath;  // "-": standard output
    QString sessionPath;
    QString iperf3Path;
    QString netperfPath;
    QString rawDir;
    int concurrency = 1; // tests running at the same time
    int retries = -1;    // --retries; -1: the default (none, 2 for a plan)
    bool quiet = false;
    // Plain progress lines on a terminal too, instead of the terminal dashboard.
    bool plain = false;
    // A marked test (--dscp) runs a perfdeck-probe flow of its class beside it, so the run
    // says what arrived (qos/DscpCompanion); --no-dscp-probe turns that off.
    bool dscpProbe = true;
    // A test plan: every test of specs for each client x server of the inventory.
    QString hostsPath;
    QStringList clients;
    QStringList servers;
    int maxPerHost = 0; // --max-per-host; 0: no per-host limit
    // --report FILE --template NAME|FILE [--baseline FILE]: a report of the finished runs.
    QString reportPath;
    QString reportTemplate = QStringLiteral("summary");
    QString baselinePath;
    // Hosts reached over SSH: known_hosts (empty: ~/.ssh/known_hosts) and whether a key not
    // yet there is accepted and appended (a changed key is always refused).
    QString knownHostsPath;
    bool acceptNewHostKeys = false;
    // --history-db FILE | --no-history, --tag T: where the finished runs are filed.
    HistoryOptions history;
    // --metrics-listen, --statsd, --influx-file: exporters while the tests run.
    Exporters::Settings exporters;

    bool isMatrix() const { return !clients.isEmpty() || !servers.isEmpty(); }

    // A results file goes to standard output: the human summary goes to stderr instead.
    bool writesToStandardOutput() const;
};

struct RunOptionsParse {
    enum class Outcome { Run, Help, Error };
    Outcome outcome = Outcome::Error;
    RunOptions options; // Run
    QString helpText;   // Help
    QString error;      // Error: what is wrong, naming the option (exit code 2)
};

// arguments: the program name first, then the options after "run". Reads a --profile file,
// nothing else; checks nothing on disk beyond that (see checkRunOutputs).
RunOptionsParse parseRunOptions(const QStringList &arguments);

// Before any test runs: every output path can be written (its directory exists and is
// writable), the --keep-raw directory exists or is created. False with *error naming the
// option and the path.
bool prepareRunOutputs(const RunOptions &options, QString *error);

} // namespace Perfdeck::Cli

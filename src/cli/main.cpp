// perfdeck-cli: the headless twin of the Perfdeck GUI. Dispatches to one sub-command.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <cstring>
#include <memory>

using namespace Perfdeck::Cli;

namespace {

QString usage() {
    return QStringLiteral(
        "Usage: perfdeck-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  run       run iperf3 or netperf tests (default: an embedded server on 127.0.0.1)\n"
        "  import    convert iperf3 -J, netperf and flent output into a results document\n"
        "  stats     statistics of a results document or a CSV, optionally against a baseline\n"
        "  profile   list, show or validate YAML test profiles (run --profile NAME runs one)\n"
        "  hosts     list, check or import the host inventory (ssh config, Ansible)\n"
        "  report    render a report (PDF, HTML, Markdown, text, CSV) from a Jinja2 template\n"
        "  template  list, show or validate report templates\n"
        "  shaping   detect a token-bucket shaper or policer in a run's throughput series\n"
        "  history   stored runs: list, show ID, trend of a client/server pair\n"
        "  qos       send DSCP-marked probe traffic and report what arrived per class\n"
        "\n"
        "Run 'perfdeck-cli <command> --help' for the options of a command.\n"
        "Exit codes: 0 ok, 1 test failure, 2 bad input, 3 significant regression.\n");
}

// A closed stdout (`perfdeck-cli run --json r.json | head -1`) must not kill us before the
// results file is written: with a handler (not SIG_IGN, which the tools we start would
// inherit) a write to it fails with EPIPE instead, and the output helpers report it.
void onBrokenPipe(int) {}

int dispatch(const QString &command, const QStringList &args) {
    if (command == QLatin1String("run"))
        return runCommand(args);
    if (command == QLatin1String("import"))
        return importCommand(args);
    if (command == QLatin1String("stats"))
        return statsCommand(args);
    if (command == QLatin1String("profile"))
        return profileCommand(args);
    if (command == QLatin1String("hosts"))
        return hostsCommand(args);
    if (command == QLatin1String("report"))
        return reportCommand(args);
    if (command == QLatin1String("template"))
        return templateCommand(args);
    if (command == QLatin1String("shaping"))
        return shapingCommand(args);
    if (command == QLatin1String("history"))
        return historyCommand(args);
    if (command == QLatin1String("qos"))
        return qosCommand(args);
    printError(QStringLiteral("unknown command '%1'").arg(command));
    printErr(usage());
    return ExitBadInput;
}

} // namespace

int main(int argc, char *argv[]) {
    struct sigaction action {};
    action.sa_handler = onBrokenPipe;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGPIPE, &action, nullptr);
    // A report (report, run --report) lays out text and paints charts (QtGui) without a
    // display: the offscreen platform, unless the user chose one. Others: QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    for (int i = 2; argc > 1 && std::strcmp(argv[1], "run") == 0 && i < argc; ++i)
        needsGui |= std::strncmp(argv[i], "--report", 8) == 0;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("perfdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERFDECK_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printErr(usage());
        return ExitBadInput;
    }
    const QString command = args.at(1);
    args.removeAt(1); // keep argv[0] so QCommandLineParser prints the program name
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("perfdeck-cli " PERFDECK_VERSION "\n"));
        return ExitOk;
    }
    const int code = dispatch(command, args);
    if (const QString why = standardOutputError(); !why.isEmpty())
        printError(QStringLiteral("could not write to standard output: %1").arg(why));
    return code;
}

// perfdeck-cli: the headless twin of the Perfdeck GUI. Dispatches to one sub-command.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "util/localization.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <unistd.h>

using namespace Perfdeck::Cli;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};

QString usage() {
    QString text = Tr::tr(
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
        "  serve     web dashboard: live runs, log, start/stop from a browser, JSON API\n"
        "  qos       send DSCP-marked probe traffic and report what arrived per class\n"
        "\n"
        "Run 'perfdeck-cli <command> --help' for the options of a command.\n"
        "Exit codes: 0 ok, 1 test failure, 2 bad input, 3 significant regression.\n");
    // Commands added after the text above was translated come as lines of their own, after
    // the last command of the list (command names are the same in every language), so the
    // catalogues' translation of the whole text still applies.
    const QString later = Tr::tr(
        "  about     versions of Perfdeck, its libraries and the tools it found (bug reports)\n");
    const qsizetype qos = text.indexOf(QLatin1String("\n  qos "));
    const qsizetype end = qos < 0 ? -1 : text.indexOf(QLatin1Char('\n'), qos + 1);
    if (end < 0)
        return text + later;
    text.insert(end + 1, later);
    return text;
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
    if (command == QLatin1String("serve"))
        return serveCommand(args);
    if (command == QLatin1String("qos"))
        return qosCommand(args);
    if (command == QLatin1String("about"))
        return aboutCommand(args);
    printError(Tr::tr("unknown command '%1'").arg(command));
    printErr(usage());
    return ExitBadInput;
}

// Qt's platform start looks for $XDG_RUNTIME_DIR/flatpak-info (is this a sandbox?) and,
// where the variable is unset (root over ssh, cron, CI: no login session made one), warns on
// stderr that it falls back to /tmp/runtime-USER. A report needs no runtime folder: Qt's
// start gets a private empty one (mkdtemp: 0700, ours), which is removed with the variable
// once the platform is up, so nothing the CLI starts later (iperf3, ssh) inherits it.
std::unique_ptr<QCoreApplication> startGuiApplication(int &argc, char **argv) {
    QByteArray runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QByteArray pattern = QFile::encodeName(QDir::tempPath()) + "/perfdeck-cli-XXXXXX";
        if (const char *made = ::mkdtemp(pattern.data())) {
            runtimeDir = made;
            qputenv("XDG_RUNTIME_DIR", runtimeDir);
        }
    }
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    if (!runtimeDir.isEmpty()) {
        qunsetenv("XDG_RUNTIME_DIR");
        ::rmdir(runtimeDir.constData());
    }
    return app;
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
        app = startGuiApplication(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("perfdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERFDECK_VERSION));
    // Messages in the language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG; what scripts read
    // (JSON, CSV, option names, metric names) stays as it is.
    Perfdeck::Localization::install(app.get());

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
        printError(Tr::tr("could not write to standard output: %1").arg(why));
    return code;
}

// perfdeck-cli serve: the web dashboard (live runs, log, start and stop from the browser)
// until interrupted. Prints the URL and the bearer token that control needs.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/historyoptions.h"
#include "cli/signalbridge.h"
#include "cli/terminalprompter.h"

#include "inventory/inventoryloader.h"
#include "monitor/liveruns.h"
#include "monitor/webdashboardserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

int serveCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Serves the live dashboard: running tests, their log, start and stop from a browser, "
        "and a JSON API (docs/WEB.md). Control needs the bearer token printed at start (or "
        "--token-file); without it the page can only watch, and only on loopback."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("listen"),
         Tr::tr("Address and port (default 127.0.0.1:8080; port 0: a free one)."),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("token-file"),
         Tr::tr("Read the bearer token from the first line of FILE instead of making "
                "one."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-cert"), Tr::tr("Serve HTTPS with this PEM certificate."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), Tr::tr("The PEM private key of --tls-cert."),
         QStringLiteral("FILE")},
        {QStringLiteral("hosts"),
         Tr::tr("Inventory whose hosts runs started from the web may name: as target "
                "(\"host\", besides the embedded loopback server) and as client or server host "
                "(\"client_host\", \"server_host\": tools started there over SSH)."),
         QStringLiteral("FILE")},
        {QStringLiteral("known-hosts"), Tr::tr("known_hosts file for SSH hosts."),
         QStringLiteral("FILE")},
        {QStringLiteral("accept-new-host-keys"),
         Tr::tr("Accept and save the key of an SSH host seen for the first time.")},
        {QStringLiteral("iperf3"), Tr::tr("Path of the iperf3 binary."), QStringLiteral("PATH")},
    });
    addHistoryOptions(p);
    if (const std::optional<int> done = parseCommandLine(p, arguments))
        return *done;
    QString error;
    HistoryOptions history;
    if (!readHistoryOptions(p, &history, &error)) {
        printError(error);
        return ExitBadInput;
    }
    const QString listenText = p.isSet(QStringLiteral("listen")) ? p.value(QStringLiteral("listen"))
                                                                 : QStringLiteral("127.0.0.1:8080");
    const std::optional<ListenAddress> listen = ListenAddress::parse(listenText, false, &error);
    if (!listen) {
        printError(QStringLiteral("--listen ") + error);
        return ExitBadInput;
    }
    WebDashboardServer::Settings settings;
    settings.listen = *listen;
    settings.tlsCert = p.value(QStringLiteral("tls-cert"));
    settings.tlsKey = p.value(QStringLiteral("tls-key"));
    settings.iperf3Path = p.value(QStringLiteral("iperf3"));
    if (p.isSet(QStringLiteral("token-file"))) {
        settings.token =
            WebDashboardServer::readTokenFile(p.value(QStringLiteral("token-file")), &error);
        if (settings.token.isEmpty()) {
            printError(error);
            return ExitBadInput;
        }
    }
    if (p.isSet(QStringLiteral("hosts"))) {
        InventoryLoader loader;
        const std::optional<Inventory> inventory = loader.load(p.value(QStringLiteral("hosts")));
        if (!inventory) {
            printErr(loader.errorString() + QLatin1Char('\n'));
            return ExitBadInput;
        }
        for (const Host &host : inventory->hosts) {
            if (!host.address.isEmpty())
                settings.allowedTargets << host.address;
        }
        settings.inventory = *inventory;
    }
    settings.ssh.knownHostsFile = p.value(QStringLiteral("known-hosts"));
    settings.ssh.unknownHostKey = p.isSet(QStringLiteral("accept-new-host-keys"))
                                      ? SshOptions::UnknownHostKey::AcceptAndSave
                                      : SshOptions::UnknownHostKey::Refuse;
    settings.ssh.unknownHostKeyHint = Tr::tr("if it is the right key, serve with "
                                             "--accept-new-host-keys to accept and save it");

    LiveRuns live;
    WebDashboardServer server(&live);
    // A passphrase or password is asked on the terminal as ssh does; without one the
    // prompter says what works instead and the run fails with that.
    TerminalPrompter prompter;
    QObject::connect(&server, &WebDashboardServer::secretRequested, &prompter,
                     &TerminalPrompter::ask);
    if (!server.start(settings, &error)) {
        printError(error);
        return ExitBadInput;
    }
    printErr(QStringLiteral("serving %1\ntoken: %2\nopen: %1#token=%2\n")
                 .arg(server.url(), server.token()));
    if (!listen->isLoopback())
        printErr(Tr::tr("not on loopback: every request needs the token\n"));

    // Each run started from the web goes into the history when it ends, as `run` files its
    // runs (a database that cannot be written is said on stderr; serving goes on).
    QObject::connect(&server, &WebDashboardServer::runFinished, &server,
                     [&history](const RunResult &run) {
                         storeInHistory(history, {run}, QStringLiteral("run"), QString(), false);
                     });

    SignalBridge signals;
    QObject::connect(&signals, &SignalBridge::terminationRequested, &server,
                     [](int, int) { QCoreApplication::exit(0); });
    const int code = QCoreApplication::exec();
    // Runs still going end with the server (their runners are its children).
    return code;
}

} // namespace Perfdeck::Cli

// perfdeck-cli hosts list | check | history | import | deploy: the host inventory
// (perfdeck.hosts/1) from the command line. Import writes an inventory from ~/.ssh/config or
// an Ansible inventory; check probes the hosts in parallel, files each check in the history
// database and exits 1 when one of them is not usable; history shows the filed checks.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/terminalprompter.h"

#include "inventory/ansibleimporter.h"
#include "inventory/hostchecker.h"
#include "inventory/hostdeployer.h"
#include "inventory/inventoryloader.h"
#include "inventory/inventorywriter.h"
#include "inventory/sshconfigimporter.h"
#include "model/format.h"
#include "qos/qosrun.h"
#include "results/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

QString dashIfEmpty(const QString &text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// Column widths from the longest cell.
QString table(const QList<QStringList> &rows) {
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(widths.at(i) + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

std::optional<Inventory> loadInventory(const QCommandLineParser &p) {
    const QString path = p.value(QStringLiteral("hosts"));
    if (path.isEmpty()) {
        printError(Tr::tr("--hosts FILE is required (a perfdeck.hosts/1 inventory; "
                          "'perfdeck-cli hosts import' writes one)"));
        return std::nullopt;
    }
    InventoryLoader loader;
    std::optional<Inventory> inventory = loader.load(path);
    if (!inventory)
        printErr(loader.errorString() + QLatin1Char('\n'));
    return inventory;
}

// --max-parallel, --timeout, --known-hosts and --accept-new-host-keys of check and deploy;
// false (the error printed) when a value is out of range. Unset options keep their defaults.
bool readSshOptions(const QCommandLineParser &p, int *maxParallel, int *timeoutMs,
                    QString *knownHostsFile, bool *acceptNewHostKeys) {
    bool ok = true;
    if (p.isSet(QStringLiteral("max-parallel"))) {
        *maxParallel = p.value(QStringLiteral("max-parallel")).toInt(&ok);
        if (!ok || *maxParallel < 1) {
            printError(Tr::tr("--max-parallel must be a whole number >= 1"));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        const double s = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0 || s > 600) {
            printError(Tr::tr("--timeout must be seconds between 0 and 600"));
            return false;
        }
        *timeoutMs = int(s * 1000);
    }
    *knownHostsFile = p.value(QStringLiteral("known-hosts"));
    *acceptNewHostKeys = p.isSet(QStringLiteral("accept-new-host-keys"));
    return true;
}

int listHosts(const QCommandLineParser &p) {
    const std::optional<Inventory> inventory = loadInventory(p);
    if (!inventory)
        return ExitBadInput;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = inventory->toJson();
        o.insert(QStringLiteral("names"), QJsonArray::fromStringList(inventory->names()));
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> rows = {
        {"NAME", "ADDRESS", "USER", "AUTH", "ROLES", "SITE", "REGION", "JUMP", "TAGS"}};
    QList<Host> hosts = inventory->hosts;
    if (!inventory->contains(Host::localName()))
        hosts << Host::local();
    for (const Host &h : std::as_const(hosts)) {
        QString address = h.isLocal() ? Tr::tr("(this machine)") : h.address;
        if (!h.isLocal() && h.port != Host::DefaultSshPort)
            address += QLatin1Char(':') + QString::number(h.port);
        rows << QStringList{h.name,
                            address,
                            dashIfEmpty(h.user),
                            h.isLocal() ? QStringLiteral("-") : toString(h.auth),
                            h.rolesText().remove(QLatin1Char(' ')),
                            dashIfEmpty(h.site),
                            dashIfEmpty(h.region),
                            dashIfEmpty(h.jump),
                            dashIfEmpty(h.tags.join(QLatin1Char(',')))};
    }
    printOut(table(rows));
    return ExitOk;
}

QString formatBytes(const std::optional<qint64> &bytes) {
    if (!bytes)
        return QStringLiteral("-");
    return QStringLiteral("%1 GiB").arg(double(*bytes) / double(qint64(1) << 30), 0, 'f', 1);
}

// One table row of a check, after the leading columns.
QStringList checkColumns(const HostStatus &s) {
    const QString rtt =
        s.rttMs ? QStringLiteral("%1 ms").arg(*s.rttMs, 0, 'f', 1) : QStringLiteral("-");
    return {toString(s.level),
            rtt,
            s.iperf3Found() ? dashIfEmpty(s.iperf3Version) : QStringLiteral("-"),
            s.netserverFound() ? dashIfEmpty(s.netperfVersion) : QStringLiteral("-"),
            s.load1 ? QString::number(*s.load1, 'f', 2) : QStringLiteral("-"),
            formatBytes(s.diskFreeBytes),
            s.level == HostStatus::Level::Ok ? QString() : s.summary};
}

// Files the checks in the history database unless --no-history; a database that cannot be
// written is said on stderr and never changes the exit code (the checks were printed).
void storeChecks(const QCommandLineParser &p, const QList<HostStatus> &checks) {
    if (p.isSet(QStringLiteral("no-history")) || checks.isEmpty())
        return;
    HistoryStore store(HistoryStore::resolvePath(p.value(QStringLiteral("history-db"))));
    QString error;
    if (!store.open(&error) || store.addHostChecks(checks, &error) < 0) {
        printErr(Tr::tr("history not updated: %1\n").arg(error));
        return;
    }
    if (!store.notice().isEmpty())
        printErr(store.notice() + QLatin1Char('\n'));
}

int checkHosts(const QCommandLineParser &p, const QStringList &names) {
    const std::optional<Inventory> inventory = loadInventory(p);
    if (!inventory)
        return ExitBadInput;
    QString error;
    if (!inventory->resolveAll(names, &error)) {
        printError(error);
        return ExitBadInput;
    }
    HostChecker::Options options;
    if (!readSshOptions(p, &options.maxParallel, &options.timeoutMs, &options.knownHostsFile,
                        &options.acceptNewHostKeys))
        return ExitBadInput;

    // Passwords and passphrases are asked on the terminal, as ssh does; without one the
    // prompter refuses and says what works instead.
    options.askSecrets = true;
    HostChecker checker;
    checker.setOptions(options);
    QHash<QString, HostStatus> results;
    QObject context;
    TerminalPrompter prompter;
    QObject::connect(&checker, &HostChecker::secretRequested, &prompter, &TerminalPrompter::ask);
    const bool json = p.isSet(QStringLiteral("json"));
    QObject::connect(&checker, &HostChecker::hostChecked, &context,
                     [&results, json](const HostStatus &s) {
                         results.insert(s.host, s);
                         if (!json)
                             printErr(Tr::tr("checked %1: %2\n").arg(s.host, s.summary));
                     });
    QObject::connect(&checker, &HostChecker::finished, &context, [] { QCoreApplication::exit(0); });
    checker.start(*inventory, names);
    if (checker.isRunning())
        QCoreApplication::exec();

    const QStringList order = names.isEmpty() ? inventory->names() : names;
    bool allUsable = true;
    QJsonArray list;
    QList<QStringList> rows = {
        {"HOST", "STATUS", "RTT", "IPERF3", "NETSERVER", "LOAD", "DISK FREE", "DETAILS"}};
    QList<HostStatus> checked;
    for (const QString &name : order) {
        const HostStatus s = results.value(name);
        allUsable = allUsable && s.level != HostStatus::Level::Error;
        list.append(s.toJson());
        rows << QStringList{name} + checkColumns(s);
        if (results.contains(name))
            checked << s;
    }
    storeChecks(p, checked);
    if (json) {
        const QJsonObject o{{QStringLiteral("hosts"), list}, {QStringLiteral("ok"), allUsable}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(table(rows));
    }
    return allUsable ? ExitOk : ExitTestFailure;
}

// The checks filed in the history database: of the named hosts (all when none), newest
// first, at most --limit per host (default 20; 0: all).
int hostHistory(const QCommandLineParser &p, const QStringList &names) {
    int limit = 20;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            printError(Tr::tr("--limit must be a whole number >= 0 (0: all)"));
            return ExitBadInput;
        }
    }
    if (p.isSet(QStringLiteral("no-history"))) {
        printError(Tr::tr("hosts history reads the history database: drop --no-history"));
        return ExitBadInput;
    }
    const QString path = HistoryStore::resolvePath(p.value(QStringLiteral("history-db")));
    if (!QFileInfo::exists(path)) {
        printError(Tr::tr("%1: no history database yet (hosts check files its checks there)")
                       .arg(QDir::toNativeSeparators(path)));
        return ExitBadInput;
    }
    HistoryStore store(path);
    QString error;
    if (!store.open(&error)) {
        printError(error);
        return ExitBadInput;
    }
    QList<HostStatus> checks;
    if (names.isEmpty()) {
        // Every host's newest checks: read all, keep `limit` per host.
        QHash<QString, int> perHost;
        const QList<HostStatus> all = store.hostChecks(QString(), 0, &error);
        for (const HostStatus &s : all)
            if (limit == 0 || perHost[s.host]++ < limit)
                checks << s;
    } else {
        for (const QString &name : names)
            checks << store.hostChecks(name, limit, &error);
    }
    if (!error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const HostStatus &s : std::as_const(checks))
            list.append(s.toJson());
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("checks"), list}}).toJson()));
        return ExitOk;
    }
    if (checks.isEmpty()) {
        printErr(names.isEmpty()
                     ? Tr::tr("%1: no host checks filed yet\n").arg(QDir::toNativeSeparators(path))
                     : Tr::tr("%1: no checks filed for %2\n")
                           .arg(QDir::toNativeSeparators(path), names.join(QStringLiteral(", "))));
        return ExitOk;
    }
    QList<QStringList> rows = {{"HOST", "CHECKED", "STATUS", "RTT", "IPERF3", "NETSERVER", "LOAD",
                                "DISK FREE", "DETAILS"}};
    for (const HostStatus &s : std::as_const(checks))
        rows << QStringList{s.host, s.checkedAt.toLocalTime().toString(Qt::ISODate)} +
                    checkColumns(s);
    printOut(table(rows));
    return ExitOk;
}

int deployHosts(const QCommandLineParser &p, const QStringList &positional) {
    const std::optional<Inventory> inventory = loadInventory(p);
    if (!inventory)
        return ExitBadInput;
    QStringList names = positional + p.values(QStringLiteral("host"));
    names.removeDuplicates();
    QString error;
    if (!inventory->resolveAll(names, &error)) {
        printError(error);
        return ExitBadInput;
    }
    HostDeployer::Options options;
    if (p.isSet(QStringLiteral("tools"))) {
        options.tools =
            p.value(QStringLiteral("tools")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &tool : options.tools)
            tool = tool.trimmed();
        if (options.tools.contains(QLatin1String("probe"))) {
            // perfdeck-probe has no package: its static build is copied where `qos` runs it.
            if (options.tools.size() > 1 || p.isSet(QStringLiteral("copy"))) {
                printError(Tr::tr("--tools probe copies perfdeck-probe over SFTP: deploy "
                                  "it on its own (then --tools iperf3,netperf)"));
                return ExitBadInput;
            }
            const QString probe = QosRun::localProbePath();
            if (probe.isEmpty()) {
                printError(QStringLiteral("--tools probe: perfdeck-probe was not found on this "
                                          "machine (set PERFDECK_PROBE or install it beside "
                                          "perfdeck-cli)"));
                return ExitBadInput;
            }
            options.tools.clear();
            options.copyLocal = probe;
            options.copyRemote = QosRequest().remoteProbePath;
            options.makeFolder = true;
        }
        for (const QString &tool : std::as_const(options.tools)) {
            if (tool != QLatin1String("iperf3") && tool != QLatin1String("netperf")) {
                printError(
                    QStringLiteral("--tools: unknown tool '%1' (use iperf3, netperf)").arg(tool));
                return ExitBadInput;
            }
        }
        if (options.tools.isEmpty() && options.copyLocal.isEmpty()) {
            printError(Tr::tr("--tools needs iperf3, netperf or both, or probe"));
            return ExitBadInput;
        }
    }
    if (options.copyLocal.isEmpty()) {
        options.copyLocal = p.value(QStringLiteral("copy"));
        options.copyRemote = p.value(QStringLiteral("to"));
    }
    if (options.copyLocal.isEmpty() != options.copyRemote.isEmpty()) {
        printError(Tr::tr("--copy LOCAL and --to REMOTE_PATH go together"));
        return ExitBadInput;
    }
    if (!options.copyLocal.isEmpty() && !QFileInfo(options.copyLocal).isFile()) {
        printError(Tr::tr("--copy %1: no such file").arg(options.copyLocal));
        return ExitBadInput;
    }
    if (!readSshOptions(p, &options.maxParallel, &options.connectTimeoutMs, &options.knownHostsFile,
                        &options.acceptNewHostKeys))
        return ExitBadInput;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    HostDeployer deployer;
    deployer.setOptions(options);
    QObject context;
    // The plan of each host comes before anything runs there.
    QObject::connect(
        &deployer, &HostDeployer::planned, &context, [dryRun](const HostDeployer::Plan &plan) {
            QString text;
            if (!plan.copy.isEmpty()) {
                text =
                    QStringLiteral("%1: %2 copy %3 (SFTP, mode 0755)\n")
                        .arg(plan.host, dryRun ? QStringLiteral("would") : QStringLiteral("will"),
                             plan.copy);
            } else if (!plan.error.isEmpty()) {
                return; // reported with the result
            } else if (plan.commands.isEmpty()) {
                text = Tr::tr("%1: nothing to install (%2)\n")
                           .arg(plan.host, plan.present.join(QLatin1String(", ")));
            } else {
                text = QStringLiteral("%1: %2 %3 with %4%5:\n")
                           .arg(plan.host,
                                dryRun ? Tr::tr("would install") : QStringLiteral("installing"),
                                plan.missing.join(QLatin1String(", ")), plan.packageManager,
                                plan.root ? QString() : QStringLiteral(" (sudo -n)"));
                for (const QString &line : plan.commandLines())
                    text += QStringLiteral("    %1\n").arg(line);
            }
            printOut(text);
        });
    QObject::connect(&deployer, &HostDeployer::output, &context,
                     [](const QString &host, const QString &line) {
                         printErr(QStringLiteral("%1 | %2\n").arg(host, line));
                     });
    bool allOk = true;
    QObject::connect(&deployer, &HostDeployer::hostFinished, &context,
                     [&allOk, dryRun](const HostDeployer::Result &r) {
                         allOk = allOk && r.ok;
                         if (!r.ok) {
                             printErr(QStringLiteral("perfdeck-cli: %1\n").arg(r.error));
                             return;
                         }
                         if (dryRun)
                             return;
                         QString line = QStringLiteral("%1: done").arg(r.plan.host);
                         if (!r.after.isEmpty())
                             line += QStringLiteral(" (%1)").arg(r.after.join(QLatin1String(", ")));
                         printOut(line + QLatin1Char('\n'));
                         for (const QString &note : r.notes)
                             printErr(QStringLiteral("%1: %2\n").arg(r.plan.host, note));
                     });
    QObject::connect(&deployer, &HostDeployer::finished, &context,
                     [] { QCoreApplication::exit(0); });
    deployer.start(*inventory, names, dryRun ? HostDeployer::Mode::Plan : HostDeployer::Mode::Run);
    QCoreApplication::exec();
    return allOk ? ExitOk : ExitTestFailure;
}

int importHosts(const QCommandLineParser &p, const QStringList &positional) {
    const QString kind = positional.value(1);
    const QString out = p.value(QStringLiteral("out"));
    if (kind != QLatin1String("ssh-config") && kind != QLatin1String("ansible")) {
        printError(Tr::tr("hosts import needs 'ssh-config [FILE]' or 'ansible FILE'"));
        return ExitBadInput;
    }
    if (out.isEmpty()) {
        printError(Tr::tr("hosts import needs --out FILE (or --out - for stdout)"));
        return ExitBadInput;
    }
    QString source = positional.value(2);
    if (positional.size() > 3 || (kind == QLatin1String("ansible") && source.isEmpty())) {
        printError(kind == QLatin1String("ansible")
                       ? Tr::tr("hosts import ansible takes one inventory FILE")
                       : Tr::tr("hosts import ssh-config takes at most one FILE"));
        return ExitBadInput;
    }
    std::optional<Inventory> inventory;
    QList<InventoryIssue> notices;
    QList<InventoryIssue> errors;
    if (kind == QLatin1String("ssh-config")) {
        SshConfigImporter importer;
        if (source.isEmpty())
            source = QDir::home().filePath(QStringLiteral(".ssh/config"));
        inventory = importer.import(source);
        notices = importer.notices();
        errors = importer.errors();
    } else {
        AnsibleImporter importer;
        inventory = importer.import(source);
        notices = importer.notices();
        errors = importer.errors();
    }
    for (const InventoryIssue &n : std::as_const(notices))
        printErr(Tr::tr("notice: %1\n").arg(n.toString()));
    if (!inventory) {
        printErr(InventoryIssue::join(errors) + QLatin1Char('\n'));
        return ExitBadInput;
    }
    if (inventory->hosts.isEmpty()) {
        printError(Tr::tr("no hosts found in %1 (wildcard patterns are defaults, not "
                          "hosts)")
                       .arg(source));
        return ExitBadInput;
    }
    const QStringList header = {
        Tr::tr("Perfdeck host inventory imported from %1 (%2)")
            .arg(QDir::cleanPath(QDir::current().absoluteFilePath(source)),
                 kind == QLatin1String("ansible") ? QStringLiteral("Ansible")
                                                  : Tr::tr("ssh config")),
        QStringLiteral("on %1 by perfdeck-cli " PERFDECK_VERSION)
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
    };
    if (out == QLatin1String("-")) {
        printOut(QString::fromUtf8(InventoryWriter::toYaml(*inventory, header)));
        return ExitOk;
    }
    QString error;
    if (!InventoryWriter::save(*inventory, out, &error, header)) {
        printError(error);
        return ExitBadInput;
    }
    printOut(Tr::tr("%n host(s) written to %1\n", nullptr, int(inventory->hosts.size())).arg(out));
    return ExitOk;
}

} // namespace

int hostsCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "The host inventory (YAML, format perfdeck.hosts/1; see docs/ORCHESTRATION.md).\n"
        "  list --hosts FILE [--json]            the hosts, with 'local' (this machine)\n"
        "  check --hosts FILE [NAME...] [--json] probe the hosts in parallel: TCP to the SSH\n"
        "                                        port, SSH login, tools, disk, load; exit 1\n"
        "                                        when a host is unusable; each check is\n"
        "                                        filed in the history database\n"
        "  history [NAME...] [--limit N] [--json] the filed checks, newest first\n"
        "  import ssh-config [FILE] --out FILE   hosts of ~/.ssh/config (or FILE)\n"
        "  import ansible FILE --out FILE        hosts of an Ansible inventory (INI or YAML)\n"
        "  deploy --hosts FILE [--host NAME...]  install iperf3/netperf with the host's package\n"
        "         [--tools iperf3,netperf]       manager (apt-get, dnf, zypper; sudo -n only),\n"
        "         [--dry-run]                    the exact commands shown first; or copy a\n"
        "         [--copy LOCAL --to PATH]       static binary over SFTP (atomic, mode 0755);\n"
        "                                        --tools probe copies perfdeck-probe to\n"
        "                                        .perfdeck/bin/ there (for qos --hosts)"));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("hosts"), Tr::tr("The inventory file."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("list/check: JSON on stdout.")},
        {QStringLiteral("out"), Tr::tr("import: the inventory to write ('-': stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("known-hosts"),
         Tr::tr("check/deploy: known_hosts file for SSH host keys (default "
                "~/.ssh/known_hosts)."),
         QStringLiteral("FILE")},
        {QStringLiteral("accept-new-host-keys"),
         Tr::tr("check/deploy: accept and save the key of a host not yet in known_hosts "
                "(a changed key is always refused).")},
        {QStringLiteral("max-parallel"),
         Tr::tr("check/deploy: hosts handled at the same time (default 8 / 4)."),
         QStringLiteral("N")},
        {QStringLiteral("host"), Tr::tr("deploy: only this host (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("tools"),
         Tr::tr("deploy: tools to install when missing (default iperf3,netperf), or "
                "probe (copies perfdeck-probe)."),
         QStringLiteral("LIST")},
        {QStringLiteral("dry-run"),
         Tr::tr("deploy: show what would run on each host, change nothing.")},
        {QStringLiteral("copy"),
         Tr::tr("deploy: a local file (a static helper binary) to copy over SFTP."),
         QStringLiteral("LOCAL")},
        {QStringLiteral("to"), Tr::tr("deploy: the remote path for --copy."),
         QStringLiteral("REMOTE_PATH")},
        {QStringLiteral("history-db"),
         Tr::tr("check/history: the history database (default $PERFDECK_HISTORY_DB or "
                "~/.local/share/perfdeck/history.sqlite)."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-history"), Tr::tr("check: do not file the checks in the history.")},
        {QStringLiteral("limit"),
         Tr::tr("history: checks shown per host, newest first (default 20; 0: all)."),
         QStringLiteral("N")},
        {QStringLiteral("timeout"),
         Tr::tr("check: seconds allowed for each step (default 5); deploy: for the SSH "
                "login (default 10)."),
         QStringLiteral("S")},
    });
    p.addPositionalArgument(QStringLiteral("action"),
                            Tr::tr("list, check, history, import or deploy"));
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list")) {
        if (positional.size() != 1) {
            printError(Tr::tr("hosts list takes no argument (use --hosts FILE)"));
            return ExitBadInput;
        }
        return listHosts(p);
    }
    if (action == QLatin1String("check"))
        return checkHosts(p, positional.mid(1));
    if (action == QLatin1String("history"))
        return hostHistory(p, positional.mid(1));
    if (action == QLatin1String("import"))
        return importHosts(p, positional);
    if (action == QLatin1String("deploy"))
        return deployHosts(p, positional.mid(1));
    printError(
        action.isEmpty()
            ? Tr::tr("hosts needs an action: list, check, history, import or deploy")
            : Tr::tr("unknown hosts action '%1' (use list, check, history, import or deploy)")
                  .arg(action));
    return ExitBadInput;
}

} // namespace Perfdeck::Cli

#include "inventory/hostdeployer.h"

#include "ssh/sftpupload.h"
#include "ssh/sshconnectionpool.h"
#include "util/shellquote.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QString kIperf3 = QStringLiteral("iperf3");
const QString kNetperf = QStringLiteral("netperf");

QHash<QString, QString> keyValues(const QString &output, bool *complete) {
    QHash<QString, QString> values;
    *complete = false;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line == QLatin1String("PD_END"))
            *complete = true;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1String("PD_")) && eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

// What a failed command's output says, for the user: sudo wanting a password is the common
// case and has a clear way out.
QString explainFailure(const QString &host, const QString &command, const QStringList &stderrLines,
                       const SshChannel::Exit &exit) {
    const QString err = stderrLines.join(QLatin1Char('\n'));
    if (err.contains(QLatin1String("password is required")) ||
        err.contains(QLatin1String("terminal is required")) ||
        err.contains(QLatin1String("no askpass program")))
        return Tr::tr("%1: sudo needs a password there, and Perfdeck runs sudo -n only "
                      "(it never asks for or stores one). Allow passwordless sudo for "
                      "the package manager, or run as root: %2")
            .arg(host, command);
    QString how;
    if (exit.timedOut)
        how = Tr::tr("timed out");
    else if (!exit.error.isEmpty())
        how = exit.error;
    else if (exit.exitStatus)
        how = Tr::tr("exit code %1").arg(*exit.exitStatus);
    else
        how = Tr::tr("killed by signal %1").arg(exit.exitSignal);
    QString message = QStringLiteral("%1: '%2' failed (%3)").arg(host, command, how);
    if (!stderrLines.isEmpty())
        message += QStringLiteral(": ") +
                   stderrLines.mid(qMax(0, int(stderrLines.size()) - 3)).join(QLatin1String(" / "));
    return message;
}

} // namespace

QStringList HostDeployer::Plan::commandLines() const {
    QStringList lines;
    for (const QStringList &argv : commands)
        lines << shellCommandLine(argv.value(0), argv.mid(1));
    return lines;
}

HostDeployer::HostDeployer(QObject *parent)
    : QObject(parent) {}

HostDeployer::~HostDeployer() {
    cancel();
}

QStringList HostDeployer::packagesFor(const QString &packageManager, const QStringList &tools) {
    QStringList packages;
    for (const QString &tool : tools) {
        if (tool == kIperf3)
            // openSUSE's "iperf" package is iperf 3.
            packages << (packageManager == QLatin1String("zypper") ? QStringLiteral("iperf")
                                                                   : kIperf3);
        else if (tool == kNetperf)
            packages << kNetperf; // netperf and netserver; Debian: in non-free
    }
    return packages;
}

QList<QStringList> HostDeployer::installCommands(const QString &packageManager,
                                                 const QStringList &packages, bool root) {
    QList<QStringList> commands;
    if (packages.isEmpty())
        return commands;
    const QStringList sudo =
        root ? QStringList() : QStringList{QStringLiteral("sudo"), QStringLiteral("-n")};
    if (packageManager == QLatin1String("apt-get")) {
        // No questions: there is no terminal to answer them.
        const QStringList apt = sudo + QStringList{QStringLiteral("env"),
                                                   QStringLiteral("DEBIAN_FRONTEND=noninteractive"),
                                                   QStringLiteral("apt-get")};
        commands << apt + QStringList{QStringLiteral("update"), QStringLiteral("-q")};
        commands << apt +
                        QStringList{QStringLiteral("install"), QStringLiteral("-y"),
                                    QStringLiteral("-q")} +
                        packages;
    } else if (packageManager == QLatin1String("dnf")) {
        commands << sudo +
                        QStringList{QStringLiteral("dnf"), QStringLiteral("install"),
                                    QStringLiteral("-y")} +
                        packages;
    } else if (packageManager == QLatin1String("zypper")) {
        commands << sudo +
                        QStringList{QStringLiteral("zypper"), QStringLiteral("--non-interactive"),
                                    QStringLiteral("install")} +
                        packages;
    }
    return commands;
}

QString HostDeployer::detectCommand(const Host &host) {
    const QString iperf3 = shellQuote(host.iperf3Path.isEmpty() ? kIperf3 : host.iperf3Path);
    const QString netperf = shellQuote(host.netperfPath.isEmpty() ? kNetperf : host.netperfPath);
    return QStringLiteral("LC_ALL=C; export LC_ALL; echo \"PD_UID=$(id -u)\"; "
                          "for m in apt-get dnf zypper; do if command -v $m >/dev/null 2>&1; then "
                          "echo \"PD_PM=$m\"; break; fi; done; "
                          "echo \"PD_SUDO=$(command -v sudo 2>/dev/null)\"; "
                          "echo \"PD_IPERF3=$(command -v %1 2>/dev/null)\"; "
                          "n=$(command -v %2 2>/dev/null); echo \"PD_NETPERF=$n\"; s=''; "
                          "[ -n \"$n\" ] && [ -x \"$(dirname \"$n\")/netserver\" ] && "
                          "s=\"$(dirname \"$n\")/netserver\"; "
                          "[ -z \"$s\" ] && s=$(command -v netserver 2>/dev/null); "
                          "echo \"PD_NETSERVER=$s\"; echo PD_END")
        .arg(iperf3, netperf);
}

HostDeployer::Plan HostDeployer::parseDetection(const QString &output, const Host &host,
                                                const QStringList &tools) {
    Plan plan;
    plan.host = host.name;
    bool complete = false;
    const QHash<QString, QString> v = keyValues(output, &complete);
    if (!complete) {
        plan.error = Tr::tr("%1: the host's answer was cut short").arg(host.name);
        return plan;
    }
    plan.root = v.value(QStringLiteral("PD_UID")) == QLatin1String("0");
    plan.packageManager = v.value(QStringLiteral("PD_PM"));
    for (const QString &tool : tools) {
        QString found;
        if (tool == kIperf3)
            found = v.value(QStringLiteral("PD_IPERF3"));
        else if (tool == kNetperf && !v.value(QStringLiteral("PD_NETSERVER")).isEmpty())
            found = v.value(QStringLiteral("PD_NETPERF"));
        if (found.isEmpty())
            plan.missing << tool;
        else
            plan.present << QStringLiteral("%1 (%2)").arg(tool, found);
    }
    if (plan.missing.isEmpty())
        return plan;
    if (plan.packageManager.isEmpty()) {
        plan.error = Tr::tr("%1: no apt-get, dnf or zypper found; install %2 by hand or "
                            "copy a static binary (--copy LOCAL --to REMOTE_PATH)")
                         .arg(host.name, plan.missing.join(QLatin1String(", ")));
        return plan;
    }
    plan.commands = installCommands(plan.packageManager,
                                    packagesFor(plan.packageManager, plan.missing), plan.root);
    if (!plan.root && v.value(QStringLiteral("PD_SUDO")).isEmpty()) {
        plan.error = Tr::tr("%1: not logged in as root and sudo is not installed; as "
                            "root run: %2")
                         .arg(host.name, plan.commandLines().join(QLatin1String("; ")));
    }
    return plan;
}

SshConnectionPool *HostDeployer::pool() {
    if (!m_pool) {
        SshOptions ssh;
        ssh.knownHostsFile = m_options.knownHostsFile;
        ssh.unknownHostKey = m_options.acceptNewHostKeys ? SshOptions::UnknownHostKey::AcceptAndSave
                                                         : SshOptions::UnknownHostKey::Refuse;
        ssh.connectTimeoutMs = m_options.connectTimeoutMs;
        ssh.authTimeoutMs = m_options.connectTimeoutMs;
        ssh.useKeychain = m_options.useKeychain;
        ssh.agentSocket = m_options.agentSocket;
        m_pool = new SshConnectionPool(ssh, this);
        // No one to ask: a password login fails and says so.
        connect(m_pool, &SshConnectionPool::secretRequested, this,
                [](SshConnection *connection, const SshConnection::SecretRequest &) {
                    connection->refuseSecret();
                });
    }
    return m_pool;
}

void HostDeployer::start(const Inventory &inventory, const QStringList &names, Mode mode) {
    if (m_running)
        return;
    m_inventory = inventory;
    m_mode = mode;
    m_queue = names.isEmpty() ? QStringList() : names;
    if (names.isEmpty())
        for (const Host &h : inventory.hosts)
            m_queue << h.name;
    m_queue.removeDuplicates();
    m_running = true;
    QTimer::singleShot(0, this, [this] { pump(); });
}

void HostDeployer::cancel() {
    if (!m_running)
        return;
    m_queue.clear();
    const QStringList names = m_jobs.keys();
    for (const QString &name : names)
        finishHost(name, QStringLiteral("%1: cancelled").arg(name));
    // finishHost() -> pump() reported finished().
}

void HostDeployer::pump() {
    while (m_running && m_jobs.size() < qMax(1, m_options.maxParallel) && !m_queue.isEmpty())
        startHost(m_queue.takeFirst());
    if (m_running && m_jobs.isEmpty() && m_queue.isEmpty()) {
        m_running = false;
        if (m_pool)
            m_pool->deleteLater(); // its connections may be sending the current signal
        m_pool = nullptr;
        Q_EMIT finished();
    }
}

void HostDeployer::startHost(const QString &name) {
    Job job;
    job.result.plan.host = name;
    job.context = new QObject(this);
    m_jobs.insert(name, job);
    QString error;
    const std::optional<Host> host = m_inventory.resolve(name, &error);
    if (!host || host->isLocal()) {
        const QString why = host ? Tr::tr("%1: this machine is not deployed to over SSH; "
                                          "install the tools with its package manager")
                                       .arg(name)
                                 : error;
        QTimer::singleShot(0, job.context, [this, name, why] { finishHost(name, why); });
        return;
    }
    m_jobs[name].host = *host;
    const std::optional<SshTarget> target = SshTarget::fromHost(*host, m_inventory, &error);
    if (!target) {
        QTimer::singleShot(0, job.context, [this, name, error] { finishHost(name, error); });
        return;
    }
    SshConnection *connection = pool()->connection(*target);
    m_jobs[name].connection = connection;
    if (connection->isConnected()) {
        QTimer::singleShot(0, job.context, [this, name] { detect(name); });
        return;
    }
    connect(connection, &SshConnection::connected, job.context, [this, name] { detect(name); });
    connect(
        connection, &SshConnection::failed, job.context,
        [this, name](SshConnection::Error, const QString &message) { finishHost(name, message); });
}

void HostDeployer::detect(const QString &name) {
    auto it = m_jobs.find(name);
    if (it == m_jobs.end() || !it->connection)
        return;
    if (!m_options.copyLocal.isEmpty()) {
        Plan &plan = it->result.plan;
        plan.copy = QStringLiteral("%1 -> %2").arg(m_options.copyLocal, m_options.copyRemote);
        Q_EMIT planned(plan);
        if (m_mode == Mode::Plan)
            finishHost(name);
        else
            copy(name);
        return;
    }
    auto out = std::make_shared<QStringList>();
    SshChannel *channel =
        it->connection->exec(detectCommand(it->host), m_options.connectTimeoutMs, it->context);
    connect(channel, &SshChannel::stdoutLine, it->context,
            [out](const QString &line) { *out << line; });
    connect(channel, &SshChannel::finished, it->context,
            [this, name, out](const SshChannel::Exit &exit) {
                auto it = m_jobs.find(name);
                if (it == m_jobs.end())
                    return;
                Plan plan = parseDetection(out->join(QLatin1Char('\n')), it->host, m_options.tools);
                if (!exit.error.isEmpty() && plan.error.isEmpty())
                    plan.error = QStringLiteral("%1: %2").arg(name, exit.error);
                it->result.plan = plan;
                Q_EMIT planned(plan);
                if (!plan.error.isEmpty()) {
                    finishHost(name, plan.error);
                    return;
                }
                if (m_mode == Mode::Plan || plan.commands.isEmpty()) {
                    it->result.after = plan.present;
                    finishHost(name);
                    return;
                }
                runNext(name);
            });
}

void HostDeployer::runNext(const QString &name) {
    auto it = m_jobs.find(name);
    if (it == m_jobs.end() || !it->connection)
        return;
    const QStringList lines = it->result.plan.commandLines();
    if (it->nextCommand >= lines.size()) {
        verify(name);
        return;
    }
    const QString command = lines.at(it->nextCommand++);
    Q_EMIT output(name, QStringLiteral("$ ") + command);
    // stdin closed at once: nothing may wait for an answer.
    SshChannel *channel = it->connection->exec(command, m_options.commandTimeoutMs, it->context);
    channel->closeStdin();
    auto err = std::make_shared<QStringList>();
    connect(channel, &SshChannel::stdoutLine, it->context,
            [this, name](const QString &line) { Q_EMIT output(name, line); });
    connect(channel, &SshChannel::stderrLine, it->context, [this, name, err](const QString &line) {
        *err << line;
        Q_EMIT output(name, line);
    });
    connect(channel, &SshChannel::finished, it->context,
            [this, name, command, err](const SshChannel::Exit &exit) {
                if (exit.exitStatus == 0)
                    runNext(name);
                else
                    finishHost(name, explainFailure(name, command, *err, exit));
            });
}

void HostDeployer::verify(const QString &name) {
    auto it = m_jobs.find(name);
    if (it == m_jobs.end() || !it->connection)
        return;
    auto out = std::make_shared<QStringList>();
    SshChannel *channel =
        it->connection->exec(detectCommand(it->host), m_options.connectTimeoutMs, it->context);
    connect(channel, &SshChannel::stdoutLine, it->context,
            [out](const QString &line) { *out << line; });
    connect(channel, &SshChannel::finished, it->context, [this, name, out] {
        auto it = m_jobs.find(name);
        if (it == m_jobs.end())
            return;
        const Plan after = parseDetection(out->join(QLatin1Char('\n')), it->host, m_options.tools);
        it->result.after = after.present;
        for (const QString &tool : after.missing)
            it->result.notes
                << Tr::tr("%1 is still not found on %2 after the install%3")
                       .arg(tool, name,
                            tool == kIperf3 && !it->host.iperf3Path.isEmpty()
                                ? Tr::tr(" (the inventory names %1)").arg(it->host.iperf3Path)
                                : QString());
        finishHost(name);
    });
}

void HostDeployer::copy(const QString &name) {
    auto it = m_jobs.find(name);
    if (it == m_jobs.end() || !it->connection)
        return;
    // A path into a folder that may not exist yet (`--tools probe` copies to
    // .perfdeck/bin/perfdeck-probe): make the folder first.
    const qsizetype slash = m_options.copyRemote.lastIndexOf(QLatin1Char('/'));
    if (m_options.makeFolder && slash > 0 && !it->madeFolder) {
        it->madeFolder = true;
        const QString folder = m_options.copyRemote.left(slash);
        SshChannel *channel =
            it->connection->exec(QStringLiteral("mkdir -p -- ") + shellQuote(folder),
                                 m_options.connectTimeoutMs, it->context);
        connect(channel, &SshChannel::finished, it->context,
                [this, name, folder](const SshChannel::Exit &exit) {
                    if (exit.exitStatus != 0) {
                        finishHost(name, Tr::tr("%1: could not make the folder %2%3")
                                             .arg(name, folder,
                                                  exit.error.isEmpty()
                                                      ? QString()
                                                      : QStringLiteral(": ") + exit.error));
                        return;
                    }
                    copy(name);
                });
        return;
    }
    Q_EMIT output(
        name,
        QStringLiteral("copying %1 to %2 (SFTP)").arg(m_options.copyLocal, m_options.copyRemote));
    auto *upload = new SftpUpload(it->connection, m_options.copyLocal, m_options.copyRemote, 0755,
                                  it->context);
    connect(upload, &SftpUpload::finished, it->context,
            [this, name](bool ok, const QString &error) {
                if (ok)
                    Q_EMIT output(name, Tr::tr("copied to %1").arg(m_options.copyRemote));
                finishHost(name, ok ? QString() : error);
            });
    upload->start();
}

void HostDeployer::finishHost(const QString &name, const QString &error) {
    auto it = m_jobs.find(name);
    if (it == m_jobs.end())
        return;
    Result result = it->result;
    result.ok = error.isEmpty();
    result.error = error;
    if (it->context)
        it->context->deleteLater(); // we may be inside one of its channels' signals
    m_jobs.erase(it);
    Q_EMIT hostFinished(result);
    pump();
}

} // namespace Perfdeck

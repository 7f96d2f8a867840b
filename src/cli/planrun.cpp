#include "cli/planrun.h"

#include "cli/clioutput.h"
#include "cli/terminalprompter.h"
#include "exec/jobrunner.h"
#include "inventory/inventoryloader.h"
#include "model/format.h"
#include "ssh/hostlaunchers.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

PlanRun::PlanRun(QObject *parent)
    : QObject(parent) {}

bool PlanRun::prepare(const RunOptions &options, QString *error) {
    Inventory inventory;
    if (!options.hostsPath.isEmpty()) {
        InventoryLoader loader;
        std::optional<Inventory> loaded = loader.load(options.hostsPath);
        if (!loaded) {
            *error = loader.errorString();
            return false;
        }
        inventory = *loaded;
    }
    QStringList names = options.clients;
    for (const QString &name : options.servers) {
        if (!names.contains(name))
            names << name;
    }
    for (const QString &name : std::as_const(names)) {
        const std::optional<Host> host = inventory.resolve(name, error);
        if (!host) {
            if (options.hostsPath.isEmpty())
                *error += Tr::tr(" (name the inventory with --hosts FILE)");
            return false;
        }
        if (!host->isLocal()) // `local` is JobRunner's own launcher
            m_hostNames << host->name;
    }
    if (!m_hostNames.isEmpty()) {
        SshOptions ssh;
        ssh.knownHostsFile = options.knownHostsPath;
        ssh.unknownHostKey = options.acceptNewHostKeys ? SshOptions::UnknownHostKey::AcceptAndSave
                                                       : SshOptions::UnknownHostKey::Refuse;
        ssh.unknownHostKeyHint = Tr::tr("if it is the right key, pass "
                                        "--accept-new-host-keys to accept and save it");
        m_hosts = new HostLaunchers(inventory, ssh, this);
        // Asked on the terminal as ssh does; a script without one is told what works instead.
        auto *prompter = new TerminalPrompter(this);
        connect(m_hosts, &HostLaunchers::secretRequested, prompter, &TerminalPrompter::ask);
        for (const QString &name : std::as_const(m_hostNames)) {
            if (!m_hosts->launcher(name, error))
                return false; // a jump host that cannot be resolved
        }
    }
    m_matrix.clients = options.clients;
    m_matrix.servers = options.servers;
    m_matrix.profile = options.profileName;
    m_matrix.tests = options.specs;
    if (const QString why = m_matrix.validate(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    m_cells = m_matrix.cells();
    m_quiet = options.quiet;
    return true;
}

QList<TestSpec> PlanRun::specs() const {
    QList<TestSpec> out;
    for (const TestMatrix::Cell &cell : m_cells) {
        if (cell.skipReason.isEmpty())
            out << cell.spec;
    }
    return out;
}

void PlanRun::follow(JobRunner &runner, const RunOptions &options) {
    if (m_hosts)
        m_hosts->attach(&runner, m_hostNames); // resolved in prepare()
    runner.setMaxConcurrent(options.concurrency);
    runner.setMaxPerHost(options.maxPerHost);
    // A busy or refusing server is retried twice before its cell counts as failed.
    runner.setMaxRetries(2, 1000);
    QList<JobRunner::RunSlot> slots;
    m_runSpecs = JobRunner::expandRuns(specs(), &slots);
    m_runJob.clear();
    for (const JobRunner::RunSlot &slot : std::as_const(slots))
        m_runJob << slot.job;
    m_jobs = slots.isEmpty() ? 0 : slots.last().job + 1;
    m_jobsDone = 0;
    int skipped = 0;
    for (const TestMatrix::Cell &cell : std::as_const(m_cells)) {
        if (!cell.skipReason.isEmpty()) {
            printErr(Tr::tr("%1: skipped (%2)\n").arg(cell.id, cell.skipReason));
            ++skipped;
        }
    }
    printErr(Tr::tr("plan: %1 client%2 x %3 server%4 x %5 test%6: %7 cells to run, %8 "
                    "skipped; at most %9 at once%10\n")
                 .arg(m_matrix.clients.size())
                 .arg(m_matrix.clients.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(m_matrix.servers.size())
                 .arg(m_matrix.servers.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(m_matrix.tests.size())
                 .arg(m_matrix.tests.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(m_cells.size() - skipped)
                 .arg(skipped)
                 .arg(options.concurrency)
                 .arg(options.maxPerHost > 0 ? Tr::tr(", %1 per host").arg(options.maxPerHost)
                                             : QString()));
    connect(&runner, &JobRunner::jobStatusChanged, this,
            [this, &runner](int job, CellStatus status, const QString &reason) {
                if (status == CellStatus::Queued) {
                    printErr(
                        QStringLiteral("%1: %2\n").arg(runner.scheduler().job(job).cell, reason));
                    return;
                }
                if (status == CellStatus::Done || status == CellStatus::Failed ||
                    status == CellStatus::Skipped)
                    onJobStatus(runner, job);
            });
}

namespace {

// The figure a cell's runs of one job give: summed over instances.
struct Figure {
    double value = 0;
    bool transactions = false;
    bool ok = false;
};

Figure figureOf(const QList<RunResult> &runs) {
    Figure f;
    for (const RunResult &r : runs) {
        if (r.status == RunStatus::Error)
            continue;
        if (r.summary.throughputBps) {
            f.value += *r.summary.throughputBps;
            f.ok = true;
        } else if (r.summary.transactionsPerS) {
            f.value += *r.summary.transactionsPerS;
            f.transactions = true;
            f.ok = true;
        }
    }
    return f;
}

QString figureText(const Figure &f) {
    return f.transactions ? Format::number(f.value, 1) + QStringLiteral(" trans/s")
                          : Format::bitrate(f.value);
}

} // namespace

void PlanRun::onJobStatus(JobRunner &runner, int job) {
    ++m_jobsDone;
    const QList<RunResult> all = runner.results();
    QList<RunResult> runs;
    for (int i = 0; i < m_runJob.size(); ++i) {
        if (m_runJob.at(i) == job)
            runs << all.value(i);
    }
    const PlanScheduler &scheduler = runner.scheduler();
    QString line =
        QStringLiteral("[%1/%2] %3: ").arg(m_jobsDone).arg(m_jobs).arg(scheduler.job(job).cell);
    const CellStatus status = scheduler.status(job);
    const Figure f = figureOf(runs);
    if (status == CellStatus::Done) {
        line += QStringLiteral("done, ") + figureText(f);
    } else {
        line += toString(status) + QStringLiteral(": ") + scheduler.reason(job);
        if (f.ok)
            line += QStringLiteral(" (measured ") + figureText(f) + QLatin1Char(')');
    }
    if (runs.size() > 1)
        line += QStringLiteral(" over %1 instances").arg(runs.size());
    if (scheduler.attempts(job) > 1)
        line += QStringLiteral(", attempt %1").arg(scheduler.attempts(job));
    printErr(line + QLatin1Char('\n'));
}

QString PlanRun::table(const QList<RunResult> &results) const {
    // Per cell: the figure of each job (instances summed), then the mean over repeats.
    QHash<QString, QList<Figure>> byCell;
    QHash<QString, bool> failed;
    QHash<int, QList<RunResult>> byJob;
    for (int i = 0; i < results.size() && i < m_runJob.size(); ++i)
        byJob[m_runJob.at(i)] << results.at(i);
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        const QString cell = it.value().first().cell;
        const Figure f = figureOf(it.value());
        bool allOk = true;
        for (const RunResult &r : it.value())
            allOk = allOk && r.status == RunStatus::Ok;
        if (f.ok && allOk)
            byCell[cell] << f;
        else
            failed[cell] = true;
    }
    QString out;
    for (int t = 0; t < m_matrix.tests.size(); ++t) {
        QList<QStringList> rows;
        QStringList header{m_matrix.testName(t).isEmpty()
                               ? QStringLiteral("client \\ server")
                               : m_matrix.testName(t) + QStringLiteral(": client \\ server")};
        header += m_matrix.servers;
        rows << header;
        for (const QString &client : m_matrix.clients) {
            QStringList row{client};
            for (const QString &server : m_matrix.servers) {
                const TestMatrix::Cell *cell = nullptr;
                for (const TestMatrix::Cell &c : m_cells) {
                    if (c.client == client && c.server == server && c.test == t)
                        cell = &c;
                }
                if (!cell || !cell->skipReason.isEmpty()) {
                    row << QStringLiteral("-");
                    continue;
                }
                const QList<Figure> figures = byCell.value(cell->id);
                if (figures.isEmpty()) {
                    row << QStringLiteral("failed");
                    continue;
                }
                Figure mean = figures.first();
                mean.value = 0;
                for (const Figure &f : figures)
                    mean.value += f.value / double(figures.size());
                row << figureText(mean) +
                           (failed.value(cell->id) ? Tr::tr(" (some failed)") : QString());
            }
            rows << row;
        }
        QList<int> widths(header.size(), 0);
        for (const QStringList &row : std::as_const(rows)) {
            for (int c = 0; c < row.size(); ++c)
                widths[c] = qMax(widths[c], int(row.at(c).size()));
        }
        for (const QStringList &row : std::as_const(rows)) {
            QString line;
            for (int c = 0; c < row.size(); ++c)
                line += (c == 0 ? row.at(c).leftJustified(widths[c])
                                : QStringLiteral("  ") + row.at(c).rightJustified(widths[c]));
            out += line.trimmed() + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Perfdeck::Cli

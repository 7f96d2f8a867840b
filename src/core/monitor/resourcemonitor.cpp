#include "monitor/resourcemonitor.h"

#include "exec/hostlauncher.h"
#include "exec/testrun.h"
#include "exec/toolrun.h"
#include "monitor/hostresourcesampler.h"

#include <QSet>

#include <algorithm>

namespace Perfdeck {

namespace {

// About ten hours at 1 s: a batch longer than that keeps its latest rows.
constexpr qsizetype MaxHostRows = 36000;

OptDouble rate(qint64 now, qint64 before, double seconds, double scale = 1) {
    // A counter that went backwards was reset (an interface re-created): no rate.
    if (now < before || seconds <= 0)
        return std::nullopt;
    return double(now - before) * scale / seconds;
}

// The tool a group runs: a shell there is a wrapper (a remote host's, or a user's script
// around the tool), so the first member that is not one names it.
QString programOf(const QList<ProcStat> &members, qint64 leader) {
    static const QStringList shells{QStringLiteral("sh"), QStringLiteral("dash"),
                                    QStringLiteral("bash"), QStringLiteral("perfdeck-gate")};
    QString name;
    for (const ProcStat &m : members) {
        if (!shells.contains(m.comm))
            return m.comm;
        if (m.pid == leader || name.isEmpty())
            name = m.comm;
    }
    return name;
}

} // namespace

ResourceMonitor::ResourceMonitor(QObject *parent)
    : QObject(parent) {
    m_clock.start();
    // A run's processes appear after its start (the server first, then the client).
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResourceMonitor::refreshProcesses);
}

ResourceMonitor::~ResourceMonitor() {
    stopAll();
}

void ResourceMonitor::setIntervalS(double seconds) {
    m_intervalS = std::clamp(seconds, 0.1, 60.0);
}

QString ResourceMonitor::samplerKey(const HostLauncher *launcher) {
    // Every local launcher (loopback inventory hosts too) is this machine: one sampler.
    return launcher->isLocal() ? QStringLiteral("local") : launcher->hostName();
}

void ResourceMonitor::ensureSampler(HostLauncher *launcher) {
    const QString key = samplerKey(launcher);
    if (m_hosts.contains(key))
        return;
    HostState &state = m_hosts[key];
    state.sampler = new HostResourceSampler(launcher, m_intervalS, this);
    connect(state.sampler, &HostResourceSampler::snapshot, this,
            [this, key](const ProcSnapshot &snap) { onSnapshot(key, snap); });
    connect(state.sampler, &HostResourceSampler::ended, this, [this, key](const QString &reason) {
        m_hosts[key].endedReason = reason;
        Q_EMIT samplerEnded(key, reason);
    });
    state.sampler->start();
}

void ResourceMonitor::track(int index, TestRun *run) {
    if (!m_enabled || !run)
        return;
    Tracked t;
    t.run = run;
    t.startedAt = now();
    t.usage.intervalS = m_intervalS;
    if (auto *toolRun = qobject_cast<ToolRun *>(run)) {
        for (HostLauncher *l : {toolRun->hosts().client, toolRun->hosts().server}) {
            if (!l)
                continue;
            if (!run->spec().usesEmbeddedServer() && l == toolRun->hosts().server &&
                l != toolRun->hosts().client)
                continue; // an external server: not ours to watch
            ensureSampler(l);
            if (!t.samplerKeys.contains(samplerKey(l)))
                t.samplerKeys << samplerKey(l);
        }
    }
    if (t.samplerKeys.isEmpty())
        return;
    m_runs.insert(index, t);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ResourceMonitor::refreshProcesses() {
    QHash<QString, QList<qint64>> groups; // by sampler key
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        Tracked &t = it.value();
        if (t.run) {
            auto *toolRun = qobject_cast<ToolRun *>(t.run.data());
            for (const TestRun::Process &p : t.run->processes()) {
                const bool known = std::any_of(
                    t.processes.cbegin(), t.processes.cend(),
                    [&](const TrackedProcess &tp) { return tp.role == p.role && tp.pid == p.pid; });
                if (known)
                    continue;
                HostLauncher *l = !toolRun                            ? nullptr
                                  : p.role == QLatin1String("server") ? toolRun->hosts().server
                                                                      : toolRun->hosts().client;
                t.processes << TrackedProcess{p.role, l ? samplerKey(l) : p.host, p.pid, -1};
                ProcessUsage usage;
                usage.host = p.host;
                usage.role = p.role;
                usage.pid = p.pid;
                t.usage.processes << usage;
                t.processes.last().usageIndex = int(t.usage.processes.size() - 1);
            }
        }
        for (const TrackedProcess &p : std::as_const(t.processes))
            groups[p.host] << p.pid;
    }
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it)
        it->sampler->setGroups(groups.value(it.key()));
}

void ResourceMonitor::onSnapshot(const QString &key, const ProcSnapshot &snap) {
    HostState &host = m_hosts[key];
    const double at = now();
    const std::optional<ProcSnapshot> previous = host.previous;
    host.previous = snap;
    const double dt = previous ? snap.uptimeS - previous->uptimeS : 0;
    if (!previous || dt <= 0)
        return;

    // Interfaces
    HostRow row;
    row.at = at;
    host.speeds = snap.speedsBps;
    QHash<QString, NetDevCounters> before;
    for (const NetDevCounters &c : previous->interfaces)
        before.insert(c.name, c);
    for (const NetDevCounters &c : snap.interfaces) {
        const auto b = before.constFind(c.name);
        if (b == before.cend())
            continue;
        InterfaceSample s;
        s.rxBps = rate(c.rxBytes, b->rxBytes, dt, 8);
        s.txBps = rate(c.txBytes, b->txBytes, dt, 8);
        s.rxPps = rate(c.rxPackets, b->rxPackets, dt);
        s.txPps = rate(c.txPackets, b->txPackets, dt);
        s.rxErrorsPerS = rate(c.rxErrors, b->rxErrors, dt);
        s.txErrorsPerS = rate(c.txErrors, b->txErrors, dt);
        s.rxDropsPerS = rate(c.rxDrops, b->rxDrops, dt);
        s.txDropsPerS = rate(c.txDrops, b->txDrops, dt);
        if (const auto speed = snap.speedsBps.constFind(c.name); speed != snap.speedsBps.cend())
            s.utilisationPercent =
                100.0 * std::max(s.rxBps.value_or(0), s.txBps.value_or(0)) / *speed;
        row.interfaces.insert(c.name, s);
    }
    host.rows << row;
    if (host.rows.size() > MaxHostRows)
        host.rows.remove(0, host.rows.size() - MaxHostRows);

    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        Tracked &t = it.value();
        bool sampled = false;
        for (const TrackedProcess &p : std::as_const(t.processes)) {
            if (p.host != key)
                continue;
            const QList<ProcStat> members = snap.groupMembers(p.pid);
            if (members.isEmpty())
                continue; // not started yet, or over
            ProcessUsage &usage = t.usage.processes[p.usageIndex];
            usage.program = programOf(members, p.pid);
            ProcessSample s;
            s.t = at - t.startedAt;
            s.cpuPercent = ProcSnapshot::groupCpuPercent(*previous, snap, p.pid);
            s.rssBytes = snap.groupRssBytes(p.pid);
            usage.samples << s;
            const bool client = p.role == QLatin1String("client");
            (client ? t.latest.clientCpuPercent : t.latest.serverCpuPercent) = s.cpuPercent;
            (client ? t.latest.clientRssBytes : t.latest.serverRssBytes) = s.rssBytes;
            sampled = true;
        }
        if (sampled)
            Q_EMIT runSampled(it.key());
    }
    Q_EMIT interfacesSampled(key);
}

std::optional<ResourceUsage> ResourceMonitor::finish(int index) {
    const auto found = m_runs.constFind(index);
    if (found == m_runs.cend())
        return std::nullopt;
    Tracked t = *found;
    m_runs.erase(found);
    if (m_runs.isEmpty())
        m_refreshTimer.stop();
    ResourceUsage usage = t.usage;
    // A process that was never sampled (ended before the second snapshot) tells nothing.
    usage.processes.removeIf([](const ProcessUsage &p) { return p.samples.isEmpty(); });
    const double end = now();
    for (const QString &key : std::as_const(t.samplerKeys)) {
        const auto hostIt = m_hosts.constFind(key);
        if (hostIt == m_hosts.cend())
            continue; // forgotten with its launcher
        const HostState &host = *hostIt;
        if (!host.endedReason.isEmpty())
            usage.notes << host.endedReason;
        QMap<QString, InterfaceUsage> byName; // sorted by name
        for (const HostRow &row : host.rows) {
            if (row.at < t.startedAt || row.at > end)
                continue;
            for (auto it = row.interfaces.cbegin(); it != row.interfaces.cend(); ++it) {
                InterfaceUsage &i = byName[it.key()];
                i.host = key;
                i.name = it.key();
                InterfaceSample s = it.value();
                s.t = row.at - t.startedAt;
                i.samples << s;
            }
        }
        for (InterfaceUsage &i : byName) {
            // Interfaces that carried nothing during the run are left out.
            if (i.max(&InterfaceSample::rxBps).value_or(0) <= 0 &&
                i.max(&InterfaceSample::txBps).value_or(0) <= 0)
                continue;
            if (const auto speed = host.speeds.constFind(i.name); speed != host.speeds.cend())
                i.speedBps = *speed;
            usage.interfaces << i;
        }
    }
    if (usage.isEmpty() && usage.notes.isEmpty())
        return std::nullopt;
    return usage;
}

void ResourceMonitor::stopAll() {
    m_refreshTimer.stop();
    m_runs.clear();
    for (HostState &host : m_hosts) {
        host.sampler->disconnect(this);
        host.sampler->stop();
        host.sampler->deleteLater();
    }
    m_hosts.clear();
}

void ResourceMonitor::forgetHost(const QString &hostName) {
    const auto it = m_hosts.find(hostName);
    if (it == m_hosts.end())
        return;
    it->sampler->disconnect(this);
    it->sampler->stop();
    delete it->sampler; // its process belongs to the launcher's connection, going away now
    m_hosts.erase(it);
}

ResourceMonitor::RunFigures ResourceMonitor::latest(int index) const {
    return m_runs.value(index).latest;
}

QList<ResourceMonitor::LiveInterface> ResourceMonitor::latestInterfaces() const {
    QList<LiveInterface> out;
    for (auto host = m_hosts.cbegin(); host != m_hosts.cend(); ++host) {
        if (host->rows.isEmpty())
            continue;
        const HostRow &row = host->rows.last();
        for (auto it = row.interfaces.cbegin(); it != row.interfaces.cend(); ++it) {
            if (it->rxBps.value_or(0) <= 0 && it->txBps.value_or(0) <= 0)
                continue;
            out << LiveInterface{host.key(), it.key(), it.value(),
                                 host->speeds.contains(it.key())
                                     ? OptDouble(host->speeds.value(it.key()))
                                     : std::nullopt};
        }
    }
    std::sort(out.begin(), out.end(), [](const LiveInterface &a, const LiveInterface &b) {
        return std::tie(a.host, a.name) < std::tie(b.host, b.name);
    });
    return out;
}

} // namespace Perfdeck

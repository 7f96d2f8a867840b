// What a run cost its hosts: CPU and memory of every process Perfdeck started for it (each
// counted with its process group, so a wrapper script's tool counts), and the traffic of the
// interfaces of its hosts, sampled at the run's interval. Stored per run as "resources"; a
// measuring process near 100 % of a core means the figure may be the host's limit.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

using OptDouble = std::optional<double>;

// One sample of a process group: t is seconds since the run started.
struct ProcessSample {
    double t = 0;
    OptDouble cpuPercent; // user + system, % of one core (200 = two cores busy)
    OptDouble rssBytes;
    bool operator==(const ProcessSample &) const = default;
};

struct ProcessUsage {
    QString host; // inventory name ("local" for this machine)
    QString role; // "client" or "server"
    qint64 pid = 0;
    QString program; // the group leader's command name (iperf3, netperf, netserver)
    QList<ProcessSample> samples;

    OptDouble cpuMeanPercent() const;
    OptDouble cpuP90Percent() const;
    OptDouble cpuMaxPercent() const;
    OptDouble rssMeanBytes() const;
    OptDouble rssMaxBytes() const;
    bool operator==(const ProcessUsage &) const = default;
};

// Rates of one interface between two snapshots; utilisation needs a known link speed.
struct InterfaceSample {
    double t = 0;
    OptDouble rxBps;
    OptDouble txBps;
    OptDouble rxPps;
    OptDouble txPps;
    OptDouble rxErrorsPerS;
    OptDouble txErrorsPerS;
    OptDouble rxDropsPerS;
    OptDouble txDropsPerS;
    // max(rx, tx) against the link speed (full duplex), in %; null when the speed is unknown
    OptDouble utilisationPercent;
    bool operator==(const InterfaceSample &) const = default;
};

struct InterfaceUsage {
    QString host;
    QString name; // "eth0", "lo"; "total" in ResourceUsage::hostTotals()
    // /sys/class/net/IF/speed in bit/s; null where the kernel does not know it (lo, veth)
    OptDouble speedBps;
    QList<InterfaceSample> samples;

    OptDouble mean(OptDouble InterfaceSample::*field) const;
    OptDouble max(OptDouble InterfaceSample::*field) const;
    bool operator==(const InterfaceUsage &) const = default;
};

struct ResourceUsage {
    OptDouble intervalS;
    QList<ProcessUsage> processes;
    QList<InterfaceUsage> interfaces;
    // What could not be measured and why ("host lab-b: sampler ended: connection lost").
    QStringList notes;

    bool isEmpty() const { return processes.isEmpty() && interfaces.isEmpty(); }
    // Per host, the sum of its listed interfaces sample by sample (no utilisation: the
    // links differ).
    QList<InterfaceUsage> hostTotals() const;
    // "client iperf3 on HOST used 97 % of a core: ..." for every process whose mean or p90
    // CPU is above thresholdPercent.
    QStringList cpuBoundWarnings(double thresholdPercent = 90) const;

    QJsonObject toJson() const;
    // Means, maxima and totals are derived: read back from the samples, not the file.
    static ResourceUsage fromJson(const QJsonObject &object);
    bool operator==(const ResourceUsage &) const = default;
};

} // namespace Perfdeck

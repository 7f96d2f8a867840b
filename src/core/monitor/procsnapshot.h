// One look at a host's kernel counters: the /proc/PID/stat of the processes in the watched
// process groups, /proc/net/dev and the interfaces' link speeds. This machine and a remote
// host (a shell loop over SSH) both print the same text, and one parser reads it; rates come
// from two snapshots of the same host.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct ProcStat {
    qint64 pid = 0;
    QString comm;
    qint64 pgrp = 0;
    qint64 ticks = 0;     // utime + stime, in clock ticks
    qint64 startTime = 0; // clock ticks after boot
    qint64 rssPages = 0;
};

struct NetDevCounters {
    QString name;
    qint64 rxBytes = 0;
    qint64 rxPackets = 0;
    qint64 rxErrors = 0;
    qint64 rxDrops = 0;
    qint64 txBytes = 0;
    qint64 txPackets = 0;
    qint64 txErrors = 0;
    qint64 txDrops = 0;
};

struct ProcSnapshot {
    double uptimeS = 0; // /proc/uptime: the clock both snapshots of a host share
    qint64 clockTicks = 100;
    qint64 pageSize = 4096;
    QList<ProcStat> processes;
    QList<NetDevCounters> interfaces;
    // Link speed in bit/s by interface; absent where the kernel does not know it.
    QHash<QString, double> speedsBps;

    // The process group's members.
    QList<ProcStat> groupMembers(qint64 pgrp) const;
    // Resident memory of the group's members; nullopt when none is alive.
    std::optional<double> groupRssBytes(qint64 pgrp) const;
    // User + system CPU the group used between two snapshots of one host, in % of one core:
    // members alive in both count their difference, members born in between all their
    // time. nullopt when the group has no member in after, or the snapshots are not in order.
    static std::optional<double> groupCpuPercent(const ProcSnapshot &before,
                                                 const ProcSnapshot &after, qint64 pgrp);

    // Reads one snapshot: "@snapshot UPTIME CLK_TCK PAGESIZE", stat lines, "@netdev", the
    // /proc/net/dev text, "@speed IF VALUE" lines, "@end". Unreadable lines are skipped;
    // a text without its "@snapshot" line gives nullopt and *error says why.
    static std::optional<ProcSnapshot> parse(const QString &text, QString *error = nullptr);
    // One /proc/PID/stat line (the command name may hold spaces and parentheses).
    static std::optional<ProcStat> parseStat(const QString &line);
    // /proc/net/dev's two header lines and one line per interface.
    static QList<NetDevCounters> parseNetDev(const QString &text);

    // This machine's snapshot text for the given process groups (reads /proc and /sys; call
    // it off the UI thread).
    static QString readLocal(const QList<qint64> &groups);
    // The shell loop a remote host runs: `sh -c SCRIPT sh INTERVAL_S PGID...` prints a
    // snapshot every INTERVAL_S seconds until it is stopped; stat lines are filtered there
    // so that only the watched groups cross the network.
    static QString remoteScript();
};

} // namespace Perfdeck

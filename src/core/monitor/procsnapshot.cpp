#include "monitor/procsnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <unistd.h>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

QByteArray readSmallFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    // /proc files report size 0: read until the end.
    return f.readAll();
}

} // namespace

QList<ProcStat> ProcSnapshot::groupMembers(qint64 pgrp) const {
    QList<ProcStat> out;
    for (const ProcStat &p : processes)
        if (p.pgrp == pgrp)
            out << p;
    return out;
}

std::optional<double> ProcSnapshot::groupRssBytes(qint64 pgrp) const {
    const QList<ProcStat> members = groupMembers(pgrp);
    if (members.isEmpty())
        return std::nullopt;
    qint64 pages = 0;
    for (const ProcStat &m : members)
        pages += m.rssPages;
    return double(pages) * double(pageSize);
}

std::optional<double> ProcSnapshot::groupCpuPercent(const ProcSnapshot &before,
                                                    const ProcSnapshot &after, qint64 pgrp) {
    const double dt = after.uptimeS - before.uptimeS;
    const QList<ProcStat> members = after.groupMembers(pgrp);
    if (dt <= 0 || members.isEmpty())
        return std::nullopt;
    QHash<qint64, ProcStat> earlier;
    for (const ProcStat &p : before.processes)
        earlier.insert(p.pid, p);
    const auto beforeTicks = qint64(before.uptimeS * double(after.clockTicks));
    qint64 ticks = 0;
    for (const ProcStat &m : members) {
        const auto b = earlier.constFind(m.pid);
        if (b != earlier.cend() && b->startTime == m.startTime)
            ticks += std::max<qint64>(0, m.ticks - b->ticks);
        else if (m.startTime >= beforeTicks)
            ticks += m.ticks; // born since the earlier snapshot
    }
    return 100.0 * double(ticks) / (dt * double(after.clockTicks));
}

std::optional<ProcStat> ProcSnapshot::parseStat(const QString &line) {
    // "PID (COMM) STATE PPID PGRP ...": COMM may contain ") ", so the last ')' ends it.
    const qsizetype open = line.indexOf(QLatin1Char('('));
    const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
    if (open < 1 || close < open)
        return std::nullopt;
    bool ok = false;
    ProcStat s;
    s.pid = QStringView(line).left(open).trimmed().toLongLong(&ok);
    if (!ok || s.pid <= 0)
        return std::nullopt;
    s.comm = line.mid(open + 1, close - open - 1);
    const QList<QStringView> f =
        QStringView(line).mid(close + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // f[0] is field 3 (state): field N is f[N - 3].
    if (f.size() < 22)
        return std::nullopt;
    bool okAll = true;
    auto field = [&](int n) {
        bool okField = false;
        const qint64 v = f.at(n - 3).toLongLong(&okField);
        okAll = okAll && okField;
        return v;
    };
    s.pgrp = field(5);
    s.ticks = field(14) + field(15);
    s.startTime = field(22);
    s.rssPages = field(24);
    if (!okAll)
        return std::nullopt;
    return s;
}

QList<NetDevCounters> ProcSnapshot::parseNetDev(const QString &text) {
    QList<NetDevCounters> out;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const qsizetype colon = raw.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue; // the two header lines have '|' instead
        const QString name = raw.left(colon).trimmed();
        const QList<QStringView> f =
            QStringView(raw).mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (name.isEmpty() || f.size() < 16)
            continue;
        bool ok = true;
        auto n = [&](int i) {
            bool fieldOk = false;
            const qint64 v = f.at(i).toLongLong(&fieldOk);
            ok = ok && fieldOk;
            return v;
        };
        NetDevCounters c{name, n(0), n(1), n(2), n(3), n(8), n(9), n(10), n(11)};
        if (ok)
            out << c;
    }
    return out;
}

std::optional<ProcSnapshot> ProcSnapshot::parse(const QString &text, QString *error) {
    ProcSnapshot snap;
    bool haveHeader = false;
    bool inNetDev = false;
    QString netDev;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@snapshot "))) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            snap.uptimeS = f.value(1).toDouble(&ok);
            haveHeader = ok;
            if (const qint64 tck = f.value(2).toLongLong(); tck > 0)
                snap.clockTicks = tck;
            if (const qint64 page = f.value(3).toLongLong(); page > 0)
                snap.pageSize = page;
        } else if (line == QLatin1String("@netdev")) {
            inNetDev = true;
        } else if (line.startsWith(QLatin1String("@speed "))) {
            inNetDev = false;
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            // Mbit/s; -1 (veth, a link that is down) or an empty read (lo: EINVAL) is unknown.
            const double mbps = f.value(2).toDouble(&ok);
            if (f.size() >= 3 && ok && mbps > 0)
                snap.speedsBps.insert(f.at(1), mbps * 1e6);
        } else if (line == QLatin1String("@end")) {
            break;
        } else if (inNetDev) {
            netDev += line + QLatin1Char('\n');
        } else if (!line.isEmpty()) {
            if (const auto stat = parseStat(line))
                snap.processes << *stat;
        }
    }
    if (!haveHeader) {
        if (error)
            *error = Tr::tr("no \"@snapshot UPTIME\" line in the sampler's output");
        return std::nullopt;
    }
    snap.interfaces = parseNetDev(netDev);
    return snap;
}

QString ProcSnapshot::readLocal(const QList<qint64> &groups) {
    const QByteArray uptime = readSmallFile(QStringLiteral("/proc/uptime"));
    QString text = QStringLiteral("@snapshot %1 %2 %3\n")
                       .arg(QString::fromLatin1(uptime.left(uptime.indexOf(' '))))
                       .arg(sysconf(_SC_CLK_TCK))
                       .arg(sysconf(_SC_PAGESIZE));
    if (!groups.isEmpty()) {
        const QSet<qint64> wanted(groups.cbegin(), groups.cend());
        // A group's members are not listed anywhere but in each process's stat.
        const QStringList pids =
            QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            if (pid.isEmpty() || !pid.at(0).isDigit())
                continue;
            const QString line = QString::fromUtf8(
                readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid)).trimmed());
            const auto stat = parseStat(line);
            if (stat && wanted.contains(stat->pgrp))
                text += line + QLatin1Char('\n');
        }
    }
    text += QLatin1String("@netdev\n");
    text += QString::fromLatin1(readSmallFile(QStringLiteral("/proc/net/dev")));
    const QStringList ifaces =
        QDir(QStringLiteral("/sys/class/net")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &i : ifaces) {
        const QByteArray speed =
            readSmallFile(QStringLiteral("/sys/class/net/%1/speed").arg(i)).trimmed();
        text += QStringLiteral("@speed %1 %2\n").arg(i, QString::fromLatin1(speed));
    }
    text += QLatin1String("@end\n");
    return text;
}

QString ProcSnapshot::remoteScript() {
    // $1: interval; the rest: process group ids. awk keeps the stat lines whose 5th field
    // (after the command name, which may hold spaces) is a watched group. getconf may be
    // missing on small systems: the parser then assumes 100 ticks and 4 KiB pages.
    return QStringLiteral("iv=$1; shift; g=\" $* \"; "
                          "tck=$(getconf CLK_TCK 2>/dev/null); pg=$(getconf PAGESIZE 2>/dev/null); "
                          "while :; do "
                          "read -r up rest </proc/uptime; "
                          "echo \"@snapshot $up ${tck:-100} ${pg:-4096}\"; "
                          "if [ -n \"$*\" ]; then "
                          "cat /proc/[0-9]*/stat 2>/dev/null | awk -v g=\"$g\" "
                          "'{ s = $0; sub(/^.*\\) /, \"\", s); split(s, f, \" \"); "
                          "if (index(g, \" \" f[3] \" \")) print }'; "
                          "fi; "
                          "echo @netdev; cat /proc/net/dev; "
                          "for i in /sys/class/net/*; do "
                          "echo \"@speed ${i##*/} $(cat \"$i/speed\" 2>/dev/null)\"; done; "
                          "echo @end; "
                          "sleep \"$iv\" || exit 0; "
                          "done");
}

} // namespace Perfdeck

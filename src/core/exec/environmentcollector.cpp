#include "exec/environmentcollector.h"
#include "util/threadhandoff.h"

#include "exec/hostlauncher.h"
#include "exec/hostprocess.h"
#include "util/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QPromise>
#include <QRegularExpression>
#include <QtConcurrent>
#include <QtEndian>

#include <sys/utsname.h>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QLatin1String kOsRelease("os-release");
const QLatin1String kKernel("kernel");
const QLatin1String kMachine("machine");
const QLatin1String kCpuModel("cpu-model");
const QLatin1String kCpuCount("cpu-count");
const QLatin1String kRoute("route");
const QLatin1String kRoute6("ipv6_route");
const QLatin1String kLocal4("local4");
const QLatin1String kIfInet6("if_inet6");
const QLatin1String kNetdev("netdev");
const QLatin1String kCongestion("tcp_congestion_control");
const QLatin1String kRmemMax("rmem_max");
const QLatin1String kWmemMax("wmem_max");
const QLatin1String kTcpRmem("tcp_rmem");
const QLatin1String kTcpWmem("tcp_wmem");
const QLatin1String kPeer("peer");

QString readText(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0: read to the end in pieces (a sysctl file refuses one read
    // of 4 MiB with ENOMEM), bounded.
    QByteArray bytes;
    while (bytes.size() < 4 * 1024 * 1024) {
        const QByteArray piece = f.read(64 * 1024);
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    return QString::fromUtf8(bytes).trimmed();
}

// Addresses the kernel holds as LOCAL (fib_trie: a "|-- ADDR" line, then "/32 host LOCAL").
QStringList localIpv4(const QString &fibTrie) {
    QStringList out;
    QString last;
    for (const QString &line : fibTrie.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(QLatin1String("|-- "));
        if (at >= 0)
            last = line.mid(at + 4).trimmed();
        else if (line.contains(QLatin1String("host LOCAL")) && !last.isEmpty() &&
                 !out.contains(last))
            out << last;
    }
    return out;
}

QStringList lines(const QString &text) {
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList fields(const QString &line) {
    return line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

std::optional<qint64> integer(const QString &text) {
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

QList<qint64> integers(const QString &text) {
    QList<qint64> out;
    for (const QString &f : fields(text)) {
        const auto v = integer(f);
        if (!v)
            return {};
        out << *v;
    }
    return out;
}

// /proc/net/route prints each address as the CPU-order integer of its network-order bytes.
quint32 routeHex(const QString &hex, bool *ok) {
    return qFromBigEndian(qToLittleEndian(hex.toUInt(ok, 16)));
}

QByteArray ipv6Bytes(const QString &hex) {
    return QByteArray::fromHex(hex.toLatin1());
}

bool prefixMatches(const QByteArray &a, const QByteArray &b, int bits) {
    if (a.size() != 16 || b.size() != 16)
        return false;
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xff : quint8(0xff << (8 - bits));
        if ((quint8(a.at(i)) & mask) != (quint8(b.at(i)) & mask))
            return false;
    }
    return true;
}

} // namespace

EnvironmentCollector::Sections EnvironmentCollector::readLocalSections(const QString &peer) {
    Sections s;
    s.insert(kOsRelease, readText(QStringLiteral("/etc/os-release")));
    s.insert(kKernel, readText(QStringLiteral("/proc/sys/kernel/osrelease")));
    struct utsname u {};
    if (::uname(&u) == 0)
        s.insert(kMachine, QString::fromLocal8Bit(u.machine));
    for (const QString &line : lines(readText(QStringLiteral("/proc/cpuinfo")))) {
        if (line.startsWith(QLatin1String("model name"))) {
            s.insert(kCpuModel, line);
            break;
        }
    }
    const long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus > 0)
        s.insert(kCpuCount, QString::number(cpus));
    s.insert(kRoute, readText(QStringLiteral("/proc/net/route")));
    s.insert(kRoute6, readText(QStringLiteral("/proc/net/ipv6_route")));
    s.insert(kLocal4,
             localIpv4(readText(QStringLiteral("/proc/net/fib_trie"))).join(QLatin1Char('\n')));
    s.insert(kIfInet6, readText(QStringLiteral("/proc/net/if_inet6")));
    QStringList netdev;
    const QDir net(QStringLiteral("/sys/class/net"));
    for (const QString &name : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        netdev << QStringLiteral("%1 %2 %3")
                      .arg(name, readText(net.filePath(name + "/mtu")),
                           readText(net.filePath(name + "/speed")));
    }
    s.insert(kNetdev, netdev.join(QLatin1Char('\n')));
    const QString sys = QStringLiteral("/proc/sys/net/");
    s.insert(kCongestion, readText(sys + QLatin1String("ipv4/tcp_congestion_control")));
    s.insert(kRmemMax, readText(sys + QLatin1String("core/rmem_max")));
    s.insert(kWmemMax, readText(sys + QLatin1String("core/wmem_max")));
    s.insert(kTcpRmem, readText(sys + QLatin1String("ipv4/tcp_rmem")));
    s.insert(kTcpWmem, readText(sys + QLatin1String("ipv4/tcp_wmem")));
    QString address = peer;
    if (!peer.isEmpty() && QHostAddress(peer).isNull()) {
        const QHostInfo info = QHostInfo::fromName(peer);
        address = info.addresses().isEmpty() ? QString() : info.addresses().first().toString();
    }
    s.insert(kPeer, address);
    return s;
}

HostEnvironment EnvironmentCollector::collectLocal(const QString &peer) {
    HostEnvironment e = parse(readLocalSections(peer));
    e.host = QStringLiteral("local");
    e.peer = peer;
    return e;
}

QString EnvironmentCollector::remoteScript(const QString &peer) {
    // Each section is "@@name" and its text; a file that cannot be read gives an empty one.
    // No sysctl(8), ip(8) or lscpu: /proc and /sys are on every Linux host.
    QString script =
        QStringLiteral(
            "LC_ALL=C; export LC_ALL; p=%1; [ -z \"$p\" ] && p=${SSH_CLIENT%% *}; "
            "case \"$p\" in *[!0-9A-Fa-f.:]*) p=$(getent ahosts \"$p\" 2>/dev/null | "
            "awk 'NR==1{print $1}');; esac; "
            "echo @@peer; echo \"$p\"; "
            "echo @@os-release; cat /etc/os-release 2>/dev/null; "
            "echo @@kernel; cat /proc/sys/kernel/osrelease 2>/dev/null; "
            "echo @@machine; uname -m 2>/dev/null; "
            "echo @@cpu-model; grep -m 1 '^model name' /proc/cpuinfo 2>/dev/null; "
            "echo @@cpu-count; getconf _NPROCESSORS_ONLN 2>/dev/null; "
            "echo @@route; cat /proc/net/route 2>/dev/null; "
            "echo @@ipv6_route; cat /proc/net/ipv6_route 2>/dev/null; "
            "echo @@local4; awk '/\\|-- /{a=$2} /host LOCAL/{print a}' /proc/net/fib_trie "
            "2>/dev/null | sort -u; "
            "echo @@if_inet6; cat /proc/net/if_inet6 2>/dev/null; "
            "echo @@netdev; for d in /sys/class/net/*; do echo \"${d##*/} "
            "$(cat \"$d/mtu\" 2>/dev/null) $(cat \"$d/speed\" 2>/dev/null)\"; done; ")
            .arg(shellQuote(peer));
    for (const QLatin1String key : {kCongestion, kTcpRmem, kTcpWmem})
        script += QStringLiteral("echo @@%1; cat /proc/sys/net/ipv4/%1 2>/dev/null; ").arg(key);
    for (const QLatin1String key : {kRmemMax, kWmemMax})
        script += QStringLiteral("echo @@%1; cat /proc/sys/net/core/%1 2>/dev/null; ").arg(key);
    script += QStringLiteral("echo @@end");
    return script;
}

EnvironmentCollector::Sections EnvironmentCollector::splitSections(const QString &output) {
    Sections s;
    QString name;
    QStringList body;
    auto flush = [&] {
        if (!name.isEmpty())
            s.insert(name, body.join(QLatin1Char('\n')).trimmed());
        body.clear();
    };
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            flush();
            name = line.mid(2).trimmed();
        } else {
            body << line;
        }
    }
    flush();
    return s;
}

QString EnvironmentCollector::routeInterface(const QString &address, const Sections &sections) {
    const QHostAddress peer(address);
    if (peer.isNull())
        return {};
    // Loopback and this host's own addresses go through lo (the kernel's local table).
    if (peer.isLoopback())
        return QStringLiteral("lo");
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4) {
        for (const QString &local : lines(sections.value(kLocal4)))
            if (QHostAddress(local.trimmed()) == peer)
                return QStringLiteral("lo");
        QString best;
        int bestBits = -1;
        qint64 bestMetric = 0;
        for (const QString &line : lines(sections.value(kRoute))) {
            const QStringList f = fields(line);
            bool ok1 = false, ok2 = false, ok3 = false;
            if (f.size() < 8 || f.at(0) == QLatin1String("Iface"))
                continue;
            const quint32 dest = routeHex(f.at(1), &ok1);
            const quint32 mask = routeHex(f.at(7), &ok2);
            const uint flags = f.at(3).toUInt(&ok3, 16);
            if (!ok1 || !ok2 || !ok3 || !(flags & 0x1) || (v4 & mask) != dest)
                continue;
            const int bits = qPopulationCount(mask);
            const qint64 metric = f.at(6).toLongLong();
            if (bits > bestBits || (bits == bestBits && metric < bestMetric)) {
                best = f.at(0);
                bestBits = bits;
                bestMetric = metric;
            }
        }
        return best;
    }
    const Q_IPV6ADDR raw = peer.toIPv6Address();
    const QByteArray bytes(reinterpret_cast<const char *>(raw.c), 16);
    for (const QString &line : lines(sections.value(kIfInet6))) {
        const QStringList f = fields(line);
        if (!f.isEmpty() && ipv6Bytes(f.at(0)) == bytes)
            return QStringLiteral("lo");
    }
    QString best;
    int bestBits = -1;
    qint64 bestMetric = 0;
    for (const QString &line : lines(sections.value(kRoute6))) {
        // dest plen src splen nexthop metric refcnt use flags dev
        const QStringList f = fields(line);
        if (f.size() < 10)
            continue;
        bool ok1 = false, ok2 = false;
        const int bits = f.at(1).toInt(&ok1, 16);
        const uint flags = f.at(8).toUInt(&ok2, 16);
        constexpr uint up = 0x1, reject = 0x200;
        if (!ok1 || !ok2 || !(flags & up) || (flags & reject) ||
            !prefixMatches(ipv6Bytes(f.at(0)), bytes, bits))
            continue;
        const qint64 metric = f.at(5).toLongLong(nullptr, 16);
        if (bits > bestBits || (bits == bestBits && metric < bestMetric)) {
            best = f.at(9);
            bestBits = bits;
            bestMetric = metric;
        }
    }
    return best;
}

HostEnvironment EnvironmentCollector::parse(const Sections &s) {
    HostEnvironment e;
    e.collectedAt = QDateTime::currentDateTimeUtc();
    for (const QString &line : lines(s.value(kOsRelease))) {
        if (line.startsWith(QLatin1String("PRETTY_NAME="))) {
            e.os = line.mid(12).trimmed();
            if (e.os.size() >= 2 &&
                (e.os.startsWith(QLatin1Char('"')) || e.os.startsWith(QLatin1Char('\''))))
                e.os = e.os.mid(1, e.os.size() - 2);
        }
    }
    e.kernel = s.value(kKernel).trimmed();
    e.machine = s.value(kMachine).trimmed();
    const QString cpu = s.value(kCpuModel);
    if (const qsizetype colon = cpu.indexOf(QLatin1Char(':')); colon >= 0)
        e.cpuModel = cpu.mid(colon + 1).simplified();
    if (const auto n = integer(s.value(kCpuCount)); n && *n > 0)
        e.cpuCount = int(*n);

    const QString peer = s.value(kPeer).trimmed();
    e.interfaceName = routeInterface(peer, s);
    if (peer.isEmpty())
        e.notes << Tr::tr("the peer's address is not known: no test interface");
    else if (e.interfaceName.isEmpty())
        e.notes << Tr::tr("no route to %1 found").arg(peer);
    for (const QString &line : lines(s.value(kNetdev))) {
        const QStringList f = fields(line);
        if (f.value(0) != e.interfaceName || e.interfaceName.isEmpty())
            continue;
        if (const auto mtu = integer(f.value(1)); mtu && *mtu > 0)
            e.mtu = int(*mtu);
        // Virtual and down links report -1 or nothing: unknown, not 0.
        if (const auto speed = integer(f.value(2)); speed && *speed > 0)
            e.linkSpeedMbps = *speed;
        else
            e.notes << Tr::tr("%1 reports no link speed").arg(e.interfaceName);
    }
    e.congestionControl = s.value(kCongestion).trimmed();
    e.rmemMax = integer(s.value(kRmemMax));
    e.wmemMax = integer(s.value(kWmemMax));
    e.tcpRmem = integers(s.value(kTcpRmem));
    e.tcpWmem = integers(s.value(kTcpWmem));
    if (e.kernel.isEmpty())
        e.notes << Tr::tr("the host's answer had no kernel version (not Linux?)");
    return e;
}

QFuture<HostEnvironment> EnvironmentCollector::collect(HostLauncher *launcher,
                                                       const QString &peer) {
    if (launcher->isLocal())
        return runInPool([peer] { return collectLocal(peer); });
    auto promise = std::make_shared<QPromise<HostEnvironment>>();
    promise->start();
    QFuture<HostEnvironment> future = promise->future();
    HostProcess *process = launcher->createProcess(launcher);
    process->setProgram(QStringLiteral("sh"), {QStringLiteral("-c"), remoteScript(peer)});
    process->setTimeout(20000);
    process->setCaptureStdout(true);
    const QString host = launcher->hostName();
    QObject::connect(process, &HostProcess::finished, process,
                     [process, promise, host, peer](int exitCode, const QString &description) {
                         const QString out = QString::fromUtf8(process->capturedStdout().join());
                         HostEnvironment e = parse(splitSections(out));
                         e.host = host;
                         e.peer = peer;
                         if (!out.contains(QLatin1String("@@end")))
                             e.notes << Tr::tr("environment of %1 not collected: %2")
                                            .arg(host, description.isEmpty()
                                                           ? QStringLiteral("exit %1").arg(exitCode)
                                                           : description);
                         promise->addResult(e);
                         promise->finish();
                         process->deleteLater();
                     });
    process->start();
    return future;
}

} // namespace Perfdeck

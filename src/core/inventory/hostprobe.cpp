#include "inventory/hostprobe.h"

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <sys/statvfs.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::HostProbe {

namespace {

void readLoad(const QString &text, HostStatus *status) {
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok1 = false, ok5 = false, ok15 = false;
    const double l1 = parts.value(0).toDouble(&ok1);
    const double l5 = parts.value(1).toDouble(&ok5);
    const double l15 = parts.value(2).toDouble(&ok15);
    if (ok1 && ok5 && ok15) {
        status->load1 = l1;
        status->load5 = l5;
        status->load15 = l15;
    }
}

} // namespace

QString shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void probeLocal(const Host &host, HostStatus *status) {
    const Iperf3Info iperf3 = Iperf3Info::probe(host.iperf3Path);
    if (iperf3.found) {
        status->iperf3Path = iperf3.path;
        status->iperf3Version = iperf3.versionString();
    } else {
        status->notes << QStringLiteral("iperf3: %1").arg(iperf3.error);
    }
    const NetperfInfo netperf = NetperfInfo::probe(host.netperfPath);
    if (netperf.found) {
        status->netperfPath = netperf.path;
        status->netperfVersion = netperf.versionString();
    } else {
        status->notes << QStringLiteral("netperf: %1").arg(netperf.error);
    }
    status->netserverPath = netperf.netserverPath;

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        readLoad(QString::fromLatin1(loadavg.readAll()), status);
    status->cpuCount = QThread::idealThreadCount();

    // Free space where Perfdeck keeps sessions and results.
    const QString home = QDir::homePath();
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(home).constData(), &fs) == 0) {
        status->diskFreeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        status->diskPath = home;
    }
}

QString remoteCommand(const Host &host) {
    const QString iperf3 =
        shellQuote(host.iperf3Path.isEmpty() ? QStringLiteral("iperf3") : host.iperf3Path);
    const QString netperf =
        shellQuote(host.netperfPath.isEmpty() ? QStringLiteral("netperf") : host.netperfPath);
    // `command -v` finds a tool on PATH and accepts an absolute path; netserver is looked
    // for beside netperf first, as NetperfInfo does locally.
    return QStringLiteral("LC_ALL=C; export LC_ALL; "
                          "p=$(command -v %1 2>/dev/null); echo \"PD_IPERF3_PATH=$p\"; "
                          "[ -n \"$p\" ] && \"$p\" --version 2>&1 | head -n 1 | sed "
                          "'s/^/PD_IPERF3_VERSION=/'; "
                          "n=$(command -v %2 2>/dev/null); echo \"PD_NETPERF_PATH=$n\"; "
                          "[ -n \"$n\" ] && \"$n\" -V 2>&1 | grep -m 1 'Netperf version' | "
                          "sed 's/^/PD_NETPERF_VERSION=/'; "
                          "s=''; [ -n \"$n\" ] && [ -x \"$(dirname \"$n\")/netserver\" ] && "
                          "s=\"$(dirname \"$n\")/netserver\"; "
                          "[ -z \"$s\" ] && s=$(command -v netserver 2>/dev/null); "
                          "echo \"PD_NETSERVER_PATH=$s\"; "
                          "echo \"PD_LOADAVG=$(cat /proc/loadavg 2>/dev/null)\"; "
                          "echo \"PD_NPROC=$(getconf _NPROCESSORS_ONLN 2>/dev/null)\"; "
                          "df -Pk \"$HOME\" 2>/dev/null | tail -n 1 | sed 's/^/PD_DF=/'; "
                          "echo PD_END")
        .arg(iperf3, netperf);
}

void parseRemoteOutput(const QString &output, HostStatus *status) {
    bool complete = false;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line == QLatin1String("PD_END"))
            complete = true;
        if (!line.startsWith(QLatin1String("PD_")) || eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("PD_IPERF3_PATH")) {
            status->iperf3Path = value;
        } else if (key == QLatin1String("PD_IPERF3_VERSION")) {
            const Iperf3Info info = Iperf3Info::fromVersionOutput(value);
            status->iperf3Version = info.major > 0 ? info.versionString() : value;
        } else if (key == QLatin1String("PD_NETPERF_PATH")) {
            status->netperfPath = value;
        } else if (key == QLatin1String("PD_NETPERF_VERSION")) {
            const NetperfInfo info = NetperfInfo::fromVersionOutput(value);
            status->netperfVersion = info.major > 0 ? info.versionString() : value;
        } else if (key == QLatin1String("PD_NETSERVER_PATH")) {
            status->netserverPath = value;
        } else if (key == QLatin1String("PD_LOADAVG")) {
            readLoad(value, status);
        } else if (key == QLatin1String("PD_NPROC")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (ok && n > 0)
                status->cpuCount = n;
        } else if (key == QLatin1String("PD_DF")) {
            // Filesystem 1024-blocks Used Available Capacity Mounted-on
            const QStringList f = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            const qint64 availableKiB = f.value(3).toLongLong(&ok);
            if (f.size() >= 6 && ok) {
                status->diskFreeBytes = availableKiB * 1024;
                status->diskPath = f.mid(5).join(QLatin1Char(' '));
            }
        }
    }
    if (!complete)
        status->notes << Tr::tr("the host's answer was cut short");
    if (status->iperf3Path.isEmpty())
        status->notes << Tr::tr("iperf3 not found on the host's PATH");
    if (status->netserverPath.isEmpty())
        status->notes << Tr::tr("netserver not found");
}

} // namespace Perfdeck::HostProbe

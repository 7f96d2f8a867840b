// Shared parts of the fault matrix (tests/faults): a tool folder whose unique path marks every
// iperf3/netserver/probe a case starts (so orphans are found by their command line, never by a
// tool name that other tests use too), this test as the subreaper of whatever perfdeck-cli
// leaves behind, perfdeck-cli runs that are timed and may be killed mid-way, small tmpfs mounts
// (disk full, read-only), and network namespaces the case creates and deletes.
#pragma once

#include "../integration/testhelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Faults {

inline QString randomTag() {
    return QString::number(QRandomGenerator::global()->generate64() % 2176782336ULL, 36);
}

inline bool sh(const QStringList &args, QString *error = nullptr, int timeoutMs = 20000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(args.value(0), args.mid(1));
    const bool ok =
        p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(p.readAll());
    return ok;
}

inline bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                         QFileDevice::ExeOther);
    return true;
}

inline QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A folder with links named iperf3, netperf, netserver to the real tools. Its path is unique
// to this test run: a process whose command line holds it was started by this case.
class ToolDir {
public:
    ToolDir()
        : m_dir(QDir::tempPath() + QStringLiteral("/pdfault-") + randomTag() +
                QStringLiteral("-XXXXXX")) {
        // Other users (the sshd fixture's login user) run the tools from here too.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        for (const char *tool : {"iperf3", "netperf", "netserver"}) {
            const QString real = QStandardPaths::findExecutable(QString::fromLatin1(tool));
            if (!real.isEmpty())
                QFile::link(real, path(QString::fromLatin1(tool)));
        }
    }
    QString marker() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString iperf3() const { return path(QStringLiteral("iperf3")); }
    QString netperf() const { return path(QStringLiteral("netperf")); }

    // PIDs of live (or unreaped) processes whose command line holds this folder's path.
    QList<qint64> processes(const QString &extra = QString()) const {
        QList<qint64> result;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok || pid == ::getpid())
                continue;
            const QString cmd = TestHelpers::commandOf(pid);
            if (cmd.contains(marker()) && (extra.isEmpty() || cmd.contains(extra)))
                result << pid;
        }
        return result;
    }
    static QString describe(const QList<qint64> &pids) {
        QStringList parts;
        for (qint64 pid : pids)
            parts << QStringLiteral("%1 (%2)").arg(pid).arg(TestHelpers::commandOf(pid));
        return parts.join(QLatin1String(", "));
    }
    // Waits up to ms for every marked process to end; returns those left. Reaps our own
    // (adopted) zombies meanwhile, so an orphan that exited is not counted as alive.
    QList<qint64> orphansAfter(int ms) const {
        QElapsedTimer t;
        t.start();
        QList<qint64> left;
        do {
            reapAdopted();
            left = processes();
            if (left.isEmpty())
                return left;
            QThread::msleep(100);
        } while (t.elapsed() < ms);
        return left;
    }
    // Kills what a failed case left (only marked processes, by PID).
    void killLeftovers() const {
        for (qint64 pid : processes())
            ::kill(pid_t(pid), SIGKILL);
        QThread::msleep(100);
        reapAdopted();
    }
    static void reapAdopted() {
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }

private:
    QTemporaryDir m_dir;
};

// Makes this test the subreaper of its descendants: what perfdeck-cli (or an sshd session)
// leaves behind when it dies is re-parented here, not to init, so it can be found and reaped.
inline void becomeSubreaper() {
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
}

// perfdeck-cli started in the background: read its stderr as it comes, kill it, time it.
class Cli {
public:
    Cli() { m_process.setProcessChannelMode(QProcess::SeparateChannels); }
    ~Cli() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void start(const QStringList &args) {
        m_clock.start();
        m_process.start(QStringLiteral(PERFDECK_CLI), args);
        m_process.waitForStarted(10000);
    }
    qint64 pid() const { return m_process.processId(); }
    // Reads stderr until it holds needle; false when the time is up or the CLI ended first.
    bool waitForStderr(const QByteArray &needle, int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            m_err += m_process.readAllStandardError();
            if (m_err.contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return m_err.contains(needle);
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    // Waits for the exit; false (and the process killed) when it takes longer than ms.
    bool finish(int ms) {
        const bool done = m_process.waitForFinished(ms);
        m_seconds = m_clock.elapsed() / 1000.0;
        if (!done) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_err += m_process.readAllStandardError();
        m_out += m_process.readAllStandardOutput();
        m_exitCode =
            done && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        return done;
    }
    int exitCode() const { return m_exitCode; }
    double seconds() const { return m_seconds; }
    QString err() const { return QString::fromUtf8(m_err); }
    QString out() const { return QString::fromUtf8(m_out); }
    QString said() const { return err() + out(); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_err;
    QByteArray m_out;
    int m_exitCode = -1;
    double m_seconds = 0;
};

// A tmpfs of a few KiB mounted on a fresh folder (root only); unmounted in the destructor.
class SmallDisk {
public:
    explicit SmallDisk(int kib) {
        m_ok = m_dir.isValid() &&
               sh({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
                   QStringLiteral("-o"), QStringLiteral("size=%1k,mode=0777").arg(kib),
                   QStringLiteral("pdfault"), m_dir.path()},
                  &m_error);
    }
    ~SmallDisk() {
        if (m_ok)
            sh({QStringLiteral("umount"), QStringLiteral("-l"), m_dir.path()});
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool makeReadOnly() {
        return sh({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"),
                   m_dir.path()},
                  &m_error);
    }
    // Fills what is left with one file, so the next write of more than a few bytes fails.
    bool fill() {
        QFile f(path(QStringLiteral("filler")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        f.close();
        // Byte by byte up to the last free one.
        QFile g(path(QStringLiteral("filler2")));
        if (!g.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return true;
        while (g.write("x", 1) == 1) {
        }
        return true;
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/pdfault-disk-XXXXXX")};
    bool m_ok = false;
    QString m_error;
};

// A veth pair between this machine (hostSide) and a network namespace (nsSide), with names
// unique to this run; deleted in the destructor.
class Netns {
public:
    Netns() {
        const QString tag = randomTag();
        const quint32 n = QRandomGenerator::global()->bounded(1u, 250u);
        const quint32 m = QRandomGenerator::global()->bounded(1u, 250u);
        m_name = QStringLiteral("pdf_") + tag;
        m_hostIf = QStringLiteral("pdfh") + tag;
        m_nsIf = QStringLiteral("pdfn") + tag;
        m_hostSide = QStringLiteral("10.%1.%2.1").arg(100 + n % 100).arg(m);
        m_nsSide = QStringLiteral("10.%1.%2.2").arg(100 + n % 100).arg(m);
        const QString ip = QStringLiteral("ip");
        m_ok =
            sh({ip, "netns", "add", m_name}, &m_error) &&
            sh({ip, "link", "add", m_hostIf, "type", "veth", "peer", "name", m_nsIf}, &m_error) &&
            sh({ip, "link", "set", m_nsIf, "netns", m_name}, &m_error) &&
            sh({ip, "addr", "add", m_hostSide + "/24", "dev", m_hostIf}, &m_error) &&
            sh({ip, "link", "set", m_hostIf, "up"}, &m_error) &&
            sh({ip, "-n", m_name, "addr", "add", m_nsSide + "/24", "dev", m_nsIf}, &m_error) &&
            sh({ip, "-n", m_name, "link", "set", m_nsIf, "up"}, &m_error) &&
            sh({ip, "-n", m_name, "link", "set", "lo", "up"}, &m_error);
    }
    ~Netns() {
        sh({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), m_hostIf});
        sh({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_name});
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString hostSide() const { return m_hostSide; }
    QString nsSide() const { return m_nsSide; }
    bool setHostLink(bool up) {
        return sh({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), m_hostIf,
                   up ? QStringLiteral("up") : QStringLiteral("down")},
                  &m_error);
    }
    // Drops `percent` % of the packets entering the namespace (nftables numgen), except those
    // of TCP port `sparePort` (0: none spared); only those of `protocol` (udp, tcp) if given.
    bool addLoss(int percent, int sparePort = 0, const QString &protocol = QString()) {
        const QStringList nft{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                              m_name, QStringLiteral("nft")};
        const QString chain = QStringLiteral("add rule inet pdfault in ");
        QStringList rules;
        if (sparePort)
            rules << chain + QStringLiteral("tcp dport %1 accept").arg(sparePort)
                  << chain + QStringLiteral("tcp sport %1 accept").arg(sparePort);
        rules << chain +
                     (protocol.isEmpty() ? QString()
                                         : QStringLiteral("meta l4proto %1 ").arg(protocol)) +
                     QStringLiteral("numgen random mod 100 < %1 drop").arg(percent);
        bool ok = sh(nft + QStringList{QStringLiteral("add table inet pdfault")}, &m_error) &&
                  sh(nft + QStringList{QStringLiteral("add chain inet pdfault in { type filter "
                                                      "hook input priority 0 ; }")},
                     &m_error);
        for (const QString &rule : std::as_const(rules))
            ok = ok && sh(nft + QStringList{rule}, &m_error);
        return ok;
    }
    // Starts a program inside the namespace (ip netns exec execs it: the PID is the program's).
    void startInside(QProcess &p, const QString &program, const QStringList &args) const {
        p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        p.start(QStringLiteral("ip"),
                QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name, program} +
                    args);
    }

private:
    QString m_name;
    QString m_hostIf;
    QString m_nsIf;
    QString m_hostSide;
    QString m_nsSide;
    QString m_error;
    bool m_ok = false;
};

} // namespace Faults

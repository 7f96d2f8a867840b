// Shared helpers of the integration tests: free loopback ports, process liveness, children of
// a PID, and an iperf3 server the test owns (killed by PID at the end of the test).
#pragma once

#include "exec/jobrunner.h"
#include "exec/portallocator.h"
#include "model/enums.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

// QCOMPARE on Perfdeck enums, printed with their JSON spelling when they differ.
#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(Perfdeck::toString(actual), Perfdeck::toString(expected))

namespace TestHelpers {

struct CliResult {
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs the perfdeck-cli binary under test and collects its exit code and output.
inline CliResult runCli(const QStringList &args, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(PERFDECK_CLI), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QJsonObject readJson(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Reads a running process's stderr until it contains needle (or the time is up).
inline QByteArray waitForStderr(QProcess &p, const QByteArray &needle, int timeoutMs) {
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (!err.contains(needle) && t.elapsed() < timeoutMs) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    return err;
}

// Everything a JobRunner reports, with the time each live sample arrived.
struct Recorder {
    QList<Perfdeck::IntervalSample> samples;
    QList<qint64> sampleTimes;
    QList<Perfdeck::RunResult> results;
    QStringList log;
    QElapsedTimer clock;
    bool done = false;
    qint64 doneAt = 0;
};

inline void record(Perfdeck::JobRunner &runner, Recorder &r) {
    using Perfdeck::JobRunner;
    r.clock.start();
    QObject::connect(&runner, &JobRunner::intervalSample, &runner,
                     [&r](int, const Perfdeck::IntervalSample &s) {
                         r.samples << s;
                         r.sampleTimes << r.clock.elapsed();
                     });
    QObject::connect(&runner, &JobRunner::runFinished, &runner,
                     [&r](int, const Perfdeck::RunResult &res) { r.results << res; });
    QObject::connect(&runner, &JobRunner::logLine, &runner,
                     [&r](int, const QString &origin, const QString &line) {
                         r.log << origin + QLatin1String(": ") + line;
                     });
    QObject::connect(&runner, &JobRunner::finished, &runner, [&r] {
        r.done = true;
        r.doneAt = r.clock.elapsed();
    });
}

inline bool processExists(qint64 pid) {
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    // A zombie is gone for our purposes only once reaped; treat it as alive so tests catch
    // parents that forget to reap.
    return true;
}

inline QList<qint64> childrenOf(qint64 parent) {
    QList<qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            result << pid;
    }
    return result;
}

inline QString commandOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll()).replace(QChar(0), QLatin1Char(' ')).trimmed();
}

// The soft RLIMIT_AS of a process from /proc/PID/limits: "unlimited", a byte count, or empty
// when the process is gone.
inline QString addressSpaceLimit(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Max address space"))
            return QString::fromLatin1(line.mid(26).simplified().split(' ').value(0));
    }
    return QString();
}

// Runs a command (no shell: every argument is its own word) with a time limit; on failure
// *error gets the command line and its merged output.
inline bool runCommand(const QStringList &args, QString *error = nullptr, int timeoutMs = 20000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(args.value(0), args.mid(1));
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(3000);
    }
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(p.readAll());
    return ok;
}

inline quint16 freePort() {
    const quint16 port = Perfdeck::PortAllocator::instance().allocate(QHostAddress::LocalHost);
    Perfdeck::PortAllocator::instance().release(port);
    return port;
}

inline bool iperf3Available() {
    return !QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty();
}

// An iperf3 server (not one-off) that the test starts on 127.0.0.1 and kills in its destructor.
class OwnIperf3Server {
public:
    explicit OwnIperf3Server(quint16 port)
        : m_port(port) {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("iperf3"),
                        {QStringLiteral("-s"), QStringLiteral("-B"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"), QString::number(port),
                         QStringLiteral("--forceflush")});
    }
    ~OwnIperf3Server() { kill(); }
    bool waitListening(int ms = 5000) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            m_output += m_process.readAll();
            if (m_output.contains("Server listening"))
                return true;
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    void kill() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    // Everything the server printed so far (reads without blocking: poll it with QTRY_*).
    QByteArray output() {
        m_output += m_process.readAll();
        return m_output;
    }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port;
};

} // namespace TestHelpers

namespace TestHelpers {

// What `promtool check metrics` finds wrong with a metrics page, except the one lint rule the
// documented metric names break on purpose: promtool 2.42 wants every unit in bytes, and the
// names asked for (perfdeck_run_throughput_bits_per_second) are in bits, like the tools'
// figures. A parse error or any other lint problem is returned.
inline QStringList promtoolProblems(const QByteArray &page) {
    QProcess check;
    check.start(QStandardPaths::findExecutable(QStringLiteral("promtool")),
                {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!check.waitForStarted())
        return {QStringLiteral("promtool did not start")};
    check.write(page);
    check.closeWriteChannel();
    if (!check.waitForFinished(20000))
        return {QStringLiteral("promtool did not finish")};
    const QString out =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    static const QRegularExpression bits(QStringLiteral(
        R"(^perfdeck_run_(reverse_)?throughput_bits_per_second use base unit "bytes" instead of "bits"$)"));
    QStringList problems;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!bits.match(line.trimmed()).hasMatch())
            problems << line;
    }
    // Exit 3 is "lint problems"; anything else but 0 (1: parse error) is a failure itself.
    if (check.exitCode() != 0 && check.exitCode() != 3)
        problems << QStringLiteral("promtool exit code %1").arg(check.exitCode());
    return problems;
}

} // namespace TestHelpers

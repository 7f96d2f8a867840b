#include "ssh/sshremoteprocess.h"

#include "ssh/sshconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QString kPidMarker = QStringLiteral("@perfdeck-pid ");

// Single quotes for the remote POSIX shell, always (also for "safe" words: one rule, no
// judgement calls): ' becomes '\'' .
QString quoteAlways(const QString &s) {
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Runs "$@" in the background of a /bin/sh whose PID is the process group (sshd calls setsid()
// for each session) and reports that PID. A watchdog reads the channel's stdin: when it ends
// (Perfdeck stops the tool, or the connection drops and sshd closes the pipe) the whole group
// gets SIGTERM, then SIGKILL once the tool is gone or 3 s have passed. The shell ignores TERM
// (set after the tool started, so the tool does not inherit it), reports the tool's exit
// status and sweeps whatever the tool left in its group. The tool's own stdin is /dev/null.
const char *kWrapperHead = "echo \"@perfdeck-pid $$\"; ";
// With a start barrier: the first line of stdin lets the program run, an end of stdin before
// it (stopped, connection lost) ends the wrapper without running it. The host's clock at the
// release (GNU or busybox date; anything else reports no stamp).
const char *kWrapperGate = "IFS= read -r go; "
                           "if [ \"$go\" != go ]; then echo \"@perfdeck-exit 0\"; exit 0; fi; "
                           "echo \"@perfdeck-go $(date +%s%N 2>/dev/null)\"; ";
const char *kWrapperBody =
    "exec 3<&0; "
    "\"$@\" </dev/null 3<&- & tool=$!; "
    "trap '' TERM; "
    "{ while read -r _ <&3; do :; done; "
    "kill -s TERM -- -$$ 2>/dev/null || kill -TERM $tool; i=0; "
    "while kill -0 $tool 2>/dev/null && [ $i -lt 30 ]; do sleep 0.1; i=$((i+1)); done; "
    "kill -s KILL -- -$$ 2>/dev/null || kill -KILL $tool; } >/dev/null 2>&1 & watch=$!; "
    "exec 3<&-; "
    "wait $tool; status=$?; "
    "kill -KILL $watch 2>/dev/null; "
    "echo \"@perfdeck-exit $status\"; "
    "kill -s TERM -- -$$ 2>/dev/null; exit $status";

const QString kGoMarker = QStringLiteral("@perfdeck-go");

} // namespace

SshRemoteProcess::SshRemoteProcess(SshConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection) {
    m_deadline.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stop();
    });
    connect(&m_graceTimer, &QTimer::timeout, this, &SshRemoteProcess::kill);
    // A host that does not confirm the end of a killed tool has gone away with the
    // connection (a link down is noticed by TCP only after a minute): the caller must not wait
    // for that. The tool ends there by itself (its watchdog, --idle-timeout).
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(2000);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_channel) {
            disconnect(m_channel, nullptr, this, nullptr);
            m_channel->close();
            m_channel->deleteLater();
        }
        m_running = false;
        m_deadline.stop();
        m_graceTimer.stop();
        Q_EMIT finished(-1, Tr::tr("no answer from %1 after SIGKILL: the connection is "
                                   "probably lost (the tool ends there by itself)")
                                .arg(hostName()));
    });
}

SshRemoteProcess::~SshRemoteProcess() {
    // Closing the channel ends the wrapper's stdin: its watchdog takes the group down even
    // though we no longer wait for it.
    if (m_running && m_connection) {
        sendSignal("KILL");
        if (m_channel)
            m_channel->close();
    }
}

void SshRemoteProcess::setProgram(const QString &program, const QStringList &arguments) {
    m_program = program;
    m_arguments = arguments;
}

QString SshRemoteProcess::wrappedCommand(const QString &program, const QStringList &arguments,
                                         bool holdStart) {
    const QString wrapper = QString::fromLatin1(kWrapperHead) +
                            (holdStart ? QString::fromLatin1(kWrapperGate) : QString()) +
                            QString::fromLatin1(kWrapperBody);
    QStringList parts{QStringLiteral("exec /bin/sh -c"), quoteAlways(wrapper),
                      QStringLiteral("perfdeck"), quoteAlways(program)};
    for (const QString &a : arguments)
        parts << quoteAlways(a);
    return parts.join(QLatin1Char(' '));
}

QString SshRemoteProcess::commandLine() const {
    QStringList parts{quoteAlways(m_program)};
    for (const QString &a : m_arguments)
        parts << quoteAlways(a);
    return parts.join(QLatin1Char(' '));
}

QString SshRemoteProcess::hostName() const {
    return m_connection ? m_connection->target().displayName() : QString();
}

void SshRemoteProcess::start() {
    if (m_running || !m_connection)
        return;
    m_remotePid = 0;
    m_toolExit = -1;
    m_toolExitSeen = false;
    m_timedOut = false;
    m_stopRequested = false;
    m_releaseSent = false;
    m_goSeen = false;
    m_running = true;
    m_channel = m_connection->exec(wrappedCommand(m_program, m_arguments, m_holdStart), 0, this);
    connect(m_channel, &SshChannel::stdoutLine, this, &SshRemoteProcess::onStdout);
    connect(m_channel, &SshChannel::stderrLine, this, &SshRemoteProcess::stderrLine);
    connect(m_channel, &SshChannel::finished, this, &SshRemoteProcess::onFinished);
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
}

void SshRemoteProcess::onStdout(const QString &line) {
    if (m_remotePid == 0 && line.startsWith(kPidMarker)) {
        m_remotePid = line.mid(kPidMarker.size()).toLongLong();
        Q_EMIT started();
        // A stop requested before the PID was known is carried out now.
        if (m_stopRequested && m_channel)
            m_channel->closeStdin();
        else if (m_holdStart)
            Q_EMIT held();
        return;
    }
    if (m_holdStart && m_releaseSent && !m_goSeen && line.startsWith(kGoMarker)) {
        m_goSeen = true;
        bool ok = false;
        const qint64 ns = line.mid(kGoMarker.size()).trimmed().toLongLong(&ok);
        Q_EMIT released(ok && ns > 0 ? ns : 0);
        return;
    }
    // The wrapper's last line; the tool's output may not have ended with a newline.
    static const QRegularExpression exitMarker(QStringLiteral("@perfdeck-exit (\\d+)$"));
    const QRegularExpressionMatch m = exitMarker.match(line);
    if (m.hasMatch()) {
        m_toolExit = m.captured(1).toInt();
        m_toolExitSeen = true;
        if (m.capturedStart() > 0)
            Q_EMIT stdoutLine(line.left(m.capturedStart()));
        return;
    }
    Q_EMIT stdoutLine(line);
}

void SshRemoteProcess::releaseStart() {
    if (!m_running || !m_holdStart || m_releaseSent || m_stopRequested || !m_channel)
        return;
    m_releaseSent = true;
    m_channel->writeStdin(QByteArrayLiteral("go\n"));
}

void SshRemoteProcess::stop() {
    if (!m_running)
        return;
    m_stopRequested = true;
    // The watchdog sends SIGTERM to the group (and SIGKILL 2 s later); our own SIGKILL after
    // the grace period covers a watchdog that could not run.
    if (m_channel)
        m_channel->closeStdin();
    if (!m_graceTimer.isActive())
        m_graceTimer.start(m_graceMs);
}

void SshRemoteProcess::kill() {
    if (!m_running)
        return;
    m_stopRequested = true;
    sendSignal("KILL");
    if (m_channel)
        m_channel->closeStdin();
    if (!m_answerTimer.isActive())
        m_answerTimer.start();
}

void SshRemoteProcess::sendSignal(const char *signal) {
    if (!m_connection || m_remotePid <= 0)
        return;
    // A separate short channel; its result does not matter (the group may be gone already).
    SshChannel *ch = m_connection->exec(
        QStringLiteral("kill -s %1 -- -%2 2>/dev/null || kill -s %1 %2 2>/dev/null; true")
            .arg(QLatin1String(signal))
            .arg(m_remotePid),
        10000, m_connection);
    connect(ch, &SshChannel::finished, ch, &QObject::deleteLater);
}

void SshRemoteProcess::onFinished(const SshChannel::Exit &exit) {
    m_running = false;
    m_deadline.stop();
    m_graceTimer.stop();
    m_answerTimer.stop();
    int code = -1;
    QString description;
    const QString host = hostName();
    if (!exit.error.isEmpty()) {
        description = exit.error;
    } else if (m_toolExitSeen && m_toolExit < 128) {
        code = m_toolExit;
        description = Tr::tr("exited with code %1 on %2").arg(code).arg(host);
    } else if (m_toolExitSeen) {
        description = Tr::tr("killed by signal %1 on %2").arg(m_toolExit - 128).arg(host);
    } else if (!exit.exitSignal.isEmpty()) {
        description = Tr::tr("killed by SIG%1 on %2").arg(exit.exitSignal, host);
    } else if (exit.exitStatus) {
        code = *exit.exitStatus;
        description = Tr::tr("exited with code %1 on %2").arg(code).arg(host);
    } else {
        description = Tr::tr("ended without an exit status on %1").arg(host);
    }
    if (m_timedOut)
        description = Tr::tr("timed out on %1 (%2)").arg(host, description);
    if (m_channel)
        m_channel->deleteLater();
    Q_EMIT finished(code, description);
}

} // namespace Perfdeck

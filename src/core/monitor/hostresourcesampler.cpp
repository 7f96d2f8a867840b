#include "monitor/hostresourcesampler.h"
#include "util/threadhandoff.h"

#include "exec/hostlauncher.h"
#include "exec/hostprocess.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

HostResourceSampler::HostResourceSampler(HostLauncher *launcher, double intervalS, QObject *parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_hostName(launcher ? launcher->hostName() : QStringLiteral("local"))
    , m_intervalS(std::clamp(intervalS, 0.1, 60.0))
    , m_remote(launcher && !launcher->isLocal()) {
    m_timer.setInterval(int(m_intervalS * 1000));
    connect(&m_timer, &QTimer::timeout, this, &HostResourceSampler::sampleLocal);
    // Runs of a batch start within moments of each other: one restart for all of them.
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(200);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        if (!m_active)
            return;
        if (m_process) {
            m_restarting = true;
            m_process->stop(); // onRemoteFinished() starts the new loop
        } else {
            startRemote();
        }
    });
}

HostResourceSampler::~HostResourceSampler() {
    stop();
}

void HostResourceSampler::setGroups(const QList<qint64> &groups) {
    QList<qint64> sorted = groups;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == m_groups)
        return;
    m_groups = sorted;
    if (m_active && m_remote)
        m_restartTimer.start();
}

void HostResourceSampler::start() {
    if (m_active)
        return;
    m_active = true;
    if (m_remote) {
        startRemote();
    } else {
        m_timer.start();
        sampleLocal();
    }
}

void HostResourceSampler::stop() {
    m_active = false;
    m_timer.stop();
    m_restartTimer.stop();
    if (m_reader) {
        m_reader->disconnect(this);
        // The read touches no member: let it finish and drop its result.
        connect(m_reader, &QFutureWatcher<QString>::finished, m_reader, &QObject::deleteLater);
        m_reader->setParent(nullptr);
        if (m_reader->isFinished())
            m_reader->deleteLater();
        m_reader = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void HostResourceSampler::sampleLocal() {
    if (!m_active || m_reader)
        return; // the previous read is still going: skip a beat rather than pile up
    m_reader = new QFutureWatcher<QString>(this);
    connect(m_reader, &QFutureWatcher<QString>::finished, this, [this] {
        const QString text = m_reader->result();
        m_reader->deleteLater();
        m_reader = nullptr;
        if (const auto snap = ProcSnapshot::parse(text))
            Q_EMIT snapshot(*snap);
    });
    m_reader->setFuture(runInPool([groups = m_groups] { return ProcSnapshot::readLocal(groups); }));
}

void HostResourceSampler::startRemote() {
    if (!m_launcher) {
        m_active = false;
        Q_EMIT ended(Tr::tr("host %1: no connection for resource sampling").arg(m_hostName));
        return;
    }
    m_pending.clear();
    m_process = m_launcher->createProcess(this);
    QStringList args{QStringLiteral("-c"), ProcSnapshot::remoteScript(), QStringLiteral("sh"),
                     QString::number(m_intervalS, 'g', 3)};
    for (qint64 g : std::as_const(m_groups))
        args << QString::number(g);
    m_process->setProgram(QStringLiteral("sh"), args);
    m_process->setGracePeriod(1000);
    connect(m_process, &HostProcess::stdoutLine, this, &HostResourceSampler::onRemoteLine);
    connect(m_process, &HostProcess::finished, this, &HostResourceSampler::onRemoteFinished);
    m_process->start();
}

void HostResourceSampler::onRemoteLine(const QString &line) {
    if (line.startsWith(QLatin1String("@snapshot ")))
        m_pending.clear();
    m_pending += line + QLatin1Char('\n');
    if (line != QLatin1String("@end"))
        return;
    const auto snap = ProcSnapshot::parse(m_pending);
    m_pending.clear();
    if (snap)
        Q_EMIT snapshot(*snap);
}

void HostResourceSampler::onRemoteFinished(int exitCode, const QString &description) {
    const QString why = m_process ? m_process->stderrText().trimmed() : QString();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (!m_active)
        return;
    if (m_restarting) {
        m_restarting = false;
        startRemote();
        return;
    }
    m_active = false;
    QString reason =
        description.isEmpty() ? Tr::tr("exited with code %1").arg(exitCode) : description;
    if (!why.isEmpty())
        reason += QStringLiteral(" (%1)").arg(why.section(QLatin1Char('\n'), -1));
    Q_EMIT ended(Tr::tr("host %1: resource sampling ended: %2").arg(m_hostName, reason));
}

} // namespace Perfdeck

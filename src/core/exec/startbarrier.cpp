#include "exec/startbarrier.h"

#include "util/toollookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

StartBarrier::StartBarrier(int parties, QObject *parent)
    : QObject(parent)
    , m_parties(qMax(1, parties)) {
    int wait[2] = {-1, -1};
    int stamp[2] = {-1, -1};
    // O_CLOEXEC: only the gated clients get these (their start clears the flag for them);
    // other processes Perfdeck starts meanwhile must not hold the write end open.
    if (::pipe2(wait, O_CLOEXEC) != 0 || ::pipe2(stamp, O_CLOEXEC | O_NONBLOCK) != 0) {
        m_error = Tr::tr("cannot create the start barrier: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        for (int fd : {wait[0], wait[1], stamp[0], stamp[1]}) {
            if (fd >= 0)
                ::close(fd);
        }
        return;
    }
    m_waitRead = wait[0];
    m_waitWrite = wait[1];
    m_stampRead = stamp[0];
    m_stampWrite = stamp[1];
    if (gateProgram().isEmpty())
        m_error = Tr::tr("perfdeck-gate was not found (set PERFDECK_GATE or install it "
                         "beside perfdeck or in ../libexec/perfdeck)");
}

StartBarrier::~StartBarrier() {
    // Closing the write end releases any gate still waiting; its process is killed by its
    // run anyway, so none is left blocked forever.
    for (int fd : {m_waitRead, m_waitWrite, m_stampRead, m_stampWrite}) {
        if (fd >= 0)
            ::close(fd);
    }
}

QString StartBarrier::gateProgram() {
    static const QString found = [] {
        const QString env = qEnvironmentVariable("PERFDECK_GATE");
        if (!env.isEmpty())
            return QFileInfo(env).isExecutable() ? env : QString();
        QStringList candidates;
        if (QCoreApplication::instance()) {
            // Installed: the package puts this helper in libexec (it is no user command).
            const QDir programDir(QCoreApplication::applicationDirPath());
            candidates << programDir.filePath(QStringLiteral("perfdeck-gate"))
                       << programDir.filePath(QStringLiteral("../libexec/perfdeck/perfdeck-gate"));
        }
#ifdef PERFDECK_GATE_BUILD_PATH
        candidates << QStringLiteral(PERFDECK_GATE_BUILD_PATH);
#endif
        for (const QString &path : std::as_const(candidates)) {
            if (QFileInfo(path).isExecutable())
                return path;
        }
        return ToolLookup::locate(QString(), "PERFDECK_GATE", QStringLiteral("perfdeck-gate"));
    }();
    return found;
}

QStringList StartBarrier::gatedCommand(int slot, const QList<int> &cpus, qint64 memoryLimitBytes,
                                       const QString &program, const QStringList &arguments) const {
    QStringList cpuText;
    for (const int cpu : cpus)
        cpuText << QString::number(cpu);
    return QStringList{gateProgram(),
                       QString::number(m_waitRead),
                       QString::number(m_stampWrite),
                       QString::number(slot),
                       cpus.isEmpty() ? QStringLiteral("-") : cpuText.join(QLatin1Char(',')),
                       memoryLimitBytes > 0 ? QString::number(memoryLimitBytes)
                                            : QStringLiteral("-"),
                       program} +
           arguments;
}

void StartBarrier::arrive() {
    countOne();
}

void StartBarrier::withdraw() {
    countOne();
}

void StartBarrier::countOne() {
    if (m_released)
        return;
    if (++m_counted >= m_parties)
        release();
}

void StartBarrier::release() {
    m_released = true;
    // Every gated client inherited the read end only; this is the last write end, so every
    // gate's read() returns end of file at the same moment.
    if (m_waitWrite >= 0) {
        ::close(m_waitWrite);
        m_waitWrite = -1;
    }
    Q_EMIT released();
}

void StartBarrier::readStamps() {
    if (m_stampRead < 0)
        return;
    std::int64_t record[2];
    for (;;) {
        const ssize_t n = ::read(m_stampRead, record, sizeof record);
        if (n == ssize_t(sizeof record))
            m_stamps.append(qint64(record[1]));
        else if (n < 0 && errno == EINTR)
            continue;
        else
            break;
    }
}

void StartBarrier::addStamp(const QString &clock, qint64 ns) {
    if (ns <= 0)
        return;
    if (m_remoteClock.isNull())
        m_remoteClock = clock;
    else if (m_remoteClock != clock)
        m_mixedClocks = true;
    m_remoteStamps.append(ns);
}

OptDouble StartBarrier::skewMs() {
    readStamps();
    // Stamps of different clocks (gates here, hosts' realtime clocks) are not comparable.
    if (m_mixedClocks || (!m_stamps.isEmpty() && !m_remoteStamps.isEmpty()))
        return std::nullopt;
    const QList<qint64> &stamps = m_stamps.isEmpty() ? m_remoteStamps : m_stamps;
    if (stamps.size() < 2)
        return std::nullopt;
    const auto [lo, hi] = std::minmax_element(stamps.cbegin(), stamps.cend());
    return double(*hi - *lo) / 1e6;
}

int StartBarrier::stampCount() {
    readStamps();
    return int(m_stamps.size() + m_remoteStamps.size());
}

} // namespace Perfdeck

// Starts the clients of N instances of a test together: each client on this machine runs
// behind perfdeck-gate, blocked on a pipe, and every instance arrives once its server listens
// and its client is spawned; when all have arrived (or withdrawn after a failure) the last
// write end of the pipe is closed and every gate wakes at once. The gates' CLOCK_MONOTONIC
// stamps of that moment give the measured start skew. A client on another host waits in its
// SSH wrapper (HostProcess::setHoldStart) and is let go on released(); the host's realtime
// clock at that moment comes back through addStamp().
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QObject>

namespace Perfdeck {

class StartBarrier final : public QObject {
    Q_OBJECT
public:
    explicit StartBarrier(int parties, QObject *parent = nullptr);
    ~StartBarrier() override;

    // perfdeck-gate: $PERFDECK_GATE, beside the running program, the build tree, PATH.
    // Empty if none was found (clients then start when the barrier opens, unstamped).
    static QString gateProgram();
    // Why the barrier cannot gate processes (no pipe, no gate program); empty if it can.
    QString error() const { return m_error; }
    bool canGate() const { return m_error.isEmpty(); }

    // program and arguments behind the gate for one slot: pass to the client process, with
    // inheritedFds() kept open across its exec. The gate pins the process to cpus (empty: no
    // pinning) and sets its RLIMIT_AS to memoryLimitBytes (0: no limit).
    QStringList gatedCommand(int slot, const QList<int> &cpus, qint64 memoryLimitBytes,
                             const QString &program, const QStringList &arguments) const;
    QList<int> inheritedFds() const { return {m_waitRead, m_stampWrite}; }

    // An instance is ready (client spawned and blocked, or waiting for released()), or will
    // never be (failed before): either way the others no longer wait for it.
    void arrive();
    void withdraw();
    bool isReleased() const { return m_released; }
    int parties() const { return m_parties; }

    // First to last released client (ms), from the stamps the gates wrote so far; null with
    // fewer than two stamps.
    // null when stamps of different clocks came in.
    OptDouble skewMs();
    int stampCount();
    // A stamp taken elsewhere: ns on the named clock (a host's CLOCK_REALTIME).
    void addStamp(const QString &clock, qint64 ns);

Q_SIGNALS:
    void released();

private:
    void countOne();
    void release();
    void readStamps();

    QString m_error;
    QList<qint64> m_stamps; // by arrival order, nanoseconds
    QList<qint64> m_remoteStamps;
    QString m_remoteClock;
    bool m_mixedClocks = false;
    int m_parties = 0;
    int m_counted = 0;
    int m_waitRead = -1;
    int m_waitWrite = -1;
    int m_stampRead = -1;
    int m_stampWrite = -1;
    bool m_released = false;
};

} // namespace Perfdeck

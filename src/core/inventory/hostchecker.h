// Health checks of inventory hosts, several at a time up to a limit, never blocking the
// caller's thread: TCP reachability of the SSH port with a timeout and its connect time, then
// (with the SSH layer) handshake, login, round-trip time and the tools on the host. `local` is
// read directly (tools on PATH, /proc/loadavg, statvfs).
#pragma once

#include "inventory/hoststatus.h"
#include "inventory/inventory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace Perfdeck {

class HostChecker final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxParallel = 8;
        int timeoutMs = 5000;   // per step (TCP connect, SSH login, probe command)
        QString knownHostsFile; // empty: ~/.ssh/known_hosts
        bool acceptNewHostKeys = false;
    };

    explicit HostChecker(QObject *parent = nullptr);
    ~HostChecker() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Checks the named hosts (all of the inventory and `local` when names is empty). Unknown
    // names are reported as an Error status. Does nothing while a check is running.
    void start(const Inventory &inventory, const QStringList &names = {});
    // Stops waiting: running probes are dropped, finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void hostStarted(const QString &name);
    void hostChecked(const Perfdeck::HostStatus &status);
    void finished();

private:
    struct Pending {
        HostStatus status;
        QPointer<QTcpSocket> socket;
        QPointer<QTimer> timer;
        QElapsedTimer clock;
    };

    void pump();
    void startHost(const QString &name);
    void checkLocal(const Host &host);
    void checkTcp(const Host &host);
    void tcpDone(const QString &name, bool reachable, const QString &error);
    // The seam for the SSH layer: handshake, login, RTT and the remote probe.
    void checkOverSsh(const Host &host, HostStatus status);
    void complete(HostStatus status);

    Options m_options;
    Inventory m_inventory;
    QStringList m_queue;
    QHash<QString, Pending> m_pending;
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0; // results of a cancelled run are dropped
};

} // namespace Perfdeck

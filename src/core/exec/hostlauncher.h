// Where a test's processes run: one launcher per host (this machine, or a remote host reached
// over SSH). A run asks the server host's launcher for the server and a free port, and the
// client host's launcher for the client; it never knows how a process is started there.
// Everything that needs a round trip to the host (a free port, probing a tool) is a QFuture.
#pragma once

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"

#include <QFuture>
#include <QObject>

namespace Perfdeck {

class HostProcess;

// A port leased on a host for one server: free for TCP and UDP there and not leased to another
// run of this Perfdeck until released. port 0 means none, and error says why.
struct PortLease {
    quint16 port = 0;
    QString error;
};

class HostLauncher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The host's inventory name ("local" for this machine).
    virtual QString hostName() const = 0;
    // The address its servers bind to and clients connect to ("127.0.0.1" for this machine).
    virtual QString address() const = 0;
    virtual bool isLocal() const = 0;
    // This machine's address as this host sees it: where a client on this host reaches a
    // server on this machine (learned with the host's tool probes; empty when unknown and
    // for this machine itself).
    virtual QString addressOfThisMachine() const { return {}; }

    // A new, unstarted process on this host, owned by parent.
    virtual HostProcess *createProcess(QObject *parent) = 0;

    // A free port for a server. Release it only once that server's process has ended (its
    // finished() was emitted), never while it may still hold the port.
    virtual QFuture<PortLease> leasePort() = 0;
    virtual void releasePort(quint16 port) = 0;

    // The tools on this host (path, version, features). explicitPath empty: the host's own
    // default (locally $PERFDECK_IPERF3 / $PERFDECK_NETPERF, then PATH). Never blocks the
    // calling thread.
    virtual QFuture<Iperf3Info> probeIperf3(const QString &explicitPath) = 0;
    virtual QFuture<NetperfInfo> probeNetperf(const QString &explicitPath) = 0;
};

} // namespace Perfdeck

// Hands out free local ports for servers that Perfdeck starts: asks the kernel for an unused
// port (TCP and UDP both free, since iperf3 uses one number for both) and remembers what it
// gave out so two concurrent tests in this process never get the same port.
#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QSet>

namespace Perfdeck {

class PortAllocator final {
public:
    static PortAllocator &instance();

    // A port free for TCP and UDP on the address, not handed out before; 0 if none found.
    quint16 allocate(const QHostAddress &address = QHostAddress::LocalHost);
    void release(quint16 port);
    static bool isFree(const QHostAddress &address, quint16 port);

private:
    QMutex m_mutex;
    QSet<quint16> m_inUse;
};

} // namespace Perfdeck

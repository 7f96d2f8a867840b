#include "exec/portallocator.h"

#include <QTcpServer>
#include <QUdpSocket>

namespace Perfdeck {

PortAllocator &PortAllocator::instance() {
    static PortAllocator allocator;
    return allocator;
}

bool PortAllocator::isFree(const QHostAddress &address, quint16 port) {
    QTcpServer tcp;
    if (!tcp.listen(address, port))
        return false;
    QUdpSocket udp;
    return udp.bind(address, port);
}

quint16 PortAllocator::allocate(const QHostAddress &address) {
    QMutexLocker lock(&m_mutex);
    for (int attempt = 0; attempt < 64; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(address, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        if (m_inUse.contains(port))
            continue;
        QUdpSocket udp;
        if (!udp.bind(address, port))
            continue;
        m_inUse.insert(port);
        return port;
    }
    return 0;
}

void PortAllocator::release(quint16 port) {
    QMutexLocker lock(&m_mutex);
    m_inUse.remove(port);
}

} // namespace Perfdeck

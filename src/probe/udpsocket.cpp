#include "udpsocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <unistd.h>

namespace probe {

bool SocketAddress::isMappedV4() const {
    if (family() != AF_INET6)
        return false;
    const auto *a = reinterpret_cast<const sockaddr_in6 *>(&storage);
    return IN6_IS_ADDR_V4MAPPED(&a->sin6_addr);
}

std::string SocketAddress::text() const {
    char host[INET6_ADDRSTRLEN] = "?";
    if (family() == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&storage);
        inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
        return std::string(host) + ":" + std::to_string(ntohs(a->sin_port));
    }
    if (family() == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&storage);
        inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
        return "[" + std::string(host) + "]:" + std::to_string(ntohs(a->sin6_port));
    }
    return "?";
}

std::uint16_t SocketAddress::port() const {
    if (family() == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    if (family() == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    return 0;
}

bool SocketAddress::operator==(const SocketAddress &o) const {
    return length == o.length && std::memcmp(&storage, &o.storage, length) == 0;
}

bool SocketAddress::parse(const std::string &hostIn, std::uint16_t port, SocketAddress *out) {
    std::string host = hostIn;
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    SocketAddress a;
    auto *v4 = reinterpret_cast<sockaddr_in *>(&a.storage);
    if (inet_pton(AF_INET, host.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        a.length = sizeof(sockaddr_in);
        *out = a;
        return true;
    }
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&a.storage);
    std::string scope;
    if (const auto percent = host.find('%'); percent != std::string::npos) {
        scope = host.substr(percent + 1);
        host.resize(percent);
    }
    if (inet_pton(AF_INET6, host.c_str(), &v6->sin6_addr) != 1)
        return false;
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(port);
    if (!scope.empty()) {
        v6->sin6_scope_id = if_nametoindex(scope.c_str());
        if (v6->sin6_scope_id == 0)
            return false;
    }
    a.length = sizeof(sockaddr_in6);
    *out = a;
    return true;
}

UdpSocket::~UdpSocket() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool UdpSocket::fail(const char *what) {
    m_error = std::string(what) + ": " + std::strerror(errno);
    return false;
}

bool UdpSocket::open(int family) {
    if (m_fd >= 0)
        ::close(m_fd);
    m_family = family;
    m_fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
    if (m_fd < 0)
        return fail("socket");
    return true;
}

bool UdpSocket::bind(const SocketAddress &address) {
    if (!open(address.family()))
        return false;
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address.storage), address.length) != 0)
        return fail(("bind " + address.text()).c_str());
    return true;
}

bool UdpSocket::setTos(int tos) {
    if (m_family == AF_INET6) {
        if (setsockopt(m_fd, IPPROTO_IPV6, IPV6_TCLASS, &tos, sizeof tos) != 0)
            return fail("IPV6_TCLASS");
        // A v6 socket talking to a v4-mapped peer sends IPv4: mark that too (may fail on
        // v6-only stacks; then there is no IPv4 to mark).
        setsockopt(m_fd, IPPROTO_IP, IP_TOS, &tos, sizeof tos);
        return true;
    }
    if (setsockopt(m_fd, IPPROTO_IP, IP_TOS, &tos, sizeof tos) != 0)
        return fail("IP_TOS");
    return true;
}

bool UdpSocket::enableReceiveInfo() {
    const int on = 1;
    if (m_family == AF_INET6) {
        if (setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVTCLASS, &on, sizeof on) != 0)
            return fail("IPV6_RECVTCLASS");
        setsockopt(m_fd, IPPROTO_IP, IP_RECVTOS, &on, sizeof on); // v4-mapped peers
    } else if (setsockopt(m_fd, IPPROTO_IP, IP_RECVTOS, &on, sizeof on) != 0) {
        return fail("IP_RECVTOS");
    }
    setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on); // best effort
    return true;
}

void UdpSocket::setBuffers(int bytes) {
    // Best effort: the kernel caps them at rmem_max/wmem_max.
    setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
}

bool UdpSocket::receive(std::uint8_t *buffer, std::size_t capacity, ReceivedDatagram *out) {
    iovec iov{buffer, capacity};
    alignas(cmsghdr) char control[256];
    msghdr msg{};
    msg.msg_name = &out->from.storage;
    msg.msg_namelen = sizeof out->from.storage;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(m_fd, &msg, MSG_DONTWAIT);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            fail("recvmsg");
        return false;
    }
    out->size = (msg.msg_flags & MSG_TRUNC) ? 0 : std::size_t(n); // truncated: refused later
    out->from.length = msg.msg_namelen;
    out->tos = -1;
    out->kernelRealtimeNs = 0;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TOS && c->cmsg_len >= CMSG_LEN(1)) {
            out->tos = *reinterpret_cast<const unsigned char *>(CMSG_DATA(c));
        } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_TCLASS &&
                   c->cmsg_len >= CMSG_LEN(sizeof(int))) {
            int tclass = 0;
            std::memcpy(&tclass, CMSG_DATA(c), sizeof tclass);
            out->tos = tclass & 0xff;
        } else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMPNS &&
                   c->cmsg_len >= CMSG_LEN(sizeof(timespec))) {
            timespec ts{};
            std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
            out->kernelRealtimeNs = std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
        }
    }
    return true;
}

bool UdpSocket::send(const std::uint8_t *data, std::size_t size, const SocketAddress &to, int tos) {
    iovec iov{const_cast<std::uint8_t *>(data), size};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg{};
    msg.msg_name = const_cast<sockaddr_storage *>(&to.storage);
    msg.msg_namelen = to.length;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (tos >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        cmsghdr *c = CMSG_FIRSTHDR(&msg);
        const bool v6 = to.family() == AF_INET6 && !to.isMappedV4();
        c->cmsg_level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
        c->cmsg_type = v6 ? IPV6_TCLASS : IP_TOS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        const int value = tos;
        std::memcpy(CMSG_DATA(c), &value, sizeof value);
    }
    if (::sendmsg(m_fd, &msg, MSG_DONTWAIT) < 0)
        return fail("sendmsg");
    return true;
}

int UdpSocket::sendBatch(std::uint8_t *const *datagrams, int count, std::size_t size,
                         const SocketAddress &to) {
    constexpr int Max = 64;
    if (count > Max)
        count = Max;
    mmsghdr messages[Max]{};
    iovec iovs[Max];
    for (int i = 0; i < count; ++i) {
        iovs[i] = iovec{datagrams[i], size};
        messages[i].msg_hdr.msg_name = const_cast<sockaddr_storage *>(&to.storage);
        messages[i].msg_hdr.msg_namelen = to.length;
        messages[i].msg_hdr.msg_iov = &iovs[i];
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    const int sent = ::sendmmsg(m_fd, messages, unsigned(count), 0);
    if (sent < 0) {
        fail("sendmmsg");
        return 0;
    }
    return sent;
}

SocketAddress UdpSocket::localAddress() const {
    SocketAddress a;
    a.length = sizeof a.storage;
    if (getsockname(m_fd, reinterpret_cast<sockaddr *>(&a.storage), &a.length) != 0)
        a.length = 0;
    return a;
}

} // namespace probe

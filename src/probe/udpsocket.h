// A UDP socket of either family that marks what it sends (IP_TOS / IPV6_TCLASS, also per
// datagram as ancillary data) and reports the TOS byte and kernel receive time of each
// datagram it reads (IP_RECVTOS / IPV6_RECVTCLASS, SO_TIMESTAMPNS through recvmsg cmsgs).
// Addresses are numeric only: the probe is linked statically and does no name lookups.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/socket.h>

namespace probe {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;

    int family() const { return storage.ss_family; }
    bool isMappedV4() const;
    std::string text() const; // "127.0.0.1:5000", "[::1]:5000"
    std::uint16_t port() const;
    bool operator==(const SocketAddress &other) const;
    // Numeric IPv4 or IPv6 address ("::1", "10.0.0.1", "fe80::1%veth0"); false when it is not.
    static bool parse(const std::string &host, std::uint16_t port, SocketAddress *out);
};

struct ReceivedDatagram {
    std::size_t size = 0;
    SocketAddress from;
    int tos = -1;                      // -1: the kernel gave none
    std::int64_t kernelRealtimeNs = 0; // 0: no kernel timestamp
};

class UdpSocket final {
public:
    UdpSocket() = default;
    ~UdpSocket();
    UdpSocket(const UdpSocket &) = delete;
    UdpSocket &operator=(const UdpSocket &) = delete;

    // Opens a socket of address's family and binds it (port 0: any free port). On failure
    // returns false and sets error().
    bool bind(const SocketAddress &address);
    bool open(int family);
    bool setTos(int tos);     // the whole TOS byte (DSCP << 2)
    bool enableReceiveInfo(); // TOS/traffic class and kernel timestamps on every read
    void setBuffers(int bytes);
    // Non-blocking read; false when nothing is waiting (or on error: see error()).
    bool receive(std::uint8_t *buffer, std::size_t capacity, ReceivedDatagram *out);
    // tos >= 0: this datagram only is marked so (ancillary data); -1: the socket's marking.
    bool send(const std::uint8_t *data, std::size_t size, const SocketAddress &to, int tos = -1);
    // Several datagrams of one size to one peer in one system call (blocks while the send
    // buffer is full: that is the pacing back-pressure); returns how many went.
    int sendBatch(std::uint8_t *const *datagrams, int count, std::size_t size,
                  const SocketAddress &to);

    int fd() const { return m_fd; }
    int family() const { return m_family; }
    SocketAddress localAddress() const;
    const std::string &error() const { return m_error; }

private:
    bool fail(const char *what);
    int m_fd = -1;
    int m_family = 0;
    std::string m_error;
};

} // namespace probe

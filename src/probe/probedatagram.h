// The wire format of perfdeck-probe: what a sender puts in each datagram and what the reflector
// writes back into the same bytes (what it saw: the TOS byte, its receive time, its counters).
// Big-endian, fixed offsets, versioned; decode() refuses anything short or foreign.
#pragma once

#include <cstddef>
#include <cstdint>

namespace probe {

class ProbeDatagram final {
public:
    static constexpr std::uint32_t Magic = 0x50445150; // "PDQP"
    static constexpr std::uint8_t Version = 1;
    static constexpr std::size_t HeaderSize = 44;
    // Header plus the reflector's fields: the smallest datagram either end accepts.
    static constexpr std::size_t MinSize = 80;
    static constexpr std::size_t MaxSize = 65507;

    enum class Kind : std::uint8_t { Probe = 0, Echo = 1 };
    enum class Error { None, TooShort, BadMagic, BadVersion, BadKind };

    Kind kind = Kind::Probe;
    std::uint8_t classIndex = 0; // the class's slot in its sender (0..63)
    std::uint8_t dscp = 0;       // the code point the sender marked it with
    std::uint32_t session = 0;
    std::uint64_t sequence = 0;
    std::uint64_t sendRealtimeNs = 0;
    std::uint64_t sendMonotonicNs = 0;
    std::uint32_t patternPhase = 0;

    // Echo fields, written by the reflector.
    std::uint8_t receivedTos = 0xff; // 0xff: the reflector could not read it
    std::uint64_t receiveRealtimeNs = 0;
    std::uint64_t reflectorReceived = 0; // distinct datagrams of this flow so far
    std::uint64_t reflectorHighest = 0;  // highest sequence seen + 1 (0: none)
    std::uint32_t reflectorDuplicates = 0;
    std::uint32_t reflectorReordered = 0;
    std::uint32_t reflectorJitterNs = 0; // RFC 3550 interarrival jitter

    // Writes the header (and, for an echo, the reflector's fields) into buffer[0..size).
    // size must be at least MinSize; bytes past the fields are left as they are (padding).
    void encode(std::uint8_t *buffer, std::size_t size) const;
    // Writes only the reflector's fields and the kind (turns a received probe into its echo).
    void encodeEcho(std::uint8_t *buffer, std::size_t size) const;
    static Error decode(const std::uint8_t *buffer, std::size_t size, ProbeDatagram *out);
    static const char *errorText(Error error);
};

} // namespace probe

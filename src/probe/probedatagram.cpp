#include "probedatagram.h"

namespace probe {

namespace {

void put8(std::uint8_t *p, std::uint8_t v) {
    p[0] = v;
}
void put16(std::uint8_t *p, std::uint16_t v) {
    p[0] = std::uint8_t(v >> 8);
    p[1] = std::uint8_t(v);
}
void put32(std::uint8_t *p, std::uint32_t v) {
    for (int i = 3; i >= 0; --i, v >>= 8)
        p[i] = std::uint8_t(v);
}
void put64(std::uint8_t *p, std::uint64_t v) {
    for (int i = 7; i >= 0; --i, v >>= 8)
        p[i] = std::uint8_t(v);
}
std::uint32_t get32(const std::uint8_t *p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 |
           std::uint32_t(p[3]);
}
std::uint64_t get64(const std::uint8_t *p) {
    return std::uint64_t(get32(p)) << 32 | get32(p + 4);
}

// Offsets. Header: magic 0, version 4, kind 5, class 6, dscp 7, session 8, sequence 12,
// realtime 20, monotonic 28, pattern phase 36, reserved 40. Echo: tos 44, reserved 45..47,
// receive time 48, received 56, highest 64, duplicates 72, reordered 76... see below.
constexpr std::size_t EchoTos = 44;
constexpr std::size_t EchoTime = 48;
constexpr std::size_t EchoReceived = 56;
constexpr std::size_t EchoHighest = 64;
constexpr std::size_t EchoDuplicates = 72;
constexpr std::size_t EchoReordered = 40; // the header's reserved word carries it in an echo
constexpr std::size_t EchoJitter = 76;

} // namespace

void ProbeDatagram::encode(std::uint8_t *b, std::size_t size) const {
    if (size < MinSize)
        return;
    put32(b, Magic);
    put8(b + 4, Version);
    put8(b + 5, std::uint8_t(kind));
    put8(b + 6, classIndex);
    put8(b + 7, dscp);
    put32(b + 8, session);
    put64(b + 12, sequence);
    put64(b + 20, sendRealtimeNs);
    put64(b + 28, sendMonotonicNs);
    put32(b + 36, patternPhase);
    put32(b + 40, 0);
    if (kind == Kind::Echo)
        encodeEcho(b, size);
}

void ProbeDatagram::encodeEcho(std::uint8_t *b, std::size_t size) const {
    if (size < MinSize)
        return;
    put8(b + 5, std::uint8_t(Kind::Echo));
    put8(b + EchoTos, receivedTos);
    put8(b + EchoTos + 1, 0);
    put16(b + EchoTos + 2, 0);
    put64(b + EchoTime, receiveRealtimeNs);
    put64(b + EchoReceived, reflectorReceived);
    put64(b + EchoHighest, reflectorHighest);
    put32(b + EchoDuplicates, reflectorDuplicates);
    put32(b + EchoReordered, reflectorReordered);
    put32(b + EchoJitter, reflectorJitterNs);
}

ProbeDatagram::Error ProbeDatagram::decode(const std::uint8_t *b, std::size_t size,
                                           ProbeDatagram *out) {
    if (size < MinSize)
        return Error::TooShort;
    if (get32(b) != Magic)
        return Error::BadMagic;
    if (b[4] != Version)
        return Error::BadVersion;
    if (b[5] > std::uint8_t(Kind::Echo))
        return Error::BadKind;
    ProbeDatagram d;
    d.kind = Kind(b[5]);
    d.classIndex = b[6];
    d.dscp = b[7] & 0x3f;
    d.session = get32(b + 8);
    d.sequence = get64(b + 12);
    d.sendRealtimeNs = get64(b + 20);
    d.sendMonotonicNs = get64(b + 28);
    d.patternPhase = get32(b + 36);
    if (d.kind == Kind::Echo) {
        d.receivedTos = b[EchoTos];
        d.receiveRealtimeNs = get64(b + EchoTime);
        d.reflectorReceived = get64(b + EchoReceived);
        d.reflectorHighest = get64(b + EchoHighest);
        d.reflectorDuplicates = get32(b + EchoDuplicates);
        d.reflectorReordered = get32(b + EchoReordered);
        d.reflectorJitterNs = get32(b + EchoJitter);
    }
    *out = d;
    return Error::None;
}

const char *ProbeDatagram::errorText(Error error) {
    switch (error) {
    case Error::None:
        return "ok";
    case Error::TooShort:
        return "too short";
    case Error::BadMagic:
        return "wrong magic";
    case Error::BadVersion:
        return "unknown version";
    case Error::BadKind:
        return "unknown kind";
    }
    return "?";
}

} // namespace probe

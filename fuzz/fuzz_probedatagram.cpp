// libFuzzer target: perfdeck-probe datagrams as the reflector and the sender decode them off the
// network. A datagram that decodes must encode to bytes that decode to the same fields.
#include "probedatagram.h"

#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    probe::ProbeDatagram d;
    if (probe::ProbeDatagram::decode(data, size, &d) != probe::ProbeDatagram::Error::None)
        return 0;
    std::vector<uint8_t> buffer(probe::ProbeDatagram::MinSize);
    d.encode(buffer.data(), buffer.size());
    probe::ProbeDatagram again;
    if (probe::ProbeDatagram::decode(buffer.data(), buffer.size(), &again) !=
            probe::ProbeDatagram::Error::None ||
        again.sequence != d.sequence || again.session != d.session || again.kind != d.kind ||
        again.dscp != d.dscp || again.classIndex != d.classIndex)
        std::abort();
    return 0;
}

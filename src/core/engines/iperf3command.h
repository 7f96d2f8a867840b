// Builds iperf3 argument lists (never shell strings) from a TestSpec: the client of a test
// and the one-off server Perfdeck starts for it. Pure functions, tested without processes.
#pragma once

#include "engines/iperf3info.h"
#include "model/testspec.h"

#include <QStringList>

namespace Perfdeck {

namespace Iperf3Command {

enum class Output {
    Json,       // -J: complete document at the end
    JsonStream, // -J --json-stream (iperf3 >= 3.17): one JSON event per line
    Text,       // --forceflush human text
};

// host: where the client connects; port: the server port (0: iperf3's default 5201).
// An invalid spec (TestSpec::validate: out-of-range numbers, a host starting with '-') gives
// an empty list and the reason in *error.
// udpCounters64: UDP tests count datagrams in 64 bits (--udp-counters-64bit, iperf3 >= 3.1:
// Iperf3Info::hasUdpCounters64Bit()); 32-bit counters wrap after 2^32 datagrams and then
// report negative loss (esnet/iperf#1892).
QStringList clientArguments(const TestSpec &spec, const QString &host, int port, Output output,
                            QString *error = nullptr, bool udpCounters64 = true);
// A server that serves exactly one test on the port (-1), listening on bindAddress if given.
// intervalS: the server's own report interval (its text is the live source on iperf3 < 3.17,
// so it must match the client's -i); 0 keeps iperf3's default.
QStringList serverArguments(int port, const QString &bindAddress, Output output,
                            int idleTimeoutS = 0, double intervalS = 0);
// Seconds a client may take in all: the test, the omitted pre-test and connection slack.
int clientTimeoutSeconds(const TestSpec &spec);

} // namespace Iperf3Command

} // namespace Perfdeck

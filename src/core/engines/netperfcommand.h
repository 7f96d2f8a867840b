// Builds netperf and netserver argument lists (never shell strings) from a TestSpec: which
// netperf test a spec means, the -k output selectors the parser reads, and the one-off
// netserver of the embedded default. Pure functions, tested without processes.
#pragma once

#include "model/testspec.h"

#include <QStringList>

namespace Perfdeck::NetperfCommand {

// The netperf test a spec runs: spec.netperfTest upper-cased, or derived from protocol and
// direction (TCP_STREAM, TCP_MAERTS, UDP_STREAM; OMNI -d recv -T udp for UDP receive).
QString testName(const TestSpec &spec);
// TCP_RR, TCP_CRR, UDP_RR: results in transactions/s and latency, not bits/s.
bool isRequestResponse(const QString &test);
// What the run measures, for the RunResult: UDP_* is UDP, TCP_MAERTS is a receive test.
Protocol protocolOf(const TestSpec &spec);
Direction directionOf(const TestSpec &spec);

// The -k selectors: everything the parser turns into a Summary.
QStringList outputSelectors(const TestSpec &spec);
// host/port: the netserver (port 0: netperf's default 12865). An invalid spec
// (TestSpec::validate) gives an empty list and the reason in *error.
QStringList clientArguments(const TestSpec &spec, const QString &host, int port,
                            QString *error = nullptr);
// netserver in the foreground (-D), serving tests one by one without forking (-f).
QStringList serverArguments(int port, const QString &bindAddress);
// The test time netperf will take at most: the duration times the confidence iterations.
double expectedSeconds(const TestSpec &spec);
// Seconds a client may take in all, with connection slack.
int clientTimeoutSeconds(const TestSpec &spec);
// "0xb8" for DSCP EF: netperf's -Y takes the whole TOS byte in hexadecimal.
QString tosHex(int dscp);

} // namespace Perfdeck::NetperfCommand

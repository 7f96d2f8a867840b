// What a health check asks a host once it can run commands there: tools (iperf3, netperf,
// netserver) with their versions, free disk, load and CPU count. This machine is read
// directly; a remote host runs remoteCommand() over SSH and parseRemoteOutput() reads it.
#pragma once

#include "inventory/host.h"
#include "inventory/hoststatus.h"

#include <QString>

namespace Perfdeck::HostProbe {

// Blocking (probes tools with a 5 s limit each): call it off the UI thread. Fills the tool,
// disk, load and CPU fields of *status for this machine.
void probeLocal(const Host &host, HostStatus *status);

// One POSIX sh command line that prints "PD_KEY=value" lines; the host's tool paths are
// quoted, so nothing in them is executed.
QString remoteCommand(const Host &host);
// Reads remoteCommand()'s output into *status (tools, versions, disk, load, CPUs).
void parseRemoteOutput(const QString &output, HostStatus *status);

// 'text' quoted for a POSIX shell (single quotes; a quote inside as '\'').
QString shellQuote(const QString &text);

} // namespace Perfdeck::HostProbe

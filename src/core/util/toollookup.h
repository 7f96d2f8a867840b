// Finding a measurement tool and asking it for its version, the same way for iperf3 and
// netperf: an explicit path first, then an environment variable, then PATH; the version
// command runs with a time limit and is killed when it does not answer. Blocking: call it off
// the UI thread (the launchers' probes run it on a worker).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Perfdeck::ToolLookup {

// explicitPath if given, else $envVariable, else the program found in PATH; empty if none.
QString locate(const QString &explicitPath, const char *envVariable, const QString &program);

struct VersionOutput {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray output; // stdout followed by stderr (tools print versions to either)
    QString error;     // why there is no output: could not start, no answer in time
};

// Runs path with arguments and collects its output; kills it (and its process group) after
// timeoutMs.
VersionOutput runVersionCommand(const QString &path, const QStringList &arguments, int timeoutMs);

} // namespace Perfdeck::ToolLookup

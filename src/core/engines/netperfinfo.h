// What a netperf installation offers: the netperf client (probed once with `netperf -V`) and
// the netserver beside it, which Perfdeck starts for the embedded default on 127.0.0.1.
#pragma once

#include <QString>

namespace Perfdeck {

struct NetperfInfo {
    QString path;
    QString netserverPath; // empty when no netserver was found
    bool found = false;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString versionText; // "Netperf version 2.7.0"
    QString error;       // why netperf could not be probed

    QString versionString() const;
    bool hasNetserver() const { return !netserverPath.isEmpty(); }

    // Parses `netperf -V` output. Pure, for tests.
    static NetperfInfo fromVersionOutput(const QString &output);
    // Finds netperf ($PERFDECK_NETPERF, else PATH) and runs -V (blocking, 5 s max: call it off
    // the UI thread); netserver is $PERFDECK_NETSERVER, else beside netperf, else from PATH.
    static NetperfInfo probe(const QString &explicitPath = QString());
};

} // namespace Perfdeck

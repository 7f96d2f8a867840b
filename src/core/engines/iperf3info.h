// What an iperf3 binary can do: its path, version and optional features, probed once with
// `iperf3 --version`. Decides how a test is followed live (--json-stream needs 3.17).
#pragma once

#include <QString>
#include <QStringList>

namespace Perfdeck {

struct Iperf3Info {
    QString path;
    bool found = false;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString versionText;  // "iperf 3.12 (cJSON 1.7.15)"
    QStringList features; // "Optional features available: ..." split at commas
    QString error;        // why it could not be probed

    bool atLeast(int maj, int min) const { return major > maj || (major == maj && minor >= min); }
    bool hasJsonStream() const { return atLeast(3, 17); }
    bool hasBidir() const { return atLeast(3, 7); }
    bool hasDscp() const { return atLeast(3, 1); }
    bool hasUdpCounters64Bit() const { return atLeast(3, 1); }
    QString versionString() const;

    // Parses `iperf3 --version` output. Pure, for tests.
    static Iperf3Info fromVersionOutput(const QString &output);
    // Finds the binary ($PERFDECK_IPERF3, else PATH) and runs --version (blocking, 5 s max:
    // call it off the UI thread).
    static Iperf3Info probe(const QString &explicitPath = QString());
};

} // namespace Perfdeck

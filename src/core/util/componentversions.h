// What this Perfdeck is made of, detected at run time: its own version and build, the Qt,
// libssh2, yaml-cpp, Python and Jinja2 it runs with, and the iperf3, netperf and helper
// programs it would start (with their paths). Help > About and `perfdeck-cli about` show it,
// and both give the same plain text for bug reports.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Perfdeck {

struct ComponentVersion {
    QString key;     // stable name for JSON and tests: "qt", "libssh2", "iperf3", ...
    QString name;    // what the user reads: "Qt", "iperf3", "perfdeck-gate"
    QString version; // empty when unknown or not found
    QString path;    // the program or library file, when there is one
    QString note;    // why it is missing, or what else to know ("built with 6.4.2")
    bool found = false;
};

struct ComponentVersions {
    QString perfdeckVersion;
    QString build;  // "RelWithDebInfo, GCC 12.2.0, Qt 6.4.2, x86_64-little_endian-lp64"
    QString system; // "Debian GNU/Linux 12 (bookworm), Linux 6.1.0"
    QList<ComponentVersion> components;

    // Probes everything: starts iperf3 and netperf (5 s limit each) and the embedded Python.
    // Blocking (up to a few seconds): call it off the UI thread.
    static ComponentVersions collect();

    const ComponentVersion *component(const QString &key) const;
    // Plain text, one component a line, for the clipboard and the terminal.
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace Perfdeck

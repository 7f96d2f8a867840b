// Collects the HostEnvironment of one end of a run: this machine from /proc, /sys and uname
// without starting a process; a remote host with one quoted shell script over its launcher's
// connection (one exec). Both read the same kernel files and go through the same parser, so a
// value means the same thing wherever it came from.
#pragma once

#include "model/hostenvironment.h"

#include <QFuture>
#include <QHash>
#include <QString>

namespace Perfdeck {

class HostLauncher;

class EnvironmentCollector final {
public:
    // The kernel files and command outputs the environment is read from, by section name.
    using Sections = QHash<QString, QString>;

    // The environment of launcher's host, the test interface looked up towards peer (an
    // address or a name; empty on a remote host: the address its SSH client came from).
    // Never blocks; the future always gets a result (failures end up in notes).
    static QFuture<HostEnvironment> collect(HostLauncher *launcher, const QString &peer);

    // Blocking (reads files, may resolve peer): call it off the UI thread.
    static HostEnvironment collectLocal(const QString &peer);
    static Sections readLocalSections(const QString &peer);

    // One POSIX sh command line printing the sections ("@@name" then its text); peer is
    // quoted, so nothing in it is executed.
    static QString remoteScript(const QString &peer);
    static Sections splitSections(const QString &output);

    // The environment the sections describe (host and peer are filled by the caller).
    static HostEnvironment parse(const Sections &sections);

    // The interface the kernel sends to address through, from /proc/net/route (IPv4) or
    // /proc/net/ipv6_route, the local addresses (fib_trie, if_inet6) going to "lo". Empty
    // when no route matches or address is not an IP address.
    static QString routeInterface(const QString &address, const Sections &sections);
};

} // namespace Perfdeck

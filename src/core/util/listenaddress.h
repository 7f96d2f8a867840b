// An "ADDRESS:PORT" the user typed for a server Perfdeck opens (--metrics-listen, serve
// --listen) or a peer it sends to (--statsd): "127.0.0.1:9464", "[::1]:0", ":9464" (loopback),
// "0.0.0.0:9464" (every interface, only when asked), "localhost:8125".
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Perfdeck {

struct ListenAddress {
    QString host;         // as typed ("localhost", "127.0.0.1", "::1"); loopback when omitted
    QHostAddress address; // null when host is a name still to be resolved
    quint16 port = 0;

    // Every address of this machine's loopback (127.0.0.0/8, ::1, "localhost").
    bool isLoopback() const;
    // "127.0.0.1:9464", "[::1]:9464".
    QString toString() const;
    // Refuses a missing or out-of-range port and a host starting with '-'; *error says why,
    // naming what was typed. allowNames: a host name is kept for resolving (--statsd).
    static std::optional<ListenAddress> parse(const QString &text, bool allowNames, QString *error);
};

} // namespace Perfdeck

// Enumerations shared by the whole results model, with their stable JSON spellings.
// The spellings are part of the results format (perfdeck.results/1): never rename them.
#pragma once

#include <QString>

#include <optional>

namespace Perfdeck {

// Probe: perfdeck-probe's paced UDP datagrams (QoS and DSCP validation, traffic patterns).
// Ping and Icmp: kinds Perfdeck only imports and never runs, an ICMP echo latency series
// (flent's fping/ping runner).
enum class Engine { Iperf3, Netperf, Probe, Ping };
enum class Protocol { Tcp, Udp, Icmp };
enum class Direction { Send, Receive, Bidir };
enum class RunStatus { Ok, Error, Partial };

QString toString(Engine engine);
QString toString(Protocol protocol);
QString toString(Direction direction);
QString toString(RunStatus status);

std::optional<Engine> engineFromString(const QString &text);
std::optional<Protocol> protocolFromString(const QString &text);
std::optional<Direction> directionFromString(const QString &text);
std::optional<RunStatus> runStatusFromString(const QString &text);

} // namespace Perfdeck

#include "model/enums.h"

namespace Perfdeck {

QString toString(Engine engine) {
    switch (engine) {
    case Engine::Iperf3:
        return QStringLiteral("iperf3");
    case Engine::Netperf:
        return QStringLiteral("netperf");
    case Engine::Probe:
        return QStringLiteral("probe");
    case Engine::Ping:
        return QStringLiteral("ping");
    }
    return {};
}

QString toString(Protocol protocol) {
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    case Protocol::Udp:
        return QStringLiteral("udp");
    case Protocol::Icmp:
        return QStringLiteral("icmp");
    }
    return {};
}

QString toString(Direction direction) {
    switch (direction) {
    case Direction::Send:
        return QStringLiteral("send");
    case Direction::Receive:
        return QStringLiteral("receive");
    case Direction::Bidir:
        return QStringLiteral("bidir");
    }
    return {};
}

QString toString(RunStatus status) {
    switch (status) {
    case RunStatus::Ok:
        return QStringLiteral("ok");
    case RunStatus::Error:
        return QStringLiteral("error");
    case RunStatus::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

std::optional<Engine> engineFromString(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("iperf3"))
        return Engine::Iperf3;
    if (t == QLatin1String("netperf"))
        return Engine::Netperf;
    if (t == QLatin1String("probe"))
        return Engine::Probe;
    if (t == QLatin1String("ping"))
        return Engine::Ping;
    return std::nullopt;
}

std::optional<Protocol> protocolFromString(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tcp"))
        return Protocol::Tcp;
    if (t == QLatin1String("udp"))
        return Protocol::Udp;
    if (t == QLatin1String("icmp"))
        return Protocol::Icmp;
    return std::nullopt;
}

std::optional<Direction> directionFromString(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("send"))
        return Direction::Send;
    if (t == QLatin1String("receive"))
        return Direction::Receive;
    if (t == QLatin1String("bidir"))
        return Direction::Bidir;
    return std::nullopt;
}

std::optional<RunStatus> runStatusFromString(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ok"))
        return RunStatus::Ok;
    if (t == QLatin1String("error"))
        return RunStatus::Error;
    if (t == QLatin1String("partial"))
        return RunStatus::Partial;
    return std::nullopt;
}

} // namespace Perfdeck

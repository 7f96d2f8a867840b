// The health checks of each host over time, newest last and bounded per host: what the
// inventory dock shows as the current status and what a session keeps of past checks.
#pragma once

#include "inventory/hoststatus.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Perfdeck {

class HostStatusHistory final {
public:
    static constexpr int DefaultLimit = 50;

    void setLimit(int perHost);
    int limit() const { return m_limit; }

    // Appends a check; the oldest of that host is dropped beyond the limit.
    void add(const HostStatus &status);
    QList<HostStatus> history(const QString &host) const { return m_byHost.value(host); }
    std::optional<HostStatus> latest(const QString &host) const;
    QStringList hosts() const { return m_byHost.keys(); }
    bool isEmpty() const { return m_byHost.isEmpty(); }

    // Follows the inventory: a renamed host keeps its checks, a deleted one loses them.
    void rename(const QString &from, const QString &to);
    void remove(const QString &host);
    void clear() { m_byHost.clear(); }

    // {"limit": N, "hosts": {"name": [status, ...]}}
    QJsonObject toJson() const;
    static HostStatusHistory fromJson(const QJsonObject &o);

    bool operator==(const HostStatusHistory &) const = default;

private:
    QMap<QString, QList<HostStatus>> m_byHost;
    int m_limit = DefaultLimit;
};

} // namespace Perfdeck

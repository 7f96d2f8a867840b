#include "inventory/hoststatushistory.h"

#include <QJsonArray>

namespace Perfdeck {

void HostStatusHistory::setLimit(int perHost) {
    m_limit = qMax(1, perHost);
    for (QList<HostStatus> &list : m_byHost) {
        if (list.size() > m_limit)
            list.remove(0, list.size() - m_limit);
    }
}

void HostStatusHistory::add(const HostStatus &status) {
    QList<HostStatus> &list = m_byHost[status.host];
    list.append(status);
    if (list.size() > m_limit)
        list.remove(0, list.size() - m_limit);
}

std::optional<HostStatus> HostStatusHistory::latest(const QString &host) const {
    const auto it = m_byHost.constFind(host);
    if (it == m_byHost.cend() || it->isEmpty())
        return std::nullopt;
    return it->last();
}

void HostStatusHistory::rename(const QString &from, const QString &to) {
    if (from == to || !m_byHost.contains(from))
        return;
    QList<HostStatus> list = m_byHost.take(from);
    for (HostStatus &s : list)
        s.host = to;
    m_byHost.insert(to, list);
}

void HostStatusHistory::remove(const QString &host) {
    m_byHost.remove(host);
}

QJsonObject HostStatusHistory::toJson() const {
    QJsonObject hosts;
    for (auto it = m_byHost.cbegin(); it != m_byHost.cend(); ++it) {
        QJsonArray list;
        for (const HostStatus &s : it.value())
            list.append(s.toJson());
        hosts.insert(it.key(), list);
    }
    return QJsonObject{{QStringLiteral("limit"), m_limit}, {QStringLiteral("hosts"), hosts}};
}

HostStatusHistory HostStatusHistory::fromJson(const QJsonObject &o) {
    HostStatusHistory history;
    history.m_limit = qMax(1, o.value(QLatin1String("limit")).toInt(DefaultLimit));
    const QJsonObject hosts = o.value(QLatin1String("hosts")).toObject();
    for (auto it = hosts.constBegin(); it != hosts.constEnd(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            HostStatus s = HostStatus::fromJson(v.toObject());
            s.host = it.key();
            history.add(s);
        }
    }
    return history;
}

} // namespace Perfdeck

#include "util/listenaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Perfdeck {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

bool ListenAddress::isLoopback() const {
    if (address.isNull())
        return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    return address.isLoopback();
}

QString ListenAddress::toString() const {
    const QString h = address.isNull() ? host : address.toString();
    if (h.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(h).arg(port);
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

std::optional<ListenAddress> ListenAddress::parse(const QString &text, bool allowNames,
                                                  QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<ListenAddress> {
        if (error)
            *error = Tr::tr("'%1': %2").arg(text, why);
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(Tr::tr("expected ADDRESS:PORT, e.g. 127.0.0.1:9464"));
    QString host = text.left(colon).trimmed();
    const QString portText = text.mid(colon + 1).trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return fail(Tr::tr("write an IPv6 address in brackets, e.g. [::1]:9464"));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return fail(Tr::tr("the port must be a number from 0 to 65535"));
    ListenAddress result;
    result.port = quint16(port);
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host.startsWith(QLatin1Char('-')))
        return fail(Tr::tr("an address cannot start with '-'"));
    result.host = host;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 && !allowNames) {
        result.address = QHostAddress(QHostAddress::LocalHost);
        return result;
    }
    if (!result.address.setAddress(host)) {
        result.address.clear();
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*)$"));
        if (!allowNames || !name.match(host).hasMatch())
            return fail(Tr::tr("'%1' is not an IP address").arg(host));
    }
    return result;
}

} // namespace Perfdeck

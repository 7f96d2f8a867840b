#include "monitor/monitoringsettings.h"

#include "util/listenaddress.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

QJsonObject section(bool enabled, const char *key, const QString &value) {
    return {{QStringLiteral("enabled"), enabled}, {QLatin1String(key), value}};
}
} // namespace

namespace Perfdeck {

Exporters::Settings MonitoringSettings::exporters() const {
    Exporters::Settings s;
    if (metricsEnabled)
        s.metricsListen = metricsListen.trimmed();
    if (statsdEnabled)
        s.statsd = statsd.trimmed();
    if (influxEnabled)
        s.influxFile = influxFile.trimmed();
    return s;
}

bool MonitoringSettings::anyEnabled() const {
    return metricsEnabled || statsdEnabled || influxEnabled || webEnabled;
}

bool MonitoringSettings::onlyLoopback() const {
    QString ignored;
    const auto loopback = [&ignored](const QString &text) {
        const std::optional<ListenAddress> a =
            ListenAddress::parse(text.trimmed(), false, &ignored);
        return a && a->isLoopback();
    };
    return (!metricsEnabled || loopback(metricsListen)) && (!webEnabled || loopback(webListen));
}

QString MonitoringSettings::validate() const {
    QString error = Exporters::validate(exporters());
    if (!error.isEmpty())
        return error;
    if (influxEnabled && influxFile.trimmed().isEmpty())
        return Tr::tr("InfluxDB line-protocol file: no file name given");
    if (webEnabled) {
        if (!ListenAddress::parse(webListen.trimmed(), false, &error))
            return Tr::tr("web dashboard address %1").arg(error);
        if (webTlsCert.trimmed().isEmpty() != webTlsKey.trimmed().isEmpty())
            return Tr::tr("web dashboard: HTTPS needs both a certificate and its key file");
    }
    return {};
}

QJsonObject MonitoringSettings::toJson() const {
    QJsonObject web = section(webEnabled, "listen", webListen);
    web.insert(QStringLiteral("tls_cert"), webTlsCert);
    web.insert(QStringLiteral("tls_key"), webTlsKey);
    web.insert(QStringLiteral("token_keychain_key"), webTokenKey);
    return {{QStringLiteral("metrics"), section(metricsEnabled, "listen", metricsListen)},
            {QStringLiteral("statsd"), section(statsdEnabled, "address", statsd)},
            {QStringLiteral("influx"), section(influxEnabled, "file", influxFile)},
            {QStringLiteral("web"), web}};
}

MonitoringSettings MonitoringSettings::fromJson(const QJsonObject &object) {
    MonitoringSettings s;
    const auto read = [&object](const char *name, const char *key, bool *enabled, QString *value) {
        const QJsonObject o = object.value(QLatin1String(name)).toObject();
        *enabled = o.value(QStringLiteral("enabled")).toBool(false);
        if (o.value(QLatin1String(key)).isString())
            *value = o.value(QLatin1String(key)).toString();
        return o;
    };
    read("metrics", "listen", &s.metricsEnabled, &s.metricsListen);
    read("statsd", "address", &s.statsdEnabled, &s.statsd);
    read("influx", "file", &s.influxEnabled, &s.influxFile);
    const QJsonObject web = read("web", "listen", &s.webEnabled, &s.webListen);
    s.webTlsCert = web.value(QStringLiteral("tls_cert")).toString();
    s.webTlsKey = web.value(QStringLiteral("tls_key")).toString();
    s.webTokenKey = web.value(QStringLiteral("token_keychain_key")).toString();
    return s;
}

QString MonitoringSettings::newTokenKey() {
    return QStringLiteral("web-dashboard-token/") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Perfdeck

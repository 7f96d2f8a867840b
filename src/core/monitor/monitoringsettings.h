// What a session says about its live exporters and the web dashboard (the GUI's Monitoring
// settings): which of the Prometheus endpoint, the StatsD push, the InfluxDB line-protocol
// file and the web dashboard are on, and where. The web dashboard's bearer token is a secret:
// only the name it has in the keychain is kept here, never the token itself.
#pragma once

#include "monitor/exporters.h"

#include <QJsonObject>
#include <QString>

namespace Perfdeck {

struct MonitoringSettings {
    // Addresses are kept while switched off, so turning one on again brings back what was typed.
    bool metricsEnabled = false;
    QString metricsListen = QStringLiteral("127.0.0.1:9464");
    bool statsdEnabled = false;
    QString statsd = QStringLiteral("127.0.0.1:8125");
    bool influxEnabled = false;
    QString influxFile;
    bool webEnabled = false;
    QString webListen = QStringLiteral("127.0.0.1:8080");
    QString webTlsCert; // PEM files; both or neither
    QString webTlsKey;
    // The keychain entry (service "perfdeck") holding the web dashboard's token; empty until
    // the dashboard first ran with this session.
    QString webTokenKey;

    // The exporters that are on, as Exporters::start() takes them.
    Exporters::Settings exporters() const;
    bool anyEnabled() const;
    // Every listen address that is on is a loopback one (what opening a session may start
    // without asking).
    bool onlyLoopback() const;
    // Empty, or what is wrong with a setting that is on, naming it.
    QString validate() const;

    // The session's "monitoring" object; an absent or partial object gives the defaults.
    QJsonObject toJson() const;
    static MonitoringSettings fromJson(const QJsonObject &object);
    // A new keychain entry name for a web dashboard token ("web-dashboard-token/<random>").
    static QString newTokenKey();

    bool operator==(const MonitoringSettings &) const = default;
};

} // namespace Perfdeck

// The exporters a user switched on, as one unit for the CLI (--metrics-listen, --statsd,
// --influx-file) and the GUI's exporter settings: a Prometheus endpoint, a StatsD push and an
// InfluxDB line-protocol file, all fed by one LiveRuns.
#pragma once

#include <QObject>
#include <QString>

namespace Perfdeck {

class InfluxLineWriter;
class LiveRuns;
class MetricsServer;
class StatsdPusher;

class Exporters final : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString metricsListen; // "127.0.0.1:9464"; empty: no /metrics endpoint
        QString statsd;        // "127.0.0.1:8125"; empty: no StatsD push
        QString influxFile;    // empty: no line-protocol file
        int flushIntervalMs = 1000;

        bool isEmpty() const;
        bool operator==(const Settings &) const = default;
    };

    explicit Exporters(const LiveRuns *runs, QObject *parent = nullptr);
    ~Exporters() override;

    // Checks the addresses without opening anything. Empty if valid, else what is wrong,
    // naming the setting.
    static QString validate(const Settings &settings);
    // Stops what runs and starts what the settings ask for. On failure nothing is left
    // running and *error names the exporter and why (a port in use, a file not writable).
    bool start(const Settings &settings, QString *error);
    // Flushes the StatsD and InfluxDB exporters and closes everything.
    void stop();

    // Where /metrics is served ("http://127.0.0.1:9464/metrics"); empty when off.
    QString metricsUrl() const;
    const MetricsServer *metricsServer() const { return m_metrics; }

Q_SIGNALS:
    // A problem while running (StatsD host unknown, the file became unwritable).
    void errorOccurred(const QString &message);

private:
    const LiveRuns *m_runs;
    MetricsServer *m_metrics = nullptr;
    StatsdPusher *m_statsd = nullptr;
    InfluxLineWriter *m_influx = nullptr;
};

} // namespace Perfdeck

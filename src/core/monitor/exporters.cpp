#include "monitor/exporters.h"

#include "monitor/influxlinewriter.h"
#include "monitor/metricsserver.h"
#include "monitor/statsdpusher.h"
#include "util/listenaddress.h"

namespace Perfdeck {

bool Exporters::Settings::isEmpty() const {
    return metricsListen.isEmpty() && statsd.isEmpty() && influxFile.isEmpty();
}

Exporters::Exporters(const LiveRuns *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs) {}

Exporters::~Exporters() {
    stop();
}

QString Exporters::validate(const Settings &settings) {
    QString error;
    if (!settings.metricsListen.isEmpty() &&
        !ListenAddress::parse(settings.metricsListen, false, &error))
        return tr("metrics address %1").arg(error);
    if (!settings.statsd.isEmpty() && !ListenAddress::parse(settings.statsd, true, &error))
        return tr("StatsD address %1").arg(error);
    if (!settings.statsd.isEmpty() &&
        ListenAddress::parse(settings.statsd, true, &error)->port == 0)
        return tr("StatsD address '%1': the port cannot be 0").arg(settings.statsd);
    return {};
}

bool Exporters::start(const Settings &settings, QString *error) {
    stop();
    const QString invalid = validate(settings);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    QString why;
    const auto fail = [&] {
        stop();
        if (error)
            *error = why;
        return false;
    };
    if (!settings.metricsListen.isEmpty()) {
        m_metrics = new MetricsServer(m_runs, this);
        if (!m_metrics->start(*ListenAddress::parse(settings.metricsListen, false, &why), &why))
            return fail();
    }
    if (!settings.statsd.isEmpty()) {
        m_statsd = new StatsdPusher(m_runs, this);
        m_statsd->setFlushIntervalMs(settings.flushIntervalMs);
        connect(m_statsd, &StatsdPusher::errorOccurred, this, &Exporters::errorOccurred);
        if (!m_statsd->start(*ListenAddress::parse(settings.statsd, true, &why), &why))
            return fail();
    }
    if (!settings.influxFile.isEmpty()) {
        m_influx = new InfluxLineWriter(m_runs, this);
        m_influx->setFlushIntervalMs(settings.flushIntervalMs);
        connect(m_influx, &InfluxLineWriter::errorOccurred, this, &Exporters::errorOccurred);
        if (!m_influx->start(settings.influxFile, &why))
            return fail();
    }
    return true;
}

void Exporters::stop() {
    delete m_influx; // their destructors flush what is gathered
    m_influx = nullptr;
    delete m_statsd;
    m_statsd = nullptr;
    delete m_metrics;
    m_metrics = nullptr;
}

QString Exporters::metricsUrl() const {
    return m_metrics && m_metrics->isListening() ? m_metrics->url() : QString();
}

} // namespace Perfdeck

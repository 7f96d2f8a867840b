#include "monitor/influxlinewriter.h"

#include "monitor/liveruns.h"

#include <QTimer>

#include <chrono>
#include <cmath>
#include <cstring>

namespace Perfdeck {

namespace {

QByteArray escaped(const QString &text, const char *special) {
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        // A point is one line: a newline cannot be escaped, it becomes a space.
        const char kept = c == '\n' || c == '\r' ? ' ' : c;
        if (kept != 0 && std::strchr(special, kept))
            out += '\\';
        out += kept;
    }
    return out;
}

void addField(QByteArray &fields, const char *key, const OptDouble &value) {
    if (!value || !std::isfinite(*value))
        return;
    if (!fields.isEmpty())
        fields += ',';
    fields += key;
    fields += '=';
    // Floats always: a field's type must not change from point to point (1 vs 1.5).
    QByteArray number = QByteArray::number(*value, 'g', QLocale::FloatingPointShortest);
    fields += number;
}

} // namespace

InfluxLineWriter::InfluxLineWriter(const LiveRuns *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &InfluxLineWriter::flush);
}

InfluxLineWriter::~InfluxLineWriter() {
    stop();
}

void InfluxLineWriter::setFlushIntervalMs(int ms) {
    m_timer->setInterval(qMax(10, ms));
}

bool InfluxLineWriter::start(const QString &path, QString *error) {
    stop();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("cannot open %1 for appending: %2").arg(path, m_file.errorString());
        return false;
    }
    connect(m_runs, &LiveRuns::runChanged, this, &InfluxLineWriter::onRunChanged);
    m_timer->start();
    return true;
}

void InfluxLineWriter::stop() {
    if (!m_file.isOpen())
        return;
    flush();
    m_timer->stop();
    disconnect(m_runs, nullptr, this, nullptr);
    m_file.close();
}

void InfluxLineWriter::flush() {
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    if (m_file.write(m_pending) != m_pending.size() || !m_file.flush()) {
        if (!m_errorReported) {
            m_errorReported = true;
            Q_EMIT errorOccurred(
                tr("cannot write to %1: %2").arg(m_file.fileName(), m_file.errorString()));
        }
    }
    m_pending.clear();
}

qint64 InfluxLineWriter::nowNs() {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QByteArray InfluxLineWriter::escapeMeasurement(const QString &text) {
    return escaped(text, ", \\");
}

QByteArray InfluxLineWriter::escapeTag(const QString &text) {
    return escaped(text, ",= \\");
}

QByteArray InfluxLineWriter::quoteField(const QString &text) {
    return '"' + escaped(text, "\"\\") + '"';
}

QByteArray InfluxLineWriter::line(const LiveRun &run, qint64 timestampNs) {
    QByteArray out = escapeMeasurement(QString::fromLatin1(Measurement));
    // Tags sorted by key (what InfluxDB stores them as); an empty value is left out, the
    // protocol has no empty tag values.
    const std::pair<const char *, QString> tags[] = {{"client", run.client},
                                                     {"engine", run.engine},
                                                     {"protocol", run.protocol},
                                                     {"run", run.runId},
                                                     {"server", run.server}};
    for (const auto &[key, value] : tags) {
        if (value.isEmpty())
            continue;
        out += ',';
        out += key;
        out += '=';
        out += escapeTag(value);
    }
    QByteArray fields;
    if (!run.isRequestResponse())
        addField(fields, "throughput_bps", run.rateBps);
    addField(fields, "reverse_throughput_bps", run.reverseRateBps);
    addField(fields, "transactions_per_s", run.transactionsPerS);
    addField(fields, "retransmits", run.retransmits);
    addField(fields, "progress_ratio", run.progressRatio());
    addField(fields, "elapsed_s", run.elapsedS);
    fields += ",status=" + quoteField(toString(run.status));
    out += ' ';
    out += fields;
    out += ' ';
    out += QByteArray::number(timestampNs);
    return out;
}

void InfluxLineWriter::onRunChanged(int row) {
    const LiveRun &run = m_runs->run(row);
    const bool newSample = run.samples > m_samplesWritten.value(run.runId, 0);
    const bool ended = !run.isActive() && !m_endWritten.value(run.runId);
    if (!newSample && !ended)
        return;
    m_pending += line(run, nowNs());
    m_pending += '\n';
    ++m_pointsWritten;
    m_samplesWritten.insert(run.runId, run.samples);
    if (ended) {
        m_endWritten.insert(run.runId, true);
        flush(); // a run's end is on disk at once, whatever follows
    }
}

} // namespace Perfdeck

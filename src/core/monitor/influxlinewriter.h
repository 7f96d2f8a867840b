// Appends the live runs to a file in InfluxDB line protocol while tests run (--influx-file):
// one point per run and interval sample (and one with the final figures), nanosecond
// timestamps, flushed every interval so `telegraf` or `influx write` can follow the file.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Perfdeck {

class LiveRuns;
struct LiveRun;

class InfluxLineWriter final : public QObject {
    Q_OBJECT
public:
    static constexpr const char *Measurement = "perfdeck_run";

    explicit InfluxLineWriter(const LiveRuns *runs, QObject *parent = nullptr);
    ~InfluxLineWriter() override;

    void setFlushIntervalMs(int ms);
    // Opens the file for appending (created if missing; what is there is kept). False with
    // *error naming the file.
    bool start(const QString &path, QString *error);
    // Writes what is gathered and closes the file.
    void stop();
    void flush();
    int pointsWritten() const { return m_pointsWritten; }

    // One point in line protocol (no newline), timestamp in ns since the epoch.
    static QByteArray line(const LiveRun &run, qint64 timestampNs);
    // Escaping of the line protocol: measurement (comma, space), tag keys and values and
    // field keys (comma, equals sign, space), string field values (double quote, backslash).
    static QByteArray escapeMeasurement(const QString &text);
    static QByteArray escapeTag(const QString &text);
    static QByteArray quoteField(const QString &text);
    static qint64 nowNs();

Q_SIGNALS:
    // Writing failed (disk full, file removed): reported once, with the file's name.
    void errorOccurred(const QString &message);

private:
    void onRunChanged(int row);

    const LiveRuns *m_runs;
    QTimer *m_timer = nullptr;
    QFile m_file;
    QByteArray m_pending;
    QHash<QString, int> m_samplesWritten; // by run id
    QHash<QString, bool> m_endWritten;    // by run id
    int m_pointsWritten = 0;
    bool m_errorReported = false;
};

} // namespace Perfdeck

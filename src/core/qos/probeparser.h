// Reads perfdeck-probe's JSON lines (sender and reflector) the way the engine parsers read
// iperf3 and netperf: line by line as they arrive, or a whole captured output at once. A line
// that is not the probe's (garbage, a truncated last line of a killed probe) is skipped with
// a warning naming its line number; a missing "end" line means the output is incomplete.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

class ProbeParser final {
public:
    struct ClassOutput {
        QString name;
        int dscp = 0;
        QList<QJsonObject> intervals; // the probe's "interval" objects, in order
        QJsonObject summary;          // its "summary" object; empty when none came
    };

    // Above any count of datagrams a probe can send, and within what a double holds exactly: a
    // count read from a line or a stored result beyond it (3.3e30, NaN) is no count.
    static constexpr qint64 MaxCount = 1'000'000'000'000'000LL;

    // One line of output (without its newline). Returns false when the line was not one of
    // the probe's (see warnings()).
    bool addLine(const QString &line);
    // Every line of a whole output.
    static ProbeParser parse(const QByteArray &output);

    int lineCount() const { return m_lines; }
    // The reflector's "listening" line: the port it bound (0 until seen) and its address.
    quint16 listeningPort() const { return m_port; }
    QString listeningAddress() const { return m_address; }
    // The sender's "start" line was seen (its classes are known).
    bool started() const { return m_started; }
    // The "end" line was seen: the output is complete.
    bool complete() const { return m_complete; }
    QString endStatus() const { return m_endStatus; } // "ok", "stopped", ...
    QString endReason() const { return m_endReason; }
    // A line {"type":"error"} from the probe (it could not bind, bad arguments, ...).
    QString probeError() const { return m_probeError; }
    // "line N: ..." for every line that was skipped.
    QStringList warnings() const { return m_warnings; }
    const QList<ClassOutput> &classes() const { return m_classes; }
    // Reflector output: one object per flow ("summary" lines), and its "end" counters.
    const QList<QJsonObject> &reflectorFlows() const { return m_flows; }
    QJsonObject reflectorEnd() const { return m_reflectorEnd; }
    qint64 invalidDatagrams() const { return m_invalid; }

private:
    ClassOutput *classNamed(const QString &name, int dscp);
    void warn(const QString &text);

    int m_lines = 0;
    quint16 m_port = 0;
    QString m_address;
    bool m_started = false;
    bool m_complete = false;
    QString m_endStatus;
    QString m_endReason;
    QString m_probeError;
    QStringList m_warnings;
    QList<ClassOutput> m_classes;
    QList<QJsonObject> m_flows;
    QJsonObject m_reflectorEnd;
    qint64 m_invalid = 0;
};

} // namespace Perfdeck

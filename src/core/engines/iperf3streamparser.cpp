#include "engines/iperf3streamparser.h"

#include "engines/iperf3jsonparser.h"
#include "util/inputlimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Perfdeck {

std::optional<IntervalSample> Iperf3StreamParser::feedLine(QByteArrayView line) {
    ++m_lines;
    const QByteArray bytes = line.toByteArray().trimmed(); // tolerates "\r\n" and padding
    if (bytes.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject object = doc.object();
    const QJsonValue event = object.value(QLatin1String("event"));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !event.isString()) {
        // iperf3 prints some failures as plain text, even in JSON modes (esnet/iperf#1143).
        if (bytes.startsWith("iperf3: error") && m_error.isEmpty()) {
            m_error = QString::fromUtf8(bytes.mid(8)).trimmed();
            return std::nullopt;
        }
        if (m_malformed++ == 0)
            m_firstMalformed = m_lines;
        return std::nullopt;
    }
    const QString name = event.toString();
    const QJsonValue data = object.value(QLatin1String("data"));
    if (name == QLatin1String("start")) {
        m_start = data.toObject();
    } else if (name == QLatin1String("interval")) {
        // A tool that never stops printing intervals must not take the machine's memory.
        if (m_intervals.size() >= InputLimits::MaxIntervals) {
            if (m_error.isEmpty())
                m_error = InputLimits::tooManyIntervals() +
                          QLatin1String(": later intervals are not kept");
            return std::nullopt;
        }
        m_intervals.append(data);
        return Iperf3JsonParser::parseInterval(data.toObject());
    } else if (name == QLatin1String("end")) {
        m_end = data.toObject();
        m_hasEnd = true;
    } else if (name == QLatin1String("error")) {
        m_error =
            data.isString()
                ? data.toString()
                : QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
    }
    // Other events (server_output_text, server_output_json) carry nothing a run needs.
    return std::nullopt;
}

QJsonObject Iperf3StreamParser::assembledDocument() const {
    QJsonObject doc;
    doc.insert(QLatin1String("start"), m_start);
    doc.insert(QLatin1String("intervals"), m_intervals);
    doc.insert(QLatin1String("end"), m_end);
    if (!m_error.isEmpty())
        doc.insert(QLatin1String("error"), m_error);
    return doc;
}

} // namespace Perfdeck

#include "qos/probeparser.h"

#include "util/inputlimits.h"
#include "util/wholenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// A warning quotes at most this much of a bad line.
constexpr int QuoteChars = 60;
// Warnings kept (a stream of garbage must not grow without bound).
constexpr int MaxWarnings = 50;

QString quote(const QString &line) {
    QString q = line.left(QuoteChars);
    if (line.size() > QuoteChars)
        q += QStringLiteral("...");
    return q;
}

} // namespace

void ProbeParser::warn(const QString &text) {
    if (m_warnings.size() < MaxWarnings)
        m_warnings << QStringLiteral("line %1: %2").arg(m_lines).arg(text);
    else if (m_warnings.size() == MaxWarnings)
        m_warnings << Tr::tr("more lines skipped");
}

ProbeParser::ClassOutput *ProbeParser::classNamed(const QString &name, int dscp) {
    for (ClassOutput &c : m_classes) {
        if (c.name == name)
            return &c;
    }
    if (m_classes.size() >= 64)
        return nullptr;
    m_classes.append(ClassOutput{name, dscp, {}, {}});
    return &m_classes.last();
}

bool ProbeParser::addLine(const QString &rawLine) {
    ++m_lines;
    const QString line = rawLine.trimmed();
    if (line.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        warn(Tr::tr("not a line of perfdeck-probe's output (%1): %2")
                 .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                              : Tr::tr("not an object"),
                      quote(line)));
        return false;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    const QString role = o.value(QLatin1String("role")).toString();
    if (type == QLatin1String("error")) {
        if (m_probeError.isEmpty())
            m_probeError = o.value(QLatin1String("message")).toString();
        return true;
    }
    if (type == QLatin1String("listening")) {
        const int port = o.value(QLatin1String("port")).toInt(-1);
        if (port <= 0 || port > 65535) {
            warn(Tr::tr("\"listening\" without a valid port: %1").arg(quote(line)));
            return false;
        }
        m_port = quint16(port);
        m_address = o.value(QLatin1String("address")).toString();
        return true;
    }
    if (type == QLatin1String("start")) {
        m_started = true;
        for (const QJsonValue &v : o.value(QLatin1String("classes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QLatin1String("class")).toString();
            if (!name.isEmpty())
                classNamed(name, c.value(QLatin1String("dscp")).toInt());
        }
        return true;
    }
    if (type == QLatin1String("end")) {
        m_complete = true;
        m_endStatus = o.value(QLatin1String("status")).toString(QStringLiteral("ok"));
        m_endReason = o.value(QLatin1String("reason")).toString();
        // perfdeck-probe's count of datagrams it could not read; one no integer holds
        // (3.3e30 from a damaged line) counts nothing rather than being cast (undefined).
        m_invalid +=
            wholeNumber(o.value(QLatin1String("invalid")).toDouble(), 0, MaxCount).value_or(0);
        if (role == QLatin1String("reflector"))
            m_reflectorEnd = o;
        return true;
    }
    if (type == QLatin1String("interval") || type == QLatin1String("summary")) {
        if (role == QLatin1String("reflector")) {
            if (type == QLatin1String("summary") && m_flows.size() < 1024)
                m_flows << o;
            return true;
        }
        const QString name = o.value(QLatin1String("class")).toString();
        if (name.isEmpty() ||
            (type == QLatin1String("interval") && (!o.value(QLatin1String("start_s")).isDouble() ||
                                                   !o.value(QLatin1String("end_s")).isDouble()))) {
            warn(Tr::tr("\"%1\" without class, start_s or end_s: %2").arg(type, quote(line)));
            return false;
        }
        ClassOutput *c = classNamed(name, o.value(QLatin1String("dscp")).toInt());
        if (!c) {
            warn(Tr::tr("more than 64 classes"));
            return false;
        }
        if (type == QLatin1String("summary"))
            c->summary = o;
        else if (c->intervals.size() < InputLimits::MaxIntervals)
            c->intervals << o;
        return true;
    }
    warn(Tr::tr("unknown line type '%1'").arg(type));
    return false;
}

ProbeParser ProbeParser::parse(const QByteArray &output) {
    ProbeParser p;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            p.addLine(QString::fromUtf8(line));
        else
            ++p.m_lines;
    }
    return p;
}

} // namespace Perfdeck

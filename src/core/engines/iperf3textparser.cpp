#include "engines/iperf3textparser.h"

#include <QRegularExpression>

namespace Perfdeck {

namespace {

// Transfer units are binary (KBytes = 1024 bytes), rates decimal (Kbits/sec = 1000 bit/s).
double byteUnit(QStringView prefix) {
    if (prefix.isEmpty())
        return 1;
    switch (prefix.front().unicode()) {
    case 'K':
        return 1024.0;
    case 'M':
        return 1024.0 * 1024;
    case 'G':
        return 1024.0 * 1024 * 1024;
    case 'T':
        return 1024.0 * 1024 * 1024 * 1024;
    default:
        return 1;
    }
}

double bitUnit(QStringView prefix) {
    if (prefix.isEmpty())
        return 1;
    switch (prefix.front().unicode()) {
    case 'K':
        return 1e3;
    case 'M':
        return 1e6;
    case 'G':
        return 1e9;
    case 'T':
        return 1e12;
    default:
        return 1;
    }
}

QStringView trimmedEnd(QStringView line) {
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    return line;
}

bool chopSuffix(QStringView *text, QLatin1String suffix) {
    if (!text->endsWith(suffix))
        return false;
    text->chop(suffix.size());
    *text = trimmedEnd(*text);
    return true;
}

OptDouble sumOf(const QList<StreamSample> &streams, OptDouble StreamSample::*field) {
    OptDouble total;
    for (const StreamSample &s : streams) {
        if (s.*field)
            total = total.value_or(0) + *(s.*field);
    }
    return total;
}

} // namespace

Iperf3TextParser::Iperf3TextParser(int streams, bool bidir)
    : m_streams(std::max(1, streams))
    , m_bidir(bidir) {}

bool Iperf3TextParser::parseLine(QStringView line, QStringView columns, Line *out) {
    static const QRegularExpression re(QStringLiteral(
        R"(^\[\s*(\d+|SUM)\](?:\[(TX|RX)-([CS])\])?\s+(\d+(?:\.\d+)?)-\s*(\d+(?:\.\d+)?)\s+sec)"
        R"(\s+(\d+(?:\.\d+)?)\s+([KMGT]?)Bytes\s+(\d+(?:\.\d+)?)\s+([KMGT]?)bits/sec(.*)$)"));
    static const QRegularExpression udpReceiver(
        QStringLiteral(R"(^(\d+(?:\.\d+)?)\s+ms\s+(-?\d+)/\s*(\d+)\s+\(([-+\d.e]+|nan)%\))"));

    const QStringView text = trimmedEnd(line);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    Line l;
    l.sum = m.capturedView(1) == QLatin1String("SUM");
    l.id = l.sum ? 0 : m.capturedView(1).toInt();
    l.tagged = m.hasCaptured(2) && !m.capturedView(2).isEmpty();
    l.startS = m.capturedView(4).toDouble();
    l.endS = m.capturedView(5).toDouble();
    l.bytes = m.capturedView(6).toDouble() * byteUnit(m.capturedView(7));
    l.bps = m.capturedView(8).toDouble() * bitUnit(m.capturedView(9));

    QStringView rest = m.capturedView(10).trimmed();
    if (chopSuffix(&rest, QLatin1String("(omitted)")))
        l.omitted = true;
    if (chopSuffix(&rest, QLatin1String("receiver")))
        l.total = Line::Total::Receiver;
    else if (chopSuffix(&rest, QLatin1String("sender")))
        l.total = Line::Total::Sender;
    rest = rest.trimmed();

    if (const QRegularExpressionMatch u = udpReceiver.match(rest); u.hasMatch()) {
        l.jitterMs = u.capturedView(1).toDouble();
        l.lostPackets = u.capturedView(2).toDouble();
        l.packets = u.capturedView(3).toDouble();
        bool ok = false;
        const double percent = u.capturedView(4).toDouble(&ok);
        if (ok)
            l.lostPercent = percent;
    } else if (!rest.isEmpty()) {
        const QList<QStringView> tokens = rest.split(u' ', Qt::SkipEmptyParts);
        if (columns.contains(QLatin1String("Datagrams"))) {
            l.packets = tokens.first().toDouble();
        } else {
            l.retransmits = tokens.first().toDouble();
            if (tokens.size() >= 3 && tokens.at(2).endsWith(QLatin1String("Bytes")))
                l.cwndBytes = tokens.at(1).toDouble() * byteUnit(tokens.at(2).chopped(5));
        }
    }

    if (l.tagged) {
        const bool transmits = m.capturedView(2) == QLatin1String("TX");
        const bool client = m.capturedView(3) == QLatin1String("C");
        l.senderSide = transmits;
        l.forward = transmits == client; // TX-C and RX-S carry client->server data
    } else if (l.total != Line::Total::None) {
        l.senderSide = l.total == Line::Total::Sender;
    } else {
        // Only a sender prints Retr/Cwnd or "Total Datagrams"; a receiver prints jitter or
        // nothing.
        l.senderSide = l.retransmits.has_value() || (l.packets && !l.jitterMs);
    }
    *out = l;
    return true;
}

QList<IntervalSample> Iperf3TextParser::feedLine(QStringView rawLine) {
    QList<IntervalSample> done;
    const QStringView line = trimmedEnd(rawLine);
    if (line.startsWith(QLatin1String("Server listening on "))) {
        m_serverListening = true;
        const QStringView rest = line.mid(20);
        const qsizetype space = rest.indexOf(u' ');
        m_listeningPort = (space < 0 ? rest : rest.left(space)).toInt();
        return done;
    }
    if (line.startsWith(QLatin1String("Accepted connection from "))) {
        m_accepted = true;
        return done;
    }
    if (line.startsWith(QLatin1String("iperf3: "))) {
        QStringView message = line.mid(8);
        if (message.startsWith(QLatin1String("error - ")))
            message = message.mid(8);
        // iperf3 follows its error with "iperf3: exiting": the error is the news.
        if (message != QLatin1String("exiting") || m_error.isEmpty())
            m_error = message.toString();
        flush(&done);
        return done;
    }
    if (line.startsWith(QLatin1String("[ ID]"))) {
        m_columns = line.toString();
        return done;
    }
    if (line.startsWith(QLatin1String("- - -"))) {
        flush(&done);
        return done;
    }
    Line parsed;
    if (!parseLine(line, m_columns, &parsed))
        return done;
    if (parsed.total != Line::Total::None) {
        flush(&done);
        addTotal(parsed);
    } else {
        addToPending(parsed, &done);
    }
    return done;
}

QList<IntervalSample> Iperf3TextParser::finish() {
    QList<IntervalSample> done;
    flush(&done);
    return done;
}

void Iperf3TextParser::addToPending(const Line &line, QList<IntervalSample> *done) {
    // iperf3 3.12 flushes an interval's [SUM] line only when the next interval is printed,
    // a whole interval late; the interval is emitted once all its stream lines are in, so
    // its late [SUM] line is skipped here.
    if (line.sum && !m_hasPending && line.startS == m_emittedStart && line.endS == m_emittedEnd)
        return;
    if (m_hasPending && (m_pending.startS != line.startS || m_pending.endS != line.endS ||
                         m_pending.omitted != line.omitted))
        flush(done);
    if (!m_hasPending) {
        m_pending = IntervalSample{};
        m_pending.startS = line.startS;
        m_pending.endS = line.endS;
        m_pending.omitted = line.omitted;
        m_hasPending = true;
        m_forwardSumSeen = false;
        m_reverseSumSeen = false;
    }
    if (!line.sum) {
        StreamSample s;
        s.id = line.id;
        s.sender = line.senderSide;
        s.bps = line.bps;
        s.bytes = line.bytes;
        s.retransmits = line.retransmits;
        s.sndCwndBytes = line.cwndBytes;
        s.jitterMs = line.jitterMs;
        s.lostPackets = line.lostPackets;
        s.packets = line.packets;
        (line.forward ? m_pending.streams : m_pending.reverseStreams).append(s);
    }
    // With one stream per direction there is no [SUM] line: the stream line is the total.
    if (line.sum || m_streams == 1) {
        if (line.forward) {
            m_pending.bps = line.bps;
            m_pending.bytes = line.bytes;
            m_pending.retransmits = line.retransmits;
            if (line.cwndBytes)
                m_pending.sndCwndBytes = line.cwndBytes;
            m_pending.jitterMs = line.jitterMs;
            m_pending.lostPackets = line.lostPackets;
            m_pending.packets = line.packets;
            m_pending.lostPercent = line.lostPercent;
            m_forwardSumSeen = true;
        } else {
            m_pending.reverseBps = line.bps;
            m_reverseSumSeen = true;
        }
    }
    if (m_forwardSumSeen && (!m_bidir || m_reverseSumSeen)) {
        flush(done);
        return;
    }
    const bool allStreamsIn =
        m_streams > 1 && m_pending.streams.size() >= m_streams &&
        (!m_bidir || m_reverseSumSeen || m_pending.reverseStreams.size() >= m_streams);
    if (!line.sum && allStreamsIn && !m_forwardSumSeen)
        flush(done);
}

void Iperf3TextParser::flush(QList<IntervalSample> *done) {
    if (!m_hasPending)
        return;
    // An interval cut short (no [SUM] yet) still shows what its streams carried.
    if (!m_forwardSumSeen && !m_pending.streams.isEmpty()) {
        m_pending.bps = sumOf(m_pending.streams, &StreamSample::bps);
        m_pending.bytes = sumOf(m_pending.streams, &StreamSample::bytes);
        m_pending.retransmits = sumOf(m_pending.streams, &StreamSample::retransmits);
    }
    if (m_bidir && !m_reverseSumSeen && !m_pending.reverseStreams.isEmpty())
        m_pending.reverseBps = sumOf(m_pending.reverseStreams, &StreamSample::bps);
    if (!m_forwardSumSeen && !m_pending.streams.isEmpty()) {
        // UDP: losses add up over streams; jitter is the streams' mean.
        m_pending.lostPackets = sumOf(m_pending.streams, &StreamSample::lostPackets);
        m_pending.packets = sumOf(m_pending.streams, &StreamSample::packets);
        if (const OptDouble jitter = sumOf(m_pending.streams, &StreamSample::jitterMs))
            m_pending.jitterMs = *jitter / double(m_pending.streams.size());
        if (m_pending.lostPackets && m_pending.packets && *m_pending.packets > 0)
            m_pending.lostPercent = 100.0 * *m_pending.lostPackets / *m_pending.packets;
    }
    if (!m_pending.sndCwndBytes)
        m_pending.sndCwndBytes = sumOf(m_pending.streams, &StreamSample::sndCwndBytes);
    m_emittedStart = m_pending.startS;
    m_emittedEnd = m_pending.endS;
    done->append(m_pending);
    m_hasPending = false;
    m_pending = IntervalSample{};
}

void Iperf3TextParser::addTotal(const Line &line) {
    // The per-stream totals repeat in the [SUM] line when there are several streams.
    if ((m_streams > 1) != line.sum)
        return;
    Summary *target = &m_summary;
    if (!line.forward) {
        if (!m_reverseSummary)
            m_reverseSummary.emplace();
        target = &*m_reverseSummary;
    }
    m_summarySeen = true;
    if (line.total == Line::Total::Sender) {
        target->sentBps = line.bps;
        target->sentBytes = line.bytes;
        target->retransmits = line.retransmits;
        return;
    }
    // A receiver total of 0 next to sent data was never reported (client interrupted).
    if (line.bytes == 0 && target->sentBytes.value_or(0) > 0)
        return;
    target->receivedBps = line.bps;
    target->receivedBytes = line.bytes;
    target->throughputBps = line.bps;
    target->jitterMs = line.jitterMs;
    target->lostPackets = line.lostPackets;
    target->packets = line.packets;
    target->lostPercent = line.lostPercent;
}

} // namespace Perfdeck

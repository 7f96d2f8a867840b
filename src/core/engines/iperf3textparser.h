// Follows iperf3's human-readable output (client or server, with --forceflush) line by line
// and turns interval lines into samples while the test runs. Used on iperf3 < 3.17, which
// cannot stream JSON. Also recognises "Server listening", errors and the final summary lines.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Perfdeck {

class Iperf3TextParser final {
public:
    // streams: the -P count (a [SUM] line follows per interval when > 1); bidir: --bidir.
    explicit Iperf3TextParser(int streams = 1, bool bidir = false);

    // Feeds one complete line (without the newline). Returns the intervals it completed.
    QList<IntervalSample> feedLine(QStringView line);
    // End of output: returns any interval still pending.
    QList<IntervalSample> finish();

    bool serverListening() const { return m_serverListening; }
    int listeningPort() const { return m_listeningPort; }
    // A new test started on a server ("Accepted connection from ...").
    bool connectionAccepted() const { return m_accepted; }
    // The last "iperf3: error - ..." message, without the prefix.
    QString error() const { return m_error; }
    // Totals from the "sender"/"receiver" summary lines (rounded as iperf3 prints them).
    Summary summary() const { return m_summary; }
    bool summarySeen() const { return m_summarySeen; }
    // --bidir: totals of the server->client direction (summary() is client->server).
    std::optional<Summary> reverseSummary() const { return m_reverseSummary; }

    // One parsed "[ ID] start-end sec <transfer> <bitrate> ..." line; exposed for tests.
    struct Line {
        bool sum = false;       // [SUM]
        int id = 0;             // socket number when !sum
        bool forward = true;    // client->server direction (bidir roles; always true otherwise)
        bool tagged = false;    // had a [TX-C]/[RX-S]... role
        bool senderSide = true; // the printing side sends this stream
        double startS = 0;
        double endS = 0;
        double bytes = 0;
        double bps = 0;
        OptDouble retransmits;
        OptDouble cwndBytes;
        OptDouble jitterMs;
        OptDouble lostPackets;
        OptDouble packets;
        OptDouble lostPercent;
        bool omitted = false;
        enum class Total { None, Sender, Receiver } total = Total::None;
    };
    // Parses an interval or summary line; false for any other line. columns: the last
    // "[ ID] Interval ..." header, which says what a lone number means (Retr or Datagrams).
    static bool parseLine(QStringView line, QStringView columns, Line *out);

private:
    void addToPending(const Line &line, QList<IntervalSample> *done);
    void flush(QList<IntervalSample> *done);
    void addTotal(const Line &line);

    int m_streams = 1;
    bool m_bidir = false;
    bool m_serverListening = false;
    int m_listeningPort = 0;
    bool m_accepted = false;
    bool m_summarySeen = false;
    QString m_error;
    QString m_columns; // the last "[ ID] Interval ..." header
    Summary m_summary;
    std::optional<Summary> m_reverseSummary;
    // The interval being assembled from its stream/[SUM] lines.
    bool m_hasPending = false;
    IntervalSample m_pending;
    bool m_forwardSumSeen = false;
    // The interval emitted last: its late [SUM] line (see addToPending) is not a new one.
    double m_emittedStart = -1;
    double m_emittedEnd = -1;
    bool m_reverseSumSeen = false;
};

} // namespace Perfdeck

// Follows iperf3's human-readable output (client or server, with --forceflush) line by line
// and turns interval lines into samples while the test runs. Used on iperf3 < 3.17, which
// cannot stream JSON. Also recognises "Server listening", errors and the final summary lines.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>
#include <QStringView>

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

private:
    struct Pending;
    int m_streams = 1;
    bool m_bidir = false;
    bool m_serverListening = false;
    int m_listeningPort = 0;
    bool m_accepted = false;
    bool m_inSummary = false;
    bool m_summarySeen = false;
    QString m_error;
    Summary m_summary;
    QList<IntervalSample> m_pending; // intervals grouped but not yet complete
    double m_pendingStart = -1;
    double m_pendingEnd = -1;
    IntervalSample m_current;
    int m_currentLines = 0;
};

} // namespace Perfdeck

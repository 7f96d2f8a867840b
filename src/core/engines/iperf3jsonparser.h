// Turns iperf3's -J output (client or server side, any mode) into a RunResult.
// Pure functions: the CLI, the GUI and the importer call the same code; no I/O here.
//
// Which side measured what (iperf3 3.12, checked against real captures in tests/data/iperf3):
// - "intervals" are measured by the side that wrote the document: a client's intervals in a
//   normal test are the sender's counts; with -R (or on a server in a normal test) they are the
//   receiver's, with jitter/loss for UDP. IntervalSample::streams/reverseStreams keep each
//   stream's "sender" flag.
// - end.sum_sent / end.sum_received describe the data direction whatever the side: summary
//   .throughput_bps and .received_* come from sum_received, .sent_* and .retransmits from
//   sum_sent. For UDP the receiver's jitter/loss/packets come from sum_received (or from
//   end.sum in versions without sum_received); sum_sent's jitter/loss are always 0 and ignored.
// - The side that did not measure a total writes 0 for it (a server's sum_sent, a client's
//   sum_received after Ctrl-C, remote CPU on a server): a zero total whose counterpart carried
//   data is unknown, so it becomes null.
// - RTT and snd_cwnd exist only where the writing side sent the data (its TCP_INFO): for a
//   client in a normal test, for a server with -R. Elsewhere they are null.
// - --bidir: "sum"/"sum_sent"/"sum_received" are the client->server direction on both sides,
//   "*_bidir_reverse" the server->client one; summary is the former, reverse_summary the latter.
#pragma once

#include "model/runresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Perfdeck {

struct Iperf3ParseOutcome {
    // False when the bytes are not an iperf3 document at all (not JSON, truncated, no "start").
    bool parsed = false;
    // Why parsing failed, with a line/column for JSON syntax errors.
    QString parseError;
    // Filled whenever parsed is true. A document with an "error" key gives status error (no
    // data) or partial (some intervals), with the tool's message in run.error.
    RunResult run;
    // True when the JSON was cut off (parsed stays false, parseError says where) but the
    // complete intervals before the cut could be salvaged: run then holds a partial run.
    bool recovered = false;
    // True when parseError is a JSON syntax error at the very end of the data.
    bool truncated = false;
};

namespace Iperf3JsonParser {

Iperf3ParseOutcome parse(const QByteArray &bytes);
Iperf3ParseOutcome parseDocument(const QJsonObject &document);
// One element of "intervals" ({streams, sum, sum_bidir_reverse}) as a sample.
IntervalSample parseInterval(const QJsonObject &interval);

// Cheap content sniffing for importers: does this look like an iperf3 -J document?
bool looksLikeIperf3Json(const QByteArray &bytes);

} // namespace Iperf3JsonParser

} // namespace Perfdeck

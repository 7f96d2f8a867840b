// What makes two runs the same test: engine, protocol, direction, streams, target bitrate,
// planned duration and netperf test. Statistics pool only like runs, comparisons name what
// differs between unlike ones, and reports and the matrix group runs by it.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct RunKind {
    Engine engine = Engine::Iperf3;
    Protocol protocol = Protocol::Tcp;
    Direction direction = Direction::Send;
    int streams = 1;
    // The rate asked for (-b, whole bit/s); unset: unlimited TCP or the tool's default rate.
    std::optional<double> bitrateBps;
    // Planned seconds (-t / -l of the command), else the recorded duration rounded (whole
    // seconds from 2 s up); unset when neither is known.
    std::optional<double> durationS;
    // netperf only: TCP_STREAM, TCP_RR, ...; empty when the run does not tell.
    QString netperfTest;
    // The traffic pattern the rate followed ("ramp:10M..100M/10s"); empty: none. A pattern run
    // has no single bitrate, and its duration is the pattern's (a TCP pattern's command is
    // only its first phase's iperf3 test).
    QString pattern;

    // The kind of a run, read from its fields and, where they are silent (target rate,
    // planned duration, netperf test), from the command it ran.
    static RunKind of(const RunResult &run);

    // "iperf3 TCP send, 1 stream, 10 s", "iperf3 UDP send at 100 Mbit/s, 4 streams, 30 s",
    // "netperf TCP_RR, 1 stream, 10 s", "probe UDP send with pattern onoff:20M,1s,1s, 1
    // stream, 4 s".
    QString describe() const;
    // One entry per attribute that differs, "protocol: TCP vs UDP" (this first). An attribute
    // that one side does not know (netperf test, duration) is not called a difference.
    QStringList differencesTo(const RunKind &other) const;
    bool isLike(const RunKind &other) const { return differencesTo(other).isEmpty(); }

    bool operator==(const RunKind &) const = default;
};

// One entry per attribute with more than one value among the kinds, "protocol (TCP, UDP)";
// empty when they are all alike (unknown values, as in differencesTo(), do not count).
QStringList kindDifferences(const QList<RunKind> &kinds);

// Indices of the runs like runs[reference] (itself included), in order.
QList<qsizetype> likeRuns(const QList<RunResult> &runs, qsizetype reference);

} // namespace Perfdeck

// Forward and reverse figures of one client/server pair, as users compare them: a bidir run
// (its summary and reverse_summary), or a send run and a receive run of the same pair in one
// batch, linked both ways by `pair_of` (run ids). The asymmetry ratio is forward / reverse.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>

namespace Perfdeck {

struct DirectionPair {
    QString forwardRunId;
    QString reverseRunId; // the same id for a bidir run
    QString client;       // inventory names where known, else the run's addresses
    QString server;
    OptDouble forwardBps;
    OptDouble reverseBps;
    OptDouble asymmetry; // forward / reverse

    // Links each receive run to the first unpaired send run of the same pair (engine,
    // protocol, client and server hosts, server address, streams, instance) by setting both runs'
    // pairOf; runs already paired keep their link. Returns how many pairs were linked.
    static int link(QList<RunResult> &runs);
    // One entry per bidir run and per linked send/receive pair, in run order.
    static QList<DirectionPair> of(const QList<RunResult> &runs);
};

} // namespace Perfdeck

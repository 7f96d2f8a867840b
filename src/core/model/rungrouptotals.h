// The totals of a group of runs measured together (the flows of a flent rrul test): computed
// from its runs, never stored beside them, so a total can never count a flow twice or drift
// from the flows it sums. Used by `import` and whoever shows a group.
#pragma once

#include "model/runresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

struct RunGroupTotals {
    QString group;
    QString label;
    int runs = 0;
    QStringList classes; // each class once, in run order
    // Sums of the runs' throughput_bps: send (upload) runs, receive (download) runs, both.
    OptDouble uploadBps;
    OptDouble downloadBps;
    OptDouble totalBps;

    // One entry per group id found in runs, in order of first appearance.
    static QList<RunGroupTotals> of(const QList<RunResult> &runs);
};

} // namespace Perfdeck

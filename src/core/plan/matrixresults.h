// The measured figures of a test plan, cell by cell: which runs a cell has, its headline value
// (throughput, or transactions/s for request/response tests; instances summed, repeats
// averaged), and, where forward and reverse of a pair were measured (a bidir run, or a send
// and a receive cell linked by model/DirectionPair), both figures and their asymmetry. The
// GUI's heat map, the report context's `matrix` and the report's matrix chart all read it.
#pragma once

#include "model/runresult.h"
#include "plan/testmatrix.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

class MatrixResults final {
public:
    struct Cell {
        QString id; // as TestMatrix::cellId and RunResult::cell
        QString client;
        QString server;
        int test = 0;        // index into tests
        bool planned = true; // false: the cell is not in the plan (runs only name it)
        QString skipReason;  // the plan will not run it (turned off, same host)
        QStringList runIds;  // in run order
        QStringList runLabels;
        // ok: every run measured; partial: some repeats or instances failed or stopped
        // early; failed: nothing measured; not_run: no run yet; skipped: skipReason.
        QString status;
        QString error; // the first failure's message
        OptDouble value;
        OptDouble min; // over repeats
        OptDouble max;
        int repeats = 0;   // repeats with a value
        int instances = 0; // the most instances one repeat had
        // Forward (client to server) and reverse figures of the pair this cell belongs to,
        // from a bidir run or from the linked cell of the other direction (pairCell).
        OptDouble forwardValue;
        OptDouble reverseValue;
        OptDouble asymmetry;    // forward / reverse
        QString pairCell;       // the other direction's cell; this cell's id for a bidir one
        bool isForward = false; // the send cell of a pair, or a bidir cell
        CellOverrides overrides;
    };
    struct Test {
        QString name;   // may be empty for a plan of one unnamed test
        QString metric; // throughput_bps or transactions_per_s
        QString unit;   // bit/s or 1/s
        OptDouble min;  // over its cells' values: the ends of the colour scale
        OptDouble max;
    };

    QStringList clients;
    QStringList servers;
    QString profile;
    QList<Test> tests;
    QList<Cell> cells; // clients x servers x tests, in that order

    // The plan's cells with the runs of runs that name them (RunResult::cell). With an empty
    // matrix the plan is read off the runs' cells (a results document has no plan);
    // isEmpty() then when no run belongs to a cell.
    static MatrixResults build(const TestMatrix &matrix, const QList<RunResult> &runs);
    bool isEmpty() const { return cells.isEmpty(); }
    const Cell *cell(const QString &client, const QString &server, int test) const;
    const Cell *cell(const QString &id) const;
    // What report templates see as `matrix` (docs/TEMPLATES.md).
    QJsonObject toJson() const;
};

} // namespace Perfdeck

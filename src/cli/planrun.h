// `perfdeck-cli run --hosts FILE --clients A,B --servers C,D`: the test plan behind the run
// command. Resolves the names in the inventory, gives each host its launcher (HostLaunchers:
// this machine for `local` and loopback hosts without SSH settings, SSH for the others),
// turns the plan into cell specs, prints
// one line per finished cell and, at the end, a clients x servers table per test.
#pragma once

#include "cli/runoptions.h"
#include "model/runresult.h"
#include "plan/testmatrix.h"

#include <QList>
#include <QObject>

namespace Perfdeck {
class JobRunner;
class HostLaunchers;
} // namespace Perfdeck

namespace Perfdeck::Cli {

class PlanRun final : public QObject {
    Q_OBJECT
public:
    explicit PlanRun(QObject *parent = nullptr);

    // Reads the inventory and builds the plan; false with *error naming the file, the line
    // or the unknown host (exit code 2).
    bool prepare(const RunOptions &options, QString *error);
    const TestMatrix &matrix() const { return m_matrix; }
    // The specs of the cells that run (skipped ones are printed by follow()).
    QList<TestSpec> specs() const;
    // Gives runner the hosts' launchers and the plan's limits, prints the skipped cells and
    // one line per finished cell from now on.
    void follow(JobRunner &runner, const RunOptions &options);
    // Clients as rows, servers as columns, one table per test: the cell's throughput (sum
    // of its instances, mean of its repeats) or transaction rate, "failed", "skipped".
    QString table(const QList<RunResult> &results) const;

private:
    void onJobStatus(JobRunner &runner, int job);

    TestMatrix m_matrix;
    QList<TestMatrix::Cell> m_cells;
    HostLaunchers *m_hosts = nullptr; // owned; the inventory hosts' launchers
    QStringList m_hostNames;          // the plan's hosts other than `local`
    QList<TestSpec> m_runSpecs;       // per run index
    QList<int> m_runJob;              // per run index
    int m_jobs = 0;
    int m_jobsDone = 0;
    bool m_quiet = false;
};

} // namespace Perfdeck::Cli

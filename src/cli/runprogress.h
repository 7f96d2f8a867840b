// What `perfdeck-cli run` tells the user while tests run: the start of each run, one line per
// live interval and a "waiting" line where no live source exists (stderr), and each run's
// result when it ends (stdout, or stderr while a results file goes to stdout).
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"

#include <QList>
#include <QObject>

namespace Perfdeck {
class JobRunner;
}

namespace Perfdeck::Cli {

class RunProgress final : public QObject {
    Q_OBJECT
public:
    // runSpecs: one entry per run (repeats expanded as JobRunner does). quiet: no progress,
    // only the results; resultsToStderr: stdout carries a results file.
    RunProgress(const QList<TestSpec> &runSpecs, bool quiet, bool resultsToStderr,
                QObject *parent = nullptr);
    // Prints runner's progress from now on; this object is the context of the connections.
    void follow(JobRunner &runner);
    // While the terminal dashboard owns the screen, results are kept and printed by
    // releaseResults() once it is gone.
    void holdResults() { m_holding = true; }
    void releaseResults();

    // The result of one run in a few human lines (figures, error, netperf notes).
    static QString describeRun(const RunResult &run);

private:
    void onRunStarted(int index, const QString &id, const TestSpec &spec);
    void onSample(int index, const IntervalSample &sample);
    void onProgress(int index, double elapsed, double total);
    void onRunFinished(int index, const RunResult &result);

    QList<TestSpec> m_runSpecs;
    QList<int> m_samplesSeen;
    QList<int> m_lastSecondShown;
    bool m_quiet = false;
    bool m_resultsToStderr = false;
    bool m_holding = false;
    QString m_held;
};

} // namespace Perfdeck::Cli

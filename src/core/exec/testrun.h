// One test being executed, whatever the engine: live samples while it runs, a RunResult at
// the end (also after a failure or a cancel, with whatever was measured). The JobRunner and
// the GUI only see this interface.
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"

#include <QObject>

namespace Perfdeck {

class TestRun : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, StartingServer, Running, Stopping, Finished };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void start() = 0;
    // Ends the test early; finished() follows with the data measured so far.
    virtual void cancel() = 0;
    virtual State state() const = 0;
    // PIDs of the processes this run started and that are still alive.
    virtual QList<qint64> processIds() const = 0;
    // The processes this run started anywhere (host name, "client"/"server", PID there), for
    // resource sampling; a process whose host has not reported its PID yet is left out.
    struct Process {
        QString host;
        QString role;
        qint64 pid = 0;
    };
    virtual QList<Process> processes() const { return {}; }
    virtual const TestSpec &spec() const = 0;
    bool isActive() const { return state() != State::Idle && state() != State::Finished; }

Q_SIGNALS:
    void stateChanged(Perfdeck::TestRun::State state);
    void intervalSample(const Perfdeck::IntervalSample &sample);
    // A line of tool output, prefixed with its origin ("server", "client").
    void logLine(const QString &origin, const QString &line);
    void progress(double elapsedS, double totalS);
    void finished(const Perfdeck::RunResult &result);
};

} // namespace Perfdeck

// The results table: one row per run of the session, live while it runs and final afterwards.
// Rows are keyed by run id so the JobRunner's live updates, the chart selection and the
// session file all talk about the same run.
#pragma once

#include "model/runresult.h"
#include "model/testspec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Perfdeck {

// A row of the table: the run's final (or partial) result plus what the GUI knows while it
// is still running.
struct RunRecord {
    TestSpec spec;
    RunResult result;
    bool running = false;
    double elapsedS = 0;
    OptDouble lastBps; // the latest live interval, shown until the final summary arrives
    // Why Re-run cannot repeat this run (its spec could not be rebuilt); empty: it can.
    QString rerunProblem;
    // Why the DSCP probe beside this run could say nothing (also among its warnings).
    QString dscpProblem;
};

class RunTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn, // "#3": the run's name everywhere (runLabel())
        StatusColumn,
        ThroughputColumn, // bit/s, or transactions/s for request/response tests
        ToolColumn,       // "iperf3", "netperf TCP_RR"
        ProtocolColumn,
        DirectionColumn,
        StreamsColumn,
        DurationColumn,
        TargetColumn,
        StartedColumn,
        SentColumn,
        ReceivedColumn,
        RetransmitsColumn,
        JitterColumn,
        LossColumn,
        LatencyP50Column,
        LatencyP90Column,
        LatencyP99Column,
        CpuColumn,  // "local / remote"
        DscpColumn, // the class a marked run was sent with and what arrived ("EF: kept")
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RunIdRole = Qt::UserRole,
        SortRole,    // a number or a string that sorts the way the user expects
        RunningRole, // bool
        StatusRole,  // Perfdeck::RunStatus as int
    };
    Q_ENUM(Role)

    explicit RunTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Live updates from the JobRunner.
    void addRunning(const QString &runId, const TestSpec &spec, const QDateTime &startedAt);
    // A new attempt (runId) of the running row attemptId, whose attempt failed before it
    // measured anything and is started again: the row, its place and its number are kept.
    // False when attemptId is not a running row.
    bool restartRunning(const QString &attemptId, const QString &runId, const TestSpec &spec,
                        const QDateTime &startedAt);
    void updateProgress(const QString &runId, double elapsedS);
    void updateLiveSample(const QString &runId, const IntervalSample &sample);
    void finishRun(const QString &runId, const RunResult &result);
    // What the DSCP probe beside a finished run found (its "qos" object, DscpCompanion), or
    // why it found nothing (kept as a warning of the run).
    void setRunQos(const QString &runId, const QJsonObject &qos, const QString &problem);
    // A finished run from elsewhere (an import): numbered after the session's runs.
    void addFinished(const RunResult &result, const TestSpec &spec = TestSpec(),
                     const QString &rerunProblem = QString());

    // Whole-session operations.
    void setRecords(const QList<RunRecord> &records);
    void removeRuns(const QStringList &runIds);
    void clear();

    const QList<RunRecord> &records() const { return m_records; }
    int rowOf(const QString &runId) const;
    const RunRecord *record(const QString &runId) const;
    // Only finished runs: what a session file and an export contain.
    QList<RunResult> finishedResults() const;

private:
    void emitRowChanged(int row);
    int nextNumber() const;

    QList<RunRecord> m_records;
};

} // namespace Perfdeck

// Writes the selected runs to CSV (one row per interval, like `perfdeck-cli run --csv`) or to a
// perfdeck.results/1 JSON document, on a worker thread: an hour of -P 128 samples is big.
#pragma once

#include "model/runresult.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace Perfdeck {

class ExportActions final : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Json };
    Q_ENUM(Format)

    explicit ExportActions(QObject *parent = nullptr);
    ~ExportActions() override;

    // Starts writing; finished() or failed() follows. False if an export is still running.
    bool exportRuns(const QList<RunResult> &runs, Format format, const QString &path);
    bool isBusy() const { return m_watcher.isRunning(); }

    static QString fileFilter(Format format);

Q_SIGNALS:
    void finished(const QString &path, int runCount);
    void failed(const QString &message);

private:
    struct Outcome {
        QString path;
        QString error;
        int runs = 0;
        bool ok = false;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Perfdeck

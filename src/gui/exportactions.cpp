#include "gui/exportactions.h"

#include "results/csvexport.h"
#include "results/resultsdocument.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Perfdeck {

ExportActions::ExportActions(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        if (o.ok)
            Q_EMIT finished(o.path, o.runs);
        else
            Q_EMIT failed(tr("Could not export the runs.\n%1").arg(o.error));
    });
}

ExportActions::~ExportActions() {
    m_watcher.waitForFinished(); // the file being written must not be cut short
}

QString ExportActions::fileFilter(Format format) {
    return format == Format::Csv ? tr("CSV files (*.csv);;All files (*)")
                                 : tr("JSON results (*.json);;All files (*)");
}

bool ExportActions::exportRuns(const QList<RunResult> &runs, Format format, const QString &path) {
    if (m_watcher.isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([runs, format, path] {
        Outcome o;
        o.path = path;
        o.runs = int(runs.size());
        if (format == Format::Csv) {
            o.ok = CsvExport::writeFile(path, CsvExport::intervals(runs), &o.error);
        } else {
            ResultsDocument doc;
            doc.runs = runs;
            doc.generator = QStringLiteral("perfdeck ") + QCoreApplication::applicationVersion();
            doc.generatedAt = QDateTime::currentDateTimeUtc();
            o.ok = doc.save(path, &o.error);
        }
        return o;
    }));
    return true;
}

} // namespace Perfdeck

#include "gui/reportjob.h"

#include "report/pdf/htmlcharts.h"
#include "report/reportcontext.h"
#include "report/templatelibrary.h"
#include "util/fileio.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent>

namespace Perfdeck {

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
    , m_engine(new TemplateEngine(this)) {
    connect(&m_context, &QFutureWatcher<Context>::finished, this, &ReportJob::contextReady);
    connect(m_engine, &TemplateEngine::rendered, this, &ReportJob::rendered);
    connect(&m_writer, &QFutureWatcher<Written>::finished, this, &ReportJob::written);
}

ReportJob::~ReportJob() {
    if (m_cancel)
        *m_cancel = true;
    // The workers hold copies of what they need; waiting here keeps the file write whole.
    m_context.waitForFinished();
    m_writer.waitForFinished();
}

QString ReportJob::formatOf(const QString &path) {
    return TemplateLibrary::outputFormatOf(path);
}

bool ReportJob::start(const Request &request) {
    if (m_running)
        return false;
    m_request = request;
    if (m_request.format.isEmpty())
        m_request.format = formatOf(request.outputPath);
    if (m_request.folders.isEmpty())
        m_request.folders = TemplateLibrary::folders();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT progress(5, tr("Computing statistics"));
    TemplateEngine::prepare(); // Python starts while the statistics are computed
    ReportContextOptions options;
    options.templateName =
        request.isFile ? QFileInfo(request.templateName).fileName() : request.templateName;
    options.templateFile = request.templateName;
    // Printing lays the HTML out on pages as the PDF does: templates see "pdf".
    options.outputFormat =
        m_request.format == QLatin1String("print") ? QStringLiteral("pdf") : m_request.format;
    const ReportInput input = m_request.input;
    const QString historyPath = m_request.historyPath;
    m_context.setFuture(QtConcurrent::run([input, options, historyPath] {
        ReportInput withHistory = input;
        // A history that cannot be read leaves the report without it (context history.error).
        if (!historyPath.isEmpty())
            withHistory.loadHistory(historyPath);
        return Context{QJsonDocument(ReportContext::build(withHistory, options))
                           .toJson(QJsonDocument::Compact),
                       withHistory.history};
    }));
    return true;
}

void ReportJob::cancel() {
    if (!m_running)
        return;
    *m_cancel = true;
    // A render in progress ends within its time limit; its result is then dropped.
    if (!m_context.isRunning() && !m_writer.isRunning()) {
        m_renderId = 0;
        m_running = false;
        Q_EMIT cancelled();
    }
}

void ReportJob::contextReady() {
    if (*m_cancel) {
        m_running = false;
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT progress(25, tr("Rendering %1").arg(QFileInfo(m_request.templateName).fileName()));
    TemplateRequest request;
    request.templateName = m_request.templateName;
    request.isFile = m_request.isFile;
    request.folders = m_request.folders;
    const Context context = m_context.result();
    request.contextJson = context.json;
    m_request.input.history = context.history;
    m_request.input.historyPath = m_request.historyPath;
    m_renderId = m_engine->renderAsync(request);
}

void ReportJob::rendered(quint64 id, const TemplateResult &result) {
    if (id != m_renderId || !m_running)
        return;
    m_renderId = 0;
    if (*m_cancel) {
        m_running = false;
        Q_EMIT cancelled();
        return;
    }
    if (!result.ok) {
        m_running = false;
        Q_EMIT failed(result.error.toString());
        return;
    }
    const QString html = result.output;
    if (m_request.format == QLatin1String("print")) {
        m_running = false;
        Q_EMIT progress(100, tr("Done"));
        Q_EMIT renderedHtml(html);
        return;
    }
    Q_EMIT progress(50, tr("Writing %1").arg(QFileInfo(m_request.outputPath).fileName()));
    const Request request = m_request;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    // The destructor waits for this worker, so `this` outlives it.
    m_writer.setFuture(QtConcurrent::run([this, html, request, cancelFlag] {
        Written w;
        if (request.format != QLatin1String("pdf")) {
            const QString text =
                request.format == QLatin1String("html")
                    ? HtmlCharts::embedSvg(html, request.input.runs, request.input.baselineRuns,
                                           nullptr, request.input.history)
                    : html;
            FileIo::writeAtomically(request.outputPath, text.toUtf8(), &w.error);
            return w;
        }
        PdfReport::Options options;
        options.pageSize = request.pageSize;
        options.title = request.input.title;
        options.footer = QStringLiteral("%1 · %2").arg(request.input.title,
                                                       QFileInfo(request.templateName).fileName());
        options.progress = [this, cancelFlag](int page, int pages) {
            if (*cancelFlag)
                return false;
            QMetaObject::invokeMethod(
                this,
                [this, page, pages] {
                    Q_EMIT progress(50 + 50 * (page - 1) / std::max(pages, 1),
                                    tr("Page %1 of %2").arg(page).arg(pages));
                },
                Qt::QueuedConnection);
            return true;
        };
        PdfReport::write(html, request.input, request.outputPath, options, &w.error, &w.pages);
        return w;
    }));
}

void ReportJob::written() {
    m_running = false;
    const Written w = m_writer.result();
    if (*m_cancel) {
        Q_EMIT cancelled();
        return;
    }
    if (!w.error.isEmpty()) {
        Q_EMIT failed(w.error);
        return;
    }
    Q_EMIT progress(100, tr("Done"));
    Q_EMIT finished(m_request.outputPath, w.pages);
}

} // namespace Perfdeck

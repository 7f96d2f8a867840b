#include "cli/reportfile.h"

#include "cli/clioutput.h"

#include "report/pdf/htmlcharts.h"
#include "report/pdf/pdfreport.h"
#include "report/reportcontext.h"
#include "report/templateengine.h"
#include "report/templatelibrary.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

QString reportFormatOf(const QString &path) {
    if (FileIo::isStandardOutput(path))
        return QStringLiteral("txt");
    return TemplateLibrary::outputFormatOf(path);
}

bool checkReportOptions(const ReportFileOptions &options, QString *error) {
    const QString format = reportFormatOf(options.outPath);
    if (format.isEmpty()) {
        *error = Tr::tr("'%1': unknown report format (use .pdf, .html, .md, .txt or .csv)")
                     .arg(options.outPath);
        return false;
    }
    const TemplateLibrary::Resolved resolved =
        TemplateLibrary::resolve(options.templateArg, format);
    if (!resolved.ok) {
        *error = resolved.error;
        return false;
    }
    return FileIo::checkWritable(options.outPath, error);
}

bool writeReportFile(const ReportInput &input, const ReportFileOptions &options, QString *error) {
    const QString format =
        options.outPath.isEmpty() ? QStringLiteral("html") : reportFormatOf(options.outPath);
    if (format.isEmpty()) {
        *error = Tr::tr("'%1': unknown report format (use .pdf, .html, .md, .txt or .csv)")
                     .arg(options.outPath);
        return false;
    }
    const TemplateLibrary::Resolved resolved =
        TemplateLibrary::resolve(options.templateArg, format);
    if (!resolved.ok && !options.outPath.isEmpty()) {
        *error = resolved.error;
        return false;
    }
    ReportInput withHistory;
    const ReportInput *in = &input;
    if (!options.historyPath.isEmpty()) {
        withHistory = input;
        if (!withHistory.loadHistory(options.historyPath))
            printErr(Tr::tr("perfdeck-cli: warning: the report has no history: %1\n")
                         .arg(terminalSafe(withHistory.historyError)));
        in = &withHistory;
    }
    const ReportInput &report = *in;
    ReportContextOptions contextOptions;
    contextOptions.confidence = options.confidence;
    contextOptions.templateName =
        resolved.isFile ? QFileInfo(resolved.file).fileName() : resolved.name;
    contextOptions.templateFile = resolved.file;
    contextOptions.outputFormat = format;
    const QByteArray contextJson =
        QJsonDocument(ReportContext::build(report, contextOptions)).toJson(QJsonDocument::Indented);
    if (!options.contextJsonPath.isEmpty() &&
        !FileIo::writeAtomically(options.contextJsonPath, contextJson, error))
        return false;
    if (options.outPath.isEmpty())
        return true;

    TemplateRequest request;
    request.templateName = resolved.name;
    request.isFile = resolved.isFile;
    request.folders = TemplateLibrary::folders();
    request.contextJson = contextJson;
    request.timeLimitMs = options.timeLimitMs;
    const TemplateResult result = TemplateEngine::renderBlocking(request);
    if (!result.ok) {
        *error = result.error.toString();
        return false;
    }
    if (format == QLatin1String("pdf")) {
        PdfReport::Options pdf;
        pdf.pageSize = PdfReport::PageSize(options.pageSize);
        pdf.title = report.title;
        pdf.footer = QStringLiteral("%1 · %2").arg(report.title, contextOptions.templateName);
        return PdfReport::write(result.output, report, options.outPath, pdf, error);
    }
    QString text = result.output;
    if (format == QLatin1String("html"))
        text =
            HtmlCharts::embedSvg(text, report.runs, report.baselineRuns, nullptr, report.history);
    return FileIo::writeAtomically(options.outPath, text.toUtf8(), error);
}

} // namespace Perfdeck::Cli

// perfdeck-cli report SESSION|RESULTS --template NAME|FILE --out FILE [--baseline FILE]
// [--context-json FILE]: renders a Jinja2 report template over the report context; the
// output's extension picks the format (.html, .md, .txt, .csv as rendered, .pdf laid out
// with vector charts). Template errors name the template file and line and exit 2.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/reportfile.h"

#include "report/pdf/pdfreport.h"
#include "report/reportcontext.h"
#include "report/reportinput.h"
#include "report/templateengine.h"
#include "report/templatelibrary.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace Perfdeck::Cli {

int reportCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Renders a report of a session or results file with a Jinja2 template.\n"
        "The output's extension picks the format: .html, .md, .txt, .csv (the template's text)\n"
        "or .pdf (an HTML template laid out on pages, charts drawn as vectors).\n"
        "Templates are looked up in the user's template folder, then the shipped ones\n"
        "(perfdeck-cli template list). Exit 2 on bad input or a template error (FILE:LINE)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("session or results file"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QStringLiteral("template NAME (e.g. summary, summary.md) or FILE (default: summary)"),
        QStringLiteral("NAME|FILE"), QStringLiteral("summary"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("the report: .pdf, .html, .md, .txt, .csv "
                                                      "(- writes the text to standard output)"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            QStringLiteral("compare with the runs of this file"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context-json"),
        QStringLiteral("also write the template context as JSON (see docs/TEMPLATES.md)"),
        QStringLiteral("FILE"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              QStringLiteral("confidence level (default 0.95)"),
                                              QStringLiteral("C"), QStringLiteral("0.95"));
    const QCommandLineOption pageOption(
        QStringLiteral("page-size"),
        QStringLiteral("PDF page size: a4 or letter (default: from the locale)"),
        QStringLiteral("SIZE"));
    const QCommandLineOption limitOption(
        QStringLiteral("time-limit"),
        QStringLiteral("seconds a template may render before it is stopped (default 10)"),
        QStringLiteral("S"), QStringLiteral("10"));
    p.addOptions({templateOption, outOption, baselineOption, contextOption, confidenceOption,
                  pageOption, limitOption});
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        printError(QStringLiteral("report needs exactly one session or results FILE "
                                  "(see perfdeck-cli report --help)"));
        return ExitBadInput;
    }
    if (!p.isSet(outOption) && !p.isSet(contextOption)) {
        printError(QStringLiteral("report needs --out FILE (or --context-json FILE)"));
        return ExitBadInput;
    }
    bool ok = false;
    const double confidence = p.value(confidenceOption).toDouble(&ok);
    if (!ok || !(confidence > 0 && confidence < 1)) {
        printError(QStringLiteral("--confidence '%1' must be a number between 0 and 1")
                       .arg(p.value(confidenceOption)));
        return ExitBadInput;
    }
    const double limitS = p.value(limitOption).toDouble(&ok);
    if (!ok || !(limitS > 0 && limitS <= 3600)) {
        printError(QStringLiteral("--time-limit '%1' must be seconds between 0 and 3600")
                       .arg(p.value(limitOption)));
        return ExitBadInput;
    }
    ReportFileOptions options;
    options.templateArg = p.value(templateOption);
    options.outPath = p.value(outOption);
    options.confidence = confidence;
    options.timeLimitMs = int(limitS * 1000);
    options.contextJsonPath = p.value(contextOption);
    if (p.isSet(pageOption)) {
        const QString size = p.value(pageOption).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = int(PdfReport::PageSize::A4);
        else if (size == QLatin1String("letter"))
            options.pageSize = int(PdfReport::PageSize::Letter);
        else {
            printError(QStringLiteral("--page-size '%1' must be a4 or letter").arg(size));
            return ExitBadInput;
        }
    }
    QString error;
    if (!options.outPath.isEmpty() && !checkReportOptions(options, &error)) {
        printError(QStringLiteral("--out ") + error);
        return ExitBadInput;
    }
    ReportInput input;
    if (!ReportInput::load(positional.first(), &input, &error)) {
        printError(error);
        return ExitBadInput;
    }
    if (p.isSet(baselineOption) && !input.loadBaseline(p.value(baselineOption), &error)) {
        printError(error);
        return ExitBadInput;
    }
    if (!writeReportFile(input, options, &error)) {
        printError(error);
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace Perfdeck::Cli

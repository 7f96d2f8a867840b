// perfdeck-cli report SESSION|RESULTS --template NAME|FILE --out FILE [--baseline FILE]
// [--context-json FILE] [--history-db FILE | --no-history]: renders a Jinja2 report template over
// the report context; the output's extension picks the format (.html, .md, .txt, .csv as rendered,
// .pdf laid out with vector charts). Template errors name the template file and line and exit 2.
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/reportfile.h"

#include "report/pdf/pdfreport.h"
#include "report/reportcontext.h"
#include "report/reportinput.h"
#include "report/templateengine.h"
#include "report/templatelibrary.h"
#include "results/historystore.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

int reportCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Renders a report of a session or results file with a Jinja2 template.\n"
        "The output's extension picks the format: .html, .md, .txt, .csv (the template's text)\n"
        "or .pdf (an HTML template laid out on pages, charts drawn as vectors).\n"
        "Templates are looked up in the user's template folder, then the shipped ones\n"
        "(perfdeck-cli template list). Exit 2 on bad input or a template error (FILE:LINE)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("session or results file"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QStringLiteral("template NAME (e.g. summary, summary.md) or FILE (default: summary)"),
        QStringLiteral("NAME|FILE"), QStringLiteral("summary"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("the report: .pdf, .html, .md, .txt, .csv "
                                              "(- writes the text to standard output)"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            Tr::tr("compare with the runs of this file"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context-json"),
        Tr::tr("also write the template context as JSON (see docs/TEMPLATES.md)"),
        QStringLiteral("FILE"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              Tr::tr("confidence level (default 0.95)"),
                                              QStringLiteral("C"), QStringLiteral("0.95"));
    const QCommandLineOption pageOption(
        QStringLiteral("page-size"),
        Tr::tr("PDF page size: a4 or letter (default: from the locale)"), QStringLiteral("SIZE"));
    const QCommandLineOption limitOption(
        QStringLiteral("time-limit"),
        Tr::tr("seconds a template may render before it is stopped (default 10)"),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption historyOption(
        QStringLiteral("history-db"),
        Tr::tr("history database whose trends of the runs' pairs the report shows (default: "
               "$PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)"),
        QStringLiteral("FILE"));
    const QCommandLineOption noHistoryOption(QStringLiteral("no-history"),
                                             Tr::tr("do not read the history database"));
    p.addOptions({templateOption, outOption, baselineOption, contextOption, confidenceOption,
                  pageOption, limitOption, historyOption, noHistoryOption});
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        printError(Tr::tr("report needs exactly one session or results FILE "
                          "(see perfdeck-cli report --help)"));
        return ExitBadInput;
    }
    if (!p.isSet(outOption) && !p.isSet(contextOption)) {
        printError(Tr::tr("report needs --out FILE (or --context-json FILE)"));
        return ExitBadInput;
    }
    bool ok = false;
    const double confidence = p.value(confidenceOption).toDouble(&ok);
    if (!ok || !(confidence > 0 && confidence < 1)) {
        printError(Tr::tr("--confidence '%1' must be a number between 0 and 1")
                       .arg(p.value(confidenceOption)));
        return ExitBadInput;
    }
    const double limitS = p.value(limitOption).toDouble(&ok);
    if (!ok || !(limitS > 0 && limitS <= 3600)) {
        printError(Tr::tr("--time-limit '%1' must be seconds between 0 and 3600")
                       .arg(p.value(limitOption)));
        return ExitBadInput;
    }
    ReportFileOptions options;
    options.templateArg = p.value(templateOption);
    options.outPath = p.value(outOption);
    options.confidence = confidence;
    options.timeLimitMs = int(limitS * 1000);
    options.contextJsonPath = p.value(contextOption);
    if (p.isSet(noHistoryOption) && p.isSet(historyOption)) {
        printError(QStringLiteral("--history-db and --no-history exclude each other"));
        return ExitBadInput;
    }
    if (p.isSet(historyOption) && p.value(historyOption).isEmpty()) {
        printError(Tr::tr("--history-db needs a file name"));
        return ExitBadInput;
    }
    if (!p.isSet(noHistoryOption))
        options.historyPath = HistoryStore::resolvePath(p.value(historyOption));
    if (p.isSet(pageOption)) {
        const QString size = p.value(pageOption).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = int(PdfReport::PageSize::A4);
        else if (size == QLatin1String("letter"))
            options.pageSize = int(PdfReport::PageSize::Letter);
        else {
            printError(Tr::tr("--page-size '%1' must be a4 or letter").arg(size));
            return ExitBadInput;
        }
    }
    QString error;
    if (!options.outPath.isEmpty() && !checkReportOptions(options, &error)) {
        printError(QStringLiteral("--out ") + error);
        return ExitBadInput;
    }
    // Python and Jinja2 start on their thread while the input is read and the statistics
    // are computed here (the larger part of a small report's time otherwise).
    if (!options.outPath.isEmpty())
        TemplateEngine::prepare();
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

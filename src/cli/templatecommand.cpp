// perfdeck-cli template list | show NAME | validate FILE: the report templates that
// `report --template` takes, where they are found, and whether one renders: syntax, missing
// templates it extends or includes, and names the context lacks (StrictUndefined), each
// reported as FILE:LINE with exit 2.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "report/reportcontext.h"
#include "report/reportsample.h"
#include "report/templateengine.h"
#include "report/templatelibrary.h"
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

namespace {

int listTemplates() {
    const QStringList folders = TemplateLibrary::folders();
    const QList<TemplateLibrary::Entry> entries = TemplateLibrary::list(folders);
    if (entries.isEmpty()) {
        printError(
            Tr::tr("no templates found (looked in: %1)").arg(folders.join(QLatin1String(", "))));
        return ExitBadInput;
    }
    int width = 4;
    for (const auto &e : entries)
        width = qMax(width, int(e.name.size()));
    for (const auto &e : entries) {
        const QString where = e.shipped ? QStringLiteral("shipped")
                                        : (e.shadowsShipped ? Tr::tr("user (shadows "
                                                                     "shipped)")
                                                            : QStringLiteral("user"));
        printOut(QStringLiteral("%1  %2  %3\n")
                     .arg(e.name.leftJustified(width), where.leftJustified(7), e.description));
    }
    return ExitOk;
}

} // namespace

int templateCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QLatin1String(
            "Report templates (Jinja2).\n"
            "  list            the templates found, user folder first (it shadows shipped names)\n"
            "  show NAME|FILE  the template's file and text\n"
            "  validate FILE   'ok' (exit 0), or FILE:LINE: message (exit 2): syntax, missing\n"
            "                  extends/includes, and names a report context does not have\n"
            "Folders: $PERFDECK_TEMPLATE_DIR or the installed share/perfdeck/templates, after\n"
            "the user's folder (") +
        TemplateEngine::userFolder() + QStringLiteral(")."));
    p.addHelpOption();
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        Tr::tr("validate: render against the report context of this session or "
               "results file instead of the built-in sample"),
        QStringLiteral("FILE"));
    p.addOption(contextOption);
    p.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, show or validate"));
    p.addPositionalArgument(QStringLiteral("template"), QStringLiteral("NAME or FILE"),
                            QStringLiteral("[NAME|FILE]"));
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list")) {
        if (positional.size() != 1) {
            printError(Tr::tr("template list takes no argument"));
            return ExitBadInput;
        }
        return listTemplates();
    }
    if (action != QLatin1String("show") && action != QLatin1String("validate")) {
        printError(action.isEmpty()
                       ? Tr::tr("template needs an action: list, show NAME or validate "
                                "FILE")
                       : Tr::tr("unknown template action '%1' (use list, show or "
                                "validate)")
                             .arg(action));
        return ExitBadInput;
    }
    if (positional.size() != 2) {
        printError(Tr::tr("template %1 takes one NAME or FILE").arg(action));
        return ExitBadInput;
    }
    const TemplateLibrary::Resolved resolved =
        TemplateLibrary::resolve(positional.at(1), QStringLiteral("html"));
    if (!resolved.ok) {
        printError(resolved.error);
        return ExitBadInput;
    }
    if (action == QLatin1String("show")) {
        QByteArray bytes;
        QString error;
        if (!FileIo::readAll(resolved.file, &bytes, &error, 16 * 1024 * 1024)) {
            printError(error);
            return ExitBadInput;
        }
        printOut(QStringLiteral("# %1\n").arg(resolved.file));
        printOut(QString::fromUtf8(bytes));
        return ExitOk;
    }

    ReportInput input = ReportSample::input();
    if (p.isSet(contextOption)) {
        QString error;
        if (!ReportInput::load(p.value(contextOption), &input, &error)) {
            printError(error);
            return ExitBadInput;
        }
    }
    ReportContextOptions options;
    options.templateName = QFileInfo(resolved.file).fileName();
    options.templateFile = resolved.file;
    options.outputFormat = QFileInfo(resolved.file).suffix();
    options.resamples = 200; // validation checks names, not the bootstrap's last digit
    QJsonObject context = ReportContext::build(input, options);
    // A template may be written for one-run reports: offer their flat names too, so they
    // are not called undefined here.
    if (!context.contains(QStringLiteral("test_type")) && !input.runs.isEmpty()) {
        ReportInput one = input;
        one.runs = {input.runs.first()};
        const QJsonObject single = ReportContext::build(one, options);
        for (const char *key :
             {"test_type", "throughput", "trans_rate", "latency_us", "current", "baselines"})
            context.insert(QLatin1String(key), single.value(QLatin1String(key)));
    }
    TemplateRequest request;
    request.templateName = resolved.name;
    request.isFile = resolved.isFile;
    request.folders = TemplateLibrary::folders();
    request.contextJson = QJsonDocument(context).toJson(QJsonDocument::Compact);
    request.strict = true;
    const TemplateResult result = TemplateEngine::renderBlocking(request);
    if (!result.ok) {
        printErr(result.error.toString() + QLatin1Char('\n'));
        return ExitBadInput;
    }
    printOut(QStringLiteral("ok\n"));
    return ExitOk;
}

} // namespace Perfdeck::Cli

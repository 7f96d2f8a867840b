// perfdeck-cli about [--json]: what Help > About shows, for bug reports and scripts: this
// Perfdeck's version and build, the Qt, libssh2, yaml-cpp, Python and Jinja2 it runs with, and
// the iperf3, netperf and helper programs it would start, with their paths.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "util/componentversions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

int aboutCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Versions of Perfdeck and of what it runs with (as Help > About shows them):\n"
               "Qt, libssh2, yaml-cpp, Python, Jinja2, and the iperf3, netperf,\n"
               "perfdeck-gate and perfdeck-probe programs found, with their paths."));
    p.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("print a JSON object (format perfdeck.about/1)"));
    p.addOption(jsonOption);
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    if (!p.positionalArguments().isEmpty()) {
        printError(Tr::tr("about takes no arguments (got '%1')")
                       .arg(p.positionalArguments().join(QLatin1Char(' '))));
        return ExitBadInput;
    }
    const ComponentVersions versions = ComponentVersions::collect();
    if (p.isSet(jsonOption)) {
        printOut(QString::fromUtf8(QJsonDocument(versions.toJson()).toJson()));
    } else {
        printOut(terminalSafe(versions.toText()));
    }
    return ExitOk;
}

} // namespace Perfdeck::Cli

// perfdeck-cli profile list | show NAME | validate FILE: the YAML test profiles that
// `run --profile` takes, where they are found and what they resolve to.
#include "cli/clioutput.h"
#include "cli/commands.h"

#include "model/format.h"
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck::Cli)
};
} // namespace

namespace Perfdeck::Cli {

namespace {

// "--set NAME=VALUE" options into variables; false with *error on a malformed one.
bool parseSetOptions(const QStringList &values, QHash<QString, QString> *variables,
                     QString *error) {
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("--set '%1' is not NAME=VALUE").arg(value);
            return false;
        }
        variables->insert(value.left(eq), value.mid(eq + 1));
    }
    return true;
}

QString describeSpec(const TestSpec &s) {
    QStringList parts;
    parts << toString(s.engine);
    if (s.engine == Engine::Netperf && !s.netperfTest.isEmpty())
        parts << s.netperfTest;
    else
        parts << toString(s.protocol);
    parts << toString(s.direction);
    parts << QStringLiteral("%1 s").arg(s.durationS);
    if (s.parallel != 1)
        parts << QStringLiteral("-P %1").arg(s.parallel);
    if (s.bitrateBps)
        parts << QStringLiteral("bitrate %1").arg(Format::bitrate(s.bitrateBps));
    if (s.burstPackets)
        parts << QStringLiteral("burst %1").arg(*s.burstPackets);
    if (!s.dscp.isEmpty())
        parts << QStringLiteral("dscp %1").arg(s.dscp);
    if (s.intervalS != 1)
        parts << QStringLiteral("interval %1 s").arg(s.intervalS);
    if (s.omitS > 0)
        parts << QStringLiteral("omit %1 s").arg(s.omitS);
    if (s.lengthBytes)
        parts << QStringLiteral("length %1 B").arg(*s.lengthBytes);
    if (s.windowBytes)
        parts << QStringLiteral("window %1 B").arg(*s.windowBytes);
    if (!s.congestion.isEmpty())
        parts << QStringLiteral("congestion %1").arg(s.congestion);
    if (s.requestSize)
        parts << QStringLiteral("request %1 B").arg(*s.requestSize);
    if (s.responseSize)
        parts << QStringLiteral("response %1 B").arg(*s.responseSize);
    if (s.confidenceLevel)
        parts << QStringLiteral("confidence %1 %").arg(s.confidenceLevel);
    if (s.repeat != 1)
        parts << QStringLiteral("x%1").arg(s.repeat);
    parts << QStringLiteral("-> %1").arg(s.targetLabel());
    return parts.join(QLatin1String(", "));
}

int listProfiles() {
    const QStringList dirs = ProfileLibrary::searchPaths();
    const QList<ProfileLibrary::Entry> entries = ProfileLibrary::list(dirs);
    if (entries.isEmpty()) {
        printError(Tr::tr("no profiles found (looked in: %1)").arg(dirs.join(QLatin1String(", "))));
        return ExitBadInput;
    }
    int width = 4;
    for (const auto &e : entries)
        width = qMax(width, int(e.name.size()));
    bool allOk = true;
    for (const auto &e : entries) {
        if (e.error.isEmpty()) {
            printOut(QStringLiteral("%1  %2 test%3  %4\n")
                         .arg(e.name.leftJustified(width))
                         .arg(e.testCount, 2)
                         .arg(e.testCount == 1 ? QStringLiteral(" ") : QStringLiteral("s"),
                              e.description));
        } else {
            allOk = false;
            printOut(
                QStringLiteral("%1  INVALID   %2\n").arg(e.name.leftJustified(width), e.error));
        }
    }
    return allOk ? ExitOk : ExitBadInput;
}

} // namespace

int profileCommand(const QStringList &arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "YAML test profiles.\n"
        "  list            the profiles found, with description and number of tests\n"
        "  show NAME|FILE  the tests after inheritance (extends) and variable substitution\n"
        "  validate FILE   'ok' (exit 0), or FILE:LINE:COLUMN errors (exit 2)\n"
        "Profiles are looked up in $PERFDECK_PROFILE_DIR, the installed share/perfdeck/profiles, "
        "then ~/.config/perfdeck/profiles (user profiles)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("target"),
         Tr::tr("show/validate: the ${HOST} to substitute (default: empty, the "
                "embedded 127.0.0.1 server)."),
         QStringLiteral("HOST")},
        {QStringLiteral("set"),
         Tr::tr("show/validate: set a profile variable, e.g. --set DURATION=5 "
                "(repeatable)."),
         QStringLiteral("NAME=VALUE")},
    });
    p.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, show or validate"));
    p.addPositionalArgument(QStringLiteral("profile"), QStringLiteral("NAME or FILE"),
                            QStringLiteral("[NAME|FILE]"));
    if (const std::optional<int> exit = parseCommandLine(p, arguments))
        return *exit;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list")) {
        if (positional.size() != 1) {
            printError(Tr::tr("profile list takes no argument"));
            return ExitBadInput;
        }
        return listProfiles();
    }
    if (action != QLatin1String("show") && action != QLatin1String("validate")) {
        printError(
            action.isEmpty()
                ? Tr::tr("profile needs an action: list, show NAME or validate FILE")
                : Tr::tr("unknown profile action '%1' (use list, show or validate)").arg(action));
        return ExitBadInput;
    }
    if (positional.size() != 2) {
        printError(Tr::tr("profile %1 takes one NAME or FILE").arg(action));
        return ExitBadInput;
    }
    QHash<QString, QString> variables;
    QString error;
    if (!parseSetOptions(p.values(QStringLiteral("set")), &variables, &error)) {
        printError(error);
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("target")))
        variables.insert(QStringLiteral("HOST"), p.value(QStringLiteral("target")));

    const QStringList dirs = ProfileLibrary::searchPaths();
    const QString path = ProfileLibrary::resolve(positional.at(1), dirs);
    if (path.isEmpty()) {
        printError(Tr::tr("no profile '%1' (not a file, and not found in: %2)")
                       .arg(positional.at(1), dirs.join(QLatin1String(", "))));
        return ExitBadInput;
    }
    ProfileLoader loader;
    loader.setSearchPaths(dirs);
    loader.setVariables(variables);
    const std::optional<Profile> profile = loader.load(path);
    if (!profile) {
        printErr(loader.errorString() + QLatin1Char('\n'));
        return ExitBadInput;
    }
    if (action == QLatin1String("validate")) {
        printOut(QStringLiteral("ok\n"));
        return ExitOk;
    }
    printOut(QStringLiteral("%1: %2\n").arg(profile->name, profile->description));
    printOut(QStringLiteral("file: %1\n").arg(profile->path));
    if (profile->chain.size() > 1)
        printOut(
            QStringLiteral("extends: %1\n").arg(profile->chain.mid(1).join(QLatin1String(" -> "))));
    QStringList names = profile->variables.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const QString value = profile->variables.value(name);
        printOut(QStringLiteral("variable %1 = %2\n")
                     .arg(name, value.isEmpty() && name == QLatin1String("HOST")
                                    ? Tr::tr("(empty: the embedded server on 127.0.0.1)")
                                    : value));
    }
    printOut(QStringLiteral("%1 tests:\n").arg(profile->tests.size()));
    for (qsizetype i = 0; i < profile->tests.size(); ++i) {
        const TestSpec &spec = profile->tests.at(i);
        printOut(QStringLiteral("  %1. %2: %3\n").arg(i + 1).arg(spec.name, describeSpec(spec)));
    }
    return ExitOk;
}

} // namespace Perfdeck::Cli

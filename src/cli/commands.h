// Sub-commands of perfdeck-cli. Each takes the arguments after its name and returns the
// process exit code of the CLI contract (DESIGN.md).
#pragma once

#include <QStringList>

namespace Perfdeck::Cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitTestFailure = 1,
    ExitBadInput = 2,
    ExitRegression = 3,
};

int runCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int statsCommand(const QStringList &arguments);
int profileCommand(const QStringList &arguments);
int hostsCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int templateCommand(const QStringList &arguments);
int shapingCommand(const QStringList &arguments);
int historyCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);
int qosCommand(const QStringList &arguments);
int aboutCommand(const QStringList &arguments);

} // namespace Perfdeck::Cli

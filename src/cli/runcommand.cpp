#include "cli/clioutput.h"
#include "cli/commands.h"

namespace Perfdeck::Cli {

int runCommand(const QStringList &) {
    printError(QStringLiteral("'run' is not available in this build yet"));
    return ExitBadInput;
}

} // namespace Perfdeck::Cli

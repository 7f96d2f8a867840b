#include "cli/clioutput.h"
#include "cli/commands.h"

namespace Perfdeck::Cli {

int statsCommand(const QStringList &) {
    printError(QStringLiteral("'stats' is not available in this build yet"));
    return ExitBadInput;
}

} // namespace Perfdeck::Cli

#include "cli/clioutput.h"
#include "cli/commands.h"

namespace Perfdeck::Cli {

int importCommand(const QStringList &) {
    printError(QStringLiteral("'import' is not available in this build yet"));
    return ExitBadInput;
}

} // namespace Perfdeck::Cli

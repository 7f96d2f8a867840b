#include "exec/hostprocess.h"

#include "util/shellquote.h"

namespace Perfdeck {

void HostProcess::setProgram(const QString &program, const QStringList &arguments) {
    m_program = program;
    m_arguments = arguments;
}

QString HostProcess::commandLine() const {
    return shellCommandLine(m_program, m_arguments);
}

} // namespace Perfdeck

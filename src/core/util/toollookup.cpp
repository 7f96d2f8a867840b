#include "util/toollookup.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::ToolLookup {

QString locate(const QString &explicitPath, const char *envVariable, const QString &program) {
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable(envVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::findExecutable(program);
}

VersionOutput runVersionCommand(const QString &path, const QStringList &arguments, int timeoutMs) {
    VersionOutput out;
    QProcess p;
    // Dies with us, and leads its own group so that a wrapper script's children go too.
    p.setChildProcessModifier([] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::setpgid(0, 0);
    });
    p.start(path, arguments, QIODevice::ReadOnly);
    if (!p.waitForStarted(timeoutMs)) {
        out.error = Tr::tr("could not start %1: %2").arg(path, p.errorString());
        return out;
    }
    out.started = true;
    const qint64 group = p.processId();
    if (!p.waitForFinished(timeoutMs)) {
        out.timedOut = true;
        out.error = Tr::tr("%1 did not answer within %2 s").arg(path).arg(timeoutMs / 1000.0);
        ::kill(-pid_t(group), SIGKILL);
        p.kill();
        p.waitForFinished(1000);
    }
    out.output = p.readAllStandardOutput() + p.readAllStandardError();
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return out;
}

} // namespace Perfdeck::ToolLookup

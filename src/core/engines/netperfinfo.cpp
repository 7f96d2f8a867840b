#include "engines/netperfinfo.h"

#include "util/toollookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

const QString InstallHint =
    Tr::tr("install it (Debian: apt-get install netperf from the non-free component, "
           "or packaging/install-deps.sh)");

QString findNetserver(const QString &netperfPath) {
    const QString path = qEnvironmentVariable("PERFDECK_NETSERVER");
    if (!path.isEmpty())
        return path;
    if (!netperfPath.isEmpty()) {
        const QFileInfo beside(
            QFileInfo(netperfPath).absoluteDir().filePath(QStringLiteral("netserver")));
        if (beside.isExecutable())
            return beside.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("netserver"));
}

} // namespace

QString NetperfInfo::versionString() const {
    if (!found)
        return QString();
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

NetperfInfo NetperfInfo::fromVersionOutput(const QString &output) {
    NetperfInfo info;
    static const QRegularExpression re(
        QStringLiteral(R"(Netperf version (\d+)\.(\d+)(?:\.(\d+))?)"));
    const QRegularExpressionMatch m = re.match(output);
    if (!m.hasMatch()) {
        info.error = Tr::tr("unrecognised version output: %1").arg(output.left(120).trimmed());
        return info;
    }
    info.found = true;
    info.major = m.captured(1).toInt();
    info.minor = m.captured(2).toInt();
    info.patch = m.captured(3).toInt();
    info.versionText = m.captured(0);
    return info;
}

NetperfInfo NetperfInfo::probe(const QString &explicitPath) {
    const QString path =
        ToolLookup::locate(explicitPath, "PERFDECK_NETPERF", QStringLiteral("netperf"));
    if (path.isEmpty()) {
        NetperfInfo info;
        info.error = Tr::tr("netperf was not found in PATH; ") + InstallHint +
                     Tr::tr(" or set PERFDECK_NETPERF");
        return info;
    }
    const ToolLookup::VersionOutput out =
        ToolLookup::runVersionCommand(path, {QStringLiteral("-V")}, 5000);
    NetperfInfo info;
    if (!out.started || out.timedOut) {
        info.path = path;
        info.error = out.error;
        return info;
    }
    info = fromVersionOutput(QString::fromUtf8(out.output));
    info.path = path;
    if (!info.found)
        info.error = path + QLatin1String(": ") + info.error;
    info.netserverPath = findNetserver(path);
    return info;
}

} // namespace Perfdeck

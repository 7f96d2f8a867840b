#include "engines/iperf3info.h"

#include "util/toollookup.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString Iperf3Info::versionString() const {
    if (!found)
        return QString();
    return patch > 0 ? QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch)
                     : QStringLiteral("%1.%2").arg(major).arg(minor);
}

Iperf3Info Iperf3Info::fromVersionOutput(const QString &output) {
    Iperf3Info info;
    static const QRegularExpression re(QStringLiteral(R"(iperf (\d+)\.(\d+)(?:\.(\d+))?)"));
    const QRegularExpressionMatch m = re.match(output);
    if (!m.hasMatch()) {
        info.error = Tr::tr("unrecognised version output: %1").arg(output.left(120).trimmed());
        return info;
    }
    info.found = true;
    info.major = m.captured(1).toInt();
    info.minor = m.captured(2).toInt();
    info.patch = m.captured(3).toInt();
    const QStringList lines = output.split(QLatin1Char('\n'));
    info.versionText = lines.value(0).trimmed();
    for (const QString &line : lines) {
        static const QLatin1String prefix("Optional features available:");
        if (line.startsWith(prefix)) {
            for (const QString &f : line.mid(prefix.size()).split(QLatin1Char(',')))
                if (!f.trimmed().isEmpty())
                    info.features << f.trimmed();
        }
    }
    return info;
}

Iperf3Info Iperf3Info::probe(const QString &explicitPath) {
    const QString path =
        ToolLookup::locate(explicitPath, "PERFDECK_IPERF3", QStringLiteral("iperf3"));
    if (path.isEmpty()) {
        Iperf3Info info;
        info.error = Tr::tr("iperf3 was not found in PATH; install it (Debian: "
                            "apt-get install iperf3) or set PERFDECK_IPERF3");
        return info;
    }
    const ToolLookup::VersionOutput out =
        ToolLookup::runVersionCommand(path, {QStringLiteral("--version")}, 5000);
    if (!out.started || out.timedOut) {
        Iperf3Info info;
        info.path = path;
        info.error = out.error;
        return info;
    }
    Iperf3Info info = fromVersionOutput(QString::fromUtf8(out.output));
    info.path = path;
    if (!info.found)
        info.error = path + QLatin1String(": ") + info.error;
    return info;
}

} // namespace Perfdeck

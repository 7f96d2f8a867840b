#include "util/componentversions.h"

#include "engines/iperf3info.h"
#include "engines/netperfinfo.h"
#include "exec/startbarrier.h"
#include "qos/qosrun.h"
#include "report/templateengine.h"
#include "util/toollookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <libssh2.h>

#include <link.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

// The file of a shared library this process has loaded whose name starts with `stem`
// ("libyaml-cpp.so"), with symbolic links resolved: its name carries the version
// ("libyaml-cpp.so.0.7.0"). Empty when none is loaded (linked statically).
QString loadedLibrary(const QByteArray &stem) {
    struct Search {
        QByteArray stem;
        QString path;
    } search{stem, {}};
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *s = static_cast<Search *>(data);
            const QByteArray name(info->dlpi_name ? info->dlpi_name : "");
            if (name.mid(name.lastIndexOf('/') + 1).startsWith(s->stem)) {
                s->path = QFileInfo(QString::fromLocal8Bit(name)).canonicalFilePath();
                return 1;
            }
            return 0;
        },
        &search);
    return search.path;
}

// "0.7.0" from ".../libyaml-cpp.so.0.7.0".
QString versionFromLibraryName(const QString &path) {
    static const QRegularExpression version(QStringLiteral("\\.so\\.([0-9][0-9.]*)$"));
    const auto m = version.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString compiler() {
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__).trimmed();
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#else
    return QString();
#endif
}

} // namespace

namespace Perfdeck {

ComponentVersions ComponentVersions::collect() {
    ComponentVersions result;
    result.perfdeckVersion = QStringLiteral(PERFDECK_VERSION);
    QStringList build;
#ifdef PERFDECK_BUILD_TYPE
    if (!QStringLiteral(PERFDECK_BUILD_TYPE).isEmpty())
        build << QStringLiteral(PERFDECK_BUILD_TYPE);
#endif
    build << compiler() << QStringLiteral("Qt " QT_VERSION_STR) << QSysInfo::buildAbi();
    build.removeAll(QString());
    result.build = build.join(QStringLiteral(", "));
    result.system = QStringLiteral("%1, %2 %3 (%4)")
                        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                             QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());

    auto add = [&result](ComponentVersion c) {
        c.found = c.found || !c.version.isEmpty();
        result.components << c;
    };

    ComponentVersion qt{QStringLiteral("qt"),
                        QStringLiteral("Qt"),
                        QString::fromLatin1(qVersion()),
                        loadedLibrary("libQt6Core.so"),
                        {},
                        true};
    if (qt.version != QLatin1String(QT_VERSION_STR))
        qt.note = Tr::tr("built with %1").arg(QStringLiteral(QT_VERSION_STR));
    add(qt);

    add({QStringLiteral("libssh2"),
         QStringLiteral("libssh2"),
         QString::fromLatin1(libssh2_version(0)),
         loadedLibrary("libssh2.so"),
         {},
         true});

    const QString yaml = loadedLibrary("libyaml-cpp.so");
    add({QStringLiteral("yaml-cpp"), QStringLiteral("yaml-cpp"), versionFromLibraryName(yaml), yaml,
         yaml.isEmpty() ? Tr::tr("linked statically") : QString(), true});

    const TemplateRuntime python = TemplateEngine::runtime();
    add({QStringLiteral("python"), QStringLiteral("Python"), python.pythonVersion,
         python.pythonPrefix, python.pythonPrefix.isEmpty() ? python.error : QString(), true});
    ComponentVersion jinja{QStringLiteral("jinja2"),
                           QStringLiteral("Jinja2"),
                           python.jinjaVersion,
                           python.jinjaPath,
                           {},
                           false};
    if (jinja.version.isEmpty())
        jinja.note = python.error.isEmpty()
                         ? Tr::tr("not found: install python3-jinja2 (reports need it)")
                         : python.error;
    add(jinja);

    const Iperf3Info iperf3 = Iperf3Info::probe();
    add({QStringLiteral("iperf3"), QStringLiteral("iperf3"), iperf3.versionString(), iperf3.path,
         iperf3.found ? QString() : iperf3.error, iperf3.found});

    const NetperfInfo netperf = NetperfInfo::probe();
    ComponentVersion np{QStringLiteral("netperf"),
                        QStringLiteral("netperf"),
                        netperf.versionString(),
                        netperf.path,
                        netperf.error,
                        netperf.found};
    if (netperf.found) {
        np.note = netperf.hasNetserver()
                      ? Tr::tr("netserver: %1").arg(netperf.netserverPath)
                      : Tr::tr("no netserver beside it: local netperf tests cannot start");
    }
    add(np);

    const QString gate = StartBarrier::gateProgram();
    add({QStringLiteral("perfdeck-gate"), QStringLiteral("perfdeck-gate"), QString(), gate,
         gate.isEmpty() ? Tr::tr("not found: runs with several instances cannot start") : QString(),
         !gate.isEmpty()});

    const QString probe = QosRun::localProbePath();
    ComponentVersion pr{QStringLiteral("perfdeck-probe"),
                        QStringLiteral("perfdeck-probe"),
                        {},
                        probe,
                        {},
                        !probe.isEmpty()};
    if (probe.isEmpty()) {
        pr.note = Tr::tr("not found: QoS tests cannot start");
    } else {
        const auto out = ToolLookup::runVersionCommand(probe, {QStringLiteral("--version")}, 5000);
        static const QRegularExpression number(QStringLiteral("([0-9]+\\.[0-9]+[0-9.]*)"));
        pr.version = number.match(QString::fromUtf8(out.output)).captured(1);
    }
    add(pr);

    // Qt's own catalogues (standard buttons, file dialogs) for the GUI in German or French:
    // Debian's qt6-translations-l10n, which the package recommends.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool haveQtTranslations =
        !QDir(qtTranslations).entryList({QStringLiteral("qtbase_*.qm")}, QDir::Files).isEmpty();
    add({QStringLiteral("qt-translations"), Tr::tr("Qt translations"), QString(), qtTranslations,
         haveQtTranslations ? QString()
                            : Tr::tr("not installed (qt6-translations-l10n): Qt's own "
                                     "buttons and dialogs stay in English"),
         haveQtTranslations});
    return result;
}

const ComponentVersion *ComponentVersions::component(const QString &key) const {
    for (const ComponentVersion &c : components) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString ComponentVersions::toText() const {
    QString text = QStringLiteral("Perfdeck %1\n").arg(perfdeckVersion);
    text += Tr::tr("Build: %1").arg(build) + QLatin1Char('\n');
    text += Tr::tr("System: %1").arg(system) + QLatin1Char('\n');
    for (const ComponentVersion &c : components) {
        QString line = c.name + QStringLiteral(": ");
        if (!c.found)
            line += Tr::tr("not found");
        else if (!c.version.isEmpty())
            line += c.version;
        else
            line += Tr::tr("found");
        if (!c.path.isEmpty())
            line += QStringLiteral(" (") + c.path + QLatin1Char(')');
        if (!c.note.isEmpty())
            line += QStringLiteral(" - ") + c.note;
        text += line + QLatin1Char('\n');
    }
    return text;
}

QJsonObject ComponentVersions::toJson() const {
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray list;
    for (const ComponentVersion &c : components) {
        list.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("found"), c.found},
                                {QStringLiteral("version"), orNull(c.version)},
                                {QStringLiteral("path"), orNull(c.path)},
                                {QStringLiteral("note"), orNull(c.note)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("perfdeck.about/1")},
                       {QStringLiteral("perfdeck"), perfdeckVersion},
                       {QStringLiteral("build"), build},
                       {QStringLiteral("system"), system},
                       {QStringLiteral("components"), list}};
}

} // namespace Perfdeck

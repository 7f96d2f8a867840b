#include "profiles/profilelibrary.h"

#include "profiles/profileloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Perfdeck {

QStringList ProfileLibrary::searchPaths() {
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("PERFDECK_PROFILE_DIR");
    if (!fromEnvironment.isEmpty())
        candidates += fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    QString installed;
    if (QCoreApplication::instance()) {
        installed =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/perfdeck/profiles");
        candidates << installed;
    }
#ifdef PERFDECK_SOURCE_PROFILE_DIR
    // The source tree serves build-tree runs only: an installed program lists its own
    // profiles, not those of a checkout that happens to be on the same machine.
    if (installed.isEmpty() || !QFileInfo(installed).isDir())
        candidates << QStringLiteral(PERFDECK_SOURCE_PROFILE_DIR);
#endif
    candidates << QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                      QStringLiteral("/perfdeck/profiles");
    QStringList result;
    for (const QString &dir : std::as_const(candidates)) {
        const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
        if (QFileInfo(clean).isDir() && !result.contains(clean))
            result << clean;
    }
    return result;
}

QString ProfileLibrary::resolve(const QString &nameOrFile, const QStringList &directories) {
    if (QFileInfo(nameOrFile).isFile())
        return nameOrFile;
    if (nameOrFile.isEmpty() || nameOrFile.contains(QLatin1Char('/')))
        return {};
    for (const QString &dir : directories) {
        for (const char *suffix : {".yaml", ".yml"}) {
            const QString path = QDir(dir).filePath(nameOrFile + QLatin1String(suffix));
            if (QFileInfo(path).isFile())
                return path;
        }
    }
    return {};
}

QList<ProfileLibrary::Entry> ProfileLibrary::list(const QStringList &directories) {
    QList<Entry> entries;
    QSet<QString> seen;
    for (const QString &dir : directories) {
        const QFileInfoList files =
            QDir(dir).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                    QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            const QString name = file.completeBaseName();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            Entry entry;
            entry.name = name;
            entry.path = file.filePath();
            ProfileLoader loader;
            loader.setSearchPaths(directories);
            if (const auto profile = loader.load(entry.path)) {
                entry.description = profile->description;
                entry.testCount = int(profile->tests.size());
            } else {
                entry.error = loader.errors().value(0).toString();
            }
            entries << entry;
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

} // namespace Perfdeck

#include "report/templatelibrary.h"

#include "report/templateengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QStringList TemplateLibrary::folders() {
    return TemplateEngine::defaultFolders();
}

bool TemplateLibrary::isPartial(const QString &fileName) {
    const QString base = QFileInfo(fileName).fileName();
    return base.startsWith(QLatin1Char('_')) || base.startsWith(QLatin1String("base.")) ||
           base.startsWith(QLatin1Char('.'));
}

QString TemplateLibrary::descriptionOf(const QString &file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString head = QString::fromUtf8(f.read(4096));
    static const QRegularExpression comment(QStringLiteral("\\{#-?\\s*(.*?)\\s*-?#\\}"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = comment.match(head);
    if (!match.hasMatch())
        return {};
    return match.captured(1).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString TemplateLibrary::templateFormatFor(const QString &outputFormat) {
    const QString f = outputFormat.toLower();
    if (f == QLatin1String("pdf") || f == QLatin1String("htm"))
        return QStringLiteral("html");
    if (f == QLatin1String("markdown"))
        return QStringLiteral("md");
    return f;
}

QList<TemplateLibrary::Entry> TemplateLibrary::list(const QStringList &folders) {
    QList<Entry> entries;
    const QString shipped = QDir::cleanPath(TemplateEngine::shippedFolder());
    for (const QString &folder : folders) {
        const bool isShipped = QDir::cleanPath(folder) == shipped;
        QDir dir(folder);
        const QFileInfoList files =
            dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
        for (const QFileInfo &info : files) {
            if (isPartial(info.fileName()))
                continue;
            auto same = std::find_if(entries.begin(), entries.end(),
                                     [&](const Entry &e) { return e.name == info.fileName(); });
            if (same != entries.end()) {
                if (isShipped)
                    same->shadowsShipped = true;
                continue;
            }
            Entry e;
            e.name = info.fileName();
            e.file = info.absoluteFilePath();
            e.format = info.suffix().toLower();
            e.description = descriptionOf(e.file);
            e.shipped = isShipped;
            entries.append(e);
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

TemplateLibrary::Resolved TemplateLibrary::resolve(const QString &nameOrFile,
                                                   const QString &outputFormat,
                                                   const QStringList &folders) {
    Resolved r;
    const QFileInfo asFile(nameOrFile);
    if (nameOrFile.contains(QLatin1Char('/')) || (asFile.exists() && asFile.isFile())) {
        if (!asFile.isFile()) {
            r.error = Tr::tr("template file '%1' does not exist").arg(nameOrFile);
            return r;
        }
        r.ok = true;
        r.isFile = true;
        r.file = asFile.absoluteFilePath();
        r.name = r.file;
        return r;
    }
    QStringList candidates{nameOrFile};
    if (QFileInfo(nameOrFile).suffix().isEmpty()) {
        candidates.clear();
        const QString wanted = templateFormatFor(outputFormat);
        if (!wanted.isEmpty())
            candidates << nameOrFile + QLatin1Char('.') + wanted;
        if (wanted != QLatin1String("html"))
            candidates << nameOrFile + QStringLiteral(".html");
    }
    for (const QString &candidate : std::as_const(candidates)) {
        for (const QString &folder : folders) {
            const QFileInfo info(QDir(folder).filePath(candidate));
            if (info.isFile()) {
                r.ok = true;
                r.name = candidate;
                r.file = info.absoluteFilePath();
                return r;
            }
        }
    }
    QStringList names;
    for (const Entry &e : list(folders))
        names << e.name;
    r.error = Tr::tr("no template '%1' (not a file, and not in %2; templates: %3)")
                  .arg(nameOrFile, folders.join(QStringLiteral(", ")),
                       names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    return r;
}

QString TemplateLibrary::outputFormatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm") || suffix == QLatin1String("html"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("md");
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return QStringLiteral("txt");
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("pdf"))
        return suffix;
    return {};
}

} // namespace Perfdeck

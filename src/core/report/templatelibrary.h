// Finds report templates: the user's folder first (a copy there shadows a shipped template of
// the same name), then the shipped one. Resolves what `--template NAME|FILE` names, lists what
// a user can pick (partials such as base.html and _macros.html are left out).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

class TemplateLibrary final {
public:
    struct Entry {
        QString name;        // "summary.html": what --template takes
        QString file;        // absolute path
        QString description; // the first {# ... #} comment of the file, one line
        QString format;      // its extension: html, md, txt, csv
        bool shipped = false;
        bool shadowsShipped = false; // a user copy hiding a shipped template of that name
    };

    struct Resolved {
        bool ok = false;
        bool isFile = false; // a path given on the command line, not a name in the folders
        QString name;        // what the engine is asked for (the file's path when isFile)
        QString file;
        QString error;
    };

    // TemplateEngine::defaultFolders(): the user's folder (when it exists), then the shipped.
    static QStringList folders();
    static QList<Entry> list(const QStringList &folders = TemplateLibrary::folders());
    // A file that exists is taken as a file; otherwise a name in the folders. A name without
    // an extension gets the output's ("pdf" reads .html), then .html.
    static Resolved resolve(const QString &nameOrFile, const QString &outputFormat,
                            const QStringList &folders = TemplateLibrary::folders());
    // What format a template of this output extension must produce: "pdf" -> "html".
    static QString templateFormatFor(const QString &outputFormat);
    // The output format a report file name asks for by its extension: pdf, html, md, txt or
    // csv; empty when it names none of them.
    static QString outputFormatOf(const QString &path);
    // Partials (base templates, macro files) are not reports of their own.
    static bool isPartial(const QString &fileName);
    static QString descriptionOf(const QString &file);
};

} // namespace Perfdeck

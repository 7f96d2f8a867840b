// Where profiles live and how a NAME becomes a file: $PERFDECK_PROFILE_DIR, the installed
// share/perfdeck/profiles, the source tree's profiles/ (build-tree runs), then the user's
// ~/.config/perfdeck/profiles. The first directory holding NAME.yaml wins.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

class ProfileLibrary final {
public:
    struct Entry {
        QString name; // what `profile show NAME` and `run --profile NAME` take
        QString path;
        QString description;
        int testCount = 0;
        QString error; // the first problem if the profile does not load, else empty
    };

    // The existing directories, in lookup order.
    static QStringList searchPaths();
    // A FILE that exists is itself; a NAME is looked up as NAME.yaml / NAME.yml in
    // directories. Empty if nothing matches.
    static QString resolve(const QString &nameOrFile,
                           const QStringList &directories = searchPaths());
    // Every profile of the directories (a name shadowed by an earlier directory is skipped),
    // sorted by name, each loaded to count its tests.
    static QList<Entry> list(const QStringList &directories = searchPaths());
};

} // namespace Perfdeck

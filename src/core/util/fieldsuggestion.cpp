#include "util/fieldsuggestion.h"

#include <algorithm>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::FieldSuggestion {

int editDistance(const QString &a, const QString &b) {
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closest(const QString &word, const QStringList &candidates) {
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // A distance of 2 in a three-letter word is a different word, not a typo.
    if (!best.isEmpty() && bestDistance * 2 < qMax(word.size(), 2))
        return best;
    return {};
}

QString unknownField(const QString &key, const QStringList &known) {
    QString message = Tr::tr("unknown field '%1'").arg(key);
    if (const QString best = closest(key, known); !best.isEmpty())
        message += Tr::tr(" (did you mean '%1'?)").arg(best);
    else
        message += Tr::tr(" (known fields: %1)").arg(known.join(QLatin1String(", ")));
    return message;
}

} // namespace Perfdeck::FieldSuggestion

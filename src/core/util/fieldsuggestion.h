// "Did you mean" help for misspelt names: the profile and inventory loaders name the closest
// known field (or host) so a user fixes a typo without opening the documentation.
#pragma once

#include <QString>
#include <QStringList>

namespace Perfdeck::FieldSuggestion {

// Levenshtein distance between a and b.
int editDistance(const QString &a, const QString &b);
// The candidate closest to word when it is close enough to be a plausible typo, else empty.
QString closest(const QString &word, const QStringList &candidates);
// "unknown field 'paralel' (did you mean 'parallel'?)", or the list of known fields.
QString unknownField(const QString &key, const QStringList &known);

} // namespace Perfdeck::FieldSuggestion

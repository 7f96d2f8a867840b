// Where a JSON parse error is, in the terms an editor shows: "line L, column C".
// Shared by the tool parsers (engines/) and the file readers (results/), below both.
#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace Perfdeck {

// Converts a byte offset into the data (QJsonParseError::offset) into "line L, column C",
// both 1-based; an offset past the end names the end.
QString jsonErrorLocation(const QByteArray &bytes, qsizetype offset);
// QJsonParseError's text, with the input limit named where Qt's parser stopped at it.
QString jsonErrorText(const QJsonParseError &error);

} // namespace Perfdeck

#include "gui/yamlhighlighter.h"

#include <QRegularExpression>

namespace Perfdeck {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    m_key.setForeground(QColor(0x1f, 0x4e, 0x9a));
    m_key.setFontWeight(QFont::Bold);
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x2c, 0x7a, 0x2c));
    m_number.setForeground(QColor(0xb0, 0x50, 0x00));
    m_keyword.setForeground(QColor(0xa0, 0x20, 0x90));
    m_variable.setForeground(QColor(0x10, 0x60, 0x70));
    m_variable.setFontWeight(QFont::Bold);
    m_dash.setForeground(QColor(0xa0, 0x20, 0x90));
}

void YamlHighlighter::highlightBlock(const QString &text) {
    static const QRegularExpression key(QStringLiteral("^(\\s*-?\\s*)([A-Za-z0-9_.-]+)\\s*:"));
    static const QRegularExpression dash(QStringLiteral("^\\s*(-)\\s"));
    static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"));
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])-?\\d+(\\.\\d+)?[kKmMgG]?"
                                                          "(?![\\w.])"));
    static const QRegularExpression keyword(
        QStringLiteral("\\b(true|false|yes|no|null|on|off)\\b"));
    static const QRegularExpression variable(QStringLiteral("\\$\\{[^}]*\\}"));

    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    for (auto it = keyword.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    if (const auto m = dash.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), 1, m_dash);
    if (const auto m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
    // A '#' that starts the line or follows a blank begins a comment (not inside quotes:
    // good enough for profiles, which do not put '#' in quoted values).
    static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
    if (const auto m = comment.match(text); m.hasMatch()) {
        const int start = int(m.capturedStart()) + int(m.capturedLength(1));
        setFormat(start, int(text.size()) - start, m_comment);
    }
}

} // namespace Perfdeck

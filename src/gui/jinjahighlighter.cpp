#include "gui/jinjahighlighter.h"

namespace Perfdeck {

namespace {

enum State { Plain = 0, InComment = 1, InStatement = 2, InExpression = 3 };

} // namespace

JinjaHighlighter::JinjaHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    m_tag.setForeground(QColor(0x1f, 0x4e, 0x9a));
    m_attribute.setForeground(QColor(0x7a, 0x4e, 0x00));
    m_delimiter.setForeground(QColor(0xa0, 0x20, 0x90));
    m_delimiter.setFontWeight(QFont::Bold);
    m_keyword.setForeground(QColor(0xa0, 0x20, 0x90));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2c, 0x7a, 0x2c));
    m_number.setForeground(QColor(0xb0, 0x50, 0x00));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_expression.setForeground(QColor(0x10, 0x60, 0x70));
}

void JinjaHighlighter::highlightBlock(const QString &text) {
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*|/?>"));
    static const QRegularExpression attribute(QStringLiteral("\\b([A-Za-z-]+)=(?=[\"'])"));
    static const QRegularExpression keyword(QStringLiteral(
        "\\b(for|endfor|if|elif|else|endif|block|endblock|extends|include|import|from|as|"
        "macro|endmacro|call|endcall|set|endset|with|without|context|filter|endfilter|in|"
        "not|and|or|is|raw|endraw|true|false|none|True|False|None|loop|self|recursive)\\b"));
    static const QRegularExpression string(QStringLiteral("\"[^\"]*\"|'[^']*'"));
    static const QRegularExpression number(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"));

    // HTML outside of Jinja2 first; Jinja2 spans are painted over it below.
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_tag);
    }
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
    }
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }

    int state = previousBlockState() < 0 ? Plain : previousBlockState();
    int pos = 0;
    while (pos < text.size()) {
        if (state == Plain) {
            const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
            if (open < 0 || open + 1 >= text.size())
                break;
            const QChar next = text.at(open + 1);
            if (next == QLatin1Char('#'))
                state = InComment;
            else if (next == QLatin1Char('%'))
                state = InStatement;
            else if (next == QLatin1Char('{'))
                state = InExpression;
            else {
                pos = int(open) + 1;
                continue;
            }
            setFormat(int(open), 2, state == InComment ? m_comment : m_delimiter);
            pos = int(open) + 2;
            continue;
        }
        const QString close = state == InComment     ? QStringLiteral("#}")
                              : state == InStatement ? QStringLiteral("%}")
                                                     : QStringLiteral("}}");
        qsizetype end = text.indexOf(close, pos);
        const int stop = end < 0 ? int(text.size()) : int(end);
        const QString inner = text.mid(pos, stop - pos);
        if (state == InComment) {
            setFormat(pos, stop - pos + (end < 0 ? 0 : 2), m_comment);
        } else {
            setFormat(pos, stop - pos, m_expression);
            for (auto it = keyword.globalMatch(inner); it.hasNext();) {
                const auto m = it.next();
                setFormat(pos + int(m.capturedStart()), int(m.capturedLength()), m_keyword);
            }
            for (auto it = number.globalMatch(inner); it.hasNext();) {
                const auto m = it.next();
                setFormat(pos + int(m.capturedStart()), int(m.capturedLength()), m_number);
            }
            for (auto it = string.globalMatch(inner); it.hasNext();) {
                const auto m = it.next();
                setFormat(pos + int(m.capturedStart()), int(m.capturedLength()), m_string);
            }
            if (end >= 0)
                setFormat(stop, 2, m_delimiter);
        }
        if (end < 0) {
            pos = int(text.size());
            break;
        }
        state = Plain;
        pos = stop + 2;
    }
    setCurrentBlockState(state);
}

} // namespace Perfdeck

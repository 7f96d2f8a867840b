// Syntax highlighting for Jinja2 templates of HTML, Markdown or text: HTML tags and
// attributes, Jinja2 statements {% %}, expressions {{ }} and comments {# #} (also across
// lines), strings and numbers inside them. The built-in fallback where KF6
// SyntaxHighlighting is not available (Debian 12).
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Perfdeck {

class JinjaHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JinjaHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_delimiter;
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_expression;
};

} // namespace Perfdeck

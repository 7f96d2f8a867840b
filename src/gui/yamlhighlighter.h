// Syntax highlighting for YAML test profiles: keys, comments, strings, numbers, booleans,
// list dashes and ${VARIABLES}. The built-in fallback where KF6 SyntaxHighlighting is not
// available (Debian 12).
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Perfdeck {

class YamlHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_variable;
    QTextCharFormat m_dash;
};

} // namespace Perfdeck

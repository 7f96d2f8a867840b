#include "report/pdf/htmlcharts.h"

#include "report/pdf/chartpainter.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace Perfdeck {

namespace {

QString attribute(const QString &tag, const QString &name) {
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(name));
    return re.match(tag).captured(1);
}

QString unescape(QString text) {
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#34;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

QString HtmlCharts::embedSvg(const QString &html, const QList<RunResult> &runs,
                             const QList<RunResult> &baseline, QStringList *problems,
                             const QList<HistoryTrend> &history) {
    static const QRegularExpression image(
        QStringLiteral("<img\\s[^>]*src\\s*=\\s*\"chart:[^\"]*\"[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    ChartPainter painter(runs, baseline);
    painter.setHistory(history);
    QString out;
    out.reserve(html.size() + 64 * 1024);
    qsizetype last = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString tag = m.captured();
        const QString spec = unescape(attribute(tag, QStringLiteral("src")));
        const int width = std::clamp(attribute(tag, QStringLiteral("width")).toInt(), 0, 4000);
        const int height = std::clamp(attribute(tag, QStringLiteral("height")).toInt(), 0, 4000);
        const int w = width > 0 ? width : 680;
        const int h = height > 0 ? height : int(w * 0.45);
        QByteArray svg;
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(w, h));
        generator.setViewBox(QRect(0, 0, w, h));
        generator.setResolution(96);
        generator.setTitle(spec);
        QString problem;
        {
            QPainter p(&generator);
            painter.paint(&p, QRectF(0, 0, w, h), ChartPainter::Spec::parse(spec), &problem);
        }
        if (!problem.isEmpty() && problems)
            problems->append(spec + QStringLiteral(": ") + problem);
        QString text = QString::fromUtf8(svg);
        const qsizetype start = text.indexOf(QStringLiteral("<svg"));
        if (start > 0)
            text = text.mid(start);
        text.insert(4, QStringLiteral(" role=\"img\" style=\"max-width:100%;height:auto\""));
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += text;
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace Perfdeck

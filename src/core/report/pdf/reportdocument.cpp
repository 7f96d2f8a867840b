#include "report/pdf/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Perfdeck {

namespace {

enum ChartProperty {
    SpecProperty = QTextFormat::UserProperty + 71,
    WidthProperty,  // CSS px (96 per inch); 0: the text width
    HeightProperty, // CSS px; 0: 45 % of the width
};

double dpiOf(QTextDocument *doc) {
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiX() : 96.0;
}

} // namespace

ReportDocument::ReportDocument(const QString &html, QList<RunResult> runs,
                               QList<RunResult> baseline, QPaintDevice *device, QObject *parent)
    : QObject(parent)
    , m_document(std::make_unique<QTextDocument>())
    , m_painter(std::move(runs), std::move(baseline)) {
    if (device)
        m_document->documentLayout()->setPaintDevice(device);
    m_document->documentLayout()->registerHandler(ChartObjectType, this);
    m_document->setHtml(html);
    replaceChartImages();
}

ReportDocument::~ReportDocument() = default;

// QTextDocument keeps an <img> as an image character; each chart: image becomes one object
// character that this class sizes and paints. Collected first, replaced from the end, so
// positions stay valid.
void ReportDocument::replaceChartImages() {
    struct Found {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Found> found;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!ChartPainter::isChartSpec(image.name()))
                continue;
            // Consecutive images share one fragment when their formats are equal.
            for (int i = 0; i < fragment.length(); ++i)
                found.append({fragment.position() + i, 1, image});
        }
    }
    QTextCursor cursor(m_document.get());
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        QTextCharFormat chart;
        chart.setObjectType(ChartObjectType);
        chart.setProperty(SpecProperty, it->format.name());
        chart.setProperty(WidthProperty, it->format.width());
        chart.setProperty(HeightProperty, it->format.height());
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    m_charts = int(found.size());
}

QSizeF ReportDocument::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) {
    const double scale = dpiOf(doc) / 96.0;
    double available = doc->textWidth();
    if (available <= 0)
        available = doc->pageSize().width();
    available -= 2 * doc->documentMargin() + 2;
    double width = format.doubleProperty(WidthProperty) * scale;
    if (width <= 0 || width > available)
        width = available;
    double height = format.doubleProperty(HeightProperty) * scale;
    if (height <= 0)
        height = width * 0.45;
    return {std::max(width, 50.0), std::max(height, 30.0)};
}

void ReportDocument::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format) {
    const QString spec = format.stringProperty(SpecProperty);
    QString problem;
    m_painter.paint(painter, rect, ChartPainter::Spec::parse(spec), &problem);
    if (!problem.isEmpty() && !m_problems.contains(spec + QStringLiteral(": ") + problem))
        m_problems.append(spec + QStringLiteral(": ") + problem);
}

} // namespace Perfdeck

#include "report/pdf/pdfreport.h"

#include "report/pdf/reportdocument.h"
#include "util/fileio.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Perfdeck {

QPageSize PdfReport::pageSizeFor(PageSize size) {
    if (size == PageSize::A4)
        return QPageSize(QPageSize::A4);
    if (size == PageSize::Letter)
        return QPageSize(QPageSize::Letter);
    switch (QLocale::system().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool PdfReport::render(const QString &html, const ReportInput &input, const Options &options,
                       QByteArray *pdf, QString *error, int *pages) {
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(pageSizeFor(options.pageSize));
    writer.setPageMargins(options.marginsMm, QPageLayout::Millimeter);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Perfdeck " PERFDECK_VERSION));

    return paint(html, input, options, &writer, error, pages);
}

bool PdfReport::paint(const QString &html, const ReportInput &input, const Options &options,
                      QPagedPaintDevice *device, QString *error, int *pages) {
    ReportDocument report(html, input.runs, input.baselineRuns, device);
    QTextDocument *doc = report.document();
    const QRectF body(QPointF(0, 0), QSizeF(device->width(), device->height()));
    QFont small = doc->defaultFont();
    small.setPointSizeF(7.5);
    const QFontMetricsF fm(small, device);
    const double band = fm.height() * 2.2; // header and footer
    doc->setPageSize(QSizeF(body.width(), body.height() - 2 * band));
    const double pageHeight = doc->pageSize().height();
    const int count = doc->pageCount();
    const QString date = options.date.isEmpty() ? QLocale::system().toString(QDate::currentDate(),
                                                                             QLocale::ShortFormat)
                                                : options.date;

    QPainter painter;
    if (!painter.begin(device)) {
        *error = QStringLiteral("could not start painting the pages");
        return false;
    }
    for (int page = 0; page < count; ++page) {
        if (options.progress && !options.progress(page + 1, count)) {
            painter.end();
            *error = QStringLiteral("cancelled");
            return false;
        }
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(0, 0, body.width(), fm.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(options.title, Qt::ElideRight, body.width() * 0.7));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 2));
        painter.drawLine(QPointF(0, fm.height() * 1.4), QPointF(body.width(), fm.height() * 1.4));
        const QRectF footer(0, body.height() - fm.height(), body.width(), fm.height());
        painter.drawLine(QPointF(0, footer.top() - fm.height() * 0.5),
                         QPointF(body.width(), footer.top() - fm.height() * 0.5));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(options.footer, Qt::ElideRight, body.width() * 0.7));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(count));

        painter.save();
        painter.translate(0, band - page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    if (pages)
        *pages = count;
    return true;
}

bool PdfReport::write(const QString &html, const ReportInput &input, const QString &path,
                      const Options &options, QString *error, int *pages) {
    QByteArray pdf;
    if (!render(html, input, options, &pdf, error, pages))
        return false;
    return FileIo::writeAtomically(path, pdf, error);
}

} // namespace Perfdeck

#include "report/pdf/pdfreport.h"

#include "report/pdf/reportdocument.h"
#include "util/fileio.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// One page of the report: the slice [top, bottom) of the document laid out as one long page,
// after the header rows [headerTop, headerBottom) of the table it continues (none: equal).
struct PageSlice {
    double top = 0;
    double bottom = 0;
    double headerTop = 0;
    double headerBottom = 0;
};

struct Span {
    double top = 0;
    double bottom = 0;
};

struct TableRows {
    double top = 0;
    double bottom = 0;
    double bodyTop = 0; // below the header rows
    double headerTop = 0;
    double headerBottom = 0; // == headerTop: no header rows
};

void collectTables(QTextFrame *frame, QList<QTextTable *> *tables) {
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}

// Where a page may end: never inside a line of text (a chart is an object in a line), nor
// inside a table row, nor right after a heading (a heading keeps with the first line of what
// follows it: text, a chart, a table's first row). Rows are told apart half-way between the
// text of one row and the next, where their shared border runs.
class PageBreaker {
public:
    explicit PageBreaker(QTextDocument *doc) {
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        // A heading waiting for what follows it: its top, or NaN for none. (std::optional
        // here draws gcc 12's -Wmaybe-uninitialized.)
        double headingTop = std::numeric_limits<double>::quiet_NaN();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *text = block.layout();
            if (!text || text->lineCount() == 0)
                continue;
            const double offset =
                layout->blockBoundingRect(block).top() - text->boundingRect().top();
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                m_spans.append({offset + line.y(), offset + line.y() + line.height()});
            }
            const QTextLine first = text->lineAt(0);
            if (!std::isnan(headingTop)) {
                m_spans.append({headingTop, offset + first.y() + first.height()});
                headingTop = std::numeric_limits<double>::quiet_NaN();
            }
            if (block.blockFormat().headingLevel() > 0)
                headingTop = offset + first.y();
        }
        QList<QTextTable *> tables;
        collectTables(doc->rootFrame(), &tables);
        for (QTextTable *table : std::as_const(tables)) {
            const QRectF frame = layout->frameBoundingRect(table);
            QList<Span> rows;
            for (int r = 0; r < table->rows(); ++r) {
                Span row{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.rowSpan() > 1)
                        continue;
                    const QTextBlock first = cell.firstCursorPosition().block();
                    const QTextBlock last = cell.lastCursorPosition().block();
                    row.top = std::min(row.top, layout->blockBoundingRect(first).top());
                    row.bottom = std::max(row.bottom, layout->blockBoundingRect(last).bottom());
                }
                rows.append(row);
            }
            if (rows.isEmpty())
                continue;
            // Row r spans from half-way after row r-1's text to half-way before row r+1's.
            QList<double> edges{frame.top()};
            for (qsizetype r = 1; r < rows.size(); ++r)
                edges.append((rows[r - 1].bottom + rows[r].top) / 2);
            edges.append(frame.bottom());
            for (qsizetype r = 0; r < rows.size(); ++r)
                m_spans.append({edges[r], edges[r + 1]});
            const int header = std::clamp(table->format().headerRowCount(), 0, int(rows.size()));
            m_tables.append({frame.top(), frame.bottom(), edges[header], edges[0], edges[header]});
        }
    }

    // The slices of at most pageHeight each (a continued table's header rows included).
    QList<PageSlice> pages(double total, double pageHeight) const {
        QList<PageSlice> out;
        double top = 0;
        while (top < total - 0.5 && out.size() < 100000) {
            PageSlice page{top, total, top, top};
            // A table whose body goes on at this page's top repeats its header rows first.
            for (const TableRows &t : m_tables) {
                if (t.headerBottom > t.headerTop && top > t.bodyTop + 0.5 && top < t.bottom - 0.5 &&
                    t.headerBottom - t.headerTop < pageHeight / 3) {
                    page.headerTop = t.headerTop;
                    page.headerBottom = t.headerBottom;
                }
            }
            const double room = pageHeight - (page.headerBottom - page.headerTop);
            if (top + room < total) {
                double bottom = top + room;
                // Move the end up to the start of whatever it would cut, until nothing is cut;
                // what is taller than a page is cut where it must be.
                for (bool moved = true; moved;) {
                    moved = false;
                    for (const Span &span : m_spans) {
                        if (span.top < bottom - 0.5 && span.bottom > bottom + 0.5 &&
                            span.top > top + 0.5) {
                            bottom = span.top;
                            moved = true;
                        }
                    }
                }
                page.bottom = bottom > top + room * 0.2 ? bottom : top + room;
            }
            out.append(page);
            top = page.bottom;
        }
        return out;
    }

private:
    QList<Span> m_spans;
    QList<TableRows> m_tables;
};

} // namespace

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
    report.setHistory(input.history);
    QTextDocument *doc = report.document();
    const QRectF body(QPointF(0, 0), QSizeF(device->width(), device->height()));
    QFont small = doc->defaultFont();
    small.setPointSizeF(7.5);
    const QFontMetricsF fm(small, device);
    const double band = fm.height() * 2.2; // header and footer
    // Laid out as one long page, then cut into pages where no line, chart or table row is
    // cut; a table that goes on to the next page repeats its header rows (<thead>) there.
    // (QTextDocument's own pagination breaks a row of multi-line cells across two pages.)
    doc->setTextWidth(body.width());
    const double pageHeight = body.height() - 2 * band;
    // documentSize() lays the whole document out first: a PageBreaker built before it saw
    // the lines of the first blocks only (the layout of a long document is incremental), and
    // cut later pages through lines and headings.
    const double total = doc->documentLayout()->documentSize().height();
    const QList<PageSlice> slices = PageBreaker(doc).pages(total, pageHeight);
    const int count = int(slices.size());
    const QString date = options.date.isEmpty() ? QLocale::system().toString(QDate::currentDate(),
                                                                             QLocale::ShortFormat)
                                                : options.date;

    QPainter painter;
    if (!painter.begin(device)) {
        *error = Tr::tr("could not start painting the pages");
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

        const PageSlice &slice = slices.at(page);
        double y = band;
        auto drawPart = [&](double from, double to) {
            painter.save();
            painter.translate(0, y - from);
            const QRectF part(0, from, body.width(), to - from);
            QAbstractTextDocumentLayout::PaintContext context;
            // The layout draws every line that touches its clip, also one that only meets the
            // edge (the next page's first line starts where this page ends): clipped away on
            // paper, its text would still be in the PDF, twice (search, copy, pdftotext). So
            // the layout is asked for what lies inside by more than half a dot; the painter
            // still clips to the whole part, for lines taller than a page that must be cut.
            context.clip = part.adjusted(0, 0.5, 0, -0.5);
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(part);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            y += to - from;
        };
        if (slice.headerBottom > slice.headerTop)
            drawPart(slice.headerTop, slice.headerBottom);
        drawPart(slice.top, slice.bottom);
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

// Lays out an HTML report on A4 or Letter pages into a PDF: the report's body with its charts
// as vector paths (ReportDocument), a header with the title and the date, and a footer with
// the page number on every page. Written atomically: a failed write keeps the previous file.
#pragma once

#include "report/reportinput.h"

#include <QMarginsF>
#include <QString>

#include <functional>

class QPageSize;
class QPagedPaintDevice;

namespace Perfdeck {

class PdfReport final {
public:
    enum class PageSize { Locale, A4, Letter };
    struct Options {
        PageSize pageSize = PageSize::Locale;
        QMarginsF marginsMm{18, 16, 18, 16}; // left, top, right, bottom
        QString title;                       // header (left) and the PDF's title
        QString footer;                      // footer (left); the page number is on the right
        QString date;                        // header (right); empty: today
        // Called before each page is drawn; false cancels (the file is not written).
        std::function<bool(int page, int pages)> progress;
    };

    // Letter where the locale's country uses it (US, Canada, Mexico, ...), A4 elsewhere.
    static QPageSize pageSizeFor(PageSize size);
    static bool write(const QString &html, const ReportInput &input, const QString &path,
                      const Options &options, QString *error, int *pages = nullptr);
    // Paints the pages onto a device already set up (page size, margins): a QPrinter for
    // Print and Print Preview, the PDF writer of render().
    static bool paint(const QString &html, const ReportInput &input, const Options &options,
                      QPagedPaintDevice *device, QString *error, int *pages = nullptr);
    // The PDF bytes (write() saves them).
    static bool render(const QString &html, const ReportInput &input, const Options &options,
                       QByteArray *pdf, QString *error, int *pages = nullptr);
};

} // namespace Perfdeck

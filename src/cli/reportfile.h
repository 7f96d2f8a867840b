// One report file from a report input: resolve the template, build the context, render it
// with Jinja2 and write .html (charts as SVG), .md, .txt, .csv or .pdf. Shared by
// `perfdeck-cli report` and `perfdeck-cli run --report`.
#pragma once

#include "report/reportinput.h"

#include <QString>

namespace Perfdeck::Cli {

struct ReportFileOptions {
    QString templateArg = QStringLiteral("summary"); // NAME or FILE
    QString outPath;
    double confidence = 0.95;
    int pageSize = 0; // PdfReport::PageSize: 0 locale, 1 A4, 2 Letter
    int timeLimitMs = 10000;
    QString contextJsonPath; // also write the context here
    // The history database whose trends of the runs' pairs the context carries (`history`,
    // chart:trend); empty: none. A file that does not exist gives an empty history.
    QString historyPath;
};

// The format of an output path: pdf, html, md, txt, csv; empty if unknown ("-" is txt).
QString reportFormatOf(const QString &path);
// Checks what can be checked before any test runs: format, template, writable output.
bool checkReportOptions(const ReportFileOptions &options, QString *error);
bool writeReportFile(const ReportInput &input, const ReportFileOptions &options, QString *error);

} // namespace Perfdeck::Cli

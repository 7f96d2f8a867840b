// The context a report template sees: every run of the results format with its display names,
// statistics per group of like runs (the numbers of `perfdeck-cli stats`), a baseline
// comparison, hosts, and generation metadata. docs/TEMPLATES.md documents it field by field.
#pragma once

#include "report/reportinput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Perfdeck {

struct ReportContextOptions {
    double confidence = 0.95;
    int resamples = 10000;
    QDateTime generatedAt; // invalid: now
    QString generator;     // "perfdeck-cli 0.1.0"; default: the application name and version
    QString templateName;
    QString templateFile;
    QString outputFormat; // "pdf", "html", "md", "txt", "csv"
};

class ReportContext final {
public:
    static QJsonObject build(const ReportInput &input, const ReportContextOptions &options = {});
    // The netperf-style test name of a run: netperf's own, else TCP_STREAM, TCP_MAERTS or
    // UDP_STREAM from protocol and direction (a bidirectional iperf3 run reads TCP_STREAM).
    static QString testType(const RunResult &run);
};

} // namespace Perfdeck

// Report benchmark: the report context, the Jinja2 render of the shipped summary template
// (after the interpreter is up) and the PDF with its vector charts, for a session of N runs
// (default 100 iperf3 runs with 10 intervals and 2 streams each, plus a netperf TCP_RR run).
// With --cli PATH it also times whole `perfdeck-cli report` processes on the same file.
// Prints figures; bench/run_report_bench.sh runs it. Goals: bench/README.md.
#include "report/pdf/pdfreport.h"
#include "report/reportcontext.h"
#include "report/reportsample.h"
#include "report/templateengine.h"
#include "report/templatelibrary.h"
#include "results/resultsdocument.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Perfdeck;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template<typename F>
std::vector<double> timeMs(int repeats, F &&f) {
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 100;
    QString cli;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        if (args[i] == QLatin1String("--cli"))
            cli = args[i + 1];
    }
    QTemporaryDir dir;
    const ReportInput input = ReportSample::input(runs);
    ResultsDocument doc;
    doc.runs = input.runs;
    const QString file = dir.filePath(QStringLiteral("session.json"));
    QString error;
    if (!doc.save(file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Report benchmark: %d runs + 1 RR run, summary.html (median of repeats, ms)\n",
                runs);

    ReportInput loaded;
    const double loadMs = median(timeMs(5, [&] { ReportInput::load(file, &loaded, &error); }));
    QByteArray contextJson;
    ReportContextOptions options;
    options.templateName = QStringLiteral("summary.html");
    const double contextMs = median(timeMs(
        5, [&] { contextJson = QJsonDocument(ReportContext::build(loaded, options)).toJson(); }));
    std::printf("  %-44s %9.1f\n", "load results file", loadMs);
    std::printf("  %-44s %9.1f\n", "build context (statistics, 10k bootstrap)", contextMs);

    TemplateRequest request;
    request.templateName = QStringLiteral("summary.html");
    request.folders = TemplateLibrary::folders();
    request.contextJson = contextJson;
    QElapsedTimer first;
    first.start();
    TemplateResult result = TemplateEngine::renderBlocking(request);
    const double firstMs = first.nsecsElapsed() / 1e6;
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error.toString()));
        return 1;
    }
    const double renderMs =
        median(timeMs(10, [&] { result = TemplateEngine::renderBlocking(request); }));
    std::printf("  %-44s %9.1f\n", "first render (starts Python, imports jinja2)", firstMs);
    std::printf("  %-44s %9.1f   goal < 50\n", "render summary.html (interpreter up)", renderMs);

    int pages = 0;
    QByteArray pdf;
    PdfReport::Options pdfOptions;
    pdfOptions.pageSize = PdfReport::PageSize::A4;
    const double pdfMs = median(timeMs(3, [&] {
        pdf.clear();
        PdfReport::render(result.output, loaded, pdfOptions, &pdf, &error, &pages);
    }));
    std::printf("  %-44s %9.1f   (%d pages, %lld KiB)\n", "PDF layout + vector charts", pdfMs,
                pages, static_cast<long long>(pdf.size() / 1024));

    // 40 charts on about 20 pages: one throughput chart per run of the first 40.
    QString html = QStringLiteral("<html><body>");
    for (int i = 0; i < 40 && i < loaded.runs.size(); ++i)
        html += QStringLiteral("<h2>%1</h2><p>Run %1.</p><p><img src=\"chart:throughput?run=%1\" "
                               "width=\"680\" height=\"330\"></p>")
                    .arg(loaded.runs.at(i).id);
    html += QStringLiteral("</body></html>");
    int pages40 = 0;
    const double pdf40Ms = median(timeMs(3, [&] {
        pdf.clear();
        PdfReport::render(html, loaded, pdfOptions, &pdf, &error, &pages40);
    }));
    std::printf("  %-44s %9.1f   goal < 3000 (%d pages)\n", "PDF with 40 charts", pdf40Ms, pages40);

    if (!cli.isEmpty()) {
        for (const char *suffix : {"html", "pdf"}) {
            const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(suffix));
            const double ms = median(timeMs(5, [&] {
                QProcess p;
                p.start(cli, {QStringLiteral("report"), file, QStringLiteral("--template"),
                              QStringLiteral("summary"), QStringLiteral("--out"), out});
                p.waitForFinished(120000);
            }));
            std::printf("  %-44s %9.1f%s\n",
                        qPrintable(QStringLiteral("perfdeck-cli report -> .%1 (whole process)")
                                       .arg(QLatin1String(suffix))),
                        ms, suffix == QByteArray("html") ? "   goal < 300" : "");
        }
    }
    if (args.contains(QStringLiteral("--keep")))
        std::printf("kept %s\n", qPrintable(file)), dir.setAutoRemove(false);
    return 0;
}

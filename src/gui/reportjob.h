// Makes one report file from a session without blocking the UI thread: the context is built
// on a worker thread, Jinja2 renders on the TemplateEngine's thread, and the PDF (or text
// file) is written on a worker thread page by page. Progress is reported per stage and page;
// cancel() stops at the next step and leaves any previous file untouched.
#pragma once

#include "report/pdf/pdfreport.h"
#include "report/reportinput.h"
#include "report/templateengine.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Perfdeck {

class ReportJob final : public QObject {
    Q_OBJECT
public:
    struct Request {
        ReportInput input;
        QString templateName; // a name in the folders, or a file path when isFile
        bool isFile = false;
        QString outputPath; // empty with format "print": renderedHtml() instead of a file
        QString format;     // pdf, html, md, txt, csv; "print": render the HTML only
        PdfReport::PageSize pageSize = PdfReport::PageSize::Locale;
        QStringList folders; // default: TemplateLibrary::folders()
        // The history database whose trends the report shows (empty: none); read with the
        // context, off the UI thread.
        QString historyPath;
    };

    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override;

    // False when a job is still running.
    bool start(const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // The report's input as the context was built from it (with its history, once read):
    // what Print paints the rendered HTML with.
    const ReportInput &input() const { return m_request.input; }

    // The format a file name asks for ("pdf", "html", ...); empty if none.
    static QString formatOf(const QString &path);

Q_SIGNALS:
    // percent 0..100 and what is being done ("Rendering summary.html", "Page 3 of 7").
    void progress(int percent, const QString &stage);
    void finished(const QString &path, int pages);
    // A "print" request: the rendered HTML, to lay out on a printer (PdfReport::paint).
    void renderedHtml(const QString &html);
    void failed(const QString &message);
    void cancelled();

private:
    void contextReady();
    void rendered(quint64 id, const Perfdeck::TemplateResult &result);
    void written();

    struct Written {
        QString error;
        int pages = 0;
    };
    Request m_request;
    TemplateEngine *m_engine = nullptr;
    struct Context {
        QByteArray json;
        QList<HistoryTrend> history;
    };
    QFutureWatcher<Context> m_context;
    QFutureWatcher<Written> m_writer;
    quint64 m_renderId = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Perfdeck

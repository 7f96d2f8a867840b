#include "gui/reportdialog.h"

#include "gui/reportjob.h"
#include "report/templatelibrary.h"
#include "results/historystore.h"
#include "util/fileio.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QUrl>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

const char *const FileItem = "\001file"; // octal: stops after three digits
const char *const BaselineFileItem = "\001baseline-file";

} // namespace

ReportDialog::ReportDialog(const ReportInput &input, const QJsonObject &state, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
    , m_job(new ReportJob(this)) {
    setWindowTitle(tr("Generate Report"));
    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->setMinimumContentsLength(34);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Template:"), m_template);

    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    m_output->setPlaceholderText(tr("report.pdf, .html, .md, .txt or .csv"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    form->addRow(tr("Output file:"), outputRow);

    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("From the locale"), int(PdfReport::PageSize::Locale));
    m_pageSize->addItem(QStringLiteral("A4"), int(PdfReport::PageSize::A4));
    m_pageSize->addItem(QStringLiteral("Letter"), int(PdfReport::PageSize::Letter));
    m_pageSize->setToolTip(tr("Pages of a PDF report or of a print"));
    form->addRow(tr("&Page size:"), m_pageSize);

    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(QStringLiteral("baselineCombo"));
    m_baseline->setToolTip(tr("Runs to compare with: the report shows the change and whether "
                              "it is significant"));
    m_baseline->addItem(tr("None"), QStringLiteral("none"));
    m_baseline->addItem(tr("From file…"), QString::fromLatin1(BaselineFileItem));
    form->addRow(tr("&Baseline:"), m_baseline);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("%n run(s) from %1", nullptr, int(input.runs.size()))
                          .arg(input.title.isEmpty() ? tr("this session") : input.title));

    auto *buttons = new QDialogButtonBox(this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_open = buttons->addButton(tr("&Open Report"), QDialogButtonBox::ActionRole);
    m_open->setEnabled(false);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    buttons->addButton(QDialogButtonBox::Close);
    m_generate->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    fillTemplates();
    const QString wanted = state.value(QLatin1String("template")).toString();
    if (!wanted.isEmpty())
        setTemplate(wanted);
    QString output = state.value(QLatin1String("output")).toString();
    if (output.isEmpty()) {
        const QFileInfo session(input.path);
        const QString base =
            input.path.isEmpty()
                ? QString(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/report"))
                : QString(session.absolutePath() + QLatin1Char('/') + session.completeBaseName());
        output = base + QStringLiteral("-report.pdf");
    }
    m_output->setText(output);
    m_pageSize->setCurrentIndex(
        std::max(0, m_pageSize->findData(state.value(QLatin1String("page_size")).toInt())));
    m_savedBaseline = state.value(QLatin1String("baseline")).toString();
    setBaselineChoice(m_savedBaseline);

    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_output, &QLineEdit::textChanged, this, &ReportDialog::updateControls);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        if (m_template->currentData().toString() == QLatin1String(FileItem)) {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Template File"), TemplateLibrary::folders().value(0),
                tr("Templates (*.html *.htm *.md *.txt *.csv);;All files (*)"));
            m_template->blockSignals(true);
            if (file.isEmpty())
                m_template->setCurrentIndex(0);
            else
                setTemplate(file);
            m_template->blockSignals(false);
        }
        updateControls();
        Q_EMIT stateChanged();
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportDialog::stateChanged);
    connect(m_baseline, &QComboBox::activated, this, [this] {
        if (m_baseline->currentData().toString() == QLatin1String(BaselineFileItem))
            chooseBaselineFile();
        else
            setBaselineChoice(m_baseline->currentData().toString());
        Q_EMIT stateChanged();
    });
    connect(&m_baselineLoad, &QFutureWatcher<LoadedBaseline>::finished, this, [this] {
        const LoadedBaseline loaded = m_baselineLoad.result();
        m_loadingBaseline = false;
        if (m_baseline->currentData().toString() != QStringLiteral("file:") + loaded.path) {
            updateControls();
            return; // the user chose something else meanwhile
        }
        m_baselineFile = loaded.path;
        m_fileBaseline = loaded.runs;
        m_baselineError = loaded.error;
        if (loaded.error.isEmpty())
            m_status->setText(tr("Baseline: %n run(s) from %1", nullptr, int(loaded.runs.size()))
                                  .arg(QFileInfo(loaded.path).fileName()));
        else
            showOutcome(loaded.error, false);
        updateControls();
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { print(true); });
    connect(m_print, &QPushButton::clicked, this, [this] { print(false); });
    connect(m_job, &ReportJob::renderedHtml, this, [this](const QString &html) {
        m_printHtml = html;
        m_status->setText(tr("Ready to print."));
        m_progress->setValue(100);
        updateControls();
        Q_EMIT printReady();
        if (std::exchange(m_printPending, false))
            showPrintDialog();
    });
    connect(m_job, &ReportJob::progress, this, &ReportDialog::showProgress);
    connect(m_job, &ReportJob::finished, this, [this](const QString &path, int pages) {
        m_written = path;
        showOutcome(pages > 0 ? tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(path)
                              : tr("Wrote %1.").arg(path),
                    true);
        Q_EMIT reportWritten(path);
    });
    connect(m_job, &ReportJob::failed, this,
            [this](const QString &why) { showOutcome(why, false); });
    connect(m_job, &ReportJob::cancelled, this, [this] { showOutcome(tr("Cancelled."), false); });
    updateControls();
    resize(560, sizeHint().height());
}

void ReportDialog::fillTemplates() {
    m_template->clear();
    for (const TemplateLibrary::Entry &e : TemplateLibrary::list()) {
        const QString where = e.shipped ? tr("shipped") : tr("yours");
        m_template->addItem(QStringLiteral("%1 (%2)").arg(e.name, where), e.name);
        m_template->setItemData(m_template->count() - 1, e.description, Qt::ToolTipRole);
    }
    const int summary = m_template->findData(QStringLiteral("summary.html"));
    if (summary >= 0)
        m_template->setCurrentIndex(summary);
    m_template->addItem(tr("Other file…"), QString::fromLatin1(FileItem));
}

void ReportDialog::setTemplate(const QString &nameOrFile) {
    int index = m_template->findData(nameOrFile);
    if (index < 0 && QFileInfo(nameOrFile).isFile()) {
        m_template->insertItem(m_template->count() - 1, nameOrFile, nameOrFile);
        index = m_template->count() - 2;
    }
    if (index >= 0)
        m_template->setCurrentIndex(index);
}

void ReportDialog::setOutputPath(const QString &path) {
    m_output->setText(path);
}

QJsonObject ReportDialog::state() const {
    return {{QStringLiteral("template"), m_template->currentData().toString()},
            {QStringLiteral("output"), m_output->text()},
            {QStringLiteral("page_size"), m_pageSize->currentData().toInt()},
            {QStringLiteral("baseline"), m_baseline->currentData().toString()}};
}

void ReportDialog::setPanelBaseline(const QList<RunResult> &runs, const QString &description) {
    m_panelBaseline = runs;
    m_panelDescription = description;
    const int existing = m_baseline->findData(QStringLiteral("panel"));
    if (runs.isEmpty()) {
        if (existing >= 0)
            m_baseline->removeItem(existing);
        return;
    }
    const QString text =
        tr("As in the statistics panel: %1")
            .arg(description.isEmpty() ? tr("%n run(s)", nullptr, int(runs.size())) : description);
    if (existing >= 0) {
        m_baseline->setItemText(existing, text);
    } else {
        m_baseline->insertItem(1, text, QStringLiteral("panel"));
        if (m_savedBaseline == QLatin1String("panel"))
            m_baseline->setCurrentIndex(1);
    }
}

void ReportDialog::setBaselineChoice(const QString &choice) {
    if (choice.startsWith(QLatin1String("file:")) && choice.size() > 5) {
        const QString path = choice.mid(5);
        int index = m_baseline->findData(choice);
        if (index < 0) {
            index = m_baseline->count() - 1; // before "From file…"
            m_baseline->insertItem(index, tr("File: %1").arg(QFileInfo(path).fileName()), choice);
            m_baseline->setItemData(index, path, Qt::ToolTipRole);
        }
        m_baseline->setCurrentIndex(index);
        if (path != m_baselineFile || !m_baselineError.isEmpty()) {
            m_baselineError.clear();
            m_status->setText(tr("Reading the baseline %1…").arg(QFileInfo(path).fileName()));
            m_loadingBaseline = true;
            m_baselineLoad.setFuture(QtConcurrent::run([path] {
                LoadedBaseline loaded;
                loaded.path = path;
                ReportInput reader;
                if (reader.loadBaseline(path, &loaded.error))
                    loaded.runs = reader.baselineRuns;
                return loaded;
            }));
        }
    } else {
        const int index = m_baseline->findData(choice);
        m_baseline->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_lastBaseline = m_baseline->currentData().toString();
    updateControls();
}

void ReportDialog::chooseBaselineFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Baseline"), QFileInfo(m_input.path).absolutePath(),
                                     tr("Sessions and results (*.perfdeck *.json);;All files (*)"));
    if (path.isEmpty()) {
        setBaselineChoice(m_lastBaseline); // back to what was chosen before "From file…"
        return;
    }
    setBaselineChoice(QStringLiteral("file:") + path);
}

ReportInput ReportDialog::inputWithBaseline() const {
    ReportInput input = m_input;
    input.baselineRuns.clear();
    input.baselinePath.clear();
    const QString choice = m_baseline->currentData().toString();
    if (choice == QLatin1String("panel")) {
        input.baselineRuns = m_panelBaseline;
        // Templates name the baseline by its file; this one is a choice, not a file.
        input.baselinePath =
            tr("statistics panel baseline (%1)")
                .arg(QString(m_panelDescription).replace(QLatin1Char('/'), QChar(0x2215)));
    } else if (choice.startsWith(QLatin1String("file:")) && choice.mid(5) == m_baselineFile &&
               m_baselineError.isEmpty()) {
        input.baselineRuns = m_fileBaseline;
        input.baselinePath = m_baselineFile;
    }
    return input;
}

void ReportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Report File"), m_output->text(),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Text (*.txt);;CSV (*.csv)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void ReportDialog::updateControls() {
    const bool running = m_job->isRunning();
    const QString format = ReportJob::formatOf(m_output->text());
    m_generate->setEnabled(!running && !format.isEmpty() &&
                           m_template->currentData().toString() != QLatin1String(FileItem));
    m_cancel->setEnabled(running);
    m_template->setEnabled(!running);
    m_output->setEnabled(!running);
    m_pageSize->setEnabled(!running);
    const bool fileBaseline =
        m_baseline->currentData().toString().startsWith(QLatin1String("file:"));
    const bool baselineReady =
        !fileBaseline || (!m_loadingBaseline && m_baselineError.isEmpty() &&
                          m_baseline->currentData().toString().mid(5) == m_baselineFile);
    m_baseline->setEnabled(!running);
    m_generate->setEnabled(m_generate->isEnabled() && baselineReady);
    const bool templateChosen = m_template->currentData().toString() != QLatin1String(FileItem);
    m_print->setEnabled(!running && baselineReady && templateChosen);
    m_preview->setEnabled(!running && baselineReady && templateChosen);
    if (!running && !m_output->text().isEmpty() && format.isEmpty())
        m_status->setText(tr("The output file's extension picks the format: .pdf, .html, .md, "
                             ".txt or .csv."));
}

void ReportDialog::generate() {
    if (m_job->isRunning())
        return;
    const QString output = m_output->text().trimmed();
    const QString format = ReportJob::formatOf(output);
    QString why;
    if (format.isEmpty()) {
        showOutcome(
            tr("The output file's extension picks the format: .pdf, .html, .md, .txt or .csv."),
            false);
        return;
    }
    if (!FileIo::checkWritable(output, &why)) {
        showOutcome(why, false);
        return;
    }
    startJob(format, output);
}

bool ReportDialog::startJob(const QString &format, const QString &output) {
    // A printer gets the pages of the PDF: the HTML form of the template.
    const TemplateLibrary::Resolved resolved =
        TemplateLibrary::resolve(m_template->currentData().toString(),
                                 format == QLatin1String("print") ? QStringLiteral("pdf") : format);
    if (!resolved.ok) {
        showOutcome(resolved.error, false);
        return false;
    }
    ReportJob::Request request;
    request.input = inputWithBaseline();
    request.templateName = resolved.name;
    request.isFile = resolved.isFile;
    request.outputPath = output;
    request.format = format;
    request.pageSize = PdfReport::PageSize(m_pageSize->currentData().toInt());
    // The history the History view shows: the trend templates read it (history.html).
    request.historyPath = HistoryStore::resolvePath(QString());
    m_open->setEnabled(false);
    m_job->start(request);
    Q_EMIT stateChanged();
    updateControls();
    return true;
}

void ReportDialog::cancel() {
    m_job->cancel();
}

void ReportDialog::preparePrint() {
    m_printPending = false;
    print(false);
    m_printPending = false;
}

void ReportDialog::print(bool preview) {
    if (m_job->isRunning())
        return;
    m_printHtml.clear();
    m_printPreview = preview;
    m_printPending = startJob(QStringLiteral("print"), QString());
}

void ReportDialog::showPrintDialog() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        PdfReport::pageSizeFor(PdfReport::PageSize(m_pageSize->currentData().toInt())));
    printer.setPageMargins(PdfReport::Options().marginsMm, QPageLayout::Millimeter);
    printer.setDocName(m_input.title.isEmpty() ? tr("Perfdeck report") : m_input.title);
    QString error;
    if (m_printPreview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, &error](QPrinter *target) { printTo(target, &error); });
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (printTo(&printer, &error))
            m_status->setText(tr("Sent to %1.")
                                  .arg(printer.printerName().isEmpty() ? printer.outputFileName()
                                                                       : printer.printerName()));
    }
    if (!error.isEmpty())
        showOutcome(error, false);
}

bool ReportDialog::printTo(QPrinter *printer, QString *error) {
    if (m_printHtml.isEmpty()) {
        *error = tr("Nothing to print yet: the report is still being rendered.");
        return false;
    }
    PdfReport::Options options;
    options.pageSize = PdfReport::PageSize(m_pageSize->currentData().toInt());
    options.title = m_input.title;
    options.footer = QStringLiteral("%1 · %2").arg(
        m_input.title, m_template->currentData().toString().section(QLatin1Char('/'), -1));
    // The job's input: the baseline and the history the HTML was rendered with.
    return PdfReport::paint(m_printHtml, m_job->input(), options, printer, error);
}

void ReportDialog::reject() {
    // Closing while a report is made cancels it; the dialog closes when the job has stopped.
    if (m_job->isRunning()) {
        m_job->cancel();
        connect(m_job, &ReportJob::cancelled, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void ReportDialog::showProgress(int percent, const QString &stage) {
    m_progress->setValue(percent);
    m_status->setText(stage + QStringLiteral("…"));
}

void ReportDialog::showOutcome(const QString &message, bool ok) {
    m_status->setText(ok ? message
                         : QStringLiteral("<span style=\"color:#b02020\">%1</span>")
                               .arg(message.toHtmlEscaped()));
    if (!ok)
        m_progress->setValue(0);
    m_open->setEnabled(ok);
    updateControls();
}

} // namespace Perfdeck

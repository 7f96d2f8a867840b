// File > Generate Report…: pick a template (shipped or the user's), an output file whose
// extension picks the format, for PDF the page size, and a baseline (the statistics panel's,
// a results file or none); the report is made by a ReportJob off the UI thread with progress
// and Cancel, or laid out on a printer (Print…, Print Preview…). The choices are kept in the
// session.
#pragma once

#include "report/reportinput.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace Perfdeck {

class ReportJob;

class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const ReportInput &input, const QJsonObject &state, QWidget *parent = nullptr);

    // {"template", "output", "page_size", "baseline"}: what the session keeps. "baseline" is
    // "none", "panel" (the statistics panel's) or "file:PATH".
    QJsonObject state() const;
    // The statistics panel's baseline, offered as a choice (call before the dialog shows).
    void setPanelBaseline(const QList<RunResult> &runs, const QString &description);
    ReportJob *job() const { return m_job; }

    // For tests and scripted use: the same as choosing them in the dialog.
    void setTemplate(const QString &nameOrFile);
    void setOutputPath(const QString &path);
    // "none", "panel" or "file:PATH" (a file is read off the UI thread).
    void setBaselineChoice(const QString &choice);
    QString baselineProblem() const { return m_baselineError; }
    bool isLoadingBaseline() const { return m_loadingBaseline; }
    void generate();
    void cancel();
    // Renders the template, then shows the print (or print preview) dialog.
    void print(bool preview);
    // Renders the template for a printer; printReady() follows (or a failure in the status).
    void preparePrint();
    // Lays the rendered report out on `printer` (after printReady()).
    bool printTo(QPrinter *printer, QString *error);

Q_SIGNALS:
    void stateChanged();
    void reportWritten(const QString &path);
    void printReady();

protected:
    void reject() override;

private:
    void fillTemplates();
    void browse();
    void updateControls();
    void showProgress(int percent, const QString &stage);
    void showOutcome(const QString &message, bool ok);
    void chooseBaselineFile();
    // Resolves the template for `format` and starts the job; false (status says why) if not.
    bool startJob(const QString &format, const QString &output);
    ReportInput inputWithBaseline() const;
    void showPrintDialog();

    struct LoadedBaseline {
        QString path;
        QList<RunResult> runs;
        QString error;
    };

    ReportInput m_input;
    ReportJob *m_job = nullptr;
    QComboBox *m_template = nullptr;
    QLineEdit *m_output = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_baseline = nullptr;
    QList<RunResult> m_panelBaseline;
    QString m_panelDescription;
    QString m_savedBaseline; // the session's choice, applied when its item exists
    QString m_lastBaseline;  // the choice before "From file…" was picked
    QString m_baselineFile;  // the file whose runs are in m_fileBaseline
    QList<RunResult> m_fileBaseline;
    QString m_baselineError;
    QFutureWatcher<LoadedBaseline> m_baselineLoad;
    bool m_loadingBaseline = false; // until its result is applied
    QString m_printHtml;
    bool m_printPreview = false;
    bool m_printPending = false;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QString m_written;
};

} // namespace Perfdeck

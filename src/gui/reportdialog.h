// File > Generate Report…: pick a template (shipped or the user's), an output file whose
// extension picks the format, and for PDF the page size; the report is made by a ReportJob
// off the UI thread with progress and Cancel. The choices are kept in the session.
#pragma once

#include "report/reportinput.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Perfdeck {

class ReportJob;

class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const ReportInput &input, const QJsonObject &state, QWidget *parent = nullptr);

    // {"template", "output", "page_size"}: what the session keeps.
    QJsonObject state() const;
    ReportJob *job() const { return m_job; }

    // For tests and scripted use: the same as choosing them in the dialog.
    void setTemplate(const QString &nameOrFile);
    void setOutputPath(const QString &path);
    void generate();
    void cancel();

Q_SIGNALS:
    void stateChanged();
    void reportWritten(const QString &path);

protected:
    void reject() override;

private:
    void fillTemplates();
    void browse();
    void updateControls();
    void showProgress(int percent, const QString &stage);
    void done(const QString &message, bool ok);

    ReportInput m_input;
    ReportJob *m_job = nullptr;
    QComboBox *m_template = nullptr;
    QLineEdit *m_output = nullptr;
    QComboBox *m_pageSize = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QString m_written;
};

} // namespace Perfdeck

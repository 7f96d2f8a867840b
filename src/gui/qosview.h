// The QoS view: the DSCP classes to test, how long and how fast, Start/Stop, and the per-class
// table of what arrived (QosTableModel). A test runs perfdeck-probe on this machine (reflector
// on 127.0.0.1 or ::1) through a QosRun, off the UI thread's way (processes and signals only);
// its runs go to the session like any other run.
#pragma once

#include "model/runresult.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace Perfdeck {

class LocalLauncher;
class QosRun;
class QosTableModel;

class QosView final : public QWidget {
    Q_OBJECT
public:
    explicit QosView(QWidget *parent = nullptr);
    ~QosView() override;

    bool isRunning() const;
    // Starts a test with what the form says; false with a message in the status line when
    // the form is not valid.
    bool start();
    void stop();
    // The runs of one QoS test (e.g. the latest in a reopened session).
    void showRuns(const QList<RunResult> &runs);
    QosTableModel *model() const { return m_model; }
    QString statusText() const;

    // The form, for the session.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    // A test ended: one run per class (also when stopped: what was measured).
    void runsFinished(const QList<Perfdeck::RunResult> &runs);
    void message(const QString &text);
    // The form changed (the session is modified).
    void stateChanged();

private:
    void finished();
    void updateButtons();

    QLineEdit *m_classes = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QSpinBox *m_rate = nullptr;
    QCheckBox *m_ipv6 = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QosTableModel *m_model = nullptr;
    LocalLauncher *m_launcher = nullptr;
    QPointer<QosRun> m_run;
};

} // namespace Perfdeck

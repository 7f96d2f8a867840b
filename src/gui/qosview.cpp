#include "qosview.h"

#include "exec/locallauncher.h"
#include "qos/dscpclass.h"
#include "qos/qosrun.h"
#include "qostablemodel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Perfdeck {

QosView::QosView(QWidget *parent)
    : QWidget(parent) {
    m_classes = new QLineEdit(QStringLiteral("EF,AF41,CS0"), this);
    m_classes->setObjectName(QStringLiteral("qosClasses"));
    m_classes->setToolTip(tr("DSCP classes, comma-separated: EF, AF11..AF43, CS0..CS7, VA, LE "
                             "or 0-63"));
    m_duration = new QDoubleSpinBox(this);
    m_duration->setObjectName(QStringLiteral("qosDuration"));
    m_duration->setRange(0.5, 3600);
    m_duration->setDecimals(1);
    m_duration->setValue(5);
    m_duration->setSuffix(tr(" s"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("qosRate"));
    m_rate->setRange(1, 100000);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" packets/s"));
    m_ipv6 = new QCheckBox(tr("IPv6 (::1)"), this);
    m_ipv6->setObjectName(QStringLiteral("qosIpv6"));
    m_startButton = new QPushButton(tr("Start"), this);
    m_startButton->setObjectName(QStringLiteral("qosStart"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("qosStop"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_status = new QLabel(tr("Sends probe datagrams marked with each class to a reflector on "
                             "this machine and shows what arrived."),
                          this);
    m_status->setObjectName(QStringLiteral("qosStatus"));
    m_status->setWordWrap(true);
    m_model = new QosTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("qosTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("Classes:"), m_classes);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Rate per class:"), m_rate);
    form->addRow(QString(), m_ipv6);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_startButton, &QPushButton::clicked, this, &QosView::start);
    connect(m_stopButton, &QPushButton::clicked, this, &QosView::stop);
    connect(m_classes, &QLineEdit::returnPressed, this, &QosView::start);
    connect(m_classes, &QLineEdit::textEdited, this, &QosView::stateChanged);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, &QosView::stateChanged);
    connect(m_rate, &QSpinBox::valueChanged, this, &QosView::stateChanged);
    connect(m_ipv6, &QCheckBox::toggled, this, &QosView::stateChanged);
    updateButtons();
}

QosView::~QosView() {
    // QosRun's processes are its children and end with it.
    delete m_run;
}

bool QosView::isRunning() const {
    return m_run && m_run->isRunning();
}

QString QosView::statusText() const {
    return m_status->text();
}

bool QosView::start() {
    if (isRunning())
        return false;
    QString error;
    std::optional<QList<DscpClass>> classes = DscpClass::parseList(m_classes->text(), &error);
    if (!classes) {
        m_status->setText(tr("Classes: %1").arg(error));
        return false;
    }
    QosRequest request;
    for (DscpClass &c : *classes)
        c.pps = m_rate->value();
    request.classes = *classes;
    request.durationS = m_duration->value();
    request.intervalS = request.durationS >= 5 ? 1.0 : 0.5;
    delete m_run; // a finished test's run (its processes have ended)
    delete m_launcher;
    m_launcher = new LocalLauncher(
        LocalLauncher::LocalHostName,
        m_ipv6->isChecked() ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"), this);
    m_run = new QosRun(request, m_launcher, m_launcher, this);
    // Rows from the start: the classes as asked, filled in as intervals arrive.
    QList<RunResult> rows;
    for (const DscpClass &c : std::as_const(request.classes)) {
        RunResult r;
        r.trafficClass = c.name;
        r.qos = QJsonObject{{QStringLiteral("sent_dscp"), c.code}};
        rows << r;
    }
    m_model->setRuns(rows);
    connect(m_run, &QosRun::progress, this, [this](double elapsed, double total) {
        m_progress->setValue(total > 0 ? int(std::min(1.0, elapsed / total) * 1000) : 0);
    });
    connect(m_run, &QosRun::intervalMeasured, m_model, &QosTableModel::updateLive);
    connect(m_run, &QosRun::message, this, &QosView::message);
    connect(m_run, &QosRun::finished, this, &QosView::finished);
    m_status->setText(tr("Running: %1 for %2 s...")
                          .arg(m_classes->text())
                          .arg(QLocale().toString(request.durationS)));
    m_progress->setValue(0);
    m_run->start();
    updateButtons();
    return true;
}

void QosView::stop() {
    if (isRunning()) {
        m_status->setText(tr("Stopping..."));
        m_run->cancel();
    }
}

void QosView::finished() {
    const QList<RunResult> runs = m_run->results();
    const QString error = m_run->error();
    m_model->setRuns(runs);
    m_progress->setValue(m_progress->maximum());
    int kept = 0;
    for (const RunResult &r : runs)
        kept += r.qos.value(QLatin1String("verdict")).toString() == QLatin1String("kept");
    if (!error.isEmpty())
        m_status->setText(tr("Failed: %1").arg(error));
    else
        m_status->setText(
            tr("%1 of %2 classes arrived with their marks.").arg(kept).arg(runs.size()));
    updateButtons();
    if (!runs.isEmpty())
        Q_EMIT runsFinished(runs);
}

void QosView::updateButtons() {
    const bool running = isRunning();
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_classes->setEnabled(!running);
    m_duration->setEnabled(!running);
    m_rate->setEnabled(!running);
    m_ipv6->setEnabled(!running);
}

void QosView::showRuns(const QList<RunResult> &runs) {
    if (!isRunning())
        m_model->setRuns(runs);
}

QJsonObject QosView::saveState() const {
    return QJsonObject{{QStringLiteral("classes"), m_classes->text()},
                       {QStringLiteral("duration_s"), m_duration->value()},
                       {QStringLiteral("rate_pps"), m_rate->value()},
                       {QStringLiteral("ipv6"), m_ipv6->isChecked()}};
}

void QosView::restoreState(const QJsonObject &state) {
    if (state.contains(QLatin1String("classes")))
        m_classes->setText(state.value(QLatin1String("classes")).toString());
    if (state.contains(QLatin1String("duration_s")))
        m_duration->setValue(state.value(QLatin1String("duration_s")).toDouble());
    if (state.contains(QLatin1String("rate_pps")))
        m_rate->setValue(state.value(QLatin1String("rate_pps")).toInt());
    m_ipv6->setChecked(state.value(QLatin1String("ipv6")).toBool(false));
}

} // namespace Perfdeck

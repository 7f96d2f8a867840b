#include "gui/runpanel.h"

#include "ui_runpanel.h"

#include <QAction>

namespace Perfdeck {

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RunPanel>()) {
    m_ui->setupUi(this);
    // Data: the engine's spelling; text: what the user reads.
    m_ui->engineCombo->setItemData(0, int(Engine::Iperf3));
    m_ui->engineCombo->setItemData(1, int(Engine::Netperf));
    m_ui->netperfTestCombo->addItem(tr("Automatic"), QString());
    for (const char *test :
         {"TCP_STREAM", "TCP_MAERTS", "UDP_STREAM", "TCP_RR", "TCP_CRR", "UDP_RR"})
        m_ui->netperfTestCombo->addItem(QLatin1String(test), QLatin1String(test));
    m_ui->protocolCombo->setItemData(0, int(Protocol::Tcp));
    m_ui->protocolCombo->setItemData(1, int(Protocol::Udp));
    m_ui->directionCombo->setItemData(0, int(Direction::Send));
    m_ui->directionCombo->setItemData(1, int(Direction::Receive));
    m_ui->directionCombo->setItemData(2, int(Direction::Bidir));
    m_ui->dscpCombo->addItem(tr("none"), QString());
    for (const char *name :
         {"EF", "AF11", "AF21", "AF31", "AF41", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6", "CS7"})
        m_ui->dscpCombo->addItem(QLatin1String(name), QLatin1String(name));
    m_ui->problemLabel->hide();

    connect(m_ui->embeddedCheck, &QCheckBox::toggled, this, &RunPanel::updateEnabled);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    auto edited = [this] {
        showProblem(QString());
        Q_EMIT specEdited();
    };
    connect(m_ui->embeddedCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->netperfTestCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->liveTextCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->directionCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->durationSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->streamsSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->bitrateEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->dscpCombo, &QComboBox::currentTextChanged, this, edited);
    connect(m_ui->intervalSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->repeatSpin, &QSpinBox::valueChanged, this, edited);
    updateEnabled();
}

RunPanel::~RunPanel() = default;

void RunPanel::updateEnabled() {
    const bool remote = !m_ui->embeddedCheck->isChecked();
    m_ui->hostEdit->setEnabled(remote);
    m_ui->hostLabel->setEnabled(remote);
    m_ui->portSpin->setEnabled(remote);
    m_ui->portLabel->setEnabled(remote);
    m_ui->liveTextCheck->setEnabled(remote);
    const bool netperf = m_ui->engineCombo->currentData().toInt() == int(Engine::Netperf);
    m_ui->netperfTestCombo->setEnabled(netperf);
    m_ui->netperfTestLabel->setEnabled(netperf);
    const bool udp = m_ui->protocolCombo->currentData().toInt() == int(Protocol::Udp);
    m_ui->bitrateEdit->setPlaceholderText(udp ? tr("1M (iperf3 default for UDP)")
                                              : tr("unlimited"));
}

bool RunPanel::buildSpec(TestSpec *out, QString *error) const {
    TestSpec spec;
    spec.engine = Engine(m_ui->engineCombo->currentData().toInt());
    spec.protocol = Protocol(m_ui->protocolCombo->currentData().toInt());
    spec.direction = Direction(m_ui->directionCombo->currentData().toInt());
    if (spec.engine == Engine::Netperf)
        spec.netperfTest = m_ui->netperfTestCombo->currentData().toString();
    if (!m_ui->embeddedCheck->isChecked()) {
        spec.host = m_ui->hostEdit->text().trimmed();
        if (spec.host.isEmpty()) {
            *error = tr("Host: enter a server name or address, or tick \"%1\".")
                         .arg(m_ui->embeddedCheck->text());
            return false;
        }
        spec.port = m_ui->portSpin->value();
        spec.liveClientText = m_ui->liveTextCheck->isChecked();
    }
    spec.durationS = m_ui->durationSpin->value();
    spec.parallel = m_ui->streamsSpin->value();
    const QString bitrate = m_ui->bitrateEdit->text().trimmed();
    if (!bitrate.isEmpty()) {
        spec.bitrateBps = parseBitrate(bitrate);
        if (!spec.bitrateBps) {
            *error = tr("Bitrate: \"%1\" is not a rate; write for example 100M, 1.5G or 64k.")
                         .arg(bitrate);
            return false;
        }
    }
    // The combo shows "none" for no marking; anything typed is the user's class or number.
    const int dscpIndex = m_ui->dscpCombo->findText(m_ui->dscpCombo->currentText());
    const QString dscp = dscpIndex >= 0 ? m_ui->dscpCombo->itemData(dscpIndex).toString()
                                        : m_ui->dscpCombo->currentText().trimmed();
    if (!dscp.isEmpty() && !parseDscp(dscp)) {
        *error =
            tr("DSCP: \"%1\" is not a DSCP class (EF, AF41, CS1...) or a number 0-63.").arg(dscp);
        return false;
    }
    spec.dscp = dscp;
    spec.intervalS = m_ui->intervalSpin->value();
    spec.repeat = m_ui->repeatSpin->value();
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = spec;
    return true;
}

void RunPanel::setSpec(const TestSpec &spec) {
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_ui->embeddedCheck),    QSignalBlocker(m_ui->hostEdit),
        QSignalBlocker(m_ui->portSpin),         QSignalBlocker(m_ui->engineCombo),
        QSignalBlocker(m_ui->netperfTestCombo), QSignalBlocker(m_ui->liveTextCheck),
        QSignalBlocker(m_ui->protocolCombo),    QSignalBlocker(m_ui->directionCombo),
        QSignalBlocker(m_ui->durationSpin),     QSignalBlocker(m_ui->streamsSpin),
        QSignalBlocker(m_ui->bitrateEdit),      QSignalBlocker(m_ui->dscpCombo),
        QSignalBlocker(m_ui->intervalSpin),     QSignalBlocker(m_ui->repeatSpin)};
    m_ui->embeddedCheck->setChecked(spec.usesEmbeddedServer());
    m_ui->hostEdit->setText(spec.host);
    m_ui->portSpin->setValue(spec.port);
    m_ui->liveTextCheck->setChecked(spec.liveClientText);
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(int(spec.engine)));
    m_ui->netperfTestCombo->setCurrentIndex(
        std::max(0, m_ui->netperfTestCombo->findData(spec.netperfTest.toUpper())));
    m_ui->protocolCombo->setCurrentIndex(m_ui->protocolCombo->findData(int(spec.protocol)));
    m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(int(spec.direction)));
    m_ui->durationSpin->setValue(spec.durationS);
    m_ui->streamsSpin->setValue(spec.parallel);
    m_ui->bitrateEdit->setText(spec.bitrateBps ? QString::number(*spec.bitrateBps, 'g', 12)
                                               : QString());
    const int dscpIndex = m_ui->dscpCombo->findData(spec.dscp.toUpper());
    if (dscpIndex >= 0)
        m_ui->dscpCombo->setCurrentIndex(dscpIndex);
    else
        m_ui->dscpCombo->setEditText(spec.dscp);
    m_ui->intervalSpin->setValue(spec.intervalS);
    m_ui->repeatSpin->setValue(std::max(1, spec.repeat));
    updateEnabled();
    showProblem(QString());
}

void RunPanel::showProblem(const QString &message) {
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

void RunPanel::bindActions(QAction *run, QAction *stop) {
    connect(m_ui->runButton, &QPushButton::clicked, run, &QAction::trigger);
    connect(m_ui->stopButton, &QPushButton::clicked, stop, &QAction::trigger);
    auto sync = [this, run, stop] {
        m_ui->runButton->setEnabled(run->isEnabled());
        m_ui->stopButton->setEnabled(stop->isEnabled());
    };
    connect(run, &QAction::changed, this, sync);
    connect(stop, &QAction::changed, this, sync);
    sync();
}

} // namespace Perfdeck

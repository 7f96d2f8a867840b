#include "gui/runpanel.h"

#include "gui/hostlistmodel.h"
#include "inventory/host.h"
#include "model/format.h"
#include "model/runlabel.h"
#include "qos/trafficpattern.h"

#include "ui_runpanel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QLocale>
#include <QStandardItemModel>

#include <limits>
#include <utility>

namespace Perfdeck {

namespace {
// The direction combo's entry for request/response tests (not a Direction).
constexpr int RequestResponseData = -1;
// Host combos: the inventory name; site headings carry none.
constexpr int HostNameData = Qt::UserRole;
// A name the inventory does not offer in that role (a spec from an older session).
constexpr int HostMissingData = Qt::UserRole + 1;

// The Bitrate field holds a traffic pattern when it names a kind ("ramp:10M..100M/10s"); a
// bare rate ("100M") stays iperf3's -b.
bool isPattern(const QString &text) {
    return text.contains(QLatin1Char(':'));
}
} // namespace

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
    // What the netperf _RR tests do: never picked by the user, shown while such a test is.
    m_ui->directionCombo->addItem(tr("Request/response (both ways)"), RequestResponseData);
    if (auto *items = qobject_cast<QStandardItemModel *>(m_ui->directionCombo->model()))
        items->item(m_ui->directionCombo->count() - 1)->setEnabled(false);
    m_ui->dscpCombo->addItem(tr("none"), QString());
    for (const char *name :
         {"EF", "AF11", "AF21", "AF31", "AF41", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6", "CS7"})
        m_ui->dscpCombo->addItem(QLatin1String(name), QLatin1String(name));
    m_ui->confidenceCombo->addItem(tr("off"), 0);
    m_ui->confidenceCombo->addItem(tr("95 %"), 95);
    m_ui->confidenceCombo->addItem(tr("99 %"), 99);
    m_ui->problemLabel->hide();
    m_ui->bitrateHint->hide();
    fillHostCombos();
    // The dock is ~290 px wide on a laptop screen: combos may be narrower than their longest
    // entry ("Request/response (both ways)", host names) rather than push the form wider
    // than the dock (the popup still shows entries whole).
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_ui->confidenceCombo->setMinimumContentsLength(4); // "off", "95 %", "99 %" and a spin box

    connect(m_ui->embeddedCheck, &QCheckBox::toggled, this, &RunPanel::updateEnabled);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    // What the user picks wins: values that no longer apply are put right at once, so Run
    // works the first time instead of reporting one conflict per press.
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this, &RunPanel::resolveConflicts);
    connect(m_ui->netperfTestCombo, &QComboBox::currentIndexChanged, this,
            &RunPanel::resolveConflicts);
    connect(m_ui->netperfTestCombo, &QComboBox::currentIndexChanged, this,
            &RunPanel::updateEnabled);
    connect(m_ui->confidenceCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    auto edited = [this] {
        showProblem(QString());
        Q_EMIT specEdited();
    };
    connect(m_ui->embeddedCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->clientCombo, &QComboBox::activated, this, edited);
    connect(m_ui->serverCombo, &QComboBox::activated, this, edited);
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
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
    connect(m_ui->bitrateEdit, &QLineEdit::textChanged, this, &RunPanel::updateBitrateHint);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this,
            &RunPanel::updateBitrateHint);
    connect(m_ui->dscpCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->dscpCombo, &QComboBox::currentTextChanged, this, edited);
    connect(m_ui->dscpCombo, &QComboBox::currentTextChanged, this, &RunPanel::updateEnabled);
    connect(m_ui->intervalSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->repeatSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->retriesSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->omitSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->lengthEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->windowEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->congestionEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->confidenceCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->confidenceWidthSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->iterationsSpin, &QSpinBox::valueChanged, this, edited);
    updateEnabled();
}

RunPanel::~RunPanel() = default;

bool RunPanel::isNetperf() const {
    return m_ui->engineCombo->currentData().toInt() == int(Engine::Netperf);
}

QString RunPanel::netperfTest() const {
    return isNetperf() ? m_ui->netperfTestCombo->currentData().toString() : QString();
}

void RunPanel::resolveConflicts() {
    if (!isNetperf()) {
        if (m_ui->directionCombo->currentData().toInt() == RequestResponseData) {
            const QSignalBlocker blocker(m_ui->directionCombo);
            m_ui->directionCombo->setCurrentIndex(
                m_ui->directionCombo->findData(int(Direction::Send)));
        }
        return;
    }
    const QString test = netperfTest();
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_ui->protocolCombo), QSignalBlocker(m_ui->directionCombo),
        QSignalBlocker(m_ui->streamsSpin), QSignalBlocker(m_ui->bitrateEdit),
        QSignalBlocker(m_ui->omitSpin)};
    // netperf cannot pace (without --enable-intervals) nor omit. Its streams stay: each
    // becomes a netperf process of its own, started together (JobRunner's instances).
    m_ui->bitrateEdit->clear();
    updateBitrateHint();
    m_ui->omitSpin->setValue(0);
    if (m_ui->directionCombo->currentData().toInt() == int(Direction::Bidir))
        m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(int(Direction::Send)));
    if (!test.isEmpty()) {
        // A named test fixes the protocol and the direction.
        const Protocol protocol =
            test.startsWith(QLatin1String("UDP")) ? Protocol::Udp : Protocol::Tcp;
        m_ui->protocolCombo->setCurrentIndex(m_ui->protocolCombo->findData(int(protocol)));
        const Direction direction =
            test == QLatin1String("TCP_MAERTS") ? Direction::Receive : Direction::Send;
        const int shown = isRequestResponseTest(test) ? RequestResponseData : int(direction);
        m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(shown));
    } else if (m_ui->directionCombo->currentData().toInt() == RequestResponseData) {
        m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(int(Direction::Send)));
    }
    updateEnabled();
}

void RunPanel::updateEnabled() {
    const bool remote = !m_ui->embeddedCheck->isChecked();
    const bool netperf = isNetperf();
    const QString test = netperfTest();
    const bool namedTest = !test.isEmpty();
    const bool requestResponse = isRequestResponseTest(test);
    m_ui->hostEdit->setEnabled(remote);
    m_ui->hostLabel->setEnabled(remote);
    m_ui->portSpin->setEnabled(remote);
    m_ui->portLabel->setEnabled(remote);
    m_ui->liveTextCheck->setEnabled(remote && !netperf);
    m_ui->serverCombo->setEnabled(!remote);
    m_ui->serverLabel->setEnabled(!remote);
    const QString serverHost = hostIn(m_ui->serverCombo);
    if (serverHost.isEmpty())
        m_ui->embeddedCheck->setText(netperf ? tr("Local netserver (127.0.0.1)")
                                             : tr("Local iperf3 server (127.0.0.1)"));
    else
        m_ui->embeddedCheck->setText(netperf ? tr("netserver started by Perfdeck")
                                             : tr("iperf3 server started by Perfdeck"));
    m_ui->embeddedCheck->setToolTip(
        netperf ? tr("Perfdeck starts its own netserver on 127.0.0.1 on a free port: works on "
                     "any machine with netperf installed.")
                : tr("Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works "
                     "on any machine with iperf3 installed."));
    m_ui->netperfTestCombo->setEnabled(netperf);
    m_ui->netperfTestLabel->setEnabled(netperf);
    m_ui->protocolCombo->setEnabled(!namedTest);
    m_ui->protocolLabel->setEnabled(!namedTest);
    m_ui->directionCombo->setEnabled(!namedTest);
    m_ui->directionLabel->setEnabled(!namedTest);
    // Bidirectional is iperf3's alone.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_ui->directionCombo->model())) {
        if (QStandardItem *bidir =
                items->item(m_ui->directionCombo->findData(int(Direction::Bidir))))
            bidir->setEnabled(!netperf);
    }
    m_ui->streamsSpin->setToolTip(
        netperf ? tr("netperf runs one stream per process: N streams start N netperf processes "
                     "together, reported as instances of one test")
                : tr("Parallel streams (iperf3 -P)"));
    m_ui->bitrateEdit->setEnabled(!netperf);
    m_ui->bitrateLabel->setEnabled(!netperf);
    m_ui->omitSpin->setEnabled(!netperf);
    m_ui->omitLabel->setEnabled(!netperf);
    // Request/response tests send fixed-size transactions: -m does not apply to them, the
    // field takes their request and response sizes instead (netperf -r).
    if (requestResponse != m_lengthIsRequest) {
        m_lengthIsRequest = requestResponse;
        const QString shown = m_ui->lengthEdit->text();
        m_ui->lengthEdit->setText(std::exchange(m_otherLengthText, shown));
    }
    m_ui->lengthLabel->setText(requestResponse ? tr("Si&zes:") : tr("&Length:"));
    m_ui->lengthEdit->setPlaceholderText(requestResponse ? tr("1 byte each way")
                                                         : tr("tool default"));
    m_ui->lengthEdit->setToolTip(
        requestResponse
            ? tr("Request and response size of each transaction, for example 64 or 64,1024 "
                 "(netperf -r); without a response size it is the request's.")
            : tr("Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, "
                 "netperf -m)."));
    const bool confidence = netperf && m_ui->confidenceCombo->currentData().toInt() > 0;
    m_ui->confidenceCombo->setEnabled(netperf);
    m_ui->confidenceLabel->setEnabled(netperf);
    m_ui->confidenceWidthSpin->setEnabled(confidence);
    m_ui->iterationsSpin->setEnabled(confidence);
    m_ui->iterationsLabel->setEnabled(confidence);
    const bool udp = m_ui->protocolCombo->currentData().toInt() == int(Protocol::Udp);
    m_ui->dscpCheck->setEnabled(!dscpText().isEmpty());
    m_ui->bitrateEdit->setPlaceholderText(netperf ? tr("not with netperf")
                                          : udp   ? tr("1M (iperf3 default for UDP)")
                                                  : tr("unlimited"));
}

bool RunPanel::buildSpec(TestSpec *out, QString *error) const {
    TestSpec spec;
    spec.engine = Engine(m_ui->engineCombo->currentData().toInt());
    spec.protocol = Protocol(m_ui->protocolCombo->currentData().toInt());
    // Request/response tests run both ways by design; netperf's own direction is "send".
    const int direction = m_ui->directionCombo->currentData().toInt();
    spec.direction = direction == RequestResponseData ? Direction::Send : Direction(direction);
    if (spec.engine == Engine::Netperf)
        spec.netperfTest = m_ui->netperfTestCombo->currentData().toString();
    if (hostProblem(m_ui->clientCombo, tr("Client"), HostListModel::IsClientRole, error))
        return false;
    spec.clientHost = hostIn(m_ui->clientCombo);
    if (m_ui->embeddedCheck->isChecked()) {
        if (hostProblem(m_ui->serverCombo, tr("Server"), HostListModel::IsServerRole, error))
            return false;
        spec.serverHost = hostIn(m_ui->serverCombo);
    } else {
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
    if (isPattern(bitrate) && m_ui->bitrateEdit->isEnabled()) {
        QString patternError;
        if (!TrafficPattern::parse(bitrate, &patternError)) {
            *error = tr("Bitrate: %1").arg(patternError);
            return false;
        }
        spec.pattern = bitrate;
    } else if (!bitrate.isEmpty()) {
        spec.bitrateBps = parseBitrate(bitrate);
        if (!spec.bitrateBps) {
            *error = tr("Bitrate: \"%1\" is not a rate; write for example 100M, 1.5G or 64k.")
                         .arg(bitrate);
            return false;
        }
    }
    const QString dscp = dscpText();
    if (!dscp.isEmpty() && !parseDscp(dscp)) {
        *error =
            tr("DSCP: \"%1\" is not a DSCP class (EF, AF41, CS1...) or a number 0-63.").arg(dscp);
        return false;
    }
    spec.dscp = dscp;
    spec.intervalS = m_ui->intervalSpin->value();
    spec.repeat = m_ui->repeatSpin->value();
    if (m_ui->omitSpin->isEnabled())
        spec.omitS = m_ui->omitSpin->value();
    const auto size = [this, error](QLineEdit *edit, const QString &field,
                                    std::optional<qint64> *target) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() || !edit->isEnabled())
            return true;
        *target = parseByteSize(text);
        if (!*target) {
            *error = tr("%1: \"%2\" is not a size; write for example 128K, 4M or 1460.")
                         .arg(field, text);
            return false;
        }
        return true;
    };
    if (m_lengthIsRequest && spec.engine == Engine::Netperf) {
        // "REQUEST[,RESPONSE]"
        const QString text = m_ui->lengthEdit->text().trimmed();
        const QStringList parts = text.split(QLatin1Char(','));
        if (!text.isEmpty()) {
            QList<int> sizes;
            for (const QString &part : parts) {
                const std::optional<qint64> bytes = parseByteSize(part.trimmed());
                if (parts.size() > 2 || !bytes || *bytes > std::numeric_limits<int>::max()) {
                    *error = tr("Sizes: \"%1\" is not a request size or request,response "
                                "sizes; write for example 64 or 64,1024.")
                                 .arg(text);
                    return false;
                }
                sizes << int(*bytes);
            }
            spec.requestSize = sizes.first();
            if (sizes.size() == 2)
                spec.responseSize = sizes.last();
        }
    } else if (!size(m_ui->lengthEdit, tr("Length"), &spec.lengthBytes)) {
        return false;
    }
    if (!size(m_ui->windowEdit, tr("Window"), &spec.windowBytes))
        return false;
    spec.congestion = m_ui->congestionEdit->text().trimmed();
    if (spec.engine == Engine::Netperf) {
        spec.confidenceLevel = m_ui->confidenceCombo->currentData().toInt();
        spec.confidenceWidthPercent = m_ui->confidenceWidthSpin->value();
        spec.maxIterations = m_ui->iterationsSpin->value();
    }
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
        QSignalBlocker(m_ui->intervalSpin),     QSignalBlocker(m_ui->repeatSpin),
        QSignalBlocker(m_ui->omitSpin),         QSignalBlocker(m_ui->lengthEdit),
        QSignalBlocker(m_ui->windowEdit),       QSignalBlocker(m_ui->congestionEdit),
        QSignalBlocker(m_ui->confidenceCombo),  QSignalBlocker(m_ui->confidenceWidthSpin),
        QSignalBlocker(m_ui->iterationsSpin),   QSignalBlocker(m_ui->clientCombo),
        QSignalBlocker(m_ui->serverCombo)};
    fillHostCombo(m_ui->clientCombo, HostListModel::IsClientRole, spec.clientHost);
    fillHostCombo(m_ui->serverCombo, HostListModel::IsServerRole,
                  spec.usesEmbeddedServer() ? spec.serverHost : QString());
    m_ui->embeddedCheck->setChecked(spec.usesEmbeddedServer());
    m_ui->hostEdit->setText(spec.host);
    m_ui->portSpin->setValue(spec.port);
    m_ui->liveTextCheck->setChecked(spec.liveClientText);
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(int(spec.engine)));
    m_ui->netperfTestCombo->setCurrentIndex(
        std::max(0, m_ui->netperfTestCombo->findData(spec.netperfTest.toUpper())));
    m_ui->protocolCombo->setCurrentIndex(m_ui->protocolCombo->findData(int(spec.protocol)));
    const bool requestResponse =
        spec.engine == Engine::Netperf && isRequestResponseTest(spec.netperfTest);
    m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(
        requestResponse ? RequestResponseData : int(spec.direction)));
    m_ui->durationSpin->setValue(spec.durationS);
    m_ui->streamsSpin->setValue(spec.parallel);
    m_ui->bitrateEdit->setText(!spec.pattern.isEmpty() ? spec.pattern
                               : spec.bitrateBps       ? QString::number(*spec.bitrateBps, 'g', 12)
                                                       : QString());
    const int dscpIndex = m_ui->dscpCombo->findData(spec.dscp.toUpper());
    if (dscpIndex >= 0)
        m_ui->dscpCombo->setCurrentIndex(dscpIndex);
    else
        m_ui->dscpCombo->setEditText(spec.dscp);
    m_ui->intervalSpin->setValue(spec.intervalS);
    m_ui->repeatSpin->setValue(std::max(1, spec.repeat));
    m_ui->omitSpin->setValue(spec.omitS);
    const QString lengthText = spec.lengthBytes ? QString::number(*spec.lengthBytes) : QString();
    QString sizesText;
    if (spec.requestSize) {
        sizesText = QString::number(*spec.requestSize);
        if (spec.responseSize && *spec.responseSize != *spec.requestSize)
            sizesText += QLatin1Char(',') + QString::number(*spec.responseSize);
    }
    // updateEnabled() below finds the field already in the test's meaning.
    m_lengthIsRequest = requestResponse;
    m_ui->lengthEdit->setText(requestResponse ? sizesText : lengthText);
    m_otherLengthText = requestResponse ? lengthText : sizesText;
    m_ui->windowEdit->setText(spec.windowBytes ? QString::number(*spec.windowBytes) : QString());
    m_ui->congestionEdit->setText(spec.congestion);
    m_ui->confidenceCombo->setCurrentIndex(
        std::max(0, m_ui->confidenceCombo->findData(spec.confidenceLevel)));
    m_ui->confidenceWidthSpin->setValue(spec.confidenceWidthPercent);
    m_ui->iterationsSpin->setValue(spec.maxIterations);
    updateEnabled();
    updateBitrateHint();
    showProblem(QString());
}

void RunPanel::setHostModel(QAbstractItemModel *hosts) {
    if (m_hosts)
        disconnect(m_hosts, nullptr, this, nullptr);
    m_hosts = hosts;
    if (hosts) {
        // The inventory changes under the panel (edits, imports, an opened session): the
        // picked hosts stay picked as long as they exist.
        connect(hosts, &QAbstractItemModel::modelReset, this, &RunPanel::fillHostCombos);
        connect(hosts, &QAbstractItemModel::rowsInserted, this, &RunPanel::fillHostCombos);
        connect(hosts, &QAbstractItemModel::rowsRemoved, this, &RunPanel::fillHostCombos);
        connect(hosts, &QAbstractItemModel::dataChanged, this, &RunPanel::fillHostCombos);
        connect(hosts, &QObject::destroyed, this, [this] {
            m_hosts = nullptr;
            fillHostCombos();
        });
    }
    fillHostCombos();
}

void RunPanel::fillHostCombos() {
    const QSignalBlocker blockers[] = {QSignalBlocker(m_ui->clientCombo),
                                       QSignalBlocker(m_ui->serverCombo)};
    fillHostCombo(m_ui->clientCombo, HostListModel::IsClientRole, hostIn(m_ui->clientCombo));
    fillHostCombo(m_ui->serverCombo, HostListModel::IsServerRole, hostIn(m_ui->serverCombo));
    updateEnabled();
}

void RunPanel::fillHostCombo(QComboBox *combo, int roleFilter, const QString &wanted) {
    combo->clear();
    const QString local = Host::localName();
    combo->addItem(HostListModel::tr("local (this machine)"), QString());
    QString site;
    const int rows = m_hosts ? m_hosts->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_hosts->index(row, 0);
        const QString name = index.data(HostListModel::HostNameRole).toString();
        if (name == local || !index.data(roleFilter).toBool())
            continue;
        // The model lists hosts by site: a heading where a site starts.
        const QString hostSite = index.data(HostListModel::SiteRole).toString();
        if (hostSite != site && !hostSite.isEmpty()) {
            combo->addItem(hostSite);
            auto *items = qobject_cast<QStandardItemModel *>(combo->model());
            if (QStandardItem *heading = items ? items->item(combo->count() - 1) : nullptr) {
                heading->setEnabled(false);
                QFont font = combo->font();
                font.setBold(true);
                heading->setFont(font);
            }
        }
        site = hostSite;
        // The name alone fits a narrow dock; the tooltip says where it logs in.
        combo->addItem(name, name);
        combo->setItemData(combo->count() - 1, index.data(Qt::DisplayRole), Qt::ToolTipRole);
    }
    const QString name = wanted == local ? QString() : wanted;
    int at = combo->findData(name, HostNameData);
    if (at < 0) {
        // Kept visible rather than silently replaced by this machine: Run then says why.
        combo->addItem(tr("%1 (not offered by the inventory)").arg(name), name);
        at = combo->count() - 1;
        combo->setItemData(at, true, HostMissingData);
    }
    combo->setCurrentIndex(at);
}

QString RunPanel::hostIn(const QComboBox *combo) {
    return combo->currentData(HostNameData).toString();
}

bool RunPanel::hostProblem(const QComboBox *combo, const QString &field, int roleFilter,
                           QString *error) const {
    if (!combo->currentData(HostMissingData).toBool())
        return false;
    const QString name = hostIn(combo);
    const bool listed = m_hosts && !m_hosts
                                        ->match(m_hosts->index(0, 0), HostListModel::HostNameRole,
                                                name, 1, Qt::MatchExactly)
                                        .isEmpty();
    *error = listed
                 ? tr("%1: the inventory does not allow %2 as a %3 (its roles, Hosts dock).")
                       .arg(field, name,
                            roleFilter == HostListModel::IsClientRole ? tr("client") : tr("server"))
                 : tr("%1: %2 is not in the inventory; add it in the Hosts dock or pick "
                      "another host.")
                       .arg(field, name);
    return true;
}

QString RunPanel::dscpText() const {
    // The combo shows "none" for no marking; anything typed is the user's class or number.
    const int index = m_ui->dscpCombo->findText(m_ui->dscpCombo->currentText());
    return index >= 0 ? m_ui->dscpCombo->itemData(index).toString()
                      : m_ui->dscpCombo->currentText().trimmed();
}

bool RunPanel::checksDscp() const {
    return m_ui->dscpCheck->isEnabled() && m_ui->dscpCheck->isChecked();
}

int RunPanel::retries() const {
    return m_ui->retriesSpin->value();
}

void RunPanel::setRetries(int retries) {
    m_ui->retriesSpin->setValue(retries);
}

void RunPanel::updateBitrateHint() {
    const QString text = m_ui->bitrateEdit->text().trimmed();
    QString hint;
    bool problem = false;
    // A UDP pattern is sent by perfdeck-probe, not iperf3: the Engine field says so (the data
    // stays iperf3's, whose server-side settings the form keeps).
    const bool probeSends = isPattern(text) && !isNetperf() &&
                            m_ui->protocolCombo->currentData().toInt() == int(Protocol::Udp);
    // Its name only: "perfdeck-probe (UDP pattern)" was cut in a run dock of its usual width;
    // the tooltip and the hint below say why.
    const int iperf3Item = m_ui->engineCombo->findData(int(Engine::Iperf3));
    m_ui->engineCombo->setItemText(iperf3Item, probeSends ? QStringLiteral("perfdeck-probe")
                                                          : QStringLiteral("iperf3"));
    const QString why = probeSends ? tr("A UDP traffic pattern is sent by perfdeck-probe, which "
                                        "paces its datagrams to the pattern; iperf3 sends "
                                        "everything else.")
                                   : QString();
    m_ui->engineCombo->setItemData(iperf3Item, why.isEmpty() ? QVariant() : QVariant(why),
                                   Qt::ToolTipRole);
    m_ui->engineCombo->setToolTip(why);
    if (isPattern(text)) {
        QString error;
        if (const std::optional<TrafficPattern> pattern = TrafficPattern::parse(text, &error)) {
            // Says how this protocol sends it: the two differ in what they can follow.
            const bool udp = m_ui->protocolCombo->currentData().toInt() == int(Protocol::Udp);
            hint = udp ? tr("Pattern: up to %1, repeating every %2 s; UDP datagrams paced by "
                            "perfdeck-probe.")
                       : tr("Pattern: up to %1, repeating every %2 s; TCP runs one iperf3 test "
                            "per phase (whole seconds).");
            hint = hint.arg(Format::bitrate(pattern->peakBps()),
                            QLocale().toString(pattern->cycleS(), 'g', 6));
        } else {
            hint = error;
            problem = true;
        }
    } else if (!text.isEmpty() && !parseBitrate(text)) {
        hint = tr("Not a rate (100M, 1.5G, 64k) nor a pattern (ramp:10M..100M/10s).");
        problem = true;
    }
    m_ui->bitrateHint->setText(hint);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     problem ? QColor(0xc0, 0x1c, 0x28) : colours.color(QPalette::PlaceholderText));
    m_ui->bitrateHint->setPalette(colours);
    m_ui->bitrateHint->setVisible(!hint.isEmpty());
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

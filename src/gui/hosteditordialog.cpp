#include "gui/hosteditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Perfdeck {

HostEditorDialog::HostEditorDialog(const Inventory &inventory, const QString &originalName,
                                   const QStringList &sites, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_originalName(originalName) {
    setWindowTitle(originalName.isEmpty() ? tr("Add host") : tr("Edit host %1").arg(originalName));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. fra-perf1"));
    form->addRow(tr("&Name:"), m_name);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("host name or IP address"));
    form->addRow(tr("&Address:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(Host::DefaultSshPort);
    form->addRow(tr("SSH &port:"), m_port);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("default: your local user name"));
    form->addRow(tr("&User:"), m_user);
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("SSH agent"), int(HostAuth::Agent));
    m_auth->addItem(tr("Key file"), int(HostAuth::Key));
    m_auth->addItem(tr("Password (asked, never stored in the file)"), int(HostAuth::Password));
    form->addRow(tr("Au&thentication:"), m_auth);
    m_identity = new QLineEdit(this);
    m_identity->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    form->addRow(tr("&Identity file:"), m_identity);
    m_jump = new QComboBox(this);
    m_jump->addItem(tr("(direct)"), QString());
    for (const Host &h : inventory.hosts) {
        if (h.name != originalName && !h.isLocal())
            m_jump->addItem(h.name, h.name);
    }
    form->addRow(tr("&Jump host:"), m_jump);
    auto *roles = new QHBoxLayout;
    m_client = new QCheckBox(tr("&Client"), this);
    m_server = new QCheckBox(tr("&Server"), this);
    m_client->setChecked(true);
    m_server->setChecked(true);
    roles->addWidget(m_client);
    roles->addWidget(m_server);
    roles->addStretch();
    form->addRow(tr("Roles:"), roles);
    m_site = new QComboBox(this);
    m_site->setEditable(true);
    m_site->addItem(QString());
    m_site->addItems(sites);
    form->addRow(tr("Si&te:"), m_site);
    m_region = new QLineEdit(this);
    form->addRow(tr("&Region:"), m_region);
    auto *location = new QHBoxLayout;
    m_hasLocation = new QCheckBox(tr("Known"), this);
    m_lat = new QDoubleSpinBox(this);
    m_lat->setRange(-90, 90);
    m_lat->setDecimals(5);
    m_lat->setPrefix(tr("lat "));
    m_lon = new QDoubleSpinBox(this);
    m_lon->setRange(-180, 180);
    m_lon->setDecimals(5);
    m_lon->setPrefix(tr("lon "));
    location->addWidget(m_hasLocation);
    location->addWidget(m_lat, 1);
    location->addWidget(m_lon, 1);
    form->addRow(tr("&Location:"), location);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("comma separated, e.g. rack-a, 25g"));
    form->addRow(tr("T&ags:"), m_tags);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("N&otes:"), m_notes);
    m_iperf3 = new QLineEdit(this);
    m_iperf3->setPlaceholderText(tr("iperf3 on the host's PATH"));
    form->addRow(tr("iperf&3 path:"), m_iperf3);
    m_netperf = new QLineEdit(this);
    m_netperf->setPlaceholderText(tr("netperf on the host's PATH"));
    form->addRow(tr("net&perf path:"), m_netperf);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HostEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HostEditorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &HostEditorDialog::updateEnabled);
    connect(m_hasLocation, &QCheckBox::toggled, this, &HostEditorDialog::updateEnabled);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &HostEditorDialog::updateEnabled);
    updateEnabled();
}

void HostEditorDialog::setHost(const Host &host) {
    m_name->setText(host.name);
    m_address->setText(host.address);
    m_port->setValue(host.isLocal() ? Host::DefaultSshPort : host.port);
    m_user->setText(host.user);
    m_auth->setCurrentIndex(m_auth->findData(int(host.auth)));
    m_identity->setText(host.identityFile);
    const int jump = m_jump->findData(host.jump);
    m_jump->setCurrentIndex(qMax(0, jump));
    m_client->setChecked(host.client);
    m_server->setChecked(host.server);
    m_site->setCurrentText(host.site);
    m_region->setText(host.region);
    m_hasLocation->setChecked(host.location.has_value());
    if (host.location) {
        m_lat->setValue(host.location->lat);
        m_lon->setValue(host.location->lon);
    }
    m_tags->setText(host.tags.join(QLatin1String(", ")));
    m_notes->setPlainText(host.notes);
    m_iperf3->setText(host.iperf3Path);
    m_netperf->setText(host.netperfPath);
    updateEnabled();
}

Host HostEditorDialog::host() const {
    Host h;
    h.name = m_name->text().trimmed();
    if (!h.isLocal()) {
        h.address = m_address->text().trimmed();
        h.port = m_port->value();
        h.user = m_user->text().trimmed();
        h.auth = HostAuth(m_auth->currentData().toInt());
        h.identityFile = m_identity->text().trimmed();
        h.jump = m_jump->currentData().toString();
    } else {
        h.port = 0;
    }
    h.client = m_client->isChecked();
    h.server = m_server->isChecked();
    h.site = m_site->currentText().trimmed();
    h.region = m_region->text().trimmed();
    if (m_hasLocation->isChecked())
        h.location = HostLocation{m_lat->value(), m_lon->value()};
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            h.tags << tag.trimmed();
    }
    h.notes = m_notes->toPlainText().trimmed();
    h.iperf3Path = m_iperf3->text().trimmed();
    h.netperfPath = m_netperf->text().trimmed();
    return h;
}

QString HostEditorDialog::problem() const {
    const Host h = host();
    if (const QString p = hostNameProblem(h.name); !p.isEmpty())
        return p;
    if (h.name != m_originalName && m_inventory.contains(h.name))
        return tr("There is already a host called '%1'.").arg(h.name);
    if (!h.isLocal() && h.address.isEmpty())
        return tr("The host needs an address.");
    if (!h.client && !h.server)
        return tr("A host is a client, a server or both.");
    Inventory candidate = m_inventory;
    const int index = candidate.indexOf(m_originalName);
    if (index >= 0)
        candidate.hosts[index] = h;
    else
        candidate.hosts << h;
    // A rename carries the jump references along (as the model does).
    for (Host &other : candidate.hosts) {
        if (!m_originalName.isEmpty() && other.jump == m_originalName && other.name != h.name)
            other.jump = h.name;
    }
    const QStringList problems = candidate.problems();
    return problems.isEmpty() ? QString() : problems.first();
}

void HostEditorDialog::accept() {
    const QString why = problem();
    m_error->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

void HostEditorDialog::updateEnabled() {
    // `local` is this machine: nothing about SSH applies (rows stay visible; see
    // docs/ARCHITECTURE.md on QFormLayout in Qt 6.4).
    const bool ssh = m_name->text().trimmed() != Host::localName();
    for (QWidget *w : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_auth),
                       static_cast<QWidget *>(m_identity), static_cast<QWidget *>(m_jump)})
        w->setEnabled(ssh);
    m_lat->setEnabled(m_hasLocation->isChecked());
    m_lon->setEnabled(m_hasLocation->isChecked());
}

} // namespace Perfdeck

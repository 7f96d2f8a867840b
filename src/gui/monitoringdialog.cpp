#include "gui/monitoringdialog.h"

#include "gui/monitoringcenter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

QWidget *withButton(QLineEdit *edit, QPushButton *button) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QGroupBox *checkableBox(const QString &title, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    box->setCheckable(true);
    box->setChecked(false);
    return box;
}

} // namespace

MonitoringDialog::MonitoringDialog(MonitoringCenter *center, QWidget *parent)
    : QDialog(parent)
    , m_center(center) {
    setWindowTitle(tr("Monitoring and Exporters"));
    setObjectName(QStringLiteral("monitoringDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("While tests run, their live figures can go to your monitoring "
                                "system and to a web page. These settings are saved with the "
                                "session."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_metricsBox = checkableBox(tr("&Prometheus metrics endpoint"), this);
    auto *metricsForm = new QFormLayout(m_metricsBox);
    m_metricsListen = new QLineEdit(m_metricsBox);
    m_metricsListen->setPlaceholderText(QStringLiteral("127.0.0.1:9464"));
    m_metricsListen->setToolTip(tr("Address and port to serve /metrics on; an address other "
                                   "than loopback makes the figures visible to the network."));
    m_metricsUrl = new QLabel(m_metricsBox);
    m_metricsUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    metricsForm->addRow(tr("Listen on:"), m_metricsListen);
    metricsForm->addRow(tr("Scrape:"), m_metricsUrl);
    layout->addWidget(m_metricsBox);

    m_statsdBox = checkableBox(tr("&StatsD push (UDP)"), this);
    auto *statsdForm = new QFormLayout(m_statsdBox);
    m_statsd = new QLineEdit(m_statsdBox);
    m_statsd->setPlaceholderText(QStringLiteral("127.0.0.1:8125"));
    statsdForm->addRow(tr("StatsD daemon:"), m_statsd);
    layout->addWidget(m_statsdBox);

    m_influxBox = checkableBox(tr("&InfluxDB line protocol file"), this);
    auto *influxForm = new QFormLayout(m_influxBox);
    m_influxFile = new QLineEdit(m_influxBox);
    auto *influxBrowse = new QPushButton(tr("Browse…"), m_influxBox);
    connect(influxBrowse, &QPushButton::clicked, this,
            [this] { browse(m_influxFile, tr("Append the live figures to"), true); });
    influxForm->addRow(tr("Append to:"), withButton(m_influxFile, influxBrowse));
    layout->addWidget(m_influxBox);

    m_webBox = checkableBox(tr("&Web dashboard"), this);
    auto *webForm = new QFormLayout(m_webBox);
    m_webListen = new QLineEdit(m_webBox);
    m_webListen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_tlsCert = new QLineEdit(m_webBox);
    m_tlsCert->setPlaceholderText(tr("none: plain HTTP"));
    m_tlsKey = new QLineEdit(m_webBox);
    auto *certBrowse = new QPushButton(tr("Browse…"), m_webBox);
    connect(certBrowse, &QPushButton::clicked, this,
            [this] { browse(m_tlsCert, tr("TLS certificate (PEM)"), false); });
    auto *keyBrowse = new QPushButton(tr("Browse…"), m_webBox);
    connect(keyBrowse, &QPushButton::clicked, this,
            [this] { browse(m_tlsKey, tr("TLS private key (PEM)"), false); });
    m_webUrl = new QLabel(m_webBox);
    m_webUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_webUrl->setOpenExternalLinks(true);
    m_token = new QLineEdit(m_webBox);
    m_token->setReadOnly(true);
    m_token->setToolTip(tr("Starting and stopping tests from the page needs this token; it is "
                           "kept in the keychain, not in the session."));
    auto *copy = new QPushButton(tr("Copy"), m_webBox);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_token->text()); });
    auto *renew = new QPushButton(tr("New Token"), m_webBox);
    renew->setObjectName(QStringLiteral("newTokenButton"));
    connect(renew, &QPushButton::clicked, m_center, &MonitoringCenter::renewWebToken);
    auto *tokenRow = withButton(m_token, copy);
    tokenRow->layout()->addWidget(renew);
    webForm->addRow(tr("Listen on:"), m_webListen);
    webForm->addRow(tr("TLS certificate:"), withButton(m_tlsCert, certBrowse));
    webForm->addRow(tr("TLS key:"), withButton(m_tlsKey, keyBrowse));
    webForm->addRow(tr("Open:"), m_webUrl);
    webForm->addRow(tr("Token:"), tokenRow);
    layout->addWidget(m_webBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("monitoringStatus"));
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &MonitoringDialog::apply);
    layout->addWidget(m_buttons);

    connect(m_center, &MonitoringCenter::webStateChanged, this, &MonitoringDialog::updateStatus);
    setFields(m_center->settings());
    updateStatus();
}

MonitoringDialog::~MonitoringDialog() = default;

MonitoringSettings MonitoringDialog::fieldSettings() const {
    MonitoringSettings s;
    s.metricsEnabled = m_metricsBox->isChecked();
    s.metricsListen = m_metricsListen->text().trimmed();
    s.statsdEnabled = m_statsdBox->isChecked();
    s.statsd = m_statsd->text().trimmed();
    s.influxEnabled = m_influxBox->isChecked();
    s.influxFile = m_influxFile->text().trimmed();
    s.webEnabled = m_webBox->isChecked();
    s.webListen = m_webListen->text().trimmed();
    s.webTlsCert = m_tlsCert->text().trimmed();
    s.webTlsKey = m_tlsKey->text().trimmed();
    s.webTokenKey = m_tokenKey;
    // An emptied address falls back to the default shown as the placeholder.
    const MonitoringSettings defaults;
    if (s.metricsListen.isEmpty())
        s.metricsListen = defaults.metricsListen;
    if (s.statsd.isEmpty())
        s.statsd = defaults.statsd;
    if (s.webListen.isEmpty())
        s.webListen = defaults.webListen;
    return s;
}

void MonitoringDialog::setFields(const MonitoringSettings &s) {
    m_metricsBox->setChecked(s.metricsEnabled);
    m_metricsListen->setText(s.metricsListen);
    m_statsdBox->setChecked(s.statsdEnabled);
    m_statsd->setText(s.statsd);
    m_influxBox->setChecked(s.influxEnabled);
    m_influxFile->setText(s.influxFile);
    m_webBox->setChecked(s.webEnabled);
    m_webListen->setText(s.webListen);
    m_tlsCert->setText(s.webTlsCert);
    m_tlsKey->setText(s.webTlsKey);
    m_tokenKey = s.webTokenKey;
}

bool MonitoringDialog::apply() {
    QString error;
    if (!m_center->apply(fieldSettings(), &error)) {
        m_status->setText(tr("Not applied: %1").arg(error));
        m_showingWebError = false;
        return false;
    }
    m_tokenKey = m_center->settings().webTokenKey;
    m_status->clear();
    m_showingWebError = false;
    updateStatus();
    return true;
}

void MonitoringDialog::updateStatus() {
    const QString metrics = m_center->metricsUrl();
    m_metricsUrl->setText(metrics.isEmpty() ? tr("off") : metrics);
    const QString web = m_center->webUrl();
    if (web.isEmpty()) {
        m_webUrl->setText(m_center->settings().webEnabled && m_center->webError().isEmpty()
                              ? tr("starting…")
                              : tr("off"));
        m_token->clear();
    } else {
        // The token rides in the fragment: the page reads it, the server never logs it.
        const QString link = web + QStringLiteral("#token=") + m_center->webToken();
        m_webUrl->setText(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), web.toHtmlEscaped()));
        m_token->setText(m_center->webToken());
    }
    if (!m_center->webError().isEmpty()) {
        m_status->setText(tr("The web dashboard did not start: %1").arg(m_center->webError()));
        m_showingWebError = true;
    } else if (m_showingWebError) {
        m_status->clear();
        m_showingWebError = false;
    }
}

void MonitoringDialog::browse(QLineEdit *edit, const QString &title, bool save) {
    auto *dialog = new QFileDialog(this, title, edit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save)
        dialog->setOption(QFileDialog::DontConfirmOverwrite); // the file is appended to
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

} // namespace Perfdeck

#include "gui/monitoringcenter.h"

#include "gui/monitoringdialog.h"
#include "monitor/exporters.h"
#include "monitor/liveruns.h"
#include "monitor/webdashboardserver.h"
#include "ssh/sshkeychain.h"

#include <QWidget>

namespace Perfdeck {

MonitoringCenter::MonitoringCenter(LiveRuns *runs, QWidget *window)
    : QObject(window)
    , m_runs(runs)
    , m_window(window)
    , m_exporters(new Exporters(runs, this)) {
    connect(m_exporters, &Exporters::errorOccurred, this, [this](const QString &text) {
        m_runs->appendLog(QString(), QStringLiteral("perfdeck"), LiveLogLevel::Error, text);
        Q_EMIT message(text);
    });
}

MonitoringCenter::~MonitoringCenter() {
    stopWeb();
    m_exporters->stop();
}

bool MonitoringCenter::startExporters(const MonitoringSettings &settings, QString *error) {
    m_runningExporters = {};
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        m_exporters->stop();
        *error = invalid;
        return false;
    }
    if (!m_exporters->start(settings.exporters(), error))
        return false;
    m_runningExporters = settings.exporters();
    return true;
}

bool MonitoringCenter::apply(const MonitoringSettings &wanted, QString *error) {
    MonitoringSettings settings = wanted;
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    // Only what changed restarts: a running /metrics scrape or a run started from the web
    // is not cut for a change elsewhere.
    if (settings.exporters() != m_runningExporters) {
        if (!m_exporters->start(settings.exporters(), error)) {
            // What ran before runs again (its addresses worked then).
            QString ignored;
            if (!m_exporters->start(m_runningExporters, &ignored))
                m_runningExporters = {};
            return false;
        }
        m_runningExporters = settings.exporters();
    }
    if (settings.webEnabled && settings.webTokenKey.isEmpty())
        settings.webTokenKey = m_settings.webTokenKey.isEmpty() ? MonitoringSettings::newTokenKey()
                                                                : m_settings.webTokenKey;
    const bool webChanged = settings.webEnabled != m_settings.webEnabled ||
                            settings.webListen != m_settings.webListen ||
                            settings.webTlsCert != m_settings.webTlsCert ||
                            settings.webTlsKey != m_settings.webTlsKey ||
                            settings.webTokenKey != m_settings.webTokenKey;
    const bool changed = settings != m_settings;
    m_settings = settings;
    if (webChanged || (m_settings.webEnabled && !m_web))
        startWeb();
    if (changed)
        Q_EMIT settingsChanged();
    return true;
}

void MonitoringCenter::restore(const MonitoringSettings &settings) {
    m_settings = settings;
    MonitoringSettings now = settings;
    if (!settings.onlyLoopback()) {
        // A session from elsewhere must not open ports to the network by itself.
        now.metricsEnabled = now.webEnabled = false;
        Q_EMIT message(tr("The session's metrics endpoint or web dashboard listens beyond this "
                          "machine: not started. Run > Monitoring and Exporters starts it."));
    }
    QString error;
    if (!startExporters(now, &error)) {
        Q_EMIT message(tr("The session's exporters did not start: %1").arg(error));
    }
    if (now.webEnabled)
        startWeb();
    else
        stopWeb();
    Q_EMIT webStateChanged();
}

void MonitoringCenter::startWeb() {
    stopWeb();
    m_webError.clear();
    const quint64 generation = ++m_webGeneration;
    if (!m_settings.webEnabled) {
        Q_EMIT webStateChanged();
        return;
    }
    const QString key = m_settings.webTokenKey;
    SshKeychain::read(key, this, [this, generation](const QString &secret, const QString &) {
        if (generation != m_webGeneration)
            return;
        if (!secret.isEmpty()) {
            startWebWithToken(secret);
            return;
        }
        // Nothing stored yet (or no keychain): a new token, kept for the next start.
        const QString token = WebDashboardServer::generateToken();
        storeToken(token);
        startWebWithToken(token);
    });
}

void MonitoringCenter::startWebWithToken(const QString &token) {
    stopWeb();
    QString error;
    const std::optional<ListenAddress> listen =
        ListenAddress::parse(m_settings.webListen.trimmed(), false, &error);
    if (listen) {
        WebDashboardServer::Settings s;
        s.listen = *listen;
        s.token = token;
        s.tlsCert = m_settings.webTlsCert.trimmed();
        s.tlsKey = m_settings.webTlsKey.trimmed();
        s.allowedTargets = m_allowedTargets;
        s.inventory = m_inventory;
        s.ssh = m_ssh;
        m_web = new WebDashboardServer(m_runs, this);
        connect(m_web, &WebDashboardServer::hostKeyQuestion, this,
                &MonitoringCenter::hostKeyQuestion);
        connect(m_web, &WebDashboardServer::secretRequested, this,
                &MonitoringCenter::secretRequested);
        connect(m_web, &WebDashboardServer::runFinished, this, &MonitoringCenter::webRunFinished);
        connect(m_web, &WebDashboardServer::runStarted, this, &MonitoringCenter::webRunStarted);
        connect(m_web, &WebDashboardServer::runSample, this, &MonitoringCenter::webRunSample);
        connect(m_web, &WebDashboardServer::runProgress, this, &MonitoringCenter::webRunProgress);
        if (!m_web->start(s, &error)) {
            delete m_web;
            m_web = nullptr;
        }
    } else {
        error = tr("web dashboard address %1").arg(error);
    }
    m_webError = error;
    if (!error.isEmpty())
        Q_EMIT message(tr("The web dashboard did not start: %1").arg(error));
    Q_EMIT webStateChanged();
}

void MonitoringCenter::setAllowedTargets(const QStringList &targets) {
    m_allowedTargets = targets;
    if (m_web)
        m_web->setAllowedTargets(targets);
}

void MonitoringCenter::setInventory(const Inventory &inventory, const SshOptions &ssh) {
    m_inventory = inventory;
    m_ssh = ssh;
    if (m_web)
        m_web->setInventory(inventory, ssh);
}

void MonitoringCenter::stopWeb() {
    // Runs started from the web end with it (their runners are its children).
    delete m_web;
    m_web = nullptr;
}

void MonitoringCenter::storeToken(const QString &token) {
    SshKeychain::write(m_settings.webTokenKey, token, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(tr("The web dashboard's token could not be kept in the keychain (%1): "
                              "a new one is made at each start.")
                               .arg(error));
    });
}

void MonitoringCenter::renewWebToken() {
    if (m_settings.webTokenKey.isEmpty()) {
        m_settings.webTokenKey = MonitoringSettings::newTokenKey();
        Q_EMIT settingsChanged();
    }
    const QString token = WebDashboardServer::generateToken();
    ++m_webGeneration; // a keychain read still under way is overtaken
    storeToken(token);
    if (m_settings.webEnabled)
        startWebWithToken(token);
}

QString MonitoringCenter::metricsUrl() const {
    return m_exporters->metricsUrl();
}

QString MonitoringCenter::webUrl() const {
    return m_web ? m_web->url() : QString();
}

QString MonitoringCenter::webToken() const {
    return m_web ? m_web->token() : QString();
}

MonitoringDialog *MonitoringCenter::dialog() const {
    return m_dialog;
}

MonitoringDialog *MonitoringCenter::openDialog() {
    if (!m_dialog) {
        m_dialog = new MonitoringDialog(this, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace Perfdeck

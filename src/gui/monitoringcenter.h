// The GUI's live exporters and web dashboard (Run > Monitoring and Exporters…): the Prometheus
// endpoint, the StatsD push and the InfluxDB line-protocol file fed by the window's LiveRuns,
// and the web dashboard serving the same runs (runs started from the web show in the Dashboard
// and are filed in the history). Its settings belong to the session; the web dashboard's token
// is kept in the keychain (Qt Keychain), never in the session file.
#pragma once

#include "inventory/inventory.h"
#include "model/runresult.h"
#include "model/testspec.h"
#include "monitor/exporters.h"
#include "monitor/monitoringsettings.h"
#include "ssh/sshconnection.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Perfdeck {

class Exporters;
class LiveRuns;
class MonitoringDialog;
class WebDashboardServer;

class MonitoringCenter final : public QObject {
    Q_OBJECT
public:
    MonitoringCenter(LiveRuns *runs, QWidget *window);
    ~MonitoringCenter() override;

    // What the session saves: the settings last applied or restored.
    const MonitoringSettings &settings() const { return m_settings; }

    // Stops what runs and starts what the settings switch on. The exporters start at once:
    // false with *error naming the one that failed (then the previous settings run again).
    // The web dashboard starts once its token was read from the keychain (webStateChanged()).
    bool apply(const MonitoringSettings &settings, QString *error);
    // An opened session's settings: kept as they are, started when every address that is on
    // is a loopback one; an address beyond this machine waits for the user to apply it in
    // the dialog (message() says so), as does one that fails to start.
    void restore(const MonitoringSettings &settings);
    // The servers runs started from the web may target besides the embedded loopback server
    // (the inventory hosts' addresses, as `perfdeck-cli serve --hosts`); applied at once.
    void setAllowedTargets(const QStringList &targets);
    QStringList allowedTargets() const { return m_allowedTargets; }
    // The hosts runs started from the web may use as client or server host (tools started
    // there over SSH with these options); applied at once, runs under way keep theirs.
    void setInventory(const Inventory &inventory, const SshOptions &ssh);
    // A fresh token for the web dashboard (kept in the keychain; the running dashboard
    // restarts with it).
    void renewWebToken();

    // "http://127.0.0.1:9464/metrics" while on, else empty.
    QString metricsUrl() const;
    // "http://127.0.0.1:8080/" while the web dashboard serves, else empty.
    QString webUrl() const;
    QString webToken() const;
    // Why the web dashboard is not serving although switched on (empty otherwise).
    QString webError() const { return m_webError; }
    Exporters *exporters() const { return m_exporters; }
    WebDashboardServer *webServer() const { return m_web; }

    // Opens (or raises) the settings dialog.
    MonitoringDialog *openDialog();
    MonitoringDialog *dialog() const;

Q_SIGNALS:
    // The settings changed (the window marks the session modified).
    void settingsChanged();
    // The web dashboard started, stopped or failed: URLs and token to show anew.
    void webStateChanged();
    // For the status bar: what happened that the user did not ask for in a dialog.
    void message(const QString &text);
    // A run started from the web ended: the window files it in the history.
    void webRunFinished(const Perfdeck::RunResult &run);
    // A run started from the web is under way (the window shows it while it goes).
    void webRunStarted(const QString &runId, const Perfdeck::TestSpec &spec);
    void webRunSample(const QString &runId, const Perfdeck::IntervalSample &sample);
    void webRunProgress(const QString &runId, double elapsedS);
    // A web run's SSH connection asks (host key, password, passphrase): answer on it.
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

private:
    bool startExporters(const MonitoringSettings &settings, QString *error);
    void startWeb();
    void startWebWithToken(const QString &token);
    void stopWeb();
    void storeToken(const QString &token);

    LiveRuns *m_runs;
    QWidget *m_window;
    MonitoringSettings m_settings;
    Exporters *m_exporters = nullptr;
    Exporters::Settings m_runningExporters; // what m_exporters serves now
    WebDashboardServer *m_web = nullptr;
    QPointer<MonitoringDialog> m_dialog;
    QString m_webError;
    QStringList m_allowedTargets;
    Inventory m_inventory;
    SshOptions m_ssh;
    quint64 m_webGeneration = 0; // a keychain answer for older settings is dropped
};

} // namespace Perfdeck

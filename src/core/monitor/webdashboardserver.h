// The web dashboard (perfdeck-cli serve, the GUI's Serve option): the page from resources/web,
// a JSON API over the live runs (GET /api/runs, GET /api/runs/ID, POST /api/runs, DELETE
// /api/runs/ID, GET /api/log, GET /api/status) and a Server-Sent Events stream of changes.
// Control always needs the bearer token; reading without it only on loopback; the Host header
// must name the listen address (no DNS rebinding); TLS when a certificate is given.
#pragma once

#include "inventory/inventory.h"
#include "model/runresult.h"
#include "model/testspec.h"
#include "ssh/sshconnection.h"
#include "util/listenaddress.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Perfdeck {

class JobRunner;
class LiveRuns;

class WebDashboardServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Settings {
        ListenAddress listen;
        QString token;   // empty: one is generated (see token())
        QString tlsCert; // PEM files; both or neither
        QString tlsKey;
        // Servers a caller may name in a POSTed spec's "host" besides the embedded loopback
        // server (the inventory hosts' addresses and names).
        QStringList allowedTargets;
        // Hosts a POSTed spec may name as "client_host" / "server_host" (besides `local`):
        // tools started there over SSH (or here, for a loopback host without SSH settings),
        // host keys checked as ssh says (Refuse or AcceptAndSave for a server without a user;
        // Ask: hostKeyQuestion() must be answered).
        Inventory inventory;
        SshOptions ssh;
        int maxActiveRuns = 8; // runs started from the web at once
        QString iperf3Path;
        QString netperfPath;
    };

    explicit WebDashboardServer(LiveRuns *runs, QObject *parent = nullptr);
    ~WebDashboardServer() override;

    // False with *error naming the address, the certificate or the key file.
    bool start(const Settings &settings, QString *error);
    QString token() const { return m_settings.token; }
    quint16 port() const;
    // "http://127.0.0.1:8080/" or "https://..."
    QString url() const;
    bool readOnlyWithoutToken() const { return m_settings.listen.isLoopback(); }
    // The servers a POSTed spec may name in "host" (Settings::allowedTargets), changed while
    // serving (the GUI follows its inventory); /api/status lists them as "targets".
    void setAllowedTargets(const QStringList &targets);
    QStringList allowedTargets() const { return m_settings.allowedTargets; }
    // The hosts web runs may start their tools on (Settings::inventory and ::ssh), changed
    // while serving; runs under way keep the hosts they started with.
    void setInventory(const Inventory &inventory, const SshOptions &ssh);

    // 43 characters of base64url from the system's random source.
    static QString generateToken();
    // Reads a token file's first line; *error names the file when it is missing or empty.
    static QString readTokenFile(const QString &path, QString *error);

Q_SIGNALS:
    // A run started from the web ended (its results document is final): the CLI and the GUI
    // file it in the history database like their own runs.
    void runFinished(const Perfdeck::RunResult &result);
    // While a run started from the web goes: the GUI shows it in its results table and live
    // chart like its own runs (runStarted first, then samples and progress by the run's id).
    void runStarted(const QString &runId, const Perfdeck::TestSpec &spec);
    void runSample(const QString &runId, const Perfdeck::IntervalSample &sample);
    void runProgress(const QString &runId, double elapsedS);
    // SSH questions of a web run's connections (SshOptions::UnknownHostKey::Ask, a password
    // or passphrase): answer on the connection given, as for HostLaunchers.
    void hostKeyQuestion(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::HostKeyQuestion &question);
    void secretRequested(Perfdeck::SshConnection *connection,
                         const Perfdeck::SshConnection::SecretRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Access { Denied, Read, Control };
    Access accessOf(const QHttpServerRequest &request) const;
    bool hostAllowed(const QHttpServerRequest &request) const;
    void serveStatic(const QString &path, const QHttpServerRequest &request, QTcpSocket *socket);
    void startRun(const QHttpServerRequest &request, QTcpSocket *socket);
    void stopRun(const QString &id, const QHttpServerRequest &request, QTcpSocket *socket);
    void openEvents(const QHttpServerRequest &request, QTcpSocket *socket);
    void pushEvents();
    QByteArray runsJson() const;
    QByteArray runJson(const QString &id, int *status) const;
    QByteArray logJson(quint64 after) const;
    QByteArray statusJson() const;
    QString checkTarget(const TestSpec &spec) const;
    // Registers the launchers of the spec's client and server hosts on runner; false with
    // *error naming the host.
    bool attachHosts(JobRunner *runner, const TestSpec &spec, QString *error);

    LiveRuns *m_runs;
    Settings m_settings;
    QPointer<QTcpServer> m_server;
    QList<QPointer<QTcpSocket>> m_eventStreams;
    QTimer *m_eventTimer = nullptr;
    quint64 m_logSent = 0;
    bool m_runsDirty = true;
    QElapsedTimer m_uptime;
    QSet<QString> m_allowedHosts; // lower-case "host:port" the Host header may name
};

} // namespace Perfdeck

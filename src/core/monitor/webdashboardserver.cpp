#include "monitor/webdashboardserver.h"

#include "exec/jobrunner.h"
#include "monitor/liveruns.h"
#include "ssh/hostlaunchers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Perfdeck {

namespace {

constexpr const char *JsonType = "application/json";

QByteArray reasonOf(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

// Responses are written by hand: a POST is answered later, once its run has an id, when
// Qt 6.4's responder (tied to the request object) is long gone.
void reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
           const QByteArray &extraHeaders = {}) {
    if (!socket)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) +
                      "\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n" +
                      extraHeaders + "\r\n";
    socket->write(head + body);
}

void replyJson(QTcpSocket *socket, int status, const QJsonObject &object) {
    reply(socket, status, JsonType, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void replyError(QTcpSocket *socket, int status, const QString &message,
                const QByteArray &extraHeaders = {}) {
    reply(socket, status, JsonType,
          QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
              .toJson(QJsonDocument::Compact),
          extraHeaders);
}

QJsonValue opt(const OptDouble &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject liveJson(const LiveRun &run) {
    QJsonArray recent;
    for (int i = 0; i < run.recentRates.size(); ++i)
        recent.append(run.recentRates.at(i));
    return {{QStringLiteral("id"), run.runId},
            {QStringLiteral("label"), run.specLabel},
            {QStringLiteral("engine"), run.engine},
            {QStringLiteral("protocol"), run.protocol},
            {QStringLiteral("client"), run.client},
            {QStringLiteral("server"), run.server},
            {QStringLiteral("pair"), run.pairLabel},
            {QStringLiteral("status"), toString(run.status)},
            {QStringLiteral("error"), run.error},
            {QStringLiteral("started_at"), run.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("elapsed_s"), run.elapsedS},
            {QStringLiteral("total_s"), run.totalS},
            {QStringLiteral("progress"), run.progressRatio()},
            {QStringLiteral("rate_bps"), opt(run.isRequestResponse() ? OptDouble() : run.rateBps)},
            {QStringLiteral("reverse_rate_bps"), opt(run.reverseRateBps)},
            {QStringLiteral("transactions_per_s"), opt(run.transactionsPerS)},
            {QStringLiteral("retransmits"), opt(run.retransmits)},
            {QStringLiteral("client_cpu_percent"), opt(run.clientCpuPercent)},
            {QStringLiteral("server_cpu_percent"), opt(run.serverCpuPercent)},
            {QStringLiteral("recent"), recent}};
}

QJsonObject logEntryJson(const LiveLogEntry &e) {
    return {{QStringLiteral("seq"), qint64(e.sequence)},
            {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("run"), e.runId},
            {QStringLiteral("origin"), e.origin},
            {QStringLiteral("level"), toString(e.level)},
            {QStringLiteral("text"), e.text}};
}

// Equal-time comparison: how much of a guessed token is right must not show in the timing.
bool sameSecret(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString hostPort(const QString &host, quint16 port) {
    const QString h = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
                          ? QLatin1Char('[') + host + QLatin1Char(']')
                          : host;
    return (h + QLatin1Char(':') + QString::number(port)).toLower();
}

} // namespace

WebDashboardServer::WebDashboardServer(LiveRuns *runs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_runs(runs)
    , m_eventTimer(new QTimer(this)) {
    m_eventTimer->setInterval(250);
    connect(m_eventTimer, &QTimer::timeout, this, &WebDashboardServer::pushEvents);
    connect(m_runs, &LiveRuns::runChanged, this, [this](int) { m_runsDirty = true; });
    connect(m_runs, &LiveRuns::runAdded, this, [this](int) { m_runsDirty = true; });
    connect(m_runs, &LiveRuns::runsReset, this, [this] { m_runsDirty = true; });
    m_uptime.start();
}

WebDashboardServer::~WebDashboardServer() = default;

QString WebDashboardServer::generateToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString WebDashboardServer::readTokenFile(const QString &path, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("--token-file %1: %2").arg(path, f.errorString());
        return {};
    }
    const QString token = QString::fromUtf8(f.readLine(4096)).trimmed();
    if (token.size() < 16 && error)
        *error = tr("--token-file %1: the first line must hold a token of at least 16 "
                    "characters")
                     .arg(path);
    return token.size() < 16 ? QString() : token;
}

bool WebDashboardServer::start(const Settings &settings, QString *error) {
    m_settings = settings;
    if (m_settings.token.isEmpty())
        m_settings.token = generateToken();
    const bool tls = !settings.tlsCert.isEmpty() || !settings.tlsKey.isEmpty();
    QTcpServer *server = nullptr;
    if (tls) {
        if (settings.tlsCert.isEmpty() || settings.tlsKey.isEmpty()) {
            *error = tr("TLS needs both --tls-cert and --tls-key");
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(settings.tlsCert);
        if (chain.isEmpty()) {
            *error = tr("--tls-cert %1: no PEM certificate could be read").arg(settings.tlsCert);
            return false;
        }
        QFile keyFile(settings.tlsKey);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("--tls-key %1: %2").arg(settings.tlsKey, keyFile.errorString());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = tr("--tls-key %1: no unencrypted PEM private key could be read")
                         .arg(settings.tlsKey);
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(config);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    const QHostAddress address = settings.listen.address.isNull()
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : settings.listen.address;
    if (!server->listen(address, settings.listen.port)) {
        *error =
            tr("cannot listen on %1: %2").arg(settings.listen.toString(), server->errorString());
        delete server;
        return false;
    }
    m_settings.listen.address = address;
    m_settings.listen.port = server->serverPort();
    bind(server);
    m_server = server;

    // The names a browser may use for this server in its Host header.
    const quint16 port = m_settings.listen.port;
    m_allowedHosts.clear();
    QList<QHostAddress> addresses{address};
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : std::as_const(addresses)) {
        QHostAddress plain = a;
        plain.setScopeId(QString());
        m_allowedHosts.insert(hostPort(plain.toString(), port));
        if (a.isLoopback())
            m_allowedHosts.insert(hostPort(QStringLiteral("localhost"), port));
    }
    m_eventTimer->start();
    return true;
}

quint16 WebDashboardServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

QString WebDashboardServer::url() const {
    const bool tls = !m_settings.tlsCert.isEmpty();
    return QStringLiteral("%1://%2/")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), m_settings.listen.toString());
}

bool WebDashboardServer::hostAllowed(const QHttpServerRequest &request) const {
    QString host = QString::fromLatin1(request.value("Host")).trimmed().toLower();
    if (host.isEmpty())
        return false;
    // No port in Host means the scheme's default one.
    const bool hasPort = host.startsWith(QLatin1Char('[')) ? host.contains(QLatin1String("]:"))
                                                           : host.contains(QLatin1Char(':'));
    if (!hasPort)
        host += m_settings.tlsCert.isEmpty() ? QStringLiteral(":80") : QStringLiteral(":443");
    return m_allowedHosts.contains(host);
}

WebDashboardServer::Access WebDashboardServer::accessOf(const QHttpServerRequest &request) const {
    const QByteArray authorization = request.value("Authorization").trimmed();
    if (authorization.startsWith("Bearer ") &&
        sameSecret(authorization.mid(7).trimmed(), m_settings.token.toUtf8()))
        return Access::Control;
    return readOnlyWithoutToken() ? Access::Read : Access::Denied;
}

bool WebDashboardServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    if (!hostAllowed(request)) {
        replyError(socket, 403,
                   tr("Host '%1' is not this server's address")
                       .arg(QString::fromLatin1(request.value("Host"))));
        return true;
    }
    const QString path = request.url().path();
    const auto method = request.method();
    if (!path.startsWith(QLatin1String("/api/"))) {
        if (method != QHttpServerRequest::Method::Get)
            replyError(socket, 405, tr("only GET here"));
        else
            serveStatic(path, request, socket);
        return true;
    }
    const Access access = accessOf(request);
    const bool control =
        method == QHttpServerRequest::Method::Post || method == QHttpServerRequest::Method::Delete;
    if (access == Access::Denied || (control && access != Access::Control)) {
        replyError(socket, 401,
                   control ? tr("this needs the bearer token printed when the server started")
                           : tr("reading needs the bearer token when the server is not on "
                                "loopback"),
                   "WWW-Authenticate: Bearer realm=\"perfdeck\"\r\n");
        return true;
    }
    if (control) {
        // A browser page of another site cannot send the token; refuse its origin anyway.
        const QByteArray origin = request.value("Origin");
        if (!origin.isEmpty()) {
            const QUrl o(QString::fromLatin1(origin));
            if (!m_allowedHosts.contains(hostPort(
                    o.host(), quint16(o.port(o.scheme() == QLatin1String("https") ? 443 : 80))))) {
                replyError(socket, 403, tr("requests from another origin are refused"));
                return true;
            }
        }
    }
    static const QString runsPrefix = QStringLiteral("/api/runs/");
    if (path == QLatin1String("/api/runs")) {
        if (method == QHttpServerRequest::Method::Get)
            reply(socket, 200, JsonType, runsJson());
        else if (method == QHttpServerRequest::Method::Post)
            startRun(request, socket);
        else
            replyError(socket, 405, tr("GET or POST"));
    } else if (path.startsWith(runsPrefix) && path.size() > runsPrefix.size()) {
        const QString id = path.mid(runsPrefix.size());
        if (method == QHttpServerRequest::Method::Get) {
            int status = 200;
            const QByteArray body = runJson(id, &status);
            reply(socket, status, JsonType, body);
        } else if (method == QHttpServerRequest::Method::Delete) {
            stopRun(id, request, socket);
        } else {
            replyError(socket, 405, tr("GET or DELETE"));
        }
    } else if (path == QLatin1String("/api/log") && method == QHttpServerRequest::Method::Get) {
        reply(socket, 200, JsonType,
              logJson(request.query().queryItemValue(QStringLiteral("after")).toULongLong()));
    } else if (path == QLatin1String("/api/status") && method == QHttpServerRequest::Method::Get) {
        reply(socket, 200, JsonType, statusJson());
    } else if (path == QLatin1String("/api/events") && method == QHttpServerRequest::Method::Get) {
        openEvents(request, socket);
    } else {
        replyError(socket, 404, tr("no such API: %1").arg(path));
    }
    return true;
}

void WebDashboardServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket) {
    replyError(socket, 404, tr("not found"));
}

void WebDashboardServer::serveStatic(const QString &path, const QHttpServerRequest &,
                                     QTcpSocket *socket) {
    static const QHash<QString, std::pair<QString, QByteArray>> files{
        {QStringLiteral("/"), {QStringLiteral(":/web/index.html"), "text/html; charset=utf-8"}},
        {QStringLiteral("/index.html"),
         {QStringLiteral(":/web/index.html"), "text/html; charset=utf-8"}},
        {QStringLiteral("/app.js"),
         {QStringLiteral(":/web/app.js"), "text/javascript; charset=utf-8"}},
        {QStringLiteral("/style.css"),
         {QStringLiteral(":/web/style.css"), "text/css; charset=utf-8"}}};
    const auto it = files.constFind(path);
    if (it == files.cend()) {
        replyError(socket, 404, tr("not found: %1").arg(path));
        return;
    }
    QFile f(it->first);
    if (!f.open(QIODevice::ReadOnly)) {
        replyError(socket, 500, tr("resource %1 missing from the build").arg(it->first));
        return;
    }
    // The page loads nothing from elsewhere; a policy says so to the browser as well.
    reply(socket, 200, it->second, f.readAll(),
          "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
          "frame-ancestors 'none'\r\nX-Frame-Options: DENY\r\n");
}

QString WebDashboardServer::checkTarget(const TestSpec &spec) const {
    for (const QString &end : {spec.clientHost, spec.serverHost}) {
        if (end.isEmpty() || end == Host::localName())
            continue;
        if (m_settings.inventory.hosts.isEmpty())
            return tr("client or server host '%1': this dashboard has no inventory (serve with "
                      "--hosts FILE, or add hosts in the GUI's Hosts dock)")
                .arg(end);
        QString error;
        if (!m_settings.inventory.resolve(end, &error))
            return tr("client or server host: %1").arg(error);
    }
    if (spec.host.isEmpty())
        return {}; // the embedded server on 127.0.0.1
    for (const QString &allowed : m_settings.allowedTargets) {
        if (allowed.compare(spec.host, Qt::CaseInsensitive) == 0)
            return {};
    }
    return tr("target '%1' is not allowed: the embedded loopback server (no \"host\") or an "
              "inventory host")
        .arg(spec.host);
}

bool WebDashboardServer::attachHosts(JobRunner *runner, const TestSpec &spec, QString *error) {
    QStringList hosts;
    for (const QString &end : {spec.clientHost, spec.serverHost}) {
        if (!end.isEmpty() && end != Host::localName() && !hosts.contains(end) &&
            !runner->launcher(end))
            hosts << end;
    }
    if (hosts.isEmpty())
        return true;
    // One set of launchers per web run (SSH, or this machine for a loopback host without SSH
    // settings, as for the CLI and GUI): its connections close when its batch ends and go
    // with it.
    auto *launchers = new HostLaunchers(m_settings.inventory, m_settings.ssh, this);
    connect(launchers, &HostLaunchers::hostKeyQuestion, this, &WebDashboardServer::hostKeyQuestion);
    connect(launchers, &HostLaunchers::secretRequested, this, &WebDashboardServer::secretRequested);
    if (!launchers->attach(runner, hosts, error)) {
        delete launchers;
        return false;
    }
    connect(runner, &QObject::destroyed, launchers, &QObject::deleteLater);
    return true;
}

void WebDashboardServer::setInventory(const Inventory &inventory, const SshOptions &ssh) {
    m_settings.inventory = inventory;
    m_settings.ssh = ssh;
}

void WebDashboardServer::startRun(const QHttpServerRequest &request, QTcpSocket *socket) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject()) {
        replyError(socket, 400,
                   tr("the body must be a JSON object (a test spec as in a session file): %1")
                       .arg(parseError.errorString()));
        return;
    }
    QString error;
    const TestSpec spec = TestSpec::fromJson(doc.object(), &error);
    if (error.isEmpty())
        error = spec.validate();
    if (error.isEmpty())
        error = checkTarget(spec);
    if (!error.isEmpty()) {
        replyError(socket,
                   error.contains(QLatin1String("not allowed")) ||
                           error.contains(QLatin1String("client or server host"))
                       ? 403
                       : 400,
                   error);
        return;
    }
    int active = 0;
    for (const JobRunner *runner : findChildren<JobRunner *>(Qt::FindDirectChildrenOnly))
        active += runner->isRunning() ? 1 : 0;
    if (active >= m_settings.maxActiveRuns) {
        replyError(socket, 429,
                   tr("%1 runs started from the web are still going; stop one first").arg(active));
        return;
    }
    auto *runner = new JobRunner(this);
    runner->setIperf3Path(m_settings.iperf3Path);
    runner->setNetperfPath(m_settings.netperfPath);
    QString hostError;
    if (!attachHosts(runner, spec, &hostError)) {
        delete runner;
        replyError(socket, 403, tr("client or server host: %1").arg(hostError));
        return;
    }
    m_runs->attach(runner);
    m_runs->appendLog(QString(), QStringLiteral("web"), LiveLogLevel::Info,
                      tr("run requested from %1").arg(request.remoteAddress().toString()));
    // Answered once the run has its id (after the tools were probed).
    QPointer<QTcpSocket> client(socket);
    auto answered = std::make_shared<bool>(false);
    const auto answer = [client, answered](const QString &id, int status) {
        if (*answered)
            return;
        *answered = true;
        replyJson(client, status, {{QStringLiteral("id"), id}});
    };
    auto runId = std::make_shared<QString>();
    connect(runner, &JobRunner::runStarted, this,
            [this, answer, runId](int, const QString &id, const TestSpec &started) {
                *runId = id;
                answer(id, 201);
                Q_EMIT runStarted(id, started);
            });
    connect(runner, &JobRunner::intervalSample, this,
            [this, runId](int, const IntervalSample &sample) {
                if (!runId->isEmpty())
                    Q_EMIT runSample(*runId, sample);
            });
    connect(runner, &JobRunner::runProgress, this, [this, runId](int, double elapsedS, double) {
        if (!runId->isEmpty())
            Q_EMIT runProgress(*runId, elapsedS);
    });
    connect(runner, &JobRunner::runFinished, this, [this, answer](int, const RunResult &result) {
        answer(result.id, 201);
        if (!result.id.isEmpty())
            Q_EMIT runFinished(result);
    });
    connect(runner, &JobRunner::finished, runner, &QObject::deleteLater);
    runner->start({spec});
}

void WebDashboardServer::stopRun(const QString &id, const QHttpServerRequest &,
                                 QTcpSocket *socket) {
    const int row = m_runs->rowOf(id);
    if (row < 0) {
        replyError(socket, 404, tr("no run %1").arg(id));
        return;
    }
    if (!m_runs->run(row).isActive()) {
        replyError(socket, 409,
                   tr("run %1 has already ended (%2)").arg(id, toString(m_runs->run(row).status)));
        return;
    }
    if (!m_runs->stop(row)) {
        replyError(socket, 409, tr("run %1 cannot be stopped now").arg(id));
        return;
    }
    replyJson(socket, 202,
              {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("stopping")}});
}

void WebDashboardServer::openEvents(const QHttpServerRequest &, QTcpSocket *socket) {
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                  "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\n\r\n");
    QByteArray first = "event: runs\ndata: " + runsJson() + "\n\n";
    const auto &log = m_runs->log();
    for (int i = 0; i < log.size(); ++i)
        first += "event: log\ndata: " +
                 QJsonDocument(logEntryJson(log.at(i))).toJson(QJsonDocument::Compact) + "\n\n";
    socket->write(first);
    m_eventStreams.append(socket);
}

void WebDashboardServer::pushEvents() {
    m_eventStreams.removeAll(nullptr);
    QByteArray events;
    if (m_runsDirty) {
        m_runsDirty = false;
        events += "event: runs\ndata: " + runsJson() + "\n\n";
    }
    const auto &log = m_runs->log();
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).sequence <= m_logSent)
            continue;
        events += "event: log\ndata: " +
                  QJsonDocument(logEntryJson(log.at(i))).toJson(QJsonDocument::Compact) + "\n\n";
    }
    m_logSent = m_runs->lastLogSequence();
    if (events.isEmpty())
        events = ": keep-alive\n\n"; // proxies and browsers see a living stream
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_eventStreams)) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        // A reader that does not keep up is dropped rather than buffered without bound.
        if (socket->bytesToWrite() > 8 * 1024 * 1024) {
            socket->abort();
            continue;
        }
        socket->write(events);
    }
}

QByteArray WebDashboardServer::runsJson() const {
    QJsonArray runs;
    for (const LiveRun &run : m_runs->runs())
        runs.append(liveJson(run));
    return QJsonDocument(runs).toJson(QJsonDocument::Compact);
}

QByteArray WebDashboardServer::runJson(const QString &id, int *status) const {
    const int row = m_runs->rowOf(id);
    if (row < 0) {
        *status = 404;
        return QJsonDocument(QJsonObject{{QStringLiteral("error"), tr("no run %1").arg(id)}})
            .toJson(QJsonDocument::Compact);
    }
    const LiveRun &run = m_runs->run(row);
    if (!run.result) {
        // Still going: the results document exists once it ended.
        *status = 202;
        return QJsonDocument(QJsonObject{{QStringLiteral("live"), liveJson(run)}})
            .toJson(QJsonDocument::Compact);
    }
    *status = 200;
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("perfdeck.results/1")},
                           {QStringLiteral("runs"), QJsonArray{run.result->toJson()}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray WebDashboardServer::logJson(quint64 after) const {
    QJsonArray entries;
    const auto &log = m_runs->log();
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).sequence > after)
            entries.append(logEntryJson(log.at(i)));
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

void WebDashboardServer::setAllowedTargets(const QStringList &targets) {
    m_settings.allowedTargets = targets;
}

QByteArray WebDashboardServer::statusJson() const {
    QStringList hosts;
    for (const Host &host : m_settings.inventory.hosts) {
        if (!host.isLocal())
            hosts << host.name;
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000.0},
                           {QStringLiteral("active_runs"), m_runs->activeCount()},
                           {QStringLiteral("runs"), m_runs->count()},
                           {QStringLiteral("listen"), m_settings.listen.toString()},
                           {QStringLiteral("tls"), !m_settings.tlsCert.isEmpty()},
                           {QStringLiteral("read_without_token"), readOnlyWithoutToken()},
                           {QStringLiteral("targets"),
                            QJsonArray::fromStringList(m_settings.allowedTargets)},
                           {QStringLiteral("hosts"), QJsonArray::fromStringList(hosts)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Perfdeck

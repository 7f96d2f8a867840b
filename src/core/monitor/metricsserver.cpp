#include "monitor/metricsserver.h"

#include "monitor/liveruns.h"
#include "monitor/prometheustext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace Perfdeck {

MetricsServer::MetricsServer(const LiveRuns *runs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_runs(runs) {}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::start(const ListenAddress &where, QString *error) {
    stop();
    auto *server = new QTcpServer(this);
    const QHostAddress address =
        where.address.isNull() ? QHostAddress(QHostAddress::LocalHost) : where.address;
    if (!server->listen(address, where.port)) {
        if (error)
            *error = tr("cannot listen for metrics on %1: %2")
                         .arg(where.toString(), server->errorString());
        delete server;
        return false;
    }
    // Handed to the HTTP server, which reads the requests of every connection it accepts.
    bind(server);
    m_server = server;
    m_where = where;
    m_where.address = address;
    m_where.port = server->serverPort();
    return true;
}

void MetricsServer::stop() {
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
    }
}

bool MetricsServer::isListening() const {
    return m_server && m_server->isListening();
}

quint16 MetricsServer::port() const {
    return isListening() ? m_server->serverPort() : 0;
}

QString MetricsServer::url() const {
    return QStringLiteral("http://%1/metrics").arg(m_where.toString());
}

bool MetricsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QString path = request.url().path();
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.method() != QHttpServerRequest::Method::Get &&
        request.method() != QHttpServerRequest::Method::Head) {
        responder.write(QByteArrayLiteral("only GET\n"), QByteArrayLiteral("text/plain"),
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    if (path == QLatin1String("/metrics")) {
        ++m_scrapes;
        responder.write(prometheusText(*m_runs), prometheusContentType());
        return true;
    }
    if (path == QLatin1String("/")) {
        responder.write(QByteArrayLiteral("<html><body><a href=\"/metrics\">Perfdeck metrics"
                                          "</a></body></html>\n"),
                        QByteArrayLiteral("text/html; charset=utf-8"));
        return true;
    }
    return false;
}

void MetricsServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    makeResponder(request, socket)
        .write(QByteArrayLiteral("not found: try /metrics\n"), QByteArrayLiteral("text/plain"),
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Perfdeck

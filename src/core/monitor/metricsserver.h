// Serves the live runs as Prometheus metrics (GET /metrics, text format 0.0.4) while tests
// run, for the CLI's --metrics-listen and the GUI's exporter settings. Listens on loopback
// unless the user names another address.
#pragma once

#include "util/listenaddress.h"

#include <QAbstractHttpServer>
#include <QPointer>

class QTcpServer;

namespace Perfdeck {

class LiveRuns;

class MetricsServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit MetricsServer(const LiveRuns *runs, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Port 0 picks a free port (see port()). False with *error naming the address and why.
    bool start(const ListenAddress &where, QString *error);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:9464/metrics"
    QString url() const;
    int scrapes() const { return m_scrapes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const LiveRuns *m_runs;
    QPointer<QTcpServer> m_server;
    ListenAddress m_where;
    int m_scrapes = 0;
};

} // namespace Perfdeck

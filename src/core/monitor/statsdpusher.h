// Pushes the live runs to a StatsD daemon over UDP while tests run (--statsd HOST:PORT):
// gauges for the rates and progress, a counter for retransmits, gathered per flush interval
// and sent in datagrams of bounded size. Names are documented in docs/MONITORING.md.
#pragma once

#include "util/listenaddress.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

class QTimer;
class QUdpSocket;

namespace Perfdeck {

class LiveRuns;

class StatsdPusher final : public QObject {
    Q_OBJECT
public:
    // Bytes of payload per datagram: fits a 1500-byte MTU with IPv6 and UDP headers.
    static constexpr int MaxDatagramBytes = 1432;

    explicit StatsdPusher(const LiveRuns *runs, QObject *parent = nullptr);
    ~StatsdPusher() override;

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    void setFlushIntervalMs(int ms);
    // A host name is resolved once, off the calling thread; lines gathered before it is known
    // are sent then. False with *error when the socket cannot be opened.
    bool start(const ListenAddress &target, QString *error);
    // Sends what is gathered and stops.
    void stop();
    // Sends what is gathered now.
    void flush();

    int datagramsSent() const { return m_datagramsSent; }
    // The metric path of a run: PREFIX.ENGINE.PROTOCOL.CLIENT.SERVER.RUN
    QString runPath(int row) const;
    // Characters StatsD and Graphite treat specially (. : | @ # space) become '_'.
    static QString pathComponent(const QString &text);

Q_SIGNALS:
    // The target could not be resolved or a datagram could not be sent (reported once).
    void errorOccurred(const QString &message);

private:
    void onRunChanged(int row);
    void gatherRun(int row);
    void send(const QByteArray &datagram);

    const LiveRuns *m_runs;
    QUdpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QString m_prefix = QStringLiteral("perfdeck");
    ListenAddress m_target;
    QHostAddress m_address;
    QStringList m_pending;
    QHash<QString, int> m_samplesSent;        // by run id: samples already pushed
    QHash<QString, double> m_retransmitsSent; // by run id: counter value already pushed
    QHash<QString, bool> m_endSent;           // by run id: its final figures were pushed
    int m_lastActive = -1;
    int m_datagramsSent = 0;
    bool m_errorReported = false;
    bool m_started = false;
};

} // namespace Perfdeck

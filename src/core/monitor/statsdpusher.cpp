#include "monitor/statsdpusher.h"

#include "monitor/liveruns.h"
#include "monitor/prometheustext.h"

#include <QHostInfo>
#include <QTimer>
#include <QUdpSocket>

#include <cmath>

namespace Perfdeck {

StatsdPusher::StatsdPusher(const LiveRuns *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatsdPusher::flush);
}

StatsdPusher::~StatsdPusher() {
    stop();
}

void StatsdPusher::setFlushIntervalMs(int ms) {
    m_timer->setInterval(qMax(10, ms));
}

bool StatsdPusher::start(const ListenAddress &target, QString *error) {
    stop();
    m_target = target;
    m_socket = new QUdpSocket(this);
    if (!target.address.isNull()) {
        m_address = target.address;
    } else {
        QHostInfo::lookupHost(target.host, this, [this](const QHostInfo &info) {
            if (!info.addresses().isEmpty()) {
                m_address = info.addresses().constFirst();
                flush();
            } else if (!m_errorReported) {
                m_errorReported = true;
                Q_EMIT errorOccurred(
                    tr("StatsD host %1: %2").arg(m_target.host, info.errorString()));
            }
        });
    }
    Q_UNUSED(error) // an unbound UDP socket cannot fail until it sends
    connect(m_runs, &LiveRuns::runChanged, this, &StatsdPusher::onRunChanged);
    // The last run's end goes out at once; other changes wait for the interval's batch.
    connect(m_runs, &LiveRuns::activeCountChanged, this, [this](int active) {
        if (active == 0)
            flush();
    });
    m_started = true;
    m_timer->start();
    return true;
}

void StatsdPusher::stop() {
    if (!m_started)
        return;
    flush();
    m_started = false;
    m_timer->stop();
    disconnect(m_runs, nullptr, this, nullptr);
    delete m_socket;
    m_socket = nullptr;
}

QString StatsdPusher::pathComponent(const QString &text) {
    QString out = text.isEmpty() ? QStringLiteral("_") : text;
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return out;
}

QString StatsdPusher::runPath(int row) const {
    const LiveRun &run = m_runs->run(row);
    return QStringList{m_prefix,
                       pathComponent(run.engine),
                       pathComponent(run.protocol),
                       pathComponent(run.client),
                       pathComponent(run.server),
                       pathComponent(run.runId)}
        .join(QLatin1Char('.'));
}

void StatsdPusher::onRunChanged(int row) {
    const LiveRun &run = m_runs->run(row);
    // One set of figures per interval sample, and the final figures once.
    if (run.samples > m_samplesSent.value(run.runId, 0) ||
        (!run.isActive() && !m_endSent.value(run.runId)))
        gatherRun(row);
}

void StatsdPusher::gatherRun(int row) {
    const LiveRun &run = m_runs->run(row);
    const QString path = runPath(row);
    const auto gauge = [&](const char *name, const OptDouble &value) {
        if (value && std::isfinite(*value))
            m_pending << QStringLiteral("%1.%2:%3|g")
                             .arg(path, QLatin1String(name),
                                  QString::fromLatin1(prometheusNumber(*value)));
    };
    if (!run.isRequestResponse())
        gauge("throughput_bps", run.rateBps);
    gauge("reverse_throughput_bps", run.reverseRateBps);
    gauge("transactions_per_s", run.transactionsPerS);
    gauge("progress_ratio", run.progressRatio());
    if (run.retransmits) {
        // A StatsD counter takes increments: only what is new since the last push.
        const double delta = *run.retransmits - m_retransmitsSent.value(run.runId, 0);
        if (delta > 0) {
            m_pending << QStringLiteral("%1.retransmits:%2|c")
                             .arg(path, QString::fromLatin1(prometheusNumber(delta)));
            m_retransmitsSent.insert(run.runId, *run.retransmits);
        }
    }
    m_samplesSent.insert(run.runId, run.samples);
    if (!run.isActive())
        m_endSent.insert(run.runId, true);
}

void StatsdPusher::flush() {
    if (!m_socket || m_address.isNull()) {
        // Still resolving (or never will): keep a bounded backlog, the newest lines.
        constexpr qsizetype MaxBacklog = 10000;
        if (m_pending.size() > MaxBacklog)
            m_pending.remove(0, m_pending.size() - MaxBacklog);
        return;
    }
    if (m_runs->activeCount() != m_lastActive) {
        m_lastActive = m_runs->activeCount();
        m_pending << QStringLiteral("%1.runs_active:%2|g").arg(m_prefix).arg(m_lastActive);
    }
    QByteArray datagram;
    for (const QString &line : std::as_const(m_pending)) {
        const QByteArray bytes = line.toUtf8().left(MaxDatagramBytes);
        if (!datagram.isEmpty() && datagram.size() + 1 + bytes.size() > MaxDatagramBytes) {
            send(datagram);
            datagram.clear();
        }
        if (!datagram.isEmpty())
            datagram += '\n';
        datagram += bytes;
    }
    if (!datagram.isEmpty())
        send(datagram);
    m_pending.clear();
}

void StatsdPusher::send(const QByteArray &datagram) {
    if (m_socket->writeDatagram(datagram, m_address, m_target.port) == datagram.size()) {
        ++m_datagramsSent;
        return;
    }
    if (!m_errorReported) {
        m_errorReported = true;
        Q_EMIT errorOccurred(tr("StatsD %1: %2").arg(m_target.toString(), m_socket->errorString()));
    }
}

} // namespace Perfdeck

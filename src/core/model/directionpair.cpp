#include "model/directionpair.h"

#include <QHash>

namespace Perfdeck {

namespace {

QString serverAddress(const QString &server) {
    // "127.0.0.4:5201", "[::1]:5201" or "host:port": the host part; the port is the run's own.
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    const QString host =
        colon > 0 && !server.endsWith(QLatin1Char(']')) ? server.left(colon) : server;
    return host.section(QLatin1Char(' '), 0, 0);
}

QString pairKey(const RunResult &r) {
    return toString(r.engine) + QLatin1Char('|') + toString(r.protocol) + QLatin1Char('|') +
           r.clientHost + QLatin1Char('|') + r.serverHost + QLatin1Char('|') +
           serverAddress(r.server) + QLatin1Char('|') + QString::number(r.streams) +
           QLatin1Char('|') + QString::number(r.instance);
}

void fill(DirectionPair &p) {
    if (p.forwardBps && p.reverseBps && *p.reverseBps > 0)
        p.asymmetry = *p.forwardBps / *p.reverseBps;
}

QString endName(const QString &host, const QString &fallback) {
    return host.isEmpty() ? fallback : host;
}

} // namespace

int DirectionPair::link(QList<RunResult> &runs) {
    QHash<QString, QList<int>> unpairedSends;
    QHash<QString, int> index;
    for (int i = 0; i < runs.size(); ++i)
        index.insert(runs.at(i).id, i);
    int linked = 0;
    for (int i = 0; i < runs.size(); ++i) {
        RunResult &r = runs[i];
        if (!r.pairOf.isEmpty() || r.status == RunStatus::Error)
            continue;
        const QString key = pairKey(r);
        if (r.direction == Direction::Send) {
            unpairedSends[key].append(i);
        } else if (r.direction == Direction::Receive) {
            QList<int> &sends = unpairedSends[key];
            if (sends.isEmpty())
                continue;
            RunResult &forward = runs[sends.takeFirst()];
            forward.pairOf = r.id;
            r.pairOf = forward.id;
            ++linked;
        }
    }
    return linked;
}

QList<DirectionPair> DirectionPair::of(const QList<RunResult> &runs) {
    QHash<QString, const RunResult *> byId;
    for (const RunResult &r : runs)
        byId.insert(r.id, &r);
    QList<DirectionPair> out;
    for (const RunResult &r : runs) {
        DirectionPair p;
        if (r.direction == Direction::Bidir && r.reverseSummary) {
            p.forwardRunId = r.id;
            p.reverseRunId = r.id;
            p.forwardBps = r.summary.throughputBps;
            p.reverseBps = r.reverseSummary->throughputBps;
        } else if (r.direction == Direction::Send && !r.pairOf.isEmpty() &&
                   byId.contains(r.pairOf)) {
            const RunResult *reverse = byId.value(r.pairOf);
            p.forwardRunId = r.id;
            p.reverseRunId = reverse->id;
            p.forwardBps = r.summary.throughputBps;
            p.reverseBps = reverse->summary.throughputBps;
        } else {
            continue;
        }
        p.client = endName(r.clientHost, r.client);
        p.server = endName(r.serverHost, r.server);
        fill(p);
        out.append(p);
    }
    return out;
}

} // namespace Perfdeck

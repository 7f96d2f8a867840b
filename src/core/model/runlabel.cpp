#include "model/runlabel.h"

#include "model/format.h"

#include <QLocale>

#include <algorithm>

namespace Perfdeck {

QString runLabel(const RunResult &run) {
    if (run.seq > 0)
        return QLatin1Char('#') + QString::number(run.seq);
    return run.id;
}

bool isRequestResponseTest(const QString &test) {
    return test.endsWith(QLatin1String("_RR"), Qt::CaseInsensitive) ||
           test.endsWith(QLatin1String("_CRR"), Qt::CaseInsensitive);
}

bool isRequestResponse(const RunResult &run) {
    if (!run.test.isEmpty())
        return isRequestResponseTest(run.test);
    return !run.summary.throughputBps && run.summary.transactionsPerS.has_value();
}

QString runDirectionText(const RunResult &run) {
    if (run.engine == Engine::Ping)
        return QStringLiteral("round trip");
    if (isRequestResponse(run))
        return QStringLiteral("request/response");
    switch (run.direction) {
    case Direction::Send:
        return QStringLiteral("send");
    case Direction::Receive:
        return QStringLiteral("receive");
    case Direction::Bidir:
        return QStringLiteral("bidirectional");
    }
    return {};
}

QString runDescription(const RunResult &run) {
    QStringList parts{toString(run.engine)};
    if (run.engine == Engine::Netperf && !run.test.isEmpty()) {
        parts << run.test;
    } else if (run.engine == Engine::Ping) {
        parts << toString(run.protocol).toUpper();
    } else if (isRequestResponse(run)) {
        parts << toString(run.protocol).toUpper() << runDirectionText(run);
    } else {
        parts << toString(run.protocol).toUpper() << runDirectionText(run);
        if (run.streams > 1)
            parts << QString::number(run.streams) + QChar(0x00d7);
    }
    return parts.join(QLatin1Char(' '));
}

QString runTitle(const RunResult &run) {
    return runLabel(run) + QLatin1Char(' ') + runDescription(run);
}

QString runEndsText(const RunResult &run) {
    const QString local = QStringLiteral("local");
    const QString client = run.clientHost.isEmpty() ? local : run.clientHost;
    QString server = run.serverHost;
    if (!run.embeddedServer && server.isEmpty())
        server = run.server; // a server the user runs: its address
    if (server.isEmpty())
        server = local;
    if (client == local && (server == local || !run.embeddedServer))
        return {};
    return client + QStringLiteral(" \u2192 ") + server;
}

QString runFigure(const RunResult &run) {
    const Summary &s = run.summary;
    if (!s.throughputBps && s.transactionsPerS) {
        QString text =
            QStringLiteral("%1 trans/s").arg(QLocale::c().toString(*s.transactionsPerS, 'f', 0));
        if (s.latencyUs.p99)
            text += QStringLiteral(", p99 %1").arg(Format::latencyUs(*s.latencyUs.p99));
        else if (s.latencyUs.mean)
            text += QStringLiteral(", mean %1").arg(Format::latencyUs(*s.latencyUs.mean));
        return text;
    }
    // A latency-only run (a ping or UDP request/response series from flent): its latency.
    if (!s.throughputBps && !s.transactionsPerS && (s.latencyUs.p50 || s.latencyUs.mean)) {
        if (s.latencyUs.p50 && s.latencyUs.p99)
            return QStringLiteral("p50 %1, p99 %2")
                .arg(Format::latencyUs(*s.latencyUs.p50), Format::latencyUs(*s.latencyUs.p99));
        return QStringLiteral("mean %1").arg(
            Format::latencyUs(s.latencyUs.mean ? *s.latencyUs.mean : *s.latencyUs.p50));
    }
    return Format::bitrate(s.throughputBps);
}

int nextRunNumber(const QList<RunResult> &runs) {
    int highest = 0;
    for (const RunResult &run : runs)
        highest = std::max(highest, run.seq);
    return highest + 1;
}

void numberRuns(QList<RunResult> &runs) {
    int next = nextRunNumber(runs);
    for (RunResult &run : runs) {
        if (run.seq <= 0)
            run.seq = next++;
    }
}

} // namespace Perfdeck

#include "model/rerunspec.h"

#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

// "host:port", "[v6]:port" or "host" -> host and port (0: the tool's default).
bool splitServer(const QString &server, QString *host, int *port) {
    QString h = server.trimmed();
    int p = 0;
    if (h.startsWith(QLatin1Char('['))) {
        const int close = int(h.indexOf(QLatin1Char(']')));
        if (close < 0)
            return false;
        const QString rest = h.mid(close + 1);
        h = h.mid(1, close - 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            bool ok = false;
            p = rest.mid(1).toInt(&ok);
            if (!ok)
                return false;
        }
    } else if (h.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        p = h.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok)
            return false;
        h = h.section(QLatin1Char(':'), 0, 0);
    }
    if (h.isEmpty() || h.startsWith(QLatin1Char('-')) || p < 0 || p > 65535)
        return false;
    *host = h;
    *port = p;
    return true;
}

} // namespace

std::optional<TestSpec> rerunSpec(const RunResult &run, QString *why) {
    if (run.engine == Engine::Ping) {
        *why = Tr::tr("it is a ping series imported from flent; Perfdeck does not run "
                      "ping");
        return std::nullopt;
    }
    TestSpec spec;
    spec.engine = run.engine;
    spec.protocol = run.protocol;
    spec.direction = run.direction;
    spec.parallel = std::clamp(run.streams, 1, 128);
    // Which hosts of the inventory ran the client and the server (empty: this machine).
    spec.clientHost = run.clientHost;
    spec.serverHost = run.serverHost;
    if (run.engine == Engine::Netperf) {
        spec.netperfTest = run.test;
        spec.parallel = 1;
    }
    const double duration = run.durationS.value_or(10);
    // A partial run's duration is what it measured; rounded up to whole seconds it is what
    // was asked at least approximately, never below iperf3's minimum.
    spec.durationS = std::clamp(std::ceil(duration - 1e-6), 1.0, 86400.0);
    if (!run.embeddedServer) {
        QString host;
        int port = 0;
        if (run.server.isEmpty() || run.server.contains(QLatin1String("(embedded)"))) {
            if (run.server.isEmpty()) {
                *why = Tr::tr("the run does not say which server it measured");
                return std::nullopt;
            }
        } else if (!splitServer(run.server, &host, &port)) {
            *why = Tr::tr("its server \"%1\" is not a host[:port]").arg(run.server);
            return std::nullopt;
        } else {
            spec.host = host;
            spec.port = port;
        }
    }
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    return spec;
}

} // namespace Perfdeck

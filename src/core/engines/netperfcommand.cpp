#include "engines/netperfcommand.h"

#include "model/runlabel.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::NetperfCommand {

namespace {

QString number(double value) {
    // Only validated values get here; the bound keeps the integer conversion defined anyway.
    if (!(std::abs(value) < 9.0e15))
        return QString::number(value, 'f', 0);
    if (value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 10);
}

} // namespace

QString testName(const TestSpec &spec) {
    if (!spec.netperfTest.isEmpty())
        return spec.netperfTest.toUpper();
    if (spec.protocol == Protocol::Udp)
        // There is no UDP_MAERTS; OMNI receives UDP with -d recv -T udp.
        return spec.direction == Direction::Receive ? QStringLiteral("OMNI")
                                                    : QStringLiteral("UDP_STREAM");
    return spec.direction == Direction::Receive ? QStringLiteral("TCP_MAERTS")
                                                : QStringLiteral("TCP_STREAM");
}

bool isRequestResponse(const QString &test) {
    return isRequestResponseTest(test);
}

Protocol protocolOf(const TestSpec &spec) {
    const QString test = testName(spec);
    if (test == QLatin1String("OMNI"))
        return spec.protocol;
    return test.startsWith(QLatin1String("UDP")) ? Protocol::Udp : Protocol::Tcp;
}

Direction directionOf(const TestSpec &spec) {
    const QString test = testName(spec);
    if (test == QLatin1String("TCP_MAERTS"))
        return Direction::Receive;
    if (test == QLatin1String("OMNI"))
        return spec.direction;
    return Direction::Send;
}

QStringList outputSelectors(const TestSpec &spec) {
    QStringList keys = {
        QStringLiteral("THROUGHPUT"),
        QStringLiteral("THROUGHPUT_UNITS"),
        QStringLiteral("ELAPSED_TIME"),
        QStringLiteral("PROTOCOL"),
        QStringLiteral("DIRECTION"),
        QStringLiteral("LOCAL_CPU_UTIL"),
        QStringLiteral("REMOTE_CPU_UTIL"),
        QStringLiteral("LOCAL_TRANSPORT_RETRANS"),
        QStringLiteral("REMOTE_TRANSPORT_RETRANS"),
        QStringLiteral("LOCAL_SEND_THROUGHPUT"),
        QStringLiteral("LOCAL_RECV_THROUGHPUT"),
        QStringLiteral("REMOTE_SEND_THROUGHPUT"),
        QStringLiteral("REMOTE_RECV_THROUGHPUT"),
        QStringLiteral("LOCAL_BYTES_SENT"),
        QStringLiteral("LOCAL_BYTES_RECVD"),
        QStringLiteral("REMOTE_BYTES_SENT"),
        QStringLiteral("REMOTE_BYTES_RECVD"),
        QStringLiteral("LOCAL_SEND_CALLS"),
        QStringLiteral("REMOTE_RECV_CALLS"),
    };
    if (isRequestResponse(testName(spec))) {
        keys << QStringLiteral("TRANSACTION_RATE") << QStringLiteral("MIN_LATENCY")
             << QStringLiteral("P50_LATENCY") << QStringLiteral("P90_LATENCY")
             << QStringLiteral("P99_LATENCY") << QStringLiteral("MAX_LATENCY")
             << QStringLiteral("MEAN_LATENCY") << QStringLiteral("STDDEV_LATENCY")
             << QStringLiteral("REQUEST_SIZE") << QStringLiteral("RESPONSE_SIZE");
    }
    if (spec.confidenceLevel > 0) {
        keys << QStringLiteral("CONFIDENCE_LEVEL") << QStringLiteral("CONFIDENCE_INTERVAL")
             << QStringLiteral("CONFIDENCE_ITERATION") << QStringLiteral("THROUGHPUT_CONFID");
    }
    return keys;
}

QString tosHex(int dscp) {
    return QStringLiteral("0x") + QString::number((dscp & 0x3f) << 2, 16);
}

QStringList clientArguments(const TestSpec &spec, const QString &host, int port, QString *error) {
    // Every number below becomes an integer argument: refuse what does not fit (NaN, 1e23
    // bit/s would reach the tool as -9223372036854775808) instead of passing it on.
    QString problem = spec.validate();
    // One netperf process measures one stream; JobRunner runs a test's streams as instances.
    if (problem.isEmpty() && spec.parallel != 1)
        problem = Tr::tr("netperf runs one stream per test process (got %1 streams); "
                         "run the test through JobRunner, which starts one netperf per "
                         "stream")
                      .arg(spec.parallel);
    if (problem.isEmpty() && host.startsWith(QLatin1Char('-')))
        problem = Tr::tr("host '%1' must not start with '-'").arg(host);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const QString test = testName(spec);
    QStringList args{QStringLiteral("-H"), host};
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    args << QStringLiteral("-t") << test;
    // -l is an integer number of seconds: round up so a test never ends early.
    args << QStringLiteral("-l") << QString::number(static_cast<qint64>(std::ceil(spec.durationS)));
    args << QStringLiteral("-D") << number(spec.intervalS);
    // CPU utilisation of both ends (/proc/stat on Linux, no calibration run needed).
    args << QStringLiteral("-c") << QStringLiteral("-C");
    if (!spec.dscp.isEmpty()) {
        if (const auto code = parseDscp(spec.dscp))
            args << QStringLiteral("-Y") << tosHex(*code) + QLatin1Char(',') + tosHex(*code);
    }
    if (spec.confidenceLevel > 0) {
        args << QStringLiteral("-I")
             << QStringLiteral("%1,%2")
                    .arg(spec.confidenceLevel)
                    .arg(number(spec.confidenceWidthPercent));
        args << QStringLiteral("-i")
             << QStringLiteral("%1,%2").arg(spec.maxIterations).arg(spec.minIterations);
    }
    args << QStringLiteral("--");
    args << QStringLiteral("-k") << outputSelectors(spec).join(QLatin1Char(','));
    if (test == QLatin1String("OMNI")) {
        args << QStringLiteral("-d")
             << (spec.direction == Direction::Receive ? QStringLiteral("recv")
                                                      : QStringLiteral("send"));
        args << QStringLiteral("-T")
             << (spec.protocol == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"));
    }
    if (spec.lengthBytes && !isRequestResponse(test))
        args << QStringLiteral("-m") << QString::number(*spec.lengthBytes);
    if (spec.windowBytes) {
        args << QStringLiteral("-s") << QString::number(*spec.windowBytes);
        args << QStringLiteral("-S") << QString::number(*spec.windowBytes);
    }
    if (isRequestResponse(test) && (spec.requestSize || spec.responseSize)) {
        const int request = spec.requestSize.value_or(1);
        args << QStringLiteral("-r")
             << QStringLiteral("%1,%2").arg(request).arg(spec.responseSize.value_or(request));
    }
    if (!spec.congestion.isEmpty() && !test.startsWith(QLatin1String("UDP")))
        args << QStringLiteral("-K") << spec.congestion + QLatin1Char(',') + spec.congestion;
    return args;
}

QStringList serverArguments(int port, const QString &bindAddress) {
    QStringList args{QStringLiteral("-D"), QStringLiteral("-f")};
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    if (!bindAddress.isEmpty())
        args << QStringLiteral("-L") << bindAddress;
    return args;
}

double expectedSeconds(const TestSpec &spec) {
    const double perTest = std::ceil(spec.durationS);
    return spec.confidenceLevel > 0 ? perTest * qMax(1, spec.maxIterations) : perTest;
}

int clientTimeoutSeconds(const TestSpec &spec) {
    // Bounded: a spec that never passed validate() must not make the conversion undefined.
    const double seconds = std::ceil(expectedSeconds(spec));
    return (std::isfinite(seconds) ? static_cast<int>(std::clamp(seconds, 0.0, 1e7)) : 0) + 30;
}

} // namespace Perfdeck::NetperfCommand

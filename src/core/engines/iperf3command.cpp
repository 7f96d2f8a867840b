#include "engines/iperf3command.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck::Iperf3Command {

namespace {

QString number(double value) {
    // Only validated values get here; the bound keeps the integer conversion defined anyway.
    if (!(std::abs(value) < 9.0e15))
        return QString::number(value, 'f', 0);
    // iperf3 parses "-t 2.5" with atof but "-t" is an int in older versions: keep integers
    // integral and pass decimals only where iperf3 accepts them.
    if (value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 10);
}

void addOutput(QStringList &args, Output output) {
    switch (output) {
    case Output::Json:
        args << QStringLiteral("-J");
        break;
    case Output::JsonStream:
        args << QStringLiteral("-J") << QStringLiteral("--json-stream");
        break;
    case Output::Text:
        args << QStringLiteral("--forceflush");
        break;
    }
}

} // namespace

QStringList clientArguments(const TestSpec &spec, const QString &host, int port, Output output,
                            QString *error, bool udpCounters64) {
    // Every number below becomes an integer argument: refuse what does not fit (NaN, 1e23
    // bit/s would reach the tool as -9223372036854775808) instead of passing it on.
    QString problem = spec.validate();
    if (problem.isEmpty() && host.startsWith(QLatin1Char('-')))
        problem = Tr::tr("host '%1' must not start with '-'").arg(host);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    QStringList args{QStringLiteral("-c"), host};
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    // iperf3 3.12 takes an integer -t; round up so a test never ends early.
    args << QStringLiteral("-t") << QString::number(static_cast<qint64>(std::ceil(spec.durationS)));
    if (spec.parallel > 1)
        args << QStringLiteral("-P") << QString::number(spec.parallel);
    if (spec.protocol == Protocol::Udp) {
        args << QStringLiteral("-u");
        if (udpCounters64)
            args << QStringLiteral("--udp-counters-64bit");
    }
    if (spec.direction == Direction::Receive)
        args << QStringLiteral("-R");
    else if (spec.direction == Direction::Bidir)
        args << QStringLiteral("--bidir");
    if (spec.bitrateBps) {
        QString rate = number(*spec.bitrateBps);
        if (spec.burstPackets)
            rate += QLatin1Char('/') + QString::number(*spec.burstPackets);
        args << QStringLiteral("-b") << rate;
    }
    if (!spec.dscp.isEmpty()) {
        if (const auto code = parseDscp(spec.dscp))
            args << QStringLiteral("--dscp") << QString::number(*code);
    }
    args << QStringLiteral("-i") << number(spec.intervalS);
    if (spec.omitS > 0)
        args << QStringLiteral("-O") << QString::number(static_cast<qint64>(std::ceil(spec.omitS)));
    if (spec.lengthBytes)
        args << QStringLiteral("-l") << QString::number(*spec.lengthBytes);
    if (spec.windowBytes)
        args << QStringLiteral("-w") << QString::number(*spec.windowBytes);
    if (!spec.congestion.isEmpty())
        args << QStringLiteral("-C") << spec.congestion;
    if (spec.getServerOutput)
        args << QStringLiteral("--get-server-output");
    addOutput(args, output);
    return args;
}

QStringList serverArguments(int port, const QString &bindAddress, Output output, int idleTimeoutS,
                            double intervalS) {
    QStringList args{QStringLiteral("-s"), QStringLiteral("-1")};
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    if (!bindAddress.isEmpty())
        args << QStringLiteral("-B") << bindAddress;
    if (idleTimeoutS > 0)
        args << QStringLiteral("--idle-timeout") << QString::number(idleTimeoutS);
    if (intervalS > 0)
        args << QStringLiteral("-i") << number(intervalS);
    addOutput(args, output);
    return args;
}

int clientTimeoutSeconds(const TestSpec &spec) {
    // Bounded: a spec that never passed validate() must not make the conversion undefined.
    const double seconds = std::ceil(spec.durationS + spec.omitS);
    return (std::isfinite(seconds) ? static_cast<int>(std::clamp(seconds, 0.0, 1e7)) : 0) + 30;
}

} // namespace Perfdeck::Iperf3Command

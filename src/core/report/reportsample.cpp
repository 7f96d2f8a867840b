#include "report/reportsample.h"

#include <cmath>

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

RunResult throughputRun(int seq, double gbps, const QString &idPrefix) {
    RunResult run;
    run.id = QStringLiteral("%1-%2").arg(idPrefix).arg(seq, 4, 10, QLatin1Char('0'));
    run.seq = seq;
    run.engine = Engine::Iperf3;
    run.protocol = Protocol::Tcp;
    run.direction = Direction::Send;
    run.client = QStringLiteral("localhost");
    run.server = QStringLiteral("127.0.0.1:5201");
    run.clientHost = QStringLiteral("local");
    run.serverHost = QStringLiteral("local");
    run.embeddedServer = true;
    run.streams = 2;
    run.durationS = 10;
    run.startedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).addSecs(seq * 15);
    run.toolVersion = QStringLiteral("3.12");
    run.command = {QStringLiteral("iperf3"), QStringLiteral("-c"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("-t"),     QStringLiteral("10"), QStringLiteral("-P"),
                   QStringLiteral("2"),      QStringLiteral("-J")};
    double sum = 0;
    for (int i = 0; i < 10; ++i) {
        IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        // A slow start, then a wobble that differs from run to run.
        const double ramp = i == 0 ? 0.7 : 1.0;
        const double bps = gbps * 1e9 * ramp * (1.0 + 0.03 * std::sin(i * 1.3 + seq));
        interval.bps = bps;
        interval.bytes = bps / 8;
        interval.retransmits = double((i * 7 + seq) % 5);
        interval.rttUs = 40.0 + (i + seq) % 7;
        for (int s = 0; s < 2; ++s) {
            StreamSample stream;
            stream.id = 5 + 2 * s;
            stream.bps = bps * (s == 0 ? 0.52 : 0.48);
            stream.bytes = *stream.bps / 8;
            interval.streams.append(stream);
        }
        run.intervals.append(interval);
        sum += bps;
    }
    run.summary.throughputBps = sum / 10;
    run.summary.sentBps = sum / 10 * 1.001;
    run.summary.receivedBps = sum / 10;
    run.summary.retransmits = double(seq % 4);
    run.summary.rttMeanUs = 43.5;
    run.summary.cpuLocalPercent = 35.2;
    run.summary.cpuRemotePercent = 41.0;
    return run;
}

RunResult latencyRun(int seq) {
    RunResult run;
    run.id = QStringLiteral("sample-rr-%1").arg(seq);
    run.seq = seq;
    run.engine = Engine::Netperf;
    run.protocol = Protocol::Tcp;
    run.direction = Direction::Send;
    run.test = QStringLiteral("TCP_RR");
    run.client = QStringLiteral("localhost");
    run.server = QStringLiteral("127.0.0.1:12865");
    run.clientHost = QStringLiteral("local");
    run.serverHost = QStringLiteral("local");
    run.embeddedServer = true;
    run.durationS = 5;
    run.startedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);
    run.toolVersion = QStringLiteral("2.7.0");
    run.command = {QStringLiteral("netperf"), QStringLiteral("-t"), QStringLiteral("TCP_RR"),
                   QStringLiteral("-l"), QStringLiteral("5")};
    for (int i = 0; i < 5; ++i) {
        IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        interval.transactionsPerS = 41000.0 + 600 * std::cos(i);
        run.intervals.append(interval);
    }
    run.summary.transactionsPerS = 41250;
    run.summary.latencyUs.mean = 24.2;
    run.summary.latencyUs.p50 = 23.0;
    run.summary.latencyUs.p90 = 27.0;
    run.summary.latencyUs.p99 = 41.0;
    run.summary.latencyUs.min = 15.0;
    run.summary.latencyUs.max = 310.0;
    run.summary.latencyUs.stddev = 6.1;
    run.summary.cpuLocalPercent = 12.5;
    return run;
}

} // namespace

ReportInput ReportSample::input(int runs) {
    ReportInput input;
    input.path = QStringLiteral("sample.perfdeck");
    input.kind = QStringLiteral("session");
    input.title = Tr::tr("Sample session");
    input.notes = Tr::tr("Made-up runs to check templates against.");
    input.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 55), Qt::UTC);
    input.modifiedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 40), Qt::UTC);
    for (int i = 1; i <= runs; ++i)
        input.runs.append(
            throughputRun(i, 9.0 + 0.4 * std::sin(i * 2.1), QStringLiteral("sample")));
    input.runs.append(latencyRun(runs + 1));
    Host host = Host::local();
    host.site = QStringLiteral("lab");
    input.inventory.hosts.append(host);
    input.baselinePath = QStringLiteral("baseline.json");
    for (int i = 1; i <= 3; ++i)
        input.baselineRuns.append(
            throughputRun(i, 9.6 + 0.2 * std::cos(i), QStringLiteral("baseline")));
    return input;
}

} // namespace Perfdeck

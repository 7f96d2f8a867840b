// What the user asked to run: one test against one target, independent of how it is executed.
// The CLI fills it from options, the GUI from its run panel, sessions store it as JSON.
#pragma once

#include "model/enums.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct TestSpec {
    // The largest -b Perfdeck passes on (1000 Tbit/s): far above any link, and exact as an
    // integer argument.
    static constexpr double MaxBitrateBps = 1e15;
    // The range of memoryLimitBytes: below 4 MiB iperf3 cannot even load its libraries.
    static constexpr qint64 MinMemoryLimitBytes = qint64(4) << 20;
    static constexpr qint64 MaxMemoryLimitBytes = qint64(16) << 40;

    // A profile's test name ("bulk-tcp"); empty for a test typed on the command line.
    QString name;
    Engine engine = Engine::Iperf3;
    Protocol protocol = Protocol::Tcp;
    Direction direction = Direction::Send;
    // Empty host: the embedded default, an iperf3 server that Perfdeck starts on 127.0.0.1.
    QString host;
    int port = 0; // 0: the tool's default port, or a free port for the embedded server
    // Inventory names of the hosts that run the client and, with no host above, the server
    // Perfdeck starts. Empty: this machine ("local").
    QString clientHost;
    QString serverHost;
    double durationS = 10;
    int parallel = 1;
    std::optional<double> bitrateBps; // -b; unset: unlimited TCP, iperf3's 1 Mbit/s for UDP
    std::optional<int> burstPackets;  // -b rate/burst
    QString dscp;                     // numeric 0-63 or a name (EF, AF41, CS1, ...)
    double intervalS = 1;
    double omitS = 0;
    std::optional<qint64> lengthBytes; // -l
    std::optional<qint64> windowBytes; // -w
    QString congestion;                // -C
    bool getServerOutput = false;
    // iperf3 < 3.17 against a server Perfdeck did not start has no live JSON: follow the
    // client's --forceflush text instead (final figures rounded as iperf3 prints them).
    bool liveClientText = false;
    int repeat = 1;
    // Copies of the test run at the same time, each against its own server port, released
    // together behind a barrier (netperf's streams become instances).
    int instances = 1;
    // CPUs the client processes are pinned to: "" none, "auto" (instance i on CPU i mod n),
    // or a list "0,2-3" that the instances take in turn.
    QString affinity;
    // The address-space limit (RLIMIT_AS) of each client process, so that instances sharing a
    // host cannot take its memory (perfdeck-gate locally, prlimit(1) remotely); unset: none.
    std::optional<qint64> memoryLimitBytes;
    // The plan cell this test belongs to ("A->B/bulk-tcp"); empty outside a plan.
    QString cell;
    // netperf only. Empty: derived from protocol and direction (TCP_STREAM, TCP_MAERTS,
    // UDP_STREAM, OMNI for UDP receive: netperf has no UDP_MAERTS); else one of netperfTests().
    QString netperfTest;
    std::optional<int> requestSize;    // -r REQ,RESP for the _RR tests
    std::optional<int> responseSize;   // unset: same as requestSize (netperf's default: 1)
    int confidenceLevel = 0;           // -I: 0 off, 95 or 99
    double confidenceWidthPercent = 5; // -I LEVEL,WIDTH: the whole interval, +/- half of it
    int maxIterations = 10;            // -i MAX,MIN
    int minIterations = 3;
    // A traffic pattern ("ramp:10M..100M/10s", qos/TrafficPattern): the rate follows it, UDP
    // from perfdeck-probe's paced sender, TCP as a sequence of iperf3 runs. Empty: constant.
    QString pattern;

    // Perfdeck starts the server itself (on serverHost), rather than using one at host.
    bool usesEmbeddedServer() const { return host.isEmpty(); }
    // The human spelling of the target: "127.0.0.1:5201 (embedded)" or "host:port".
    QString targetLabel() const;
    // Checks ranges (duration, -P <= 128, interval 0.1..60, DSCP, bitrate, ...) and refuses
    // a host or congestion value starting with '-'. Empty if valid.
    QString validate() const;

    QJsonObject toJson() const;
    // Whole-number fields out of range or not whole are reported in *error by field name;
    // the caller still runs validate() for the ranges that depend on each other.
    static TestSpec fromJson(const QJsonObject &object, QString *error = nullptr);
    bool operator==(const TestSpec &) const = default;
};

// The netperf tests Perfdeck can run and parse.
const QStringList &netperfTests();

// Parses "100M", "1.5G", "64k", "1000000" into bits/s (iperf3: K = 1000 for rates).
std::optional<double> parseBitrate(const QString &text);
// Parses "128K", "4M", "1460" into bytes (iperf3: K = 1024 for sizes).
std::optional<qint64> parseByteSize(const QString &text);
// Parses an affinity list "0,2-3" into CPU numbers (sorted, unique); "auto" and "" give an
// empty list. nullopt if malformed or a CPU number is above 1023.
std::optional<QList<int>> parseCpuList(const QString &text);
// Maps "EF", "AF41", "CS3", "46", "0x2e" to a DSCP code point 0..63.
std::optional<int> parseDscp(const QString &text);

} // namespace Perfdeck

// The results model: one RunResult per executed test, with its summary and interval samples.
// Engines fill it, the CLI/GUI/reports read it, and it serialises to the perfdeck.results/1
// format of DESIGN.md. Every measured value is optional: unknown is null, never 0.
#pragma once

#include "model/enums.h"
#include "model/hostenvironment.h"
#include "model/resourceusage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

class JsonWriter;

struct LatencyStats {
    OptDouble mean;
    OptDouble p50;
    OptDouble p90;
    OptDouble p99;
    OptDouble min;
    OptDouble max;
    OptDouble stddev;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // The same object as toJson(), streamed (see JsonWriter).
    void writeJson(JsonWriter &writer) const;
    static LatencyStats fromJson(const QJsonObject &object);
    bool operator==(const LatencyStats &) const = default;
};

// Totals of one direction of a run, as the receiving side saw them where it matters.
struct Summary {
    OptDouble throughputBps; // receiver side
    OptDouble sentBps;
    OptDouble receivedBps;
    OptDouble sentBytes;
    OptDouble receivedBytes;
    OptDouble retransmits;
    OptDouble jitterMs;
    OptDouble lostPackets;
    OptDouble packets;
    OptDouble lostPercent;
    OptDouble outOfOrder;
    OptDouble rttMeanUs;
    OptDouble rttMinUs;
    OptDouble rttMaxUs;
    OptDouble maxSndCwndBytes;
    OptDouble cpuLocalPercent;
    OptDouble cpuRemotePercent;
    OptDouble transactionsPerS;
    LatencyStats latencyUs;

    QJsonObject toJson() const;
    // The same object as toJson(), streamed (see JsonWriter).
    void writeJson(JsonWriter &writer) const;
    static Summary fromJson(const QJsonObject &object);
    bool operator==(const Summary &) const = default;
};

// One stream's share of an interval.
struct StreamSample {
    int id = 0;         // iperf3 socket number or netperf stream index
    bool sender = true; // the reporting side was sending on this stream
    OptDouble bps;
    OptDouble bytes;
    OptDouble retransmits;
    OptDouble sndCwndBytes;
    OptDouble rttUs;
    OptDouble jitterMs;
    OptDouble lostPackets;
    OptDouble packets;

    QJsonObject toJson() const;
    // The same object as toJson(), streamed (see JsonWriter).
    void writeJson(JsonWriter &writer) const;
    static StreamSample fromJson(const QJsonObject &object);
    bool operator==(const StreamSample &) const = default;
};

// One reporting interval of a run (summed over streams), plus its per-stream breakdown.
struct IntervalSample {
    double startS = 0;
    double endS = 0;
    OptDouble bps;
    OptDouble bytes;
    OptDouble retransmits;
    OptDouble sndCwndBytes;
    OptDouble rttUs;
    OptDouble jitterMs;
    OptDouble lostPackets;
    OptDouble packets;
    OptDouble lostPercent;
    OptDouble transactionsPerS;
    OptDouble reverseBps; // bidir: the other direction's sum
    // The rate a traffic pattern asked for in this interval; JSON "target_bps", only when set.
    OptDouble targetBps;
    bool omitted = false;
    QList<StreamSample> streams;
    QList<StreamSample> reverseStreams;

    QJsonObject toJson() const;
    // The same object as toJson(), streamed (see JsonWriter).
    void writeJson(JsonWriter &writer) const;
    static IntervalSample fromJson(const QJsonObject &object);
    bool operator==(const IntervalSample &) const = default;
};

struct RunResult {
    QString id;
    // The run's number within its session or results document (1, 2, ...; 0: not numbered
    // yet). Stable across save and reopen; runLabel() turns it into "#3".
    int seq = 0;
    Engine engine = Engine::Iperf3;
    Protocol protocol = Protocol::Tcp;
    Direction direction = Direction::Send;
    QString client; // the client's address ("localhost" for this machine)
    QString server; // "host:port" the client connected to
    // Inventory names of the hosts that ran the client and the server Perfdeck started
    // ("local" for this machine); empty where unknown (imports, an external server).
    QString clientHost;
    QString serverHost;
    // The addresses of those hosts as the inventory gives them (what the server bound to and
    // the client connected to), set when an end of the run was reached over SSH.
    QString clientAddress;
    QString serverAddress;
    int streams = 1;
    // The tool's own test name where it has several (netperf "TCP_RR"); empty for iperf3.
    QString test;
    // The server was the one-off server Perfdeck started for this run on loopback: `server`
    // holds its throw-away port, which means nothing once the run is over.
    bool embeddedServer = false;
    // Measured time: a stopped run's duration is what it ran, not what was planned.
    OptDouble durationS;
    QDateTime startedAt;
    RunStatus status = RunStatus::Ok;
    QString error;
    Summary summary;
    std::optional<Summary> reverseSummary;
    QList<IntervalSample> intervals;
    // Provenance: the tool version, the exact argument list, where an import came from.
    QString toolVersion;
    QStringList command;
    // A TCP traffic pattern runs one iperf3 test per phase at a non-zero rate: their argument
    // lists in order (command is the first of them). JSON "phase_commands", only then.
    QList<QStringList> phaseCommands;
    QString source;
    QStringList warnings;
    // Runs measured together as one test (the flows of a flent rrul or tcp_nup file) share a
    // group id and label; the group's totals are the sums of its runs (runGroupTotals()).
    // Empty for a run that stands alone. trafficClass names the flow's DSCP class (BE, BK,
    // CS5, EF, AF41, ...) where the test set one.
    QString group;
    QString groupLabel;
    QString trafficClass;
    // The traffic pattern the test asked for (TestSpec::pattern, "ramp:10M..100M/10s",
    // qos/TrafficPattern); empty for a test at one rate. With durationS and protocol it gives
    // the phases a report or the CLI judges the run by. JSON "pattern", only when set.
    QString pattern;
    // The plan cell it ran for ("A->B/bulk-tcp"); empty outside a plan.
    QString cell;
    // One of several instances of a test started together (1-based; 0: a test on its own),
    // how many there were, and the measured spread of their client starts (first to last,
    // from monotonic stamps taken in the released processes; null where not measured).
    int instance = 0;
    int instances = 0;
    OptDouble startSkewMs;
    // The address-space limit each client ran under (TestSpec::memoryLimitBytes); unset: none.
    // JSON "memory_limit_bytes", only when set.
    std::optional<qint64> memoryLimitBytes;
    // The id of the run measuring the other direction of the same pair (a send run and a
    // receive run of one batch, see DirectionPair); empty when none.
    QString pairOf;
    // What each end ran on (OS, CPU, tools, interface, TCP settings), collected once per host
    // and batch; unset where not collected (imports, an external server). JSON: "environment".
    std::optional<HostEnvironment> clientEnvironment;
    std::optional<HostEnvironment> serverEnvironment;
    // CPU and memory of the run's processes and its hosts' interface traffic, sampled while
    // it ran (monitor/ResourceMonitor); unset where not measured. JSON: "resources".
    std::optional<ResourceUsage> resources;
    // What perfdeck-probe saw of the run's DSCP class on the way (sent and received code
    // points, verdict kept/remarked/bleached, loss, jitter, RTT): qos/QosClassResult reads and
    // writes it. JSON "qos", written only when not empty (docs/ARCHITECTURE.md "Files").
    QJsonObject qos;

    QJsonObject toJson() const;
    // All fields but "intervals" (what writeJson() takes as is).
    QJsonObject toJsonWithoutIntervals() const;
    // toJson() streamed into writer, byte for byte what QJsonDocument makes of toJson(): files
    // are written this way (tst_jsonwriter compares both on real documents).
    void writeJson(JsonWriter &writer) const;
    // A generous guess of the bytes writeJson() produces, to reserve the buffer once.
    qsizetype estimatedJsonSize() const;
    // Lenient reader: missing fields stay null; a wrong type is reported in *error.
    static RunResult fromJson(const QJsonObject &object, QString *error = nullptr);
    bool operator==(const RunResult &) const = default;
};

// Helpers for nullable JSON numbers.
QJsonValue optToJson(const OptDouble &value);
OptDouble optFromJson(const QJsonValue &value);

} // namespace Perfdeck

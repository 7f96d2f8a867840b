// The argument lists handed to netperf and netserver: which test a spec means, every option
// mapped to the flag netperf documents, what netperf cannot do refused with a clear message,
// the version probe, and the netperf fields of TestSpec surviving a JSON round trip.
#include "../integration/testhelpers.h"
#include "engines/netperfcommand.h"
#include "engines/netperfinfo.h"

#include <QTest>

using namespace Perfdeck;

namespace {

TestSpec netperfSpec() {
    TestSpec spec;
    spec.engine = Engine::Netperf;
    return spec;
}

QString valueAfter(const QStringList &args, const QString &flag, int from = 0) {
    const qsizetype at = args.indexOf(flag, from);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

} // namespace

class TestNetperfCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derivedTests_data() {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("test");
        QTest::addRow("tcp send") << int(Protocol::Tcp) << int(Direction::Send) << "TCP_STREAM";
        QTest::addRow("tcp receive")
            << int(Protocol::Tcp) << int(Direction::Receive) << "TCP_MAERTS";
        QTest::addRow("udp send") << int(Protocol::Udp) << int(Direction::Send) << "UDP_STREAM";
        QTest::addRow("udp receive is OMNI")
            << int(Protocol::Udp) << int(Direction::Receive) << "OMNI";
    }
    void derivedTests() {
        QFETCH(int, protocol);
        QFETCH(int, direction);
        QFETCH(QString, test);
        TestSpec spec = netperfSpec();
        spec.protocol = Protocol(protocol);
        spec.direction = Direction(direction);
        QCOMPARE(NetperfCommand::testName(spec), test);
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        QCOMPARE_ENUM(NetperfCommand::protocolOf(spec), spec.protocol);
        QCOMPARE_ENUM(NetperfCommand::directionOf(spec), spec.direction);
    }

    void defaultClient() {
        const QStringList args =
            NetperfCommand::clientArguments(netperfSpec(), QStringLiteral("127.0.0.1"), 12999);
        QCOMPARE(args.mid(0, 13), (QStringList{"-H", "127.0.0.1", "-p", "12999", "-t", "TCP_STREAM",
                                               "-l", "10", "-D", "1", "-c", "-C", "--"}));
        const QString keys = valueAfter(args, QStringLiteral("-k"));
        QVERIFY(keys.startsWith(QLatin1String("THROUGHPUT,THROUGHPUT_UNITS,")));
        QVERIFY(!keys.contains(QLatin1String("P99_LATENCY")));
        QVERIFY(!keys.contains(QLatin1String("CONFIDENCE")));
        QVERIFY(!args.contains(QStringLiteral("-I")));
    }

    void requestResponseWithSizesAndConfidence() {
        TestSpec spec = netperfSpec();
        spec.netperfTest = QStringLiteral("tcp_rr");
        spec.durationS = 2.2;
        spec.intervalS = 0.5;
        spec.requestSize = 64;
        spec.confidenceLevel = 95;
        spec.confidenceWidthPercent = 5;
        spec.maxIterations = 6;
        spec.minIterations = 3;
        spec.dscp = QStringLiteral("EF");
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        const QStringList args =
            NetperfCommand::clientArguments(spec, QStringLiteral("10.0.0.2"), 0);
        QVERIFY(!args.contains(QStringLiteral("-p")));
        QCOMPARE(valueAfter(args, "-t"), QStringLiteral("TCP_RR"));
        QCOMPARE(valueAfter(args, "-l"), QStringLiteral("3")); // rounded up
        QCOMPARE(valueAfter(args, "-D"), QStringLiteral("0.5"));
        QCOMPARE(valueAfter(args, "-I"), QStringLiteral("95,5"));
        QCOMPARE(valueAfter(args, "-i"), QStringLiteral("6,3"));
        QCOMPARE(valueAfter(args, "-Y"), QStringLiteral("0xb8,0xb8")); // DSCP 46 << 2
        QCOMPARE(valueAfter(args, "-r"), QStringLiteral("64,64"));
        const QString keys = valueAfter(args, "-k");
        for (const char *key : {"P50_LATENCY", "P90_LATENCY", "P99_LATENCY", "TRANSACTION_RATE",
                                "THROUGHPUT_CONFID", "CONFIDENCE_ITERATION"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        // Global options precede "--", test-specific ones follow it.
        QVERIFY(args.indexOf("-I") < args.indexOf("--"));
        QVERIFY(args.indexOf("-r") > args.indexOf("--"));
        QCOMPARE(NetperfCommand::expectedSeconds(spec), 18.0);
        QCOMPARE(NetperfCommand::clientTimeoutSeconds(spec), 48);
    }

    // TCP_CRR (connect/request/response) is a request/response test although its name does
    // not end in "_RR": latency percentiles are asked for and request sizes are accepted.
    void connectRequestResponseIsRequestResponse() {
        TestSpec spec = netperfSpec();
        spec.netperfTest = QStringLiteral("TCP_CRR");
        spec.requestSize = 32;
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        QVERIFY(NetperfCommand::isRequestResponse(QStringLiteral("TCP_CRR")));
        QVERIFY(NetperfCommand::isRequestResponse(QStringLiteral("udp_rr")));
        QVERIFY(!NetperfCommand::isRequestResponse(QStringLiteral("TCP_STREAM")));
        const QStringList args =
            NetperfCommand::clientArguments(spec, QStringLiteral("127.0.0.1"), 0);
        QCOMPARE(valueAfter(args, "-t"), QStringLiteral("TCP_CRR"));
        QCOMPARE(valueAfter(args, "-r"), QStringLiteral("32,32"));
        const QString keys = valueAfter(args, "-k");
        for (const char *key : {"P50_LATENCY", "P99_LATENCY", "TRANSACTION_RATE"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }

    void streamOptions() {
        TestSpec spec = netperfSpec();
        spec.lengthBytes = 1400;
        spec.windowBytes = 262144;
        spec.congestion = QStringLiteral("cubic");
        const QStringList args = NetperfCommand::clientArguments(spec, QStringLiteral("h"), 0);
        QCOMPARE(valueAfter(args, "-m"), QStringLiteral("1400"));
        QCOMPARE(valueAfter(args, "-s"), QStringLiteral("262144"));
        QCOMPARE(valueAfter(args, "-S"), QStringLiteral("262144"));
        QCOMPARE(valueAfter(args, "-K"), QStringLiteral("cubic,cubic"));
    }

    void omniUdpReceive() {
        TestSpec spec = netperfSpec();
        spec.protocol = Protocol::Udp;
        spec.direction = Direction::Receive;
        const QStringList args = NetperfCommand::clientArguments(spec, QStringLiteral("h"), 0);
        QCOMPARE(valueAfter(args, "-d"), QStringLiteral("recv"));
        QCOMPARE(valueAfter(args, "-T"), QStringLiteral("udp"));
    }

    void server() {
        QCOMPARE(NetperfCommand::serverArguments(40001, QStringLiteral("127.0.0.1")),
                 (QStringList{"-D", "-f", "-p", "40001", "-L", "127.0.0.1"}));
    }

    // Out-of-range numbers and option-like values never reach netperf's argument list.
    void refusesWhatDoesNotFit() {
        TestSpec spec = netperfSpec();
        spec.durationS = 1e300;
        QString error;
        QVERIFY(NetperfCommand::clientArguments(spec, QStringLiteral("h"), 0, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("duration")), qPrintable(error));
        QVERIFY(NetperfCommand::clientTimeoutSeconds(spec) >= 30);
        spec = netperfSpec();
        QVERIFY(
            NetperfCommand::clientArguments(spec, QStringLiteral("--help"), 0, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("must not start with '-'")), qPrintable(error));
        spec.congestion = QStringLiteral("-a");
        QVERIFY(NetperfCommand::clientArguments(spec, QStringLiteral("h"), 0, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("congestion")), qPrintable(error));
    }

    void streamsAreInstancesNotOneCommand() {
        // A spec may ask for 4 streams (JobRunner runs 4 netperfs); one command cannot.
        TestSpec spec;
        spec.engine = Engine::Netperf;
        spec.parallel = 4;
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        QString error;
        QVERIFY(NetperfCommand::clientArguments(spec, QStringLiteral("h"), 0, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("one stream per test process")), qPrintable(error));
    }

    void rejected_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("bidir") << "bidir"
                               << "no bidirectional mode";
        QTest::addRow("unknown test") << "test"
                                      << "unknown netperf test 'SCTP_STREAM'";
        QTest::addRow("udp with a tcp test") << "udpTcpRr"
                                             << "is a TCP test";
        QTest::addRow("reverse rr") << "reverseRr"
                                    << "has no reverse direction";
        QTest::addRow("bitrate") << "bitrate"
                                 << "cannot limit the bitrate";
        QTest::addRow("omit") << "omit"
                              << "cannot omit";
        QTest::addRow("rr sizes on a stream") << "sizes"
                                              << "request/response sizes apply";
        QTest::addRow("udp_rr size") << "udpSize"
                                     << "between 1 and 65507";
        QTest::addRow("confidence level 90") << "level"
                                             << "confidence level must be 95 or 99";
        QTest::addRow("iterations") << "iterations"
                                    << "1 <= min <= max <= 30";
    }
    void rejected() {
        QFETCH(QString, field);
        QFETCH(QString, message);
        TestSpec spec = netperfSpec();
        if (field == "bidir")
            spec.direction = Direction::Bidir;
        else if (field == "parallel")
            spec.parallel = 4;
        else if (field == "test")
            spec.netperfTest = QStringLiteral("SCTP_STREAM");
        else if (field == "udpTcpRr") {
            spec.protocol = Protocol::Udp;
            spec.netperfTest = QStringLiteral("TCP_RR");
        } else if (field == "reverseRr") {
            spec.direction = Direction::Receive;
            spec.netperfTest = QStringLiteral("TCP_RR");
        } else if (field == "bitrate")
            spec.bitrateBps = 1e6;
        else if (field == "omit")
            spec.omitS = 2;
        else if (field == "sizes")
            spec.requestSize = 64;
        else if (field == "udpSize") {
            spec.netperfTest = QStringLiteral("UDP_RR");
            spec.requestSize = 70000;
        } else if (field == "level")
            spec.confidenceLevel = 90;
        else if (field == "iterations") {
            spec.confidenceLevel = 99;
            spec.minIterations = 5;
            spec.maxIterations = 4;
        }
        const QString problem = spec.validate();
        QVERIFY2(problem.contains(message), qPrintable(problem));
        // The same spec is fine for iperf3 where iperf3 can do it.
        if (field == "bitrate" || field == "parallel" || field == "omit") {
            spec.engine = Engine::Iperf3;
            QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        }
    }

    void jsonRoundTrip() {
        TestSpec spec = netperfSpec();
        spec.netperfTest = QStringLiteral("UDP_RR");
        spec.requestSize = 100;
        spec.responseSize = 200;
        spec.confidenceLevel = 99;
        spec.confidenceWidthPercent = 2.5;
        spec.maxIterations = 12;
        spec.minIterations = 4;
        QString error;
        const TestSpec back = TestSpec::fromJson(spec.toJson(), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(back == spec);
        // Sessions written before these fields existed read with the defaults.
        QJsonObject old = spec.toJson();
        for (const char *key : {"netperf_test", "request_size", "response_size", "confidence_level",
                                "confidence_width_percent", "max_iterations", "min_iterations"})
            old.remove(QLatin1String(key));
        const TestSpec defaults = TestSpec::fromJson(old);
        QVERIFY(defaults.netperfTest.isEmpty());
        QVERIFY(!defaults.requestSize);
        QCOMPARE(defaults.confidenceLevel, 0);
        QCOMPARE(defaults.maxIterations, 10);
    }

    void versionProbe() {
        const NetperfInfo info =
            NetperfInfo::fromVersionOutput(QStringLiteral("Netperf version 2.7.0\n"));
        QVERIFY(info.found);
        QCOMPARE(info.versionString(), QStringLiteral("2.7.0"));
        QCOMPARE(info.versionText, QStringLiteral("Netperf version 2.7.0"));
        const NetperfInfo bad = NetperfInfo::fromVersionOutput(QStringLiteral("iperf 3.12"));
        QVERIFY(!bad.found);
        QVERIFY(bad.error.contains(QLatin1String("unrecognised")));
        const NetperfInfo missing = NetperfInfo::probe(QStringLiteral("/nonexistent/netperf"));
        QVERIFY(!missing.found);
        QVERIFY(!missing.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetperfCommand)
#include "tst_netperfcommand.moc"

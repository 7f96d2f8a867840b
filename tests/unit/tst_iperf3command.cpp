// The argument lists handed to iperf3: every TestSpec option maps to the flag iperf3
// documents, and nothing a user typed is ever interpreted by a shell.
#include "engines/iperf3command.h"
#include "engines/iperf3info.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Perfdeck;

class TestIperf3Command : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsGiveAPlainJsonClient() {
        TestSpec spec;
        const QStringList args = Iperf3Command::clientArguments(spec, QStringLiteral("127.0.0.1"),
                                                                5301, Iperf3Command::Output::Json);
        QCOMPARE(args, (QStringList{"-c", "127.0.0.1", "-p", "5301", "-t", "10", "-i", "1", "-J"}));
    }

    void everyOptionMapsToItsFlag() {
        TestSpec spec;
        spec.protocol = Protocol::Udp;
        spec.direction = Direction::Receive;
        spec.durationS = 2.5;
        spec.parallel = 4;
        spec.bitrateBps = 100e6;
        spec.burstPackets = 32;
        spec.dscp = QStringLiteral("EF");
        spec.intervalS = 0.5;
        spec.omitS = 2;
        spec.lengthBytes = 1400;
        spec.windowBytes = 4 * 1024 * 1024;
        spec.congestion = QStringLiteral("cubic");
        spec.getServerOutput = true;
        const QStringList args = Iperf3Command::clientArguments(spec, QStringLiteral("::1"), 0,
                                                                Iperf3Command::Output::JsonStream);
        QCOMPARE(args, (QStringList{"-c",
                                    "::1",
                                    "-t",
                                    "3",
                                    "-P",
                                    "4",
                                    "-u",
                                    "--udp-counters-64bit",
                                    "-R",
                                    "-b",
                                    "100000000/32",
                                    "--dscp",
                                    "46",
                                    "-i",
                                    "0.5",
                                    "-O",
                                    "2",
                                    "-l",
                                    "1400",
                                    "-w",
                                    "4194304",
                                    "-C",
                                    "cubic",
                                    "--get-server-output",
                                    "-J",
                                    "--json-stream"}));
    }

    // 32-bit datagram counters wrap after 2^32 packets (negative loss, esnet/iperf#1892): UDP
    // tests ask for 64-bit ones wherever the iperf3 understands the flag.
    void udpCounters64BitWhereSupported() {
        TestSpec spec;
        spec.protocol = Protocol::Udp;
        Iperf3Info info =
            Iperf3Info::fromVersionOutput(QStringLiteral("iperf 3.12 (cJSON 1.7.15)"));
        QVERIFY(info.hasUdpCounters64Bit());
        QVERIFY(Iperf3Command::clientArguments(spec, QStringLiteral("h"), 0,
                                               Iperf3Command::Output::Json, nullptr,
                                               info.hasUdpCounters64Bit())
                    .contains(QStringLiteral("--udp-counters-64bit")));
        info = Iperf3Info::fromVersionOutput(QStringLiteral("iperf 3.0.11"));
        QVERIFY(!info.hasUdpCounters64Bit());
        QVERIFY(!Iperf3Command::clientArguments(spec, QStringLiteral("h"), 0,
                                                Iperf3Command::Output::Json, nullptr,
                                                info.hasUdpCounters64Bit())
                     .contains(QStringLiteral("--udp-counters-64bit")));
        spec.protocol = Protocol::Tcp; // TCP has no datagram counters
        QVERIFY(!Iperf3Command::clientArguments(spec, QStringLiteral("h"), 0,
                                                Iperf3Command::Output::Json)
                     .contains(QStringLiteral("--udp-counters-64bit")));
    }

    void bidirAndTextOutput() {
        TestSpec spec;
        spec.direction = Direction::Bidir;
        const QStringList args = Iperf3Command::clientArguments(spec, QStringLiteral("h"), 0,
                                                                Iperf3Command::Output::Text);
        QVERIFY(args.contains(QStringLiteral("--bidir")));
        QVERIFY(!args.contains(QStringLiteral("-R")));
        QCOMPARE(args.last(), QStringLiteral("--forceflush"));
    }

    void hostileHostStaysOneArgument() {
        TestSpec spec;
        const QString host = QStringLiteral("x; rm -rf / #");
        spec.host = host;
        QVERIFY2(!spec.validate().isEmpty(), "a host with shell syntax must not validate");
        QString error;
        QVERIFY(Iperf3Command::clientArguments(spec, host, 0, Iperf3Command::Output::Json, &error)
                    .isEmpty());
        QVERIFY2(error.contains(host), qPrintable(error));
        // The connect address is a separate argument: passed as one argv element, never
        // through a shell.
        spec.host.clear();
        const QStringList args =
            Iperf3Command::clientArguments(spec, host, 0, Iperf3Command::Output::Json);
        QCOMPARE(args.at(1), host);
    }

    // Values that do not fit an integer argument are refused with the reason, not passed on
    // (99999999999T reached iperf3 as -b -9223372036854775808).
    void outOfRangeValuesAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("huge bitrate") << "bitrate"
                                      << "bitrate";
        QTest::addRow("nan interval") << "interval"
                                      << "interval";
        QTest::addRow("nan omit") << "omit"
                                  << "omit";
        QTest::addRow("infinite duration") << "duration"
                                           << "duration";
        QTest::addRow("host option") << "host"
                                     << "must not start with '-'";
        QTest::addRow("congestion option") << "congestion"
                                           << "must not start with '-'";
    }
    void outOfRangeValuesAreRefused() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        TestSpec spec;
        QString host = QStringLiteral("127.0.0.1");
        if (field == QLatin1String("bitrate"))
            spec.bitrateBps = *parseBitrate(QStringLiteral("99999999999T"));
        else if (field == QLatin1String("interval"))
            spec.intervalS = std::nan("");
        else if (field == QLatin1String("omit"))
            spec.omitS = std::nan("");
        else if (field == QLatin1String("duration"))
            spec.durationS = std::numeric_limits<double>::infinity();
        else if (field == QLatin1String("host"))
            host = QStringLiteral("-d");
        else
            spec.congestion = QStringLiteral("-d");
        QString error;
        const QStringList args =
            Iperf3Command::clientArguments(spec, host, 0, Iperf3Command::Output::Json, &error);
        QVERIFY2(args.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(Iperf3Command::clientTimeoutSeconds(spec) >= 30);
    }

    void largestBitrateIsExact() {
        TestSpec spec;
        spec.bitrateBps = TestSpec::MaxBitrateBps;
        const QStringList args = Iperf3Command::clientArguments(spec, QStringLiteral("h"), 0,
                                                                Iperf3Command::Output::Json);
        QCOMPARE(args.value(args.indexOf(QStringLiteral("-b")) + 1),
                 QStringLiteral("1000000000000000"));
    }

    void serverArguments() {
        QCOMPARE(Iperf3Command::serverArguments(5999, QStringLiteral("127.0.0.1"),
                                                Iperf3Command::Output::Text, 30, 0.5),
                 (QStringList{"-s", "-1", "-p", "5999", "-B", "127.0.0.1", "--idle-timeout", "30",
                              "-i", "0.5", "--forceflush"}));
    }

    void clientTimeoutCoversTestAndOmit() {
        TestSpec spec;
        spec.durationS = 10;
        spec.omitS = 3;
        QVERIFY(Iperf3Command::clientTimeoutSeconds(spec) >= 13 + 10);
    }

    void versionProbeParsing_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<bool>("jsonStream");
        QTest::addRow("debian 3.12")
            << QStringLiteral("iperf 3.12 (cJSON 1.7.15)\nLinux vm 6.1 #1 SMP x86_64\nOptional "
                              "features available: CPU affinity setting, IPv6 flow label, SCTP\n")
            << 3 << 12 << false;
        QTest::addRow("3.17.1 streams json")
            << QStringLiteral("iperf 3.17.1 (cJSON 1.7.15)\n") << 3 << 17 << true;
        QTest::addRow("3.9") << QStringLiteral("iperf 3.9 (cJSON 1.7.13)\n") << 3 << 9 << false;
        QTest::addRow("4.0") << QStringLiteral("iperf 4.0\n") << 4 << 0 << true;
    }
    void versionProbeParsing() {
        QFETCH(QString, output);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(bool, jsonStream);
        const Iperf3Info info = Iperf3Info::fromVersionOutput(output);
        QVERIFY(info.found);
        QCOMPARE(info.major, major);
        QCOMPARE(info.minor, minor);
        QCOMPARE(info.hasJsonStream(), jsonStream);
    }

    void versionProbeRejectsGarbage() {
        const Iperf3Info info = Iperf3Info::fromVersionOutput(QStringLiteral("bash: command"));
        QVERIFY(!info.found);
        QVERIFY(!info.error.isEmpty());
    }

    void featuresAreListed() {
        const Iperf3Info info = Iperf3Info::fromVersionOutput(QStringLiteral(
            "iperf 3.12 (cJSON 1.7.15)\nOptional features available: CPU affinity setting, "
            "authentication, bind to device\n"));
        QCOMPARE(info.features,
                 (QStringList{"CPU affinity setting", "authentication", "bind to device"}));
    }
};

QTEST_GUILESS_MAIN(TestIperf3Command)
#include "tst_iperf3command.moc"

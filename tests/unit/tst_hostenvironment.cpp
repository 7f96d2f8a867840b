// HostEnvironment and its parser on recorded kernel files: JSON round trip with nulls for the
// unknown, the route lookup (longest prefix, metric, local addresses, IPv6, rejects), section
// splitting, and the run's "environment" in results documents (absent when not collected).
#include "exec/environmentcollector.h"
#include "model/hostenvironment.h"
#include "model/runresult.h"

#include <QJsonArray>
#include <QTest>

using namespace Perfdeck;

namespace {

// A host with a default route, a /24 on eth0, a more specific /25 on eth1 with two metrics.
const QString kRoute = QStringLiteral(
    "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
    "eth0\t00000000\t0102000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
    "eth0\t0002000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n"
    "eth1\t0002000A\t00000000\t0001\t0\t0\t50\t80FFFFFF\t0\t0\t0\n"
    "eth2\t0002000A\t00000000\t0001\t0\t0\t10\t80FFFFFF\t0\t0\t0\n"
    "down0\t0000A8C0\t00000000\t0000\t0\t0\t0\t0000FFFF\t0\t0\t0\n");

const QString kRoute6 = QStringLiteral(
    "20010db8000000000000000000000000 20 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
    "20010db8000000010000000000000000 40 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth1\n"
    "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n");

EnvironmentCollector::Sections sampleSections() {
    EnvironmentCollector::Sections s;
    s.insert("os-release", "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 "
                           "(bookworm)\"\nID=debian");
    s.insert("kernel", "6.1.0-18-amd64");
    s.insert("machine", "x86_64");
    s.insert("cpu-model", "model name\t: Intel(R) Xeon(R)   CPU E5-2680 v4 @ 2.40GHz");
    s.insert("cpu-count", "4");
    s.insert("route", kRoute);
    s.insert("ipv6_route", kRoute6);
    s.insert("local4", "10.0.2.15\n127.0.0.1");
    s.insert("if_inet6", "20010db8000000010000000000000042 03 40 00 80 eth1");
    s.insert("netdev", "eth0 1500 10000\neth1 9000 -1\neth2 1500\nlo 65536");
    s.insert("tcp_congestion_control", "bbr");
    s.insert("rmem_max", "212992");
    s.insert("wmem_max", "212992");
    s.insert("tcp_rmem", "4096\t131072\t6291456");
    s.insert("tcp_wmem", "4096\t16384\t4194304");
    s.insert("peer", "10.0.2.7");
    return s;
}

} // namespace

class TestHostEnvironment final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseSections() {
        const HostEnvironment e = EnvironmentCollector::parse(sampleSections());
        QCOMPARE(e.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(e.kernel, QStringLiteral("6.1.0-18-amd64"));
        QCOMPARE(e.machine, QStringLiteral("x86_64"));
        QCOMPARE(e.cpuModel, QStringLiteral("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz"));
        QCOMPARE(e.cpuCount, std::optional(4));
        QCOMPARE(e.interfaceName, QStringLiteral("eth2")); // /25, lowest metric
        QCOMPARE(e.mtu, std::optional(1500));
        QVERIFY(!e.linkSpeedMbps); // eth2 reports none: unknown, not 0
        QVERIFY(e.notes.contains(QStringLiteral("eth2 reports no link speed")));
        QCOMPARE(e.congestionControl, QStringLiteral("bbr"));
        QCOMPARE(e.rmemMax, std::optional<qint64>(212992));
        QCOMPARE(e.tcpRmem, QList<qint64>({4096, 131072, 6291456}));
        QCOMPARE(e.tcpWmem, QList<qint64>({4096, 16384, 4194304}));
        QVERIFY(e.collectedAt.isValid());
    }

    void routeInterface_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("interface");
        QTest::addRow("default route") << "198.51.100.9"
                                       << "eth0";
        QTest::addRow("connected /24") << "10.0.2.200"
                                       << "eth0";
        QTest::addRow("longer prefix, lower metric") << "10.0.2.7"
                                                     << "eth2";
        QTest::addRow("own address goes through lo") << "10.0.2.15"
                                                     << "lo";
        QTest::addRow("loopback range") << "127.3.2.1"
                                        << "lo";
        QTest::addRow("route not up is ignored") << "192.168.1.1"
                                                 << "eth0";
        QTest::addRow("ipv6 longest prefix") << "2001:db8:0:1::9"
                                             << "eth1";
        QTest::addRow("ipv6 shorter prefix") << "2001:db8:5::1"
                                             << "eth0";
        QTest::addRow("ipv6 own address") << "2001:db8:0:1::42"
                                          << "lo";
        QTest::addRow("ipv6 loopback") << "::1"
                                       << "lo";
        QTest::addRow("ipv6 only a reject route") << "2a00::1"
                                                  << "";
        QTest::addRow("not an address") << "host.example"
                                        << "";
        QTest::addRow("empty") << ""
                               << "";
    }
    void routeInterface() {
        QFETCH(QString, address);
        QFETCH(QString, interface);
        QCOMPARE(EnvironmentCollector::routeInterface(address, sampleSections()), interface);
    }

    void noRouteIsANote() {
        EnvironmentCollector::Sections s = sampleSections();
        s.insert("route", QString());
        const HostEnvironment e = EnvironmentCollector::parse(s);
        QVERIFY(e.interfaceName.isEmpty());
        QVERIFY(!e.mtu);
        QVERIFY(e.notes.contains(QStringLiteral("no route to 10.0.2.7 found")));
    }

    void splitSections() {
        const auto s = EnvironmentCollector::splitSections(
            "@@peer\n127.0.0.1\n@@kernel\n6.1.0\n\n@@netdev\nlo 65536 \neth0 1500 1000\n@@end\n");
        QCOMPARE(s.value("peer"), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.value("kernel"), QStringLiteral("6.1.0"));
        QCOMPARE(s.value("netdev"), QStringLiteral("lo 65536 \neth0 1500 1000"));
        QVERIFY(s.contains("end"));
    }

    void truncatedAnswerKeepsWhatArrived() {
        const auto s = EnvironmentCollector::splitSections("@@peer\n10.0.2.7\n@@os-release\n"
                                                           "PRETTY_NAME=\"Debian\"\n@@kern");
        const HostEnvironment e = EnvironmentCollector::parse(s);
        QCOMPARE(e.os, QStringLiteral("Debian"));
        QVERIFY(e.kernel.isEmpty());
        QVERIFY(!e.rmemMax);
    }

    void jsonRoundTripWithNulls() {
        HostEnvironment e = EnvironmentCollector::parse(sampleSections());
        e.host = "fra-perf1";
        e.peer = "10.0.2.7";
        e.iperf3Version = "3.12";
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value("interface").toString(), QStringLiteral("eth2"));
        QVERIFY(o.value("link_speed_mbps").isNull());
        QVERIFY(o.value("netperf_version").isNull());
        QCOMPARE(o.value("tcp_rmem").toArray().size(), 3);
        QCOMPARE(o.value("cpu_count").toInt(), 4);
        HostEnvironment back = HostEnvironment::fromJson(o);
        QCOMPARE(back.collectedAt, e.collectedAt);
        QVERIFY(back == e);
        const HostEnvironment empty;
        QVERIFY(empty.toJson().value("mtu").isNull());
        QVERIFY(empty.toJson().value("tcp_rmem").isNull());
        QVERIFY(HostEnvironment::fromJson(empty.toJson()) == empty);
    }

    // Found by fuzz_results (tests/data/fuzz/fuzz_results): a number no integer holds was cast
    // (undefined behaviour); it is left out now, as an unknown value.
    void numbersNoIntegerHoldsAreLeftOut() {
        const QJsonObject o{{"cpu_count", 1e300},
                            {"mtu", 1500.5},
                            {"rmem_max", -4e84},
                            {"wmem_max", 212992},
                            {"tcp_wmem", QJsonArray{4096, 4e84, 4194304}}};
        const HostEnvironment e = HostEnvironment::fromJson(o);
        QVERIFY(!e.cpuCount);
        QVERIFY(!e.mtu);
        QVERIFY(!e.rmemMax);
        QCOMPARE(e.wmemMax, std::optional<qint64>(212992));
        QCOMPARE(e.tcpWmem, (QList<qint64>{4096, 4194304}));
    }

    void runResultCarriesBothEnds() {
        RunResult r;
        r.id = "run-1";
        QVERIFY(!r.toJson().contains("environment")); // imports, old files: no key at all
        HostEnvironment client = EnvironmentCollector::parse(sampleSections());
        client.host = "local";
        r.clientEnvironment = client;
        QJsonObject o = r.toJson();
        QCOMPARE(o.value("environment").toObject().value("client").toObject().value("host"),
                 QJsonValue("local"));
        QVERIFY(o.value("environment").toObject().value("server").isNull());
        const RunResult back = RunResult::fromJson(o);
        QVERIFY(back.clientEnvironment.has_value());
        QVERIFY(*back.clientEnvironment == client);
        QVERIFY(!back.serverEnvironment);
        QVERIFY(back == r);
    }
};

QTEST_GUILESS_MAIN(TestHostEnvironment)
#include "tst_hostenvironment.moc"

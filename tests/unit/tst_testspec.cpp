// TestSpec: the units users type (100M, 128K, EF) and the ranges iperf3 accepts.
#include "model/testspec.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Perfdeck;

class TestTestSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bitrates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("bps");
        QTest::addRow("plain") << "1000000" << 1e6;
        QTest::addRow("mega") << "100M" << 100e6;
        QTest::addRow("giga fraction") << "1.5G" << 1.5e9;
        QTest::addRow("kilo lower") << "500k" << 500e3;
        QTest::addRow("spaces") << " 10 m " << 10e6;
    }
    void bitrates() {
        QFETCH(QString, text);
        QFETCH(double, bps);
        const auto v = parseBitrate(text);
        QVERIFY(v);
        QCOMPARE(*v, bps);
    }

    void badBitrates_data() {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << "";
        QTest::addRow("unit only") << "M";
        QTest::addRow("unknown unit") << "10X";
        QTest::addRow("negative") << "-5M";
        QTest::addRow("two numbers") << "1 2";
    }
    void badBitrates() {
        QFETCH(QString, text);
        QVERIFY(!parseBitrate(text));
    }

    void byteSizesAreBinary() {
        QCOMPARE(*parseByteSize(QStringLiteral("128K")), 131072);
        QCOMPARE(*parseByteSize(QStringLiteral("4M")), 4194304);
        QCOMPARE(*parseByteSize(QStringLiteral("1460")), 1460);
        QVERIFY(!parseByteSize(QStringLiteral("big")));
    }

    void dscp_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addRow("EF") << "EF" << 46;
        QTest::addRow("af41 lower") << "af41" << 34;
        QTest::addRow("CS1") << "CS1" << 8;
        QTest::addRow("numeric") << "46" << 46;
        QTest::addRow("hex") << "0x2e" << 46;
        QTest::addRow("zero") << "0" << 0;
    }
    void dscp() {
        QFETCH(QString, text);
        QFETCH(int, code);
        QCOMPARE(*parseDscp(text), code);
    }

    void badDscp() {
        QVERIFY(!parseDscp(QStringLiteral("64")));
        QVERIFY(!parseDscp(QStringLiteral("AF5")));
        QVERIFY(!parseDscp(QStringLiteral("-1")));
    }

    void validation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedWord");
        QTest::addRow("parallel too high") << "parallel"
                                           << "parallel";
        QTest::addRow("interval too small") << "interval"
                                            << "interval";
        QTest::addRow("zero duration") << "duration"
                                       << "duration";
        QTest::addRow("bad dscp") << "dscp"
                                  << "DSCP";
        QTest::addRow("netperf bidir") << "netperf"
                                       << "netperf";
        QTest::addRow("host like an option") << "host"
                                             << "must not start with '-'";
        QTest::addRow("congestion like an option") << "congestion"
                                                   << "must not start with '-'";
        QTest::addRow("bitrate beyond 1000T") << "bitrate"
                                              << "bitrate";
        QTest::addRow("nan interval") << "nan interval"
                                      << "interval";
    }
    void validation() {
        QFETCH(QString, field);
        QFETCH(QString, expectedWord);
        TestSpec s;
        QVERIFY(s.validate().isEmpty());
        if (field == QLatin1String("parallel"))
            s.parallel = 129;
        else if (field == QLatin1String("interval"))
            s.intervalS = 0.05;
        else if (field == QLatin1String("duration"))
            s.durationS = 0;
        else if (field == QLatin1String("dscp"))
            s.dscp = QStringLiteral("XX");
        else if (field == QLatin1String("host"))
            s.host = QStringLiteral("-oProxyCommand=x");
        else if (field == QLatin1String("congestion"))
            s.congestion = QStringLiteral("-d");
        else if (field == QLatin1String("bitrate"))
            s.bitrateBps = *parseBitrate(QStringLiteral("99999999999T"));
        else if (field == QLatin1String("nan interval"))
            s.intervalS = std::nan("");
        else {
            s.engine = Engine::Netperf;
            s.direction = Direction::Bidir;
        }
        QVERIFY2(s.validate().contains(expectedWord), qPrintable(s.validate()));
    }

    void jsonRoundTrip() {
        TestSpec s;
        s.protocol = Protocol::Udp;
        s.direction = Direction::Bidir;
        s.host = QStringLiteral("10.0.0.2");
        s.port = 5202;
        s.durationS = 30;
        s.parallel = 8;
        s.bitrateBps = 250e6;
        s.burstPackets = 10;
        s.dscp = QStringLiteral("AF41");
        s.intervalS = 0.5;
        s.omitS = 1;
        s.lengthBytes = 1200;
        s.windowBytes = 1 << 20;
        s.congestion = QStringLiteral("bbr");
        s.getServerOutput = true;
        s.liveClientText = true;
        s.repeat = 5;
        QString error;
        const TestSpec back = TestSpec::fromJson(s.toJson(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back, s);
    }

    // Numbers from a file that do not fit their field are named, never silently defaulted or
    // converted with undefined behaviour (a session with "port": 1e300).
    void jsonRejectsOutOfRangeNumbers_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addRow("port 1e300") << "port" << 1e300;
        QTest::addRow("negative port") << "port" << -1.0;
        QTest::addRow("fractional streams") << "parallel" << 2.5;
        QTest::addRow("huge window") << "window_bytes" << 1e300;
        QTest::addRow("huge length") << "length_bytes" << -1e300;
        QTest::addRow("repeat zero") << "repeat" << 0.0;
        QTest::addRow("request size") << "request_size" << 1e10;
    }
    void jsonRejectsOutOfRangeNumbers() {
        QFETCH(QString, key);
        QFETCH(double, value);
        QJsonObject o = TestSpec().toJson();
        o.insert(key, value);
        QString error;
        TestSpec::fromJson(o, &error);
        QVERIFY2(error.startsWith(key + QLatin1Char(':')), qPrintable(error));
    }

    void targetLabels() {
        TestSpec s;
        QCOMPARE(s.targetLabel(), QStringLiteral("127.0.0.1 (embedded)"));
        s.host = QStringLiteral("::1");
        s.port = 5201;
        QCOMPARE(s.targetLabel(), QStringLiteral("[::1]:5201"));
    }
};

QTEST_GUILESS_MAIN(TestTestSpec)
#include "tst_testspec.moc"

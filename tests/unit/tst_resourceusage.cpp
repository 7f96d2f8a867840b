// ResourceUsage, the "resources" of a run: means, p90 and maxima from the samples, the
// CPU-bound warning a user reads on the run, per-host totals, and the JSON round trip (null
// link speed stays null; the key is absent from a run that was not measured).
#include "model/resourceusage.h"
#include "model/runresult.h"

#include <QJsonArray>
#include <QTest>

using namespace Perfdeck;

namespace {

ProcessUsage process(const QString &role, const QList<double> &cpu) {
    ProcessUsage p;
    p.host = QStringLiteral("lab-a");
    p.role = role;
    p.pid = 4242;
    p.program = QStringLiteral("iperf3");
    double t = 1;
    for (double c : cpu)
        p.samples << ProcessSample{t++, c, 8.0 * 1024 * 1024};
    return p;
}

InterfaceUsage iface(const QString &host, const QString &name, OptDouble speed,
                     const QList<double> &rx) {
    InterfaceUsage i;
    i.host = host;
    i.name = name;
    i.speedBps = speed;
    double t = 1;
    for (double r : rx) {
        InterfaceSample s;
        s.t = t++;
        s.rxBps = r;
        s.txBps = r / 2;
        s.rxPps = r / 12000;
        s.txPps = 0;
        s.rxErrorsPerS = 0;
        s.txErrorsPerS = 0;
        s.rxDropsPerS = 0;
        s.txDropsPerS = 0;
        if (speed)
            s.utilisationPercent = 100 * r / *speed;
        i.samples << s;
    }
    return i;
}

} // namespace

class TestResourceUsage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cpuFigures() {
        const ProcessUsage p =
            process(QStringLiteral("client"), {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        QCOMPARE(p.cpuMeanPercent().value(), 55.0);
        QCOMPARE(p.cpuP90Percent().value(), 90.0);
        QCOMPARE(p.cpuMaxPercent().value(), 100.0);
        QCOMPARE(p.rssMaxBytes().value(), 8.0 * 1024 * 1024);
        QVERIFY(!ProcessUsage().cpuMeanPercent());
    }

    void cpuBoundWarning_data() {
        QTest::addColumn<QList<double>>("cpu");
        QTest::addColumn<QString>("warning");
        QTest::addRow("idle") << QList<double>{1, 2, 1, 0} << QString();
        QTest::addRow("busy all the time")
            << QList<double>{97, 96, 98, 97}
            << QStringLiteral("client iperf3 on lab-a used 97 % of a core: the result may be "
                              "the host's limit, not the network's");
        // Mean 64 %, but 9 of 10 samples pinned: p90 decides.
        QTest::addRow("busy after a slow start")
            << QList<double>{0, 0, 0, 0, 99, 99, 99, 99, 99, 99}
            << QStringLiteral("client iperf3 on lab-a used 99 % of a core: the result may be "
                              "the host's limit, not the network's");
        QTest::addRow("just below the limit") << QList<double>{90, 90, 90} << QString();
    }
    void cpuBoundWarning() {
        QFETCH(QList<double>, cpu);
        QFETCH(QString, warning);
        ResourceUsage usage;
        usage.processes << process(QStringLiteral("client"), cpu);
        const QStringList warnings = usage.cpuBoundWarnings();
        QCOMPARE(warnings.join(QLatin1Char('\n')), warning);
    }

    void hostTotalsSumInterfacesPerHost() {
        ResourceUsage usage;
        usage.interfaces << iface(QStringLiteral("a"), QStringLiteral("eth0"), 1e9, {100, 200})
                         << iface(QStringLiteral("a"), QStringLiteral("lo"), {}, {1000, 2000})
                         << iface(QStringLiteral("b"), QStringLiteral("eth0"), 1e9, {7, 7});
        const QList<InterfaceUsage> totals = usage.hostTotals();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).host, QStringLiteral("a"));
        QCOMPARE(totals.at(0).name, QStringLiteral("total"));
        QCOMPARE(totals.at(0).samples.size(), 2);
        QCOMPARE(totals.at(0).samples.at(1).rxBps.value(), 2200.0);
        QVERIFY(!totals.at(0).samples.at(1).utilisationPercent);
        QCOMPARE(totals.at(1).mean(&InterfaceSample::rxBps).value(), 7.0);
    }

    void jsonRoundTrip() {
        ResourceUsage usage;
        usage.intervalS = 0.5;
        usage.processes << process(QStringLiteral("client"), {50, 60})
                        << process(QStringLiteral("server"), {5, 6});
        usage.processes[1].samples[0].cpuPercent.reset(); // first sample has no delta
        usage.interfaces << iface(QStringLiteral("a"), QStringLiteral("lo"), {}, {8e9, 9e9})
                         << iface(QStringLiteral("a"), QStringLiteral("eth0"), 1e10, {1e9});
        usage.notes << QStringLiteral("host b: sampler ended: connection lost");

        const QJsonObject json = usage.toJson();
        const QJsonObject lo = json.value(QLatin1String("interfaces")).toArray().at(0).toObject();
        QVERIFY(lo.value(QLatin1String("speed_bps")).isNull());
        QVERIFY(lo.value(QLatin1String("utilisation_percent_mean")).isNull());
        QCOMPARE(lo.value(QLatin1String("rx_bps_max")).toDouble(), 9e9);
        const QJsonObject eth = json.value(QLatin1String("interfaces")).toArray().at(1).toObject();
        QCOMPARE(eth.value(QLatin1String("utilisation_percent_max")).toDouble(), 10.0);
        const QJsonObject server =
            json.value(QLatin1String("processes")).toArray().at(1).toObject();
        QCOMPARE(server.value(QLatin1String("cpu_mean_percent")).toDouble(), 6.0);
        QCOMPARE(server.value(QLatin1String("samples")).toArray().at(0).toArray(),
                 (QJsonArray{1.0, QJsonValue(QJsonValue::Null), 8.0 * 1024 * 1024}));
        QCOMPARE(json.value(QLatin1String("totals")).toArray().size(), 1);

        QCOMPARE(ResourceUsage::fromJson(json), usage);

        RunResult run;
        run.id = QStringLiteral("r1");
        QVERIFY(!run.toJson().contains(QLatin1String("resources")));
        run.resources = usage;
        const RunResult back = RunResult::fromJson(run.toJson());
        QVERIFY(back.resources);
        QCOMPARE(*back.resources, usage);
    }
};

QTEST_GUILESS_MAIN(TestResourceUsage)
#include "tst_resourceusage.moc"

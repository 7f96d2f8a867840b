// Traffic patterns: the grammar of `run --pattern` (qos/TrafficPattern) and what both ends make
// of it: the requested rate over time, TCP's iperf3 phases, and the probe's pacer (src/probe
// RatePattern), whose datagram due times must add up to the requested rate.
#include "model/testspec.h"
#include "qos/trafficpattern.h"
#include "ratepattern.h"

#include <QTest>

#include <cmath>

using Perfdeck::TestSpec;
using Perfdeck::TrafficPattern;

namespace {

bool near(double a, double b, double relative = 1e-9) {
    return std::fabs(a - b) <= relative * std::max(1.0, std::fabs(b));
}

} // namespace

class TstTrafficPattern final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDocumentedGrammar_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("cycleS");
        QTest::addColumn<QList<double>>("probes"); // t, rate pairs
        QTest::addRow("constant") << "constant:50M" << 1.0 << QList<double>{0, 50e6, 0.7, 50e6};
        QTest::addRow("bare rate is constant") << "2.5G" << 1.0 << QList<double>{0.2, 2.5e9};
        QTest::addRow("on/off") << "onoff:50M,1s,2s" << 3.0
                                << QList<double>{0.5, 50e6, 1.5, 0, 2.9, 0, 3.2, 50e6};
        QTest::addRow("on/off in ms")
            << "onoff:10M,500ms,250ms" << 0.75 << QList<double>{0.4, 10e6, 0.6, 0, 0.8, 10e6};
        QTest::addRow("ramp") << "ramp:10M..100M/10s" << 10.0
                              << QList<double>{0, 10e6, 5, 55e6, 9.999999, 100e6, 10, 10e6};
        QTest::addRow("ramp down") << "ramp:100M..0/4s" << 4.0 << QList<double>{1, 75e6, 3, 25e6};
        QTest::addRow("sine") << "sine:50M,20M,4s" << 4.0
                              << QList<double>{0, 50e6, 1, 70e6, 2, 50e6, 3, 30e6};
        QTest::addRow("steps") << "steps:10M/2s,40M/2s,20M/2s" << 6.0
                               << QList<double>{1, 10e6, 3, 40e6, 5, 20e6, 7, 10e6};
        QTest::addRow("steps with a ramp")
            << "steps:10M/1s,10M..30M/2s" << 3.0 << QList<double>{0.5, 10e6, 2, 20e6};
        QTest::addRow("case and spaces") << " Ramp:1m..2M/1S " << 1.0 << QList<double>{0.5, 1.5e6};
    }
    void parsesTheDocumentedGrammar() {
        QFETCH(QString, spec);
        QFETCH(double, cycleS);
        QFETCH(QList<double>, probes);
        QString error;
        const auto p = TrafficPattern::parse(spec, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->cycleS(), cycleS);
        for (qsizetype i = 0; i + 1 < probes.size(); i += 2)
            QVERIFY2(near(p->rateAt(probes[i]), probes[i + 1], 1e-6),
                     qPrintable(QStringLiteral("at %1 s: %2, expected %3")
                                    .arg(probes[i])
                                    .arg(p->rateAt(probes[i]))
                                    .arg(probes[i + 1])));
    }

    void refusesWithAReason_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::addRow("empty") << ""
                               << "empty";
        QTest::addRow("unknown kind") << "square:1M"
                                      << "unknown kind 'square'";
        QTest::addRow("bad rate") << "constant:fast"
                                  << "'fast' is not a rate";
        QTest::addRow("negative rate") << "constant:-5M"
                                       << "is not a rate";
        QTest::addRow("on/off without times") << "onoff:50M"
                                              << "on/off takes";
        QTest::addRow("bad duration") << "onoff:50M,1x,2s"
                                      << "'1x' is not a duration";
        QTest::addRow("zero duration") << "steps:10M/0s"
                                       << "is not a duration";
        QTest::addRow("ramp without range") << "ramp:10M/5s"
                                            << "FROM..TO/DURATION";
        QTest::addRow("step without duration") << "steps:10M,20M/1s"
                                               << "needs RATE/DURATION";
        QTest::addRow("sine below zero") << "sine:10M,20M,4s"
                                         << "must not exceed the mean";
        QTest::addRow("never sends") << "steps:0/1s,0/2s"
                                     << "never sends";
        // Found by fuzz_trafficpattern (tests/data/fuzz/fuzz_trafficpattern): a ramp over
        // 8.1e-89 s had an infinite slope and NaN rates; a rate above 1 Tbit/s passed here
        // and was refused only by perfdeck-probe once the run had started.
        QTest::addRow("ramp over 1e-89 s") << "ramp:100M..0/81e-90s"
                                           << "'81e-90s' is shorter than 1 ms";
        QTest::addRow("sine period under 1 ms") << "sine:50M,20M,0.5ms"
                                                << "'0.5ms' is shorter than 1 ms";
        QTest::addRow("rate above the probe's") << "onoff:1111110M,051ms,250ms"
                                                << "'1111110M' is above 1T";
        // Found by the CI fuzz pass: each rate at most 1T, but a peak of 1T + 1 bit/s, which
        // perfdeck-probe refused.
        QTest::addRow("sine peak above the probe's") << "sine:1t,1,10.5Ms"
                                                     << "the peak rate (1t + 1) is above 1T";
    }
    void refusesWithAReason() {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!TrafficPattern::parse(spec, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void meanRateIsTheIntegral() {
        QString error;
        const auto ramp = TrafficPattern::parse(QStringLiteral("ramp:10M..100M/10s"), &error);
        QVERIFY(ramp);
        QVERIFY(near(ramp->meanBps(0, 10), 55e6));
        QVERIFY(near(ramp->meanBps(2, 4), 37e6));
        // Across the cycle's end: 9..10 s at 95.5M mean, then 10..11 s at 14.5M.
        QVERIFY(near(ramp->meanBps(9, 11), 55e6));
        const auto onoff = TrafficPattern::parse(QStringLiteral("onoff:30M,1s,2s"), &error);
        QVERIFY(onoff);
        QVERIFY(near(onoff->meanBps(0, 30), 10e6));
        QVERIFY(near(onoff->meanBps(0.5, 1.5), 15e6));
    }

    void tcpPhasesAreWholeSeconds_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("duration");
        QTest::addColumn<QList<double>>("expected"); // start, duration, rate triples
        QTest::addRow("constant is one phase")
            << "constant:100M" << 5.0 << QList<double>{0, 5, 100e6};
        QTest::addRow("steps") << "steps:10M/2s,40M/2s,20M/2s" << 6.0
                               << QList<double>{0, 2, 10e6, 2, 2, 40e6, 4, 2, 20e6};
        QTest::addRow("steps repeat and are cut")
            << "steps:10M/2s,40M/2s" << 5.0 << QList<double>{0, 2, 10e6, 2, 2, 40e6, 4, 1, 10e6};
        QTest::addRow("ramp in 1 s steps at their mean")
            << "ramp:10M..50M/4s" << 4.0
            << QList<double>{0, 1, 15e6, 1, 1, 25e6, 2, 1, 35e6, 3, 1, 45e6};
        QTest::addRow("on/off keeps its off phase")
            << "onoff:100M,1s,2s" << 6.0
            << QList<double>{0, 1, 100e6, 1, 2, 0, 3, 1, 100e6, 4, 2, 0};
        // Found by fuzz_trafficpattern: 0.1 s and the 0.9 s left of the next phase (at the same
        // rate) made 0.9999999999999999 s.
        QTest::addRow("tenths that add up to a second")
            << "steps:0M/1s,10..30M/2s,0/.1s,0M/2" << 4.0
            << QList<double>{0, 1, 0, 1, 1, 7500007.5, 2, 1, 22500002.5, 3, 1, 0};
    }
    void tcpPhasesAreWholeSeconds() {
        QFETCH(QString, spec);
        QFETCH(double, duration);
        QFETCH(QList<double>, expected);
        QString error;
        const auto p = TrafficPattern::parse(spec, &error);
        QVERIFY2(p, qPrintable(error));
        const auto phases = p->tcpPhases(duration, &error);
        QVERIFY2(phases, qPrintable(error));
        QCOMPARE(phases->size() * 3, expected.size());
        for (qsizetype i = 0; i < phases->size(); ++i) {
            QVERIFY(near(phases->at(i).startS, expected[3 * i]));
            QVERIFY(near(phases->at(i).durationS, expected[3 * i + 1]));
            QVERIFY(phases->at(i).durationS == std::round(phases->at(i).durationS)); // exactly
            QVERIFY2(near(phases->at(i).bps, expected[3 * i + 2], 1e-9),
                     qPrintable(QString::number(phases->at(i).bps)));
        }
    }

    void tcpRefusesFractionsOfSeconds() {
        QString error;
        const auto p = TrafficPattern::parse(QStringLiteral("onoff:50M,500ms,1s"), &error);
        QVERIFY(p);
        QVERIFY(!p->tcpPhases(10, &error));
        QVERIFY2(error.contains(QLatin1String("whole seconds")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("0.5 s")), qPrintable(error));
    }

    void specValidatesItsPattern_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("says"); // empty: valid
        QTest::addRow("tcp steps") << "steps:10M/2s,20M/2s" << false << ""
                                   << "";
        QTest::addRow("udp sine") << "sine:50M,20M,4s" << true << ""
                                  << "";
        QTest::addRow("tcp half seconds") << "onoff:5M,1s,500ms" << false << ""
                                          << "whole seconds";
        QTest::addRow("udp half seconds") << "onoff:5M,1s,500ms" << true << ""
                                          << "";
        QTest::addRow("with bitrate") << "constant:5M" << false << "bitrate"
                                      << "not both";
        QTest::addRow("netperf") << "constant:5M" << false << "netperf"
                                 << "netperf cannot";
        QTest::addRow("udp parallel") << "constant:5M" << true << "parallel"
                                      << "parallel streams must be 1";
        QTest::addRow("udp reverse") << "constant:5M" << true << "reverse"
                                     << "reverse is not possible";
        QTest::addRow("bad grammar") << "ramp:5M" << false << ""
                                     << "FROM..TO";
        QTest::addRow("udp too many packets") << "constant:100G" << true << ""
                                              << "packets per second";
    }
    void specValidatesItsPattern() {
        QFETCH(QString, pattern);
        QFETCH(bool, udp);
        QFETCH(QString, extra);
        QFETCH(QString, says);
        TestSpec s;
        s.durationS = 4;
        s.pattern = pattern;
        if (udp)
            s.protocol = Perfdeck::Protocol::Udp;
        if (extra == QLatin1String("bitrate"))
            s.bitrateBps = 5e6;
        else if (extra == QLatin1String("netperf"))
            s.engine = Perfdeck::Engine::Netperf;
        else if (extra == QLatin1String("parallel"))
            s.parallel = 2;
        else if (extra == QLatin1String("reverse"))
            s.direction = Perfdeck::Direction::Receive;
        const QString problem = s.validate();
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
        // A pattern survives the session's JSON.
        QCOMPARE(TestSpec::fromJson(s.toJson()).pattern, pattern);
    }

    // The probe paces datagram k at the time the pattern has asked for k datagrams' bits: over
    // any window the datagrams due in it carry the requested rate (to one datagram).
    void probePacerFollowsThePattern_data() {
        QTest::addColumn<QString>("spec");
        QTest::addRow("ramp") << "ramp:10M..100M/10s";
        QTest::addRow("on/off") << "onoff:20M,1s,2s";
        QTest::addRow("sine") << "sine:50M,20M,4s";
        QTest::addRow("steps with a pause") << "steps:10M/1s,0/1s,40M/2s";
        // Found by fuzz_trafficpattern: 2.7 bit/s went to the probe as 3 bit/s.
        QTest::addRow("fractional rate") << "onoff:2.7,5ms,28.233ms";
    }
    void probePacerFollowsThePattern() {
        QFETCH(QString, spec);
        QString error;
        const auto p = TrafficPattern::parse(spec, &error);
        QVERIFY2(p, qPrintable(error));
        probe::RatePattern r;
        std::string problem;
        QVERIFY2(probe::RatePattern::parse(p->probeArgument().toStdString(), &r, &problem),
                 problem.c_str());
        const double bitsPerDatagram = 1200 * 8;
        const double duration = 2 * p->cycleS() + 0.5;
        for (double from = 0; from + 0.25 <= duration; from += 0.25) {
            const double to = from + 0.25;
            // Datagrams k with due time in [from, to).
            const auto first = std::ceil(r.bitsUntil(from) / bitsPerDatagram - 1e-9);
            const auto last = std::ceil(r.bitsUntil(to) / bitsPerDatagram - 1e-9);
            double count = 0;
            for (double k = std::max(0.0, first - 2); k <= last + 2; ++k) {
                const double t = r.timeForBits(k * bitsPerDatagram);
                if (t >= from - 1e-12 && t < to - 1e-12)
                    ++count;
            }
            const double requested = p->meanBps(from, to) * 0.25 / bitsPerDatagram;
            QVERIFY2(std::fabs(count - requested) <= 1.0 + 1e-9,
                     qPrintable(QStringLiteral("%1..%2 s: %3 datagrams due, %4 requested")
                                    .arg(from)
                                    .arg(to)
                                    .arg(count)
                                    .arg(requested)));
            QVERIFY(near(r.meanBps(from, to), p->meanBps(from, to), 1e-6));
        }
    }
};

QTEST_GUILESS_MAIN(TstTrafficPattern)
#include "tst_trafficpattern.moc"

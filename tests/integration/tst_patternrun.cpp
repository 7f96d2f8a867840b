// Traffic patterns on loopback with the real tools: `perfdeck-cli run --pattern` drives
// perfdeck-probe's paced sender (UDP) or a sequence of iperf3 tests (TCP) against servers it
// starts on 127.0.0.1. Every interval stores the rate the pattern requested (target_bps, equal
// to the pattern's mean over the interval), and every phase of the pattern achieves its
// requested rate within 5 %; a phase at rate 0 sends nothing.
#include "model/format.h"
#include "model/testspec.h"
#include "qos/patternphases.h"
#include "qos/trafficpattern.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using Perfdeck::PatternPhases;
using Perfdeck::TestSpec;
using Perfdeck::TrafficPattern;

class TstPatternRun final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        qputenv("PERFDECK_PROBE", PERFDECK_PROBE_BIN);
    }

    void achievesEveryPhase_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<double>("duration"); // 0: the pattern's own length
        QTest::addColumn<double>("interval");
        QTest::addRow("udp steps") << "steps:10M/1s,40M/1s,20M/1s" << true << 0.0 << 0.5;
        QTest::addRow("udp ramp") << "ramp:10M..50M/4s" << true << 0.0 << 0.5;
        QTest::addRow("udp on/off") << "onoff:20M,1s,1s" << true << 4.0 << 0.5;
        QTest::addRow("udp sine") << "sine:30M,10M,2s" << true << 4.0 << 0.25;
        QTest::addRow("tcp steps") << "steps:50M/2s,150M/2s,100M/2s" << false << 0.0 << 0.5;
        QTest::addRow("tcp ramp") << "ramp:20M..100M/4s" << false << 0.0 << 0.5;
        QTest::addRow("tcp on/off") << "onoff:80M,1s,1s" << false << 4.0 << 0.5;
    }
    void achievesEveryPhase() {
        QFETCH(QString, pattern);
        QFETCH(bool, udp);
        QFETCH(double, duration);
        QFETCH(double, interval);
        QTemporaryDir dir;
        const QString results = dir.filePath(QStringLiteral("r.json"));
        QStringList args{QStringLiteral("run"),
                         QStringLiteral("--pattern"),
                         pattern,
                         QStringLiteral("--interval"),
                         QString::number(interval),
                         QStringLiteral("--json"),
                         results,
                         QStringLiteral("--no-history")};
        if (udp)
            args << QStringLiteral("--udp");
        if (duration > 0)
            args << QStringLiteral("--duration") << QString::number(duration);
        const auto r = TestHelpers::runCli(args, 90000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject run =
            TestHelpers::readJson(results).value(QLatin1String("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.value(QLatin1String("engine")).toString(),
                 udp ? QStringLiteral("probe") : QStringLiteral("iperf3"));

        QString error;
        const auto p = TrafficPattern::parse(pattern, &error);
        QVERIFY2(p, qPrintable(error));
        TestSpec spec;
        spec.pattern = pattern;
        spec.protocol = udp ? Perfdeck::Protocol::Udp : Perfdeck::Protocol::Tcp;
        spec.durationS = duration > 0 ? duration : p->cycleS();

        QList<Perfdeck::IntervalSample> intervals;
        for (const QJsonValue &v : run.value(QLatin1String("intervals")).toArray()) {
            const auto i = Perfdeck::IntervalSample::fromJson(v.toObject());
            QVERIFY2(i.targetBps, "every interval stores the rate it requested (target_bps)");
            if (udp) {
                // The probe asks for the pattern's exact mean over the interval.
                const double expected = p->meanBps(i.startS, i.endS);
                QVERIFY2(std::fabs(*i.targetBps - expected) <= 1e-6 * expected + 1,
                         qPrintable(QStringLiteral("%1..%2 s: target %3, pattern %4")
                                        .arg(i.startS)
                                        .arg(i.endS)
                                        .arg(*i.targetBps)
                                        .arg(expected)));
            }
            intervals << i;
        }
        QVERIFY(intervals.size() >= int(spec.durationS / interval) - 1);

        // The pattern's phases as the run is judged by them (those shorter than two intervals
        // hold no whole interval), and every whole second of the run.
        QList<TrafficPattern::Phase> ofPattern, seconds;
        for (const TrafficPattern::Phase &phase :
             PatternPhases::judged(pattern, spec.protocol, spec.durationS))
            if (phase.durationS >= 2 * interval - 1e-9)
                ofPattern << phase;
        for (double t = 0; t + 1 <= spec.durationS + 1e-9; t += 1)
            seconds << TrafficPattern::Phase{t, 1, p->meanBps(t, t + 1)};
        const QList<TrafficPattern::Phase> phases = ofPattern + seconds;
        const QList<PatternPhases::Phase> summary = PatternPhases::measure(ofPattern, intervals) +
                                                    PatternPhases::measure(seconds, intervals);
        QVERIFY2(
            summary.size() >= phases.size() - 1,
            qPrintable(
                QStringLiteral("%1 of %2 phases measured").arg(summary.size()).arg(phases.size())));
        const QString all = QString::fromUtf8(
            QJsonDocument(PatternPhases::toJson(summary)).toJson(QJsonDocument::Compact));
        for (const PatternPhases::Phase &phase : summary) {
            if (phase.targetBps <= 0) {
                // The probe counts a datagram in the interval it was sent in, however late its
                // echo: an off phase shows exactly nothing, even on a loaded machine.
                if (udp)
                    QVERIFY2(phase.achievedBps == 0, qPrintable(all));
                else
                    QVERIFY2(phase.achievedBps <= 0.01 * p->peakBps(), qPrintable(all));
                continue;
            }
            QVERIFY2(std::fabs(phase.achievedBps - phase.targetBps) <= 0.05 * phase.targetBps,
                     qPrintable(all));
            if (udp) // loopback loses nothing at these rates
                QVERIFY2(phase.lostPercent && *phase.lostPercent < 1, qPrintable(all));
        }

        // A TCP pattern is one iperf3 test per phase at a non-zero rate: the results file has
        // each one's command, in order, at its phase's rate (`command` is the first).
        if (!udp) {
            QString phaseError;
            const auto tcp = p->tcpPhases(spec.durationS, &phaseError);
            QVERIFY2(tcp, qPrintable(phaseError));
            QList<double> rates;
            for (const TrafficPattern::Phase &phase : *tcp)
                if (phase.bps > 0)
                    rates << phase.bps;
            const QJsonArray commands = run.value(QLatin1String("phase_commands")).toArray();
            QCOMPARE(commands.size(), rates.size());
            QCOMPARE(commands.first().toArray(), run.value(QLatin1String("command")).toArray());
            for (int i = 0; i < commands.size(); ++i) {
                const QJsonArray args = commands.at(i).toArray();
                const qsizetype b = args.toVariantList().indexOf(QStringLiteral("-b"));
                QVERIFY2(b >= 0 && b + 1 < args.size(), qPrintable(QJsonDocument(args).toJson()));
                QCOMPARE(args.at(b + 1).toString().toDouble(), rates.at(i));
            }
        } else {
            QVERIFY(!run.contains(QLatin1String("phase_commands")));
        }

        // The results file keeps the pattern and says how each phase went, and the CLI prints
        // the same phases: requested next to achieved.
        QCOMPARE(run.value(QLatin1String("pattern")).toString(), pattern);
        const QJsonArray saved = run.value(QLatin1String("phases")).toArray();
        QVERIFY2(!saved.isEmpty(), qPrintable(QJsonDocument(run).toJson()));
        QVERIFY2(r.out.contains(QStringLiteral("pattern %1, requested and achieved rate per "
                                               "phase")
                                    .arg(pattern)),
                 qPrintable(r.out + r.err));
        for (const QJsonValue &v : saved) {
            const QJsonObject phase = v.toObject();
            const double target = phase.value(QLatin1String("target_bps")).toDouble();
            const double achieved = phase.value(QLatin1String("achieved_bps")).toDouble();
            if (target > 0 && phase.value(QLatin1String("end_s")).toDouble() -
                                      phase.value(QLatin1String("start_s")).toDouble() >=
                                  2 * interval - 1e-9)
                QVERIFY2(std::fabs(achieved - target) <= 0.05 * target,
                         qPrintable(QJsonDocument(saved).toJson()));
            // UDP phases that sent something say what they lost; an off phase sent nothing to
            // lose (no percentage of zero datagrams); TCP has no datagram loss.
            if (!udp)
                QVERIFY(!phase.contains(QLatin1String("lost_percent")));
            else if (target > 0)
                QVERIFY2(phase.contains(QLatin1String("lost_percent")),
                         qPrintable(QJsonDocument(saved).toJson()));
            QVERIFY2(r.out.contains(QStringLiteral("requested %1, achieved %2")
                                        .arg(Perfdeck::Format::bitrate(target),
                                             Perfdeck::Format::bitrate(achieved))),
                     qPrintable(r.out));
        }
    }

    void refusesWhatCannotRun_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::addRow("grammar") << QStringList{"--pattern", "ramp:5M"} << "FROM..TO";
        QTest::addRow("tcp half seconds")
            << QStringList{"--pattern", "onoff:5M,500ms,1s"} << "whole seconds";
        QTest::addRow("with bitrate")
            << QStringList{"--pattern", "constant:5M", "--bitrate", "5M"} << "not both";
    }
    void refusesWhatCannotRun() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto r = TestHelpers::runCli(
            QStringList{QStringLiteral("run"), QStringLiteral("--no-history")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstPatternRun)
#include "tst_patternrun.moc"

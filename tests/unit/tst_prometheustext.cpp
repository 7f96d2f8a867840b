// The Prometheus exposition of the live runs: HELP/TYPE for each family, the documented names
// and labels, label values escaped (checked by the real promtool where installed), unknown
// values left out rather than 0, and runs_active.
#include "../integration/testhelpers.h"
#include "exec/jobrunner.h"
#include "monitor/liveruns.h"
#include "monitor/prometheustext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Perfdeck;

namespace {

// LiveRuns only listens to a runner's signals: a runner that never starts a process is fed
// the signals a real run sends, so the text can be checked for every odd label.
struct FedRunner {
    JobRunner runner;
    LiveRuns live;
    FedRunner() { live.attach(&runner); }
    void start(int index, const QString &id, const TestSpec &spec) {
        Q_EMIT runner.runStarted(index, id, spec);
    }
    void sample(int index, double bps, std::optional<double> retransmits, double endS) {
        IntervalSample s;
        s.startS = endS - 1;
        s.endS = endS;
        s.bps = bps;
        s.retransmits = retransmits;
        Q_EMIT runner.intervalSample(index, s);
    }
};

QString promtool() {
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

} // namespace

class TestPrometheusText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelValuesAreEscaped_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("plain") << QStringLiteral("lab-1") << QByteArray("lab-1");
        QTest::addRow("double quote") << QStringLiteral("a\"b") << QByteArray("a\\\"b");
        QTest::addRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QByteArray("a\\nb");
        QTest::addRow("utf-8 kept")
            << QStringLiteral("m\u00fcnchen") << QByteArray("m\xc3\xbcnchen");
        QTest::addRow("braces and comma kept") << QStringLiteral("{a,b}") << QByteArray("{a,b}");
    }
    void labelValuesAreEscaped() {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(prometheusLabelValue(value), expected);
    }

    void numbers_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("integer") << 42.0 << QByteArray("42");
        QTest::addRow("zero") << 0.0 << QByteArray("0");
        QTest::addRow("fraction") << 0.25 << QByteArray("0.25");
        QTest::addRow("gigabits") << 9.41e9 << QByteArray("9410000000");
        QTest::addRow("huge") << 1e20 << QByteArray("1e+20");
        QTest::addRow("nan") << qQNaN() << QByteArray("NaN");
        QTest::addRow("inf") << qInf() << QByteArray("+Inf");
    }
    void numbers() {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(prometheusNumber(value), expected);
    }

    void everyFamilyHasHelpTypeAndItsSamples() {
        FedRunner fed;
        TestSpec spec;
        spec.clientHost = QStringLiteral("lab \"a\"");
        spec.serverHost = QStringLiteral("lab\\b");
        fed.start(0, QStringLiteral("run-1"), spec);
        fed.sample(0, 1.5e9, 3, 1);
        fed.sample(0, 2e9, 4, 2);
        TestSpec udp;
        udp.protocol = Protocol::Udp;
        fed.start(1, QStringLiteral("run-2"), udp);
        const QByteArray text = prometheusText(fed.live);
        const QByteArray labels1 = "{run=\"run-1\",engine=\"iperf3\",protocol=\"tcp\","
                                   "client=\"lab \\\"a\\\"\",server=\"lab\\\\b\"}";
        const QByteArray throughput =
            "perfdeck_run_throughput_bits_per_second" + labels1 + " 2000000000\n";
        QVERIFY2(text.contains(throughput), text.constData());
        QVERIFY(text.contains(QByteArray("perfdeck_run_retransmits_total" + labels1 + " 7\n")));
        QVERIFY(text.contains(QByteArray("perfdeck_run_progress_ratio" + labels1 + " 0.2\n")));
        QVERIFY(text.contains("# TYPE perfdeck_run_retransmits_total counter\n"));
        QVERIFY(text.contains("# TYPE perfdeck_run_throughput_bits_per_second gauge\n"));
        QVERIFY(text.contains("# HELP perfdeck_runs_active "));
        QVERIFY(text.contains("\nperfdeck_runs_active 2\n"));
        QVERIFY(text.contains("perfdeck_run_state{run=\"run-2\",engine=\"iperf3\","
                              "protocol=\"udp\",client=\"local\",server=\"local\","
                              "state=\"starting\"} 1\n"));
        QVERIFY(text.contains("perfdeck_runs{state=\"running\"} 1\n"));
        // run-2 has measured nothing yet: no throughput sample rather than a false 0.
        QVERIFY(!text.contains("perfdeck_run_throughput_bits_per_second{run=\"run-2\""));
        QVERIFY(!text.contains("perfdeck_run_transactions_per_second{"));
        // Each family's samples follow its own TYPE line, never another's.
        const QList<QByteArray> lines = text.split('\n');
        QByteArray family;
        for (const QByteArray &line : lines) {
            if (line.startsWith("# TYPE "))
                family = line.split(' ').at(2);
            else if (!line.isEmpty() && !line.startsWith('#'))
                QVERIFY2(line.startsWith(QByteArray(family + '{')) ||
                             line.startsWith(QByteArray(family + ' ')),
                         line.constData());
        }
        QVERIFY(text.endsWith('\n'));

        if (promtool().isEmpty())
            QSKIP("promtool is not installed (packaging/install-deps.sh installs prometheus)");
        const QStringList problems = TestHelpers::promtoolProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // The checker does catch a page that is broken.
        QVERIFY(!TestHelpers::promtoolProblems(text + "perfdeck_x{a=\"b\"c\"} 1\n").isEmpty());
    }

    void emptyPageIsStillValid() {
        FedRunner fed;
        const QByteArray text = prometheusText(fed.live);
        QVERIFY(text.contains("\nperfdeck_runs_active 0\n"));
        QVERIFY(!text.contains("{run="));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"

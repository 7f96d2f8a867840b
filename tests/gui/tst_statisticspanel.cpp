// The statistics panel shows what `perfdeck-cli stats` prints for the same runs, lets values
// be excluded, compares against a baseline and stays defined for tiny samples.
#include "gui/statisticscontroller.h"
#include "gui/statisticspanel.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "stats/analysis.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <numeric>

using namespace Perfdeck;

namespace {

QString statsData(const QString &name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/stats/") + name;
}

QList<RunResult> loadRuns(const QString &name) {
    ResultsDocument document;
    QString error;
    if (!ResultsDocument::load(statsData(name), &document, &error))
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(error));
    return document.runs;
}

// `perfdeck-cli stats --json` for the same files; exit 0 or 3 (regression) are both answers.
QJsonObject cliStats(const QString &file, const QString &baseline, double confidence) {
    QProcess process;
    QStringList arguments{QStringLiteral("stats"), statsData(file), QStringLiteral("--json"),
                          QStringLiteral("--confidence"), QString::number(confidence)};
    if (!baseline.isEmpty())
        arguments << QStringLiteral("--baseline") << statsData(baseline);
    process.start(QStringLiteral(PERFDECK_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("perfdeck-cli stats did not finish");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("perfdeck-cli stats printed no JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

bool sameNumber(double a, double b) {
    return a == b || std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

// Every field the CLI printed is in the panel's object with the same value.
void compareJson(const QJsonValue &cli, const QJsonValue &panel, const QString &path) {
    if (cli.isDouble()) {
        QVERIFY2(panel.isDouble(), qPrintable(path + QStringLiteral(" is not a number")));
        QVERIFY2(sameNumber(cli.toDouble(), panel.toDouble()),
                 qPrintable(QStringLiteral("%1: cli %2, panel %3")
                                .arg(path)
                                .arg(cli.toDouble(), 0, 'g', 17)
                                .arg(panel.toDouble(), 0, 'g', 17)));
    } else if (cli.isObject()) {
        QVERIFY2(panel.isObject(), qPrintable(path + QStringLiteral(" is not an object")));
        const QJsonObject object = cli.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            compareJson(it.value(), panel.toObject().value(it.key()),
                        path + QLatin1Char('.') + it.key());
            if (QTest::currentTestFailed())
                return;
        }
    } else {
        QVERIFY2(cli == panel, qPrintable(path + QStringLiteral(" differs")));
    }
}

QString text(const StatisticsPanel &panel, const char *name) {
    auto *label = panel.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// An iperf3 run as the run panel makes it: the command tells rate and duration.
RunResult iperf3Run(const QString &id, double bps, bool udp = false, int streams = 1,
                    bool reverse = false) {
    RunResult run;
    run.id = id;
    run.protocol = udp ? Protocol::Udp : Protocol::Tcp;
    run.direction = reverse ? Direction::Receive : Direction::Send;
    run.streams = streams;
    run.durationS = 10;
    run.command = {QStringLiteral("iperf3"), QStringLiteral("-c"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("-t"), QStringLiteral("10")};
    if (udp)
        run.command << QStringLiteral("-u") << QStringLiteral("-b") << QStringLiteral("100M");
    run.summary.throughputBps = bps;
    return run;
}

QList<RunResult> iperf3Runs(const QString &prefix, int n, double bps, bool udp = false) {
    QList<RunResult> runs;
    for (int i = 0; i < n; ++i)
        runs << iperf3Run(QStringLiteral("%1-%2").arg(prefix).arg(i + 1),
                          bps * (1 + 0.01 * ((i * 7) % 5)), udp);
    return runs;
}

RunResult throughputRun(const QString &id, double bps) {
    RunResult run;
    run.id = id;
    run.summary.throughputBps = bps;
    return run;
}

// A 2-stream run: stream 1 carries `share` of each interval.
RunResult intervalRun(const QString &id, int intervals, double base, double share) {
    RunResult run;
    run.id = id;
    run.streams = 2;
    run.summary.throughputBps = base;
    for (int i = 0; i < intervals; ++i) {
        IntervalSample interval;
        interval.startS = i;
        interval.endS = i + 1;
        const double bps = base + 1e7 * std::sin(i * 1.7) + (i % 3) * 3e6;
        interval.bps = bps;
        interval.omitted = i == 0;
        StreamSample a;
        a.id = 5;
        a.bps = bps * share;
        StreamSample b;
        b.id = 7;
        b.bps = bps * (1 - share);
        interval.streams = {a, b};
        run.intervals << interval;
    }
    return run;
}

const QLocale English(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestStatisticsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(English); }
    void sameNumbersAsCli_data();
    void sameNumbersAsCli();
    void exclusionChangesNAndMean();
    void chartClickTogglesExclusion();
    void bandNeverBelowZero();
    void outliersAreMarkedAndExcludable();
    void smallSamplesGiveDefinedText_data();
    void smallSamplesGiveDefinedText();
    void perIntervalModeComparesIntervalsAndShowsFairness();
    void stateRoundTrip();
    void staleAnalysisIsDropped();
    void formatting();
    void noSelectionPoolsOnlyLikeRuns();
    void mixedSelectionIsNamed();
    void unlikeBaselineIsNotComparable();
    void partialRunsAreUsedAndMarked();
    void analysisStateTravelsWithItsJob();
    void baselineFileIsCheckedAndExplained();
    void controllerWorksWithoutWidgets();
    void rendersReadably();
    void rendersIntervalsReadably();
};

void TestStatisticsPanel::sameNumbersAsCli_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("n");
    QTest::addRow("regressed vs baseline, 95 %%") << "regressed.json"
                                                  << "baseline.json" << 0.95 << "regressed" << 10;
    QTest::addRow("regressed vs baseline, 99 %%") << "regressed.json"
                                                  << "baseline.json" << 0.99 << "regressed" << 10;
    QTest::addRow("similar vs baseline, 90 %%") << "similar.json"
                                                << "baseline.json" << 0.90 << "unchanged" << 11;
    QTest::addRow("transactions: rr improved vs rr baseline")
        << "rr_improved.json"
        << "rr_baseline.json" << 0.95 << "improved" << 8;
}

void TestStatisticsPanel::sameNumbersAsCli() {
    QFETCH(QString, file);
    QFETCH(QString, baseline);
    QFETCH(double, confidence);
    QFETCH(QString, verdict);
    QFETCH(int, n);

    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setBaselineCandidates(loadRuns(baseline));
    panel.setBaseline(QStringLiteral("all"));
    panel.setConfidence(confidence);
    panel.setRuns(loadRuns(file));
    QTRY_VERIFY(!panel.isBusy());

    const QJsonObject cli = cliStats(file, baseline, confidence);
    QVERIFY(cli.contains(QStringLiteral("comparison")));
    QVERIFY(panel.analysis().has_value());
    QVERIFY(panel.comparison().has_value());
    compareJson(cli, panel.statisticsJson(), QStringLiteral("stats"));
    if (QTest::currentTestFailed())
        return;

    // What the user reads is made from those numbers.
    const StatisticsPanel::Metric metric = file.startsWith(QLatin1String("rr_"))
                                               ? StatisticsPanel::Metric::Transactions
                                               : StatisticsPanel::Metric::Throughput;
    QCOMPARE(panel.currentMetric(), metric);
    QCOMPARE(cli.value(QStringLiteral("n")).toInt(), n);
    QCOMPARE(text(panel, "nLabel"), QString::number(n));
    const QJsonObject ci = cli.value(QStringLiteral("ci")).toObject();
    const double mean = cli.value(QStringLiteral("mean")).toDouble();
    const double half =
        (ci.value(QStringLiteral("high")).toDouble() - ci.value(QStringLiteral("low")).toDouble()) /
        2;
    QCOMPARE(text(panel, "meanLabel"),
             StatisticsPanel::formatWithHalfWidth(mean, half, metric, English));
    const QJsonObject comparison = cli.value(QStringLiteral("comparison")).toObject();
    const QJsonObject welch = comparison.value(QStringLiteral("welch_t")).toObject();
    const QJsonObject mannWhitney = comparison.value(QStringLiteral("mann_whitney")).toObject();
    QVERIFY2(text(panel, "welchLabel")
                 .endsWith(QStringLiteral("p = ") +
                           StatisticsPanel::formatPValue(
                               welch.value(QStringLiteral("p")).toDouble(), English)),
             qPrintable(text(panel, "welchLabel")));
    QVERIFY2(text(panel, "mannWhitneyLabel")
                 .contains(QStringLiteral("p = ") +
                           StatisticsPanel::formatPValue(
                               mannWhitney.value(QStringLiteral("p")).toDouble(), English)),
             qPrintable(text(panel, "mannWhitneyLabel")));
    QCOMPARE(comparison.value(QStringLiteral("verdict")).toString(), verdict);
    auto *verdictLabel = panel.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QCOMPARE(verdictLabel->property("verdict").toString(), verdict);
    QVERIFY2(verdictLabel->text().startsWith(verdict, Qt::CaseInsensitive),
             qPrintable(verdictLabel->text()));
    const QJsonObject normality = cli.value(QStringLiteral("normality")).toObject();
    QVERIFY(text(panel, "normalityLabel")
                .contains(QStringLiteral("W = %1, p = %2")
                              .arg(English.toString(normality.value(QStringLiteral("w")).toDouble(),
                                                    'f', 4),
                                   StatisticsPanel::formatPValue(
                                       normality.value(QStringLiteral("p")).toDouble(), English))));
    if (verdict == QLatin1String("regressed")) {
        QCOMPARE(verdictLabel->palette().color(QPalette::WindowText).red() > 150, true);
        // regressed.json has a failed run and one without throughput: both named by the
        // number the table shows (the file has no numbers: its 11th run is #11).
        QVERIFY2(text(panel, "sourceLabel").contains(QStringLiteral("2 skipped")),
                 qPrintable(text(panel, "sourceLabel")));
        QVERIFY2(text(panel, "sourceLabel").contains(QStringLiteral("#11 (error)")),
                 qPrintable(text(panel, "sourceLabel")));
    }
}

void TestStatisticsPanel::exclusionChangesNAndMean() {
    StatisticsPanel panel;
    const QList<RunResult> runs = loadRuns(QStringLiteral("regressed.json"));
    panel.setRuns(runs);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->descriptive.n, 10);
    const double before = panel.analysis()->descriptive.mean;
    QCOMPARE(panel.valueKeys().size(), 10);

    QSignalSpy exclusions(&panel, &StatisticsPanel::exclusionsChanged);
    QSignalSpy state(&panel, &StatisticsPanel::stateChanged);
    panel.setExcluded(QStringLiteral("run:new-5"), true);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(exclusions.size(), 1);
    QCOMPARE(exclusions.at(0).at(0).toStringList(), QStringList{QStringLiteral("run:new-5")});
    QCOMPARE(state.size(), 1);
    QCOMPARE(panel.analysis()->descriptive.n, 9);
    std::vector<double> rest;
    for (const RunResult &run : runs) {
        if (run.summary.throughputBps && run.id != QLatin1String("new-5"))
            rest.push_back(*run.summary.throughputBps);
    }
    const auto expected = Stats::describe(rest);
    QVERIFY(panel.analysis()->descriptive.mean != before);
    QVERIFY(sameNumber(panel.analysis()->descriptive.mean, expected->mean));
    QCOMPARE(text(panel, "nLabel"), QStringLiteral("9 (1 excluded)"));

    // The checkbox list shows it and excludes too.
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("valueList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 10);
    QCOMPARE(list->item(4)->checkState(), Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->descriptive.n, 8);
    QCOMPARE(panel.exclusions(),
             (QStringList{QStringLiteral("run:new-1"), QStringLiteral("run:new-5")}));

    // Reset brings every value back.
    panel.findChild<QPushButton *>(QStringLiteral("resetExclusionsButton"))->click();
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->descriptive.n, 10);
    QCOMPARE(panel.analysis()->descriptive.mean, before);
    QVERIFY(panel.exclusions().isEmpty());
    QCOMPARE(exclusions.last().at(0).toStringList(), QStringList());
}

void TestStatisticsPanel::chartClickTogglesExclusion() {
    StatisticsPanel panel;
    panel.setRuns(loadRuns(QStringLiteral("baseline.json")));
    QTRY_VERIFY(!panel.isBusy());
    auto *container = panel.findChild<QWidget *>(QStringLiteral("valuesChartContainer"));
    auto *view = container->findChild<QChartView *>();
    QVERIFY(view);
    QScatterSeries *points = nullptr;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->name() == QLatin1String("Value"))
            points = qobject_cast<QScatterSeries *>(series);
    }
    QVERIFY(points);
    QCOMPARE(points->count(), 12);
    Q_EMIT points->clicked(points->at(2)); // what QtCharts sends for a click on run 3
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.isExcluded(QStringLiteral("run:base-3")));
    QCOMPARE(panel.analysis()->descriptive.n, 11);
    QCOMPARE(points->count(), 11);
}

// The walk-through: two runs (32.7k and 50.7k trans/s) drew a 95 % band and an axis reaching
// -100,000. Nothing measured is below 0; the band stops there.
void TestStatisticsPanel::bandNeverBelowZero() {
    StatisticsPanel panel;
    panel.setRuns(
        {throughputRun(QStringLiteral("a"), 3.27e9), throughputRun(QStringLiteral("b"), 5.07e9)});
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.analysis() && panel.analysis()->ci);
    QVERIFY(panel.analysis()->ci->low < 0); // the t interval itself is what it is
    auto *container = panel.findChild<QWidget *>(QStringLiteral("valuesChartContainer"));
    auto *view = container->findChild<QChartView *>();
    QVERIFY(view);
    const auto *axisY = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axisY);
    QCOMPARE(axisY->min(), 0.0);
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            QVERIFY(area->lowerSeries() && area->lowerSeries()->count() > 0);
            for (const QPointF &p : area->lowerSeries()->points())
                QVERIFY(p.y() >= 0);
        }
    }
}

void TestStatisticsPanel::outliersAreMarkedAndExcludable() {
    QList<RunResult> runs;
    const double values[] = {9.41e9, 9.38e9, 9.44e9, 9.40e9, 9.39e9,
                             9.43e9, 9.42e9, 9.37e9, 9.40e9, 5.10e9};
    for (int i = 0; i < 10; ++i)
        runs << throughputRun(QStringLiteral("r%1").arg(i + 1), values[i]);
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setRuns(runs);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->outliers.iqr, std::vector<qsizetype>{9});
    QVERIFY2(text(panel, "outliersLabel").startsWith(QStringLiteral("IQR 1 (#10)")),
             qPrintable(text(panel, "outliersLabel")));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("valueList"));
    QVERIFY(list->item(9)->text().contains(QStringLiteral("outlier")));

    panel.findChild<QPushButton *>(QStringLiteral("excludeOutliersButton"))->click();
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.exclusions(), QStringList{QStringLiteral("run:r10")});
    QCOMPARE(panel.analysis()->descriptive.n, 9);
    QVERIFY(panel.analysis()->descriptive.mean > 9.3e9);
    QVERIFY(text(panel, "exclusionsLabel").startsWith(QStringLiteral("1 value")));
}

void TestStatisticsPanel::smallSamplesGiveDefinedText_data() {
    QTest::addColumn<int>("runs");
    QTest::addRow("no run") << 0;
    QTest::addRow("one run") << 1;
    QTest::addRow("two runs") << 2;
}

void TestStatisticsPanel::smallSamplesGiveDefinedText() {
    QFETCH(int, runs);
    const QList<RunResult> all = loadRuns(QStringLiteral("baseline.json"));
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setBaselineCandidates(loadRuns(QStringLiteral("regressed.json")));
    panel.setBaseline(QStringLiteral("all"));
    panel.setRuns(all.mid(0, runs));
    QTRY_VERIFY(!panel.isBusy());
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QLatin1String("nan"), Qt::CaseInsensitive) &&
                     !label->text().contains(QLatin1String("inf"), Qt::CaseInsensitive),
                 qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }
    QVERIFY(panel.grab().width() > 0); // charts paint without NaN trouble too
    switch (runs) {
    case 0:
        QVERIFY(!panel.analysis());
        QCOMPARE(text(panel, "notesLabel"), QStringLiteral("No values to analyse."));
        QCOMPARE(text(panel, "meanLabel"), QStringLiteral("\u2013"));
        break;
    case 1:
        QCOMPARE(panel.analysis()->descriptive.n, 1);
        QVERIFY(!panel.analysis()->ci);
        QCOMPARE(text(panel, "meanLabel"),
                 QStringLiteral("9.404 Gbit/s (no interval from one value)"));
        QCOMPARE(text(panel, "stddevLabel"), QStringLiteral("\u2013"));
        QCOMPARE(text(panel, "normalityLabel"), QStringLiteral("needs at least 3 values"));
        QVERIFY(!panel.comparison());
        QVERIFY(text(panel, "verdictLabel").contains(QStringLiteral("at least 2")));
        break;
    case 2:
        QVERIFY(panel.analysis()->ci);
        QVERIFY(text(panel, "meanLabel").contains(QStringLiteral(" ± ")));
        QCOMPARE(text(panel, "normalityLabel"), QStringLiteral("needs at least 3 values"));
        QVERIFY(panel.comparison()); // Welch works from 2 values
        break;
    }
}

void TestStatisticsPanel::perIntervalModeComparesIntervalsAndShowsFairness() {
    const RunResult run = intervalRun(QStringLiteral("now"), 11, 9.2e9, 0.6);
    const RunResult before = intervalRun(QStringLiteral("before"), 11, 9.4e9, 0.5);
    StatisticsPanel panel;
    panel.setBaselineCandidates({before, run});
    panel.setIntervalSamples(run);
    QCOMPARE(panel.mode(), StatisticsPanel::Mode::PerInterval);
    QVERIFY(panel.baselineIds().contains(QStringLiteral("run:before")));
    QVERIFY(!panel.baselineIds().contains(QStringLiteral("run:now"))); // itself is not offered
    panel.setBaseline(QStringLiteral("run:before"));
    QTRY_VERIFY(!panel.isBusy());

    std::vector<double> mine;
    std::vector<double> theirs;
    for (int i = 1; i < 11; ++i) { // interval 0 is omitted
        mine.push_back(*run.intervals.at(i).bps);
        theirs.push_back(*before.intervals.at(i).bps);
    }
    QCOMPARE(panel.analysis()->descriptive.n, 10);
    QVERIFY(sameNumber(panel.analysis()->descriptive.mean, Stats::describe(mine)->mean));
    QVERIFY(text(panel, "sourceLabel").contains(QStringLiteral("1 omitted interval")));
    const auto expected = Stats::compareToBaseline(mine, theirs);
    QVERIFY(panel.comparison());
    QVERIFY(sameNumber(panel.comparison()->welch.t, expected->welch.t));
    QVERIFY(panel.comparison()->verdict == Stats::Verdict::Regressed);

    // Jain over the mean rate of each stream: a 60/40 split.
    QVERIFY(panel.jainFairness());
    double s5 = 0;
    double s7 = 0;
    for (int i = 1; i < 11; ++i) {
        s5 += *run.intervals.at(i).streams.at(0).bps / 10;
        s7 += *run.intervals.at(i).streams.at(1).bps / 10;
    }
    const double jain = (s5 + s7) * (s5 + s7) / (2 * (s5 * s5 + s7 * s7));
    QVERIFY(std::fabs(*panel.jainFairness() - jain) < 1e-12);
    auto *fairness = panel.findChild<QLabel *>(QStringLiteral("fairnessLabel"));
    QVERIFY(fairness->isVisibleTo(&panel));
    QVERIFY(fairness->text().contains(QStringLiteral("over 2 stream")));

    // Per run, as `perfdeck-cli stats`: the run's streams over its non-omitted intervals.
    panel.setMode(StatisticsPanel::Mode::PerRun);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.jainFairness());
    QVERIFY(std::fabs(*panel.jainFairness() - jain) < 1e-12);
    // Transactions have no streams to judge.
    RunResult rr = run;
    rr.summary.throughputBps.reset();
    rr.summary.transactionsPerS = 25000;
    panel.setRuns({rr});
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.currentMetric(), StatisticsPanel::Metric::Transactions);
    QVERIFY(!panel.jainFairness());
    QCOMPARE(fairness->text(), QStringLiteral("\u2013")); // not applicable: a dash, never 0
}

void TestStatisticsPanel::stateRoundTrip() {
    StatisticsPanel panel;
    QSignalSpy baseline(&panel, &StatisticsPanel::baselineChanged);
    panel.setBaselineCandidates(loadRuns(QStringLiteral("baseline.json")));
    panel.setRuns(loadRuns(QStringLiteral("regressed.json")));
    panel.setConfidence(0.99);
    panel.setBaseline(QStringLiteral("run:base-4"));
    QCOMPARE(baseline.size(), 1);
    QCOMPARE(baseline.at(0).at(0).toString(), QStringLiteral("run:base-4"));
    panel.setExcluded(QStringLiteral("run:new-2"), true);
    const QJsonObject state = panel.saveState();
    QCOMPARE(state.value(QStringLiteral("confidence")).toDouble(), 0.99);
    QCOMPARE(state.value(QStringLiteral("metric")).toString(), QStringLiteral("throughput"));
    QCOMPARE(state.value(QStringLiteral("mode")).toString(), QStringLiteral("run"));
    QCOMPARE(state.value(QStringLiteral("baseline")).toString(), QStringLiteral("run:base-4"));
    QCOMPARE(state.value(QStringLiteral("excluded")).toArray(),
             QJsonArray{QStringLiteral("run:new-2")});

    // A session restores the state before it knows the runs; the choice waits for them.
    StatisticsPanel restored;
    QSignalSpy changed(&restored, &StatisticsPanel::stateChanged);
    restored.restoreState(state);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(restored.saveState(), state);
    auto *combo = restored.findChild<QComboBox *>(QStringLiteral("baselineCombo"));
    QVERIFY(combo->currentText().contains(QStringLiteral("not available")));
    restored.setBaselineCandidates(loadRuns(QStringLiteral("baseline.json")));
    restored.setRuns(loadRuns(QStringLiteral("regressed.json")));
    QTRY_VERIFY(!restored.isBusy());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("run:base-4"));
    QCOMPARE(restored.analysis()->descriptive.n, 9);
    QCOMPARE(restored.analysis()->ci->level, 0.99);
    // One baseline run is one value: the panel says why there is no verdict.
    QVERIFY(!restored.comparison());
    QVERIFY(text(restored, "verdictLabel").contains(QStringLiteral("at least 2")));

    // The user picks a set from the combo.
    const int all = combo->findData(QStringLiteral("all"));
    QVERIFY(all > 0);
    combo->setCurrentIndex(all);
    Q_EMIT combo->activated(all);
    QTRY_VERIFY(!restored.isBusy());
    QCOMPARE(restored.baselineId(), QStringLiteral("all"));
    QVERIFY(restored.comparison());
    QVERIFY(changed.size() >= 1);
}

void TestStatisticsPanel::staleAnalysisIsDropped() {
    // 3000 intervals x 10,000 bootstrap resamples leave the UI thread.
    const RunResult run = intervalRun(QStringLiteral("long"), 3000, 9.3e9, 0.5);
    StatisticsPanel panel;
    QSignalSpy updated(&panel, &StatisticsPanel::analysisUpdated);
    panel.setIntervalSamples(run);
    QElapsedTimer timer;
    timer.start();
    while (!text(panel, "sourceLabel").contains(QStringLiteral("computing")) && updated.isEmpty() &&
           timer.elapsed() < 10000)
        QCoreApplication::processEvents();
    QVERIFY(text(panel, "sourceLabel").contains(QStringLiteral("computing")));
    QVERIFY(updated.isEmpty()); // caught while the worker thread runs
    panel.setConfidence(0.99);  // while the 95 % analysis runs
    QVERIFY(panel.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(panel.analysis()->ci->level, 0.99);
    QCOMPARE(panel.analysis()->descriptive.n, 2999);
    QVERIFY(!text(panel, "sourceLabel").contains(QStringLiteral("computing")));
}

void TestStatisticsPanel::formatting() {
    using M = StatisticsPanel::Metric;
    QCOMPARE(StatisticsPanel::formatWithHalfWidth(9500.2e6, 124.5e6, M::Throughput, English),
             QStringLiteral("9,500.2 ± 124.5 Mbit/s"));
    QCOMPARE(StatisticsPanel::formatWithHalfWidth(9.5e9, 12.345e6, M::Throughput, English),
             QStringLiteral("9,500.00 ± 12.35 Mbit/s"));
    QCOMPARE(StatisticsPanel::formatWithHalfWidth(25100.34, 210.46, M::Transactions, English),
             QStringLiteral("25,100.3 ± 210.5 trans/s"));
    QCOMPARE(StatisticsPanel::formatWithHalfWidth(9.5e9, 0, M::Throughput, English),
             QStringLiteral("9.500 ± 0.000 Gbit/s"));
    QCOMPARE(StatisticsPanel::formatPValue(0.04567, English), QStringLiteral("0.0457"));
    QCOMPARE(StatisticsPanel::formatPValue(1.234e-7, English), QStringLiteral("1.23e-07"));
}

void TestStatisticsPanel::rendersReadably() {
    // PERFDECK_SCREENSHOT=path.png saves the picture of the docs (docs/screenshots/).
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.resize(460, 900);
    panel.setBaselineCandidates(loadRuns(QStringLiteral("baseline.json")));
    panel.setBaseline(QStringLiteral("all"));
    panel.setRuns(loadRuns(QStringLiteral("regressed.json")));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(!panel.isBusy());
    QTest::qWait(50); // let the layouts take the new texts
    // Every label fits its width (no clipped numbers).
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap())
            continue;
        const QString shown = QString(label->text()).remove(QLatin1Char('&')); // mnemonics
        QVERIFY2(label->fontMetrics().horizontalAdvance(shown) <= label->width() + 1,
                 qPrintable(label->objectName() + QStringLiteral(" is clipped: ") + label->text()));
    }
    const QImage image = panel.grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = qEnvironmentVariable("PERFDECK_SCREENSHOT");
    if (path.isEmpty())
        return;
    QVERIFY(image.save(path));
    // The other chart tabs beside it, for a look at them.
    auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        QVERIFY(tabs->grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-tab%1.png").arg(tab))));
    }
}

void TestStatisticsPanel::rendersIntervalsReadably() {
    // 30 one-second intervals of a 2-stream run with a dip at 12 s, against an earlier run.
    RunResult run = intervalRun(QStringLiteral("tcp-p2-now"), 31, 9.2e9, 0.55);
    run.intervals[12].bps = 6.1e9;
    run.intervals[12].streams[0].bps = 3.3e9;
    run.intervals[12].streams[1].bps = 2.8e9;
    const RunResult before = intervalRun(QStringLiteral("tcp-p2-before"), 31, 9.35e9, 0.5);
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.resize(460, 900);
    panel.setBaselineCandidates({before});
    panel.setIntervalSamples(run);
    panel.setBaseline(QStringLiteral("run:tcp-p2-before"));
    panel.setExcluded(QStringLiteral("interval:tcp-p2-now/20"), true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(!panel.isBusy());
    QTest::qWait(50);
    QCOMPARE(panel.analysis()->descriptive.n, 29); // 30 measured, 1 excluded
    QCOMPARE(panel.analysis()->outliers.iqr.size(), std::size_t(1));
    QVERIFY(panel.jainFairness());
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap())
            continue;
        const QString shown = QString(label->text()).remove(QLatin1Char('&'));
        QVERIFY2(label->fontMetrics().horizontalAdvance(shown) <= label->width() + 1,
                 qPrintable(label->objectName() + QStringLiteral(" is clipped: ") + shown));
    }
    const QString path = qEnvironmentVariable("PERFDECK_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(panel.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-intervals.png"))));
}

void TestStatisticsPanel::noSelectionPoolsOnlyLikeRuns() {
    // The session of the review: TCP, TCP 4 streams reverse and UDP 100M, all pooled once.
    QList<RunResult> session{iperf3Run(QStringLiteral("tcp-1"), 9.40e9),
                             iperf3Run(QStringLiteral("tcp4r"), 3.1e10, false, 4, true),
                             iperf3Run(QStringLiteral("udp-1"), 9.9e7, true),
                             iperf3Run(QStringLiteral("tcp-2"), 9.38e9),
                             iperf3Run(QStringLiteral("udp-2"), 9.8e7, true),
                             iperf3Run(QStringLiteral("tcp-3"), 9.43e9)};
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setRuns(session, StatisticsPanel::Pool::LikeLatest);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.valueKeys(),
             (QStringList{QStringLiteral("run:tcp-1"), QStringLiteral("run:tcp-2"),
                          QStringLiteral("run:tcp-3")}));
    QCOMPARE(panel.analysis()->descriptive.n, 3);
    QVERIFY(panel.analysis()->ci->low > 9e9); // no band reaching below 0 bit/s
    QVERIFY(panel.analysis()->outliers.iqr.empty());
    // Three values cannot make an outlier: the panel says so rather than "IQR 0".
    QVERIFY2(text(panel, "outliersLabel").contains(QStringLiteral("too few")),
             qPrintable(text(panel, "outliersLabel")));
    QVERIFY2(text(panel, "sourceLabel")
                 .startsWith(QStringLiteral("3 run(s) like tcp-3: iperf3 TCP send, 1 stream, 10 s "
                                            "(no selection; 3 other run(s) left out)")),
             qPrintable(text(panel, "sourceLabel")));
    QVERIFY(panel.warnings().isEmpty());
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("warningLabel"))->isVisibleTo(&panel));

    // The latest run decides: after a UDP run, the UDP runs.
    session << iperf3Run(QStringLiteral("udp-3"), 9.7e7, true);
    panel.setRuns(session, StatisticsPanel::Pool::LikeLatest);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.valueKeys().size(), 3);
    QVERIFY(text(panel, "sourceLabel").contains(QStringLiteral("UDP send at 100 Mbit/s")));
    // A failed latest run is no reference.
    RunResult failed = iperf3Run(QStringLiteral("failed"), 0, false, 4, true);
    failed.status = RunStatus::Error;
    failed.summary.throughputBps.reset();
    panel.setRuns(session + QList<RunResult>{failed}, StatisticsPanel::Pool::LikeLatest);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.pooledRuns().size(), 3);
    QCOMPARE(panel.pooledRuns().last().id, QStringLiteral("udp-3"));
}

void TestStatisticsPanel::mixedSelectionIsNamed() {
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setRuns(iperf3Runs(QStringLiteral("t"), 3, 9.4e9) +
                  iperf3Runs(QStringLiteral("u"), 2, 9.9e7, true));
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->descriptive.n, 5); // what the user selected is what is pooled
    auto *warning = panel.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning->isVisibleTo(&panel));
    QVERIFY2(
        warning->text().contains(QStringLiteral("the selection mixes unlike runs: protocol "
                                                "(TCP, UDP), bitrate (unlimited, 100 Mbit/s)")),
        qPrintable(warning->text()));
    QCOMPARE(panel.statisticsJson().value(QStringLiteral("warnings")).toArray().size(), 1);
}

void TestStatisticsPanel::unlikeBaselineIsNotComparable() {
    // TCP against a UDP 100M baseline once read "Improved, significant, +18,077 %".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ResultsDocument tcp;
    tcp.runs = iperf3Runs(QStringLiteral("t"), 5, 9.4e9);
    ResultsDocument udp;
    udp.runs = iperf3Runs(QStringLiteral("u"), 5, 9.9e7, true);
    QString error;
    QVERIFY(tcp.save(dir.filePath(QStringLiteral("tcp.json")), &error));
    QVERIFY(udp.save(dir.filePath(QStringLiteral("udp.json")), &error));

    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setBaselineCandidates(udp.runs);
    panel.setBaseline(QStringLiteral("all"));
    panel.setRuns(tcp.runs);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.comparison());
    auto *verdict = panel.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Not comparable: unlike tests: protocol: "
                                                       "TCP vs UDP, bitrate: unlimited vs 100 "
                                                       "Mbit/s")),
             qPrintable(verdict->text()));
    QCOMPARE(verdict->property("comparable").toBool(), false);
    QVERIFY(verdict->palette().color(QPalette::WindowText).green() < 150); // not "improved" green
    QVERIFY(text(panel, "warningLabel").contains(QStringLiteral("protocol: TCP vs UDP")));
    if (const QString path = qEnvironmentVariable("PERFDECK_SCREENSHOT"); !path.isEmpty()) {
        panel.resize(460, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50);
        QVERIFY(panel.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-unlike.png"))));
    }

    // The same answer as the CLI on the same files, warnings included.
    QProcess process;
    process.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("stats"), dir.filePath(QStringLiteral("tcp.json")),
                   QStringLiteral("--baseline"), dir.filePath(QStringLiteral("udp.json")),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    const QJsonObject cli = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(cli[QStringLiteral("comparison")][QStringLiteral("comparable")].toBool(true), false);
    compareJson(cli, panel.statisticsJson(), QStringLiteral("stats"));

    // A like baseline: no warning, the plain verdict.
    panel.setBaselineCandidates(iperf3Runs(QStringLiteral("b"), 5, 8.5e9));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.warnings().isEmpty());
    QCOMPARE(verdict->property("comparable").toBool(), true);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Improved")), qPrintable(verdict->text()));
}

void TestStatisticsPanel::partialRunsAreUsedAndMarked() {
    QList<RunResult> runs = iperf3Runs(QStringLiteral("t"), 4, 9.4e9);
    runs[1].status = RunStatus::Partial;
    runs[1].error = QStringLiteral("stopped by the user");
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setRuns(runs);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(panel.analysis()->descriptive.n, 4);
    QVERIFY2(text(panel, "sourceLabel").contains(QStringLiteral("1 partial (stopped early, used)")),
             qPrintable(text(panel, "sourceLabel")));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("valueList"));
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("t-2 (partial)")),
             qPrintable(list->item(1)->text()));
}

void TestStatisticsPanel::analysisStateTravelsWithItsJob() {
    // 3000 intervals leave the UI thread. Two low intervals are the IQR outliers.
    RunResult run = intervalRun(QStringLiteral("long"), 3000, 9.3e9, 0.5);
    run.intervals[100].bps = 1e9;
    run.intervals[2000].bps = 1.2e9;
    StatisticsPanel panel;
    panel.setIntervalSamples(run);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 60000);
    QCOMPARE(panel.analysis()->outliers.iqr.size(), std::size_t(2));

    // Exclude an interval before both outliers; while that analysis runs, the shown one (and
    // its outlier positions) must still be the finished one's.
    panel.setExcluded(QStringLiteral("interval:long/50"), true);
    QElapsedTimer timer;
    timer.start();
    while (!text(panel, "sourceLabel").contains(QStringLiteral("computing")) &&
           timer.elapsed() < 10000)
        QCoreApplication::processEvents();
    QVERIFY(panel.isBusy());
    panel.findChild<QPushButton *>(QStringLiteral("excludeOutliersButton"))->click();
    QCOMPARE(panel.exclusions(),
             (QStringList{QStringLiteral("interval:long/100"), QStringLiteral("interval:long/2000"),
                          QStringLiteral("interval:long/50")}));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 60000);
    QCOMPARE(panel.analysis()->descriptive.n, 2999 - 3);
}

void TestStatisticsPanel::baselineFileIsCheckedAndExplained() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    StatisticsPanel panel;
    panel.setLocale(English);
    panel.setRuns(iperf3Runs(QStringLiteral("t"), 4, 9.4e9));
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("baselineCombo"));

    // Not JSON at all: the reader's place of the problem.
    const QString text1 = write(QStringLiteral("notes.json"), "these are my notes\n");
    panel.setBaseline(QStringLiteral("file:") + text1);
    QTRY_VERIFY(combo->currentText().contains(QStringLiteral("not usable")));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(text(panel, "verdictLabel").contains(text1) &&
                 text(panel, "verdictLabel").contains(QStringLiteral("line 1")),
             qPrintable(text(panel, "verdictLabel")));
    QVERIFY(!combo->currentText().contains(QStringLiteral("0 run")));

    // JSON of another kind: what its format says.
    const QString other = write(QStringLiteral("other.json"), "{\"format\": \"something\"}");
    panel.setBaseline(QStringLiteral("file:") + other);
    QTRY_VERIFY(combo->currentText().contains(QStringLiteral("other.json (not usable)")));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(
        text(panel, "verdictLabel").contains(QStringLiteral("not a Perfdeck results document")),
        qPrintable(text(panel, "verdictLabel")));

    // A results document without runs.
    ResultsDocument empty;
    QString error;
    QVERIFY(empty.save(dir.filePath(QStringLiteral("empty.json")), &error));
    panel.setBaseline(QStringLiteral("file:") + dir.filePath(QStringLiteral("empty.json")));
    QTRY_VERIFY(combo->currentText().contains(QStringLiteral("empty.json (not usable)")));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(text(panel, "verdictLabel").contains(QStringLiteral("no runs")),
             qPrintable(text(panel, "verdictLabel")));

    // A session is a fine baseline: its runs count.
    Session session;
    session.runs = iperf3Runs(QStringLiteral("s"), 3, 9.2e9);
    QVERIFY(session.save(dir.filePath(QStringLiteral("before.perfdeck")), &error));
    panel.setBaseline(QStringLiteral("file:") + dir.filePath(QStringLiteral("before.perfdeck")));
    QTRY_VERIFY(combo->currentText().contains(QStringLiteral("before.perfdeck (3 run(s), file)")));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.comparison());
}

void TestStatisticsPanel::controllerWorksWithoutWidgets() {
    // The analysis lives in StatisticsController (no widgets): the same numbers as the panel.
    StatisticsController controller;
    QSignalSpy updated(&controller, &StatisticsController::analysisUpdated);
    controller.setBaselineCandidates(loadRuns(QStringLiteral("baseline.json")));
    controller.setBaseline(QStringLiteral("all"));
    controller.setRuns(loadRuns(QStringLiteral("regressed.json")));
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(updated.size(), 1); // several setters in a row cost one analysis
    QCOMPARE(controller.analysis()->descriptive.n, 10);
    QVERIFY(controller.comparison());
    QCOMPARE(controller.entries().size(), std::size_t(10));
    StatisticsPanel panel;
    panel.setBaselineCandidates(loadRuns(QStringLiteral("baseline.json")));
    panel.setBaseline(QStringLiteral("all"));
    panel.setRuns(loadRuns(QStringLiteral("regressed.json")));
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(controller.statisticsJson(), panel.statisticsJson());
    QCOMPARE(controller.saveState(), panel.saveState());
}

QTEST_MAIN(TestStatisticsPanel)
#include "tst_statisticspanel.moc"

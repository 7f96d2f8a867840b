// The statistics panel's Shaping box: for one selected run it says what `perfdeck-cli shaping`
// says (shaper, policer, not shaped, cannot tell) with the sustained rate and burst; for
// several runs, or none selected, it is hidden.
#include "gui/shapingsection.h"
#include "gui/statisticspanel.h"
#include "results/resultsdocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Perfdeck;

namespace {

QString shapingData(const QString &name) {
    return QStringLiteral(PERFDECK_TEST_DATA "/shaping/%1.json").arg(name);
}

RunResult loadRun(const QString &name) {
    ResultsDocument document;
    QString error;
    if (!ResultsDocument::load(shapingData(name), &document, &error) || document.runs.isEmpty())
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(error));
    return document.runs.first();
}

QJsonObject cliShaping(const QString &name) {
    QProcess process;
    process.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("shaping"), shapingData(name), QStringLiteral("--run"),
                   QStringLiteral("1"), QStringLiteral("--json")});
    if (!process.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestShapingSection final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneSelectedRunShowsTheVerdict_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        QTest::addRow("tbf shaper") << "tbf50-receive"
                                    << "Rate-limited by a shaper";
        QTest::addRow("nft policer") << "police6M-receive"
                                     << "Rate-limited by a policer";
        QTest::addRow("plain veth") << "unshaped-receive"
                                    << "Not shaped";
    }
    void oneSelectedRunShowsTheVerdict() {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        StatisticsPanel panel;
        panel.resize(360, 900);
        panel.show();
        const RunResult run = loadRun(file);
        panel.setRuns({run});
        ShapingSection *section = panel.shapingSection();
        QVERIFY(section->isVisible());
        QVERIFY2(section->verdictText().startsWith(verdict), qPrintable(section->verdictText()));
        // The same numbers as the CLI.
        const QJsonObject cli = cliShaping(file);
        QVERIFY(section->result());
        QCOMPARE(section->result()->toJson().value(QLatin1String("sustained_bps")),
                 cli.value(QLatin1String("sustained_bps")));
        QCOMPARE(section->result()->toJson().value(QLatin1String("kind")),
                 cli.value(QLatin1String("kind")));
        QCOMPARE(section->reasonText(), cli.value(QLatin1String("reason")).toString());
        QVERIFY(section->figuresText().contains(QLatin1String("Sustained")));
        if (file.startsWith(QLatin1String("tbf")))
            QVERIFY2(section->figuresText().contains(QLatin1String("burst")) &&
                         section->figuresText().contains(QLatin1String("Ethernet")),
                     qPrintable(section->figuresText()));
    }

    void tooFewIntervalsSaysCannotTell() {
        StatisticsPanel panel;
        panel.show();
        RunResult run = loadRun(QStringLiteral("tbf50-receive"));
        run.intervals = run.intervals.mid(0, 5);
        panel.setRuns({run});
        QVERIFY(panel.shapingSection()->isVisible());
        QCOMPARE(panel.shapingSection()->verdictText(), QStringLiteral("Cannot tell"));
        QVERIFY(panel.shapingSection()->reasonText().contains(QLatin1String("Too few intervals")));
    }

    void hiddenForSeveralRunsOrNoSelection() {
        StatisticsPanel panel;
        panel.show();
        const RunResult a = loadRun(QStringLiteral("tbf50-receive"));
        const RunResult b = loadRun(QStringLiteral("tbf20-receive"));
        panel.setRuns({a});
        QVERIFY(panel.shapingSection()->isVisible());
        panel.setRuns({a, b});
        QVERIFY(!panel.shapingSection()->isVisible());
        panel.setRuns({a});
        QVERIFY(panel.shapingSection()->isVisible());
        panel.setRuns({a, b}, StatisticsPanel::Pool::LikeLatest);
        QVERIFY(!panel.shapingSection()->isVisible());
        panel.setRuns({});
        QVERIFY(!panel.shapingSection()->isVisible());
    }
};

QTEST_MAIN(TestShapingSection)
#include "tst_shapingsection.moc"

// Renders the main window offscreen during and after a real loopback run. As a test it checks
// the window paints a chart with data; tools/screenshots.sh runs it with
// PERFDECK_SCREENSHOT_DIR=docs/screenshots to refresh the images shown in the README.
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/throughputchart.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

class TestScreenshots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void duringAndAfterRun();

private:
    void save(QWidget *widget, const QString &name);
    QTemporaryDir m_temp;
    QString m_dir;
};

void TestScreenshots::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
        QSKIP("iperf3 is not installed");
    m_dir = qEnvironmentVariable("PERFDECK_SCREENSHOT_DIR", m_temp.path());
    QVERIFY(QDir().mkpath(m_dir));
}

void TestScreenshots::save(QWidget *widget, const QString &name) {
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    // Not blank: a window with a chart has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    const QString path = QDir(m_dir).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

void TestScreenshots::duringAndAfterRun() {
    MainWindow window;
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A short first run, so the table has history next to the live one.
    TestSpec first;
    first.durationS = 3;
    first.intervalS = 0.5;
    window.runPanel()->setSpec(first);
    window.runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning() && window.runModel()->rowCount() == 1, 20000);

    TestSpec spec;
    spec.durationS = 10;
    spec.parallel = 4;
    spec.intervalS = 0.5;
    window.runPanel()->setSpec(spec);
    window.runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->rowCount() == 2, 10000);
    const QString id = window.runModel()->records().at(1).result.id;
    // Halfway through, with live samples on the chart.
    QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->records().at(1).elapsedS >= 6 &&
                                 window.chart()->sampleCount(id) >= 3,
                             15000);
    QVERIFY(window.isRunning());
    QTest::qWait(250); // one more redraw tick
    save(&window, QStringLiteral("mainwindow-running.png"));

    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
    QTest::qWait(250);
    save(&window, QStringLiteral("mainwindow-finished.png"));

    window.selectRuns({window.runModel()->records().at(0).result.id, id});
    QTest::qWait(250); // redraw and legend layout
    save(&window, QStringLiteral("mainwindow-compare.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

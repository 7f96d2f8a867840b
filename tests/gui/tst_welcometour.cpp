// The welcome tour: offered once, on a first start without files on the command line, never
// under the offscreen platform unless PERFDECK_WELCOME_TOUR=1 asks (=0 never); Help > Welcome
// Tour shows it again. Each step rings its pane (run panel, chart, inventory, test plan), a
// closed dock is opened for its step and closed again after, the panel stays inside the window
// beside the ring and follows a resize, the window stays usable (non-modal), Skip ends it at
// any step, and "Run a Loopback Test" runs a real 1 s iperf3 test on 127.0.0.1.
#include "gui/mainwindow.h"
#include "gui/panehighlight.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/throughputchart.h"
#include "gui/welcometour.h"
#include "model/enums.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Perfdeck;

namespace {

QAction *tourAction(MainWindow &window) {
    return window.findChild<QAction *>(QStringLiteral("actionWelcomeTour"));
}

// What a user sees of the tour at its current step.
void checkStepShown(MainWindow &window, WelcomeTour *tour, QWidget *expected) {
    QWidget *pane = tour->currentPane();
    QVERIFY(pane);
    QCOMPARE(pane, expected);
    QVERIFY(pane->isVisible());
    QVERIFY(tour->isVisible());
    QVERIFY(tour->highlight()->isVisible());
    QCOMPARE(tour->highlight()->target(), pane);
    const QRect paneRect(pane->mapTo(&window, QPoint(0, 0)), pane->size());
    QCOMPARE(tour->highlight()->ringRect(), paneRect);
    // The panel is inside the window and above the ring's veil.
    QVERIFY2(window.rect().contains(tour->geometry()),
             qPrintable(QStringLiteral("%1 in %2")
                            .arg(QString::number(tour->x()), QString::number(window.width()))));
    const QList<QObject *> siblings = window.children();
    QVERIFY(siblings.indexOf(tour) > siblings.indexOf(tour->highlight()));
    // Non-modal: nothing blocks the window while the tour is up.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(window.runAction()->isEnabled());
    auto *title = tour->findChild<QLabel *>(QStringLiteral("tourTitle"));
    QVERIFY(title && !title->text().isEmpty());
    // The whole text is shown: the label got the height its wrapped lines need (a longer
    // step's text was clipped at the previous step's height under a real X server).
    auto *text = tour->findChild<QLabel *>(QStringLiteral("tourText"));
    QVERIFY(text && !text->text().isEmpty());
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(text->height())
                            .arg(text->heightForWidth(text->width()))));
}

} // namespace

class TestWelcomeTour final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() {
        QSettings().clear();
        qunsetenv("PERFDECK_WELCOME_TOUR");
    }

    void offeredOnceOnFirstStartOnly() {
        MainWindow window;
        window.show();
        // Offscreen (tests, screenshots): not unless asked.
        QVERIFY(!WelcomeTour::shouldOfferOnStart({}));
        QVERIFY(!WelcomeTour::offerOnStart(&window, {}));
        qputenv("PERFDECK_WELCOME_TOUR", "1");
        // A session opened from the command line: the user knows what they want.
        QVERIFY(!WelcomeTour::offerOnStart(&window, {QStringLiteral("/tmp/lab.perfdeck")}));
        WelcomeTour *tour = WelcomeTour::offerOnStart(&window, {});
        QVERIFY(tour);
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->currentStep(), 0);
        tour->finish();
        QTRY_VERIFY(!window.findChild<WelcomeTour *>()); // deleted once finished
        // The next start does not offer it again; Help > Welcome Tour still shows it.
        QVERIFY(!WelcomeTour::shouldOfferOnStart({}));
        QVERIFY(QSettings().value(QStringLiteral("welcomeTour/shown")).toBool());
        QVERIFY(tourAction(window));
        tourAction(window)->trigger();
        QTRY_VERIFY(window.findChild<WelcomeTour *>());
        QVERIFY(window.findChild<WelcomeTour *>()->isVisible());
        // PERFDECK_WELCOME_TOUR=0 never offers it, even on a first start.
        QSettings().clear();
        qputenv("PERFDECK_WELCOME_TOUR", "0");
        QVERIFY(!WelcomeTour::shouldOfferOnStart({}));
    }

    void helpMenuHasTourAndAbout() {
        MainWindow window;
        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(tourAction(window)))
                help = menu->menu();
        }
        QVERIFY(help);
        const QList<QAction *> actions = help->actions();
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(actions.contains(about));
        QVERIFY(actions.indexOf(tourAction(window)) < actions.indexOf(about));
    }

    void walksThePanesAndRestoresDocks() {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The user had closed the test plan: the tour opens it for its step only.
        auto *planDock = window.findChild<QDockWidget *>(QStringLiteral("planDock"));
        QVERIFY(planDock);
        planDock->hide();
        tourAction(window)->trigger();
        auto *tour = window.findChild<WelcomeTour *>();
        QVERIFY(tour);
        QCOMPARE(tour->stepCount(), 4);
        QSignalSpy finished(tour, &WelcomeTour::finished);
        const QList<QWidget *> panes{
            window.findChild<QDockWidget *>(QStringLiteral("runDock")), window.chart(),
            window.findChild<QDockWidget *>(QStringLiteral("inventoryDock")), planDock};
        QVERIFY(!panes.contains(nullptr));
        for (int step = 0; step < panes.size(); ++step) {
            QCOMPARE(tour->currentStep(), step);
            QTRY_VERIFY(tour->highlight()->isVisible());
            checkStepShown(window, tour, panes.at(step));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(tour->backButton()->isEnabled(), step > 0);
            QCOMPARE(tour->tryRunButton()->isVisible(), step == 0);
            if (step == 1) {
                // Back and forth.
                QTest::mouseClick(tour->backButton(), Qt::LeftButton);
                QCOMPARE(tour->currentStep(), 0);
                QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
                QCOMPARE(tour->currentStep(), 1);
                // The ring follows the pane when the window changes size.
                window.resize(1180, 760);
                QTRY_COMPARE(
                    tour->highlight()->ringRect(),
                    QRect(window.chart()->mapTo(&window, QPoint(0, 0)), window.chart()->size()));
                QTRY_VERIFY(window.rect().contains(tour->geometry()));
            }
            QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(!window.findChild<WelcomeTour *>());
        QVERIFY(!window.findChild<PaneHighlight *>());
        QVERIFY(planDock->isHidden());
    }

    void skipEndsItAtAnyStep() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomeTour *tour = WelcomeTour::start(&window);
        QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        QCOMPARE(tour->currentStep(), 2);
        QSignalSpy finished(tour, &WelcomeTour::finished);
        QTest::mouseClick(tour->skipButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!tour->isVisible());
        QTRY_VERIFY(!window.findChild<WelcomeTour *>());
    }

    // Escape ends it as Skip does, wherever the focus is in the window.
    void escapeEndsIt() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomeTour *tour = WelcomeTour::start(&window);
        QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        window.activateWindow();
        window.runPanel()->setFocus();
        QSignalSpy finished(tour, &WelcomeTour::finished);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!tour->isVisible());
        QTRY_VERIFY(!window.findChild<WelcomeTour *>());
    }

    void tryRunRunsALoopbackTest() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TestSpec spec; // no host: Perfdeck's own iperf3 server on 127.0.0.1
        spec.durationS = 1;
        spec.intervalS = 0.5;
        window.runPanel()->setSpec(spec);
        WelcomeTour *tour = WelcomeTour::start(&window);
        QVERIFY(tour->tryRunButton()->isVisible());
        QTest::mouseClick(tour->tryRunButton(), Qt::LeftButton);
        // The tour moves on to the chart, where the run draws.
        QCOMPARE(tour->currentStep(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->rowCount() == 1 && !window.isRunning(), 30000);
        QCOMPARE(window.runModel()->index(0, 0).data(RunTableModel::StatusRole).toInt(),
                 int(RunStatus::Ok));
        tour->finish();
    }
};

QTEST_MAIN(TestWelcomeTour)
#include "tst_welcometour.moc"

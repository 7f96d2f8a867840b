// The images of the user guide (docs/screenshots/, besides the README's: tst_screenshots and
// tst_planview). Each test reaches its state as a user would (opens a session, runs a
// profile, imports an ssh config and checks its hosts against a real sshd on loopback, runs a
// pattern, opens the web page in a real Chromium), asserts what the picture must show (the
// widgets and values there, nothing cut off) and writes the PNG only when
// PERFDECK_SCREENSHOT_DIR is set: tools/screenshots.sh sets it, ctest only checks.
#include "../integration/sshdfixture.h"
#include "../integration/webfixtures.h"

#include "gui/dashboardlogmodel.h"
#include "gui/dashboardmodel.h"
#include "gui/dashboardview.h"
#include "gui/hostkeydialog.h"
#include "gui/inventorydock.h"
#include "gui/inventorymodel.h"
#include "gui/livegraph.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/sessioncontroller.h"
#include "gui/shapingsection.h"
#include "gui/sshprompter.h"
#include "gui/statisticspanel.h"
#include "gui/throughputchart.h"
#include "results/resultsdocument.h"
#include "results/session.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Perfdeck;

namespace {

bool hasIperf3() {
    return !QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty();
}

// Checks the picture is not blank and writes it when tools/screenshots.sh asks for it.
void save(const QImage &image, const QString &name) {
    QVERIFY2(!image.isNull(), qPrintable(name));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    const QString dir = qEnvironmentVariable("PERFDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = QDir(dir).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

// Why widget is not seen whole inside frame (hidden, or cut by frame's edges); empty if it is.
QString notShownWhole(const QWidget *widget, const QWidget *frame) {
    if (!widget->isVisible())
        return widget->objectName() + QStringLiteral(" is hidden");
    const QRect inFrame(widget->mapTo(frame, QPoint(0, 0)), widget->size());
    if (!frame->rect().contains(inFrame))
        return QStringLiteral("%1 at (%2,%3 %4x%5) is cut by %6 (%7x%8)")
            .arg(widget->objectName())
            .arg(inFrame.x())
            .arg(inFrame.y())
            .arg(inFrame.width())
            .arg(inFrame.height())
            .arg(frame->objectName())
            .arg(frame->width())
            .arg(frame->height());
    return {};
}

// The labels under root that are shown too small for their text (cut or overlapped).
QStringList cutOffLabels(const QWidget *root) {
    QStringList cut;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= label->minimumSizeHint().width() &&
                                    label->height() >= label->minimumSizeHint().height();
        if (!fits)
            cut << QStringLiteral("%1 (%2x%3): %4")
                       .arg(label->objectName())
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->text());
    }
    return cut;
}

// The window with a dialog painted where it is on the screen (a grab of a window holds only
// that window). The offscreen platform has no window manager: a plain title bar and border
// stand for its decoration, so that the dialog does not melt into the window behind it.
QImage withDialog(QWidget *window, QWidget *dialog) {
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    const QRect inside(window->mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0))), dialog->size());
    const int titleHeight = dialog->fontMetrics().height() + 10;
    const QRect frame = inside.adjusted(-1, -titleHeight - 1, 1, 1);
    for (int i = 1; i <= 6; ++i) // a soft shadow
        painter.fillRect(frame.adjusted(-i + 4, -i + 4, i + 4, i + 4), QColor(0, 0, 0, 10));
    painter.fillRect(frame, QColor(0x4a, 0x4f, 0x57));
    QFont bold = dialog->font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(QRect(frame.left(), frame.top(), frame.width(), titleHeight + 1),
                     Qt::AlignCenter, dialog->windowTitle());
    painter.drawPixmap(inside.topLeft(), dialog->grab());
    return image;
}

QList<RunResult> runsOf(const QString &file) {
    ResultsDocument document;
    QString error;
    if (!ResultsDocument::load(file, &document, &error))
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
    return document.runs;
}

QStringList idsOf(const QList<RunResult> &runs) {
    QStringList ids;
    for (const RunResult &run : runs)
        ids << run.id;
    return ids;
}

// Opens a session file holding runs as `perfdeck FILE` does; true once it is shown.
bool openSession(MainWindow &window, const QList<RunResult> &runs, const QString &path) {
    Session session;
    session.createdAt = QDateTime::currentDateTimeUtc();
    session.runs = runs;
    QString error;
    if (!session.save(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    window.openFromCommandLine({path});
    return QTest::qWaitFor([&] { return window.runModel()->rowCount() == runs.size(); }, 10000);
}

[[nodiscard]] bool clickRun(MainWindow &window) {
    auto *button = window.runPanel()->findChild<QPushButton *>(QStringLiteral("runButton"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QDockWidget *dock(MainWindow &window, const char *name) {
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

QLineSeries *seriesEndingWith(ThroughputChart *chart, const QString &suffix) {
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (series->name().endsWith(suffix))
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

class TstGuideScreenshots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PERFDECK_PROBE", PERFDECK_PROBE_BIN);
        QVERIFY(m_dir.isValid());
        // A history of its own: checks and runs of other tests (or of an earlier run of this
        // one) would show in the Hosts dock and the History view.
        qputenv("PERFDECK_HISTORY_DB",
                m_dir.filePath(QStringLiteral("history.sqlite")).toLocal8Bit());
    }
    void init() { QSettings().clear(); }

    // docs/guide/statistics.md: ten comparable runs (and two that cannot count) of a session
    // selected, against the runs of a results document as baseline.
    void statisticsPanel() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<RunResult> runs =
            runsOf(QStringLiteral(PERFDECK_TEST_DATA "/stats/regressed.json"));
        QCOMPARE(runs.size(), 12);
        QVERIFY(openSession(window, runs, m_dir.filePath(QStringLiteral("regressed.perfdeck"))));
        window.selectRuns(idsOf(runs));
        StatisticsPanel *panel = window.statisticsPanel();
        QDockWidget *statsDock = dock(window, "statisticsDock");
        statsDock->raise();
        window.resizeDocks({statsDock}, {560}, Qt::Horizontal);
        // What From file... does once the file is chosen.
        const QString baseline = QStringLiteral(PERFDECK_TEST_DATA "/stats/baseline.json");
        panel->controller()->loadBaselineFile(baseline);
        panel->setBaseline(QStringLiteral("file:") + baseline);
        QTRY_VERIFY_WITH_TIMEOUT(panel->comparison().has_value() && !panel->isBusy(), 10000);
        QCOMPARE(panel->analysis()->descriptive.n, 10);

        const auto label = [panel](const char *name) {
            return panel->findChild<QLabel *>(QLatin1String(name));
        };
        QVERIFY2(label("sourceLabel")->text().contains(QLatin1String("12 run(s) selected")),
                 qPrintable(label("sourceLabel")->text()));
        QVERIFY2(label("meanLabel")->text().contains(QLatin1String("Mbit/s")),
                 qPrintable(label("meanLabel")->text()));
        QVERIFY2(label("verdictLabel")->text().startsWith(QLatin1String("Regressed")),
                 qPrintable(label("verdictLabel")->text()));
        QVERIFY2(label("welchLabel")->text().contains(QLatin1String("p = ")),
                 qPrintable(label("welchLabel")->text()));
        QTest::qWait(300); // the numbers fit their height after a layout pass
        // Summary and verdict whole in the scrolled numbers, the values chart below them.
        auto *numbers = panel->findChild<QScrollArea *>(QStringLiteral("numbersScroll"));
        for (const char *group : {"summaryGroup", "comparisonGroup"}) {
            const QString why = notShownWhole(panel->findChild<QWidget *>(QLatin1String(group)),
                                              numbers->viewport());
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QStringList cut = cutOffLabels(numbers->widget());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        auto *chart = panel->findChild<QWidget *>(QStringLiteral("valuesChartContainer"));
        QVERIFY(chart->isVisible());
        // (The panel's controls take four rows since confidence has its own: 240, not 250.)
        QVERIFY2(chart->height() >= 240, qPrintable(QString::number(chart->height())));
        QVERIFY(notShownWhole(chart, panel).isEmpty());
        save(statsDock->grab().toImage(), QStringLiteral("statistics-panel.png"));
        window.sessionController()->setModified(false);
    }

    // docs/guide/qos.md: the Shaping box of a run measured through a tc tbf (50 Mbit/s,
    // 512 KiB burst; tests/data/shaping/README.md), opened from a session and selected.
    void shapingPanel() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<RunResult> runs =
            runsOf(QStringLiteral(PERFDECK_TEST_DATA "/shaping/tbf50-receive.json"));
        QCOMPARE(runs.size(), 1);
        QVERIFY(openSession(window, runs, m_dir.filePath(QStringLiteral("shaped.perfdeck"))));
        window.selectRuns(idsOf(runs));
        QDockWidget *statsDock = dock(window, "statisticsDock");
        statsDock->raise();
        window.resizeDocks({statsDock}, {560}, Qt::Horizontal);
        // One run's values are its intervals: the burst, then the rate the bucket lets through.
        auto *mode = window.statisticsPanel()->findChild<QComboBox *>(QStringLiteral("modeCombo"));
        QCOMPARE(mode->currentIndex(), 0);
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(window.statisticsPanel()->mode(), StatisticsPanel::Mode::PerInterval);
        ShapingSection *section = window.statisticsPanel()->shapingSection();
        QTRY_VERIFY(section->isVisible());
        QTRY_VERIFY(window.statisticsPanel()->analysis().has_value() &&
                    window.statisticsPanel()->analysis()->descriptive.n == 50);
        QVERIFY2(section->verdictText().startsWith(QLatin1String("Rate-limited by a shaper")),
                 qPrintable(section->verdictText()));
        QVERIFY2(section->figuresText().contains(QLatin1String("Sustained")) &&
                     section->figuresText().contains(QLatin1String("burst")),
                 qPrintable(section->figuresText()));
        QVERIFY(!section->reasonText().isEmpty());
        // Scrolled to, as a user scrolls the numbers down to it.
        auto *numbers =
            window.statisticsPanel()->findChild<QScrollArea *>(QStringLiteral("numbersScroll"));
        QTest::qWait(300);
        numbers->ensureWidgetVisible(section, 0, 0);
        QTest::qWait(100);
        const QString why = notShownWhole(section, numbers->viewport());
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QStringList cut = cutOffLabels(section);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        save(statsDock->grab().toImage(), QStringLiteral("shaping-panel.png"));
        window.sessionController()->setModified(false);
    }

    // docs/guide/monitoring.md: the Dashboard, floated, while a profile of four concurrent
    // loopback tests runs.
    void dashboardFourTests() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        const QString profile = m_dir.filePath(QStringLiteral("four-tests.yaml"));
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name: four-tests\n"
                    "description: four short loopback tests at once\n"
                    "concurrent: true\n"
                    "defaults:\n"
                    "  engine: iperf3\n"
                    "  duration: 6\n"
                    "  interval: 0.5\n"
                    "tests:\n"
                    "  - name: tcp-upload\n"
                    "    bitrate: 400M\n"
                    "  - name: tcp-download\n"
                    "    direction: receive\n"
                    "    bitrate: 300M\n"
                    "  - name: udp-100M\n"
                    "    protocol: udp\n"
                    "    bitrate: 100M\n"
                    "  - name: tcp-4-streams\n"
                    "    parallel: 4\n"
                    "    bitrate: 100M\n");
        }
        MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget *dashDock = window.dashboardDock();
        dashDock->setFloating(true);
        dashDock->resize(1280, 760);
        dashDock->show();
        DashboardView *dashboard = window.dashboard();
        // Zoomed in to its shortest time, 10 s, where a 6-second test is more than a sliver.
        for (auto *button : dashboard->findChildren<QToolButton *>()) {
            if (button->text() == QLatin1String("+")) {
                while (dashboard->graph()->windowSeconds() > 10)
                    button->click();
            }
        }
        QCOMPARE(dashboard->graph()->windowSeconds(), 10.0);
        window.runProfile(profile);
        DashboardModel *panes = dashboard->model();
        const auto allRunningPast = [&](double seconds) {
            if (panes->rowCount() != 4)
                return false;
            for (int row = 0; row < 4; ++row) {
                const QModelIndex i = panes->index(row, 0);
                if (i.data(DashboardModel::StatusRole).toString() != QLatin1String("running") ||
                    !i.data(DashboardModel::RateTextRole)
                         .toString()
                         .contains(QLatin1String("bit/s")) ||
                    i.data(DashboardModel::ProgressRole).toDouble() * 6 < seconds)
                    return false;
            }
            return true;
        };
        QVERIFY2(QTest::qWaitFor([&] { return allRunningPast(5); }, 30000),
                 qPrintable(QStringLiteral("%1 pane(s)").arg(panes->rowCount())));
        QVERIFY(window.isRunning());
        QTest::qWait(300); // one more redraw of panes, graph and log
        // Four panes whole in their view, a line per test in the graph, lo among the
        // interfaces, the log streaming.
        for (int row = 0; row < 4; ++row) {
            const QRect pane = dashboard->paneView()->visualRect(panes->index(row, 0));
            QVERIFY2(dashboard->paneView()->viewport()->rect().contains(pane),
                     qPrintable(panes->index(row, 0).data(DashboardModel::TitleRole).toString()));
        }
        QStringList titles;
        for (int row = 0; row < 4; ++row)
            titles << panes->index(row, 0).data(DashboardModel::TitleRole).toString();
        for (const char *name : {"tcp-upload", "tcp-download", "udp-100M", "tcp-4-streams"})
            QVERIFY2(titles.join(QLatin1Char(' ')).contains(QLatin1String(name)),
                     qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(dashboard->graph()->seriesCount() >= 4);
        QVERIFY(dashboard->graph()->highestTotal() > 100e6);
        QTableWidget *interfaces = dashboard->interfaceTable();
        QVERIFY(interfaces->rowCount() >= 1);
        QVERIFY(!interfaces->findItems(QStringLiteral("lo"), Qt::MatchExactly).isEmpty());
        for (int column = 0; column < interfaces->columnCount(); ++column) {
            const int needed = std::max(
                static_cast<const QAbstractItemView *>(interfaces)->sizeHintForColumn(column),
                interfaces->horizontalHeader()->sectionSizeHint(column));
            QVERIFY2(interfaces->horizontalHeader()->sectionViewportPosition(column) + needed <=
                         interfaces->viewport()->width(),
                     qPrintable(interfaces->horizontalHeaderItem(column)->text()));
        }
        QVERIFY(dashboard->logModel()->rowCount() > 10);
        QVERIFY(dashDock->isFloating() && dashDock->isVisible());
        save(dashDock->grab().toImage(), QStringLiteral("dashboard-4-tests.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCOMPARE(window.runModel()->finishedResults().size(), 4);
        for (const RunResult &run : window.runModel()->finishedResults())
            QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        window.sessionController()->setModified(false);
    }

    // docs/guide/orchestration.md and docs/GUI.md: two hosts imported from an ssh config (a real
    // sshd on 127.0.0.1 and 127.0.0.2), the host-key dialog of their first check, the Hosts
    // dock once checked, then a run between them picked in the run panel, live, and at
    // 1024x700.
    void remoteHostsFromFirstContactToLiveRun() {
        if (!TestHelpers::SshdFixture::available() || !hasIperf3())
            QSKIP("needs sshd (openssh-server) and iperf3");
        TestHelpers::SshdFixture sshd;
        sshd.addConfig(QStringLiteral("ListenAddress 127.0.0.2"));
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const auto &[name, address] :
                 {std::pair{"lab-client", "127.0.0.1"}, std::pair{"lab-server", "127.0.0.2"}})
                f.write(QStringLiteral("Host %1\n    HostName %2\n    Port %3\n    User %4\n"
                                       "    IdentityFile %5\n")
                            .arg(QLatin1String(name), QLatin1String(address))
                            .arg(sshd.port())
                            .arg(sshd.loginUser(), sshd.userKey())
                            .toUtf8());
        }
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile::remove(knownHosts);

        MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // a first start fits the docks to the window once it has its size
        SshOptions options;
        options.knownHostsFile = knownHosts;
        options.useKeychain = false;
        window.setSshOptions(options);
        InventoryDock *hosts = window.inventoryDock();
        QDockWidget *hostsDock = dock(window, "inventoryDock");
        hostsDock->raise();
        const int defaultWidth = hostsDock->width();
        window.resizeDocks({hostsDock}, {760}, Qt::Horizontal);
        hosts->setInteractive(false); // the import's message box would wait for a click
        QSignalSpy imported(hosts, &InventoryDock::importFinished);
        hosts->importFile(InventoryDock::ImportKind::SshConfig, config);
        QVERIFY(imported.wait(10000));
        QVERIFY2(imported.at(0).at(0).toBool(), qPrintable(imported.at(0).at(3).toString()));
        QCOMPARE(imported.at(0).at(1).toInt(), 2);

        // Check: each host is new, so its key is asked about during the check.
        QSignalSpy opened(window.sshPrompter(), &SshPrompter::dialogOpened);
        QSignalSpy checked(hosts, &InventoryDock::checkFinished);
        hosts->checkAction()->trigger();
        QVERIFY(opened.wait(30000));
        auto *dialog = qobject_cast<HostKeyDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::qWait(200);
        QStringList dialogText;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            dialogText << label->text();
        const QString shown = dialogText.join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(sshd.opensshFingerprint()), qPrintable(shown));
        QVERIFY2(shown.contains(knownHosts), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("ssh-ed25519")), qPrintable(shown));
        const QStringList cutInDialog = cutOffLabels(dialog);
        QVERIFY2(cutInDialog.isEmpty(), qPrintable(cutInDialog.join(QLatin1Char('\n'))));
        QVERIFY(window.rect().contains(
            QRect(window.mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0))), dialog->size())));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Unknown Host Key"));
        save(withDialog(&window, dialog), QStringLiteral("remote-hostkey-dialog.png"));
        // Accept and Save, for this host and the other one.
        int answered = 0;
        while (checked.isEmpty()) {
            while (answered < opened.size()) {
                auto *next =
                    qobject_cast<HostKeyDialog *>(opened.at(answered++).at(0).value<QDialog *>());
                QVERIFY(next);
                next->acceptAndSaveButton()->click();
            }
            QVERIFY(QTest::qWaitFor([&] { return !checked.isEmpty() || answered < opened.size(); },
                                    60000));
        }
        QCOMPARE(answered, 2);

        // Checked: status, versions and round-trip time of each host, all in sight.
        InventoryModel *model = hosts->model();
        for (const char *name : {"lab-client", "lab-server", "local"}) {
            const QModelIndex host = model->indexOfHost(QLatin1String(name));
            QVERIFY2(host.siblingAtColumn(InventoryModel::Iperf3Column)
                         .data()
                         .toString()
                         .startsWith(QLatin1String("3.")),
                     name);
            QVERIFY2(
                !host.siblingAtColumn(InventoryModel::LastCheckColumn).data().toString().isEmpty(),
                name);
        }
        for (const char *name : {"lab-client", "lab-server"})
            QVERIFY2(model->indexOfHost(QLatin1String(name))
                         .siblingAtColumn(InventoryModel::RttColumn)
                         .data()
                         .toString()
                         .endsWith(QLatin1String(" ms")),
                     name);
        // Widened to show every column, lab-client selected for its details.
        window.resizeDocks({hostsDock}, {1000}, Qt::Horizontal);
        QTreeView *view = hosts->view();
        view->setCurrentIndex(model->indexOfHost(QStringLiteral("lab-client")));
        QTest::qWait(200);
        for (int column : {int(InventoryModel::NameColumn), int(InventoryModel::StatusColumn),
                           int(InventoryModel::Iperf3Column), int(InventoryModel::RttColumn)}) {
            const int right = view->header()->sectionViewportPosition(column) +
                              view->header()->sectionSize(column);
            QVERIFY2(!view->header()->isSectionHidden(column) && right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        }
        QVERIFY(notShownWhole(hostsDock, &window).isEmpty());
        const QStringList cutInDock = cutOffLabels(hosts);
        QVERIFY2(cutInDock.isEmpty(), qPrintable(cutInDock.join(QLatin1Char('\n'))));
        save(hostsDock->grab().toImage(), QStringLiteral("remote-hosts-checked.png"));
        window.resizeDocks({hostsDock}, {defaultWidth}, Qt::Horizontal);
        QTRY_COMPARE(hostsDock->width(), defaultWidth);

        // The run panel: client and server picked from the inventory's hosts.
        TestSpec spec;
        spec.durationS = 4;
        spec.intervalS = 0.5;
        window.runPanel()->setSpec(spec);
        auto *client = window.runPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        auto *server = window.runPanel()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
        client->setCurrentIndex(client->findData(QStringLiteral("lab-client")));
        server->setCurrentIndex(server->findData(QStringLiteral("lab-server")));
        // At 1 Gbit/s, as over a real link: unlimited, loopback takes both cores and a loaded
        // machine showed intervals of 0 bit/s.
        QTest::keyClicks(window.runPanel()->findChild<QLineEdit *>(QStringLiteral("bitrateEdit")),
                         QStringLiteral("1G"));
        QCOMPARE(client->currentText(), QStringLiteral("lab-client"));
        QCOMPARE(server->currentText(), QStringLiteral("lab-server"));
        auto *embedded = window.runPanel()->findChild<QCheckBox *>(QStringLiteral("embeddedCheck"));
        QVERIFY(embedded->isChecked());
        QVERIFY2(embedded->text().contains(QLatin1String("started by Perfdeck")),
                 qPrintable(embedded->text()));
        for (const QWidget *w : {static_cast<QWidget *>(client), static_cast<QWidget *>(server)}) {
            const QString why = notShownWhole(w, &window);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        save(window.grab().toImage(), QStringLiteral("remote-run-picked.png"));

        // Live: the keys saved by the check, so no question; samples on the chart.
        const qsizetype questions = opened.size();
        QVERIFY(clickRun(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
        const QString id = window.runModel()->records().constFirst().result.id;
        QVERIFY2(QTest::qWaitFor([&] { return window.chart()->sampleCount(id) >= 3; }, 30000),
                 qPrintable(window.logView()->text()));
        QVERIFY(window.isRunning());
        QCOMPARE(opened.size(), questions);
        QCOMPARE(window.runModel()->index(0, RunTableModel::TargetColumn).data().toString(),
                 QStringLiteral("lab-client \u2192 lab-server"));
        QVERIFY(window.chart()->hasPoints());
        QVERIFY2(window.runModel()->records().constFirst().lastBps.value_or(0) > 0.5e9,
                 qPrintable(window.logView()->text()));
        dock(window, "resultsDock")->raise();
        QTest::qWait(250);
        save(window.grab().toImage(), QStringLiteral("remote-run-live.png"));

        // The same at 1024x700: the run form fits its dock, the table shows the run's row.
        window.resize(1024, 700);
        QTRY_COMPARE(window.size(), QSize(1024, 700));
        QTest::qWait(250);
        QVERIFY(window.isRunning());
        auto *runScroll = window.findChild<QScrollArea *>(QStringLiteral("runScroll"));
        QTRY_COMPARE(runScroll->horizontalScrollBar()->maximum(), 0);
        QTableView *table = window.runTable();
        QVERIFY(table->isVisible());
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->model()->index(0, 0))));
        QVERIFY(notShownWhole(window.chart(), &window).isEmpty());
        save(window.grab().toImage(), QStringLiteral("remote-run-1024x700.png"));

        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const RunResult run = window.runModel()->records().constFirst().result;
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QCOMPARE(run.clientHost, QStringLiteral("lab-client"));
        QCOMPARE(run.serverHost, QStringLiteral("lab-server"));
        window.sessionController()->setModified(false);
    }

    // docs/PATTERNS.md: a UDP steps pattern with an off phase and a ramp, marked EF with the
    // DSCP check, live (the requested rate drawn for the whole test) and finished.
    void qosPattern() {
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        MainWindow window;
        window.resize(1600, 915);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RunPanel *panel = window.runPanel();
        TestSpec spec;
        spec.protocol = Protocol::Udp;
        spec.durationS = 4;
        spec.intervalS = 0.25;
        spec.dscp = QStringLiteral("EF");
        window.runPanel()->setSpec(spec);
        // Typed into Bitrate as a user does: the line under it says what the pattern does.
        auto *bitrate = panel->findChild<QLineEdit *>(QStringLiteral("bitrateEdit"));
        bitrate->clear();
        QTest::keyClicks(bitrate, QStringLiteral("steps:10M/1s,60M/1s,0/0.5s,30M..90M/1.5s"));
        auto *hint = panel->findChild<QLabel *>(QStringLiteral("bitrateHint"));
        QVERIFY2(hint->isVisible() && hint->text().contains(QLatin1String("up to 90.0 Mbit/s")),
                 qPrintable(hint->text()));
        QVERIFY(panel->findChild<QCheckBox *>(QStringLiteral("dscpCheck"))->isChecked());
        QVERIFY(clickRun(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->rowCount(), 1, 10000);
        const QString id = window.runModel()->records().constFirst().result.id;
        // Live, into the ramp: measured up to there, requested for the whole test.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.runModel()->records().constFirst().elapsedS >= 3 &&
                       window.chart()->sampleCount(id) >= 11;
            },
            20000));
        QVERIFY(window.isRunning());
        QTest::qWait(250);
        QLineSeries *requested = seriesEndingWith(window.chart(), QStringLiteral(" requested"));
        QLineSeries *total = seriesEndingWith(window.chart(), QStringLiteral(" total"));
        QVERIFY(requested && total);
        QCOMPARE(requested->points().constLast().x(), 4.0);
        QVERIFY(total->points().constLast().x() < 4.0);
        QVERIFY(total->count() >= 11);
        QVERIFY(notShownWhole(window.chart(), &window).isEmpty());
        save(window.grab().toImage(), QStringLiteral("qos-pattern-running.png"));

        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const QModelIndex dscp = window.runModel()->index(0, RunTableModel::DscpColumn);
        QTRY_COMPARE_WITH_TIMEOUT(dscp.data().toString(), QStringLiteral("EF: kept"), 15000);
        const RunResult run = window.runModel()->records().constFirst().result;
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QVERIFY2(window.logView()->text().contains(QLatin1String("[pattern] 2-2.5 s: requested 0")),
                 qPrintable(window.logView()->text()));
        dock(window, "resultsDock")->raise();
        dock(window, "statisticsDock")->raise();
        QTest::qWait(300);
        total = seriesEndingWith(window.chart(), QStringLiteral(" total"));
        QVERIFY(total && total->points().constLast().x() >= 3.99);
        QTableView *table = window.runTable();
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->model()->index(0, 0))));
        save(window.grab().toImage(), QStringLiteral("qos-pattern.png"));
        window.sessionController()->setModified(false);
    }

    // docs/WEB.md: the web dashboard of `perfdeck-cli serve` in a real Chromium at 1280x800,
    // two loopback runs started from its own form.
    void webDashboard() {
        if (!TestHelpers::browserAvailable())
            QSKIP("chromium and chromium-driver are not installed (packaging/install-deps.sh)");
        if (!hasIperf3())
            QSKIP("iperf3 is not installed");
        TestHelpers::ServeProcess serve(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        QTemporaryDir profile;
        TestHelpers::Browser browser(profile.path());
        QVERIFY2(browser.ok(), qPrintable(browser.error()));
        browser.open(QStringLiteral("http://127.0.0.1:%1/#token=%2")
                         .arg(serve.port())
                         .arg(QString::fromUtf8(serve.token())));
        browser.setViewportSize(1280, 800);
        QTRY_COMPARE_WITH_TIMEOUT(browser.text(QStringLiteral("#connection")),
                                  QStringLiteral("live"), 20000);
        QVERIFY(browser.setValue(QStringLiteral("#duration"), QStringLiteral("10")));
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(browser.click(QStringLiteral("#start")));
            QTRY_VERIFY_WITH_TIMEOUT(
                browser.text(QStringLiteral("#message"))
                        .startsWith(QLatin1String("started run-")) &&
                    !ids.contains(
                        browser.text(QStringLiteral("#message")).section(QLatin1Char(' '), 1)),
                20000);
            ids << browser.text(QStringLiteral("#message")).section(QLatin1Char(' '), 1);
        }
        // Both running with a rate, a few seconds of total rate drawn.
        const auto row = [](const QString &id) {
            return QStringLiteral("tr[data-run=\"%1\"]").arg(id);
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QString &id : ids) {
                    if (browser.text(row(id) + QStringLiteral(" td.status")) !=
                            QLatin1String("running") ||
                        !browser.text(row(id) + QStringLiteral(" td.rate"))
                             .contains(QLatin1String("bit/s")))
                        return false;
                }
                return true;
            },
            20000));
        QTest::qWait(2500);
        const auto bothRunning = [&] {
            for (const QString &id : ids)
                QCOMPARE(browser.text(row(id) + QStringLiteral(" td.status")),
                         QStringLiteral("running"));
        };
        bothRunning();
        const QJsonValue drawn = browser.script(QStringLiteral(
            "const c = document.getElementById('total');"
            "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) ++n; return n;"));
        QVERIFY2(drawn.toInt() > 500, qPrintable(QString::number(drawn.toInt())));
        QCOMPARE(browser.script(QStringLiteral(
                     "return document.documentElement.scrollWidth <= window.innerWidth")),
                 QJsonValue(true));
        QVERIFY(!browser.text(QStringLiteral("#log")).isEmpty());
        const QImage image = QImage::fromData(browser.screenshot(), "PNG");
        bothRunning(); // before and after: running in the picture too
        QCOMPARE(image.size(), QSize(1280, 800));
        save(image, QStringLiteral("web-dashboard.png"));
        for (const QString &id : ids) // not waited for: the server stops them when it ends
            QVERIFY(browser.click(row(id) + QStringLiteral(" button.stop")));
    }

private:
    QTemporaryDir m_dir;
};

// The pictures are made on a 1920x1080 screen (tools/screenshots.sh); the offscreen platform's
// screen is 800x800 unless told otherwise, too small for the window sizes checked here. So a
// plain "offscreen" (ctest) gets the same screen as the tool gives it.
int main(int argc, char **argv) {
    QTemporaryFile screen(QDir::tempPath() + QStringLiteral("/perfdeck-screen-XXXXXX.json"));
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screen.open()) {
        screen.write(R"({"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, )"
                     R"("height": 1080, "logicalDpi": 96}]})");
        screen.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstGuideScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guidescreenshots.moc"

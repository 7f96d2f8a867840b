// File > Generate Report…: the dialog makes PDF and text reports off the UI thread with
// progress (the event loop keeps running: a timer fires while the PDF is written), cancel
// leaves no file, a broken template's FILE:LINE reaches the status line, and the main window
// keeps the dialog's choices in the session.
#include "gui/mainwindow.h"
#include "gui/reportcenter.h"
#include "gui/reportdialog.h"
#include "gui/reportjob.h"
#include "report/reportsample.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Perfdeck;

class TestReportDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_dir.isValid());
    }

    void generatesPdfOffTheUiThread() {
        ReportDialog dialog(ReportSample::input(30), {});
        const QString out = m_dir.filePath(QStringLiteral("r.pdf"));
        dialog.setOutputPath(out);
        dialog.setTemplate(QStringLiteral("summary.html"));
        QSignalSpy finished(dialog.job(), &ReportJob::finished);
        QSignalSpy progress(dialog.job(), &ReportJob::progress);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(5);
        dialog.generate();
        QVERIFY(dialog.job()->isRunning());
        QVERIFY(finished.wait(120000));
        timer.stop();
        // The UI thread's event loop ran while the report was made.
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY(QFileInfo(out).size() > 1000);
        bool sawPage = false;
        for (const QList<QVariant> &args : progress)
            sawPage |= args.at(1).toString().startsWith(QStringLiteral("Page 1 of"));
        QVERIFY(sawPage);
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("Wrote")),
                 "status line says what was written");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        if (text.waitForFinished(30000) && text.exitCode() == 0) {
            const QString t = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY(t.contains(QStringLiteral("#30")));
            QVERIFY(t.contains(QStringLiteral("Time (s)")));
        }
    }

    void generatesMarkdown() {
        ReportDialog dialog(ReportSample::input(3), {});
        const QString out = m_dir.filePath(QStringLiteral("r.md"));
        dialog.setTemplate(QStringLiteral("summary.md"));
        dialog.setOutputPath(out);
        QSignalSpy finished(dialog.job(), &ReportJob::finished);
        dialog.generate();
        QVERIFY(finished.wait(60000));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Sample session"));
    }

    void cancelLeavesNoFile() {
        ReportDialog dialog(ReportSample::input(200), {});
        const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setOutputPath(out);
        QSignalSpy cancelled(dialog.job(), &ReportJob::cancelled);
        QSignalSpy finished(dialog.job(), &ReportJob::finished);
        dialog.generate();
        dialog.cancel();
        QVERIFY(cancelled.wait(120000));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!dialog.job()->isRunning());
    }

    void templateErrorShownWithLine() {
        const QString file = m_dir.filePath(QStringLiteral("broken.html"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>ok</p>\n<p>{{ runs | nosuch }}</p>\n");
        f.close();
        ReportDialog dialog(ReportSample::input(2), {});
        dialog.setTemplate(file);
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("broken.pdf")));
        QSignalSpy failed(dialog.job(), &ReportJob::failed);
        dialog.generate();
        QVERIFY(failed.wait(60000));
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("broken.html:2")), qPrintable(status));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("broken.pdf"))));
    }

    void mainWindowKeepsChoicesInSession() {
        MainWindow window;
        QAction *action = window.reports()->generateAction();
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inFileMenu = menu->text().contains(QStringLiteral("File"));
        }
        QVERIFY(inFileMenu);
        window.reports()->openGenerateDialog();
        ReportDialog *dialog = window.reports()->dialog();
        QVERIFY(dialog);
        const QString out = m_dir.filePath(QStringLiteral("kept.md"));
        dialog->setTemplate(QStringLiteral("summary.md"));
        dialog->setOutputPath(out);
        QSignalSpy finished(dialog->job(), &ReportJob::finished);
        dialog->generate();
        QVERIFY(finished.wait(60000));
        const QJsonObject state = window.reports()->saveState();
        QCOMPARE(state.value(QStringLiteral("template")).toString(), QStringLiteral("summary.md"));
        QCOMPARE(state.value(QStringLiteral("output")).toString(), out);
        dialog->close();
        // A reopened dialog starts from the saved choices.
        window.reports()->restoreState(state);
        QTRY_VERIFY(!window.reports()->dialog());
        window.reports()->openGenerateDialog();
        QCOMPARE(window.reports()->dialog()->state(), state);
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"

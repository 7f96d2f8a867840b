// File > Generate Report…: the dialog makes PDF and text reports off the UI thread with
// progress (the event loop keeps running: a timer fires while the PDF is written), cancel
// leaves no file, a broken template's FILE:LINE reaches the status line, and the main window
// keeps the dialog's choices in the session.
#include "gui/mainwindow.h"
#include "gui/reportcenter.h"
#include "gui/reportdialog.h"
#include "gui/reportjob.h"
#include "report/reportsample.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
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

    void baselineFromFileOrPanel() {
        // The sample's own baseline is dropped: the dialog's choice decides.
        ReportInput sample = ReportSample::input(6);
        const QList<RunResult> baselineRuns = sample.baselineRuns;
        ResultsDocument doc;
        doc.runs = baselineRuns;
        QString error;
        const QString basePath = m_dir.filePath(QStringLiteral("old-week.json"));
        QVERIFY2(doc.save(basePath, &error), qPrintable(error));
        const auto render = [this](ReportDialog &dialog, const QString &name) {
            const QString out = m_dir.filePath(name);
            dialog.setTemplate(QStringLiteral("comparison.html"));
            dialog.setOutputPath(out);
            QSignalSpy finished(dialog.job(), &ReportJob::finished);
            dialog.generate();
            if (!finished.wait(60000))
                return QString();
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        {
            ReportDialog dialog(sample, {});
            const QString none = render(dialog, QStringLiteral("none.html"));
            QVERIFY2(none.contains(QStringLiteral("No baseline was given")), qPrintable(none));
        }
        {
            ReportDialog dialog(sample, {});
            dialog.setBaselineChoice(QStringLiteral("file:") + basePath);
            QTRY_VERIFY(!dialog.isLoadingBaseline());
            QCOMPARE(dialog.baselineProblem(), QString());
            QCOMPARE(dialog.state().value(QStringLiteral("baseline")).toString(),
                     QStringLiteral("file:") + basePath);
            const QString html = render(dialog, QStringLiteral("file.html"));
            QVERIFY2(html.contains(QStringLiteral("against old-week.json")), qPrintable(html));
            QVERIFY(!html.contains(QStringLiteral("No baseline was given")));
        }
        {
            // The session reopens with its choice; a file that is not a results document
            // is named in the status line and Generate stays off.
            const QString bad = m_dir.filePath(QStringLiteral("notes.json"));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"hello\": 1}");
            f.close();
            const QJsonObject saved{
                {QStringLiteral("baseline"), QString(QStringLiteral("file:") + bad)}};
            ReportDialog dialog(sample, saved);
            QTRY_VERIFY(!dialog.isLoadingBaseline());
            QVERIFY2(dialog.baselineProblem().contains(QStringLiteral("notes.json")),
                     qPrintable(dialog.baselineProblem()));
            QVERIFY(
                !dialog.findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
        }
        {
            ReportDialog dialog(sample,
                                QJsonObject{{QStringLiteral("baseline"), QStringLiteral("panel")}});
            dialog.setPanelBaseline(baselineRuns, QStringLiteral("3 run(s) like tcp-3"));
            auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("baselineCombo"));
            QVERIFY2(combo->currentText().contains(QStringLiteral("statistics panel")),
                     qPrintable(combo->currentText()));
            const QString html = render(dialog, QStringLiteral("panel.html"));
            QVERIFY2(html.contains(QStringLiteral("statistics panel baseline")), qPrintable(html));
            QVERIFY(!html.contains(QStringLiteral("No baseline was given")));
        }
    }

    void printsTheReportPages() {
        ReportDialog dialog(ReportSample::input(12), {});
        dialog.setTemplate(QStringLiteral("summary.html"));
        QSignalSpy ready(&dialog, &ReportDialog::printReady);
        dialog.preparePrint();
        QVERIFY(ready.wait(60000));
        // A printer that prints to a file: what a print queue would get.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(out);
        QString error;
        QVERIFY2(dialog.printTo(&printer, &error), qPrintable(error));
        QVERIFY(QFileInfo(out).size() > 1000);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(t.contains(QStringLiteral("#12")), qPrintable(t.left(500)));
        QVERIFY(t.contains(QStringLiteral("Page 1 of")));
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

    // The QoS and history-trend templates are offered; the history one reads the history
    // database ($PERFDECK_HISTORY_DB, as the History view) off the UI thread and draws the
    // pair's trend with this report's runs in it.
    void historyTrendReportFromTheDialog() {
        const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
        QList<RunResult> runs = ReportSample::input(8).runs.mid(0, 8);
        for (int i = 0; i < runs.size(); ++i)
            runs[i].startedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addDays(i);
        {
            HistoryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QCOMPARE(store.add(runs, HistoryMeta(), &error), 8);
        }
        qputenv("PERFDECK_HISTORY_DB", db.toUtf8());
        ReportInput input = ReportSample::input(0);
        input.runs = runs.mid(6);
        ReportDialog dialog(input, {});
        const QComboBox *templates = dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QVERIFY(templates);
        QVERIFY(templates->findData(QStringLiteral("qos.html")) >= 0);
        QVERIFY(templates->findData(QStringLiteral("history.html")) >= 0);
        const QString out = m_dir.filePath(QStringLiteral("history.pdf"));
        dialog.setTemplate(QStringLiteral("history.html"));
        dialog.setOutputPath(out);
        QSignalSpy finished(dialog.job(), &ReportJob::finished);
        dialog.generate();
        QVERIFY(finished.wait(120000));
        qunsetenv("PERFDECK_HISTORY_DB");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            QSKIP("pdftotext (poppler-utils) not installed");
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(t.contains(QStringLiteral("History of local → local")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("8 runs from 2026-11-01")), qPrintable(t));
        QCOMPARE(t.count(QStringLiteral("(this report)")), 2);
        QVERIFY(!t.contains(QStringLiteral("chart:")));
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

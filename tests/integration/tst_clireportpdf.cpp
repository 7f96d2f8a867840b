// PDF reports through the real perfdeck-cli, read back with poppler (pdftotext, pdfimages,
// pdftoppm): a long run table continues on the next pages with its header row repeated and no
// row cut in two; the CDF, histogram, heat-map and history-trend charts are vector paths with
// their axis titles as text and their colours where they belong; the QoS template over a real
// perfdeck-probe run and a run through a real tbf; the history-trend template over a real
// SQLite history (and after real iperf3 runs with run --report); no XDG_RUNTIME_DIR warning.
#include "testhelpers.h"

#include "report/reportsample.h"
#include "results/historystore.h"
#include "results/resultsdocument.h"

#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Perfdeck;
using TestHelpers::CliResult;

namespace {

CliResult cli(const QStringList &args, const QString &dataHome, const QStringList &unset = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("PERFDECK_TEMPLATE_DIR"));
    env.remove(QStringLiteral("PERFDECK_HISTORY_DB"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &name : unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERFDECK_CLI), args);
    CliResult r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<timed out>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int pageCount(const QString &pdf) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString pageText(const QString &pdf, int page) {
    const QString n = QString::number(page);
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), n,
                                              QStringLiteral("-l"), n, pdf, QStringLiteral("-")});
}

// How many lines of the PDF are raster images ("pdfimages -list" prints two header lines).
int imageLines(const QString &pdf) {
    return int(tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                   .trimmed()
                   .split(QLatin1Char('\n'))
                   .size()) -
           2;
}

// The first page at 50 dpi.
QImage firstPage(const QString &pdf) {
    const QString prefix = pdf + QStringLiteral("-page");
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"),
          QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
          QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance = 14) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) < tolerance &&
                 std::abs(c.green() - color.green()) < tolerance &&
                 std::abs(c.blue() - color.blue()) < tolerance;
        }
    }
    return n;
}

const QColor Blue(0x1f, 0x77, 0xb4); // the charts' first colour
const QColor Red(0xd6, 0x27, 0x28);  // mean lines, regressions
const QColor Band(0xc6, 0xdb, 0xef); // the history's baseline band

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

} // namespace

class TestCliReportPdf : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_many;   // 150 iperf3 runs (2 of 3 failed: rows of two lines) + 1 TCP_RR
    QString m_matrix; // four runs in a 2 x 2 plan's cells

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString chartTemplate(const QString &name, const QString &spec) {
        const QString file = path(name + QStringLiteral(".html"));
        writeFile(file, QStringLiteral("{% extends \"base.html\" %}{% block content %}"
                                       "<p><img src=\"%1\" width=\"680\" height=\"320\"></p>"
                                       "{% endblock %}{% block metadata %}{% endblock %}")
                            .arg(spec)
                            .toUtf8());
        return file;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfimages, pdftoppm) not installed");
        QVERIFY(m_dir.isValid());
        m_data = path(QStringLiteral("data"));
        QDir().mkpath(m_data);
        ReportInput sample = ReportSample::input(150);
        for (qsizetype i = 0; i < 150; i += (i % 3 == 1 ? 2 : 1)) { // 2 of every 3
            RunResult &run = sample.runs[i];
            run.status = RunStatus::Error;
            run.error = QStringLiteral("iperf3: unable to connect: ECONNREFUSED "
                                       "notlistening");
        }
        ResultsDocument doc;
        doc.runs = sample.runs;
        m_many = path(QStringLiteral("many.json"));
        QString error;
        QVERIFY2(doc.save(m_many, &error), qPrintable(error));

        // A 2 x 2 plan read off the runs' cells, 2 to 8 Gbit/s.
        doc.runs = ReportSample::input(4).runs.mid(0, 4);
        const QStringList cells{QStringLiteral("c1->s1"), QStringLiteral("c1->s2"),
                                QStringLiteral("c2->s1"), QStringLiteral("c2->s2")};
        for (int i = 0; i < 4; ++i) {
            doc.runs[i].cell = cells[i];
            doc.runs[i].clientHost = cells[i].section(QStringLiteral("->"), 0, 0);
            doc.runs[i].serverHost = cells[i].section(QStringLiteral("->"), 1, 1);
            doc.runs[i].summary.throughputBps = 2e9 * (i + 1);
        }
        m_matrix = path(QStringLiteral("matrix.json"));
        QVERIFY2(doc.save(m_matrix, &error), qPrintable(error));
    }

    // The shipped run table (the macro every report uses) over 151 runs: every page it spans
    // starts with its header row, every run is on exactly one page (a row cut by a page
    // break would be drawn, clipped, on both), and failed runs' two-line rows stay whole.
    void longTableContinuesWithHeaderOnEveryPage() {
        const QString tpl = path(QStringLiteral("table.html"));
        writeFile(tpl, "{% extends \"base.html\" %}{% import \"_macros.html\" as m %}"
                       "{% block content %}<h2>Runs</h2>{{ m.runs_table(runs) }}{% endblock %}"
                       "{% block metadata %}{% endblock %}");
        const QString pdf = path(QStringLiteral("table.pdf"));
        const CliResult r =
            cli({QStringLiteral("report"), m_many, QStringLiteral("--template"), tpl,
                 QStringLiteral("--out"), pdf, QStringLiteral("--page-size"), QStringLiteral("a4")},
                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        static const QRegularExpression rowStart(QStringLiteral("^\\s*#(\\d+)\\s"),
                                                 QRegularExpression::MultilineOption);
        QMap<int, int> seen; // label -> times found
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(
                text.contains(QStringLiteral("Started (UTC)")),
                qPrintable(QStringLiteral("no header row on page %1:\n%2").arg(page).arg(text)));
            int rows = 0;
            int failedRows = 0;
            for (auto it = rowStart.globalMatch(text); it.hasNext(); ++rows) {
                const int label = it.next().captured(1).toInt();
                ++seen[label];
                failedRows += label % 3 != 0 && label <= 150;
            }
            QVERIFY2(rows > (page < pages ? 10 : 0),
                     qPrintable(QStringLiteral("page %1: %2 rows").arg(page).arg(rows)));
            // A failed run's row is three lines (figure, error); they stay on its row's page.
            QVERIFY2(text.count(QStringLiteral("notlistening")) == failedRows,
                     qPrintable(QStringLiteral("page %1: %2 failed rows, errors:\n%3")
                                    .arg(page)
                                    .arg(failedRows)
                                    .arg(text)));
        }
        for (int label = 1; label <= 151; ++label)
            QVERIFY2(
                seen.value(label) == 1,
                qPrintable(QStringLiteral("#%1 found %2 times").arg(label).arg(seen.value(label))));
        QCOMPARE(seen.size(), 151);
        QCOMPARE(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                     .count(QStringLiteral("notlistening")),
                 100);
    }

    // A heading never ends a page: it goes over with the first line of what follows it. 200
    // sections of 1 to 7 paragraphs each put headings at every height of the page; before
    // "keep with next" (and before the breaker saw the whole layout of a long document: past
    // the first pages lines were cut in two) six pages ended with a lone heading.
    void headingStaysWithWhatFollows() {
        QByteArray body;
        for (int i = 1; i <= 200; ++i) {
            body += QStringLiteral("<h2>Heading %1</h2><p>Body of section %1.</p>").arg(i).toUtf8();
            for (int j = 0; j < i % 7; ++j)
                body +=
                    QStringLiteral("<p>Filler %1.%2 of the section.</p>").arg(i).arg(j).toUtf8();
        }
        const QString tpl = path(QStringLiteral("headings.html"));
        writeFile(tpl, "{% extends \"base.html\" %}{% block content %}" + body +
                           "{% endblock %}{% block metadata %}{% endblock %}");
        const QString pdf = path(QStringLiteral("headings.pdf"));
        const CliResult r = cli({QStringLiteral("report"), m_matrix, QStringLiteral("--template"),
                                 tpl, QStringLiteral("--out"), pdf, QStringLiteral("--page-size"),
                                 QStringLiteral("a4"), QStringLiteral("--no-history")},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        // Each section's body is on a page that shows its heading too. (A line clipped at a
        // page's edge is still in the PDF's text, so "the last line" cannot be read off
        // pdftotext; where the body is can.)
        static const QRegularExpression heading(QStringLiteral("^\\s*Heading (\\d+)\\s*$"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression bodyLine(QStringLiteral("^\\s*Body of section (\\d+)\\."),
                                                 QRegularExpression::MultilineOption);
        QSet<int> bodiesSeen;
        QString whole;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            whole += text;
            QSet<int> headings;
            for (auto it = heading.globalMatch(text); it.hasNext();)
                headings.insert(it.next().captured(1).toInt());
            for (auto it = bodyLine.globalMatch(text); it.hasNext();) {
                const int section = it.next().captured(1).toInt();
                bodiesSeen.insert(section);
                QVERIFY2(headings.contains(section),
                         qPrintable(QStringLiteral("page %1 starts section %2 without its "
                                                   "heading:\n%3")
                                        .arg(page)
                                        .arg(section)
                                        .arg(text)));
            }
        }
        QCOMPARE(bodiesSeen.size(), 200);
        // Every line is in the PDF's text once: a line that starts right where a page ends is
        // not also drawn (clipped away, but searchable) at the foot of the page before.
        static const QRegularExpression anyLine(
            QStringLiteral("^\\s*(Heading \\d+|Body of section \\d+\\.|Filler \\d+\\.\\d+ of "
                           "the section\\.)\\s*$"),
            QRegularExpression::MultilineOption);
        QHash<QString, int> seen;
        for (auto it = anyLine.globalMatch(whole); it.hasNext();)
            ++seen[it.next().captured(1)];
        int expected = 0;
        for (int i = 1; i <= 200; ++i)
            expected += 2 + i % 7;
        QCOMPARE(seen.size(), expected);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("\"%1\" is in the PDF's text %2 "
                                                                "times")
                                                     .arg(it.key())
                                                     .arg(it.value())));
    }

    void chartIsVector_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<QColor>>("colors");
        QTest::addRow("cdf of throughput")
            << QStringLiteral("many") << QStringLiteral("chart:cdf?run=sample-0001")
            << QStringList{QStringLiteral("CDF of per-interval throughput"),
                           QStringLiteral("Fraction of intervals"),
                           QStringLiteral("Throughput (Gbit/s)"), QStringLiteral("10 intervals")}
            << QList<QColor>{Blue};
        QTest::addRow("cdf of rtt and percentiles")
            << QStringLiteral("many")
            << QStringLiteral("chart:cdf?value=rtt&amp;run=sample-0002,sample-rr-151")
            << QStringList{QStringLiteral("CDF of per-interval RTT, 2 runs"),
                           QStringLiteral("RTT (µs)"), QStringLiteral("(percentiles)")}
            << QList<QColor>{QColor(0xff, 0x7f, 0x0e)};
        QTest::addRow("histogram of intervals")
            << QStringLiteral("many") << QStringLiteral("chart:histogram?group=0&amp;bins=12")
            << QStringList{QStringLiteral("Histogram of per-interval throughput"),
                           QStringLiteral("Intervals"), QStringLiteral("Throughput (Gbit/s)"),
                           QStringLiteral("mean")}
            << QList<QColor>{Blue, Red};
        QTest::addRow("histogram of runs")
            << QStringLiteral("many") << QStringLiteral("chart:histogram?value=run")
            << QStringList{QStringLiteral("Histogram of throughput per run"),
                           QStringLiteral("Runs")}
            << QList<QColor>{Blue, Red};
        QTest::addRow("heat map") << QStringLiteral("matrix") << QStringLiteral("chart:heatmap")
                                  << QStringList{QStringLiteral("client \\ server"),
                                                 QStringLiteral("c1"), QStringLiteral("s2"),
                                                 QStringLiteral("2.00 Gbit/s"),
                                                 QStringLiteral("8.00 Gbit/s")}
                                  << QList<QColor>{QColor(68, 1, 84), QColor(181, 222, 43)};
    }
    void chartIsVector() {
        QFETCH(QString, input);
        QFETCH(QString, spec);
        QFETCH(QStringList, texts);
        QFETCH(QList<QColor>, colors);
        const QString name = QStringLiteral("chart-%1")
                                 .arg(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString pdf = path(name + QStringLiteral(".pdf"));
        const CliResult r = cli(
            {QStringLiteral("report"), input == QLatin1String("many") ? m_many : m_matrix,
             QStringLiteral("--template"), chartTemplate(name, spec), QStringLiteral("--out"), pdf},
            m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pageText(pdf, 1);
        // Drawn, not the framed message of a chart that could not be.
        QVERIFY2(!text.contains(QStringLiteral("chart:")), qPrintable(text));
        for (const QString &needle : texts)
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" not in:\n") + text));
        QCOMPARE(imageLines(pdf), 0);
        const QImage page = firstPage(pdf);
        QVERIFY(!page.isNull());
        for (const QColor &color : colors) {
            const int n = pixelsNear(page, color);
            QVERIFY2(n > 30, qPrintable(QStringLiteral("%1: %2 pixels").arg(color.name()).arg(n)));
        }
    }

    // qos.html over a real `perfdeck-cli qos` run (three classes through perfdeck-probe on
    // loopback: all kept) and a receive run recorded through a real tbf 20mbit (shaped).
    void qosTemplate() {
        const QString probed = path(QStringLiteral("qos-probe.json"));
        const CliResult q =
            cli({QStringLiteral("qos"), QStringLiteral("--classes"), QStringLiteral("EF,AF41,CS0"),
                 QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--rate"),
                 QStringLiteral("300"), QStringLiteral("--results"), probed},
                m_data);
        QVERIFY2(q.exitCode == 0, qPrintable(q.err + q.out));
        QJsonObject doc = TestHelpers::readJson(probed);
        QJsonArray runs = doc.value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        const QJsonArray shaped =
            TestHelpers::readJson(QStringLiteral(PERFDECK_TEST_DATA "/shaping/tbf20-receive.json"))
                .value(QLatin1String("runs"))
                .toArray();
        for (const QJsonValue &run : shaped)
            runs.append(run);
        doc.insert(QStringLiteral("runs"), runs);
        const QString input = path(QStringLiteral("qos-all.json"));
        writeFile(input, QJsonDocument(doc).toJson());

        const QString pdf = path(QStringLiteral("qos.pdf"));
        const QString context = path(QStringLiteral("qos-context.json"));
        const CliResult r = cli({QStringLiteral("report"), input, QStringLiteral("--template"),
                                 QStringLiteral("qos"), QStringLiteral("--out"), pdf,
                                 QStringLiteral("--context-json"), context},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray ctxRuns = TestHelpers::readJson(context)[QStringLiteral("runs")].toArray();
        QCOMPARE(ctxRuns.size(), 4);
        QCOMPARE(ctxRuns[0][QStringLiteral("qos")][QStringLiteral("verdict_text")].toString(),
                 QStringLiteral("kept"));
        QCOMPARE(ctxRuns[3][QStringLiteral("qos")].type(), QJsonValue::Null);
        QCOMPARE(ctxRuns[3][QStringLiteral("shaping")][QStringLiteral("shaped")].toBool(), true);

        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &needle :
             {QStringLiteral("DSCP validation"), QStringLiteral("EF (46) 100"),
              QStringLiteral("AF41 (34) 100"), QStringLiteral("Every class arrived with the code"),
              QStringLiteral("Figures per class"), QStringLiteral("Shaping"),
              QStringLiteral("undetermined"), QStringLiteral("(shaper)"),
              QStringLiteral("Throughput per class over time")})
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(QStringLiteral("chart:")), qPrintable(text));
        QCOMPARE(imageLines(pdf), 0);
    }

    // history.html over a history database with 14 runs of one pair, the newest far below
    // the others: its band, the regression and this report's run are drawn and listed.
    void historyTemplate() {
        const QString db = path(QStringLiteral("history.sqlite"));
        QList<RunResult> runs = ReportSample::input(14).runs.mid(0, 14);
        for (int i = 0; i < 14; ++i) {
            runs[i].startedAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC).addDays(i);
            runs[i].summary.throughputBps = i == 13 ? 5.0e9 : 9.0e9 + 0.4e9 * (i % 3 - 1);
        }
        {
            HistoryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QCOMPARE(store.add(runs, HistoryMeta(), &error), 14);
        }
        ResultsDocument doc;
        doc.runs = {runs.last()};
        const QString input = path(QStringLiteral("latest.json"));
        QString error;
        QVERIFY2(doc.save(input, &error), qPrintable(error));

        const QString pdf = path(QStringLiteral("history.pdf"));
        const QString context = path(QStringLiteral("history-context.json"));
        const CliResult r =
            cli({QStringLiteral("report"), input, QStringLiteral("--template"),
                 QStringLiteral("history"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--history-db"), db, QStringLiteral("--context-json"), context},
                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject history =
            TestHelpers::readJson(context)[QStringLiteral("history")].toObject();
        QCOMPARE(history[QStringLiteral("file")].toString(), db);
        const QJsonArray pairs = history[QStringLiteral("pairs")].toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonArray points =
            pairs[0][QStringLiteral("series")][0][QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), 14);
        const QJsonObject last = points.last().toObject();
        QVERIFY(last[QStringLiteral("regression")].toBool());
        QVERIFY(last[QStringLiteral("in_report")].toBool());
        QVERIFY(!points.first()[QStringLiteral("in_report")].toBool());

        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &needle :
             {QStringLiteral("local → local"), QStringLiteral("History of local → local"),
              QStringLiteral("(2026-11-10 to 2026-11-23)"), QStringLiteral("regressed"),
              QStringLiteral("(this report)"), QStringLiteral("baseline band"),
              QStringLiteral("14 runs from 2026-11-10")})
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" not in:\n") + text));
        QCOMPARE(imageLines(pdf), 0);
        const QImage page = firstPage(pdf);
        QVERIFY2(pixelsNear(page, Band, 8) > 100, "no baseline band drawn");
        QVERIFY2(pixelsNear(page, Red) > 10, "no regression drawn");
        QVERIFY2(pixelsNear(page, Blue) > 30, "no values drawn");

        // --no-history: the template says so; a database that does not exist is not made.
        const QString missing = path(QStringLiteral("none/history.sqlite"));
        const CliResult none =
            cli({QStringLiteral("report"), input, QStringLiteral("--template"),
                 QStringLiteral("history"), QStringLiteral("--out"),
                 path(QStringLiteral("none.html")), QStringLiteral("--history-db"), missing},
                m_data);
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(missing));
        QFile html(path(QStringLiteral("none.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("it does not exist yet"));
        const CliResult off =
            cli({QStringLiteral("report"), input, QStringLiteral("--template"),
                 QStringLiteral("history"), QStringLiteral("--out"),
                 path(QStringLiteral("off.html")), QStringLiteral("--no-history")},
                m_data);
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QFile offHtml(path(QStringLiteral("off.html")));
        QVERIFY(offHtml.open(QIODevice::ReadOnly));
        QVERIFY(offHtml.readAll().contains("was not read"));
    }

    // Two real iperf3 runs, each with `run --report --template history`: the second report's
    // trend has both runs, the newest ringed as this report's.
    void runReportShowsHistoryTrend() {
        if (!TestHelpers::iperf3Available())
            QSKIP("iperf3 is not installed");
        const QString db = path(QStringLiteral("run-history.sqlite"));
        for (int i = 1; i <= 2; ++i) {
            const QString out = path(QStringLiteral("run-%1.html").arg(i));
            const CliResult r = cli({QStringLiteral("run"), QStringLiteral("--duration"),
                                     QStringLiteral("1"), QStringLiteral("--history-db"), db,
                                     QStringLiteral("--report"), out, QStringLiteral("--template"),
                                     QStringLiteral("history"), QStringLiteral("--plain")},
                                    m_data);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            QVERIFY2(html.contains(QStringLiteral("%1 run%2 from")
                                       .arg(i)
                                       .arg(i == 1 ? QString() : QStringLiteral("s"))),
                     qPrintable(html.right(3000)));
            QVERIFY(html.contains(QStringLiteral("(this report)")));
            QCOMPARE(html.count(QStringLiteral("<svg")), 1);
            QVERIFY(!html.contains(QStringLiteral("src=\"chart:")));
        }
    }

    // Qt's platform start warned "QStandardPaths: XDG_RUNTIME_DIR not set" on every report
    // made outside a login session (root over ssh, cron, CI); nothing is said now, and the
    // private folder it gets for that start is gone afterwards.
    void noRuntimeDirWarning() {
        const QStringList before =
            QDir(QDir::tempPath())
                .entryList({QStringLiteral("perfdeck-cli-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        const CliResult r = cli({QStringLiteral("report"), m_matrix, QStringLiteral("--out"),
                                 path(QStringLiteral("quiet.pdf"))},
                                m_data, {QStringLiteral("XDG_RUNTIME_DIR")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList after =
            QDir(QDir::tempPath())
                .entryList({QStringLiteral("perfdeck-cli-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestCliReportPdf)
#include "tst_clireportpdf.moc"

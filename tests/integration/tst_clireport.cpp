// perfdeck-cli report and template, through the real binary: every shipped template renders
// for a 1-run and a 50-run document and a real iperf3 run; --context-json carries the numbers
// `stats --json` prints; template errors name FILE:LINE and exit 2; a template cannot read
// files outside the template folders; a PDF has vector charts (pdfimages lists no image),
// its text (pdftotext) holds run labels, figures, axis titles and page numbers, and its pages
// render (pdftoppm) with the chart's colour where the chart is.
#include "testhelpers.h"

#include "model/format.h"
#include "report/reportsample.h"
#include "results/resultsdocument.h"

#include <QImage>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Perfdeck;
using TestHelpers::CliResult;

namespace {

// The user's template folder lives in the temporary XDG_DATA_HOME, so the user's own
// templates on this machine never take part.
CliResult cli(const QStringList &args, const QString &dataHome, int timeoutMs = 120000,
              QProcessEnvironment env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("PERFDECK_TEMPLATE_DIR"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERFDECK_CLI), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
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
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList shippedTemplates() {
    QDir dir(QStringLiteral(PERFDECK_SOURCE_DIR "/resources/templates"));
    QStringList names;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.startsWith(QLatin1Char('_')) && !name.startsWith(QLatin1String("base.")))
            names << name;
    }
    return names;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data; // XDG_DATA_HOME of the CLI
    QString m_one;  // one run
    QString m_many; // 50 iperf3 runs and a netperf TCP_RR run
    QString m_base; // a baseline

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = path(QStringLiteral("data"));
        QDir().mkpath(m_data);
        QString error;
        ReportInput many = ReportSample::input(50);
        ResultsDocument doc;
        doc.runs = many.runs;
        doc.generator = QStringLiteral("tst_clireport");
        m_many = path(QStringLiteral("many.json"));
        QVERIFY2(doc.save(m_many, &error), qPrintable(error));
        doc.runs = {many.runs.first()};
        m_one = path(QStringLiteral("one.json"));
        QVERIFY2(doc.save(m_one, &error), qPrintable(error));
        doc.runs = many.baselineRuns;
        m_base = path(QStringLiteral("base.json"));
        QVERIFY2(doc.save(m_base, &error), qPrintable(error));
    }

    void templateListNamesShipped() {
        const CliResult r = cli({QStringLiteral("template"), QStringLiteral("list")}, m_data);
        QCOMPARE(r.exitCode, 0);
        for (const QString &name : shippedTemplates())
            QVERIFY2(r.out.contains(name), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("base.html"))); // a partial, not a report
        QVERIFY(r.out.contains(QStringLiteral("shipped")));
    }

    void userTemplateShadowsShipped() {
        const QString folder = m_data + QStringLiteral("/perfdeck/templates");
        writeFile(folder + QStringLiteral("/summary.txt"), "{# mine #}MINE {{ runs | length }}");
        const CliResult list = cli({QStringLiteral("template"), QStringLiteral("list")}, m_data);
        QVERIFY2(list.out.contains(QStringLiteral("shadows shipped")), qPrintable(list.out));
        const QString out = path(QStringLiteral("mine.txt"));
        const CliResult r = cli({QStringLiteral("report"), m_many, QStringLiteral("--template"),
                                 QStringLiteral("summary"), QStringLiteral("--out"), out},
                                m_data);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(out), QStringLiteral("MINE 51"));
        QVERIFY(QFile::remove(folder + QStringLiteral("/summary.txt")));
    }

    void everyShippedTemplateValidates_data() {
        QTest::addColumn<QString>("name");
        for (const QString &name : shippedTemplates())
            QTest::addRow("%s", qPrintable(name)) << name;
    }
    void everyShippedTemplateValidates() {
        QFETCH(QString, name);
        const CliResult r =
            cli({QStringLiteral("template"), QStringLiteral("validate"), name}, m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("ok\n"));
    }

    void everyShippedTemplateRenders_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("withBaseline");
        for (const QString &name : shippedTemplates()) {
            QTest::addRow("%s 1 run", qPrintable(name)) << name << QStringLiteral("one") << false;
            QTest::addRow("%s 51 runs", qPrintable(name))
                << name << QStringLiteral("many") << false;
            QTest::addRow("%s 51 runs, baseline", qPrintable(name))
                << name << QStringLiteral("many") << true;
        }
    }
    void everyShippedTemplateRenders() {
        QFETCH(QString, name);
        QFETCH(QString, input);
        QFETCH(bool, withBaseline);
        const QString suffix = QFileInfo(name).suffix();
        const QString out = path(QStringLiteral("out-%1-%2-%3.%4")
                                     .arg(QFileInfo(name).completeBaseName(), input)
                                     .arg(withBaseline)
                                     .arg(suffix));
        QStringList args{
            QStringLiteral("report"),     input == QLatin1String("one") ? m_one : m_many,
            QStringLiteral("--template"), name,
            QStringLiteral("--out"),      out};
        if (withBaseline)
            args << QStringLiteral("--baseline") << m_base;
        const CliResult r = cli(args, m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = readText(out);
        QVERIFY(!text.isEmpty());
        // Every run appears by its label, and the first run's figure is there.
        const int runs = input == QLatin1String("one") ? 1 : 51;
        // history.html lists the history database's runs (none here), not the input's.
        if (name != QLatin1String("executive.html") && name != QLatin1String("latency.html") &&
            name != QLatin1String("comparison.html") && name != QLatin1String("history.html")) {
            QVERIFY2(text.contains(QStringLiteral("#1")) || text.contains(QStringLiteral("1,")),
                     qPrintable(text.left(400)));
            if (runs > 1 && suffix != QLatin1String("csv"))
                QVERIFY2(text.contains(QStringLiteral("#51")), qPrintable(name));
        }
        if (suffix == QLatin1String("csv")) {
            QCOMPARE(text.count(QLatin1Char('\n')), runs + 1);
            QVERIFY(text.startsWith(QStringLiteral("seq,id,")));
        }
        if (withBaseline && name == QLatin1String("comparison.html"))
            QVERIFY(text.contains(QStringLiteral("base.json")));
    }

    void runsCsvDefusesFormulas() {
        // A run id or a tool's error message is text a spreadsheet must not run as a formula.
        ReportInput input = ReportSample::input(1);
        RunResult run = input.runs.first();
        run.id = QStringLiteral("=HYPERLINK(\"http://x\",\"a\")");
        run.status = RunStatus::Error;
        run.error = QStringLiteral("@SUM(1,2)");
        ResultsDocument doc;
        doc.runs = {run};
        QString error;
        const QString in = path(QStringLiteral("formula.json"));
        QVERIFY2(doc.save(in, &error), qPrintable(error));
        const QString out = path(QStringLiteral("formula.csv"));
        const CliResult r = cli({QStringLiteral("report"), in, QStringLiteral("--template"),
                                 QStringLiteral("runs.csv"), QStringLiteral("--out"), out},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = readText(out).split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.at(1).contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(",\"'@SUM(1,2)\"")), qPrintable(lines.at(1)));
    }

    void htmlReportHasInlineSvgCharts() {
        const QString out = path(QStringLiteral("charts.html"));
        const CliResult r = cli({QStringLiteral("report"), m_many, QStringLiteral("--template"),
                                 QStringLiteral("summary.html"), QStringLiteral("--out"), out},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString html = readText(out);
        QVERIFY(!html.contains(QStringLiteral("src=\"chart:")));
        // Two groups: throughput over time and per-run bars for the iperf3 group, time for the
        // RR group, and the box plot.
        QVERIFY2(html.count(QStringLiteral("<svg")) >= 4, qPrintable(html.left(2000)));
        QVERIFY(html.contains(QStringLiteral("Time (s)")));
        QVERIFY(html.contains(QStringLiteral("Throughput (Gbit/s)")));
        QVERIFY(!html.contains(QStringLiteral("<image"))); // vector, no embedded bitmap
    }

    void realIperf3RunReport() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        const QString results = path(QStringLiteral("real.json"));
        const CliResult run = TestHelpers::runCli(
            {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("2"),
             QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--json"), results,
             QStringLiteral("--report"), path(QStringLiteral("run-report.pdf"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // run --report: the PDF of the runs just measured.
        const QString pdfText = tool(QStringLiteral("pdftotext"),
                                     {path(QStringLiteral("run-report.pdf")), QStringLiteral("-")});
        QVERIFY2(pdfText.contains(QStringLiteral("#2")) &&
                     pdfText.contains(QStringLiteral("Time (s)")),
                 qPrintable(pdfText.left(800)));
        const QString md = path(QStringLiteral("real.md"));
        const CliResult r = cli({QStringLiteral("report"), results, QStringLiteral("--template"),
                                 QStringLiteral("summary.md"), QStringLiteral("--out"), md},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = readText(md);
        const QJsonObject doc = TestHelpers::readJson(results);
        const QString firstId =
            doc.value(QStringLiteral("runs")).toArray().first().toObject().value("id").toString();
        QVERIFY(!firstId.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("| #1 | iperf3 TCP send")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bit/s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("iperf3 3.")), qPrintable(text));
    }

    void contextJsonHasStatsNumbers() {
        const QString context = path(QStringLiteral("context.json"));
        const CliResult r =
            cli({QStringLiteral("report"), QStringLiteral(PERFDECK_TEST_DATA "/stats/similar.json"),
                 QStringLiteral("--baseline"),
                 QStringLiteral(PERFDECK_TEST_DATA "/stats/baseline.json"),
                 QStringLiteral("--context-json"), context},
                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject c = TestHelpers::readJson(context);
        const QJsonArray groups = c.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject fromReport =
            groups.first().toObject().value(QStringLiteral("statistics")).toObject();
        const CliResult stats = TestHelpers::runCli(
            {QStringLiteral("stats"), QStringLiteral(PERFDECK_TEST_DATA "/stats/similar.json"),
             QStringLiteral("--baseline"),
             QStringLiteral(PERFDECK_TEST_DATA "/stats/baseline.json"), QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0 || stats.exitCode == 3, qPrintable(stats.err));
        const QJsonObject fromStats = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QVERIFY(!fromStats.isEmpty());
        QCOMPARE(fromReport, fromStats);
        for (const char *key : {"perfdeck_version", "generated_at", "session", "runs", "hosts",
                                "baseline", "statistics", "endpoints", "tool_versions"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QStringLiteral("runs")).toArray().size(), 11);
        QVERIFY(!c.contains(QStringLiteral("test_type"))); // one-run names only for one run
    }

    void contextHasShapingPerRun() {
        // The same object as `perfdeck-cli shaping --run 1 --json`, without run and seq.
        const QString file = QStringLiteral(PERFDECK_TEST_DATA "/shaping/tbf50-receive.json");
        const QString context = path(QStringLiteral("shaping-context.json"));
        const CliResult r = cli(
            {QStringLiteral("report"), file, QStringLiteral("--context-json"), context}, m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shaping = TestHelpers::readJson(context)
                                        .value(QStringLiteral("runs"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("shaping"))
                                        .toObject();
        QCOMPARE(shaping.value(QStringLiteral("kind")).toString(), QStringLiteral("shaper"));
        const CliResult cliShaping =
            TestHelpers::runCli({QStringLiteral("shaping"), file, QStringLiteral("--run"),
                                 QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(cliShaping.exitCode, 0);
        QJsonObject expected = QJsonDocument::fromJson(cliShaping.out.toUtf8()).object();
        expected.remove(QStringLiteral("run"));
        expected.remove(QStringLiteral("seq"));
        QCOMPARE(shaping, expected);
    }

    void singleRunContextHasFlatNames() {
        const QString context = path(QStringLiteral("one-context.json"));
        const CliResult r = cli({QStringLiteral("report"), m_one, QStringLiteral("--baseline"),
                                 m_base, QStringLiteral("--context-json"), context},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject c = TestHelpers::readJson(context);
        QCOMPARE(c.value(QStringLiteral("test_type")).toString(), QStringLiteral("TCP_STREAM"));
        QVERIFY(c.value(QStringLiteral("throughput")).toDouble() > 8e9);
        QVERIFY(c.value(QStringLiteral("trans_rate")).isNull());
        QCOMPARE(c.value(QStringLiteral("current")).toDouble(),
                 c.value(QStringLiteral("throughput")).toDouble());
        QCOMPARE(c.value(QStringLiteral("baselines")).toArray().size(), 3);
        QCOMPARE(c.value(QStringLiteral("statistics")).toObject().value("outliers").toInt(-1), 0);
    }

    void templateErrorNamesFileAndLine_data() {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addRow("syntax") << QByteArray("a\nb\n{% for r in runs %}\n") << 3
                                << QStringLiteral("endfor");
        QTest::addRow("unknown filter")
            << QByteArray("x\n{{ runs | nosuchfilter }}\n") << 2 << QStringLiteral("nosuchfilter");
        QTest::addRow("runtime") << QByteArray("1\n2\n3\n{{ 1 / 0 }}\n") << 4
                                 << QStringLiteral("division");
    }
    void templateErrorNamesFileAndLine() {
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("broken/%1.txt")
                                      .arg(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('_')));
        writeFile(file, source);
        const CliResult r = cli({QStringLiteral("report"), m_one, QStringLiteral("--template"),
                                 file, QStringLiteral("--out"), path(QStringLiteral("x.txt"))},
                                m_data);
        QCOMPARE(r.exitCode, 2);
        const QString where =
            QFileInfo(file).canonicalFilePath() + QLatin1Char(':') + QString::number(line);
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const CliResult v =
            cli({QStringLiteral("template"), QStringLiteral("validate"), file}, m_data);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(v.err.contains(where), qPrintable(v.err));
    }

    void validateFindsUndefinedName() {
        const QString file = path(QStringLiteral("undef/typo.html"));
        writeFile(file, "<p>{{ session.title }}</p>\n<p>{{ sesion.title }}</p>\n");
        const CliResult v =
            cli({QStringLiteral("template"), QStringLiteral("validate"), file}, m_data);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(v.err.contains(QStringLiteral("typo.html:2")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QStringLiteral("sesion")), qPrintable(v.err));
    }

    void templateCannotReadOutsideItsFolders_data() {
        QTest::addColumn<QByteArray>("source");
        QTest::addRow("dot-dot include") << QByteArray("{% include '../secret.txt' %}");
        QTest::addRow("absolute include") << QByteArray("{% include '") +
                                                 m_dir.filePath("secret.txt").toUtf8() +
                                                 QByteArray("' %}");
        QTest::addRow("symlink out") << QByteArray("{% include 'link.txt' %}");
        QTest::addRow("python internals")
            << QByteArray("{{ runs.__class__.__mro__[1].__subclasses__() }}");
    }
    void templateCannotReadOutsideItsFolders() {
        QFETCH(QByteArray, source);
        writeFile(path(QStringLiteral("secret.txt")), "TOP-SECRET");
        const QString folder = path(QStringLiteral("confined"));
        QDir().mkpath(folder);
        QFile::remove(folder + QStringLiteral("/link.txt"));
        QVERIFY(
            QFile::link(path(QStringLiteral("secret.txt")), folder + QStringLiteral("/link.txt")));
        const QString file = folder + QStringLiteral("/escape.txt");
        writeFile(file, source);
        const QString out = path(QStringLiteral("escape-out.txt"));
        QFile::remove(out);
        const CliResult r = cli({QStringLiteral("report"), m_one, QStringLiteral("--template"),
                                 file, QStringLiteral("--out"), out},
                                m_data);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.out.contains(QStringLiteral("TOP-SECRET")), qPrintable(r.out));
        QVERIFY(!QFile::exists(out));
        QVERIFY2(r.err.contains(QStringLiteral("refused")) ||
                     r.err.contains(QStringLiteral("unsafe")),
                 qPrintable(r.err));
    }

    void runRefusesReportOptionsBeforeTesting() {
        // Refused up front, before any test: a template that does not exist, a bad format,
        // --template without --report.
        const CliResult noTemplate =
            cli({QStringLiteral("run"), QStringLiteral("--report"), path(QStringLiteral("r.pdf")),
                 QStringLiteral("--template"), QStringLiteral("nosuch")},
                m_data);
        QCOMPARE(noTemplate.exitCode, 2);
        QVERIFY2(noTemplate.err.contains(QStringLiteral("no template 'nosuch'")),
                 qPrintable(noTemplate.err));
        const CliResult badFormat =
            cli({QStringLiteral("run"), QStringLiteral("--report"), path(QStringLiteral("r.docx"))},
                m_data);
        QCOMPARE(badFormat.exitCode, 2);
        const CliResult alone =
            cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summary")},
                m_data);
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains(QStringLiteral("--report")), qPrintable(alone.err));
    }

    void unknownOutputFormatRefused() {
        const CliResult r = cli({QStringLiteral("report"), m_one, QStringLiteral("--out"),
                                 path(QStringLiteral("x.docx"))},
                                m_data);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown report format")), qPrintable(r.err));
    }

    void missingInputNamed() {
        const CliResult r = cli({QStringLiteral("report"), path(QStringLiteral("nope.json")),
                                 QStringLiteral("--out"), path(QStringLiteral("x.html"))},
                                m_data);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nope.json")), qPrintable(r.err));
    }

    void pdfHasVectorChartsTextAndPages() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfimages, pdftoppm) not installed");
        const QString pdf = path(QStringLiteral("summary.pdf"));
        const CliResult r = cli({QStringLiteral("report"), m_many, QStringLiteral("--template"),
                                 QStringLiteral("summary"), QStringLiteral("--out"), pdf,
                                 QStringLiteral("--page-size"), QStringLiteral("a4"),
                                 QStringLiteral("--baseline"), m_base},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(info).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));

        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const QString &needle :
             {QStringLiteral("Time (s)"), QStringLiteral("Throughput (Gbit/s)"),
              QStringLiteral("#1"), QStringLiteral("#50"), QStringLiteral("Gbit/s"),
              QStringLiteral("Page 1 of %1").arg(pages), QStringLiteral("Page %1 of %1").arg(pages),
              QStringLiteral("base.json"), QStringLiteral("iperf3 3.12"),
              QStringLiteral("Transactions/s")})
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" not in:\n") + text.left(3000)));

        // No raster image at all: the charts are paths and text.
        const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only

        // Page 1 rendered: the first chart's blue curve is there, and the page is not blank.
        const QString prefix = path(QStringLiteral("page"));
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf, prefix});
        QDir dir(m_dir.path());
        const QStringList rendered =
            dir.entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(rendered.size(), pages);
        const QImage page(dir.filePath(rendered.first()));
        QVERIFY(!page.isNull());
        int blue = 0;
        int dark = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                blue += c.blue() > 140 && c.red() < 90 && c.green() > 80 && c.green() < 160;
                dark += c.lightness() < 100;
            }
        }
        QVERIFY2(blue > 40, qPrintable(QString::number(blue)));
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    }

    // The matrix template over a real 2x2 plan on loopback (four inventory names for this
    // machine, two tests: up and down, so each pair has forward, reverse and asymmetry).
    void matrixReport_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("pdf") << QStringLiteral("pdf");
        QTest::addRow("html") << QStringLiteral("html");
        QTest::addRow("session input, pdf") << QStringLiteral("session.pdf");
    }
    void matrixReport() {
        QFETCH(QString, suffix);
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        const bool pdf = suffix.endsWith(QLatin1String("pdf"));
        if (pdf && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfimages, pdftoppm) not installed");
        const QString results = path(QStringLiteral("plan.json"));
        const QString session = path(QStringLiteral("plan.perfdeck"));
        if (!QFileInfo::exists(results)) {
            const QString profile = path(QStringLiteral("updown.yaml"));
            writeFile(profile, "name: updown\n"
                               "defaults:\n  engine: iperf3\n  duration: 1\n"
                               "tests:\n  - name: up\n  - name: down\n    direction: receive\n");
            const CliResult run = TestHelpers::runCli(
                {QStringLiteral("run"), QStringLiteral("--hosts"),
                 QStringLiteral(PERFDECK_TEST_DATA "/inventory/loopback-plan.yaml"),
                 QStringLiteral("--clients"), QStringLiteral("lo2,lo3"),
                 QStringLiteral("--servers"), QStringLiteral("lo4,lo5"),
                 QStringLiteral("--profile"), profile, QStringLiteral("--max-parallel"),
                 QStringLiteral("2"), QStringLiteral("--max-per-host"), QStringLiteral("1"),
                 QStringLiteral("--json"), results, QStringLiteral("--session"), session,
                 QStringLiteral("--quiet")},
                180000);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        }
        const QString input = suffix.startsWith(QLatin1String("session")) ? session : results;
        const QString out = path(QStringLiteral("matrix.%1").arg(suffix));
        const QString context = path(QStringLiteral("matrix-context-%1.json").arg(suffix));
        const CliResult r = cli({QStringLiteral("report"), input, QStringLiteral("--template"),
                                 QStringLiteral("matrix"), QStringLiteral("--out"), out,
                                 QStringLiteral("--context-json"), context},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The context: the plan's four hosts, 2 x 2 x 2 cells all measured, pairs with
        // asymmetry, in the plan's order whether the input is the session or the results.
        const QJsonObject matrix =
            TestHelpers::readJson(context)[QStringLiteral("matrix")].toObject();
        QCOMPARE(matrix[QStringLiteral("clients")].toArray().toVariantList(),
                 (QVariantList{QStringLiteral("lo2"), QStringLiteral("lo3")}));
        QCOMPARE(matrix[QStringLiteral("servers")].toArray().toVariantList(),
                 (QVariantList{QStringLiteral("lo4"), QStringLiteral("lo5")}));
        const QJsonArray cells = matrix[QStringLiteral("cells")].toArray();
        QCOMPARE(cells.size(), 8);
        QStringList values;
        for (const QJsonValue &v : cells) {
            const QJsonObject cell = v.toObject();
            QCOMPARE(cell[QStringLiteral("status")].toString(), QStringLiteral("ok"));
            QVERIFY(cell[QStringLiteral("value")].toDouble() > 0);
            QCOMPARE(cell[QStringLiteral("run_ids")].toArray().size(), 1);
            values << Format::bitrate(cell[QStringLiteral("value")].toDouble());
        }
        const QJsonArray pairs = matrix[QStringLiteral("pairs")].toArray();
        QCOMPARE(pairs.size(), 4);
        for (const QJsonValue &v : pairs) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p[QStringLiteral("test")].toString(), QStringLiteral("up"));
            QVERIFY(p[QStringLiteral("reverse_cell")].toString().endsWith(QLatin1String("/down")));
            QCOMPARE(p[QStringLiteral("asymmetry")].toDouble(),
                     p[QStringLiteral("forward_value")].toDouble() /
                         p[QStringLiteral("reverse_value")].toDouble());
        }

        QString text;
        if (pdf) {
            text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
            // No raster image: the heat maps are paths and text.
            const QString images =
                tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
            QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);
        } else {
            text = readText(out);
            QVERIFY(!text.contains(QStringLiteral("src=\"chart:")));
            // Two value heat maps and one asymmetry map, each an inline SVG.
            QCOMPARE(text.count(QStringLiteral("<svg")), 3);
        }
        for (const QString &needle :
             {QStringLiteral("lo2"), QStringLiteral("lo3"), QStringLiteral("lo4"),
              QStringLiteral("lo5"), QStringLiteral("client \\ server"),
              QStringLiteral("Forward and reverse"),
              QStringLiteral("Throughput by client and "
                             "server: up"),
              QStringLiteral("Forward/reverse asymmetry by client and server: up")})
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" not in:\n") + text.left(3000)));
        for (const QString &value : std::as_const(values))
            QVERIFY2(text.contains(value),
                     qPrintable(value + QStringLiteral(" not in:\n") + text.left(3000)));
        if (!pdf)
            return;

        // The first page rendered: the heat map's cells carry the colour scale's ends (the
        // lowest cell of a test dark violet, the highest yellow-green).
        const QString prefix = path(QStringLiteral("matrix-%1").arg(suffix.section('.', 0, 0)));
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
              out, prefix});
        const QStringList rendered =
            QDir(m_dir.path())
                .entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files);
        QCOMPARE(rendered.size(), 1);
        const QImage page(m_dir.filePath(rendered.first()));
        QVERIFY(!page.isNull());
        const auto near = [](const QColor &c, int r, int g, int b) {
            return std::abs(c.red() - r) < 12 && std::abs(c.green() - g) < 12 &&
                   std::abs(c.blue() - b) < 12;
        };
        int low = 0;
        int high = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                low += near(c, 68, 1, 84);
                high += near(c, 181, 222, 43);
            }
        }
        QVERIFY2(low > 100 && high > 100, qPrintable(QStringLiteral("%1 %2").arg(low).arg(high)));
    }

    // The embedded Python is the system's, whatever `python3` comes first on PATH: a venv
    // (bin/python3 beside pyvenv.cfg) made reports fail with "No module named 'jinja2'", a
    // pyenv-like prefix holding another standard library (here: only its os.py landmark)
    // aborted the whole CLI, and PYTHONHOME/PYTHONPATH pointing elsewhere did the same.
    void reportWorksWithForeignPythonOnPath_data() {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("pythonHome");
        QTest::addRow("venv python3 first on PATH") << QStringLiteral("venv") << false;
        QTest::addRow("pyenv-like python3 first on PATH") << QStringLiteral("prefix") << false;
        QTest::addRow("PYTHONHOME and PYTHONPATH elsewhere") << QStringLiteral("prefix") << true;
    }
    void reportWorksWithForeignPythonOnPath() {
        QFETCH(QString, layout);
        QFETCH(bool, pythonHome);
        QTemporaryDir foreign;
        QVERIFY(foreign.isValid());
        const QString bin = foreign.filePath(QStringLiteral("bin"));
        // A script, as pyenv's shims and many wrappers are; it must never be run.
        writeFile(bin + QStringLiteral("/python3"), "#!/bin/sh\necho fake python >&2\nexit 1\n");
        QVERIFY(QFile::setPermissions(bin + QStringLiteral("/python3"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (layout == QLatin1String("venv")) {
            writeFile(foreign.filePath(QStringLiteral("pyvenv.cfg")),
                      "home = /usr/bin\ninclude-system-site-packages = false\n");
        } else {
            // The landmarks CPython looks for, for each Python version this system has.
            const QStringList versions = QDir(QStringLiteral("/usr/lib"))
                                             .entryList({QStringLiteral("python3.*")}, QDir::Dirs);
            QVERIFY(!versions.isEmpty());
            for (const QString &version : versions) {
                const QString lib = foreign.filePath(QStringLiteral("lib/") + version);
                writeFile(lib + QStringLiteral("/os.py"), "raise ImportError('foreign')\n");
                QVERIFY(QDir().mkpath(lib + QStringLiteral("/lib-dynload")));
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        if (pythonHome) {
            env.insert(QStringLiteral("PYTHONHOME"), foreign.path());
            env.insert(QStringLiteral("PYTHONPATH"), foreign.filePath(QStringLiteral("lib")));
        }
        const QString templateFile = path(QStringLiteral("python-check.txt"));
        writeFile(templateFile, "{{ runs | length }} runs, {{ '%.2f' | format(2.5) }}");
        const QString out = path(QStringLiteral("python-check-out.txt"));
        QFile::remove(out);
        const CliResult r = cli({QStringLiteral("report"), m_many, QStringLiteral("--template"),
                                 templateFile, QStringLiteral("--out"), out},
                                m_data, 120000, env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QCOMPARE(readText(out), QStringLiteral("51 runs, 2.50"));
    }

    void pdfIsLetterWhenAsked() {
        const QString pdf = path(QStringLiteral("letter.pdf"));
        const CliResult r = cli({QStringLiteral("report"), m_one, QStringLiteral("--out"), pdf,
                                 QStringLiteral("--page-size"), QStringLiteral("letter")},
                                m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"

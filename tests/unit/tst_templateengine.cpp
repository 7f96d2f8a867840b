// TemplateEngine: the real Jinja2 in an embedded CPython. Filters from C++, errors with
// template name and line, StrictUndefined in validation mode, the sandbox and the confined
// loader refusing escapes, the time limit stopping an endless template, asynchronous renders.
#include "report/templateengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

void write(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

TemplateRequest request(const QString &folder, const QString &name,
                        const QJsonObject &context = {}) {
    TemplateRequest r;
    r.templateName = name;
    r.folders = {folder};
    r.context = context;
    return r;
}

} // namespace

class TestTemplateEngine : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root; // the template folder; m_dir also holds files outside it

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("templates"));
        write(m_root + "/base.txt", "[{% block body %}{% endblock %}]");
        write(m_root + "/child.txt", "{% extends 'base.txt' %}{% block body %}{{ x }}"
                                     "{% endblock %}");
        write(m_root + "/sub/inc.txt", "inc {{ x }}");
        write(m_dir.filePath("secret.txt"), "SECRET");
        QVERIFY(QFile::link(m_dir.filePath("secret.txt"), m_root + "/link.txt"));
        QVERIFY(QFile::link(m_root + "/sub/inc.txt", m_root + "/inside-link.txt"));
    }

    void renders_data() {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *source, const QString &expected) {
            QTest::addRow("%s", name) << QByteArray(source) << expected;
        };
        row("variable", "{{ x }}", "42");
        row("extends", "{% extends 'child.txt' %}", "[42]");
        row("include in subfolder", "{% include 'sub/inc.txt' %}", "inc 42");
        row("symlink inside the folder", "{% include 'inside-link.txt' %}", "inc 42");
        row("format_bps", "{{ 9420000000 | format_bps }}", "9.42 Gbit/s");
        row("format_bps precision", "{{ 9420000000 | format_bps(2) }}", "9.4 Gbit/s");
        row("format_latency", "{{ 1234.5 | format_latency }}", "1.23 ms");
        row("format_num", "{{ 3.14159 | format_num(2) }}", "3.14");
        row("format_num none", "{{ none | format_num }}", "\u2013");
        row("format_percent", "{{ 12.345 | format_percent }}", "12.3 %");
        row("csv_text plain", "{{ 'host-a' | csv_text }}", "host-a");
        row("csv_text quoted", "{{ 'a,\"b\"' | csv_text }}", "\"a,\"\"b\"\"\"");
        row("csv_text formula", "{{ '=1+2' | csv_text }}", "\"'=1+2\"");
        row("csv_text none", "<{{ none | csv_text }}>", "<>");
        row("compare_percent", "{{ compare_percent(110, 100) | round(1) }}", "10.0");
        row("compare_percent zero baseline", "{{ compare_percent(1, 0) }}", "None");
        row("cpp filter", "{{ 'ab' | twice }}", "abab");
        row("python int stays int", "{{ 7 | identity }}", "7");
        row("undefined is empty", "<{{ missing }}>", "<>");
        // The sandbox's str.format looks attributes up safely: an unsafe one is undefined.
        row("format_string escape", "<{{ '{0.__class__}'.format(x) }}>", "<>");
        row("cpp filter returning a float", "{{ 5 | half }}", "2.5");
        row("cpp filter returning an integral float", "{{ 4 | half }}", "2.0");
    }
    void renders() {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        TemplateEngine::registerFunction(QStringLiteral("twice"),
                                         [](const QJsonArray &a, QString *) {
                                             return QVariant(a.at(0).toString().repeated(2));
                                         });
        TemplateEngine::registerFunction(
            QStringLiteral("identity"),
            [](const QJsonArray &a, QString *) { return a.at(0).toVariant(); });
        TemplateEngine::registerFunction(
            QStringLiteral("half"),
            [](const QJsonArray &a, QString *) { return QVariant(a.at(0).toDouble() / 2); });
        write(m_root + "/t.txt", source);
        const TemplateResult r =
            TemplateEngine::renderBlocking(request(m_root, "t.txt", {{"x", 42}}));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(r.output, expected);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addRow("syntax") << QByteArray("a\nb\n{% if %}\n") << false << "syntax" << 3
                                << "Expected an expression";
        QTest::addRow("unclosed block")
            << QByteArray("{% for a in b %}\nx\n") << false << "syntax" << 1 << "end of template";
        QTest::addRow("strict undefined") << QByteArray("line1\n{{ nothing_here }}") << true
                                          << "undefined" << 2 << "'nothing_here' is undefined";
        QTest::addRow("class mro")
            << QByteArray("\n{{ x.__class__.__mro__ }}") << false << "security" << 2 << "__class__";
        QTest::addRow("dotdot include") << QByteArray("x\n{% include '../secret.txt' %}") << false
                                        << "security" << 2 << "'..' is not allowed";
        QTest::addRow("absolute include") << QByteArray("{% include '/etc/passwd' %}") << false
                                          << "security" << 1 << "absolute paths are not allowed";
        QTest::addRow("symlink out")
            << QByteArray("{% include 'link.txt' %}") << false << "security" << 1 << "outside";
        QTest::addRow("missing include") << QByteArray("\n\n{% include 'nope.txt' %}") << false
                                         << "not-found" << 3 << "nope.txt";
        QTest::addRow("runtime") << QByteArray("{{ 1 / 0 }}") << false << "runtime" << 1
                                 << "ZeroDivisionError";
    }
    void errors() {
        QFETCH(QByteArray, source);
        QFETCH(bool, strict);
        QFETCH(QString, kind);
        QFETCH(int, line);
        QFETCH(QString, message);
        write(m_root + "/bad.txt", source);
        TemplateRequest r = request(m_root, "bad.txt", {{"x", 1}});
        r.strict = strict;
        const TemplateResult result = TemplateEngine::renderBlocking(r);
        QVERIFY(!result.ok);
        QVERIFY2(!result.output.contains("SECRET"), qPrintable(result.output));
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.error.name, QStringLiteral("bad.txt"));
        QCOMPARE(result.error.line, line);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
        QVERIFY2(
            result.error.toString().startsWith(QFileInfo(m_root + "/bad.txt").canonicalFilePath() +
                                               ':' + QString::number(line) + ": "),
            qPrintable(result.error.toString()));
    }

    void loaderRefusesEscapingNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addRow("dotdot") << "../secret.txt";
        QTest::addRow("dotdot inside") << "sub/../../secret.txt";
        QTest::addRow("absolute") << m_dir.filePath("secret.txt");
        QTest::addRow("symlink") << "link.txt";
    }
    void loaderRefusesEscapingNames() {
        QFETCH(QString, name);
        const TemplateResult r = TemplateEngine::renderBlocking(request(m_root, name));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, QStringLiteral("security"));
        QVERIFY(!r.output.contains("SECRET"));
    }

    void templateAsFileSeesItsSiblings() {
        // A file elsewhere extends the template beside it, not one of the folders.
        write(m_dir.filePath("mine/base.txt"), "mine:{% block body %}{% endblock %}");
        write(m_dir.filePath("mine/report.txt"),
              "{% extends 'base.txt' %}{% block body %}{% include 'sub/inc.txt' %}"
              "{% endblock %}");
        TemplateRequest r = request(m_root, m_dir.filePath("mine/report.txt"), {{"x", 5}});
        r.isFile = true;
        const TemplateResult result = TemplateEngine::renderBlocking(r);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.output, QStringLiteral("mine:inc 5"));
    }

    void endlessTemplateIsStopped() {
        write(m_root + "/endless.txt", "a\n{% for i in range(100000) %}{% for j in "
                                       "range(100000) %}{% for k in range(100000) %}{{ k }}"
                                       "{% endfor %}{% endfor %}{% endfor %}");
        TemplateRequest r = request(m_root, "endless.txt");
        r.timeLimitMs = 1000;
        QElapsedTimer timer;
        timer.start();
        const TemplateResult result = TemplateEngine::renderBlocking(r);
        QVERIFY(!result.ok);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.error.kind, QStringLiteral("timeout"));
        QCOMPARE(result.error.line, 2);
        QVERIFY2(result.error.message.contains("did not finish within 1 s"),
                 qPrintable(result.error.message));
        // The engine still works after a stopped render.
        const TemplateResult next =
            TemplateEngine::renderBlocking(request(m_root, "child.txt", {{"x", 1}}));
        QVERIFY2(next.ok, qPrintable(next.error.toString()));
        QCOMPARE(next.output, QStringLiteral("[1]"));
    }

    void asyncRenderArrivesInTheCallersThread() {
        TemplateEngine engine;
        QSignalSpy spy(&engine, &TemplateEngine::rendered);
        const quint64 id = engine.renderAsync(request(m_root, "child.txt", {{"x", "async"}}));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).toULongLong(), id);
        const auto result = spy.at(0).at(1).value<TemplateResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.output, QStringLiteral("[async]"));
    }

    void engineDestroyedBeforeTheResult() {
        // The render finishes after the engine is gone: nothing is delivered, nothing crashes.
        auto *engine = new TemplateEngine;
        engine->renderAsync(request(m_root, "child.txt", {{"x", 1}}));
        delete engine;
        const TemplateResult r =
            TemplateEngine::renderBlocking(request(m_root, "child.txt", {{"x", 2}}));
        QCOMPARE(r.output, QStringLiteral("[2]"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"

// A template written for Jinja2 renders in Perfdeck exactly as in Jinja2: every snippet of
// tests/data/templates/corpus (inheritance, include, macros with call blocks, loops with
// loop.*, filters, whitespace control, tests, string formatting, autoescape) rendered by
// TemplateEngine is byte-identical to what /usr/bin/python3's jinja2 makes of it with the same
// context (tests/data/templates/jinja_oracle.py, run here as the oracle).
#include "report/templateengine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Perfdeck;

namespace {

const QString Data = QStringLiteral(PERFDECK_TEST_DATA "/templates");

QStringList corpusNames() {
    // Files starting with "_" are layouts, partials and macro libraries the others use.
    return QDir(Data + "/corpus").entryList({QStringLiteral("[a-z]*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestJinjaCorpus : public QObject {
    Q_OBJECT
private:
    QJsonObject m_oracle;
    QByteArray m_context; // as text: the oracle reads the same bytes

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(corpusNames().size() >= 10);
        QProcess python;
        QStringList args{Data + "/jinja_oracle.py", Data + "/corpus", Data + "/context.json"};
        args += corpusNames();
        python.start(QStringLiteral("/usr/bin/python3"), args);
        QVERIFY2(python.waitForFinished(30000), "the jinja2 oracle did not finish");
        QCOMPARE(python.exitCode(), 0);
        QJsonParseError error;
        m_oracle = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        QFile file(Data + "/context.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_context = file.readAll();
        QVERIFY(QJsonDocument::fromJson(m_context).isObject());
    }

    void sameAsJinja2_data() {
        QTest::addColumn<QString>("name");
        for (const QString &name : corpusNames())
            QTest::addRow("%s", qPrintable(name)) << name;
    }
    void sameAsJinja2() {
        QFETCH(QString, name);
        const QString expected = m_oracle.value(name).toString();
        QVERIFY2(!expected.startsWith("ERROR:"), qPrintable(expected));
        QVERIFY(!expected.trimmed().isEmpty());
        TemplateRequest request;
        request.templateName = name;
        request.folders = {Data + "/corpus"};
        request.contextJson = m_context;
        const TemplateResult result = TemplateEngine::renderBlocking(request);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.output, expected);
    }
};

QTEST_GUILESS_MAIN(TestJinjaCorpus)
#include "tst_jinjacorpus.moc"

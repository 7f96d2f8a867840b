// The CLI's terminal escaping: control characters from files and tools are shown, never
// obeyed; newlines and tabs stay; JSON printed through it (stats --json) stays valid JSON.
#include "cli/clioutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Perfdeck::Cli;

class TestCliOutput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << "10.0 Gbit/s"
                               << "10.0 Gbit/s";
        QTest::addRow("newline and tab kept") << "a\n\tb"
                                              << "a\n\tb";
        QTest::addRow("colour") << "\x1b[31mred\x1b[0m"
                                << "\\x1b[31mred\\x1b[0m";
        QTest::addRow("title change and bell") << "\x1b]0;pwned\x07"
                                               << "\\x1b]0;pwned\\x07";
        QTest::addRow("carriage return") << "ok\rFAIL"
                                         << "ok\\x0dFAIL";
        QTest::addRow("delete") << "a\x7f"
                                << "a\\u007f";
        QTest::addRow("C1 CSI") << QString(QChar(0x9b)) + "2J"
                                << "\\u009b2J";
        QTest::addRow("bidi override") << QString(QChar(0x202e)) + "txt.exe"
                                       << "\\u202etxt.exe";
        QTest::addRow("non-ASCII text kept") << "Durchsatz für µs"
                                             << "Durchsatz für µs";
    }
    void escapes() {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(terminalSafe(text), shown);
    }

    void jsonStaysValid() {
        QJsonObject o;
        o.insert(QStringLiteral("label"), QString(QString(QChar(0x9b)) + QStringLiteral("x\x1b")));
        const QByteArray json = QJsonDocument(o).toJson();
        const QString printed = terminalSafe(QString::fromUtf8(json));
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(printed.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), o);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"

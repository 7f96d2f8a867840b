// LineSplitter: how chunks of process output (a pipe or an SSH channel) become lines, whatever
// the chunk boundaries: "\n", "\r\n" split across chunks, lone "\r" progress, and the
// unfinished last line at the end of the stream.
#include "exec/linesplitter.h"

#include <QTest>

using namespace Perfdeck;

class TestLineSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splits_data() {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("newlines") << QList<QByteArray>{"a\nb\n"} << QStringList{"a", "b"};
        QTest::addRow("line across chunks")
            << QList<QByteArray>{"hel", "lo\nwor", "ld\n"} << QStringList{"hello", "world"};
        QTest::addRow("crlf") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{"a", "b"};
        QTest::addRow("crlf split between chunks")
            << QList<QByteArray>{"a\r", "\nb\r", "\n"} << QStringList{"a", "b"};
        QTest::addRow("carriage-return progress") << QList<QByteArray>{"0%\r25%\r", "50%\rdone\n"}
                                                  << QStringList{"0%", "25%", "50%", "done"};
        QTest::addRow("unfinished last line") << QList<QByteArray>{"a\nb"} << QStringList{"a", "b"};
        QTest::addRow("trailing carriage return at the end")
            << QList<QByteArray>{"100%\r"} << QStringList{"100%"};
        QTest::addRow("empty lines kept")
            << QList<QByteArray>{"\n\nx\n"} << QStringList{"", "", "x"};
        QTest::addRow("utf-8 split inside a character")
            << QList<QByteArray>{"\xc3", "\xa9t\xc3\xa9\n"} << QStringList{"été"};
    }

    void splits() {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, lines);
        LineSplitter splitter;
        QStringList got;
        for (const QByteArray &chunk : chunks)
            got += splitter.feed(chunk);
        got += splitter.finish();
        QCOMPARE(got, lines);
        QVERIFY(splitter.finish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"

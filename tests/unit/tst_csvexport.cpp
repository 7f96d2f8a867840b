// CSV export: text from files and tools (run ids, hosts, error messages) cannot break a row
// (\r, \n, quotes) or be run as a spreadsheet formula (=, +, -, @), while numbers, negative
// ones included, stay numbers.
#include "results/csvexport.h"

#include <QTest>

using namespace Perfdeck;

namespace {

// The cells of the first data row of a summaries() export (RFC 4180 quoting).
QStringList firstRowCells(const QByteArray &csv) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    qsizetype i = text.indexOf(QLatin1Char('\n')) + 1; // skip the header
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += QLatin1Char('"'), ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            break;
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textCellsAreQuotedAndDefused_data() {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("cell");
        QTest::addRow("plain") << "refused"
                               << "refused";
        QTest::addRow("comma") << "a, b"
                               << "a, b";
        QTest::addRow("quote") << "say \"hi\""
                               << "say \"hi\"";
        QTest::addRow("carriage return") << "line\rnext"
                                         << "line\rnext";
        QTest::addRow("newline") << "line\nnext"
                                 << "line\nnext";
        QTest::addRow("formula =") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "'=HYPERLINK(\"http://x\",\"y\")";
        QTest::addRow("formula +") << "+1+1"
                                   << "'+1+1";
        QTest::addRow("formula -") << "-2+3+cmd|' /C calc'!A0"
                                   << "'-2+3+cmd|' /C calc'!A0";
        QTest::addRow("formula @") << "@SUM(1)"
                                   << "'@SUM(1)";
        QTest::addRow("tab first") << "\t=1"
                                   << "'\t=1";
    }
    void textCellsAreQuotedAndDefused() {
        QFETCH(QString, error);
        QFETCH(QString, cell);
        RunResult r;
        r.id = QStringLiteral("run-1");
        r.status = RunStatus::Error;
        r.error = error;
        r.summary.lostPercent = -0.5; // a negative number (iperf3 #412) stays a number
        const QByteArray csv = CsvExport::summaries({r});
        const QStringList cells = firstRowCells(csv);
        const QStringList header =
            QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(QLatin1Char(','));
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells.last(), cell);
        QCOMPARE(cells.at(header.indexOf(QStringLiteral("lost_percent"))), QStringLiteral("-0.5"));
        // The row is one line: the only unquoted line breaks end rows.
        QCOMPARE(csv.count('\n') - (error.contains(QLatin1Char('\n')) ? 1 : 0), 2);
    }

    void hostsAndIdsAreDefusedToo() {
        RunResult r;
        r.id = QStringLiteral("=1+1");
        r.server = QStringLiteral("@evil");
        IntervalSample i;
        i.endS = 1;
        i.bps = -1; // numbers are never prefixed
        r.intervals = {i};
        const QByteArray csv = CsvExport::intervals({r});
        QVERIFY2(csv.contains("\"'=1+1\""), csv.constData());
        QVERIFY2(csv.contains("\"'@evil\""), csv.constData());
        QVERIFY2(csv.contains(",0,1,-1,"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

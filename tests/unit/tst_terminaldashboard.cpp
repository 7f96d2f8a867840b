// The pieces the terminal dashboard draws with: progress bars in eighths of a character and
// the block chart of the total rate (its tallest column is the peak, zero stays blank, a
// small value still shows). The dashboard itself is driven in tmux by
// tests/integration/tst_terminaldashboardtmux.cpp.
#include "cli/terminaldashboard.h"

#include <QTest>

using Perfdeck::Cli::TerminalDashboard;

class TestTerminalDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bar_data() {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << 0.0 << 4 << QStringLiteral("░░░░");
        QTest::addRow("half") << 0.5 << 4 << QStringLiteral("██░░");
        QTest::addRow("eighths at the edge") << 0.625 << 4 << QStringLiteral("██▌░");
        QTest::addRow("full") << 1.0 << 4 << QStringLiteral("████");
        QTest::addRow("over one is full") << 1.7 << 3 << QStringLiteral("███");
        QTest::addRow("negative is empty") << -0.2 << 3 << QStringLiteral("░░░");
    }
    void bar() {
        QFETCH(double, ratio);
        QFETCH(int, width);
        QFETCH(QString, expected);
        const QString drawn = TerminalDashboard::bar(ratio, width);
        QCOMPARE(drawn, expected);
        QCOMPARE(drawn.size(), width);
    }

    void sparkline_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::addRow("rising") << QList<double>{1, 2, 4, 8} << 10 << QStringLiteral("▁▂▄█");
        QTest::addRow("zero stays blank, tiny still shows")
            << QList<double>{0, 0.001, 10} << 10 << QStringLiteral(" ▁█");
        QTest::addRow("only the newest that fit")
            << QList<double>{100, 1, 2, 4, 8} << 4 << QStringLiteral("▁▂▄█");
        QTest::addRow("all zero") << QList<double>{0, 0} << 5 << QStringLiteral("  ");
        QTest::addRow("nothing yet") << QList<double>{} << 5 << QString();
    }
    void sparkline() {
        QFETCH(QList<double>, values);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(TerminalDashboard::sparkline(values, width), expected);
    }
};

QTEST_GUILESS_MAIN(TestTerminalDashboard)
#include "tst_terminaldashboard.moc"

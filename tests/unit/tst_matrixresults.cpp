// A test plan's figures cell by cell, as the GUI heat map, the report context's `matrix` and
// the matrix chart read them: instances of a repeat are summed and repeats averaged; a send
// and a receive cell of one pair give forward, reverse and their asymmetry; failed, partial,
// skipped and unrun cells say so; without a plan (a results document) the cells come from
// the runs; request/response tests are measured in transactions/s.
#include "plan/matrixresults.h"

#include <QJsonArray>
#include <QTest>

using namespace Perfdeck;

namespace {

RunResult run(const QString &id, const QString &cell, double bps,
              Direction direction = Direction::Send) {
    RunResult r;
    r.id = id;
    r.cell = cell;
    r.clientHost = cell.section(QStringLiteral("->"), 0, 0);
    r.serverHost = cell.section(QStringLiteral("->"), 1).section(QLatin1Char('/'), 0, 0);
    r.server = QStringLiteral("127.0.0.9:5201");
    r.direction = direction;
    r.summary.throughputBps = bps;
    return r;
}

TestMatrix plan(const QStringList &clients, const QStringList &servers,
                const QList<std::pair<QString, Direction>> &tests) {
    TestMatrix m;
    m.clients = clients;
    m.servers = servers;
    for (const auto &[name, direction] : tests) {
        TestSpec spec;
        spec.name = name;
        spec.direction = direction;
        m.tests << spec;
    }
    return m;
}

} // namespace

class TestMatrixResults final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sendAndReceiveCellsMakeAPair() {
        const TestMatrix m = plan({QStringLiteral("a")}, {QStringLiteral("b")},
                                  {{QStringLiteral("up"), Direction::Send},
                                   {QStringLiteral("down"), Direction::Receive}});
        const QList<RunResult> runs = {
            run(QStringLiteral("r1"), QStringLiteral("a->b/up"), 900e6),
            run(QStringLiteral("r2"), QStringLiteral("a->b/down"), 450e6, Direction::Receive),
        };
        const MatrixResults results = MatrixResults::build(m, runs);
        QCOMPARE(results.cells.size(), 2);
        const MatrixResults::Cell *up = results.cell(QStringLiteral("a->b/up"));
        const MatrixResults::Cell *down = results.cell(QStringLiteral("a"), QStringLiteral("b"), 1);
        QVERIFY(up && down);
        QCOMPARE(up->value.value_or(0), 900e6);
        QCOMPARE(down->value.value_or(0), 450e6);
        for (const MatrixResults::Cell *c : {up, down}) {
            QCOMPARE(c->forwardValue.value_or(0), 900e6);
            QCOMPARE(c->reverseValue.value_or(0), 450e6);
            QCOMPARE(c->asymmetry.value_or(0), 2.0);
        }
        QCOMPARE(up->pairCell, down->id);
        QCOMPARE(down->pairCell, up->id);
        QVERIFY(up->isForward && !down->isForward);
        const QJsonObject json = results.toJson();
        const QJsonArray pairs = json.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first()[QStringLiteral("forward_cell")].toString(), up->id);
        QCOMPARE(pairs.first()[QStringLiteral("asymmetry")].toDouble(), 2.0);
        // Templates look cells up by test, client and server.
        QCOMPARE(json[QStringLiteral("grid")][QStringLiteral("down")][QStringLiteral("a")]
                     [QStringLiteral("b")][QStringLiteral("value")]
                         .toDouble(),
                 450e6);
    }

    void bidirCellIsItsOwnPair() {
        const TestMatrix m = plan({QStringLiteral("a")}, {QStringLiteral("b")},
                                  {{QStringLiteral("both"), Direction::Bidir}});
        RunResult r =
            run(QStringLiteral("r1"), QStringLiteral("a->b/both"), 800e6, Direction::Bidir);
        r.reverseSummary = Summary();
        r.reverseSummary->throughputBps = 200e6;
        const MatrixResults results = MatrixResults::build(m, {r});
        const MatrixResults::Cell &c = results.cells.first();
        QCOMPARE(c.forwardValue.value_or(0), 800e6);
        QCOMPARE(c.reverseValue.value_or(0), 200e6);
        QCOMPARE(c.asymmetry.value_or(0), 4.0);
        QCOMPARE(c.pairCell, c.id);
    }

    void instancesSummedRepeatsAveraged() {
        const TestMatrix m = plan({QStringLiteral("a")}, {QStringLiteral("b")},
                                  {{QStringLiteral("t"), Direction::Send}});
        QList<RunResult> runs;
        const double values[] = {100e6, 200e6, 300e6, 400e6};
        for (int i = 0; i < 4; ++i) {
            RunResult r = run(QStringLiteral("r%1").arg(i), QStringLiteral("a->b/t"), values[i]);
            r.instance = i % 2 + 1;
            r.instances = 2;
            runs << r;
        }
        const MatrixResults results = MatrixResults::build(m, runs);
        const MatrixResults::Cell &c = results.cells.first();
        QCOMPARE(c.repeats, 2);
        QCOMPARE(c.instances, 2);
        QCOMPARE(c.value.value_or(0), 500e6); // (300 + 700) / 2
        QCOMPARE(c.min.value_or(0), 300e6);
        QCOMPARE(c.max.value_or(0), 700e6);
        QCOMPARE(c.status, QStringLiteral("ok"));
        QCOMPARE(c.runIds.size(), 4);
        QCOMPARE(results.tests.first().min.value_or(0), 500e6);
    }

    void cellStatus_data() {
        QTest::addColumn<QList<int>>("outcomes"); // per run: 0 ok, 1 error, 2 partial
        QTest::addColumn<bool>("turnedOff");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("hasValue");
        QTest::addRow("every run ok") << QList<int>{0, 0} << false << QStringLiteral("ok") << true;
        QTest::addRow("one repeat failed")
            << QList<int>{0, 1} << false << QStringLiteral("partial") << true;
        QTest::addRow("stopped early")
            << QList<int>{2} << false << QStringLiteral("partial") << true;
        QTest::addRow("every run failed")
            << QList<int>{1, 1} << false << QStringLiteral("failed") << false;
        QTest::addRow("not run yet") << QList<int>{} << false << QStringLiteral("not_run") << false;
        QTest::addRow("turned off") << QList<int>{} << true << QStringLiteral("skipped") << false;
    }
    void cellStatus() {
        QFETCH(QList<int>, outcomes);
        QFETCH(bool, turnedOff);
        QFETCH(QString, status);
        QFETCH(bool, hasValue);
        TestMatrix m = plan({QStringLiteral("a")}, {QStringLiteral("b")},
                            {{QStringLiteral("t"), Direction::Send}});
        if (turnedOff)
            m.setEnabled(QStringLiteral("a"), QStringLiteral("b"), 0, false);
        QList<RunResult> runs;
        for (int i = 0; i < outcomes.size(); ++i) {
            RunResult r = run(QStringLiteral("r%1").arg(i), QStringLiteral("a->b/t"), 1e9);
            if (outcomes[i] == 1) {
                r.status = RunStatus::Error;
                r.error = QStringLiteral("unable to connect to server: Connection refused");
                r.summary.throughputBps.reset();
            } else if (outcomes[i] == 2) {
                r.status = RunStatus::Partial;
            }
            runs << r;
        }
        const MatrixResults results = MatrixResults::build(m, runs);
        const MatrixResults::Cell &c = results.cells.first();
        QCOMPARE(c.status, status);
        QCOMPARE(c.value.has_value(), hasValue);
        if (outcomes.contains(1))
            QVERIFY(c.error.contains(QStringLiteral("Connection refused")));
        if (turnedOff)
            QCOMPARE(c.skipReason, QStringLiteral("turned off"));
    }

    void withoutPlanCellsComeFromRuns() {
        const QList<RunResult> runs = {
            run(QStringLiteral("r1"), QStringLiteral("c2->s1"), 1e9),
            run(QStringLiteral("r2"), QStringLiteral("c1->s1"), 2e9),
            run(QStringLiteral("r3"), QStringLiteral("c1->s2"), 3e9),
            run(QStringLiteral("lone"), QString(), 4e9), // not a plan's run
        };
        const MatrixResults results = MatrixResults::build(TestMatrix(), runs);
        QCOMPARE(results.clients, (QStringList{QStringLiteral("c2"), QStringLiteral("c1")}));
        QCOMPARE(results.servers, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(results.tests.size(), 1);
        QCOMPARE(results.tests.first().name, QString());
        QCOMPARE(results.cells.size(), 4);
        QCOMPARE(results.cell(QStringLiteral("c2->s2"))->status, QStringLiteral("not_run"));
        QCOMPARE(results.cell(QStringLiteral("c1->s2"))->value.value_or(0), 3e9);
        QVERIFY(!results.cells.first().planned);
        QCOMPARE(results.tests.first().min.value_or(0), 1e9);
        QCOMPARE(results.tests.first().max.value_or(0), 3e9);
        // Runs outside any plan: no matrix at all.
        QVERIFY(MatrixResults::build(TestMatrix(), {runs.last()}).isEmpty());
    }

    void requestResponseTestsCountTransactions() {
        const TestMatrix m = plan({QStringLiteral("a")}, {QStringLiteral("b")},
                                  {{QStringLiteral("rr"), Direction::Send}});
        RunResult r = run(QStringLiteral("r1"), QStringLiteral("a->b/rr"), 0);
        r.summary.throughputBps.reset();
        r.summary.transactionsPerS = 41250;
        const MatrixResults results = MatrixResults::build(m, {r});
        QCOMPARE(results.tests.first().metric, QStringLiteral("transactions_per_s"));
        QCOMPARE(results.tests.first().unit, QStringLiteral("1/s"));
        QCOMPARE(results.cells.first().value.value_or(0), 41250.0);
    }

    void overridesAndSkippedSelfPairsAreCarried() {
        TestMatrix m = plan({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b")},
                            {{QStringLiteral("t"), Direction::Send}});
        CellOverrides o;
        o.durationS = 3;
        m.setOverrides(QStringLiteral("a"), QStringLiteral("b"), 0, o);
        const MatrixResults results = MatrixResults::build(m, {});
        QCOMPARE(results.cell(QStringLiteral("a->b/t"))->overrides, o);
        QCOMPARE(results.cell(QStringLiteral("b->b/t"))->status, QStringLiteral("skipped"));
        const QJsonObject cell = results.toJson()[QStringLiteral("cells")][0].toObject();
        QCOMPARE(cell[QStringLiteral("overrides")][QStringLiteral("duration_s")].toDouble(), 3.0);
        QVERIFY(cell[QStringLiteral("value")].isNull()); // unknown is null, never 0
    }
};

QTEST_GUILESS_MAIN(TestMatrixResults)
#include "tst_matrixresults.moc"

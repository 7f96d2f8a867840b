// The test plan as saved with a session: cells from clients x servers x tests, on/off,
// per-cell overrides, self pairs skipped unless asked, and sessions of version 1 (written
// before the plan existed, tests/data/session/v1-cli-run.json by the previous perfdeck-cli)
// still open.
#include "plan/testmatrix.h"
#include "results/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Perfdeck;

namespace {

TestMatrix twoByTwo() {
    TestMatrix m;
    m.clients = {QStringLiteral("a"), QStringLiteral("b")};
    m.servers = {QStringLiteral("b"), QStringLiteral("c")};
    TestSpec bulk;
    bulk.name = QStringLiteral("bulk");
    bulk.durationS = 5;
    TestSpec rr;
    rr.name = QStringLiteral("rr");
    rr.engine = Engine::Netperf;
    rr.netperfTest = QStringLiteral("TCP_RR");
    m.tests = {bulk, rr};
    m.profile = QStringLiteral("throughput");
    return m;
}

} // namespace

class TestTestMatrix final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellsCoverEveryCombination() {
        const TestMatrix m = twoByTwo();
        const QList<TestMatrix::Cell> cells = m.cells();
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells.at(0).id, QStringLiteral("a->b/bulk"));
        QCOMPARE(cells.at(1).id, QStringLiteral("a->b/rr"));
        QCOMPARE(cells.at(0).spec.clientHost, QStringLiteral("a"));
        QCOMPARE(cells.at(0).spec.serverHost, QStringLiteral("b"));
        QCOMPARE(cells.at(0).spec.cell, QStringLiteral("a->b/bulk"));
        QCOMPARE(toString(cells.at(1).spec.engine), toString(Engine::Netperf));
        QVERIFY(m.validate().isEmpty());
    }

    void selfPairsSkippedUnlessAsked() {
        TestMatrix m = twoByTwo();
        int skipped = 0;
        for (const TestMatrix::Cell &cell : m.cells()) {
            if (cell.client == cell.server) {
                QCOMPARE(cell.skipReason, QStringLiteral("client and server are the same host"));
                ++skipped;
            } else {
                QVERIFY(cell.skipReason.isEmpty());
            }
        }
        QCOMPARE(skipped, 2); // b->b, both tests
        m.includeSelfPairs = true;
        for (const TestMatrix::Cell &cell : m.cells())
            QVERIFY(cell.skipReason.isEmpty());
    }

    void cellsTurnOffAndOverride() {
        TestMatrix m = twoByTwo();
        m.setEnabled(QStringLiteral("a"), QStringLiteral("c"), 0, false);
        CellOverrides o;
        o.durationS = 30;
        o.streams = 4;
        o.bitrateBps = 1e9;
        o.dscp = QStringLiteral("EF");
        o.direction = Direction::Receive;
        m.setOverrides(QStringLiteral("b"), QStringLiteral("c"), 0, o);
        const QList<TestMatrix::Cell> cells = m.cells();
        QCOMPARE(cells.at(2).id, QStringLiteral("a->c/bulk"));
        QCOMPARE(cells.at(2).skipReason, QStringLiteral("turned off"));
        const TestMatrix::Cell &bc = cells.at(6);
        QCOMPARE(bc.id, QStringLiteral("b->c/bulk"));
        QCOMPARE(bc.spec.durationS, 30.0);
        QCOMPARE(bc.spec.parallel, 4);
        QCOMPARE(bc.spec.bitrateBps, std::optional<double>(1e9));
        QCOMPARE(bc.spec.dscp, QStringLiteral("EF"));
        QCOMPARE(toString(bc.spec.direction), toString(Direction::Receive));
        // The other test of the same pair keeps the profile's values.
        QCOMPARE(cells.at(7).spec.durationS, 10.0);
        // Back to the defaults: nothing is stored for the cell.
        m.setEnabled(QStringLiteral("a"), QStringLiteral("c"), 0, true);
        m.setOverrides(QStringLiteral("b"), QStringLiteral("c"), 0, CellOverrides{});
        QCOMPARE(m, twoByTwo());
    }

    void overrideThatTheTestRefusesIsNamed() {
        TestMatrix m = twoByTwo();
        CellOverrides o;
        o.dscp = QStringLiteral("XYZ");
        m.setOverrides(QStringLiteral("a"), QStringLiteral("c"), 0, o);
        QVERIFY2(m.validate().startsWith(QLatin1String("cell a->c/bulk: unknown DSCP")),
                 qPrintable(m.validate()));
    }

    void jsonRoundTrip() {
        TestMatrix m = twoByTwo();
        m.includeSelfPairs = true;
        m.setEnabled(QStringLiteral("b"), QStringLiteral("b"), 1, false);
        CellOverrides o;
        o.durationS = 3;
        m.setOverrides(QStringLiteral("a"), QStringLiteral("b"), 0, o);
        QString error;
        const TestMatrix back = TestMatrix::fromJson(m.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, m);
        QCOMPARE(back.cells().at(0).spec.durationS, 3.0);
    }

    void badCellInFileIsNamed() {
        QJsonObject o = twoByTwo().toJson();
        o.insert(QLatin1String("cells"),
                 QJsonDocument::fromJson(R"([{"client":"a","server":"b","test":"bulk",
                    "overrides":{"streams":0.5}}])")
                     .array());
        QString error;
        TestMatrix::fromJson(o, &error);
        QVERIFY2(error.startsWith(QLatin1String("cells[0]: streams")), qPrintable(error));
    }

    void sessionKeepsThePlan() {
        Session s;
        s.matrix = twoByTwo();
        s.matrix.setEnabled(QStringLiteral("a"), QStringLiteral("b"), 1, false);
        const QByteArray bytes = s.toBytes();
        QVERIFY(bytes.contains("\"version\": 2"));
        Session back;
        QString error;
        QVERIFY2(Session::fromBytes(bytes, &back, &error), qPrintable(error));
        QCOMPARE(back.matrix, s.matrix);
    }

    void versionOneSessionStillOpens() {
        Session s;
        QString error;
        const QString path = QStringLiteral(PERFDECK_TEST_DATA "/session/v1-cli-run.json");
        QVERIFY2(Session::load(path, &s, &error), qPrintable(error));
        QVERIFY(s.matrix.isEmpty());
        QCOMPARE(s.runs.size(), 1);
        QCOMPARE(toString(s.runs.at(0).status), toString(RunStatus::Ok));
        QVERIFY(s.runs.at(0).summary.throughputBps.value_or(0) > 0);
        QCOMPARE(s.runs.at(0).instances, 0);
        // Saved again, it becomes a version 2 file with the same runs.
        Session again;
        QVERIFY2(Session::fromBytes(s.toBytes(), &again, &error), qPrintable(error));
        QCOMPARE(again.runs, s.runs);
        QVERIFY(s.toBytes().contains("\"version\": 2"));
    }
};

QTEST_GUILESS_MAIN(TestTestMatrix)
#include "tst_testmatrix.moc"

// The QoS view with the real perfdeck-probe on loopback: a test started from the form fills
// the per-class table (sent, received, verdict), Stop ends a long test at once and keeps what
// was measured, a bad class list is refused in the status line, and the form is saved with the
// session. The table model runs under QAbstractItemModelTester.
#include "gui/qostablemodel.h"
#include "gui/qosview.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Perfdeck;

class TstQosView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("PERFDECK_PROBE", PERFDECK_PROBE_BIN); }

    void runFillsTheTable() {
        QosView view;
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.findChild<QLineEdit *>(QStringLiteral("qosClasses"))
            ->setText(QStringLiteral("EF,CS1"));
        view.findChild<QDoubleSpinBox *>(QStringLiteral("qosDuration"))->setValue(1);
        QSignalSpy finished(&view, &QosView::runsFinished);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("qosStart")),
                          Qt::LeftButton);
        QVERIFY(view.isRunning());
        QCOMPARE(view.model()->rowCount(), 2); // the classes, before anything arrived
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("qosStart"))->isEnabled());
        QVERIFY(finished.wait(30000));
        const QList<RunResult> runs = finished.first().first().value<QList<RunResult>>();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(view.model()->rowCount(), 2);
        const QAbstractItemModel *m = view.model();
        QCOMPARE(m->index(0, QosTableModel::ClassColumn).data().toString(), QStringLiteral("EF"));
        QCOMPARE(m->index(0, QosTableModel::SentColumn).data().toString(),
                 QStringLiteral("EF (46)"));
        QCOMPARE(m->index(0, QosTableModel::ReceivedColumn).data().toString(),
                 QStringLiteral("EF (46) 100 %"));
        QCOMPARE(m->index(0, QosTableModel::VerdictColumn).data().toString(),
                 QStringLiteral("kept"));
        QCOMPARE(m->index(1, QosTableModel::SentColumn).data().toString(),
                 QStringLiteral("CS1 (8)"));
        QCOMPARE(m->index(1, QosTableModel::LossColumn).data().toString().left(4),
                 QStringLiteral("0.00"));
        QVERIFY(m->index(1, QosTableModel::RttColumn).data().toString().contains(u's'));
        QVERIFY2(view.statusText().contains(QStringLiteral("2 of 2")),
                 qPrintable(view.statusText()));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("qosStart"))->isEnabled());
    }

    void stopEndsALongTest() {
        QosView view;
        view.findChild<QLineEdit *>(QStringLiteral("qosClasses"))->setText(QStringLiteral("AF41"));
        view.findChild<QDoubleSpinBox *>(QStringLiteral("qosDuration"))->setValue(60);
        QSignalSpy finished(&view, &QosView::runsFinished);
        QVERIFY(view.start());
        QTest::qWait(1500);
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("qosStop")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(t.elapsed() < 10000);
        const QList<RunResult> runs = finished.first().first().value<QList<RunResult>>();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(toString(runs[0].status), toString(RunStatus::Partial));
        QVERIFY(runs[0].summary.packets.value_or(0) > 50);
        QCOMPARE(view.model()->index(0, QosTableModel::VerdictColumn).data().toString(),
                 QStringLiteral("kept"));
    }

    void badClassesAreRefused() {
        QosView view;
        view.findChild<QLineEdit *>(QStringLiteral("qosClasses"))->setText(QStringLiteral("EF,ZZ"));
        QVERIFY(!view.start());
        QVERIFY(!view.isRunning());
        QVERIFY2(view.statusText().contains(QStringLiteral("'ZZ'")), qPrintable(view.statusText()));
    }

    void formIsSavedWithTheSession() {
        QosView a;
        a.findChild<QLineEdit *>(QStringLiteral("qosClasses"))->setText(QStringLiteral("VA,LE"));
        a.findChild<QSpinBox *>(QStringLiteral("qosRate"))->setValue(250);
        QosView b;
        b.restoreState(a.saveState());
        QCOMPARE(b.findChild<QLineEdit *>(QStringLiteral("qosClasses"))->text(),
                 QStringLiteral("VA,LE"));
        QCOMPARE(b.findChild<QSpinBox *>(QStringLiteral("qosRate"))->value(), 250);
        QCOMPARE(b.saveState(), a.saveState());
    }
};

QTEST_MAIN(TstQosView)
#include "tst_qosview.moc"

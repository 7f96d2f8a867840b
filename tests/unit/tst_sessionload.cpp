// Opening a session validates its test specs as the run panel and the CLI do: a hand-edited
// or hostile file with out-of-range numbers or option-like values is refused with the file,
// the spec and the field, instead of loading and failing (or misbehaving) on re-run.
#include "results/session.h"
#include "util/fileio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

class TestSessionLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outOfRangeSpecsAreRefused_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("port 1e300") << "port" << QJsonValue(1e300) << "port:";
        QTest::addRow("duration 1e300") << "duration_s" << QJsonValue(1e300) << "duration";
        QTest::addRow("fractional streams") << "parallel" << QJsonValue(1.5) << "parallel:";
        QTest::addRow("huge bitrate") << "bitrate_bps" << QJsonValue(1e23) << "bitrate";
        QTest::addRow("window 1e300") << "window_bytes" << QJsonValue(1e300) << "window_bytes:";
        QTest::addRow("host like an option")
            << "host" << QJsonValue(QStringLiteral("-oProxyCommand=x")) << "must not start";
        QTest::addRow("congestion like an option")
            << "congestion" << QJsonValue(QStringLiteral("-x")) << "must not start";
    }
    void outOfRangeSpecsAreRefused() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        Session good;
        TestSpec ok;
        ok.name = QStringLiteral("bulk");
        good.specs = {TestSpec{}, ok};
        QJsonObject o = good.toJson();
        QJsonArray specs = o.value(QStringLiteral("specs")).toArray();
        QJsonObject spec = specs.at(1).toObject();
        spec.insert(key, value);
        specs.replace(1, spec);
        o.insert(QStringLiteral("specs"), specs);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.perfdeck"));
        QString error;
        QVERIFY(FileIo::writeAtomically(path, QJsonDocument(o).toJson(), &error));
        Session loaded;
        QVERIFY(!Session::load(path, &loaded, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": specs[1] (test 'bulk'): ")),
                 qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void validSessionStillLoads() {
        Session s;
        TestSpec spec;
        spec.host = QStringLiteral("10.0.0.2");
        spec.bitrateBps = TestSpec::MaxBitrateBps;
        spec.windowBytes = 4 << 20;
        s.specs = {spec};
        Session back;
        QString error;
        QVERIFY2(Session::fromBytes(s.toBytes(), &back, &error), qPrintable(error));
        QCOMPARE(back.specs, s.specs);
    }
};

QTEST_GUILESS_MAIN(TestSessionLoad)
#include "tst_sessionload.moc"

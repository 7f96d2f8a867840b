// The inventory and the host check history are part of a session: saved, reopened exactly,
// absent from older sessions without harm, and a broken inventory in a file is refused.
#include "inventory/inventoryloader.h"
#include "results/session.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

Session sessionWithHosts() {
    Session s;
    s.title = QStringLiteral("lab");
    InventoryLoader loader;
    s.inventory = loader.load(QStringLiteral(PERFDECK_TEST_DATA "/inventory/hosts.yaml")).value();
    HostStatus ok;
    ok.host = QStringLiteral("fra-perf1");
    ok.checkedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 125), Qt::UTC);
    ok.tcpReachable = true;
    ok.tcpTarget = QStringLiteral("bastion.fra.example.net:22");
    ok.tcpConnectMs = 1.25;
    ok.sshOk = true;
    ok.rttMs = 3.5;
    ok.iperf3Path = QStringLiteral("/usr/bin/iperf3");
    ok.iperf3Version = QStringLiteral("3.12");
    ok.netserverPath = QStringLiteral("/usr/bin/netserver");
    ok.diskFreeBytes = qint64(52) << 30;
    ok.load1 = 0.5;
    ok.load5 = 0.25;
    ok.load15 = 0.125;
    ok.cpuCount = 8;
    ok.grade();
    HostStatus down;
    down.host = QStringLiteral("fra-perf1");
    down.checkedAt = ok.checkedAt.addSecs(300);
    down.tcpReachable = false;
    down.tcpError = QStringLiteral("bastion.fra.example.net:22: Connection refused");
    down.grade();
    s.hostChecks.add(ok);
    s.hostChecks.add(down);
    return s;
}

} // namespace

class TestSessionInventory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndReopenIsIdentical() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.perfdeck"));
        Session s = sessionWithHosts();
        QString error;
        QVERIFY2(s.save(path, &error), qPrintable(error));
        Session back;
        QVERIFY2(Session::load(path, &back, &error), qPrintable(error));
        QVERIFY(back.inventory == s.inventory);
        QVERIFY(back.hostChecks == s.hostChecks);
        QCOMPARE(back.hostChecks.history(QStringLiteral("fra-perf1")).size(), 2);
        const HostStatus latest = *back.hostChecks.latest(QStringLiteral("fra-perf1"));
        QCOMPARE(toString(latest.level), toString(HostStatus::Level::Error));
        QVERIFY(!latest.rttMs); // unknown stays unknown, not 0
        const HostStatus first = back.hostChecks.history(QStringLiteral("fra-perf1")).first();
        QCOMPARE(toString(first.level), toString(HostStatus::Level::Ok));
        QCOMPARE(*first.diskFreeBytes, qint64(52) << 30);
        QCOMPARE(*first.load15, 0.125);
        QVERIFY(back == s);
    }

    void streamedBytesMatchTheJsonTree() {
        const Session s = sessionWithHosts();
        QCOMPARE(QJsonDocument::fromJson(s.toBytes()).object(), s.toJson());
    }

    void olderSessionHasAnEmptyInventory() {
        const QByteArray old = R"({"format": "perfdeck.session", "version": 1, "specs": [],
                                   "runs": [], "ui": {}})";
        Session s;
        QString error;
        QVERIFY2(Session::fromBytes(old, &s, &error), qPrintable(error));
        QVERIFY(s.inventory.hosts.isEmpty());
        QVERIFY(s.hostChecks.isEmpty());
        QCOMPARE(s.inventory.names(), QStringList({QStringLiteral("local")}));
    }

    void brokenInventoryIsRefused() {
        const QByteArray bad = R"({"format": "perfdeck.session", "version": 1, "inventory":
            {"hosts": [{"name": "a", "address": "x", "jump": "b"}]}})";
        Session s;
        QString error;
        QVERIFY(!Session::fromBytes(bad, &s, &error));
        QVERIFY2(error.startsWith(QLatin1String("inventory: host 'a': jump host: unknown host "
                                                "'b'")),
                 qPrintable(error));
    }

    void historyIsBoundedAndFollowsRenames() {
        HostStatusHistory history;
        history.setLimit(3);
        for (int i = 0; i < 5; ++i) {
            HostStatus s;
            s.host = QStringLiteral("a");
            s.summary = QString::number(i);
            history.add(s);
        }
        QCOMPARE(history.history(QStringLiteral("a")).size(), 3);
        QCOMPARE(history.history(QStringLiteral("a")).first().summary, QStringLiteral("2"));
        history.rename(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(history.history(QStringLiteral("a")).isEmpty());
        QCOMPARE(history.latest(QStringLiteral("b"))->host, QStringLiteral("b"));
        QCOMPARE(history.latest(QStringLiteral("b"))->summary, QStringLiteral("4"));
        QVERIFY(HostStatusHistory::fromJson(history.toJson()) == history);
        history.remove(QStringLiteral("b"));
        QVERIFY(history.isEmpty());
    }

    void grading_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("summary");
        QTest::addRow("unreachable") << R"({"tcp_reachable": false, "tcp_error": "x:22: refused"})"
                                     << "error"
                                     << "unreachable: x:22: refused";
        QTest::addRow("auth failed")
            << R"({"tcp_reachable": true, "ssh_ok": false, "ssh_error": "denied"})"
            << "error"
            << "SSH failed: denied";
        QTest::addRow("tcp only") << R"({"tcp_reachable": true})"
                                  << "warning"
                                  << "SSH not checked";
        QTest::addRow("local complete")
            << R"({"iperf3_path": "/usr/bin/iperf3", "netserver_path": "/usr/bin/netserver",
                  "load": [0.5, 0.4, 0.3], "cpu_count": 2, "disk_free_bytes": 5e9})"
            << "ok"
            << "ok";
        QTest::addRow("missing tools and busy")
            << R"({"ssh_ok": true, "tcp_reachable": true, "load": [9, 1, 1], "cpu_count": 2,
                  "disk_free_bytes": 1000})"
            << "warning"
            << "no iperf3, no netserver, disk nearly full, load 9 on 2 CPUs";
    }

    void grading() {
        QFETCH(QString, json);
        QFETCH(QString, level);
        QFETCH(QString, summary);
        HostStatus s = HostStatus::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        s.level = HostStatus::Level::Unknown;
        s.grade();
        QCOMPARE(toString(s.level), level);
        QCOMPARE(s.summary, summary);
    }
};

QTEST_GUILESS_MAIN(TestSessionInventory)
#include "tst_sessioninventory.moc"

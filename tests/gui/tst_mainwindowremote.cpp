// Runs between inventory hosts from the main window: the run panel offers this machine first,
// then the inventory's hosts by site in the roles they may take; the picks are saved with the
// session and restored; names the inventory does not offer are refused with the reason; the
// table and legend name the ends ("lab-a → lab-b").
#include "gui/inventorydock.h"
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "model/runlabel.h"

#include <QComboBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Perfdeck;

namespace {

Host host(const QString &name, const QString &site, bool client, bool server) {
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.1");
    h.port = 2222;
    h.site = site;
    h.client = client;
    h.server = server;
    return h;
}

Inventory labInventory() {
    Inventory inv;
    inv.hosts << host(QStringLiteral("zrh-probe"), QStringLiteral("Zurich"), true, false)
              << host(QStringLiteral("ams-sink"), QStringLiteral("Amsterdam"), false, true)
              << host(QStringLiteral("ams-both"), QStringLiteral("Amsterdam"), true, true)
              << host(QStringLiteral("loose"), QString(), true, true);
    return inv;
}

// The combo's entries as shown: headings in brackets, disabled entries marked.
QStringList entries(const QComboBox *combo) {
    QStringList out;
    const auto *items = qobject_cast<const QStandardItemModel *>(combo->model());
    for (int i = 0; i < combo->count(); ++i) {
        const QString name = combo->itemData(i).toString();
        const bool enabled = !items || items->item(i)->isEnabled();
        out << (enabled ? (name.isEmpty() ? QStringLiteral("local") : name)
                        : QLatin1Char('[') + combo->itemText(i) + QLatin1Char(']'));
    }
    return out;
}

} // namespace

class TstMainWindowRemote final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void panelOffersHostsByRoleAndSite() {
        MainWindow window;
        window.inventoryDock()->setSession(labInventory(), {}, {});
        auto *client = window.runPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        auto *server = window.runPanel()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
        QVERIFY(client && server);
        // This machine first, then by site (sites by name, no site last); roles respected.
        QCOMPARE(entries(client), QStringList({"local", "[Amsterdam]", "ams-both", "[Zurich]",
                                               "zrh-probe", "loose"}));
        QCOMPARE(entries(server),
                 QStringList({"local", "[Amsterdam]", "ams-sink", "ams-both", "loose"}));
        QCOMPARE(client->currentIndex(), 0);
        QVERIFY(client->itemText(0).contains(QLatin1String("this machine")));

        TestSpec spec;
        QString error;
        QVERIFY2(window.runPanel()->buildSpec(&spec, &error), qPrintable(error));
        QVERIFY(spec.clientHost.isEmpty());
        QVERIFY(spec.serverHost.isEmpty());

        client->setCurrentIndex(client->findData(QStringLiteral("zrh-probe")));
        server->setCurrentIndex(server->findData(QStringLiteral("ams-sink")));
        QVERIFY2(window.runPanel()->buildSpec(&spec, &error), qPrintable(error));
        QCOMPARE(spec.clientHost, QStringLiteral("zrh-probe"));
        QCOMPARE(spec.serverHost, QStringLiteral("ams-sink"));
        QVERIFY(spec.usesEmbeddedServer());

        // An edit of the inventory keeps the picks.
        window.inventoryDock()->addHost(
            host(QStringLiteral("new1"), QStringLiteral("Bern"), true, true));
        QCOMPARE(client->currentData().toString(), QStringLiteral("zrh-probe"));
        QCOMPARE(server->currentData().toString(), QStringLiteral("ams-sink"));
        QVERIFY(entries(client).contains(QStringLiteral("new1")));
    }

    void picksAreSavedWithTheSession() {
        Session saved;
        {
            MainWindow window;
            window.inventoryDock()->setSession(labInventory(), {}, {});
            TestSpec spec;
            spec.clientHost = QStringLiteral("ams-both");
            spec.serverHost = QStringLiteral("loose");
            spec.durationS = 3;
            window.runPanel()->setSpec(spec);
            saved = window.currentSession();
        }
        QCOMPARE(saved.specs.size(), 1);
        QCOMPARE(saved.specs.at(0).clientHost, QStringLiteral("ams-both"));
        QCOMPARE(saved.specs.at(0).serverHost, QStringLiteral("loose"));
        Session reread;
        QString readError;
        QVERIFY2(Session::fromBytes(saved.toBytes(), &reread, &readError), qPrintable(readError));
        MainWindow window;
        window.showSession(reread);
        auto *client = window.runPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        auto *server = window.runPanel()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
        QCOMPARE(client->currentData().toString(), QStringLiteral("ams-both"));
        QCOMPARE(server->currentData().toString(), QStringLiteral("loose"));
        TestSpec spec;
        QString error;
        QVERIFY2(window.runPanel()->buildSpec(&spec, &error), qPrintable(error));
        QCOMPARE(spec.clientHost, QStringLiteral("ams-both"));
        QCOMPARE(spec.serverHost, QStringLiteral("loose"));
        QCOMPARE(spec.durationS, 3.0);
    }

    void hostsTheInventoryDoesNotOfferAreRefused_data() {
        QTest::addColumn<QString>("clientHost");
        QTest::addColumn<QString>("serverHost");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown client") << "gone1"
                                        << ""
                                        << "Client: gone1 is not in the inventory";
        QTest::addRow("server-only host as client")
            << "ams-sink"
            << ""
            << "Client: the inventory does not allow ams-sink as a client";
        QTest::addRow("client-only host as server")
            << ""
            << "zrh-probe"
            << "Server: the inventory does not allow zrh-probe as a server";
    }
    void hostsTheInventoryDoesNotOfferAreRefused() {
        QFETCH(QString, clientHost);
        QFETCH(QString, serverHost);
        QFETCH(QString, message);
        MainWindow window;
        window.inventoryDock()->setSession(labInventory(), {}, {});
        TestSpec spec;
        spec.clientHost = clientHost;
        spec.serverHost = serverHost;
        window.runPanel()->setSpec(spec);
        QString error;
        TestSpec built;
        QVERIFY(!window.runPanel()->buildSpec(&built, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        // Shown, not silently replaced by this machine.
        auto *combo = window.runPanel()->findChild<QComboBox *>(
            clientHost.isEmpty() ? QStringLiteral("serverCombo") : QStringLiteral("clientCombo"));
        QVERIFY(combo->currentText().contains(clientHost.isEmpty() ? serverHost : clientHost));
    }

    void tableAndLegendNameTheEnds() {
        RunResult run;
        run.id = QStringLiteral("r1");
        run.seq = 4;
        run.clientHost = QStringLiteral("lab-a");
        run.serverHost = QStringLiteral("lab-b");
        run.embeddedServer = true;
        run.server = QStringLiteral("127.0.0.1:50001");
        QCOMPARE(runEndsText(run), QStringLiteral("lab-a \u2192 lab-b"));
        run.clientHost = QStringLiteral("local");
        QCOMPARE(runEndsText(run), QStringLiteral("local \u2192 lab-b"));
        run.serverHost = QStringLiteral("local");
        QVERIFY(runEndsText(run).isEmpty()); // both on this machine: the target says enough
        run.clientHost = QStringLiteral("lab-a");
        run.serverHost.clear();
        run.embeddedServer = false;
        run.server = QStringLiteral("192.0.2.7:5201");
        QCOMPARE(runEndsText(run), QStringLiteral("lab-a \u2192 192.0.2.7:5201"));

        RunTableModel model;
        RunRecord rec;
        rec.result = run;
        rec.result.serverHost = QStringLiteral("lab-b");
        rec.result.embeddedServer = true;
        model.setRecords({rec});
        QCOMPARE(model.index(0, RunTableModel::TargetColumn).data().toString(),
                 QStringLiteral("lab-a \u2192 lab-b"));
    }
};

QTEST_MAIN(TstMainWindowRemote)
#include "tst_mainwindowremote.moc"

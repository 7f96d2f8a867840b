// The inventory dock and its model: the tree grouped by site under QAbstractItemModelTester
// through adds, edits (rename, site change), deletes, undo/redo and status updates; imports
// of the real-world ssh config and Ansible files; YAML export that reloads; a real check of
// `local` and a loopback listener; and the session keeping the inventory and check history.
#include "../integration/sshdfixture.h"
#include "gui/hostlistmodel.h"
#include "gui/inventorydock.h"
#include "gui/inventorymodel.h"
#include "inventory/hostchecker.h"
#include "inventory/inventoryloader.h"
#include "results/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

const QString dataDir = QStringLiteral(PERFDECK_TEST_DATA "/inventory");

Inventory exampleInventory() {
    InventoryLoader loader;
    return loader.load(dataDir + QStringLiteral("/hosts.yaml")).value_or(Inventory{});
}

// Site rows in order, each with its hosts: "Amsterdam: ams-edge".
QStringList tree(const InventoryModel &model) {
    QStringList lines;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex site = model.index(g, 0);
        QStringList hosts;
        for (int h = 0; h < model.rowCount(site); ++h)
            hosts << model.index(h, 0, site).data(InventoryModel::HostNameRole).toString();
        lines << site.data(InventoryModel::SiteRole).toString() + QStringLiteral(": ") +
                     hosts.join(QLatin1Char(' '));
    }
    return lines;
}

Host simpleHost(const QString &name, const QString &site) {
    Host h;
    h.name = name;
    h.address = name + QStringLiteral(".example.net");
    h.site = site;
    return h;
}

} // namespace

class TestInventoryDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelGroupsBySite();
    void editsUnderModelTesterWithUndo();
    void renameCarriesJumpsAndHistory();
    void editingLocalListsItAndUndoUnlists();
    void hostListModelForTheRunPanel();
    void importSshConfigAndAnsible();
    void importFailureKeepsInventory();
    void exportReloads();
    void checkLocalAndLoopback();
    void sessionStateRoundTrip();
    void deployFromCheckResults();
    void closingWithEditsSaysNothing();
    void closingDuringACheckSaysNothing();
};

void TestInventoryDock::modelGroupsBySite() {
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tree(model), QStringList({": local"}));
    model.setInventory(exampleInventory(), {});
    QCOMPARE(tree(model),
             QStringList({"Amsterdam: ams-edge", "Frankfurt: bastion-fra fra-perf1 fra-perf2 local",
                          ": nyc-cloud1"}));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Frankfurt (4)"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("No site (1)"));
    const QModelIndex perf1 = model.indexOfHost(QStringLiteral("fra-perf1"));
    QCOMPARE(perf1.siblingAtColumn(InventoryModel::AddressColumn).data().toString(),
             QStringLiteral("perf@10.20.1.11 via bastion-fra"));
    QCOMPARE(perf1.siblingAtColumn(InventoryModel::LocationColumn).data().toString(),
             QStringLiteral("50.1109, 8.6821"));
    QCOMPARE(perf1.siblingAtColumn(InventoryModel::RolesColumn).data().toString(),
             QStringLiteral("client, server"));
    QVERIFY(perf1.data(Qt::DecorationRole).canConvert<QIcon>());
    QCOMPARE(perf1.data(InventoryModel::StatusLevelRole).toInt(), int(HostStatus::Level::Unknown));
    QCOMPARE(model.sites(), QStringList({"Amsterdam", "Frankfurt"}));
}

void TestInventoryDock::editsUnderModelTesterWithUndo() {
    InventoryDock dock;
    dock.setInteractive(false);
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.setSession(exampleInventory(), {}, {});
    QSignalSpy changed(&dock, &InventoryDock::changed);
    const Inventory original = dock.inventory();

    dock.addHost(simpleHost("vie-perf1", "Vienna"));
    QCOMPARE(tree(*dock.model()).first(), QStringLiteral("Amsterdam: ams-edge"));
    QVERIFY(tree(*dock.model()).contains(QStringLiteral("Vienna: vie-perf1")));
    QCOMPARE(dock.selectedHosts(), QStringList({"vie-perf1"}));

    Host moved = *dock.model()->host("ams-edge");
    moved.site = "Frankfurt"; // leaves an empty site: its row goes
    dock.updateHost("ams-edge", moved);
    QVERIFY(!tree(*dock.model()).join('\n').contains(QLatin1String("Amsterdam")));

    // hosts.yaml lists local: deleting it unlists it, and the implicit local remains.
    dock.deleteHosts({"fra-perf2", "nyc-cloud1", "local"});
    QVERIFY(!dock.model()->isListed("local"));
    QVERIFY(dock.model()->indexOfHost("local").isValid());
    QVERIFY(!dock.inventory().contains("fra-perf2"));
    QVERIFY(!dock.inventory().contains("nyc-cloud1"));
    QCOMPARE(dock.undoStack()->count(), 3);
    QVERIFY(changed.size() >= 3);

    dock.undoStack()->undo();                           // the delete (one macro)
    QCOMPARE(dock.inventory().indexOf("fra-perf2"), 2); // back in its place
    QCOMPARE(dock.inventory().indexOf("nyc-cloud1"), 4);
    dock.undoStack()->undo();
    dock.undoStack()->undo();
    QVERIFY(dock.inventory() == original);
    dock.undoStack()->redo();
    dock.undoStack()->redo();
    dock.undoStack()->redo();
    QVERIFY(!dock.inventory().contains("nyc-cloud1"));
    QCOMPARE(dock.model()->host("ams-edge")->site, QStringLiteral("Frankfurt"));
    QCOMPARE(dock.undoStack()->undoText(), QStringLiteral("Delete 3 host(s)"));
}

void TestInventoryDock::renameCarriesJumpsAndHistory() {
    InventoryDock dock;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    HostStatusHistory history;
    HostStatus s;
    s.host = "bastion-fra";
    s.tcpReachable = true;
    s.grade();
    history.add(s);
    dock.setSession(exampleInventory(), history, {});
    Host renamed = *dock.model()->host("bastion-fra");
    renamed.name = "bastion-fra1";
    dock.updateHost("bastion-fra", renamed);
    QCOMPARE(dock.model()->host("fra-perf1")->jump, QStringLiteral("bastion-fra1"));
    QVERIFY(dock.history().latest("bastion-fra1"));
    QVERIFY(!dock.history().latest("bastion-fra"));
    QCOMPARE(dock.inventory().problems(), QStringList());
    dock.undoStack()->undo();
    QCOMPARE(dock.model()->host("fra-perf1")->jump, QStringLiteral("bastion-fra"));
    QVERIFY(dock.history().latest("bastion-fra"));
    QVERIFY(dock.inventory() == exampleInventory());
}

void TestInventoryDock::editingLocalListsItAndUndoUnlists() {
    InventoryDock dock;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!dock.model()->isListed("local"));
    Host local = Host::local();
    local.site = "Lab";
    local.server = false;
    dock.updateHost("local", local);
    QVERIFY(dock.model()->isListed("local"));
    QCOMPARE(tree(*dock.model()), QStringList({"Lab: local"}));
    dock.undoStack()->undo();
    QVERIFY(!dock.model()->isListed("local"));
    QCOMPARE(tree(*dock.model()), QStringList({": local"}));
}

void TestInventoryDock::hostListModelForTheRunPanel() {
    InventoryDock dock;
    HostListModel *hosts = dock.hostListModel();
    QAbstractItemModelTester tester(hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(hosts->rowCount(), 1);
    dock.setSession(exampleInventory(), {}, {});
    QCOMPARE(hosts->rowCount(), 6);
    QStringList servers;
    QStringList clients;
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const QModelIndex i = hosts->index(r);
        if (i.data(HostListModel::IsServerRole).toBool())
            servers << i.data(HostListModel::HostNameRole).toString();
        if (i.data(HostListModel::IsClientRole).toBool())
            clients << i.data(HostListModel::HostNameRole).toString();
    }
    // This machine first, then by site as the Hosts dock groups them, no site last.
    QCOMPARE(servers, QStringList({"ams-edge", "fra-perf1", "fra-perf2", "nyc-cloud1"}));
    QCOMPARE(clients, QStringList({"local", "ams-edge", "bastion-fra", "fra-perf1"}));
    QCOMPARE(hosts->index(1).data().toString(),
             QStringLiteral("ams-edge (netops@edge1.ams.example.net:2222)"));
    dock.addHost(simpleHost("new1", ""));
    QCOMPARE(hosts->rowCount(), 7);
}

void TestInventoryDock::importSshConfigAndAnsible() {
    InventoryDock dock;
    dock.setInteractive(false);
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.setSession(exampleInventory(), {}, {});
    QSignalSpy imported(&dock, &InventoryDock::importFinished);
    dock.importFile(InventoryDock::ImportKind::Ansible, dataDir + "/ansible/hosts.ini");
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.last().at(0).toBool(), true);
    // bastion-fra, fra-perf1 and fra-perf2 exist: updated from the Ansible data; 9 are new.
    QCOMPARE(imported.last().at(1).toInt(), 9);
    QCOMPARE(imported.last().at(2).toInt(), 3);
    QVERIFY(imported.last().at(3).toString().contains("ansible_connection=local"));
    const Host bastion = *dock.model()->host("bastion-fra");
    QCOMPARE(bastion.user, QStringLiteral("deploy"));
    QCOMPARE(bastion.site, QStringLiteral("Frankfurt")); // kept: the import has no site
    QCOMPARE(bastion.notes, QStringLiteral("jump host only, do not load it"));
    QVERIFY(bastion.client && !bastion.server);
    QCOMPARE(dock.inventory().problems(), QStringList());
    QVERIFY(tree(*dock.model())
                .join('\n')
                .contains(QLatin1String(
                    "Frankfurt: bastion-fra fra-perf1 fra-perf2 local fra-perf3 fra-perf4")));
    // One step undoes the whole import.
    dock.undoStack()->undo();
    QVERIFY(dock.inventory() == exampleInventory());

    dock.importFile(InventoryDock::ImportKind::SshConfig, dataDir + "/ssh/config");
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.last().at(0).toBool(), true);
    QVERIFY(dock.inventory().contains("jump-only"));
    QCOMPARE(dock.inventory().problems(), QStringList());
}

void TestInventoryDock::importFailureKeepsInventory() {
    InventoryDock dock;
    dock.setInteractive(false);
    dock.setSession(exampleInventory(), {}, {});
    QSignalSpy imported(&dock, &InventoryDock::importFinished);
    QTemporaryDir dir;
    QFile bad(dir.filePath("hosts.ini"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[web]\nweb[1:\n");
    bad.close();
    dock.importFile(InventoryDock::ImportKind::Ansible, bad.fileName());
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.last().at(0).toBool(), false);
    QVERIFY(imported.last().at(3).toString().contains(bad.fileName() + ":2:1: host range"));
    QVERIFY(dock.inventory() == exampleInventory());
    QCOMPARE(dock.undoStack()->count(), 0);
}

void TestInventoryDock::exportReloads() {
    InventoryDock dock;
    dock.setInteractive(false);
    dock.setSession(exampleInventory(), {}, {});
    QTemporaryDir dir;
    const QString path = dir.filePath("exported.yaml");
    QSignalSpy exported(&dock, &InventoryDock::exportFinished);
    dock.exportTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.last().at(0).toBool(), true);
    InventoryLoader loader;
    const auto reread = loader.load(path);
    QVERIFY2(reread, qPrintable(loader.errorString()));
    QVERIFY(*reread == exampleInventory());

    dock.exportTo(dir.filePath("no/such/dir/x.yaml"));
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.last().at(0).toBool(), false);
    QVERIFY(exported.last().at(1).toString().contains("no/such/dir/x.yaml"));
}

void TestInventoryDock::checkLocalAndLoopback() {
    if (!TestHelpers::SshdFixture::available())
        QSKIP("OpenSSH server (sshd) is not installed");
    TestHelpers::SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    Inventory inventory;
    Host loop = simpleHost("loop", "Lab");
    loop.address = "127.0.0.1";
    loop.port = sshd.port();
    loop.user = sshd.loginUser();
    loop.auth = HostAuth::Key;
    loop.identityFile = sshd.userKey();
    inventory.hosts << loop;
    InventoryDock dock;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.setSession(inventory, {}, {});
    HostChecker::Options options;
    options.knownHostsFile = sshd.writeKnownHosts();
    options.useKeychain = false;
    options.timeoutMs = 20000;
    dock.setCheckOptions(options);
    QSignalSpy finished(&dock, &InventoryDock::checkFinished);
    dock.checkHosts();
    QCOMPARE(dock.model()->indexOfHost("loop").data(InventoryModel::StatusLevelRole).toInt(), -1);
    QVERIFY(finished.wait(60000));
    const QModelIndex local = dock.model()->indexOfHost("local");
    QVERIFY(local.siblingAtColumn(InventoryModel::Iperf3Column).data().toString().startsWith("3."));
    QVERIFY(!local.siblingAtColumn(InventoryModel::LastCheckColumn).data().toString().isEmpty());
    const QModelIndex loopIndex = dock.model()->indexOfHost("loop");
    QVERIFY(loopIndex.siblingAtColumn(InventoryModel::RttColumn).data().toString().endsWith(" ms"));
    // Logged in over SSH: the tools of the "remote" host are listed.
    QVERIFY(
        loopIndex.siblingAtColumn(InventoryModel::Iperf3Column).data().toString().startsWith("3."));
    QVERIFY(dock.history().history("loop").last().sshOk == true);
    QCOMPARE(dock.history().history("loop").size(), 1);

    // An unknown host key is refused in the GUI (no dialog yet), with the fingerprint.
    options.knownHostsFile = sshd.path("known_hosts_empty");
    dock.setCheckOptions(options);
    dock.checkHosts({"loop"});
    QVERIFY(finished.wait(60000));
    QCOMPARE(dock.history().history("loop").size(), 2);
    const HostStatus refused = dock.history().history("loop").last();
    QCOMPARE(toString(refused.level), QStringLiteral("error"));
    QVERIFY2(refused.sshError.contains(sshd.opensshFingerprint()), qPrintable(refused.sshError));
}

void TestInventoryDock::sessionStateRoundTrip() {
    InventoryDock dock;
    HostStatusHistory history;
    HostStatus s;
    s.host = "fra-perf1";
    s.checkedAt = QDateTime::currentDateTimeUtc();
    s.tcpReachable = false;
    s.tcpError = "x";
    s.grade();
    history.add(s);
    dock.setSession(exampleInventory(), history, {});
    dock.setCheckInterval(15);
    QCOMPARE(dock.checkInterval(), 15);

    Session session;
    session.inventory = dock.inventory();
    session.hostChecks = dock.history();
    session.uiState.insert("inventory", dock.saveState());
    Session back;
    QString error;
    QVERIFY2(Session::fromBytes(session.toBytes(), &back, &error), qPrintable(error));

    InventoryDock reopened;
    reopened.setSession(back.inventory, back.hostChecks,
                        back.uiState.value("inventory").toObject());
    QVERIFY(reopened.inventory() == dock.inventory());
    QVERIFY(reopened.history() == dock.history());
    QCOMPARE(reopened.checkInterval(), 15);
    QCOMPARE(
        reopened.model()->indexOfHost("fra-perf1").data(InventoryModel::StatusLevelRole).toInt(),
        int(HostStatus::Level::Error));
    reopened.setSession({}, {}, {});
    QCOMPARE(reopened.checkInterval(), 0); // off by default
}

void TestInventoryDock::deployFromCheckResults() {
    if (!TestHelpers::SshdFixture::available())
        QSKIP("OpenSSH server (sshd) is not installed");
    // The login user finds a recording sudo and apt-get first on its PATH.
    QTemporaryDir shared;
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7777)));
    const QString log = shared.filePath("shim.log");
    auto writeExecutable = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() &&
               f.setPermissions(QFileDevice::Permissions(0x7755));
    };
    const QByteArray record = "{ printf '%s' \"${0##*/}\"; for a in \"$@\"; do printf ' [%s]' "
                              "\"$a\"; done; printf '\\n'; } >> '" +
                              log.toUtf8() + "'\n";
    QVERIFY(
        writeExecutable(shared.filePath("sudo"), "#!/bin/sh\n" + record + "shift\nexec \"$@\"\n"));
    QVERIFY(writeExecutable(shared.filePath("apt-get"),
                            "#!/bin/sh\n" + record + "echo 'Setting up iperf3'\nsleep 1\n"));
    QFile(log).open(QIODevice::WriteOnly);
    QFile::setPermissions(log, QFileDevice::Permissions(0x6666));
    TestHelpers::SshdFixture sshd;
    sshd.addConfig(QStringLiteral("SetEnv PATH=%1:/usr/bin:/bin").arg(shared.path()));
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));

    Host bare = simpleHost("bare", "Lab");
    bare.address = "127.0.0.1";
    bare.port = sshd.port();
    bare.user = sshd.loginUser();
    bare.auth = HostAuth::Key;
    bare.identityFile = sshd.userKey();
    bare.iperf3Path = "/nonexistent/iperf3"; // this machine has iperf3: the host must not
    Inventory inventory;
    inventory.hosts << bare;
    InventoryDock dock;
    dock.setInteractive(false); // no confirmation box: the test confirms with runDeploy()
    dock.setSession(inventory, {}, {});
    HostChecker::Options options;
    options.knownHostsFile = sshd.writeKnownHosts();
    options.useKeychain = false;
    options.timeoutMs = 20000;
    dock.setCheckOptions(options);
    QSignalSpy checked(&dock, &InventoryDock::checkFinished);
    dock.checkHosts({"bare"});
    QVERIFY(checked.wait(60000));
    QCOMPARE(dock.hostsMissingTools(), QStringList{"bare"});

    // Nothing selected: the Deploy action takes the hosts the check found lacking.
    QSignalSpy planned(&dock, &InventoryDock::deployPlanned);
    dock.deployAction()->trigger();
    QVERIFY(dock.isDeploying());
    QCOMPARE(dock.deployAction()->text(), QStringLiteral("Stop deploy"));
    QVERIFY(planned.wait(60000));
    const auto plans = planned.first().at(0).value<QList<HostDeployer::Plan>>();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().commandLines(),
             QStringList({"sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -q",
                          "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "
                          "iperf3"}));
    QVERIFY(SshdFixture::readFile(log).isEmpty()); // planning runs nothing

    // Run, then stop it while apt-get runs: the UI stays responsive and the deploy ends.
    QSignalSpy finished(&dock, &InventoryDock::deployFinished);
    dock.runDeploy({"bare"});
    QTRY_VERIFY_WITH_TIMEOUT(SshdFixture::readFile(log).contains("apt-get [update]"), 30000);
    dock.deployAction()->trigger(); // "Stop deploy": ends at once
    QCOMPARE(finished.size(), 1);
    auto results = finished.first().at(0).value<QList<HostDeployer::Result>>();
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().ok);
    QVERIFY2(results.first().error.contains("cancelled"), qPrintable(results.first().error));
    QVERIFY(!dock.isDeploying());

    // And to its end: both commands as the shims saw them.
    QVERIFY(checked.wait(60000)); // the re-check after the deploy
    QFile(log).open(QIODevice::WriteOnly | QIODevice::Truncate);
    finished.clear();
    dock.runDeploy({"bare"});
    QVERIFY(finished.wait(60000));
    results = finished.first().at(0).value<QList<HostDeployer::Result>>();
    QVERIFY2(results.first().ok, qPrintable(results.first().error));
    QCOMPARE(QString::fromUtf8(SshdFixture::readFile(log)).split('\n', Qt::SkipEmptyParts),
             QStringList({"sudo [-n] [env] [DEBIAN_FRONTEND=noninteractive] [apt-get] [update] "
                          "[-q]",
                          "apt-get [update] [-q]",
                          "sudo [-n] [env] [DEBIAN_FRONTEND=noninteractive] [apt-get] [install] "
                          "[-y] [-q] [iperf3]",
                          "apt-get [install] [-y] [-q] [iperf3]"}));
    QVERIFY(checked.wait(60000)); // checked again after the deploy
}

// Closing the dock (or the window it is in) with edits on its undo stack: the stack is
// cleared while QObject deletes the dock's children, after the dock's own part is gone. Its
// indexChanged reached the dock's lambda, which emitted changed() from that half-destroyed
// object (UBSan: "member call on address ... which does not point to an object of type
// 'Perfdeck::InventoryDock'") into whatever listens, e.g. a main window being closed.
void TestInventoryDock::closingWithEditsSaysNothing() {
    auto *dock = new InventoryDock;
    dock->setInteractive(false);
    dock->setSession(exampleInventory(), {}, {});
    dock->addHost(simpleHost("vie-perf1", "Vienna"));
    QCOMPARE(dock->undoStack()->count(), 1);
    QSignalSpy changed(dock, &InventoryDock::changed);
    delete dock;
    QCOMPARE(changed.size(), 0);
}

// Closing the dock while a host check runs: the checker, a child, cancels the check when it
// is deleted and says finished; that reached the dock's lambda after the dock's own part (and
// the model it updates) was gone. The host here accepts the SSH connection and never answers,
// so the check is still waiting for its banner when the dock goes.
void TestInventoryDock::closingDuringACheckSaysNothing() {
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Inventory inventory;
    Host host = simpleHost("silent", "Lab");
    host.address = "127.0.0.1";
    host.port = silent.serverPort();
    host.auth = HostAuth::Agent;
    inventory.hosts << host;
    auto *dock = new InventoryDock;
    dock->setInteractive(false);
    dock->setSession(inventory, {}, {});
    HostChecker::Options options;
    options.useKeychain = false;
    options.timeoutMs = 30000;
    dock->setCheckOptions(options);
    dock->checkHosts({"silent"});
    QVERIFY(silent.waitForNewConnection(10000));
    QSignalSpy finished(dock, &InventoryDock::checkFinished);
    QSignalSpy changed(dock, &InventoryDock::changed);
    delete dock;
    QCOMPARE(finished.size(), 0);
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestInventoryDock)
#include "tst_inventorydock.moc"

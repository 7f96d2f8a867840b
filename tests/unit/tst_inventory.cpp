// Host inventories (perfdeck.hosts/1): the example files load with every field, aliases of
// older inventories, export round-trips, host lookup names the known hosts, and every mistake
// is reported as FILE:LINE:COLUMN with the field and a suggestion.
#include "inventory/inventory.h"
#include "inventory/inventoryloader.h"
#include "inventory/inventorywriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

const QString dataDir = QStringLiteral(PERFDECK_TEST_DATA "/inventory");

Host host(const Inventory &inventory, const QString &name) {
    return inventory.find(name).value_or(Host{});
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exampleFileLoadsEveryField();
    void legacyAliases();
    void localIsAlwaysKnown();
    void resolveListsKnownHosts();
    void jumpChain();
    void writerRoundTrips_data();
    void writerRoundTrips();
    void writerSavesAtomically();
    void jsonRoundTrips();
    void errors_data();
    void errors();
    void problemsOfAnEditedInventory();
};

void TestInventory::exampleFileLoadsEveryField() {
    InventoryLoader loader;
    const auto inventory = loader.load(dataDir + QStringLiteral("/hosts.yaml"));
    QVERIFY2(inventory, qPrintable(loader.errorString()));
    QCOMPARE(inventory->hosts.size(), 6);
    QCOMPARE(inventory->names(), QStringList({"bastion-fra", "fra-perf1", "fra-perf2", "ams-edge",
                                              "nyc-cloud1", "local"}));

    const Host bastion = host(*inventory, "bastion-fra");
    QCOMPARE(bastion.address, QStringLiteral("bastion.fra.example.net"));
    QCOMPARE(bastion.port, 22);
    QCOMPARE(bastion.user, QStringLiteral("ops"));
    QCOMPARE(toString(bastion.auth), toString(HostAuth::Key)); // implied by identity_file
    QCOMPARE(bastion.identityFile, QStringLiteral("~/.ssh/id_ed25519_lab"));
    QVERIFY(bastion.client);
    QVERIFY(!bastion.server);
    QCOMPARE(bastion.site, QStringLiteral("Frankfurt"));
    QCOMPARE(bastion.region, QStringLiteral("eu-central"));
    QCOMPARE(bastion.notes, QStringLiteral("jump host only, do not load it"));

    const Host perf1 = host(*inventory, "fra-perf1");
    QCOMPARE(perf1.jump, QStringLiteral("bastion-fra"));
    QCOMPARE(toString(perf1.auth), toString(HostAuth::Agent));
    QVERIFY(perf1.client && perf1.server); // no roles: both
    QVERIFY(perf1.location);
    QCOMPARE(perf1.location->lat, 50.1109);
    QCOMPARE(perf1.location->lon, 8.6821);
    QCOMPARE(perf1.tags, QStringList({"rack-a", "25g"}));
    QCOMPARE(perf1.iperf3Path, QStringLiteral("/opt/iperf3/bin/iperf3"));

    QCOMPARE(host(*inventory, "fra-perf2").netperfPath, QStringLiteral("/usr/local/bin/netperf"));
    QVERIFY(!host(*inventory, "fra-perf2").client);

    const Host ams = host(*inventory, "ams-edge");
    QCOMPARE(ams.port, 2222);
    QCOMPARE(toString(ams.auth), toString(HostAuth::Password));
    QCOMPARE(ams.location->lat, 52.3676);
    QCOMPARE(ams.target(), QStringLiteral("netops@edge1.ams.example.net:2222"));
    QCOMPARE(ams.notes, QStringLiteral("Shared box: run tests outside 08:00-18:00 CET"));

    const Host nyc = host(*inventory, "nyc-cloud1");
    QCOMPARE(nyc.address, QStringLiteral("2001:db8:100::10"));
    QCOMPARE(nyc.target(), QStringLiteral("ubuntu@[2001:db8:100::10]"));
    QVERIFY(!nyc.client && nyc.server); // role: server (alias)
    QCOMPARE(nyc.tags, QStringList({"cloud"}));

    const Host local = host(*inventory, "local");
    QVERIFY(local.isLocal());
    QCOMPARE(local.site, QStringLiteral("Frankfurt"));
    QCOMPARE(local.notes, QStringLiteral("my workstation"));
    QCOMPARE(inventory->problems(), QStringList());
}

void TestInventory::legacyAliases() {
    InventoryLoader loader;
    const auto inventory = loader.load(dataDir + QStringLiteral("/legacy-netperf.yaml"));
    QVERIFY2(inventory, qPrintable(loader.errorString()));
    const Host sender = host(*inventory, "np-sender");
    QCOMPARE(sender.user, QStringLiteral("root"));
    QCOMPARE(sender.identityFile, QStringLiteral("/home/alice/.ssh/netperf_rsa"));
    QCOMPARE(toString(sender.auth), toString(HostAuth::Key));
    QVERIFY(sender.client && !sender.server);
    const Host receiver = host(*inventory, "np-receiver");
    QVERIFY(!receiver.client && receiver.server);
    const Host both = host(*inventory, "np-both");
    QVERIFY(both.client && both.server);
    QCOMPARE(toString(both.auth), toString(HostAuth::Agent));
}

void TestInventory::localIsAlwaysKnown() {
    Inventory empty;
    QCOMPARE(empty.names(), QStringList({"local"}));
    const auto local = empty.find(QStringLiteral("local"));
    QVERIFY(local);
    QVERIFY(local->isLocal());
    QVERIFY(local->address.isEmpty());
    QCOMPARE(local->target(), QStringLiteral("this machine"));

    InventoryLoader loader;
    const auto inventory =
        loader.parse("format: perfdeck.hosts/1\nhosts: []\n", QStringLiteral("empty.yaml"));
    QVERIFY2(inventory, qPrintable(loader.errorString()));
    QVERIFY(inventory->hosts.isEmpty());
}

void TestInventory::resolveListsKnownHosts() {
    InventoryLoader loader;
    const auto inventory = loader.load(dataDir + QStringLiteral("/hosts.yaml"));
    QVERIFY(inventory);
    QString error;
    QVERIFY(inventory->resolve(QStringLiteral("fra-perf1"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!inventory->resolve(QStringLiteral("fra-perf3"), &error));
    QCOMPARE(error, QStringLiteral("unknown host 'fra-perf3' (did you mean 'fra-perf1'?); known "
                                   "hosts: bastion-fra, fra-perf1, fra-perf2, ams-edge, "
                                   "nyc-cloud1, local"));
    QVERIFY(!inventory->resolve(QStringLiteral("zzz"), &error));
    QVERIFY2(!error.contains(QLatin1String("did you mean")), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1String("nyc-cloud1, local")));
}

void TestInventory::jumpChain() {
    Inventory inventory;
    Host a;
    a.name = "a";
    a.address = "a.example";
    Host b = a;
    b.name = "b";
    b.jump = "a";
    Host c = a;
    c.name = "c";
    c.jump = "b";
    inventory.hosts = {a, b, c};
    QCOMPARE(inventory.jumpChain("c"), QStringList({"b", "a"}));
    QCOMPARE(inventory.jumpChain("a"), QStringList());
    inventory.hosts[0].jump = "c"; // a -> c -> b -> a
    QCOMPARE(inventory.jumpChain("c"), QStringList({"b", "a"}));
    QVERIFY(inventory.problems().join('\n').contains(QLatin1String("cycle")));
}

void TestInventory::writerRoundTrips_data() {
    QTest::addColumn<QString>("file");
    QTest::addRow("hosts.yaml") << QStringLiteral("hosts.yaml");
    QTest::addRow("legacy aliases") << QStringLiteral("legacy-netperf.yaml");
}

void TestInventory::writerRoundTrips() {
    QFETCH(QString, file);
    InventoryLoader loader;
    const auto original = loader.load(dataDir + QLatin1Char('/') + file);
    QVERIFY2(original, qPrintable(loader.errorString()));
    const QByteArray yaml = InventoryWriter::toYaml(*original, {QStringLiteral("exported")});
    QVERIFY(yaml.startsWith("# exported\n"));
    const auto reread = loader.parse(yaml, QStringLiteral("exported.yaml"));
    QVERIFY2(reread, qPrintable(loader.errorString() + QLatin1Char('\n') + yaml));
    QCOMPARE(reread->hosts.size(), original->hosts.size());
    for (int i = 0; i < original->hosts.size(); ++i)
        QCOMPARE(reread->hosts.at(i).toJson(), original->hosts.at(i).toJson());
    QVERIFY(*reread == *original);
}

void TestInventory::writerSavesAtomically() {
    // Values YAML would read as something else (null, a number, a comment, a list item,
    // a map) stay text through export and import.
    Inventory inventory;
    Host tricky;
    tricky.name = "tricky";
    tricky.address = "10.0.0.1";
    tricky.user = "null";
    tricky.notes = "# not a comment: - dash, {braces}, 'quotes' and \"double\"\nsecond line";
    tricky.site = "~";
    tricky.region = "123";
    tricky.tags = {"yes", "a: b", "-x"};
    tricky.identityFile = "/keys/with space/id";
    tricky.auth = HostAuth::Agent; // agent although a key file is set
    tricky.location = HostLocation{-33.868820, 151.209296};
    tricky.client = false;
    inventory.hosts << tricky;
    QTemporaryDir dir;
    const QString path = dir.filePath("out.yaml");
    QString error;
    QVERIFY2(InventoryWriter::save(inventory, path, &error), qPrintable(error));
    InventoryLoader loader;
    const auto reread = loader.load(path);
    QVERIFY2(reread, qPrintable(loader.errorString()));
    QCOMPARE(reread->hosts.value(0).toJson(), tricky.toJson());

    // A failed save keeps the previous file.
    QVERIFY(!InventoryWriter::save(inventory, dir.filePath("missing/dir/out.yaml"), &error));
    QVERIFY(error.contains(QLatin1String("missing/dir/out.yaml")));
    QVERIFY(loader.load(path));
}

void TestInventory::jsonRoundTrips() {
    InventoryLoader loader;
    const auto inventory = loader.load(dataDir + QStringLiteral("/hosts.yaml"));
    QVERIFY(inventory);
    const QJsonObject json = inventory->toJson();
    QCOMPARE(json.value("format").toString(), QStringLiteral("perfdeck.hosts/1"));
    QVERIFY(Inventory::fromJson(json) == *inventory);
}

void TestInventory::errors_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // FILE:LINE:COLUMN: message (a prefix or whole)

    const QByteArray head = "format: perfdeck.hosts/1\nhosts:\n";
    QTest::addRow("misspelt field") << head + "  - name: a\n    adress: 10.0.0.1\n"
                                    << "t.yaml:4:5: unknown field 'adress' (did you mean "
                                       "'address'?)";
    QTest::addRow("misspelt top level") << QByteArray("format: perfdeck.hosts/1\nhost:\n")
                                        << "t.yaml:2:1: unknown field 'host' (did you mean "
                                           "'hosts'?)";
    QTest::addRow("missing format")
        << QByteArray("hosts: []\n") << "t.yaml:1:1: missing 'format: perfdeck.hosts/1'";
    QTest::addRow("other format") << QByteArray("format: perfdeck.hosts/2\nhosts: []\n")
                                  << "t.yaml:1:9: format 'perfdeck.hosts/2' is not supported";
    QTest::addRow("not a format") << QByteArray("format: ansible\nhosts: []\n")
                                  << "t.yaml:1:9: format must be 'perfdeck.hosts/1' (got "
                                     "'ansible')";
    QTest::addRow("syntax") << head + "  - name: a\n   address: [\n"
                            << "t.yaml:4:4: YAML syntax error";
    QTest::addRow("empty file") << QByteArray("") << "t.yaml: the inventory is empty";
    QTest::addRow("hosts not a list") << QByteArray("format: perfdeck.hosts/1\nhosts:\n  a: 1\n")
                                      << "t.yaml:3:3: hosts must be a list";
    QTest::addRow("no name") << head + "  - address: 10.0.0.1\n"
                             << "t.yaml:3:5: a host needs a name";
    QTest::addRow("no address") << head + "  - name: a\n"
                                << "t.yaml:3:5: host 'a' needs an address";
    QTest::addRow("bad name") << head + "  - name: a b\n    address: x\n"
                              << "t.yaml:3:11: host name 'a b' must not contain white space";
    QTest::addRow("duplicate name")
        << head + "  - name: a\n    address: x\n  - name: a\n    address: y\n"
        << "t.yaml:5:11: duplicate host name 'a' (first at line 3)";
    QTest::addRow("port range") << head + "  - name: a\n    address: x\n    port: 70000\n"
                                << "t.yaml:5:11: port must be a number from 1 to 65535 (got "
                                   "'70000')";
    QTest::addRow("port not a number") << head + "  - name: a\n    address: x\n    port: ssh\n"
                                       << "t.yaml:5:11: port must be a number";
    QTest::addRow("auth") << head + "  - name: a\n    address: x\n    auth: kerberos\n"
                          << "t.yaml:5:11: auth must be agent, key or password (got 'kerberos')";
    QTest::addRow("password in file")
        << head + "  - name: a\n    address: x\n    password: hunter2\n"
        << "t.yaml:5:5: password: passwords are never stored in an inventory";
    QTest::addRow("role") << head + "  - name: a\n    address: x\n    roles: [client, sever]\n"
                          << "t.yaml:5:21: roles: unknown role 'sever' (use client, server or "
                             "both)";
    QTest::addRow("no role") << head + "  - name: a\n    address: x\n    roles: []\n"
                             << "t.yaml:5:12: roles must name client, server or both";
    QTest::addRow("alias twice")
        << head + "  - name: a\n    address: x\n    user: u\n    ssh_user: v\n"
        << "t.yaml:6:5: user and ssh_user are the same field (ssh_user is an alias of user): "
           "keep one";
    QTest::addRow("key twice") << head + "  - name: a\n    address: x\n    address: y\n"
                               << "t.yaml:5:5: address is given twice";
    QTest::addRow("location range")
        << head + "  - name: a\n    address: x\n    location: {lat: 95, lon: 1}\n"
        << "t.yaml:5:21: location.lat must be a number from -90 to 90 (got '95')";
    QTest::addRow("location half") << head + "  - name: a\n    address: x\n    location: {lat: 5}\n"
                                   << "t.yaml:5:15: location needs both lat and lon";
    QTest::addRow("location key")
        << head + "  - name: a\n    address: x\n    location: {lat: 5, lng: 1}\n"
        << "t.yaml:5:24: location: unknown field 'lng' (known fields: lat, lon)";
    QTest::addRow("list for text") << head + "  - name: a\n    address: [x, y]\n"
                                   << "t.yaml:4:14: address must be a single value, not a list";
    QTest::addRow("unknown jump")
        << head + "  - name: bastion\n    address: x\n  - name: a\n    address: y\n"
                  "    jump: bastoin\n"
        << "t.yaml:7:11: jump: unknown host 'bastoin' (did you mean 'bastion'?); known hosts: "
           "bastion, a, local";
    QTest::addRow("jump to itself") << head + "  - name: a\n    address: y\n    jump: a\n"
                                    << "t.yaml:5:11: jump: host 'a' cannot be its own jump host";
    QTest::addRow("jump via local") << head + "  - name: a\n    address: y\n    jump: local\n"
                                    << "t.yaml:5:11: jump: 'local' is this machine";
    QTest::addRow("jump cycle")
        << head + "  - name: a\n    address: x\n    jump: b\n  - name: b\n    address: y\n"
                  "    jump: c\n  - name: c\n    address: z\n    jump: a\n"
        << "t.yaml:5:11: jump: the jump hosts form a cycle a -> b -> c -> a";
    QTest::addRow("local with address") << head + "  - name: local\n    address: 127.0.0.1\n"
                                        << "t.yaml:4:14: 'local' is this machine, reached "
                                           "without SSH: remove address";
}

void TestInventory::errors() {
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    InventoryLoader loader;
    QVERIFY(!loader.parse(yaml, QStringLiteral("t.yaml")));
    QVERIFY(!loader.errors().isEmpty());
    const QString first = loader.errors().first().toString();
    QVERIFY2(first.startsWith(expected), qPrintable(first + "\n  expected: " + expected));
}

void TestInventory::problemsOfAnEditedInventory() {
    Inventory inventory;
    Host a;
    a.name = "a";
    a.address = "x";
    inventory.hosts << a << a;
    Host noAddress;
    noAddress.name = "b";
    noAddress.jump = "nowhere";
    inventory.hosts << noAddress;
    const QStringList problems = inventory.problems();
    QVERIFY(problems.contains(QStringLiteral("duplicate host name 'a'")));
    QVERIFY(problems.contains(QStringLiteral("host 'b' has no address")));
    QVERIFY2(problems.join('\n').contains(QLatin1String("host 'b': jump host: unknown host "
                                                        "'nowhere'")),
             qPrintable(problems.join('\n')));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"

// Importing hosts from what engineers already have: an ~/.ssh/config with Include, wildcard
// defaults, Match blocks and ProxyJump chains, and Ansible inventories (INI with ranges,
// children and vars, group_vars/host_vars beside it; YAML).
#include "inventory/ansibleimporter.h"
#include "inventory/inventoryloader.h"
#include "inventory/inventorywriter.h"
#include "inventory/sshconfigimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

const QString dataDir = QStringLiteral(PERFDECK_TEST_DATA "/inventory");

Host host(const Inventory &inventory, const QString &name) {
    const int i = inventory.indexOf(name);
    return i >= 0 ? inventory.hosts.at(i) : Host{};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

bool noticesContain(const QList<InventoryIssue> &notices, const QString &text) {
    for (const InventoryIssue &n : notices) {
        if (n.toString().contains(text))
            return true;
    }
    return false;
}

// The imported inventory is always one InventoryLoader accepts.
void verifyExportable(const Inventory &inventory) {
    QCOMPARE(inventory.problems(), QStringList());
    InventoryLoader loader;
    const auto reread = loader.parse(InventoryWriter::toYaml(inventory), "imported.yaml");
    QVERIFY2(reread, qPrintable(loader.errorString()));
    QVERIFY(*reread == inventory);
}

} // namespace

class TestInventoryImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sshConfigHosts();
    void sshConfigFirstValueWinsAndDefaults();
    void sshConfigIncludeAndMatch();
    void sshConfigProxyJump();
    void sshConfigTokens_data();
    void sshConfigTokens();
    void sshConfigUnreadable();
    void sshConfigJumpCycle();
    void ansibleIni();
    void ansibleHostLimit();
    void ansibleIniVarsPrecedence();
    void ansibleIniErrors_data();
    void ansibleIniErrors();
    void ansibleYaml();
    void hostRanges_data();
    void hostRanges();

private:
    std::optional<Inventory> importSsh(SshConfigImporter *importer);
};

std::optional<Inventory> TestInventoryImport::importSsh(SshConfigImporter *importer) {
    importer->setSshDirectory(dataDir + QStringLiteral("/ssh"));
    importer->setHomeDirectory(QStringLiteral("/home/alice"));
    importer->setLocalUser(QStringLiteral("alice"));
    return importer->import(dataDir + QStringLiteral("/ssh/config"));
}

void TestInventoryImport::sshConfigHosts() {
    SshConfigImporter importer;
    const auto inventory = importSsh(&importer);
    QVERIFY2(inventory, qPrintable(InventoryIssue::join(importer.errors())));
    // Included files come where the Include stands; wildcards and negations are not hosts.
    QCOMPARE(inventory->names(),
             QStringList({"switch1.lab", "router1.lab", "secret.lab", "nyc-cloud1", "bastion-fra",
                          "fra-perf1", "fra-perf2", "jump-only", "old-router", "gw.example.net",
                          "bastion-fra-via-gw.example.net", "local"}));
    verifyExportable(*inventory);

    const Host bastion = host(*inventory, "bastion-fra");
    QCOMPARE(bastion.address, QStringLiteral("bastion.fra.example.net"));
    QCOMPARE(bastion.user, QStringLiteral("ops"));
    QCOMPARE(bastion.identityFile, QStringLiteral("/home/alice/.ssh/id_ed25519_lab"));
    QCOMPARE(toString(bastion.auth), toString(HostAuth::Key));
    QCOMPARE(bastion.port, 22);
    QVERIFY(bastion.jump.isEmpty());

    const Host nyc = host(*inventory, "nyc-cloud1");
    QCOMPARE(nyc.address, QStringLiteral("2001:db8:100::10")); // "HostName=value" syntax
    QCOMPARE(nyc.user, QStringLiteral("ubuntu"));
    QCOMPARE(nyc.identityFile, QStringLiteral("/home/alice/.ssh/cloud keys/nyc.pem"));

    const Host router = host(*inventory, "old-router");
    QCOMPARE(toString(router.auth),
             toString(HostAuth::Password)); // PreferredAuthentications password,...
    QVERIFY(noticesContain(importer.notices(), "ProxyCommand for old-router not imported"));
}

void TestInventoryImport::sshConfigFirstValueWinsAndDefaults() {
    SshConfigImporter importer;
    const auto inventory = importSsh(&importer);
    QVERIFY(inventory);
    // "Host fra-perf1 fra-perf2 / User perf" comes before "Host fra-perf1 / User root".
    const Host perf1 = host(*inventory, "fra-perf1");
    QCOMPARE(perf1.user, QStringLiteral("perf"));
    QCOMPARE(perf1.address, QStringLiteral("10.20.1.11"));
    QCOMPARE(perf1.jump, QStringLiteral("bastion-fra"));
    // IdentityFile from "Host *" at the end: a default, not a host.
    QCOMPARE(perf1.identityFile, QStringLiteral("/home/alice/.ssh/id_ed25519"));

    const Host switch1 = host(*inventory, "switch1.lab");
    QCOMPARE(switch1.address, QStringLiteral("switch1.lab"));
    QCOMPARE(switch1.port, 2022);
    QCOMPARE(switch1.user, QStringLiteral("labuser")); // Host *.lab !secret.lab
    QCOMPARE(switch1.identityFile, QStringLiteral("/home/alice/.ssh/lab_labuser_switch1.lab"));

    // The negated pattern keeps secret.lab out of the *.lab block: Host * applies.
    const Host secret = host(*inventory, "secret.lab");
    QCOMPARE(secret.address, QStringLiteral("10.99.0.1"));
    QCOMPARE(secret.user, QStringLiteral("defaultuser"));
    QCOMPARE(secret.port, 22);
    QCOMPARE(secret.identityFile, QStringLiteral("/home/alice/.ssh/id_ed25519"));
}

void TestInventoryImport::sshConfigIncludeAndMatch() {
    SshConfigImporter importer;
    const auto inventory = importSsh(&importer);
    QVERIFY(inventory);
    QVERIFY(!inventory->contains("should-not-appear")); // README does not match *.conf
    QVERIFY(!inventory->contains("aws-*"));
    // The Match block is skipped with a notice that names its line, and sets nothing.
    const QString config = dataDir + QStringLiteral("/ssh/config");
    QVERIFY2(noticesContain(importer.notices(), config + ":31: 'Match host *.corp exec "
                                                         "test -f /tmp/vpn-up' block skipped"),
             qPrintable(InventoryIssue::join(importer.notices())));
    for (const Host &h : inventory->hosts)
        QVERIFY2(h.user != QLatin1String("corpuser"), qPrintable(h.name));
}

void TestInventoryImport::sshConfigProxyJump() {
    SshConfigImporter importer;
    const auto inventory = importSsh(&importer);
    QVERIFY(inventory);
    // ProxyJump admin@gw.example.net:2200,bastion-fra: gw first, then bastion-fra through it.
    const Host jumpOnly = host(*inventory, "jump-only");
    QCOMPARE(jumpOnly.address, QStringLiteral("jump-only.example.net")); // HostName %h...
    QCOMPARE(jumpOnly.jump, QStringLiteral("bastion-fra-via-gw.example.net"));
    const Host gw = host(*inventory, "gw.example.net");
    QCOMPARE(gw.user, QStringLiteral("admin"));
    QCOMPARE(gw.port, 2200);
    QVERIFY(gw.jump.isEmpty());
    const Host via = host(*inventory, "bastion-fra-via-gw.example.net");
    QCOMPARE(via.address, QStringLiteral("bastion.fra.example.net"));
    QCOMPARE(via.jump, QStringLiteral("gw.example.net"));
    // bastion-fra itself is still reached directly, as ssh does for it.
    QVERIFY(host(*inventory, "bastion-fra").jump.isEmpty());
    QCOMPARE(inventory->jumpChain("jump-only"),
             QStringList({"bastion-fra-via-gw.example.net", "gw.example.net"}));
    QVERIFY(noticesContain(importer.notices(), "jump host 'gw.example.net' added"));
}

void TestInventoryImport::sshConfigTokens_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");
    QTest::addRow("host") << "%h.example.net"
                          << "web.example.net" << QStringList();
    QTest::addRow("user and home") << "%d/.ssh/%r@%h"
                                   << "/home/a/.ssh/bob@web" << QStringList();
    QTest::addRow("percent") << "100%%"
                             << "100%" << QStringList();
    QTest::addRow("unknown kept") << "~/.ssh/%C"
                                  << "~/.ssh/%C" << QStringList({"%C"});
    QTest::addRow("trailing percent") << "a%"
                                      << "a%" << QStringList();
}

void TestInventoryImport::sshConfigTokens() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    QStringList found;
    const QString result = SshConfigImporter::expandTokens(
        text, {{'h', "web"}, {'r', "bob"}, {'d', "/home/a"}}, &found);
    QCOMPARE(result, expected);
    QCOMPARE(found, unknown);
}

void TestInventoryImport::sshConfigUnreadable() {
    SshConfigImporter importer;
    QVERIFY(!importer.import(dataDir + QStringLiteral("/ssh/no-such-config")));
    QCOMPARE(importer.errors().size(), 1);
    QVERIFY(importer.errors().first().toString().contains(
        QLatin1String("no-such-config: cannot read the ssh configuration")));
}

void TestInventoryImport::sshConfigJumpCycle() {
    QTemporaryDir dir;
    const QString path = write(dir, "config",
                               "Host a\n  HostName 10.0.0.1\n  ProxyJump b\n"
                               "Host b\n  HostName 10.0.0.2\n  ProxyJump a\n"
                               "Host c\n  HostName 10.0.0.3\n  Port nope\n"
                               "Include missing.conf\n");
    SshConfigImporter importer;
    importer.setSshDirectory(dir.path());
    const auto inventory = importer.import(path);
    QVERIFY(inventory);
    verifyExportable(*inventory);
    QCOMPARE(host(*inventory, "a").jump, QString()); // dropped: it closes the loop
    QCOMPARE(host(*inventory, "b").jump, QStringLiteral("a"));
    QCOMPARE(host(*inventory, "c").port, 22);
    QVERIFY(noticesContain(importer.notices(), "ProxyJump of a loops back to it"));
    QVERIFY(noticesContain(importer.notices(), path + ":9: Port 'nope' is not a port number"));
    QVERIFY(noticesContain(importer.notices(), path + ":10: Include missing.conf: no such file"));
}

void TestInventoryImport::ansibleIni() {
    AnsibleImporter importer;
    const auto inventory = importer.import(dataDir + QStringLiteral("/ansible/hosts.ini"));
    QVERIFY2(inventory, qPrintable(InventoryIssue::join(importer.errors())));
    QCOMPARE(inventory->names(),
             QStringList({"bastion-fra", "fra-perf1", "fra-perf2", "fra-perf3", "fra-perf4",
                          "ams-edge.example.net", "ams-weba", "ams-webb", "ams-webc",
                          "db-01.example.net", "db-05.example.net", "db-09.example.net", "local"}));
    verifyExportable(*inventory);
    QVERIFY(noticesContain(importer.notices(), "localhost uses ansible_connection=local"));

    const Host bastion = host(*inventory, "bastion-fra");
    QCOMPARE(bastion.address, QStringLiteral("bastion.fra.example.net"));
    QCOMPARE(bastion.user, QStringLiteral("deploy")); // group_vars/all.yml
    QCOMPARE(bastion.identityFile, QStringLiteral("~/.ssh/deploy_ed25519"));
    QCOMPARE(toString(bastion.auth), toString(HostAuth::Key));
    QCOMPARE(bastion.tags, QStringList({"bastions"}));

    const Host perf2 = host(*inventory, "fra-perf2");
    QCOMPARE(perf2.address, QStringLiteral("fra-perf2"));
    QCOMPARE(perf2.user, QStringLiteral("perf"));
    QCOMPARE(perf2.jump, QStringLiteral("bastion-fra")); // -o ProxyJump=bastion-fra
    QCOMPARE(perf2.site, QStringLiteral("Frankfurt"));
    QCOMPARE(perf2.region, QStringLiteral("eu"));
    QVERIFY(!perf2.client && perf2.server);
    QCOMPARE(perf2.tags, QStringList({"fra_perf", "lab"}));

    const Host perf4 = host(*inventory, "fra-perf4");
    QCOMPARE(perf4.address, QStringLiteral("10.20.1.14"));
    QCOMPARE(perf4.port, 2222); // the trailing "# new box" comment is not a variable
    QCOMPARE(perf4.user, QStringLiteral("labadmin"));

    const Host ams = host(*inventory, "ams-edge.example.net");
    QCOMPARE(ams.port, 2200); // host:port
    QCOMPARE(ams.user, QStringLiteral("netops"));
    QCOMPARE(ams.identityFile, QStringLiteral("~/.ssh/ams_ed25519"));
    QCOMPARE(ams.tags, QStringList({"ams", "lab"}));
    QCOMPARE(host(*inventory, "ams-webb").address, QStringLiteral("edge1.ams.example.net"));

    const Host db5 = host(*inventory, "db-05.example.net");
    QCOMPARE(db5.address, QStringLiteral("10.30.0.5"));         // host_vars/
    QCOMPARE(toString(db5.auth), toString(HostAuth::Password)); // vaulted ansible_password
    QCOMPARE(db5.tags, QStringList({"db"}));
    QVERIFY(noticesContain(importer.notices(), "db-05.example.net: the password is not imported"));
}

void TestInventoryImport::ansibleIniVarsPrecedence() {
    QTemporaryDir dir;
    const QString path = write(dir, "inventory",
                               "[all:vars]\nansible_user=everyone\nansible_port=2000\n"
                               "[parent:children]\nchild\n"
                               "[parent:vars]\nansible_user=parent\nansible_port=3000\n"
                               "[child]\nh1\nh2 ansible_user=\"host user\"\n"
                               "[child:vars]\nansible_user=child\n"
                               "[other]\nh3\n");
    AnsibleImporter importer;
    const auto inventory = importer.import(path);
    QVERIFY2(inventory, qPrintable(InventoryIssue::join(importer.errors())));
    QCOMPARE(host(*inventory, "h1").user, QStringLiteral("child"));
    QCOMPARE(host(*inventory, "h1").port, 3000);
    QCOMPARE(host(*inventory, "h2").user, QStringLiteral("host user"));
    QCOMPARE(host(*inventory, "h3").user, QStringLiteral("everyone"));
    QCOMPARE(host(*inventory, "h3").port, 2000);
    QCOMPARE(host(*inventory, "h1").tags, QStringList({"child", "parent"}));
}

void TestInventoryImport::ansibleIniErrors_data() {
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("expected");
    QTest::addRow("bad range") << QByteArray("[web]\nweb[01-03]\n")
                               << ":2:1: host range '[01-03]' must be [start:end] or "
                                  "[start:end:step]";
    QTest::addRow("unclosed range")
        << QByteArray("[web]\nweb[01:03\n") << ":2:1: host range in 'web[01:03' has no closing ']'";
    QTest::addRow("bad header") << QByteArray("[web\nweb1\n")
                                << ":1:1: section header '[web' is not [group]";
    QTest::addRow("bad vars") << QByteArray("[web:vars]\nansible_user\n")
                              << ":2:1: [web:vars] expects key=value, got 'ansible_user'";
    QTest::addRow("bad host var") << QByteArray("[web]\nweb1 ansible_user\n")
                                  << ":2:1: host variable 'ansible_user' is not key=value";
}

void TestInventoryImport::ansibleIniErrors() {
    QFETCH(QByteArray, ini);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir, "hosts", ini);
    AnsibleImporter importer;
    QVERIFY(!importer.import(path));
    QVERIFY(!importer.errors().isEmpty());
    const QString first = importer.errors().first().toString();
    QVERIFY2(first.startsWith(path + expected),
             qPrintable(first + "\n expected: " + path + expected));
}

void TestInventoryImport::ansibleYaml() {
    AnsibleImporter importer;
    const auto inventory = importer.import(dataDir + QStringLiteral("/ansible/inventory.yml"));
    QVERIFY2(inventory, qPrintable(InventoryIssue::join(importer.errors())));
    QCOMPARE(inventory->names(), QStringList({"mgmt1", "vie-send01", "vie-send02", "vie-recv01",
                                              "gw.vie.example.net", "local"}));
    verifyExportable(*inventory);
    const Host mgmt = host(*inventory, "mgmt1");
    QCOMPARE(mgmt.address, QStringLiteral("192.0.2.50"));
    QCOMPARE(mgmt.user, QStringLiteral("ansible"));
    QCOMPARE(mgmt.tags, QStringList({"monitoring"}));

    const Host send = host(*inventory, "vie-send02");
    QCOMPARE(send.port, 2201);
    QCOMPARE(send.site, QStringLiteral("Vienna")); // perf:vars reach the grandchildren
    QVERIFY(send.client && !send.server);
    QCOMPARE(send.tags, QStringList({"senders", "perf"}));

    const Host recv = host(*inventory, "vie-recv01");
    QCOMPARE(recv.address, QStringLiteral("10.1.2.3"));
    QCOMPARE(recv.user, QStringLiteral("recv"));
    QCOMPARE(recv.jump, QStringLiteral("gw.vie.example.net")); // ProxyCommand ssh -W %h:%p
    QVERIFY(recv.tags.contains("monitoring") && recv.tags.contains("receivers") &&
            recv.tags.contains("perf"));
    const Host gw = host(*inventory, "gw.vie.example.net");
    QCOMPARE(gw.user, QStringLiteral("jumper"));
    QVERIFY(noticesContain(importer.notices(), "jump host 'gw.vie.example.net' added"));
}

void TestInventoryImport::hostRanges_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("plain") << "web1" << QStringList({"web1"});
    QTest::addRow("zero padded") << "web[08:10].x"
                                 << QStringList({"web08.x", "web09.x", "web10.x"});
    QTest::addRow("no padding") << "n[9:11]" << QStringList({"n9", "n10", "n11"});
    QTest::addRow("letters") << "db-[a:c]" << QStringList({"db-a", "db-b", "db-c"});
    QTest::addRow("step") << "h[0:8:4]" << QStringList({"h0", "h4", "h8"});
    QTest::addRow("two ranges") << "r[1:2]-[a:b]" << QStringList({"r1-a", "r1-b", "r2-a", "r2-b"});
    QTest::addRow("reversed") << "x[3:1]" << QStringList();
    // 1.1 million names from 40 bytes (the fuzz pass's timeout): refused, not expanded.
    QTest::addRow("product too large") << "db-[01:1064].x-[01:1064]" << QStringList();
}

void TestInventoryImport::hostRanges() {
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QString error;
    QCOMPARE(AnsibleImporter::expandHostPattern(pattern, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestInventoryImport::ansibleHostLimit() {
    QTemporaryDir dir;
    // 10,000 hosts from ranges are read; one range more is refused at its line, at once.
    QByteArray ini = "[lab]\nn[0000:4999]\nm[0000:4999]\n";
    AnsibleImporter fits;
    const auto full = fits.import(write(dir, QStringLiteral("full.ini"), ini));
    QVERIFY2(full, qPrintable(InventoryIssue::join(fits.errors())));
    QCOMPARE(full->hosts.size(), 10000);
    ini += "o[1:2]\n";
    AnsibleImporter over;
    QVERIFY(!over.import(write(dir, QStringLiteral("over.ini"), ini)));
    const QString errors = InventoryIssue::join(over.errors());
    QVERIFY2(errors.contains(QLatin1String("over.ini:4")) &&
                 errors.contains(QLatin1String("more than 10000 hosts")),
             qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventoryimport.moc"

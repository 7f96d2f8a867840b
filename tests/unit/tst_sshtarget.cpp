// SshTarget from inventory hosts: fields, auth mapping, jump chains, and the pool key that
// tells connections apart.
#include "inventory/inventory.h"
#include "ssh/sshtarget.h"

#include <QTest>

using namespace Perfdeck;

class TstSshTarget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromHostWithJumpChain() {
        Inventory inv;
        Host gw;
        gw.name = QStringLiteral("gateway");
        gw.address = QStringLiteral("gw.example");
        gw.auth = HostAuth::Key;
        gw.identityFile = QStringLiteral("~/.ssh/gw");
        Host bastion;
        bastion.name = QStringLiteral("bastion");
        bastion.address = QStringLiteral("10.0.0.1");
        bastion.port = 2222;
        bastion.jump = QStringLiteral("gateway");
        Host web;
        web.name = QStringLiteral("web1");
        web.address = QStringLiteral("192.0.2.10");
        web.user = QStringLiteral("ops");
        web.auth = HostAuth::Password;
        web.jump = QStringLiteral("bastion");
        inv.hosts = {gw, bastion, web};

        QString error;
        const auto t = SshTarget::fromHost(web, inv, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->name, QStringLiteral("web1"));
        QCOMPARE(t->host, QStringLiteral("192.0.2.10"));
        QCOMPARE(t->user, QStringLiteral("ops"));
        QCOMPARE(t->auth, SshTarget::Auth::Password);
        QVERIFY(t->jump);
        QCOMPARE(t->jump->name, QStringLiteral("bastion"));
        QCOMPARE(t->jump->port, 2222);
        QCOMPARE(t->jump->auth, SshTarget::Auth::Auto); // agent, then key files
        QVERIFY(t->jump->jump);
        QCOMPARE(t->jump->jump->auth, SshTarget::Auth::Key);
        QCOMPARE(t->jump->jump->identityFile, QStringLiteral("~/.ssh/gw"));
        QVERIFY(!t->jump->jump->jump);
        QCOMPARE(t->displayName(), QStringLiteral("web1 (ops@192.0.2.10)"));
        QVERIFY(t->key().contains(QLatin1String(" via ")));
        QVERIFY(t->key() != SshTarget::fromHost(bastion, inv)->key());
    }

    void refusedHosts() {
        Inventory inv;
        Host web;
        web.name = QStringLiteral("web1");
        web.address = QStringLiteral("192.0.2.10");
        web.jump = QStringLiteral("nowhere");
        inv.hosts = {web};
        QString error;
        QVERIFY(!SshTarget::fromHost(web, inv, &error));
        QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
        QVERIFY(!SshTarget::fromHost(Host::local(), inv, &error));
        QVERIFY2(error.contains(QLatin1String("without SSH")), qPrintable(error));
        // A loop the loader would refuse still ends here.
        Host a;
        a.name = QStringLiteral("a");
        a.address = QStringLiteral("a.example");
        a.jump = QStringLiteral("b");
        Host b = a;
        b.name = QStringLiteral("b");
        b.jump = QStringLiteral("a");
        inv.hosts = {a, b};
        QVERIFY(!SshTarget::fromHost(a, inv, &error));
        QVERIFY2(error.contains(QLatin1String("loop")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstSshTarget)
#include "tst_sshtarget.moc"

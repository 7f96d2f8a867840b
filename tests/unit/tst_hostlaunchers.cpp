// HostLaunchers: the one place where the GUI, the CLI's plans and QoS runs and the web dashboard
// turn inventory host names into launchers. A host at a loopback address without SSH settings is
// this machine under another name (a 2x2 plan on 127.0.0.2-5): it gets a LocalLauncher and never
// an SSH connection; any other host gets an SshLauncher (no connection is opened until a run
// needs one, so nothing here touches the network); `local` and unknown names have none.
#include "exec/hostlauncher.h"
#include "exec/jobrunner.h"
#include "exec/locallauncher.h"
#include "inventory/inventory.h"
#include "ssh/hostlaunchers.h"

#include <QTest>

using namespace Perfdeck;

namespace {

Host host(const QString &name, const QString &address) {
    Host h;
    h.name = name;
    h.address = address;
    return h;
}

Inventory inventory() {
    Inventory inv;
    inv.hosts << host(QStringLiteral("lo2"), QStringLiteral("127.0.0.2"))
              << host(QStringLiteral("lo6"), QStringLiteral("::1"));
    // Loopback but with SSH settings: reached over SSH (a test sshd on a loopback port).
    Host sshLoop = host(QStringLiteral("sshd-lo"), QStringLiteral("127.0.0.1"));
    sshLoop.port = 2222;
    Host withUser = host(QStringLiteral("user-lo"), QStringLiteral("127.0.0.3"));
    withUser.user = QStringLiteral("perf");
    inv.hosts << sshLoop << withUser << host(QStringLiteral("far"), QStringLiteral("192.0.2.7"));
    return inv;
}

} // namespace

class TestHostLaunchers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loopbackHostsWithoutSshAreThisMachine() {
        HostLaunchers hosts(inventory(), SshOptions());
        for (const QString &name : {QStringLiteral("lo2"), QStringLiteral("lo6")}) {
            HostLauncher *l = hosts.launcher(name);
            QVERIFY2(l, qPrintable(name));
            QVERIFY(l->isLocal());
            QVERIFY(qobject_cast<LocalLauncher *>(l));
            QCOMPARE(l->hostName(), name);
            QVERIFY(!hosts.isRemote(name));
            QCOMPARE(hosts.launcher(name), l); // one launcher per host
        }
        QCOMPARE(hosts.launcher(QStringLiteral("lo2"))->address(), QStringLiteral("127.0.0.2"));
        QCOMPARE(hosts.launcher(QStringLiteral("lo6"))->address(), QStringLiteral("::1"));
    }

    void otherHostsGoOverSsh() {
        HostLaunchers hosts(inventory(), SshOptions());
        for (const QString &name :
             {QStringLiteral("sshd-lo"), QStringLiteral("user-lo"), QStringLiteral("far")}) {
            QVERIFY(hosts.isRemote(name));
            HostLauncher *l = hosts.launcher(name);
            QVERIFY2(l, qPrintable(name));
            QVERIFY2(!l->isLocal(), qPrintable(name));
            QVERIFY(!qobject_cast<LocalLauncher *>(l));
        }
    }

    void localAndUnknownNamesHaveNoLauncher() {
        HostLaunchers hosts(inventory(), SshOptions());
        QString error;
        QVERIFY(!hosts.launcher(Host::localName(), &error));
        QVERIFY2(error.contains(QLatin1String("this machine")), qPrintable(error));
        QVERIFY(!hosts.isRemote(Host::localName()));
        error.clear();
        QVERIFY(!hosts.launcher(QStringLiteral("lo3"), &error));
        QVERIFY2(error.contains(QLatin1String("lo3")) && error.contains(QLatin1String("lo2")),
                 qPrintable(error)); // names the unknown host and suggests a known one
        QVERIFY(!hosts.isRemote(QStringLiteral("lo3")));
    }

    void attachRegistersEveryKindAndDetachesOnDelete() {
        JobRunner runner;
        auto *hosts = new HostLaunchers(inventory(), SshOptions());
        QString error;
        QVERIFY2(hosts->attach(
                     &runner,
                     {QStringLiteral("lo2"), Host::localName(), QStringLiteral("far"), QString()},
                     &error),
                 qPrintable(error));
        QCOMPARE(runner.launcher(QStringLiteral("lo2")), hosts->launcher(QStringLiteral("lo2")));
        QCOMPARE(runner.launcher(QStringLiteral("far")), hosts->launcher(QStringLiteral("far")));
        HostLauncher *own = runner.launcher(Host::localName());
        QVERIFY(own && own->isLocal()); // the runner's own launcher is left alone
        delete hosts;
        QVERIFY(!runner.launcher(QStringLiteral("lo2")));
        QVERIFY(!runner.launcher(QStringLiteral("far")));
        QCOMPARE(runner.launcher(Host::localName()), own);
    }

    void attachRegistersNothingWhenOneNameIsUnknown() {
        JobRunner runner;
        HostLaunchers hosts(inventory(), SshOptions());
        QString error;
        QVERIFY(!hosts.attach(&runner, {QStringLiteral("lo2"), QStringLiteral("nowhere")}, &error));
        QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
        QVERIFY(!runner.launcher(QStringLiteral("lo2")));
    }
};

QTEST_GUILESS_MAIN(TestHostLaunchers)
#include "tst_hostlaunchers.moc"

// Runs between inventory hosts from the main window: the run panel offers this machine first,
// then the inventory's hosts by site in the roles they may take; the picks are saved with the
// session and restored; names the inventory does not offer are refused with the reason; the
// table and legend name the ends ("lab-a → lab-b"). Against a real OpenSSH sshd on loopback
// (listening on 127.0.0.1 and 127.0.0.2: two hosts) with real iperf3: a run with both ends
// remote shows live samples and names both hosts; the host-key dialog's answers decide the
// run; Stop leaves no process of the sshd's login user.
#include "../integration/sshdfixture.h"

#include "exec/jobrunner.h"
#include "gui/hostkeydialog.h"
#include "gui/inventorydock.h"
#include "gui/mainwindow.h"
#include "gui/runpanel.h"
#include "gui/runtablemodel.h"
#include "gui/sshprompter.h"
#include "model/runlabel.h"

#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

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

Host sshHost(const QString &name, const QString &address, const TestHelpers::SshdFixture &sshd) {
    Host h;
    h.name = name;
    h.address = address;
    h.port = sshd.port();
    h.user = sshd.loginUser();
    h.auth = HostAuth::Key;
    h.identityFile = sshd.userKey();
    return h;
}

// Processes of a user (command names by PID).
QStringList processesOf(uid_t uid) {
    QStringList found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray status =
            TestHelpers::SshdFixture::readFile(QStringLiteral("/proc/%1/status").arg(pid));
        const qsizetype at = status.indexOf("\nUid:");
        if (at < 0 || status.mid(at + 5, 40).simplified().split(' ').value(0).toUInt() != uid)
            continue;
        found << QStringLiteral("%1 (%2)")
                     .arg(QString::fromUtf8(TestHelpers::SshdFixture::readFile(
                                                QStringLiteral("/proc/%1/comm").arg(pid))
                                                .trimmed()))
                     .arg(pid);
    }
    return found;
}

bool clickRun(MainWindow &window) {
    auto *button = window.runPanel()->findChild<QPushButton *>(QStringLiteral("runButton"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace

class TstMainWindowRemote final : public QObject {
    Q_OBJECT

private:
    TestHelpers::SshdFixture m_sshd;
    bool m_sshdUp = false;
    uid_t m_uid = 0;
    int m_knownHostsCount = 0;

    Inventory remoteInventory() const {
        Inventory inv;
        inv.hosts << sshHost(QStringLiteral("lab-client"), QStringLiteral("127.0.0.1"), m_sshd)
                  << sshHost(QStringLiteral("lab-server"), QStringLiteral("127.0.0.2"), m_sshd);
        return inv;
    }
    // A known_hosts file knowing both addresses (or none: a new file name).
    QString knownHosts(bool known) {
        const QString path =
            m_sshd.path(QStringLiteral("gui_known_hosts_%1").arg(++m_knownHostsCount));
        if (!known)
            return path;
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            const QByteArray key = "ssh-ed25519 " + m_sshd.hostKey().base64();
            for (const char *address : {"127.0.0.1", "127.0.0.2"})
                f.write(QStringLiteral("[%1]:%2 ")
                            .arg(QLatin1String(address))
                            .arg(m_sshd.port())
                            .toUtf8() +
                        key + '\n');
        }
        return path;
    }
    // A window whose run panel runs lab-client -> lab-server.
    void setUpRemoteRun(MainWindow &window, const QString &knownHostsFile, double seconds) {
        SshOptions options;
        options.knownHostsFile = knownHostsFile;
        options.useKeychain = false;
        window.setSshOptions(options);
        window.inventoryDock()->setSession(remoteInventory(), {}, {});
        TestSpec spec;
        spec.clientHost = QStringLiteral("lab-client");
        spec.serverHost = QStringLiteral("lab-server");
        spec.durationS = seconds;
        spec.intervalS = 0.5;
        window.runPanel()->setSpec(spec);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (!TestHelpers::SshdFixture::available() ||
            QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            return; // the remote cases skip alone
        m_sshd.addConfig(QStringLiteral("ListenAddress 127.0.0.2"));
        m_sshdUp = m_sshd.start();
        QVERIFY2(m_sshdUp, qPrintable(m_sshd.error()));
        if (::geteuid() == 0) {
            if (const passwd *pw = ::getpwnam(m_sshd.loginUser().toLocal8Bit().constData()))
                m_uid = pw->pw_uid;
        }
    }

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

    void runWithBothEndsRemote() {
        if (!m_sshdUp)
            QSKIP("needs sshd and iperf3");
        MainWindow window;
        setUpRemoteRun(window, knownHosts(true), 3);
        QSignalSpy opened(window.sshPrompter(), &SshPrompter::dialogOpened);
        QVERIFY(clickRun(window));
        // Live: samples reach the table's running row before the run ends.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &records = window.runModel()->records();
                return !records.isEmpty() && (!records.constLast().running ||
                                              !records.constLast().result.intervals.isEmpty());
            },
            30000));
        QVERIFY(window.runModel()->records().constLast().running);
        QCOMPARE(window.runModel()
                     ->data(window.runModel()->index(0, RunTableModel::TargetColumn))
                     .toString(),
                 QStringLiteral("lab-client \u2192 lab-server"));
        QVERIFY(QTest::qWaitFor([&] { return !window.isRunning(); }, 60000));
        const RunResult run = window.runModel()->records().constLast().result;
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QCOMPARE(run.clientHost, QStringLiteral("lab-client"));
        QCOMPARE(run.serverHost, QStringLiteral("lab-server"));
        QVERIFY(run.summary.throughputBps.value_or(0) > 0);
        QVERIFY2(run.server.startsWith(QLatin1String("127.0.0.2:")), qPrintable(run.server));
        QCOMPARE(window.runModel()
                     ->data(window.runModel()->index(0, RunTableModel::TargetColumn))
                     .toString(),
                 QStringLiteral("lab-client \u2192 lab-server"));
        QVERIFY(opened.isEmpty()); // known hosts: nothing to ask
        // Re-run keeps both ends.
        window.rerunAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !window.isRunning(); }, 60000));
        QCOMPARE(window.runModel()->records().size(), 2);
        const RunResult again = window.runModel()->records().constLast().result;
        QVERIFY2(again.status == RunStatus::Ok, qPrintable(again.error));
        QCOMPARE(again.clientHost, QStringLiteral("lab-client"));
        QCOMPARE(again.serverHost, QStringLiteral("lab-server"));
    }

    void hostKeyAnswersDecideTheRun_data() {
        QTest::addColumn<QString>("answer");
        QTest::addRow("accept once") << QStringLiteral("once");
        QTest::addRow("accept and save") << QStringLiteral("save");
        QTest::addRow("refuse") << QStringLiteral("refuse");
    }
    void hostKeyAnswersDecideTheRun() {
        QFETCH(QString, answer);
        if (!m_sshdUp)
            QSKIP("needs sshd and iperf3");
        MainWindow window;
        const QString file = knownHosts(false);
        setUpRemoteRun(window, file, 1);
        QSignalSpy opened(window.sshPrompter(), &SshPrompter::dialogOpened);
        QVERIFY(clickRun(window));
        QStringList asked;
        // One question per host (two addresses), each answered as it comes.
        while (window.isRunning() || !opened.isEmpty()) {
            if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !window.isRunning(); }, 30000))
                QFAIL("neither a question nor the end of the run");
            if (opened.isEmpty())
                break;
            auto *dialog =
                qobject_cast<HostKeyDialog *>(opened.takeFirst().at(0).value<QDialog *>());
            QVERIFY(dialog);
            asked << dialog->windowTitle();
            if (answer == QLatin1String("once"))
                dialog->acceptOnceButton()->click();
            else if (answer == QLatin1String("save"))
                dialog->acceptAndSaveButton()->click();
            else
                dialog->refuseButton()->click();
        }
        QVERIFY(QTest::qWaitFor([&] { return !window.isRunning(); }, 60000));
        QVERIFY(!asked.isEmpty());
        const RunResult run = window.runModel()->records().constLast().result;
        const QByteArray saved = TestHelpers::SshdFixture::readFile(file);
        if (answer == QLatin1String("refuse")) {
            QVERIFY(run.status == RunStatus::Error);
            // A clear message: whose key, that it was refused.
            QVERIFY2(run.error.contains(QLatin1String("refused")) &&
                         run.error.contains(QLatin1String("127.0.0.")),
                     qPrintable(run.error));
            QVERIFY(saved.isEmpty());
            return;
        }
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QCOMPARE(asked.size(), 2); // both hosts were new
        if (answer == QLatin1String("save")) {
            QVERIFY2(saved.contains(
                         QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_sshd.port()).toUtf8()),
                     saved.constData());
            QVERIFY(saved.contains(
                QStringLiteral("[127.0.0.2]:%1 ssh-ed25519 ").arg(m_sshd.port()).toUtf8()));
        } else {
            QVERIFY(saved.isEmpty());
        }
    }

    void changedHostKeyFailsTheRunWithBothFingerprints() {
        if (!m_sshdUp)
            QSKIP("needs sshd and iperf3");
        // known_hosts holds another key for both addresses: never a question, an error.
        QVERIFY(m_sshd.makeKey(QStringLiteral("oldhostkey"), QStringLiteral("ed25519")));
        const QByteArray old =
            TestHelpers::SshdFixture::readFile(m_sshd.path(QStringLiteral("oldhostkey.pub")));
        const QString file = knownHosts(false);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const char *address : {"127.0.0.1", "127.0.0.2"})
            f.write(
                QStringLiteral("[%1]:%2 ").arg(QLatin1String(address)).arg(m_sshd.port()).toUtf8() +
                old);
        f.close();
        MainWindow window;
        setUpRemoteRun(window, file, 1);
        QSignalSpy opened(window.sshPrompter(), &SshPrompter::dialogOpened);
        QVERIFY(clickRun(window));
        QVERIFY(QTest::qWaitFor([&] { return !window.isRunning(); }, 60000));
        const RunResult run = window.runModel()->records().constLast().result;
        QVERIFY(run.status == RunStatus::Error);
        QVERIFY2(run.error.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(run.error));
        QCOMPARE(opened.size(), 1); // one error dialog, no question
        auto *box = qobject_cast<QMessageBox *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(box);
        const QString oldFingerprint =
            SshHostKey::fromBase64(old.split(' ').value(1)).sha256Fingerprint();
        QVERIFY2(box->informativeText().contains(oldFingerprint), qPrintable(run.error));
        QVERIFY(box->informativeText().contains(m_sshd.opensshFingerprint()));
        QVERIFY(box->informativeText().contains(file));
        box->close();
    }

    void stopLeavesNothingOnTheRemoteSide() {
        if (!m_sshdUp)
            QSKIP("needs sshd and iperf3");
        if (m_uid == 0)
            QSKIP("needs root: the fixture's own login user tells its processes apart");
        MainWindow window;
        setUpRemoteRun(window, knownHosts(true), 30);
        QVERIFY(clickRun(window));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &records = window.runModel()->records();
                return !records.isEmpty() && !records.constLast().result.intervals.isEmpty();
            },
            30000));
        QVERIFY(!processesOf(m_uid).isEmpty()); // the remote side is busy
        window.stopAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !window.isRunning(); }, 30000));
        const RunResult run = window.runModel()->records().constLast().result;
        QVERIFY2(run.status == RunStatus::Partial, qPrintable(run.error)); // measured data kept
        QVERIFY(!run.intervals.isEmpty());
        // Nothing of the login user left: no iperf3, no shell, no sshd session.
        QVERIFY2(QTest::qWaitFor([&] { return processesOf(m_uid).isEmpty(); }, 15000),
                 qPrintable(processesOf(m_uid).join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TstMainWindowRemote)
#include "tst_mainwindowremote.moc"

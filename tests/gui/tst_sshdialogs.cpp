// The SSH questions as the user answers them, against a real OpenSSH sshd on loopback: the
// host-key dialog (what it shows, Refuse as default and Esc, each answer reaching the
// connection, Accept and Save writing known_hosts), a changed key shown as an error with both
// fingerprints, and the password/passphrase prompt, including "Remember in the keychain" with
// a real Secret Service (gnome-keyring-daemon on a private D-Bus session bus).
#include "../integration/secretservicefixture.h"
#include "../integration/sshdfixture.h"

#include "gui/hostkeydialog.h"
#include "gui/inventorydock.h"
#include "gui/mainwindow.h"
#include "gui/secretdialog.h"
#include "gui/sshprompter.h"
#include "inventory/hostchecker.h"
#include "ssh/sshconnection.h"
#include "ssh/sshkeychain.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Perfdeck;
using TestHelpers::SecretServiceFixture;
using TestHelpers::SshdFixture;

namespace {

// How a connection ended: "" when connected, else the error.
struct Outcome {
    bool done = false;
    SshConnection::Error error = SshConnection::Error::None;
    QString message;
};

void follow(SshConnection &c, Outcome *out) {
    QObject::connect(&c, &SshConnection::connected, &c, [out] { out->done = true; });
    QObject::connect(&c, &SshConnection::failed, &c,
                     [out](SshConnection::Error e, const QString &m) {
                         out->done = true;
                         out->error = e;
                         out->message = m;
                     });
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The keychain's answer for key (empty: nothing stored), waited for in the event loop.
QString keychainRead(const QString &key) {
    QObject context;
    bool done = false;
    QString value;
    SshKeychain::read(key, &context, [&](const QString &secret, const QString &) {
        value = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("(no answer from the keychain)");
    return value;
}

} // namespace

class TstSshDialogs final : public QObject {
    Q_OBJECT

private:
    SecretServiceFixture m_keyring;
    bool m_keyringUp = false;
    SshdFixture m_sshd;
    QWidget m_window;
    int m_knownHostsCount = 0;

    SshTarget keyTarget() const {
        SshTarget t;
        t.name = QStringLiteral("lab1");
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_sshd.port();
        t.user = m_sshd.loginUser();
        t.auth = SshTarget::Auth::Key;
        t.identityFile = m_sshd.userKey();
        return t;
    }
    // A known_hosts path of its own per case (not created yet).
    QString freshKnownHosts() {
        return m_sshd.path(QStringLiteral("known_hosts_%1").arg(++m_knownHostsCount));
    }
    SshOptions askOptions(const QString &knownHosts) const {
        SshOptions o;
        o.knownHostsFile = knownHosts;
        o.unknownHostKey = SshOptions::UnknownHostKey::Ask;
        o.useKeychain = false;
        return o;
    }
    template<typename Dialog>
    static Dialog *waitForDialog(QSignalSpy &opened) {
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000))
            return nullptr;
        return qobject_cast<Dialog *>(opened.takeFirst().at(0).value<QDialog *>());
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Before anything in this process talks to D-Bus.
        m_keyringUp = m_keyring.start();
        if (!m_keyringUp)
            qWarning("no Secret Service for the keychain cases: %s", qPrintable(m_keyring.error()));
        if (!SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        QVERIFY(m_sshd.makeKey(QStringLiteral("lockedkey"), QStringLiteral("ed25519"),
                               QStringLiteral("open sesame")));
        QVERIFY(m_sshd.authorize(QStringLiteral("lockedkey")));
        m_sshd.setPasswordAuthentication(true);
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_window.resize(800, 600);
        m_window.show();
    }

    void hostKeyDialogShowsWhatToCheck() {
        const QString knownHosts = freshKnownHosts();
        SshConnection c(keyTarget(), askOptions(knownHosts));
        SshPrompter prompter(&m_window);
        connect(&c, &SshConnection::hostKeyQuestion, &prompter, &SshPrompter::askHostKey);
        QSignalSpy opened(&prompter, &SshPrompter::dialogOpened);
        Outcome out;
        follow(c, &out);
        c.open();
        auto *dialog = waitForDialog<HostKeyDialog>(opened);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Fingerprint as OpenSSH's own ssh-keygen -l prints it, and the file it would go to.
        const QString fingerprint = m_sshd.opensshFingerprint();
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), fingerprint);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("knownHostsFile"))->text(), knownHosts);
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("127.0.0.1")), qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QString::number(m_sshd.port())));
        QVERIFY(texts.contains(QStringLiteral("ssh-ed25519")));
        // Trust is never the default: Enter refuses.
        QVERIFY(dialog->refuseButton()->isDefault());
        QVERIFY(!dialog->acceptOnceButton()->isDefault());
        QVERIFY(!dialog->acceptAndSaveButton()->isDefault());
        // The event loop runs while the question is open (open(), not exec()).
        QVERIFY(!out.done);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
        QCOMPARE(out.error, SshConnection::Error::HostKeyUnknown);
    }

    void answersReachTheConnection_data() {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<bool>("saved");
        QTest::addRow("accept once") << QStringLiteral("once") << true << false;
        QTest::addRow("accept and save") << QStringLiteral("save") << true << true;
        QTest::addRow("refuse button") << QStringLiteral("refuse") << false << false;
        QTest::addRow("Esc refuses") << QStringLiteral("esc") << false << false;
        QTest::addRow("closing the window refuses") << QStringLiteral("close") << false << false;
    }
    void answersReachTheConnection() {
        QFETCH(QString, answer);
        QFETCH(bool, connects);
        QFETCH(bool, saved);
        const QString knownHosts = freshKnownHosts();
        SshPrompter prompter(&m_window);
        QSignalSpy opened(&prompter, &SshPrompter::dialogOpened);
        Outcome out;
        SshConnection c(keyTarget(), askOptions(knownHosts));
        connect(&c, &SshConnection::hostKeyQuestion, &prompter, &SshPrompter::askHostKey);
        follow(c, &out);
        c.open();
        auto *dialog = waitForDialog<HostKeyDialog>(opened);
        QVERIFY(dialog);
        if (answer == QLatin1String("once"))
            dialog->acceptOnceButton()->click();
        else if (answer == QLatin1String("save"))
            dialog->acceptAndSaveButton()->click();
        else if (answer == QLatin1String("refuse"))
            dialog->refuseButton()->click();
        else if (answer == QLatin1String("esc"))
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            dialog->close();
        QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
        QCOMPARE(out.error == SshConnection::Error::None, connects);
        if (!connects) {
            QCOMPARE(out.error, SshConnection::Error::HostKeyUnknown);
            QVERIFY2(out.message.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port())) &&
                         out.message.contains(QLatin1String("refused")),
                     qPrintable(out.message));
        }
        const QByteArray file = readFile(knownHosts);
        const QByteArray line = QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8() +
                                "ssh-ed25519 " + m_sshd.hostKey().base64();
        QCOMPARE(file.contains(line), saved);
        if (!saved)
            return;
        // Saved: the next connection trusts it without asking.
        SshConnection again(keyTarget(), askOptions(knownHosts));
        connect(&again, &SshConnection::hostKeyQuestion, &prompter, &SshPrompter::askHostKey);
        Outcome second;
        follow(again, &second);
        again.open();
        QVERIFY(QTest::qWaitFor([&] { return second.done; }, 20000));
        QCOMPARE(second.error, SshConnection::Error::None);
        QVERIFY(opened.isEmpty());
    }

    void changedHostKeyIsAnError() {
        // known_hosts holds another key for this host: a changed key, never a question.
        QVERIFY(m_sshd.makeKey(QStringLiteral("otherhostkey"), QStringLiteral("ed25519")));
        const QString knownHosts = freshKnownHosts();
        const QByteArray other = readFile(m_sshd.path(QStringLiteral("otherhostkey.pub")));
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8() + other);
        f.close();
        SshPrompter prompter(&m_window);
        QSignalSpy opened(&prompter, &SshPrompter::dialogOpened);
        SshConnection c(keyTarget(), askOptions(knownHosts));
        connect(&c, &SshConnection::hostKeyQuestion, &prompter, &SshPrompter::askHostKey);
        Outcome out;
        follow(c, &out);
        c.open();
        QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
        QCOMPARE(out.error, SshConnection::Error::HostKeyChanged);
        QVERIFY(opened.isEmpty()); // nothing was asked
        prompter.showHostKeyChanged(out.message);
        prompter.showHostKeyChanged(out.message); // a batch's runs report it once
        QCOMPARE(opened.size(), 1);
        auto *box = qobject_cast<QMessageBox *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Critical);
        const QString shown = box->informativeText();
        const QString oldFingerprint =
            SshHostKey::fromBase64(other.split(' ').value(1)).sha256Fingerprint();
        QVERIFY2(shown.contains(m_sshd.opensshFingerprint()), qPrintable(shown));
        QVERIFY2(shown.contains(oldFingerprint), qPrintable(shown));
        QVERIFY2(shown.contains(knownHosts + QLatin1String(":1")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("ssh-keygen -R")));
        box->close();
    }

    void secretPrompt_data() {
        QTest::addColumn<QString>("kind");
        QTest::addRow("password, wrong then right") << QStringLiteral("password");
        QTest::addRow("key passphrase") << QStringLiteral("passphrase");
        QTest::addRow("cancel refuses") << QStringLiteral("cancel");
    }
    void secretPrompt() {
        QFETCH(QString, kind);
        SshTarget t = keyTarget();
        QString secret = QStringLiteral("open sesame");
        if (kind != QLatin1String("passphrase")) {
            if (!m_sshd.createPasswordUser())
                QSKIP("password authentication needs root to add a test user");
            t.auth = SshTarget::Auth::Password;
            t.identityFile.clear();
            secret = m_sshd.password();
        } else {
            t.identityFile = m_sshd.path(QStringLiteral("lockedkey"));
        }
        SshOptions options = askOptions(m_sshd.writeKnownHosts());
        SshConnection c(t, options);
        SshPrompter prompter(&m_window);
        connect(&c, &SshConnection::secretRequested, &prompter, &SshPrompter::askSecret);
        QSignalSpy opened(&prompter, &SshPrompter::dialogOpened);
        Outcome out;
        follow(c, &out);
        c.open();
        auto *dialog = waitForDialog<SecretDialog>(opened);
        QVERIFY(dialog);
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->rememberCheck()->isEnabled());
        if (kind == QLatin1String("cancel")) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
            QCOMPARE(out.error, SshConnection::Error::Auth);
            return;
        }
        if (kind == QLatin1String("password")) {
            QTest::keyClicks(dialog->secretEdit(), QStringLiteral("not it"));
            QTest::keyClick(dialog->secretEdit(), Qt::Key_Return);
            dialog = waitForDialog<SecretDialog>(opened);
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("retryLabel")));
        }
        dialog->secretEdit()->setText(secret);
        QTest::keyClick(dialog->secretEdit(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
        QVERIFY2(out.error == SshConnection::Error::None, qPrintable(out.message));
    }

    void rememberedPasswordComesFromTheKeychain() {
        if (!m_keyringUp)
            QSKIP(qPrintable(QStringLiteral("no Secret Service: ") + m_keyring.error()));
        if (!m_sshd.createPasswordUser())
            QSKIP("password authentication needs root to add a test user");
        SshTarget t = keyTarget();
        t.auth = SshTarget::Auth::Password;
        t.identityFile.clear();
        SshOptions options = askOptions(m_sshd.writeKnownHosts());
        options.useKeychain = true;
        const QString key =
            QStringLiteral("password:%1@127.0.0.1:%2").arg(t.user).arg(m_sshd.port());
        QVERIFY(keychainRead(key).isEmpty());
        SshPrompter prompter(&m_window);
        QSignalSpy opened(&prompter, &SshPrompter::dialogOpened);
        QSignalSpy notices(&prompter, &SshPrompter::notice);

        // A wrong password with "remember" ticked is not stored.
        {
            SshConnection c(t, options);
            connect(&c, &SshConnection::secretRequested, &prompter, &SshPrompter::askSecret);
            Outcome out;
            follow(c, &out);
            c.open();
            auto *dialog = waitForDialog<SecretDialog>(opened);
            QVERIFY(dialog);
            dialog->secretEdit()->setText(QStringLiteral("typo"));
            dialog->rememberCheck()->setChecked(true);
            dialog->accept();
            dialog = waitForDialog<SecretDialog>(opened);
            QVERIFY(dialog);
            dialog->reject();
            QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
            QCOMPARE(out.error, SshConnection::Error::Auth);
            QVERIFY(keychainRead(key).isEmpty());
        }
        // The right one, remembered: stored once the login worked...
        {
            SshConnection c(t, options);
            connect(&c, &SshConnection::secretRequested, &prompter, &SshPrompter::askSecret);
            Outcome out;
            follow(c, &out);
            c.open();
            auto *dialog = waitForDialog<SecretDialog>(opened);
            QVERIFY(dialog);
            dialog->secretEdit()->setText(m_sshd.password());
            dialog->rememberCheck()->setChecked(true);
            dialog->accept();
            QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
            QVERIFY2(out.error == SshConnection::Error::None, qPrintable(out.message));
            QVERIFY(QTest::qWaitFor([&] { return !notices.isEmpty(); }, 10000));
            QVERIFY2(notices.at(0).at(0).toString().contains(QLatin1String("stored in the")),
                     qPrintable(notices.at(0).at(0).toString()));
            QCOMPARE(keychainRead(key), m_sshd.password());
        }
        // ...and the next connection logs in from the keychain without asking.
        {
            SshConnection c(t, options);
            connect(&c, &SshConnection::secretRequested, &prompter, &SshPrompter::askSecret);
            Outcome out;
            follow(c, &out);
            c.open();
            QVERIFY(QTest::qWaitFor([&] { return out.done; }, 20000));
            QVERIFY2(out.error == SshConnection::Error::None, qPrintable(out.message));
            QVERIFY(opened.isEmpty());
        }
        // Nothing of it in a file next to the session or the known_hosts.
        QVERIFY(!readFile(options.knownHostsFile).contains(m_sshd.password().toUtf8()));
        QObject context;
        bool removed = false;
        SshKeychain::remove(key, &context, [&](const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
    }

    // The Hosts dock's Check in the main window asks with the same dialog as a run.
    void hostsDockCheckAsksForAnUnknownKey() {
        MainWindow window;
        InventoryDock *dock = window.inventoryDock();
        Host host;
        host.name = QStringLiteral("lab1");
        host.address = QStringLiteral("127.0.0.1");
        host.port = m_sshd.port();
        host.user = m_sshd.loginUser();
        host.auth = HostAuth::Key;
        host.identityFile = m_sshd.userKey();
        Inventory inventory;
        inventory.hosts << host;
        dock->setSession(inventory, {}, {});
        HostChecker::Options options = dock->checker()->options();
        QVERIFY(options.askHostKeys && options.askSecrets);
        options.knownHostsFile = freshKnownHosts();
        options.useKeychain = false;
        options.timeoutMs = 20000;
        dock->setCheckOptions(options);
        QSignalSpy opened(window.sshPrompter(), &SshPrompter::dialogOpened);
        QSignalSpy finished(dock, &InventoryDock::checkFinished);
        dock->checkHosts({QStringLiteral("lab1")});
        auto *dialog = waitForDialog<HostKeyDialog>(opened);
        QVERIFY(dialog);
        dialog->acceptAndSaveButton()->click();
        QVERIFY(finished.wait(30000));
        const HostStatus s = dock->history().history(QStringLiteral("lab1")).last();
        QVERIFY2(s.sshOk == true, qPrintable(s.sshError));
        QVERIFY(readFile(options.knownHostsFile).contains(m_sshd.hostKey().base64()));
    }
};

QTEST_MAIN(TstSshDialogs)
#include "tst_sshdialogs.moc"

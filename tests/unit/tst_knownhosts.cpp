// KnownHosts reads OpenSSH known_hosts files as ssh does: plain, hashed and bracketed names,
// wildcards and negation, several key types, @revoked and @cert-authority markers; appends
// keys without damaging what is there. Hashed lines are made by ssh-keygen -H (the real one).
#include "ssh/knownhosts.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

// Real public keys, made with ssh-keygen once.
const QByteArray kEd1 = "AAAAC3NzaC1lZDI1NTE5AAAAIE7jw5Qtkz+JX7K4gfx2GPI2MXhhcTiYC0JqTKkZhGN4";
const QByteArray kEd2 = "AAAAC3NzaC1lZDI1NTE5AAAAIN5HQUsSrUOpIFIkFKCQpegYGl9KHGwgKi+eu02cQlqs";
const QByteArray kEcdsa =
    "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBBpijKYEOXhIW/GwKzlSvkTOimZEwEFHjDqGcd8o"
    "wE4mzhOU1F+QoyRdhEQ7SPN/SlXaUidLO0TVWPcyKmDAwEM=";

SshHostKey key(const QByteArray &b64) {
    return SshHostKey::fromBase64(b64);
}

} // namespace

class TstKnownHosts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostKeyNamesAndFingerprint() {
        const SshHostKey k = key(kEd1);
        QVERIFY(k.isValid());
        QCOMPARE(k.type(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(key(kEcdsa).type(), QStringLiteral("ecdsa-sha2-nistp256"));
        QVERIFY(k.sha256Fingerprint().startsWith(QLatin1String("SHA256:")));
        QVERIFY(!k.sha256Fingerprint().endsWith(QLatin1Char('=')));
        QVERIFY(!SshHostKey::fromBase64("not base64 !!").isValid());
        QVERIFY(!SshHostKey(QByteArray("\0\0\0", 3)).isValid());
    }

    void fingerprintMatchesSshKeygen() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("k.pub")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ssh-ed25519 " + kEd1 + " test\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-f"), f.fileName()});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            QSKIP("ssh-keygen is not available");
        const QString printed = QString::fromLatin1(p.readAllStandardOutput().split(' ').at(1));
        QCOMPARE(key(kEd1).sha256Fingerprint(), printed);
    }

    void hostName() {
        QCOMPARE(KnownHosts::hostName(QStringLiteral("a.example"), 22),
                 QStringLiteral("a.example"));
        QCOMPARE(KnownHosts::hostName(QStringLiteral("10.0.0.1"), 2222),
                 QStringLiteral("[10.0.0.1]:2222"));
    }

    void patterns_data() {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::addRow("exact") << "a.example"
                               << "a.example" << true;
        QTest::addRow("case-insensitive") << "A.Example"
                                          << "a.example" << true;
        QTest::addRow("other host") << "a.example"
                                    << "b.example" << false;
        QTest::addRow("list") << "x,a.example,10.0.0.1"
                              << "10.0.0.1" << true;
        QTest::addRow("star") << "*.example"
                              << "a.example" << true;
        QTest::addRow("star not a prefix match") << "*.example"
                                                 << "a.example.org" << false;
        QTest::addRow("question mark") << "host?"
                                       << "host1" << true;
        QTest::addRow("negation wins") << "*.example,!bad.example"
                                       << "bad.example" << false;
        QTest::addRow("negation alone matches nothing") << "!bad.example"
                                                        << "a.example" << false;
        QTest::addRow("bracketed port") << "[127.0.0.1]:2222"
                                        << "[127.0.0.1]:2222" << true;
        QTest::addRow("bracketed other port") << "[127.0.0.1]:2222"
                                              << "[127.0.0.1]:2223" << false;
        QTest::addRow("plain name is port 22 only") << "127.0.0.1"
                                                    << "[127.0.0.1]:2222" << false;
        // Made by ssh-keygen -H for foo.example: HMAC-SHA1 of the name with the salt.
        QTest::addRow("hashed") << "|1|H4dggKZyKstOEykOYpaDax8ZCxY=|9Bfv+e5G7XsJbCvWLixI100zHbE="
                                << "foo.example" << true;
        QTest::addRow("hashed other")
            << "|1|H4dggKZyKstOEykOYpaDax8ZCxY=|9Bfv+e5G7XsJbCvWLixI100zHbE="
            << "bar.example" << false;
    }
    void patterns() {
        QFETCH(QString, patterns);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(KnownHosts::patternsMatch(patterns, name), matches);
    }

    void checkStatuses() {
        const QByteArray file = "# comment\n"
                                "\n"
                                "@cert-authority *.example ssh-ed25519 " +
                                kEd2 +
                                "\n"
                                "a.example,10.0.0.1 ssh-ed25519 " +
                                kEd1 +
                                " comment words\n"
                                "[a.example]:2222 ssh-ed25519 " +
                                kEd2 +
                                "\n"
                                "b.example ecdsa-sha2-nistp256 " +
                                kEcdsa +
                                "\n"
                                "garbage line\n"
                                "c.example ssh-ed25519 " +
                                kEcdsa +
                                "\n" // type mismatch
                                "@revoked * ssh-ed25519 " +
                                kEd2 +
                                "\n"
                                "@bogus x ssh-ed25519 " +
                                kEd1 + "\n";
        const KnownHosts kh = KnownHosts::parse(file, QStringLiteral("/tmp/kh"));
        QCOMPARE(kh.malformedLines(), QList<int>({7, 8, 10}));

        auto r = kh.check(QStringLiteral("a.example"), 22, key(kEd1));
        QCOMPARE(r.status, KnownHosts::Status::Known);
        QCOMPARE(r.line, 4);
        QCOMPARE(kh.check(QStringLiteral("10.0.0.1"), 22, key(kEd1)).status,
                 KnownHosts::Status::Known);

        // Same type, other key: changed, naming the line that holds the old one.
        r = kh.check(QStringLiteral("a.example"), 22, key(kEd2));
        QCOMPARE(r.status, KnownHosts::Status::Revoked); // kEd2 is @revoked for every host
        QCOMPARE(r.line, 9);

        const SshHostKey third = key("AAAAC3NzaC1lZDI1NTE5AAAAIPKMVAOunIchRJlYq8da8D7WA0JQsgD1nXU3"
                                     "Lru71dH5");
        QVERIFY(third.isValid());
        r = kh.check(QStringLiteral("a.example"), 22, third);
        QCOMPARE(r.status, KnownHosts::Status::Changed);
        QCOMPARE(r.line, 4);
        QCOMPARE(r.knownKey, key(kEd1));

        // The @cert-authority line is no host key for x.example.
        QCOMPARE(kh.check(QStringLiteral("x.example"), 22, third).status,
                 KnownHosts::Status::Unknown);
        // Another key type known: unknown, with the known types said.
        r = kh.check(QStringLiteral("b.example"), 22, third);
        QCOMPARE(r.status, KnownHosts::Status::Unknown);
        QCOMPARE(r.otherKnownTypes, QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
        QCOMPARE(kh.knownKeyTypes(QStringLiteral("b.example"), 22),
                 QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
        // Port 2222 is a different entry from port 22.
        QCOMPARE(kh.check(QStringLiteral("a.example"), 2222, third).status,
                 KnownHosts::Status::Changed);
    }

    void hashedFileFromSshKeygen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.0.1]:2222 ssh-ed25519 " + kEd1 + "\nb.example ssh-ed25519 " + kEd2 + "\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), path});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            QSKIP("ssh-keygen is not available");
        const KnownHosts kh = KnownHosts::load(path);
        QVERIFY(kh.entries().value(0).patterns.startsWith(QLatin1String("|1|")));
        QCOMPARE(kh.check(QStringLiteral("127.0.0.1"), 2222, key(kEd1)).status,
                 KnownHosts::Status::Known);
        QCOMPARE(kh.check(QStringLiteral("127.0.0.1"), 22, key(kEd1)).status,
                 KnownHosts::Status::Unknown);
        QCOMPARE(kh.check(QStringLiteral("b.example"), 22, key(kEd1)).status,
                 KnownHosts::Status::Changed);
    }

    void appendKeepsTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/known_hosts"));
        QString error;
        QVERIFY2(KnownHosts::append(path, QStringLiteral("h"), 2200, key(kEd1), &error),
                 qPrintable(error));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        // A file without a final newline gets one before the new line.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x.example ssh-ed25519 " + kEd2);
        f.close();
        QVERIFY(KnownHosts::append(path, QStringLiteral("y.example"), 22, key(kEcdsa), &error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "[h]:2200 ssh-ed25519 " + kEd1 + "\nx.example ssh-ed25519 " + kEd2 +
                                  "\ny.example ecdsa-sha2-nistp256 " + kEcdsa + "\n");
        QVERIFY(!KnownHosts::append(QStringLiteral("/proc/nope/known_hosts"), QStringLiteral("h"),
                                    22, key(kEd1), &error));
        QVERIFY(error.contains(QLatin1String("/proc/nope")));
    }
};

QTEST_GUILESS_MAIN(TstKnownHosts)
#include "tst_knownhosts.moc"

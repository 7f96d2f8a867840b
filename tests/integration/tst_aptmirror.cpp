// packaging/apt-mirror.sh (run by install-deps.sh to fetch netperf from non-free): the archive
// comes only from the system's apt configuration (deb822 .sources, sources.list, .list files),
// never from an address written in the repository; with none configured it fails and says so.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Script = QStringLiteral(PERFDECK_SOURCE_DIR "/packaging/apt-mirror.sh");

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QString &etc) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("APT_MIRROR_CODENAME"), QStringLiteral("bookworm"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {Script, etc});
    Outcome o;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(2000);
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

bool writeFile(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestAptMirror : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mirrorFromConfiguration_data() {
        QTest::addColumn<QStringList>("files"); // name, content, name, content, ...
        QTest::addColumn<QString>("expected");
        const QByteArray deb822 = "Types: deb\n"
                                  "URIs: http://mirror.example/debian-security\n"
                                  "Suites: bookworm-security\n"
                                  "Components: main\n"
                                  "\n"
                                  "# the release\n"
                                  "Types: deb deb-src\n"
                                  "URIs: http://mirror.example/debian http://other.example/d\n"
                                  "Suites: bookworm bookworm-updates\n"
                                  "Components: main\n"
                                  "Signed-By: /usr/share/keyrings/archive.gpg\n";
        QTest::addRow("deb822 skips the security suite")
            << QStringList{"sources.list.d/debian.sources", deb822}
            << "http://mirror.example/debian bookworm /usr/share/keyrings/archive.gpg";
        QTest::addRow("third-party source and disabled stanza skipped")
            << QStringList{"sources.list.d/a-vendor.sources",
                           "Types: deb\nURIs: https://vendor.example/repo\nSuites: nodistro\n"
                           "Components: main\n",
                           "sources.list.d/debian.sources",
                           "Types: deb\nURIs: http://disabled.example/debian\nSuites: bookworm\n"
                           "Enabled: no\n\nTypes: deb\nURIs: http://mirror.example/debian\n"
                           "Suites: bookworm\nComponents: main\n"}
            << "http://mirror.example/debian bookworm";
        QTest::addRow("sources.list with options")
            << QStringList{"sources.list",
                           "# deb http://commented.example/debian bookworm main\n"
                           "deb-src http://src.example/debian bookworm main\n"
                           "deb http://mirror.example/debian bookworm-updates main\n"
                           "deb [arch=amd64 signed-by=/etc/apt/k.gpg] "
                           "http://mirror.example/debian bookworm main contrib\n"}
            << "http://mirror.example/debian bookworm /etc/apt/k.gpg";
        QTest::addRow("a .list file in sources.list.d")
            << QStringList{"sources.list.d/local.list",
                           "deb file:/srv/mirror/debian bookworm main\n"}
            << "file:/srv/mirror/debian bookworm";
    }
    void mirrorFromConfiguration() {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QTemporaryDir etc;
        for (qsizetype i = 0; i + 1 < files.size(); i += 2)
            QVERIFY(writeFile(etc.filePath(files.at(i)), files.at(i + 1).toUtf8()));
        const Outcome o = run(etc.path());
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(o.out, expected);
    }

    void noConfiguredArchiveFails_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addRow("nothing configured") << QStringList{};
        QTest::addRow("only comments and sources")
            << QStringList{"sources.list", "# deb http://x.example/debian bookworm main\n"
                                           "deb-src http://x.example/debian bookworm main\n"};
        QTest::addRow("only another release")
            << QStringList{"sources.list.d/debian.sources",
                           "Types: deb\nURIs: http://x.example/debian\nSuites: trixie\n"};
    }
    void noConfiguredArchiveFails() {
        QFETCH(QStringList, files);
        QTemporaryDir etc;
        QVERIFY(QDir().mkpath(etc.filePath(QStringLiteral("sources.list.d"))));
        for (qsizetype i = 0; i + 1 < files.size(); i += 2)
            QVERIFY(writeFile(etc.filePath(files.at(i)), files.at(i + 1).toUtf8()));
        const Outcome o = run(etc.path());
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.isEmpty());
        QVERIFY2(o.err.contains(QLatin1String("no Debian archive is configured in ") + etc.path()),
                 qPrintable(o.err));
    }

    // install-deps.sh had a hard-coded archive address as its fallback: no address at all.
    void installScriptNamesNoArchive() {
        QFile script(QStringLiteral(PERFDECK_SOURCE_DIR "/packaging/install-deps.sh"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains("apt-mirror.sh"));
        QVERIFY2(!text.contains("http://") && !text.contains("https://"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestAptMirror)
#include "tst_aptmirror.moc"

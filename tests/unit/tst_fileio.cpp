// FileIo: results files written to devices and FIFOs stay devices and FIFOs (a rename over them
// once turned /dev/null into a plain file), regular files are replaced atomically with their
// permissions, OS errors reach the message, and reads are bounded.
#include "util/fileio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Perfdeck;

namespace {

struct stat statOf(const QString &path) {
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

QByteArray contents(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Sets a file's (or a link's own) modification time secondsAgo in the past.
bool age(const QString &path, int secondsAgo) {
    struct timespec times[2] = {};
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= secondsAgo;
    times[1] = times[0];
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) ==
           0;
}

} // namespace

class TestFileIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fifoIsWrittenNotReplaced() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
            if (fd < 0)
                return;
            char buf[4096];
            ssize_t n = 0;
            while ((n = ::read(fd, buf, sizeof buf)) > 0)
                received.append(buf, n);
            ::close(fd);
        });
        QString error;
        const QByteArray payload(100000, 'x');
        const bool ok = FileIo::writeAtomically(fifo, payload, &error);
        reader.join();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
        QCOMPARE(received.size(), payload.size());
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{QStringLiteral("pipe")});
    }

    void devNullStaysACharacterDevice() {
        const QString devNull = QStringLiteral("/dev/null");
        const struct stat before = statOf(devNull);
        QVERIFY(S_ISCHR(before.st_mode));
        QString error;
        QVERIFY2(FileIo::checkWritable(devNull, &error), qPrintable(error));
        QVERIFY2(FileIo::writeAtomically(devNull, "results", &error), qPrintable(error));
        const struct stat after = statOf(devNull);
        QVERIFY(S_ISCHR(after.st_mode));
        QCOMPARE(after.st_rdev, before.st_rdev);
        QCOMPARE(after.st_ino, before.st_ino);
    }

    void fullDeviceGivesTheOsError() {
        QString error;
        QVERIFY(!FileIo::writeAtomically(QStringLiteral("/dev/full"), "x", &error));
        QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QVERIFY(S_ISCHR(statOf(QStringLiteral("/dev/full")).st_mode));
    }

    void regularFileIsReplacedWithItsPermissions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QString error;
        QVERIFY2(FileIo::writeAtomically(path, "first", &error), qPrintable(error));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QVERIFY2(FileIo::writeAtomically(path, "second", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("second"));
        QCOMPARE(int(statOf(path).st_mode & 07777), 0640);
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("r.json")});
    }

    // A save killed mid-way (SIGKILL) leaves its temporary file; the next save of the same
    // file removes it once it is over a minute old. Nothing else goes: not a fresh one (a save
    // in progress), not another file's, not a name of another pattern, not a link.
    void staleTemporariesOfAKilledSaveAreRemoved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QString error;
        QVERIFY2(FileIo::writeAtomically(path, "first", &error), qPrintable(error));
        const QStringList stale{QStringLiteral(".r.json.0a1b2c3d.tmp"),
                                QStringLiteral(".r.json.ffffffff.tmp")};
        const QStringList kept{
            QStringLiteral(".r.json.00000000.tmp"),  // fresh: a save in progress
            QStringLiteral(".r.json.0A1B2C3D.tmp"),  // upper case: not our pattern
            QStringLiteral(".r.json.0a1b2c3.tmp"),   // 7 digits
            QStringLiteral(".r.json.0a1b2c3d.tmp~"), // another suffix
            QStringLiteral(".r.json.0a1b2c3d.temp"),
            QStringLiteral("r.json.0a1b2c3d.tmp"),      // not hidden
            QStringLiteral(".rXjson.0a1b2c3d.tmp"),     // the dot is not a wildcard
            QStringLiteral(".other.json.0a1b2c3d.tmp"), // another file's
            QStringLiteral(".r.json.12345678.tmp"),     // a link (older, but not a file)
        };
        for (const QString &name : stale + kept) {
            if (name == QLatin1String(".r.json.12345678.tmp"))
                QVERIFY(QFile::link(path, dir.filePath(name)));
            else
                QVERIFY(writeFile(dir.filePath(name), "partial"));
            if (name != QLatin1String(".r.json.00000000.tmp"))
                QVERIFY(age(dir.filePath(name), 120));
        }
        QVERIFY(age(dir.filePath(QStringLiteral(".r.json.00000000.tmp")), 30));
        QVERIFY2(FileIo::writeAtomically(path, "second", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("second"));
        QStringList expected = kept;
        expected << QStringLiteral("r.json");
        expected.sort();
        QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        left.sort();
        QCOMPARE(left, expected);
        // Once old enough, the other one goes too (at the next save).
        QVERIFY(age(dir.filePath(QStringLiteral(".r.json.00000000.tmp")), 61));
        QCOMPARE(FileIo::removeStaleTemporaries(path), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".r.json.00000000.tmp"))));
        // A file name with regular expression and glob characters is taken literally.
        const QString odd = dir.filePath(QStringLiteral("a[1]+(b).json"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".a[1]+(b).json.deadbeef.tmp")), "x"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".a1+(b).json.deadbeef.tmp")), "x"));
        QVERIFY(age(dir.filePath(QStringLiteral(".a[1]+(b).json.deadbeef.tmp")), 120));
        QVERIFY(age(dir.filePath(QStringLiteral(".a1+(b).json.deadbeef.tmp")), 120));
        QVERIFY2(FileIo::writeAtomically(odd, "odd", &error), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".a[1]+(b).json.deadbeef.tmp"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".a1+(b).json.deadbeef.tmp"))));
    }

    void symlinkStaysALink() {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.json"));
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QString error;
        QVERIFY(FileIo::writeAtomically(real, "old", &error));
        QVERIFY(QFile::link(real, link));
        QVERIFY2(FileIo::writeAtomically(link, "new", &error), qPrintable(error));
        QVERIFY(S_ISLNK(statOf(link).st_mode));
        QCOMPARE(contents(real), QByteArray("new"));
    }

    void refusesBeforeWriting_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing directory") << "nodir/r.json"
                                           << "does not exist";
        QTest::addRow("directory") << "."
                                   << "it is a directory";
        QTest::addRow("parent is a file") << "file/r.json"
                                          << "is not a directory";
    }
    void refusesBeforeWriting() {
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString error;
        QVERIFY(FileIo::writeAtomically(dir.filePath(QStringLiteral("file")), "x", &error));
        const QString path = dir.filePath(relative);
        QVERIFY(!FileIo::checkWritable(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!FileIo::writeAtomically(path, "x", &error));
    }

    void acceptsWritablePaths() {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(FileIo::checkWritable(QStringLiteral("-"), &error), qPrintable(error));
        QVERIFY2(FileIo::checkWritable(dir.filePath(QStringLiteral("new.json")), &error),
                 qPrintable(error));
        QVERIFY(FileIo::isStandardOutput(QStringLiteral("-")));
        QVERIFY(FileIo::isStandardOutput(QStringLiteral("/dev/stdout")));
        QVERIFY(!FileIo::isStandardOutput(QStringLiteral("./-")));
    }

    void readsAreBounded() {
        QByteArray bytes;
        QString error;
        // An endless device is refused at the cap instead of exhausting memory.
        QVERIFY(!FileIo::readAll(QStringLiteral("/dev/zero"), &bytes, &error, 1 << 20));
        QVERIFY2(error.contains(QLatin1String("/dev/zero")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("larger than 1 MiB")), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(FileIo::writeAtomically(path, QByteArray(1 << 20, 'a'), &error));
        QVERIFY2(FileIo::readAll(path, &bytes, &error, 1 << 20), qPrintable(error));
        QCOMPARE(bytes.size(), 1 << 20);
        QVERIFY(!FileIo::readAll(path, &bytes, &error, (1 << 20) - 1));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(!FileIo::readAll(dir.filePath(QStringLiteral("none")), &bytes, &error));
        QVERIFY2(error.contains(QLatin1String("No such file or directory")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"

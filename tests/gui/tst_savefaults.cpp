// The fault matrix's save cases in the GUI (issue 13): File > Save of a session onto a full disk
// (a small tmpfs, filled) and into a read-only folder (the tmpfs remounted read-only). The user
// sees a message that names the file and the cause, the previous file stays byte for byte, the
// window keeps its data (still modified, so nothing is lost on close), no temporary file is
// left, and Save As elsewhere then works. Real tmpfs mounts: root only (skipped otherwise,
// except the read-only folder, which a non-root user gets from the folder's mode bits).
#include "../faults/faultfixture.h"
#include "gui/mainwindow.h"
#include "gui/sessioncontroller.h"
#include "results/session.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Perfdeck;

namespace {

// Collects the text of every modal message box shown while it lives, and closes them.
class MessageBoxCatcher final {
public:
    MessageBoxCatcher() {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, qApp, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

QStringList filesIn(const QString &dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestSaveFaults final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A window showing the session at path (opened from disk, as a user would), then changed.
    [[nodiscard]] bool openChanged(MainWindow &window, const QString &path) {
        QSignalSpy loaded(window.sessionController(), &SessionController::sessionLoaded);
        window.sessionController()->open(path);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
            QVERIFY(!window.currentSession().runs.isEmpty());
        }();
        if (QTest::currentTestFailed())
            return false;
        window.sessionController()->setModified(true);
        return true;
    }

    // File > Save as the menu does it; returns the message the window showed.
    QString saveFromMenu(MainWindow &window) {
        auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        MessageBoxCatcher catcher;
        [&] {
            QVERIFY(save);
            QVERIFY(save->isEnabled());
            save->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!catcher.texts.isEmpty(), 15000);
        }();
        return catcher.texts.join(QLatin1Char('\n'));
    }

    // What every failed save must leave: the message, the file, the window's data.
    void checkFailedSave(MainWindow &window, const QString &file, const QByteArray &previous,
                         const QString &message, const QString &cause) {
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(cause), qPrintable(message));
        QCOMPARE(Faults::readFile(file), previous);
        // Still unsaved: closing the window asks, and the runs are all there.
        QVERIFY(window.sessionController()->isModified());
        QVERIFY(window.isWindowModified());
        // The data can still be saved elsewhere.
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.perfdeck"));
        QSignalSpy saved(window.sessionController(), &SessionController::saved);
        window.sessionController()->saveAs(elsewhere);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        Session reread;
        QString error;
        QVERIFY2(Session::load(elsewhere, &reread, &error), qPrintable(error));
        QCOMPARE(reread.runs.size(), window.currentSession().runs.size());
    }

    QByteArray sessionBytes() {
        return Faults::readFile(QStringLiteral(PERFDECK_TEST_DATA "/session/v1-cli-run.json"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init() {
        QSettings().clear();
        QDir(SessionController::autosaveDirectory()).removeRecursively();
    }

    void saveOnAFullDisk() {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        Faults::SmallDisk disk(256);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString file = disk.path(QStringLiteral("previous.perfdeck"));
        const QByteArray previous = sessionBytes();
        QVERIFY(Faults::writeFile(file, previous));
        MainWindow window;
        window.show();
        QVERIFY(openChanged(window, file));
        QVERIFY(disk.fill());
        const QString message = saveFromMenu(window);
        checkFailedSave(window, file, previous, message, QStringLiteral("No space left on device"));
        // The failed save took its temporary file away again.
        QCOMPARE(filesIn(disk.path(QString())),
                 QStringList({"filler", "filler2", "previous.perfdeck"}));
    }

    void saveIntoAReadOnlyFolder() {
        QString file;
        std::unique_ptr<Faults::SmallDisk> disk;
        QTemporaryDir plain;
        QString cause;
        const QByteArray previous = sessionBytes();
        if (::geteuid() == 0) {
            disk = std::make_unique<Faults::SmallDisk>(256);
            QVERIFY2(disk->ok(), qPrintable(disk->error()));
            file = disk->path(QStringLiteral("previous.perfdeck"));
            QVERIFY(Faults::writeFile(file, previous));
            cause = QStringLiteral("Read-only file system");
        } else {
            // Without root, a folder without write permission (root would ignore it).
            file = plain.filePath(QStringLiteral("previous.perfdeck"));
            QVERIFY(Faults::writeFile(file, previous));
            cause = QStringLiteral("Permission denied");
        }
        MainWindow window;
        window.show();
        QVERIFY(openChanged(window, file));
        if (disk)
            QVERIFY2(disk->makeReadOnly(), qPrintable(disk->error()));
        else
            QCOMPARE(::chmod(QFile::encodeName(plain.path()).constData(), 0555), 0);
        const QString message = saveFromMenu(window);
        if (!disk)
            ::chmod(QFile::encodeName(plain.path()).constData(), 0755);
        checkFailedSave(window, file, previous, message, cause);
        QCOMPARE(filesIn(QFileInfo(file).absolutePath()), QStringList({"previous.perfdeck"}));
    }
};

QTEST_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"

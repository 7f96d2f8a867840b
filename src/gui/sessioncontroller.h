// Owns the life cycle of the session file behind the main window: new, open, save, save as,
// the recent-files list, the modified flag, autosave into the application data folder and
// recovery of autosaves left behind by a Perfdeck that did not close cleanly.
// Files are read and written on a worker thread: sessions with long runs are large.
#pragma once

#include "results/session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace Perfdeck {

class SessionController final : public QObject {
    Q_OBJECT
public:
    struct IoResult {
        bool ok = false;
        QString path;
        QString error;
        Session session; // load only
        quint64 generation = 0;
    };

    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;

    // The window hands over the session as it is now whenever one is to be written.
    void setSnapshotProvider(std::function<Session()> provider) {
        m_snapshot = std::move(provider);
    }

    QString filePath() const { return m_filePath; }
    // "name.perfdeck" or "Untitled".
    QString displayName() const;
    bool isModified() const { return m_modified; }
    // Marks the session as changed since it was last saved (or unchanged after a load).
    void setModified(bool modified);
    // A load or save is in flight.
    bool isBusy() const { return m_loadWatcher.isRunning() || m_saveWatcher.isRunning(); }

    void newSession();
    void open(const QString &path);
    // Saves to filePath(); false if the session has no file yet (use saveAs()).
    bool save();
    void saveAs(const QString &path);

    QStringList recentFiles() const;
    void clearRecentFiles();

    // Autosave: every interval while modified, into autosavePath().
    void setAutosaveIntervalMs(int ms);
    QString autosavePath() const { return m_autosavePath; }
    void autosaveNow();
    // Autosaves of Perfdeck windows that ended without closing cleanly.
    QStringList recoverableFiles() const;
    // Loads an autosave as the current (modified) session and deletes it once loaded.
    void recover(const QString &path);
    void discardRecoverable(const QString &path);
    // On a clean close: the autosave is no longer needed.
    void discardAutosave();

    // Blocks until pending file I/O ends: for the application's final exit and for tests.
    void waitForIdle();

    static QString autosaveDirectory();
    static QString fileFilter();

Q_SIGNALS:
    // A session was opened, recovered or created: the window shows it.
    void sessionLoaded(const Perfdeck::Session &session);
    void saved(const QString &path);
    void autosaved(const QString &path);
    void failed(const QString &message);
    // File path, modified flag or busy state changed: time to update the title.
    void stateChanged();
    void recentFilesChanged();

private:
    void onLoaded();
    void onSaved();
    void startSave(const QString &path, bool autosave);
    void addRecentFile(const QString &path);
    void setFilePath(const QString &path);

    std::function<Session()> m_snapshot;
    QFutureWatcher<IoResult> m_loadWatcher;
    QFutureWatcher<IoResult> m_saveWatcher;
    QFutureWatcher<IoResult> m_autosaveWatcher;
    QTimer m_autosaveTimer;
    std::unique_ptr<QLockFile> m_autosaveLock;
    QString m_filePath;
    QString m_autosavePath;
    QString m_recoveringFrom; // autosave being recovered: deleted once loaded
    quint64 m_generation = 0; // bumped by every change, so a save knows what it saved
    quint64 m_autosavedGeneration = 0;
    bool m_modified = false;
    bool m_loadIsRecovery = false;
    bool m_discardWhenAutosaved = false;
};

} // namespace Perfdeck

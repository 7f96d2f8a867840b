#include "gui/sessioncontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

namespace Perfdeck {

namespace {

constexpr int MaxRecentFiles = 10;
const QString RecentFilesKey = QStringLiteral("session/recentFiles");
const QString AutosaveSuffix = QStringLiteral(".perfdeck");
// Where an autosave remembers the file it belongs to, so a recovery keeps the title.
const QString SourcePathKey = QStringLiteral("autosaveSourcePath");

} // namespace

SessionController::SessionController(QObject *parent)
    : QObject(parent) {
    m_autosavePath =
        QDir(autosaveDirectory())
            .filePath(QStringLiteral("session-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) + AutosaveSuffix);
    connect(&m_loadWatcher, &QFutureWatcher<IoResult>::finished, this,
            &SessionController::onLoaded);
    connect(&m_saveWatcher, &QFutureWatcher<IoResult>::finished, this, &SessionController::onSaved);
    connect(&m_autosaveWatcher, &QFutureWatcher<IoResult>::finished, this, [this] {
        const IoResult r = m_autosaveWatcher.result();
        if (m_discardWhenAutosaved) {
            m_discardWhenAutosaved = false;
            QFile::remove(r.path);
            return;
        }
        if (r.ok) {
            m_autosavedGeneration = r.generation;
            Q_EMIT autosaved(r.path);
        }
        // A failed autosave is not worth interrupting the user: the next one retries.
    });
    m_autosaveTimer.setInterval(60 * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_modified && m_generation != m_autosavedGeneration)
            autosaveNow();
    });
    m_autosaveTimer.start();
}

SessionController::~SessionController() {
    // A save in flight holds the user's data: let it land before the process goes away.
    waitForIdle();
}

QString SessionController::autosaveDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString SessionController::fileFilter() {
    return tr("Perfdeck sessions (*.perfdeck *.json);;All files (*)");
}

QString SessionController::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void SessionController::setModified(bool modified) {
    if (modified)
        ++m_generation;
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT stateChanged();
}

void SessionController::setFilePath(const QString &path) {
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT stateChanged();
}

void SessionController::newSession() {
    setFilePath(QString());
    Session session;
    session.createdAt = QDateTime::currentDateTimeUtc();
    m_modified = false;
    ++m_generation;
    discardAutosave();
    Q_EMIT sessionLoaded(session);
    Q_EMIT stateChanged();
}

void SessionController::open(const QString &path) {
    if (isBusy()) {
        Q_EMIT failed(tr("Another session file operation is still running; try again in a "
                         "moment."));
        return;
    }
    m_loadIsRecovery = false;
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        IoResult r;
        r.path = path;
        r.ok = Session::load(path, &r.session, &r.error);
        return r;
    }));
    Q_EMIT stateChanged();
}

void SessionController::recover(const QString &path) {
    if (isBusy()) {
        Q_EMIT failed(tr("Another session file operation is still running; try again in a "
                         "moment."));
        return;
    }
    m_loadIsRecovery = true;
    m_recoveringFrom = path;
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        IoResult r;
        r.path = path;
        r.ok = Session::load(path, &r.session, &r.error);
        return r;
    }));
    Q_EMIT stateChanged();
}

void SessionController::onLoaded() {
    IoResult r = m_loadWatcher.result();
    const bool recovery = m_loadIsRecovery;
    m_loadIsRecovery = false;
    if (!r.ok) {
        Q_EMIT stateChanged();
        Q_EMIT failed(recovery ? tr("Could not recover the autosaved session.\n%1").arg(r.error)
                               : tr("Could not open the session.\n%1").arg(r.error));
        return;
    }
    if (recovery) {
        const QString source = r.session.uiState.value(SourcePathKey).toString();
        r.session.uiState.remove(SourcePathKey);
        setFilePath(source);
        discardRecoverable(m_recoveringFrom);
        m_recoveringFrom.clear();
        m_modified = true; // recovered work is not saved anywhere yet
        ++m_generation;
    } else {
        r.session.uiState.remove(SourcePathKey);
        setFilePath(r.path);
        m_modified = false;
        ++m_generation;
        addRecentFile(r.path);
    }
    Q_EMIT sessionLoaded(r.session);
    Q_EMIT stateChanged();
}

bool SessionController::save() {
    if (m_filePath.isEmpty())
        return false;
    startSave(m_filePath, false);
    return true;
}

void SessionController::saveAs(const QString &path) {
    startSave(path, false);
}

void SessionController::startSave(const QString &path, bool autosave) {
    if (!m_snapshot)
        return;
    QFutureWatcher<IoResult> &watcher = autosave ? m_autosaveWatcher : m_saveWatcher;
    if (watcher.isRunning() || (!autosave && m_loadWatcher.isRunning())) {
        if (!autosave)
            Q_EMIT failed(tr("Another session file operation is still running; try again in a "
                             "moment."));
        return;
    }
    Session session = m_snapshot();
    if (autosave && !m_filePath.isEmpty())
        session.uiState.insert(SourcePathKey, m_filePath);
    const quint64 generation = m_generation;
    // The copy shares its lists with the window's data; serialising happens off the UI thread.
    watcher.setFuture(QtConcurrent::run([session, path, generation]() mutable {
        IoResult r;
        r.path = path;
        r.generation = generation;
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            r.error = tr("%1: cannot create the folder").arg(dir);
            return r;
        }
        r.ok = session.save(path, &r.error);
        return r;
    }));
    if (!autosave)
        Q_EMIT stateChanged();
}

void SessionController::onSaved() {
    const IoResult r = m_saveWatcher.result();
    if (!r.ok) {
        Q_EMIT stateChanged();
        Q_EMIT failed(tr("Could not save the session.\n%1").arg(r.error));
        return;
    }
    setFilePath(r.path);
    if (r.generation == m_generation) {
        m_modified = false;
        // Saved for real: the autosave copy would only offer stale data after a crash.
        discardAutosave();
    }
    addRecentFile(r.path);
    Q_EMIT stateChanged();
    Q_EMIT saved(r.path);
}

QStringList SessionController::recentFiles() const {
    return QSettings().value(RecentFilesKey).toStringList();
}

void SessionController::clearRecentFiles() {
    QSettings().remove(RecentFilesKey);
    Q_EMIT recentFilesChanged();
}

void SessionController::addRecentFile(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    Q_EMIT recentFilesChanged();
}

void SessionController::setAutosaveIntervalMs(int ms) {
    m_autosaveTimer.setInterval(ms);
}

void SessionController::autosaveNow() {
    if (!m_autosaveLock) {
        QDir().mkpath(autosaveDirectory());
        // The lock tells other Perfdeck windows this autosave belongs to a living process.
        m_autosaveLock = std::make_unique<QLockFile>(m_autosavePath + QLatin1String(".lock"));
        m_autosaveLock->setStaleLockTime(0);
        if (!m_autosaveLock->tryLock(0)) {
            m_autosaveLock.reset();
            return;
        }
    }
    startSave(m_autosavePath, true);
}

QStringList SessionController::recoverableFiles() const {
    QStringList files;
    const QDir dir(autosaveDirectory());
    const QFileInfoList entries =
        dir.entryInfoList({QLatin1String("*") + AutosaveSuffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : entries) {
        if (info.absoluteFilePath() == QFileInfo(m_autosavePath).absoluteFilePath())
            continue;
        // Staleness by owner PID only: a living Perfdeck keeps its lock for hours.
        QLockFile lock(info.absoluteFilePath() + QLatin1String(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            files.append(info.absoluteFilePath()); // the owner is gone; the lock file goes too
    }
    return files;
}

void SessionController::discardRecoverable(const QString &path) {
    QFile::remove(path);
    QFile::remove(path + QLatin1String(".lock"));
}

void SessionController::discardAutosave() {
    // An autosave still being written must not leave its file behind once it lands.
    m_discardWhenAutosaved = m_autosaveWatcher.isRunning();
    QFile::remove(m_autosavePath);
    m_autosavedGeneration = 0;
}

void SessionController::waitForIdle() {
    m_loadWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
    m_autosaveWatcher.waitForFinished();
}

} // namespace Perfdeck

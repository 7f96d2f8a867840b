#include "gui/libraryeditor.h"

#include "gui/codeeditor.h"
#include "gui/jinjahighlighter.h"
#include "gui/yamlhighlighter.h"
#include "model/enums.h"
#include "model/format.h"
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"
#include "report/pdf/reportdocument.h"
#include "report/reportcontext.h"
#include "report/reportsample.h"
#include "report/templatelibrary.h"
#include "util/fileio.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

QString profileUserFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/perfdeck/profiles");
}

QString describe(const TestSpec &s) {
    QStringList parts{toString(s.engine)};
    parts << (s.engine == Engine::Netperf && !s.netperfTest.isEmpty() ? s.netperfTest
                                                                      : toString(s.protocol));
    parts << toString(s.direction) << QStringLiteral("%1 s").arg(s.durationS);
    if (s.parallel != 1)
        parts << QStringLiteral("-P %1").arg(s.parallel);
    if (s.bitrateBps)
        parts << QStringLiteral("bitrate %1").arg(Format::bitrate(s.bitrateBps));
    if (!s.dscp.isEmpty())
        parts << QStringLiteral("dscp %1").arg(s.dscp);
    if (s.repeat != 1)
        parts << QStringLiteral("x%1").arg(s.repeat);
    parts << QStringLiteral("-> %1").arg(s.targetLabel());
    return parts.join(QStringLiteral(", "));
}

} // namespace

LibraryEditor::LibraryEditor(Kind kind, const ReportInput &session, QWidget *parent)
    : QMainWindow(parent)
    , m_kind(kind)
    , m_session(session)
    , m_engine(new TemplateEngine(this))
    , m_checkTimer(new QTimer(this)) {
    setObjectName(kind == Kind::Templates ? QStringLiteral("templateEditor")
                                          : QStringLiteral("profileEditor"));
    setWindowTitle(kind == Kind::Templates ? tr("Report Templates") : tr("Test Profiles"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_library = new QListWidget(this);
    m_library->setObjectName(QStringLiteral("library"));
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    if (kind == Kind::Templates)
        m_highlighter = new JinjaHighlighter(m_editor->document());
    else
        m_highlighter = new YamlHighlighter(m_editor->document());
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(110);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    // Find and replace (Ctrl+F shows it).
    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_find = new QLineEdit(m_findBar);
    m_find->setPlaceholderText(tr("Find"));
    m_replace = new QLineEdit(m_findBar);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Next"), m_findBar);
    auto *replaceAll = new QPushButton(tr("Replace All"), m_findBar);
    findLayout->addWidget(m_find, 2);
    findLayout->addWidget(next);
    findLayout->addWidget(m_replace, 2);
    findLayout->addWidget(replaceAll);
    m_findBar->hide();
    connect(next, &QPushButton::clicked, this, [this] { m_editor->findText(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { m_editor->findText(m_find->text()); });
    connect(replaceAll, &QPushButton::clicked, this, [this] {
        const int n = m_editor->replaceAll(m_find->text(), m_replace->text());
        m_status->setText(tr("Replaced %n occurrence(s).", nullptr, n));
    });

    auto *libraryPane = new QWidget(this);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->addWidget(
        new QLabel(kind == Kind::Templates ? tr("Templates") : tr("Profiles"), libraryPane));
    libraryLayout->addWidget(m_library);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(new QLabel(tr("Problems"), editorPane));
    editorLayout->addWidget(m_problems);
    editorLayout->addWidget(m_status);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(kind == Kind::Templates
                                            ? tr("Preview (this session)")
                                            : tr("Tests after extends and variables"),
                                        previewPane));
    previewLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(libraryPane);
    splitter->addWidget(editorPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({170, 560, 520});
    setCentralWidget(splitter);

    QToolBar *bar = addToolBar(tr("Editor"));
    bar->setObjectName(QStringLiteral("editorToolBar"));
    QAction *newAction = bar->addAction(tr("New…"));
    QAction *duplicate = bar->addAction(tr("Duplicate…"));
    m_rename = bar->addAction(tr("Rename…"));
    m_delete = bar->addAction(tr("Delete"));
    bar->addSeparator();
    m_save = bar->addAction(tr("Save"));
    m_save->setShortcut(QKeySequence::Save);
    m_undo = bar->addAction(tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = bar->addAction(tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    QAction *find = bar->addAction(tr("Find…"));
    find->setShortcut(QKeySequence::Find);
    for (QAction *a : {m_save, m_undo, m_redo, find})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        askAndRun(tr("New"),
                  m_kind == Kind::Templates ? QStringLiteral("my-report.html")
                                            : QStringLiteral("my-profile"),
                  &LibraryEditor::newEntry);
    });
    connect(duplicate, &QAction::triggered, this,
            [this] { askAndRun(tr("Duplicate"), m_currentName, &LibraryEditor::duplicateAs); });
    connect(m_rename, &QAction::triggered, this,
            [this] { askAndRun(tr("Rename"), m_currentName, &LibraryEditor::renameTo); });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Delete"), tr("Delete %1?").arg(m_currentFile)) ==
            QMessageBox::Yes)
            deleteCurrent();
    });
    connect(m_save, &QAction::triggered, this, &LibraryEditor::save);
    connect(m_undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(find, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo, &QAction::setEnabled);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &LibraryEditor::updateActions);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &LibraryEditor::scheduleCheck);
    connect(m_library, &QListWidget::currentItemChanged, this, &LibraryEditor::selectionChanged);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            m_editor->goToLine(line);
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            m_editor->goToLine(line);
    });
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(350);
    connect(m_checkTimer, &QTimer::timeout, this, &LibraryEditor::check);
    connect(m_engine, &TemplateEngine::rendered, this, &LibraryEditor::templateRendered);
    connect(&m_profileWatcher, &QFutureWatcher<ProfileCheck>::finished, this,
            &LibraryEditor::profileChecked);

    // The preview renders over this session's context (the sample when it has no runs),
    // built once, off the UI thread.
    if (kind == Kind::Templates) {
        const ReportInput input = m_session.runs.isEmpty() ? ReportSample::input() : m_session;
        if (m_session.runs.isEmpty())
            m_session = input;
        connect(&m_contextWatcher, &QFutureWatcher<QByteArray>::finished, this, [this] {
            m_contextJson = m_contextWatcher.result();
            scheduleCheck();
        });
        m_contextWatcher.setFuture(QtConcurrent::run([input] {
            ReportContextOptions options;
            options.resamples = 1000; // a preview, not the report's last digit
            options.outputFormat = QStringLiteral("html");
            return QJsonDocument(ReportContext::build(input, options))
                .toJson(QJsonDocument::Compact);
        }));
    }
    reloadLibrary();
    resize(1250, 720);
}

LibraryEditor::~LibraryEditor() {
    m_contextWatcher.waitForFinished();
    m_profileWatcher.waitForFinished();
    m_preview->setDocument(nullptr);
}

QString LibraryEditor::userFolder() const {
    return m_kind == Kind::Templates ? TemplateEngine::userFolder() : profileUserFolder();
}

QString LibraryEditor::currentName() const {
    return m_currentName;
}

bool LibraryEditor::isCurrentEditable() const {
    return !m_currentFile.isEmpty() && !m_currentShipped;
}

QString LibraryEditor::previewText() const {
    return m_preview->document()->toPlainText();
}

QList<LibraryEditor::Entry> LibraryEditor::entries() const {
    QList<Entry> result;
    if (m_kind == Kind::Templates) {
        const QString shipped = TemplateEngine::shippedFolder();
        for (const QString &folder : {userFolder(), shipped}) {
            if (folder.isEmpty())
                continue;
            const QFileInfoList files =
                QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
            for (const QFileInfo &info : files) {
                const bool isShipped = folder == shipped;
                const bool shadowed =
                    std::any_of(result.begin(), result.end(), [&](const Entry &e) {
                        return e.name == info.fileName() && !isShipped == !e.shipped;
                    });
                if (!shadowed)
                    result.append({info.fileName(), info.absoluteFilePath(), isShipped});
            }
        }
        return result;
    }
    const QString user = QDir::cleanPath(profileUserFolder());
    QStringList folders = ProfileLibrary::searchPaths();
    if (!folders.contains(user))
        folders << user;
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList files = QDir(folder).entryInfoList(
            {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
        for (const QFileInfo &info : files)
            result.append({info.completeBaseName(), info.absoluteFilePath(),
                           QDir::cleanPath(folder) != user});
    }
    return result;
}

void LibraryEditor::reloadLibrary(const QString &select) {
    const QString wanted = select.isEmpty() ? m_currentFile : select;
    m_library->blockSignals(true);
    m_library->clear();
    QListWidgetItem *current = nullptr;
    for (const Entry &e : entries()) {
        auto *item = new QListWidgetItem(e.shipped ? e.name + tr(" (shipped)") : e.name);
        item->setData(Qt::UserRole, e.file);
        item->setData(Qt::UserRole + 1, e.shipped);
        item->setData(Qt::UserRole + 2, e.name);
        item->setToolTip(e.file);
        if (e.shipped)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        m_library->addItem(item);
        if (e.file == wanted || (!current && e.name == QLatin1String("summary.html")))
            current = item;
    }
    m_library->blockSignals(false);
    if (!current && m_library->count() > 0)
        current = m_library->item(0);
    if (current && current->data(Qt::UserRole).toString() != m_currentFile) {
        m_library->setCurrentItem(current);
    } else if (current) {
        m_library->blockSignals(true);
        m_library->setCurrentItem(current);
        m_library->blockSignals(false);
    }
    updateActions();
}

bool LibraryEditor::open(const QString &name) {
    for (int i = 0; i < m_library->count(); ++i) {
        QListWidgetItem *item = m_library->item(i);
        if (item->data(Qt::UserRole + 2).toString() == name &&
            (!item->data(Qt::UserRole + 1).toBool() || i == m_library->count() - 1 ||
             m_library->item(i + 1)->data(Qt::UserRole + 2).toString() != name)) {
            m_library->setCurrentItem(item);
            return m_currentName == name;
        }
    }
    return false;
}

bool LibraryEditor::maybeSave() {
    if (!m_editor->document()->isModified() || m_currentShipped)
        return true;
    const auto answer =
        QMessageBox::question(this, windowTitle(), tr("Save the changes to %1?").arg(m_currentName),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void LibraryEditor::selectionChanged() {
    QListWidgetItem *item = m_library->currentItem();
    if (!item || item->data(Qt::UserRole).toString() == m_currentFile)
        return;
    if (!maybeSave()) {
        reloadLibrary(m_currentFile);
        return;
    }
    QByteArray bytes;
    QString error;
    const QString file = item->data(Qt::UserRole).toString();
    if (!FileIo::readAll(file, &bytes, &error, 8 * 1024 * 1024)) {
        m_status->setText(error);
        return;
    }
    m_currentFile = file;
    m_currentName = item->data(Qt::UserRole + 2).toString();
    m_currentShipped = item->data(Qt::UserRole + 1).toBool();
    m_editor->setPlainText(QString::fromUtf8(bytes));
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(m_currentShipped);
    m_status->setText(m_currentShipped ? tr("%1 is shipped and read-only: Duplicate it to make "
                                            "your own copy.")
                                             .arg(m_currentName)
                                       : QDir::toNativeSeparators(m_currentFile));
    updateActions();
    Q_EMIT currentChanged(m_currentName);
    m_checkTimer->stop(); // setPlainText() scheduled one; check now instead
    check();
}

void LibraryEditor::updateActions() {
    const bool editable = isCurrentEditable();
    m_save->setEnabled(editable && m_editor->document()->isModified());
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
    setWindowModified(m_editor->document()->isModified());
    setWindowTitle(
        (m_kind == Kind::Templates ? tr("Report Templates") : tr("Test Profiles")) +
        (m_currentName.isEmpty() ? QString() : QStringLiteral(" \u2014 %1[*]").arg(m_currentName)));
}

QString LibraryEditor::fileNameFor(const QString &name) const {
    QString file = name.trimmed();
    if (m_kind == Kind::Profiles && !file.endsWith(QLatin1String(".yaml")) &&
        !file.endsWith(QLatin1String(".yml")))
        file += QStringLiteral(".yaml");
    if (m_kind == Kind::Templates && QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".html");
    return file;
}

QString LibraryEditor::starterText() const {
    if (m_kind == Kind::Templates)
        return QStringLiteral("{# My report: what it shows. #}\n"
                              "{% extends \"base.html\" %}\n"
                              "{% block content %}\n"
                              "{% for g in groups %}\n"
                              "<h2>{{ g.kind }}</h2>\n"
                              "<p><img src=\"chart:throughput?group={{ g.index }}\" width=\"680\" "
                              "height=\"280\"></p>\n"
                              "{% endfor %}\n"
                              "{% endblock %}\n");
    return QStringLiteral("name: my-profile\n"
                          "description: What these tests measure\n"
                          "variables:\n"
                          "  DURATION: 10\n"
                          "tests:\n"
                          "  - name: tcp-send\n"
                          "    engine: iperf3\n"
                          "    protocol: tcp\n"
                          "    duration: ${DURATION}\n");
}

bool LibraryEditor::newEntry(const QString &name) {
    if (!maybeSave())
        return false;
    const QString file = QDir(userFolder()).filePath(fileNameFor(name));
    QString error;
    if (QFileInfo::exists(file)) {
        m_status->setText(tr("%1 exists already.").arg(file));
        return false;
    }
    QDir().mkpath(userFolder());
    if (!FileIo::writeAtomically(file, starterText().toUtf8(), &error)) {
        m_status->setText(error);
        return false;
    }
    reloadLibrary(file);
    return m_currentFile == file;
}

bool LibraryEditor::duplicateAs(const QString &name) {
    const QString text = m_editor->toPlainText();
    if (!maybeSave())
        return false;
    const QString file = QDir(userFolder()).filePath(fileNameFor(name));
    if (QFileInfo::exists(file)) {
        m_status->setText(tr("%1 exists already.").arg(file));
        return false;
    }
    QDir().mkpath(userFolder());
    QString error;
    if (!FileIo::writeAtomically(file, text.toUtf8(), &error)) {
        m_status->setText(error);
        return false;
    }
    reloadLibrary(file);
    return m_currentFile == file;
}

bool LibraryEditor::renameTo(const QString &name) {
    if (!isCurrentEditable() || !maybeSave())
        return false;
    const QString file = QDir(userFolder()).filePath(fileNameFor(name));
    if (file == m_currentFile)
        return true;
    if (QFileInfo::exists(file) || !QFile::rename(m_currentFile, file)) {
        m_status->setText(tr("Could not rename %1 to %2.").arg(m_currentName, file));
        return false;
    }
    m_currentFile.clear();
    reloadLibrary(file);
    return m_currentFile == file;
}

bool LibraryEditor::deleteCurrent() {
    if (!isCurrentEditable())
        return false;
    if (!QFile::remove(m_currentFile)) {
        m_status->setText(tr("Could not delete %1.").arg(m_currentFile));
        return false;
    }
    m_editor->document()->setModified(false);
    m_currentFile.clear();
    m_currentName.clear();
    reloadLibrary();
    return true;
}

bool LibraryEditor::save() {
    if (!isCurrentEditable())
        return false;
    QString error;
    if (!FileIo::writeAtomically(m_currentFile, m_editor->toPlainText().toUtf8(), &error)) {
        m_status->setText(error);
        return false;
    }
    m_editor->document()->setModified(false);
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(m_currentFile)));
    return true;
}

void LibraryEditor::askAndRun(const QString &title, const QString &suggestion,
                              bool (LibraryEditor::*action)(const QString &)) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, suggestion, &ok);
    if (ok && !name.trimmed().isEmpty() && !name.contains(QLatin1Char('/')))
        (this->*action)(name);
}

void LibraryEditor::closeEvent(QCloseEvent *event) {
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void LibraryEditor::scheduleCheck() {
    m_checkTimer->start();
}

void LibraryEditor::check() {
    if (m_currentName.isEmpty())
        return;
    if (!m_scratch.isValid()) {
        m_status->setText(tr("No temporary folder to check the text in."));
        return;
    }
    const QString text = m_editor->toPlainText();
    if (m_kind == Kind::Profiles) {
        if (m_profileWatcher.isRunning()) {
            m_checkAgain = true;
            return;
        }
        const QString scratch = m_scratch.filePath(fileNameFor(m_currentName));
        const QString real = m_currentFile;
        m_profileWatcher.setFuture(QtConcurrent::run([text, scratch, real] {
            ProfileCheck result;
            QString error;
            if (!FileIo::writeAtomically(scratch, text.toUtf8(), &error)) {
                result.problems.append({0, error});
                result.columns.append(0);
                return result;
            }
            ProfileLoader loader;
            QStringList paths{QFileInfo(real).absolutePath()};
            paths << ProfileLibrary::searchPaths();
            loader.setSearchPaths(paths);
            const std::optional<Profile> profile = loader.load(scratch);
            if (!profile) {
                for (const ProfileError &e : loader.errors()) {
                    const bool here = QFileInfo(e.file).canonicalFilePath() ==
                                      QFileInfo(scratch).canonicalFilePath();
                    result.problems.append(
                        {here ? e.line : 0,
                         here ? QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message)
                              : e.toString()});
                    result.columns.append(here ? e.column : 0);
                }
                return result;
            }
            QStringList lines;
            lines << QStringLiteral("%1: %2").arg(profile->name, profile->description);
            if (profile->chain.size() > 1)
                lines << QStringLiteral("extends: %1")
                             .arg(profile->chain.mid(1).join(QStringLiteral(" -> ")));
            if (profile->concurrent)
                lines << LibraryEditor::tr("concurrent: the tests run at the same time");
            lines << LibraryEditor::tr("%n test(s):", nullptr, int(profile->tests.size()));
            for (qsizetype i = 0; i < profile->tests.size(); ++i)
                lines << QStringLiteral("  %1. %2: %3")
                             .arg(i + 1)
                             .arg(profile->tests.at(i).name, describe(profile->tests.at(i)));
            result.preview = lines.join(QLatin1Char('\n'));
            return result;
        }));
        return;
    }
    if (m_contextJson.isEmpty())
        return; // the context is still being built; its arrival checks again
    const QString scratch = m_scratch.filePath(m_currentName);
    QString error;
    QDir().mkpath(QFileInfo(scratch).absolutePath());
    if (!FileIo::writeAtomically(scratch, text.toUtf8(), &error)) {
        m_status->setText(error);
        return;
    }
    TemplateRequest request;
    request.templateName = m_currentName;
    // The unsaved text first; what it extends and includes from the user's and shipped folders.
    request.folders = QStringList{m_scratch.path()} + TemplateLibrary::folders();
    request.contextJson = m_contextJson;
    request.timeLimitMs = 5000;
    request.strict = true;
    m_strictId = m_engine->renderAsync(request);
    request.strict = false;
    m_previewId = m_engine->renderAsync(request);
}

void LibraryEditor::templateRendered(quint64 id, const TemplateResult &result) {
    if (id == m_strictId) {
        m_strictId = 0;
        m_templateProblems.clear();
        QList<int> columns;
        if (!result.ok) {
            const bool here = result.error.name == m_currentName &&
                              QFileInfo(result.error.file).absolutePath() ==
                                  QFileInfo(m_scratch.filePath(m_currentName)).absolutePath();
            // In the edited text: its line; in a template it extends or includes: FILE:LINE.
            const QString message = here ? result.error.message
                                         : QStringLiteral("%1:%2: %3")
                                               .arg(QFileInfo(result.error.file).fileName())
                                               .arg(result.error.line)
                                               .arg(result.error.message);
            m_templateProblems.append({here ? result.error.line : 0, message});
            columns.append(0);
        }
        showProblems(m_templateProblems, columns);
        return;
    }
    if (id != m_previewId)
        return;
    m_previewId = 0;
    if (!result.ok) {
        if (m_templateProblems.isEmpty())
            showProblems({{result.error.line, result.error.toString()}}, {0});
        Q_EMIT checked(int(std::max<qsizetype>(1, m_templateProblems.size())));
        return;
    }
    const QString suffix = QFileInfo(m_currentName).suffix().toLower();
    m_preview->setDocument(nullptr);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        m_previewDocument =
            std::make_unique<ReportDocument>(result.output, m_session.runs, m_session.baselineRuns);
        m_preview->setDocument(m_previewDocument->document());
    } else {
        m_previewDocument.reset();
        m_preview->setPlainText(result.output);
    }
    Q_EMIT checked(int(m_templateProblems.size()));
}

void LibraryEditor::profileChecked() {
    // The text changed (or another entry was opened) while this check ran: its result is
    // stale, so check the current text instead of showing the old one.
    if (std::exchange(m_checkAgain, false)) {
        check();
        return;
    }
    const ProfileCheck result = m_profileWatcher.result();
    showProblems(result.problems, result.columns);
    if (result.problems.isEmpty())
        m_preview->setPlainText(result.preview);
    Q_EMIT checked(int(result.problems.size()));
}

void LibraryEditor::showProblems(const QList<QPair<int, QString>> &problems,
                                 const QList<int> &columns) {
    m_problems->clear();
    QList<CodeEditor::Problem> marks;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const int line = problems[i].first;
        auto *item = new QListWidgetItem(
            line > 0 ? tr("Line %1: %2").arg(line).arg(problems[i].second) : problems[i].second);
        item->setData(Qt::UserRole, line);
        item->setForeground(QColor(0xa0, 0x10, 0x10));
        m_problems->addItem(item);
        marks.append({line, columns.value(i), problems[i].second});
    }
    if (problems.isEmpty())
        m_problems->addItem(tr("No problems."));
    m_editor->setProblems(marks);
}

} // namespace Perfdeck
